## Moderator check-in (from a crisis flag)
checkin-message = Здравствуйте, это команда «Ты не один». Хотели просто узнать: как вы? Ответить можно одной кнопкой — ответ увидит только команда.
checkin-note = Несколько слов от команды: { $note }
checkin-ok-button = Я в порядке
checkin-talk-button = Хочу поговорить
checkin-thanks-ok = Спасибо, что ответили. Мы рады. Поговорить с кем-то всегда можно через /find.
checkin-thanks-talk = Спасибо, что сказали. Команда уже знает и свяжется с вами. А прямо сейчас можно начать разговор с человеком — /find.
checkin-already = Вы уже ответили — спасибо.

admin-checkin-heading = Проверка самочувствия
admin-checkin-help = Отправит пользователю короткое сообщение от команды (на его языке) с двумя ответами: «Я в порядке» / «Хочу поговорить». Его аккаунт Telegram вы не увидите.
admin-checkin-note = Заметка (необязательно, до 300 символов, без контактов)
admin-checkin-send = Отправить
admin-checkin-line = { $at }, { $by }
admin-checkin-status-sent = ответа пока нет
admin-checkin-status-ok = ответ: «Я в порядке»
admin-checkin-status-talk = ответ: «Хочу поговорить»
admin-checkin-status-undeliverable = не доставлено (пользователь заблокировал бота или ушёл)
admin-flash-checkin-sent = Сообщение отправлено.
admin-flash-checkin-not-crisis = Проверка самочувствия — только для кризисных флагов о пользователе.
admin-flash-checkin-unreachable = Пользователю нельзя написать (заблокировал бота, удалил данные или заблокирован модератором).
admin-flash-checkin-already-sent = Прошлое сообщение по этому флагу ещё без ответа; следующее — не раньше чем через час.
admin-flash-checkin-note-too-long = Заметка слишком длинная (не больше 300 символов).
admin-flash-checkin-note-contact = В заметке не должно быть контактов (телефона, ссылки, ника, почты).
admin-flash-checkin-send-failed = Telegram не принял сообщение; попробуйте позже.
