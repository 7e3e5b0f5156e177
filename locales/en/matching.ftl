## Matching
match-waiting =
    🔎 Looking for someone with similar topics. I'll message you as soon as I find someone (I'll keep looking for up to { $hours } h).
    Tip: the more times you mark as convenient in /profile, the sooner someone turns up. Times are compared across time zones, and you need at least one overlap.
    Leave the queue: /cancel
match-already-waiting = You're already in the queue — I'll message you as soon as I find someone. Leave: /cancel
match-need-onboarding = Let's get to know each other first: tap /start and pick your topics.
match-in-chat = You're already in a conversation. To start a new one, end this one first — /end.
match-pending-proposal = Someone's already been suggested for you — please answer with the buttons above. To decline: /cancel
match-paused = Matching is paused. Tap /resume to get matched again.
match-unavailable = Matching isn't available for you right now.
match-too-few-topics = To find someone, pick at least two topics in /profile.
match-cancelled-queue = You've left the queue. Come back any time: /find
match-cancelled-proposal = You declined the match and left the queue. Come back any time: /find
match-cancel-nothing = You're not in the queue. Find someone to talk to: /find
match-cancel-in-chat = You're in a conversation right now, not in the queue. To end it — /end.
match-proposal =
    🤝 Found someone to talk to: { $nickname }{ $about }
    Shared topics: { $topics }

    Start an anonymous conversation? Please answer within { $minutes } min.
match-btn-accept = ✅ Start talking
match-btn-decline = ✖️ Not now
match-accepted-waiting = ✅ You accepted. Waiting for the other person…
match-accepted-again = You've already accepted — waiting for the other person.
match-accepted-both = ✅ You both accepted!
match-you-declined = Okay, maybe another time. Find someone else: /find
match-declined-requeued = The other person can't talk right now. You're back in the queue — I'll message you when I find someone else.
match-declined-partner = The other person can't talk right now. Try again: /find
match-expired = ⌛ Time to answer ran out, so the match was cancelled. Find someone: /find
match-expired-requeued = ⌛ The other person didn't answer in time. You're back in the queue — I'll message you when I find someone else.
match-proposal-expired = ⌛ The time to answer has run out. Find someone: /find
match-proposal-declined = This match has already been declined. Find someone: /find
match-proposal-closed = This match is no longer available.
match-already-active = The conversation has already started.
match-queue-expired = No one turned up within { $hours } h, so I've stopped searching. Try again whenever you like: /find
match-session-started = 💬 The conversation has started! Everything you write here goes to the other person. Be kind to each other.
match-cmd-find = find someone to talk to
match-cmd-cancel = leave the search queue
