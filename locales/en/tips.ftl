## Tips (Telegram Stars)
tips-cmd-tips = thank a chat partner with Stars
tips-cmd-paysupport = payment help and refunds
tips-someone = your chat partner
tips-invoice-title = Tip for { $name }
tips-invoice-description = Your chat partner: { $name }. Of { $amount } ⭐, Telegram's fee is { $providerFee } ⭐, the service fee ({ $commissionPct }) is { $commission } ⭐, and your partner receives { $net } ⭐. They will only see your pseudonym.
tips-invoice-label = Tip
tips-btn-amount = { $amount } ⭐
tips-btn-custom = Other amount
tips-btn-cancel = Cancel
tips-btn-partner = ⭐ { $name }
tips-choose-amount =
    How many Stars would you like to give? Your chat partner: { $name }.
    Telegram's fee ({ $providerPct }) and the service fee ({ $commissionPct }) are taken from the amount; your partner receives the rest. The invoice shows the exact split before you pay.
tips-custom-prompt = Type a whole number of Stars from 1 to 10000 — for example, 30.
tips-amount-not-a-number = That doesn't look like a number. Type a whole number of Stars from 1 to 10000, e.g. 30, or press “Cancel”.
tips-amount-not-integer = Please use a whole number of Stars, no fractions. Type a number from 1 to 10000.
tips-amount-too-small = The minimum is 1 Star. Type a number from 1 to 10000.
tips-amount-too-large = The maximum is 10000 Stars at a time. Type a number from 1 to 10000.
tips-cancelled = Okay, no tip.
tips-invoice-sent =
    Your invoice for { $amount } ⭐ is in the next message. Of this amount:
    Telegram's fee: { $providerFee } ⭐
    service fee ({ $commissionPct }): { $commission } ⭐
    your partner receives: { $net } ⭐
tips-stale-press = That choice has already been made.
tips-need-start = Please press /start first.
tips-list-header = Who would you like to thank for a recent chat?
tips-list-empty = You don't have any finished chats to thank someone for yet.
tips-balance = Thank-yous received: { $count }. Your balance: { $balance } ⭐.
tips-receipt =
    🧾 Receipt #{ $tipId }
    Your chat partner: { $name }
    Amount: { $amount } ⭐
    Telegram fee: { $providerFee } ⭐
    Service commission: { $commission } ⭐
    Your partner receives: { $net } ⭐
    Thank you! Questions about payments and refunds — /paysupport
tips-thanks-received =
    💛 { $name } thanked you for the chat: { $amount } ⭐.
    { $net } ⭐ credited to your balance (after fees).
tips-payment-unmatched = We received your payment but couldn't match it to a chat. Please write to /paysupport — we'll sort it out or refund your Stars.
tips-paysupport =
    💳 Payment help
    Tips are paid in Telegram Stars (⭐) and are voluntary. Telegram's fee and the service commission are deducted — every receipt shows them.
    Refunds: if a payment was made by mistake, or Stars were charged but no receipt came, contact us and include the receipt number if you have it. We'll refund the Stars to your Telegram balance.
    Telegram support can't help with purchases made in this bot — please contact us instead.
tips-paysupport-contact = Contact us: { $contact } (this contact is also in the bot's description).
tips-paysupport-no-contact = This bot has no separate support contact yet. Your payments are recorded — the receipt numbers are below, keep them. If Stars were charged but no receipt came, don't pay again: the team checks payments against Telegram and refunds Stars that could not be credited.
tips-paysupport-recent = Your recent tips:
tips-paysupport-item = #{ $tipId } — { $amount } ⭐, { $status }
tips-status-paid = paid
tips-status-refunded = refunded
tips-reject-bad-payload = This invoice is not valid. Open /tips and choose an amount again.
tips-reject-wrong-currency = This invoice has the wrong currency. Open /tips and try again.
tips-reject-amount-mismatch = The amount does not match the invoice. Open /tips and choose an amount again.
tips-reject-bad-amount = The amount must be a whole number from 1 to 10000 Stars.
tips-reject-payer-unknown = Please press /start in the bot first.
tips-reject-self-tip = You can't tip yourself.
tips-reject-session-not-found = This chat was not found.
tips-reject-session-not-ended = You can tip once the chat has ended.
tips-reject-not-participant = You can only thank the partner from your own chat.
tips-reject-wrong-recipient = You can only thank the partner from this chat.
tips-reject-recipient-gone = Your chat partner has deleted their data, so tips aren't possible. No Stars were charged.
tips-reject-recipient-banned = This partner can't receive tips right now. No Stars were charged.
tips-refund-debited =
    ↩️ Tip #{ $tipId } ({ $amount } ⭐) was refunded to the sender.
    { $net } ⭐ — your share of that tip — was taken off your balance. Your balance now: { $balance } ⭐.
