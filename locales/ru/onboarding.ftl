## Onboarding
onboarding-choose-language = Выберите язык / Choose your language
onboarding-lang-ru = 🇷🇺 Русский
onboarding-lang-en = 🇬🇧 English
onboarding-language-name-ru = Русский
onboarding-language-name-en = English
onboarding-language-set = Язык: { $language }
onboarding-intro =
    Привет! «Ты не один» — это анонимные разговоры один на один с человеком, который переживает что-то похожее: выгорание, переезд, утрату, расставание, одиночество.

    Что здесь есть:
    • взаимная поддержка равных — живые люди, готовые выслушать и поделиться опытом;
    • анонимность: собеседник видит только ваш псевдоним — не имя и не аккаунт Telegram;
    • в любой момент можно завершить разговор, пожаловаться или заблокировать собеседника.

    Чего здесь нет:
    • это НЕ психотерапия и не консультация специалиста;
    • это НЕ служба экстренной помощи — собеседник не сможет вызвать помощь, если вам станет плохо.

    { $crisis }

    Пожалуйста, не делитесь контактами и личными данными. Нажимая кнопку ниже, вы подтверждаете, что прочитали и поняли это.
onboarding-consent-button = ✅ Понимаю и принимаю
onboarding-consent-required = Сначала прочитайте, пожалуйста, сообщение выше и нажмите «Понимаю и принимаю».
onboarding-nickname =
    Ваш псевдоним: { $nickname }
    Собеседники будут видеть только его. Можно выбрать другой или прислать свой вариант сообщением (2–32 символа).
onboarding-nickname-regen = 🔄 Другой
onboarding-nickname-keep = ✅ Оставить
onboarding-nickname-set = Псевдоним: { $nickname }
onboarding-topics =
    О чём вам хотелось бы поговорить? Выберите хотя бы { $min } темы — по ним мы подберём собеседника.
onboarding-topics-done = ➡️ Готово
onboarding-topics-too-few = Выберите хотя бы { $min } темы (сейчас выбрано: { $selected }).
onboarding-topics-set = Темы: { $topics }
onboarding-timezone =
    Ваш часовой пояс? Выберите город, напишите его название или пришлите смещение от UTC, например: +3, UTC+05:30, -4. Город учитывает переход на летнее время, смещение — нет.
onboarding-timezone-bad-format = Не понял смещение. Пришлите его, например, так: +3, UTC+05:30 или -4 (минуты — 00, 15, 30 или 45).
onboarding-timezone-out-of-range = Такого часового пояса нет: смещение должно быть от −12 до +14 часов.
onboarding-timezone-set = Часовой пояс: { $timezone }
onboarding-timezone-unknown-place = Не нашёл такого места. Выберите город кнопкой, напишите крупный город рядом или пришлите смещение от UTC, например +3.
onboarding-timezone-ambiguous = Здесь несколько часовых поясов. Напишите город или пришлите смещение от UTC, например +3.
onboarding-tz-kaliningrad = Калининград
onboarding-tz-moscow = Москва
onboarding-tz-samara = Самара
onboarding-tz-yekaterinburg = Екатеринбург
onboarding-tz-omsk = Омск
onboarding-tz-novosibirsk = Новосибирск
onboarding-tz-irkutsk = Иркутск
onboarding-tz-vladivostok = Владивосток
onboarding-tz-minsk = Минск
onboarding-tz-kyiv = Киев
onboarding-tz-almaty = Алматы
onboarding-tz-tbilisi = Тбилиси
onboarding-tz-yerevan = Ереван
onboarding-tz-tashkent = Ташкент
onboarding-tz-berlin = Берлин
onboarding-tz-london = Лондон
onboarding-tz-new_york = Нью-Йорк
onboarding-availability =
    Когда вам обычно удобно разговаривать (по вашему местному времени)? Отметьте один или несколько вариантов.
onboarding-av-weekday_morning = Будни, утро (7–12)
onboarding-av-weekday_day = Будни, день (12–18)
onboarding-av-weekday_evening = Будни, вечер (18–23)
onboarding-av-weekend_morning = Выходные, утро (7–12)
onboarding-av-weekend_day = Выходные, день (12–18)
onboarding-av-weekend_evening = Выходные, вечер (18–23)
onboarding-av-night = Ночь (23–7)
onboarding-availability-done = ➡️ Готово
onboarding-availability-none = Отметьте хотя бы одно удобное время.
onboarding-availability-set = Удобное время: { $availability }
onboarding-bio =
    И напоследок, по желанию: пара слов о себе для собеседника (до { $max } символов). Их увидит тот, кому я предложу разговор с вами, — в предложении и в начале чата. Без имён, телефонов, ссылок и @юзернеймов.
    Пришлите текст сообщением или нажмите «Пропустить».
onboarding-bio-skip = Пропустить
onboarding-bio-set = Сохранено.
onboarding-done =
    Готово, { $nickname }! Добро пожаловать.
    /find — найти собеседника
    /profile — посмотреть или изменить профиль
    /pause — сделать паузу
    /help — помощь и телефоны доверия
onboarding-welcome-back = С возвращением, { $nickname }! /find — найти собеседника, /profile — профиль, /help — помощь.
onboarding-use-buttons = Пожалуйста, ответьте кнопками в сообщении выше.
onboarding-send-text = Пожалуйста, пришлите ответ текстом.
onboarding-press-start = Чтобы начать, нажмите /start.
onboarding-stale-button = Этот шаг уже пройден.
## Validation of free text (bio, pseudonym)
onboarding-invalid-empty = Сообщение пустое — пришлите, пожалуйста, текст.
onboarding-invalid-too-long = Слишком длинный текст: максимум { $max } символов.
onboarding-invalid-too-short = Слишком короткий текст: минимум { $min } символа.
onboarding-invalid-contact = Здесь нельзя указывать контакты: я нашёл { $what }. Пришлите, пожалуйста, текст без этого — так мы бережём анонимность.
onboarding-invalid-telegram-name = Псевдоним не должен совпадать с вашим именем в Telegram — по нему вас легко узнать. Придумайте, пожалуйста, другой.
onboarding-invalid-taken = Этот псевдоним уже занят — попробуйте другой.
onboarding-pii-phone = номер телефона
onboarding-pii-email = адрес почты
onboarding-pii-username = @юзернейм
onboarding-pii-link = ссылку
onboarding-pii-card = номер карты
onboarding-pii-telegram_id = Telegram ID
onboarding-pii-digits = длинный номер
## Guards (middleware)
guard-onboarding-required = Сначала давайте познакомимся: нажмите /start и пройдите несколько коротких шагов.
guard-banned = Ваш доступ к боту заблокирован модератором за нарушение правил. Сообщения больше не обрабатываются.
guard-rate-limited = Вы отправляете сообщения слишком часто. Подождите, пожалуйста, минуту — пока часть сообщений не обрабатывается.
