## Connections ("talk again")
connections-cmd = люди, с которыми вы поговорили бы снова
connections-offer = Хотите когда-нибудь поговорить с этим человеком снова? Если он тоже захочет, вы найдёте друг друга в /connections — по-прежнему анонимно.
connections-offer-button = 🤝 Поговорил(а) бы снова
connections-wish-saved = Запомнили. Если собеседник тоже захочет, он появится в /connections.
connections-wish-unavailable = Этот разговор так продолжить нельзя.
connections-made-you = Вы оба хотите поговорить снова 🤝 Вы найдёте друг друга в /connections.
connections-made-other = Один из ваших собеседников тоже хочет поговорить снова 🤝 Он теперь в /connections.
connections-empty = Пока нет ни одной связи. После хорошего разговора вы оба можете нажать «Поговорил(а) бы снова».
connections-list-title = Люди, с которыми вы оба поговорили бы снова (вы видите только псевдонимы друг друга):
connections-line = • { $name }
connections-line-sent = • { $name } — приглашение отправлено
connections-line-received = • { $name } — приглашает вас
connections-invite-button = 💬 Пригласить: { $name }
connections-remove-button = Удалить
connections-remove-confirm = Удалить { $name } из связей? Собеседник об этом не узнает.
connections-remove-yes = Да, удалить
connections-remove-no = Отмена
connections-removed = Удалено.
connections-invite =
    { $name } хочет снова поговорить с вами 💬
    Если вы согласитесь, откроется разговор — как с новым собеседником. Приглашение действует { $hours } ч.
connections-accept-button = Согласиться
connections-decline-button = Не сейчас
connections-invite-sent = Приглашение отправлено. Оно действует { $hours } ч; разговор начнётся, как только собеседник согласится.
connections-invite-pending = Между вами уже есть открытое приглашение — давайте дождёмся ответа.
connections-invite-cooldown = Собеседник недавно ответил «не сейчас». Дадим ему время — пригласить снова можно будет позже.
connections-you-busy = Сейчас вы в разговоре. Сначала завершите его (/end), потом приглашайте.
connections-unavailable = Эта связь больше недоступна.
connections-accept-you-busy = Сейчас вы в разговоре. Завершите его (/end) и снова нажмите «Согласиться» — приглашение остаётся открытым.
connections-partner-busy = Собеседник сейчас в другом разговоре. Нажмите «Согласиться» чуть позже — приглашение остаётся открытым.
connections-accepted = Принято — разговор открывается.
connections-declined-you = Хорошо, не сейчас. Собеседник узнает только, что вы пока не можете поговорить.
connections-declined = { $name } сейчас не может поговорить. Это нормально и не про вас.
connections-invite-expired = Срок приглашения истёк.
connections-invite-closed = Это приглашение уже закрыто.
