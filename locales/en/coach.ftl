## Coach (/hint)
coach-cmd-hint = get a hint on how to support your chat partner
coach-title = 💡 Conversation hints (only you can see them)
coach-kind-empathy = 🤍 Support
coach-kind-question = ❓ Ask
coach-kind-boundary = 🛡 Take care of yourself
coach-disclaimer = ℹ️ This is not therapy or professional advice — just ideas. If something fits, put it in your own words.
coach-disclaimer-ai = ℹ️ These hints were written by AI from an anonymised excerpt of the chat. This is not therapy or professional advice — if something fits, put it in your own words.
coach-more = 💡 Another hint
coach-no-session = Hints are available during a chat with a partner. Find someone to talk to: /find
coach-too-soon = You can get the next hint in { $seconds } s.
coach-need-start = Please press /start first.
coach-self-title = 💛 Right now, this is about you (only you see this)
coach-self-kind-empathy = 🤍 You deserve support too
coach-self-kind-question = 🌿 To feel a little calmer
coach-self-kind-boundary = 🛟 Who to reach
coach-third-party = If someone outside this chat is in danger, you can pass these numbers on — or call them yourself for advice on how to help.
