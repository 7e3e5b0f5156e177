## Redeem (spending thank-you Stars)
redeem-cmd-balance = ваши звёзды и что на них можно получить
redeem-btn-open = 🎁 Потратить звёзды
redeem-menu =
    Ваш баланс: { $balance } ⭐.
    Бот может потратить ваши звёзды на подарок в Telegram или на Telegram Premium для вас. Выберите:
redeem-menu-premium-line = Telegram Premium на { $months } мес. — { $stars } ⭐
redeem-menu-nothing =
    Ваш баланс: { $balance } ⭐.
    Пока этого не хватает: самый недорогой подарок стоит { $cheapest } ⭐, Telegram Premium — от { $premium } ⭐. Благодарности от собеседников копятся здесь.
redeem-btn-gift = { $emoji } { $stars } ⭐
redeem-btn-premium = Premium { $months } мес. · { $stars } ⭐
redeem-btn-confirm = Да, потратить { $stars } ⭐
redeem-btn-cancel = Отмена
redeem-confirm-gift = Потратить { $stars } ⭐ на подарок { $emoji }? Бот пришлёт его вам как подарок в Telegram. Останется: { $after } ⭐.
redeem-confirm-premium = Потратить { $stars } ⭐ на Telegram Premium для себя на { $months } мес.? Останется: { $after } ⭐.
redeem-sending = Отправляю…
redeem-cancelled = Хорошо, звёзды остаются на балансе.
redeem-stale-press = Выбор уже сделан.
redeem-gift-text = Спасибо, что поддерживаете других 💛
redeem-sent-gift = 🎁 Готово! Подарок — в этом чате. Ваш баланс: { $balance } ⭐.
redeem-sent-premium = ⭐ Готово! Telegram Premium на { $months } мес. — ваш. Ваш баланс: { $balance } ⭐.
redeem-pending = Подарок в пути. Если Telegram его не подтвердит, звёзды сами вернутся на баланс. Сейчас на балансе: { $balance } ⭐.
redeem-failed =
    { $reason }
    Звёзды вернулись на баланс: { $balance } ⭐.
redeem-reject-insufficient = На балансе недостаточно звёзд: { $balance } ⭐.
redeem-reject-bot-balance-low = Сейчас бот не может за это заплатить. Попробуйте позже — звёзды остаются на вашем балансе ({ $balance } ⭐).
redeem-reject-unknown-item = Этого подарка больше нет. Откройте /balance, чтобы увидеть, что доступно сейчас.
redeem-reject-recipient-gone = Сначала нажмите /start.
redeem-failure-bot-balance-low = Сейчас бот не смог за это заплатить.
redeem-failure-recipient-refuses = Telegram сообщает, что настройки приватности не принимают такой подарок (Настройки → Конфиденциальность → Подарки).
redeem-failure-unknown-item = Этого подарка больше нет.
redeem-failure-recipient-gone = Telegram не смог доставить его на ваш аккаунт.
redeem-failure-telegram-error = Telegram не смог его отправить.
