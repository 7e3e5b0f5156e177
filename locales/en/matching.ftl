## Matching
match-waiting =
    🔎 Looking for someone with similar topics. I'll message you as soon as I find someone (searching for up to { $hours } h).
    Tip: the more times you mark as convenient in /profile, the sooner someone turns up — times are compared across time zones, and people whose times never overlap aren't matched.
    Leave the queue: /cancel
match-already-waiting = You're already in the queue — I'll message you as soon as I find someone. Leave: /cancel
match-need-onboarding = Let's get to know each other first: tap /start and pick your topics.
match-in-chat = You're already in a chat. Please finish it first.
match-pending-proposal = You have a pending match — answer it with the buttons above. To decline: /cancel
match-paused = Matching is paused. Tap /resume to get matched again.
match-unavailable = Matching isn't available for you right now.
match-too-few-topics = To find someone, pick at least two topics in /profile.
match-cancelled-queue = You left the queue. Come back any time: /find
match-cancelled-proposal = You declined the match and left the queue. Come back any time: /find
match-cancel-nothing = You're not in the queue. Find someone to talk to: /find
match-proposal =
    🤝 Found someone to talk to: { $nickname }
    Shared topics: { $topics }

    Start an anonymous chat? Please answer within { $minutes } min.
match-btn-accept = ✅ Start chat
match-btn-decline = ✖️ Not now
match-accepted-waiting = ✅ You accepted. Waiting for the other person…
match-accepted-again = You've already accepted — waiting for the other person.
match-accepted-both = ✅ You both accepted!
match-you-declined = OK, maybe another time. Find someone else: /find
match-declined-requeued = The other person can't talk right now. You're back in the queue — I'll message you when I find someone else.
match-declined-partner = The other person can't talk right now. Try again: /find
match-expired = ⌛ Time to answer ran out, so the match was cancelled. Find someone: /find
match-expired-requeued = ⌛ The other person didn't answer in time. You're back in the queue — I'll message you when I find someone else.
match-proposal-expired = ⌛ This match has expired. Find someone: /find
match-proposal-declined = This match was already declined. Find someone: /find
match-proposal-closed = This match is no longer valid.
match-already-active = The chat has already started.
match-queue-expired = Nobody suitable turned up within { $hours } h, so I took you out of the queue. Try again: /find
match-session-started = 💬 The chat has started! Everything you write here goes to the other person. Be kind to each other.
match-cmd-find = Find someone to talk to
match-cmd-cancel = Leave the match queue
