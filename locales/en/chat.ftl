## Chat (anonymous relay, end, rating, report, block)
chat-cmd-end = end the current conversation
chat-cmd-report = report your chat partner
chat-cmd-block = block your chat partner

chat-partner-fallback = Your partner
chat-opened =
    💬 The conversation has started! Your chat partner: { $partner }.{ $about }

    I pass on everything you write here anonymously — your partner only sees your pseudonym.
    A few ground rules:
    • be gentle and go easy on advice — sometimes listening matters most;
    • don't share contacts, addresses or other personal details;
    • this is peer support, not therapy and not an emergency service.

    /end — end the conversation
    /report — report to the moderators
    /block — block your partner

chat-unsupported = Messages like this (locations, contacts, polls, etc.) aren't passed on — it keeps you anonymous. Text, photos, voice messages, video messages, stickers, videos and files all go through.
chat-unknown-command = There's no such command, and it wasn't sent to your partner. In a conversation you can use /end, /report, /block and /help.
chat-account-link = Not sent: the message contains a hidden link to a Telegram account (a mention), which could let your partner see whose profile it is. Please retype the text without the link.

chat-end-none = You're not in a conversation right now.
chat-end-confirm = End the conversation? Your partner will be notified.
chat-end-yes = Yes, end it
chat-end-no = No, keep talking
chat-end-done = The conversation has ended.
chat-end-cancelled = Okay, let's carry on.
chat-already-ended = This conversation has already ended.

chat-ended-by-you = You ended the conversation. Thank you for being here.
chat-ended-by-partner = Your partner ended the conversation. Thank you for being here.
chat-ended-blocked-by-you = You blocked your partner: the conversation has ended, and you won't be matched with each other again.
chat-ended-idle = The conversation has ended because it went quiet for a long time. Whenever you're ready, start a new one — /find.
chat-ended-partner-left = Your partner has left the conversation. It's not your fault — this sometimes happens.
chat-ended-moderator = A moderator has ended this conversation.

chat-rate-prompt = How supported did you feel in this conversation? Your rating is anonymous.
chat-rate-button = { $stars } ⭐
chat-rated = Your rating: { $stars } ⭐
chat-rate-thanks = Thanks for your rating!
chat-rate-already = You've already rated this conversation.
chat-rate-unavailable = This conversation can't be rated.
chat-rate-blocked = You blocked this person — there's no need to rate them.
chat-feedback-ask = If you like, send the team a short note in one message — or press “Skip”.
chat-feedback-ask-tip = If you like, send the team a short note in one message. And if the conversation helped, you can thank your partner with Stars.
chat-feedback-skip = Skip
chat-feedback-skipped = Okay. Thank you for being here!
chat-feedback-thanks = Thank you for the feedback! It helps us make conversations better.
chat-tip-button = 💛 Thank with Stars

chat-report-none = You can report your partner during a conversation or within 24 hours after it ends.
chat-report-ask = What happened? Reports are anonymous: your partner won't know it was you.
chat-report-reason-harassment = Insults, harassment
chat-report-reason-spam = Spam, advertising
chat-report-reason-inappropriate = Inappropriate content
chat-report-reason-danger = Danger to life or safety
chat-report-reason-other = Something else
chat-report-cancel = Cancel
chat-report-cancelled = Report cancelled.
chat-report-filed =
    Thank you — your report has gone to the moderators along with the last few messages (names and contacts removed).
    You can describe what happened in one message — or press “Done”.
chat-report-already = You've already reported this conversation. You can add details in one message — or press “Done”.
chat-report-done = Done
chat-report-end = End conversation
chat-report-block = Block
chat-report-closed = Thank you. The moderators will look into it.
chat-report-details-saved = Thank you, the details have been added to your report.

chat-block-none = You can block your partner during a conversation or within 24 hours after it ends.
chat-block-confirm = Block your partner? The conversation will end, and you won't be matched with each other again.
chat-block-yes = Block
chat-block-no = Cancel
chat-block-done = 🚫 Partner blocked.
chat-block-cancelled = Okay, no one has been blocked.
