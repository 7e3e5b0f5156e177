## Relay delivery notices (the outbox tells a sender what happened to their message)
relay-delayed = ⏳ This message hasn't been delivered yet: Telegram is responding slowly. It's queued and won't be lost — we'll deliver it as soon as we can.
relay-delivered-late = ✅ The delayed messages have been delivered to your partner.
relay-undelivered-rejected = ⚠️ This message couldn't be delivered to your partner: Telegram didn't accept it. You can send it again, for example by typing the text anew.
relay-undelivered-gone =
    ⚠️ { $count ->
        [1] This message wasn't delivered: your partner can no longer receive messages.
       *[other] This message and the ones after it weren't delivered ({ $count } in all): your partner can no longer receive messages.
    }
relay-undelivered-expired = ⚠️ This message could not be delivered: the conversation has ended, and Telegram was unavailable for a long time.
