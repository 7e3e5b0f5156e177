## Connections ("talk again")
connections-cmd = people you'd talk with again
connections-offer = Would you like to talk with this person again some time? If they want it too, you'll find each other in /connections — still anonymously.
connections-offer-button = 🤝 I'd talk with them again
connections-wish-saved = Noted. If they want it too, they'll appear in /connections.
connections-wish-unavailable = This conversation can't be continued this way.
connections-made-you = You both want to talk again 🤝 You'll find each other in /connections.
connections-made-other = Someone you talked with wants to talk again too 🤝 You'll find them in /connections.
connections-empty = You have no connections yet. After a good conversation, both of you can tap “I'd talk with them again”.
connections-list-title = People you'd both talk with again (you only ever see each other's pseudonyms):
connections-line = • { $name }
connections-line-sent = • { $name } — invitation sent
connections-line-received = • { $name } — invited you
connections-invite-button = 💬 Invite { $name }
connections-remove-button = Remove
connections-remove-confirm = Remove { $name } from your connections? They won't be told.
connections-remove-yes = Yes, remove
connections-remove-no = Cancel
connections-removed = Removed.
connections-invite =
    { $name } would like to talk with you again 💬
    If you accept, a conversation opens, just like with a new match. The invitation is open for { $hours } h.
connections-accept-button = Accept
connections-decline-button = Not now
connections-invite-sent = Invitation sent. It's open for { $hours } h; the conversation starts as soon as they accept.
connections-invite-pending = There's already an open invitation between you two — let's wait for the answer.
connections-invite-cooldown = They said “not now” recently. Let's give it some time — you can invite them again later.
connections-you-busy = You're in a conversation right now. Finish it first (/end), then invite.
connections-unavailable = This connection isn't available any more.
connections-accept-you-busy = You're in a conversation right now. Finish it (/end) and press “Accept” again — the invitation stays open.
connections-partner-busy = They're in another conversation right now. Try “Accept” again a little later — the invitation stays open.
connections-accepted = Accepted — the conversation is opening.
connections-declined-you = Okay, not now. They'll only learn that you can't talk at the moment.
connections-declined = { $name } can't talk right now. That's okay — it isn't about you.
connections-invite-expired = This invitation has expired.
connections-invite-closed = This invitation is no longer open.
