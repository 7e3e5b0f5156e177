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
profile-not-set = —
profile-status-active = looking for companions (/pause to take a break)
profile-status-paused = paused (/resume to continue)
profile-edit-language = 🌐 Language
profile-edit-nickname = 🎭 Pseudonym
profile-edit-topics = 🏷 Topics
profile-edit-timezone = 🕒 Time zone
profile-edit-availability = 📅 Availability
profile-edit-bio = 📝 About me
profile-back = ⬅️ Back
profile-nickname-own = ✏️ My own
profile-nickname-editor =
    Your pseudonym: { $nickname }
    You can generate another one or make up your own.
profile-nickname-prompt = Send your new pseudonym as a message (2–32 characters, no contacts, not your Telegram name).
profile-bio-editor =
    About me now: { $bio }
    Send a new text as a message (up to { $max } characters, no contacts).
profile-bio-clear = 🗑 Remove
profile-saved = Saved ✅
profile-pause-done = Paused: we won't offer you new companions. To come back — /resume
profile-pause-already = You are already paused. To come back — /resume
profile-resume-done = Welcome back! We're matching you again — /find
profile-resume-not-paused = You're not paused — everything is on. Find a companion — /find
profile-delete-ask =
    Delete your data? Your pseudonym, bio, topics, time zone, availability and the link to your Telegram account will be erased. Your current conversation will end and you'll leave the queue.
    Only anonymous statistics remain (ratings and conversation counts not linked to you). This cannot be undone.
profile-delete-confirm = 🗑 Yes, delete
profile-delete-cancel = Cancel
profile-delete-done = Your data has been deleted. Thank you for being here. If you want to come back, /start begins from scratch.
profile-delete-cancelled = Deletion cancelled, nothing changed.
profile-delete-nothing = We don't have any data about you — nothing to delete.
