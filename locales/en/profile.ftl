## Profile
profile-card =
    👤 Your profile
    Pseudonym: { $nickname }
    Language: { $language }
    Topics: { $topics }
    Time zone: { $timezone }
    Availability: { $availability }
    About me: { $bio }
    Status: { $status }
    Helplines: { $crisis }
profile-not-set = —
profile-status-active = open to new conversations (/pause to take a break)
profile-status-paused = on a break (/resume to continue)
profile-edit-language = 🌐 Language
profile-edit-nickname = 🎭 Pseudonym
profile-edit-topics = 🏷 Topics
profile-edit-timezone = 🕒 Time zone
profile-edit-availability = 📅 Availability
profile-edit-bio = 📝 About me
profile-edit-crisis = 📞 Helplines: country
profile-back = ⬅️ Back
profile-nickname-own = ✏️ My own
profile-nickname-editor =
    Your pseudonym: { $nickname }
    You can generate another one or make up your own.
profile-nickname-prompt = Send your new pseudonym as a message: 2–32 characters, no contacts, and not your Telegram name.
profile-bio-editor =
    About me now: { $bio }
    Your chat partner sees this in the suggestion and at the start of the chat.
    Send a new text as a message (up to { $max } characters, no contacts).
profile-bio-clear = 🗑 Remove
profile-saved = Saved ✅
profile-pause-done = You're on a break: we won't suggest anyone new for now. To come back — /resume
profile-pause-already = You're already on a break. To come back — /resume
profile-resume-done = Welcome back! Your break is over. Find someone to talk to — /find
profile-resume-not-paused = You're not on a break — everything's on. Find someone to talk to — /find
profile-delete-ask =
    Delete your data? Your pseudonym, “About me”, topics, time zone, availability and the link to your Telegram account will be erased. Your current conversation will end, and you'll leave the queue.
    Only anonymous statistics will remain (ratings and conversation counts, not linked to you). This can't be undone.
profile-delete-confirm = 🗑 Yes, delete
profile-delete-cancel = Cancel
profile-delete-done = Your data has been deleted. Thank you for being here. If you ever want to come back, /start will give you a fresh start.
profile-delete-cancelled = Deletion cancelled — nothing has changed.
profile-delete-nothing = We don't have any data about you — nothing to delete.
profile-typing-in-chat = ⚠️ You're in a conversation now, so your messages go to your chat partner. Buttons work here; to type a new value, come back after the conversation ends.
profile-delete-balance = ⭐ Your balance is { $balance } ⭐ — thanks from your chat partners. After deletion we can no longer link them to you: they stay with the service and cannot be returned. If you'd like to sort them out first, write to /paysupport.
