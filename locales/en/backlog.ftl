## Inbound rate limit inside a chat: the partner has too many undelivered messages

chat-backlog-full = ⚠️ This message was not delivered: your partner hasn't received your previous ones yet. Please wait a little and send it again.
