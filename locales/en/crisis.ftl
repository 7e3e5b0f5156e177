## Crisis lines and crisis replies (one renderer: src/bot/views/crisis.ts)
crisis-lines-intro = If things feel unbearable right now, here is where you can reach someone who will listen and help:
crisis-line-row = • { $number } — { $name } ({ $details })
crisis-emergency = • { $number } — if a life is in danger right now
crisis-emergency-local = • If a life is in danger right now, call your local emergency number (112 or 911, depending on where you are)
crisis-emergency-number-local = your local emergency number (112 or 911, depending on where you are)
crisis-directories = • Helplines in other countries: { $urls }
crisis-audience-adults = for adults
crisis-audience-youth = for children, teens and their parents
crisis-audience-everyone = for everyone
crisis-hours-24-7 = 24/7
crisis-hours-10-20 = daily 10:00–20:00
crisis-hours-mon-sat-14-20 = Mon–Sat 14:00–20:00
crisis-hours-varies = check the hours
crisis-cost-free = free
crisis-cost-free-mobile = free from mobiles
crisis-cost-free-landline = free from a landline, 8-495-051 from a mobile
crisis-cost-standard = standard call rate
crisis-line-ru-mchs = emergency psychological help of Russia's Emergencies Ministry, calls from the whole country, in Russian
crisis-line-ru-children = helpline for children, teens and parents, adults may call too; 124 from a mobile; in Russian
crisis-line-ru-moscow-051 = emergency psychological help, Moscow only, in Russian
crisis-line-ua-lifeline = Lifeline Ukraine, suicide prevention line
crisis-line-ua-npa = psychological support line of the National Psychological Association
crisis-line-ua-children = national children's hotline (La Strada)
crisis-line-by-minsk = emergency psychological help for residents of Minsk, also +375 17 304-43-70; Minsk only, in Russian
crisis-line-by-children = children's helpline of the national mental health centre
crisis-line-kz-111 = single contact centre: psychological and legal help
crisis-line-kz-150 = helpline for children and young people
crisis-line-am-emotional-support = emotional support hotline (Yerevan) for anyone in a psychological or social crisis
crisis-line-de-telefonseelsorge = TelefonSeelsorge (in German), also 0800 111 0 222
crisis-line-de-nummer-gegen-kummer = Nummer gegen Kummer, for children and teens
crisis-line-gb-samaritans = Samaritans
crisis-line-gb-childline = Childline, under 19
crisis-line-us-988 = 988 Suicide & Crisis Lifeline, call or text (English or Spanish)

crisis-country-hint = Not your country's numbers? Choose your country in /profile.
crisis-country-prompt = Which country's helplines should I show you? Now: { $current }.
crisis-country-name-ru = Russia
crisis-country-name-ua = Ukraine
crisis-country-name-by = Belarus
crisis-country-name-kz = Kazakhstan
crisis-country-name-ge = Georgia
crisis-country-name-am = Armenia
crisis-country-name-uz = Uzbekistan
crisis-country-name-de = Germany
crisis-country-name-gb = United Kingdom
crisis-country-name-us = United States
crisis-country-name-intl = another country (international directories)
crisis-country-auto = { $country } (from my time zone)
crisis-country-auto-button = 🕒 From my time zone

## What the writer of a crisis message gets privately
crisis-writer-crisis =
    It sounds like you're in a lot of pain right now. Thank you for not keeping it to yourself — you are not alone.
    The people here are peers, not professionals, so please also reach out to someone trained to help:

    { $lines }

    If you can, message or call someone you trust, and try not to be on your own right now.
crisis-writer-imminent =
    Your safety right now matters more than anything.
    If you are in danger or have already done something, please call { $emergency } now.
    If you can, move away from the place or put away what you could hurt yourself with, and be near another person — call or message someone you trust.

    { $lines }

    You are not alone, and this feeling can pass. The people on these lines can help you through the next few hours.
crisis-writer-self-harm =
    Thank you for telling me. Wanting to hurt yourself often comes from pain that is very hard to carry alone — and you deserve support.
    You can talk to people who understand here:

    { $lines }
crisis-harm-reduction =
    If you have already hurt yourself: rinse the wound with clean water and cover it with a clean dressing. For a deep cut, heavy bleeding, a burn, or if you have taken medication or swallowed something, call { $emergency } or see a doctor straight away, even if you feel fine: poisoning often shows up later.
    When the urge comes, it can help to wait 15 minutes, hold an ice cube, splash cold water on your face, tear up paper, or go where other people are.
crisis-writer-third-party =
    It sounds like you're worried about someone else who may be in danger. Thank you for being there for them. What you can do:
    • Ask them directly and kindly whether they are thinking about suicide. Asking doesn't put the idea in their head — it gives them room to talk.
    • Listen without judgement, and don't promise to keep it secret if a life is at risk.
    • If they are in danger right now, call { $emergency } and, if you can, don't leave them alone.
    • Help them reach professionals — you can pass on these numbers, and call them yourself for advice on how to help:

    { $lines }

    • Look after yourself too: supporting someone is hard, and you can ask for help as well.

## What the chat partner gets
crisis-partner =
    It seems your chat partner is going through something very hard. A few gentle pointers:
    • You don't have to fix it — being there and listening without judgement already helps.
    • It's okay to ask directly and kindly: “Are you thinking about hurting yourself?” Asking doesn't put the idea in their head — it gives them room to talk.
    • Suggest reaching out for help — you can forward these contacts:

    { $lines }

    • Take care of yourself too: you can take a break or end the chat if it gets too heavy.
