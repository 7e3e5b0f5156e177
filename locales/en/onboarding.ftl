## Onboarding
onboarding-choose-language = Выберите язык / Choose your language
onboarding-lang-ru = 🇷🇺 Русский
onboarding-lang-en = 🇬🇧 English
onboarding-language-name-ru = Русский
onboarding-language-name-en = English
onboarding-language-set = Language: { $language }
onboarding-intro =
    Hi! “You're Not Alone” is a place for anonymous one-to-one conversations with someone going through something similar: burnout, relocation, loss, a breakup, loneliness.

    What this is:
    • peer support — real people ready to listen and share their experience;
    • anonymity: your chat partner only sees your pseudonym, never your name or Telegram account;
    • you can end a conversation, report or block someone at any time.

    What this is NOT:
    • NOT therapy and not professional advice;
    • NOT a crisis or emergency service — your chat partner can't call for help if you're in danger.

    { $crisis }

    Please don't share contacts or personal details. By pressing the button below, you confirm that you've read and understood this.
onboarding-consent-button = ✅ I understand and agree
onboarding-consent-required = Please read the message above first and press “I understand and agree”.
onboarding-nickname =
    Your pseudonym: { $nickname }
    Chat partners will only see this name. You can pick another one or send your own as a message (2–32 characters).
onboarding-nickname-regen = 🔄 Another
onboarding-nickname-keep = ✅ Keep it
onboarding-nickname-set = Pseudonym: { $nickname }
onboarding-topics =
    What would you like to talk about? Pick at least { $min } topics — we'll use them to find you someone to talk to.
onboarding-topics-done = ➡️ Done
onboarding-topics-too-few = Please pick at least { $min } topics (selected now: { $selected }).
onboarding-topics-set = Topics: { $topics }
onboarding-timezone =
    What is your time zone? Pick a city, type its name or send your UTC offset, e.g. +3, UTC+05:30, -4. A city follows daylight saving time; an offset does not.
onboarding-timezone-bad-format = I couldn't read that offset. Please send it like this: +3, UTC+05:30 or -4 (minutes: 00, 15, 30 or 45).
onboarding-timezone-out-of-range = There is no such time zone: the offset must be between −12 and +14 hours.
onboarding-timezone-set = Time zone: { $timezone }
onboarding-timezone-unknown-place = I couldn't find that place. Pick a city button, type a large city nearby or send your UTC offset, e.g. +3.
onboarding-timezone-ambiguous = That place has several time zones. Type a city or send your UTC offset, e.g. +3.
onboarding-tz-kaliningrad = Kaliningrad
onboarding-tz-moscow = Moscow
onboarding-tz-samara = Samara
onboarding-tz-yekaterinburg = Yekaterinburg
onboarding-tz-omsk = Omsk
onboarding-tz-novosibirsk = Novosibirsk
onboarding-tz-irkutsk = Irkutsk
onboarding-tz-vladivostok = Vladivostok
onboarding-tz-minsk = Minsk
onboarding-tz-kyiv = Kyiv
onboarding-tz-almaty = Almaty
onboarding-tz-tbilisi = Tbilisi
onboarding-tz-yerevan = Yerevan
onboarding-tz-tashkent = Tashkent
onboarding-tz-berlin = Berlin
onboarding-tz-london = London
onboarding-tz-new_york = New York
onboarding-availability =
    When are you usually free to talk (your local time)? Tick one or more options.
onboarding-av-weekday_morning = Weekdays, morning (7–12)
onboarding-av-weekday_day = Weekdays, daytime (12–18)
onboarding-av-weekday_evening = Weekdays, evening (18–23)
onboarding-av-weekend_morning = Weekends, morning (7–12)
onboarding-av-weekend_day = Weekends, daytime (12–18)
onboarding-av-weekend_evening = Weekends, evening (18–23)
onboarding-av-night = Night (23–7)
onboarding-availability-done = ➡️ Done
onboarding-availability-none = Please tick at least one time slot.
onboarding-availability-set = Availability: { $availability }
onboarding-bio =
    One last, optional step: a few words about yourself for your chat partner (up to { $max } characters). The person I suggest you to will see them — in the suggestion and at the start of the chat. No names, phone numbers, links or @usernames.
    Send it as a message or press “Skip”.
onboarding-bio-skip = Skip
onboarding-bio-set = Saved.
onboarding-done =
    All set, { $nickname }! Welcome.
    /find — find someone to talk to
    /profile — view or edit your profile
    /pause — take a break
    /help — help and crisis lines
onboarding-welcome-back = Welcome back, { $nickname }! /find — find someone to talk to, /profile — your profile, /help — help.
onboarding-use-buttons = Please answer with the buttons in the message above.
onboarding-send-text = Please send your answer as text.
onboarding-press-start = To begin, press /start
onboarding-stale-button = This step is already done.
## Validation of free text (bio, pseudonym)
onboarding-invalid-empty = That message is empty — please send some text.
onboarding-invalid-too-long = That's too long: { $max } characters at most.
onboarding-invalid-too-short = That's too short: at least { $min } characters, please.
onboarding-invalid-contact = Contacts aren't allowed here: I found { $what }. Please send the text again without it — this keeps everyone anonymous.
onboarding-invalid-telegram-name = Your pseudonym must not be your Telegram name — that would make you easy to recognise. Please pick another one.
onboarding-invalid-taken = This pseudonym is already taken — please try another one.
onboarding-pii-phone = a phone number
onboarding-pii-email = an email address
onboarding-pii-username = an @username
onboarding-pii-link = a link
onboarding-pii-card = a card number
onboarding-pii-telegram_id = a Telegram ID
onboarding-pii-digits = a long number
## Guards (middleware)
guard-onboarding-required = Let's get you set up first: press /start and go through a few short steps.
guard-banned = Your access to this bot has been blocked by a moderator for breaking the rules. Your messages are no longer processed.
guard-rate-limited = You are sending messages too fast. Please wait a minute — some of your messages aren't being processed right now.
