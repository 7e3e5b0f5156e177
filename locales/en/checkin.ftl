## Moderator check-in (from a crisis flag)
checkin-message = Hi, this is the “You're Not Alone” team. We just wanted to check in: how are you doing? You can answer with one tap — only the team will see it.
checkin-note = A note from the team: { $note }
checkin-ok-button = I'm OK
checkin-talk-button = I'd like to talk
checkin-thanks-ok = Thank you for letting us know. We're glad. You can always start a conversation with /find.
checkin-thanks-talk = Thank you for telling us. The team has been told and will come back to you. You can also start a conversation with someone right now — /find.
checkin-already = You've already answered — thank you.

admin-checkin-heading = Check-in
admin-checkin-help = Sends the user a short message from the team (in their language) with two answers: “I'm OK” / “I'd like to talk”. You never see their Telegram account.
admin-checkin-note = Note (optional, up to 300 characters, no contact details)
admin-checkin-send = Send check-in
admin-checkin-line = { $at }, { $by }
admin-checkin-status-sent = no answer yet
admin-checkin-status-ok = answered “I'm OK”
admin-checkin-status-talk = answered “I'd like to talk”
admin-checkin-status-undeliverable = not delivered (the user blocked the bot or left)
admin-flash-checkin-sent = Check-in sent.
admin-flash-checkin-not-crisis = Check-ins are only for crisis flags about a user.
admin-flash-checkin-unreachable = The user can't be reached (blocked the bot, erased their data or is banned).
admin-flash-checkin-already-sent = A check-in on this flag is still unanswered; wait an hour before sending another.
admin-flash-checkin-note-too-long = The note is too long (300 characters at most).
admin-flash-checkin-note-contact = The note must not contain contact details (phone, link, handle, e-mail).
admin-flash-checkin-send-failed = Telegram did not accept the message; try again later.
