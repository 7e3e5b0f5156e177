## Profile
profile-card =
    👤 Ваш профиль
    Псевдоним: { $nickname }
    Язык: { $language }
    Темы: { $topics }
    Часовой пояс: { $timezone }
    Удобное время: { $availability }
    О себе: { $bio }
    Статус: { $status }
    Телефоны помощи: { $crisis }
profile-not-set = —
profile-status-active = поиск включён (/pause — поставить на паузу)
profile-status-paused = на паузе (/resume — продолжить)
profile-edit-language = 🌐 Язык
profile-edit-nickname = 🎭 Псевдоним
profile-edit-topics = 🏷 Темы
profile-edit-timezone = 🕒 Часовой пояс
profile-edit-availability = 📅 Время
profile-edit-bio = 📝 О себе
profile-edit-crisis = 📞 Телефоны помощи: страна
profile-back = ⬅️ Назад
profile-nickname-own = ✏️ Свой
profile-nickname-editor =
    Ваш псевдоним: { $nickname }
    Можно сгенерировать другой или придумать свой.
profile-nickname-prompt = Пришлите новый псевдоним сообщением: 2–32 символа, без контактов и не ваше имя в Telegram.
profile-bio-editor =
    О себе сейчас: { $bio }
    Собеседник видит этот текст в предложении разговора и в начале чата.
    Пришлите новый текст сообщением (до { $max } символов, без контактов).
profile-bio-clear = 🗑 Удалить
profile-saved = Сохранено ✅
profile-pause-done = Пауза включена: новых собеседников предлагать не будем. Вернуться — /resume
profile-pause-already = Вы уже на паузе. Вернуться — /resume
profile-resume-done = С возвращением! Пауза снята. Найти собеседника — /find
profile-resume-not-paused = Вы не на паузе — всё работает. Найти собеседника — /find
profile-delete-ask =
    Удалить ваши данные? Будут стёрты псевдоним, «О себе», темы, часовой пояс, удобное время и связь с вашим аккаунтом Telegram. Текущий разговор завершится, а поиск остановится.
    Останется только обезличенная статистика (оценки и число разговоров без привязки к вам). Это действие нельзя отменить.
profile-delete-confirm = 🗑 Да, удалить
profile-delete-cancel = Отмена
profile-delete-done = Ваши данные удалены. Спасибо, что были с нами. Если захотите вернуться, /start начнёт всё с чистого листа.
profile-delete-cancelled = Удаление отменено, всё осталось как было.
profile-delete-nothing = У нас нет ваших данных — удалять нечего.
profile-typing-in-chat = ⚠️ Сейчас идёт разговор, поэтому ваши сообщения уходят собеседнику. Кнопки здесь работают, а ввести новое значение текстом можно после окончания разговора.
profile-delete-balance = ⭐ На вашем балансе { $balance } ⭐ — благодарности собеседников. После удаления мы не сможем связать их с вами: они останутся у сервиса и не вернутся. Если хотите сначала разобраться с ними, напишите в /paysupport.
