## Tips (Telegram Stars)
tips-cmd-tips = поблагодарить собеседника звёздами
tips-cmd-paysupport = помощь с оплатой и возвраты
tips-someone = Собеседник
tips-invoice-title = Чаевые: { $name }
tips-invoice-description = Собеседник: { $name }. Из { $amount } ⭐ комиссия Telegram — { $providerFee } ⭐, комиссия сервиса ({ $commissionPct }) — { $commission } ⭐, собеседник получит { $net } ⭐. Получатель увидит только ваш псевдоним.
tips-invoice-label = Чаевые
tips-btn-amount = { $amount } ⭐
tips-btn-custom = Другая сумма
tips-btn-cancel = Отмена
tips-btn-partner = ⭐ { $name }
tips-choose-amount =
    Сколько звёзд подарить? Собеседник: { $name }.
    Из суммы удерживаются комиссия Telegram ({ $providerPct }) и комиссия сервиса ({ $commissionPct }), остальное получит собеседник. Точный расчёт будет в счёте до оплаты.
tips-custom-prompt = Напишите целое число звёзд от 1 до 10000 — например, 30.
tips-amount-not-a-number = Это не похоже на число. Напишите целое число звёзд от 1 до 10000, например 30, или нажмите «Отмена».
tips-amount-not-integer = Нужно целое число звёзд, без дробной части. Напишите число от 1 до 10000.
tips-amount-too-small = Минимум — 1 звезда. Напишите число от 1 до 10000.
tips-amount-too-large = Максимум — 10000 звёзд за один раз. Напишите число от 1 до 10000.
tips-cancelled = Хорошо, без чаевых.
tips-invoice-sent =
    Счёт на { $amount } ⭐ — в следующем сообщении. Из этой суммы:
    комиссия Telegram: { $providerFee } ⭐
    комиссия сервиса ({ $commissionPct }): { $commission } ⭐
    собеседник получит: { $net } ⭐
tips-stale-press = Этот выбор уже сделан.
tips-need-start = Сначала нажмите /start.
tips-list-header = Кого поблагодарить за недавний разговор?
tips-list-empty = Пока нет завершённых разговоров, за которые можно поблагодарить собеседника.
tips-balance = Получено благодарностей: { $count }. На вашем балансе: { $balance } ⭐.
tips-receipt =
    🧾 Чек №{ $tipId }
    Собеседник: { $name }
    Сумма: { $amount } ⭐
    Комиссия Telegram: { $providerFee } ⭐
    Комиссия сервиса: { $commission } ⭐
    Собеседник получит: { $net } ⭐
    Спасибо! Вопросы по оплате и возвратам — /paysupport
tips-thanks-received =
    💛 { $name } благодарит вас за разговор: { $amount } ⭐.
    На ваш баланс зачислено { $net } ⭐ (после комиссий).
tips-payment-unmatched = Оплата получена, но мы не смогли привязать её к разговору. Напишите в /paysupport — разберёмся или вернём звёзды.
tips-paysupport =
    💳 Помощь с оплатой
    Чаевые оплачиваются звёздами Telegram (⭐) и добровольны. Из суммы удерживаются комиссия Telegram и комиссия сервиса — всё видно в чеке.
    Возврат: если оплата прошла по ошибке или звёзды списались, а чек не пришёл, напишите нам и укажите номер чека, если он есть. Мы вернём звёзды на ваш баланс в Telegram.
    Поддержка Telegram с покупками в этом боте не помогает — пожалуйста, пишите нам.
tips-paysupport-contact = Связаться с нами: { $contact } (этот контакт указан и в описании бота).
tips-paysupport-no-contact = Отдельного контакта поддержки у этого бота пока нет. Ваши оплаты записаны — номера чеков ниже, сохраните их. Если звёзды списались, а чек не пришёл, не платите повторно: команда сверяет оплаты с Telegram и возвращает звёзды, которые не удалось зачислить.
tips-paysupport-recent = Ваши последние чаевые:
tips-paysupport-item = №{ $tipId } — { $amount } ⭐, { $status }
tips-status-paid = оплачено
tips-status-refunded = возвращено
tips-reject-bad-payload = Этот счёт недействителен. Откройте /tips и выберите сумму заново.
tips-reject-wrong-currency = Счёт выставлен в неверной валюте. Откройте /tips и попробуйте снова.
tips-reject-amount-mismatch = Сумма не совпадает со счётом. Откройте /tips и выберите сумму заново.
tips-reject-bad-amount = Сумма должна быть целым числом от 1 до 10000 звёзд.
tips-reject-payer-unknown = Сначала нажмите /start в этом боте.
tips-reject-self-tip = Нельзя отправить чаевые самому себе.
tips-reject-session-not-found = Этот разговор не найден.
tips-reject-session-not-ended = Чаевые можно оставить после завершения разговора.
tips-reject-not-participant = Поблагодарить можно только собеседника из своего разговора.
tips-reject-wrong-recipient = Поблагодарить можно только собеседника из этого разговора.
tips-reject-recipient-gone = Собеседник удалил свои данные, поэтому чаевые отправить нельзя. Звёзды не списаны.
tips-reject-recipient-banned = Этот собеседник сейчас не может получать чаевые. Звёзды не списаны.
tips-refund-debited =
    ↩️ Чаевые №{ $tipId } ({ $amount } ⭐) вернули отправителю.
    С вашего баланса списано { $net } ⭐ — ваша доля этих чаевых. Сейчас на балансе: { $balance } ⭐.
