## Contact nudge (relay): a message with contact details waits for the sender's confirmation
nudge-ask =
    This message contains contact details — a phone number, email, username, link or address. Your partner is anonymous and could be anyone behind the pseudonym: contact details let them find you outside this chat.

    Until you decide, your partner sees nothing of this message. Send it?
nudge-btn-send = Send anyway
nudge-btn-drop = Don't send
nudge-sent = Sent. I won't ask about contact details again in this conversation.
nudge-dropped = OK, this message was not sent — your partner won't see it.
nudge-chat-over = This conversation has already ended, so the message was not sent.
nudge-already-decided = This message has already been taken care of.
