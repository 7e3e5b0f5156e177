## Coach (/hint)
coach-cmd-hint = a hint on how to support your chat partner
coach-title = 💡 Conversation hints (only you can see them)
coach-kind-empathy = 🤍 Support
coach-kind-question = ❓ Ask
coach-kind-boundary = 🛡 Take care of yourself
coach-disclaimer = ℹ️ This is not therapy or professional advice — just ideas. Use them in your own words if they fit.
coach-disclaimer-ai = ℹ️ These hints were written by AI from an anonymised excerpt of the chat. This is not therapy or professional advice — use them in your own words if they fit.
coach-more = 💡 Another hint
coach-no-session = Hints are available during a chat with a partner. Find one: /find
coach-too-soon = The next hint will be available in { $seconds } s.
coach-need-start = Please press /start first.
