## Chat (anonymous relay, end, rating, report, block)
chat-cmd-end = end the current conversation
chat-cmd-report = report your chat partner
chat-cmd-block = block your chat partner

chat-partner-fallback = Your partner
chat-opened =
    💬 The conversation has started! Your partner: { $partner }.

    I pass everything you write here to your partner anonymously: they only see your pseudonym.
    A few rules:
    • be kind and go easy on advice — sometimes listening matters most;
    • don't share contacts, addresses or other personal details;
    • this is peer support, not therapy and not an emergency service.

    /end — end the conversation
    /report — report to moderators
    /block — block your partner

chat-unsupported = This kind of message is not passed on (location, contacts, polls and the like) — to keep you anonymous. Text, photos, voice and video messages, stickers, videos and files are fine.
chat-unknown-command = There is no such command, and it was not sent to your partner. In a conversation you can use /end, /report, /block, /help.
chat-account-link = Not passed on to your partner: the message contains a hidden link to a Telegram account (a mention) — your partner could open that profile. Write it without the link, e.g. type the text yourself.

chat-end-none = You are not in a conversation right now.
chat-end-confirm = End the conversation? Your partner will be notified.
chat-end-yes = Yes, end it
chat-end-no = No, continue
chat-end-done = The conversation has ended.
chat-end-cancelled = Okay, the conversation continues.
chat-already-ended = This conversation has already ended.

chat-ended-by-you = You ended the conversation. Thank you for being here.
chat-ended-by-partner = Your partner ended the conversation. Thank you for being here.
chat-ended-blocked-by-you = You blocked your partner: the conversation has ended and you will never be matched again.
chat-ended-idle = The conversation has ended after a long silence. Whenever you are ready, start a new one — /find.
chat-ended-partner-left = Your partner has left, so the conversation has ended. You did nothing wrong — it happens.
chat-ended-moderator = The conversation was ended by a moderator.

chat-rate-prompt = How supportive was this conversation for you? Your rating is anonymous.
chat-rate-button = { $stars } ⭐
chat-rated = Your rating: { $stars } ⭐
chat-rate-thanks = Thank you for rating!
chat-rate-already = You have already rated this conversation.
chat-rate-unavailable = This conversation can't be rated.
chat-feedback-ask = If you like, send a short note for the team in one message — or press “Skip”.
chat-feedback-ask-tip = If you like, send a short note for the team in one message. And if the conversation helped, you can thank your partner with Stars.
chat-feedback-skip = Skip
chat-feedback-skipped = Okay. Thank you for being here!
chat-feedback-thanks = Thank you for the feedback! It helps make conversations better.
chat-tip-button = 💛 Thank with Stars

chat-report-none = You can report your partner during a conversation or within a day after it ended.
chat-report-ask = What happened? Reports are anonymous: your partner won't know it was you.
chat-report-reason-harassment = Insults, harassment
chat-report-reason-spam = Spam, advertising
chat-report-reason-inappropriate = Inappropriate content
chat-report-reason-danger = Danger to life or safety
chat-report-reason-other = Something else
chat-report-cancel = Cancel
chat-report-cancelled = Report cancelled.
chat-report-filed =
    Thank you, the report went to moderators with the last messages (names and contacts removed).
    You can describe what happened in one message — or press “Done”.
chat-report-already = You have already reported this conversation. You can add details in one message — or press “Done”.
chat-report-done = Done
chat-report-end = End conversation
chat-report-block = Block
chat-report-closed = Thank you. Moderators will look into it.
chat-report-details-saved = Thank you, the details were added to your report.

chat-block-none = You can block your partner during a conversation or within a day after it ended.
chat-block-confirm = Block your partner? The conversation ends and you will never be matched again.
chat-block-yes = Block
chat-block-no = Cancel
chat-block-done = 🚫 Partner blocked.
chat-block-cancelled = Okay, no block.
