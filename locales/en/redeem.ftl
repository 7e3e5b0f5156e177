## Redeem (spending thank-you Stars)
redeem-cmd-balance = your Stars and what they can buy
redeem-btn-open = 🎁 Spend my Stars
redeem-menu =
    Your balance: { $balance } ⭐.
    The bot can spend your Stars on a Telegram gift or Telegram Premium for you. Pick one:
redeem-menu-premium-line = Telegram Premium, { $months } months — { $stars } ⭐
redeem-menu-nothing =
    Your balance: { $balance } ⭐.
    It isn't enough for anything yet: the cheapest gift costs { $cheapest } ⭐, Telegram Premium starts at { $premium } ⭐. Thank-yous from your chat partners add up here.
redeem-btn-gift = { $emoji } { $stars } ⭐
redeem-btn-premium = Premium { $months } mo · { $stars } ⭐
redeem-btn-confirm = Yes, spend { $stars } ⭐
redeem-btn-cancel = Cancel
redeem-confirm-gift = Spend { $stars } ⭐ on the gift { $emoji }? The bot sends it to you as a Telegram gift. Your balance after: { $after } ⭐.
redeem-confirm-premium = Spend { $stars } ⭐ on { $months } months of Telegram Premium for yourself? Your balance after: { $after } ⭐.
redeem-sending = Sending…
redeem-cancelled = Okay, your Stars stay on your balance.
redeem-stale-press = That choice has already been made.
redeem-gift-text = Thank you for being there for others 💛
redeem-sent-gift = 🎁 Done! The gift is in this chat. Your balance: { $balance } ⭐.
redeem-sent-premium = ⭐ Done! Telegram Premium for { $months } months is yours. Your balance: { $balance } ⭐.
redeem-pending = Your gift is on its way. If Telegram doesn't confirm it, the Stars come back to your balance by themselves. Balance now: { $balance } ⭐.
redeem-failed =
    { $reason }
    Your Stars are back on your balance: { $balance } ⭐.
redeem-reject-insufficient = Your balance isn't enough for that: { $balance } ⭐.
redeem-reject-bot-balance-low = The bot can't pay for that right now. Please try again later — your Stars stay on your balance ({ $balance } ⭐).
redeem-reject-unknown-item = That gift is no longer available. Open /balance to see what's there now.
redeem-reject-recipient-gone = Please press /start first.
redeem-failure-bot-balance-low = The bot couldn't pay for it right now.
redeem-failure-recipient-refuses = Telegram says your privacy settings don't accept this (Settings → Privacy → Gifts).
redeem-failure-unknown-item = That gift is no longer available.
redeem-failure-recipient-gone = Telegram couldn't deliver it to your account.
redeem-failure-telegram-error = Telegram couldn't send it.
