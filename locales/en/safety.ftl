## Safety (crisis resources; shared by coach, chat and moderation)
safety-crisis-lines =
    If things feel unbearable right now, here is where you can reach someone who will listen and help:
    • 8-800-2000-122 — helpline for children, teens and their parents in Russia (free, anonymous, 24/7)
    • 051 from a Moscow landline, 8-495-051 from a mobile — emergency psychological help (24/7)
    • 112 — if a life is in danger right now
    • Helplines in other countries: findahelpline.com and befrienders.org

safety-crisis-sender =
    It sounds like you're in a lot of pain right now. Thank you for not keeping it to yourself — you are not alone.
    The people here are peers, not professionals, so please also reach out to someone trained to help:

    { safety-crisis-lines }

    If you can, message or call someone you trust, and try not to be on your own right now.

safety-crisis-partner =
    It seems your chat partner is going through something very hard. A few gentle pointers:
    • You don't have to fix it — being there and listening without judgement already helps.
    • It's okay to ask directly and kindly: “Are you thinking about hurting yourself?” Asking doesn't put the idea in their head — it gives them room to talk.
    • Suggest reaching out for help — you can forward these contacts:

    { safety-crisis-lines }

    • Take care of yourself too: you can take a break or end the chat if it gets too heavy.
