## Help
help-text =
    “You're Not Alone” — anonymous one-to-one conversations with someone going through something similar.
    Your chat partner only sees your pseudonym. This is peer support, not therapy and not an emergency service.

    Commands:
    { $commands }

    { $crisis }
help-cmd-start = start or continue setting up
help-cmd-profile = profile: language, pseudonym, topics, time zone, availability, bio
help-cmd-pause = take a break from new matches
help-cmd-resume = start getting matches again
help-cmd-help = help and crisis lines
help-cmd-delete-me = delete my data
help-unknown-command = I don't know this command. Everything I can do: /help
help-not-in-chat = You're not in a conversation right now, so this message wasn't passed on to anyone. Find someone to talk to — /find, all commands — /help.
help-not-in-chat-waiting = You're in the queue and no one has been found yet, so this message wasn't passed on to anyone. I'll write as soon as I find someone. Leave the queue — /cancel.
