## Inbound rate limit inside a chat: the partner has too many undelivered messages

chat-backlog-full = ⚠️ Это сообщение не доставлено: собеседник ещё не получил предыдущие. Подождите немного и отправьте его снова.
