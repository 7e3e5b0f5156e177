## Erase a conversation (after /end, from both chats)
erase-cmd = erase your last conversation from both chats
erase-button = 🧹 Erase this chat
erase-confirm =
    Erase this conversation from both chats — yours and your partner's? The messages will be deleted and this can't be undone.
    Telegram only lets messages be deleted within 48 hours; older ones will stay.
erase-yes = Yes, erase it
erase-no = No, keep it
erase-cancelled = Okay, the conversation stays.
erase-done = Erasing the conversation from both chats. Your partner will get a short notice.
erase-skipped =
    { $count ->
        [one] { $count } message is older than 48 hours and can't be erased — it stays in both chats.
       *[other] { $count } messages are older than 48 hours and can't be erased — they stay in both chats.
    }
erase-already = This conversation has already been erased.
erase-none = There's nothing to erase right now: only an ended conversation can be erased, within 48 hours of its end.
erase-active = The conversation is still going. End it first with /end, then it can be erased.
erase-too-late = It can no longer be erased: more than 48 hours have passed since the conversation ended.
erase-not-yours = This conversation can't be erased.
erase-partner-notice = Your partner erased your recent conversation from both chats. Nothing is wrong — people sometimes do this to keep things private.
