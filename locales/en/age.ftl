## Age groups
age-question =
    How old are you? We ask everyone, so that people are only ever matched with others of their own age group. Your answer is never shown to anyone.
age-btn-under_13 = Under 13
age-btn-13_17 = 13–17
age-btn-18_plus = 18 or older
age-group-under_13 = under 13
age-group-13_17 = 13–17
age-group-18_plus = 18+
age-group-unknown = not stated
age-set = Age group: { $group }
age-question-first = Before we go on, one question we now ask everyone.
age-thanks = Thank you. Everything works as before.
age-refused-under-13 =
    Thank you for telling us honestly. This bot is for people aged 13 and over, so we can't connect you with anyone here.

    If something is hard for you right now, please talk to an adult you trust — a parent, a teacher, a school counsellor. And you can always reach people whose job is to listen to children and teens:

    { $crisis }

    If you'd like us to forget everything about you, send /delete_me.
age-refused-minors-off =
    Thank you for telling us honestly. Right now this bot is only open to adults, so we can't connect you with anyone here.

    If something is hard for you right now, please talk to an adult you trust. And you can always reach people whose job is to listen to teens:

    { $crisis }

    If you'd like us to forget everything about you, send /delete_me.
age-refused-short = This bot can't connect you with anyone. Please read the message above.
age-chat-left = Your age group has changed, so this conversation has ended — chats are only ever between people of the same age group. You can /find someone new.
age-find-refused = Please tell us your age group first: send /start.
age-profile-button = 🎂 Age group
age-profile-ask = Your age group is: { $group }. If it's wrong, pick the right one:
age-teen-welcome = Here you'll only be matched with other 13–17-year-olds. If things ever get really hard, these lines are for you:

    { $crisis }
age-continue = Thank you. Send /start to continue where you left off.
age-resend = Your last message was not sent: please send it again after answering.
age-locked = This answer can't be changed here. To start over, send /delete_me.
age-admin-label = age: { $group }
