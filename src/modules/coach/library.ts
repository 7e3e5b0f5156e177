/**
 * The curated offline hint library (ru/en, per topic). Answers /hint when AI is off, when the provider
 * fails or returns something unusable, and always in a crisis (a model must not improvise there).
 * Written to be safe for any conversation: validating, open, and protective of the helper's own limits.
 */

export const HINT_KINDS = ['empathy', 'question', 'boundary'] as const
export type HintKind = (typeof HINT_KINDS)[number]
export type Suggestion = { kind: HintKind; text: string }
export type HintLang = 'ru' | 'en'

type Pools = Record<HintKind, string[]>
type Entry = { ru: Pools; en: Pools }

/**
 * Topic slugs from the topics seed (drizzle/0001_seed_topics.sql) plus `generic`, `crisis` (the partner is
 * in crisis: how to support them) and `crisis_self` (the asker is: words for them — "you deserve support
 * too", grounding, who to reach; kinds reused as empathy → for you, question → grounding, boundary → reach
 * out). Russian crisis lines avoid gendered forms (no «сказал/а», «один/одна», «обязан/а»).
 */
export const LIBRARY: Record<string, Entry> = {
  generic: {
    ru: {
      empathy: [
        'Похоже, тебе сейчас правда непросто. Спасибо, что делишься этим.',
        'То, что ты чувствуешь, — понятно и нормально в такой ситуации.',
        'Я слышу, как много на тебя навалилось. Ты не один с этим.',
      ],
      question: [
        'Что сейчас тяжелее всего?',
        'Как ты обычно поддерживаешь себя в такие дни?',
        'Чего бы тебе сейчас больше хотелось: чтобы тебя выслушали или подумать вместе, что делать?',
      ],
      boundary: [
        'Я могу выслушать и поддержать, но я не специалист — если станет совсем тяжело, стоит обратиться к профессионалу.',
        'Мне важно быть честным: сейчас у меня есть ещё минут 15, потом мне нужно будет уйти.',
        'Если тема станет слишком тяжёлой для меня, я скажу об этом — это нормально для нас обоих.',
      ],
    },
    en: {
      empathy: [
        'It sounds like this is really hard right now. Thank you for sharing it.',
        'What you feel makes sense in a situation like this.',
        'I hear how much is on your plate. You are not alone with it.',
      ],
      question: [
        'What feels the hardest right now?',
        'How do you usually look after yourself on days like this?',
        'What would help more right now: being listened to, or thinking it through together?',
      ],
      boundary: [
        'I can listen and support you, but I am not a professional — if it gets very hard, please reach out to one.',
        'To be honest, I have about 15 more minutes now, then I need to go.',
        'If the topic gets too heavy for me, I will say so — that is okay for both of us.',
      ],
    },
  },
  crisis_self: {
    ru: {
      empathy: [
        'Вы тоже заслуживаете поддержки — не только собеседник. То, что вам сейчас больно, важно.',
        'С тем, что вы чувствуете, не нужно справляться в одиночку. Попросить о помощи — это сила, а не слабость.',
      ],
      question: [
        'Попробуйте заземлиться: назовите про себя 5 вещей, которые видите, 4 — которые можно потрогать, 3 звука, 2 запаха и 1 вкус.',
        'Медленный вдох на 4 счёта, пауза на 4, выдох на 6. Повторите несколько раз — так телу легче успокоиться.',
        'Поставьте обе ступни на пол и почувствуйте опору. Можно умыться прохладной водой или подержать в руках что-то холодное.',
      ],
      boundary: [
        'Разговор можно поставить на паузу или завершить командой /end — сейчас важнее позаботиться о себе.',
        'Напишите или позвоните тому, кому доверяете, или на линию помощи ниже — там выслушают.',
      ],
    },
    en: {
      empathy: [
        'You deserve support too — not only the person you are talking to. Your pain matters.',
        'You do not have to carry what you feel on your own. Asking for help is strength, not weakness.',
      ],
      question: [
        'Try grounding: name to yourself 5 things you can see, 4 you can touch, 3 sounds, 2 smells and 1 taste.',
        'Breathe in slowly for 4 counts, hold for 4, breathe out for 6. Repeat a few times — it helps the body settle.',
        'Put both feet on the floor and feel the ground. Splash cool water on your face or hold something cold.',
      ],
      boundary: [
        'You can pause or end the chat with /end — looking after yourself comes first right now.',
        'Message or call someone you trust, or one of the helplines below — they will listen.',
      ],
    },
  },
  crisis: {
    ru: {
      empathy: [
        'Спасибо, что рассказываешь мне об этом. Мне важно, что с тобой происходит, и я рядом.',
        'Я слышу, как тебе больно. Тебе не нужно проходить через это в одиночку.',
      ],
      question: [
        'Ты сейчас в безопасности? Есть ли рядом кто-то, кому ты доверяешь?',
        'Ты думаешь о том, чтобы навредить себе? Можно ответить честно — я не буду осуждать.',
      ],
      boundary: [
        'Я не специалист и переживаю за тебя. Давай я пришлю номер, где круглосуточно помогают бесплатно?',
        'Позаботься и о себе: ты не отвечаешь за то, чтобы всё исправить. Достаточно быть рядом и предложить помощь специалистов.',
      ],
    },
    en: {
      empathy: [
        'Thank you for telling me. I care about what you are going through, and I am here.',
        'I hear how much pain you are in. You do not have to go through this alone.',
      ],
      question: [
        'Are you safe right now? Is there someone you trust nearby?',
        'Are you thinking about hurting yourself? You can tell me honestly — I will not judge.',
      ],
      boundary: [
        'I am not a professional and I am worried about you. Can I share a helpline that is free and open 24/7?',
        'Take care of yourself too: you are not responsible for fixing this. Being there and pointing to professional help is enough.',
      ],
    },
  },
  loss: {
    ru: {
      empathy: ['Горе не подчиняется срокам. Всё, что ты чувствуешь сейчас, имеет право быть.'],
      question: ['Каким был этот человек? Хочешь рассказать о нём?'],
      boundary: ['Я не смогу забрать эту боль, но могу побыть рядом, пока ты говоришь.'],
    },
    en: {
      empathy: ['Grief has no timeline. Whatever you feel right now is allowed.'],
      question: ['What were they like? Would you like to tell me about them?'],
      boundary: ['I cannot take the pain away, but I can stay with you while you talk.'],
    },
  },
  burnout: {
    ru: {
      empathy: ['Звучит так, будто ты очень долго тащишь всё на себе. Усталость — это не слабость.'],
      question: ['Что из того, что ты делаешь, можно было бы хоть немного отложить или передать?'],
      boundary: ['Я не смогу решить рабочие вопросы за тебя, но могу помочь разобраться, с чего начать.'],
    },
    en: {
      empathy: [
        'It sounds like you have been carrying everything for a long time. Exhaustion is not weakness.',
      ],
      question: ['Is there anything on your list that could wait or be handed to someone else?'],
      boundary: ['I cannot fix work for you, but I can help you sort out where to start.'],
    },
  },
  relocation: {
    ru: {
      empathy: ['Переезд — это много потерь сразу: привычек, людей, языка. Неудивительно, что тяжело.'],
      question: ['Чего тебе больше всего не хватает из прежней жизни?'],
      boundary: ['Я не знаю всех местных правил, но могу подумать вместе, где искать ответы.'],
    },
    en: {
      empathy: ['Moving means losing a lot at once: routines, people, language. No wonder it is hard.'],
      question: ['What do you miss most from your old life?'],
      boundary: ['I do not know all the local rules, but I can help you think about where to look.'],
    },
  },
  breakup: {
    ru: {
      empathy: ['Расставание может ощущаться как потеря целого мира. Твоя боль понятна.'],
      question: ['Что помогает тебе хоть немного в самые тяжёлые моменты?'],
      boundary: ['Я не буду судить ни тебя, ни другого человека — мне важно, как ты.'],
    },
    en: {
      empathy: ['A breakup can feel like losing a whole world. Your pain makes sense.'],
      question: ['What helps you even a little in the hardest moments?'],
      boundary: ['I will not judge you or the other person — what matters to me is how you are.'],
    },
  },
  loneliness: {
    ru: {
      empathy: ['Одиночество бывает очень тяжёлым. Хорошо, что ты сейчас здесь и мы разговариваем.'],
      question: ['Когда ты в последний раз чувствовал связь с кем-то? Что тогда было по-другому?'],
      boundary: ['Я рад поговорить сейчас, хоть и не смогу быть рядом всё время.'],
    },
    en: {
      empathy: ['Loneliness can be very heavy. I am glad you are here and we are talking.'],
      question: ['When did you last feel connected to someone? What was different then?'],
      boundary: ['I am glad to talk now, even though I cannot be around all the time.'],
    },
  },
  anxiety: {
    ru: {
      empathy: ['Тревога выматывает, даже когда со стороны кажется, что ничего не происходит.'],
      question: ['Что сейчас помогает тебе хоть немного заземлиться — дыхание, прогулка, что-то ещё?'],
      boundary: ['Я не врач и не могу советовать лечение, но могу побыть рядом, пока тревога накрывает.'],
    },
    en: {
      empathy: ['Anxiety is exhausting, even when from the outside nothing seems to be happening.'],
      question: ['What helps you ground yourself a little — breathing, a walk, something else?'],
      boundary: [
        'I am not a doctor and cannot advise on treatment, but I can stay with you while it passes.',
      ],
    },
  },
  job_loss: {
    ru: {
      empathy: ['Потеря работы бьёт и по деньгам, и по ощущению себя. Это правда тяжело.'],
      question: ['Что сейчас беспокоит больше: деньги, неопределённость или что-то другое?'],
      boundary: ['Я не карьерный консультант, но могу выслушать и помочь собрать мысли.'],
    },
    en: {
      empathy: ['Losing a job hits both your finances and your sense of self. That is really hard.'],
      question: ['What worries you most right now: money, uncertainty, or something else?'],
      boundary: ['I am not a career counsellor, but I can listen and help you gather your thoughts.'],
    },
  },
  parenting: {
    ru: {
      empathy: ['Быть родителем — огромная нагрузка, и усталость от неё не делает тебя плохим родителем.'],
      question: ['Есть ли кто-то, кто может хоть немного разделить с тобой заботу?'],
      boundary: ['Я не могу оценивать, как правильно воспитывать, но могу поддержать тебя как человека.'],
    },
    en: {
      empathy: ['Parenting is a huge load, and being tired of it does not make you a bad parent.'],
      question: ['Is there anyone who could share a bit of the care with you?'],
      boundary: ['I cannot judge how to raise children, but I can support you as a person.'],
    },
  },
  illness: {
    ru: {
      empathy: ['Болезнь меняет очень многое. Нормально злиться, бояться и уставать от этого.'],
      question: ['Что тебе сейчас нужнее всего: информация, поддержка или просто выговориться?'],
      boundary: ['Я не медик и не могу советовать по лечению — это лучше обсудить с врачом.'],
    },
    en: {
      empathy: ['Illness changes so much. It is okay to feel angry, scared and tired of it.'],
      question: ['What do you need most right now: information, support, or just to vent?'],
      boundary: ['I am not a medic and cannot advise on treatment — a doctor is the right person for that.'],
    },
  },
  caregiving: {
    ru: {
      empathy: ['Заботиться о близком очень тяжело, и твоя усталость — не предательство.'],
      question: ['Когда у тебя в последний раз было время только для себя?'],
      boundary: ['Ты тоже важен. Я могу выслушать, но не смогу взять на себя часть заботы.'],
    },
    en: {
      empathy: ['Caring for someone close is very hard, and your exhaustion is not betrayal.'],
      question: ['When did you last have time just for yourself?'],
      boundary: ['You matter too. I can listen, though I cannot take on part of the caring.'],
    },
  },
  study_stress: {
    ru: {
      empathy: ['Учёба может давить со всех сторон — сроки, ожидания, сравнение с другими. Это понятно.'],
      question: ['Что из этого зависит от тебя прямо сейчас, а что можно отпустить?'],
      boundary: ['Я не смогу сделать задание за тебя, но могу помочь разложить всё по шагам.'],
    },
    en: {
      empathy: [
        'Studying can press from every side — deadlines, expectations, comparison. That makes sense.',
      ],
      question: ['What part of this is in your hands right now, and what could you let go of?'],
      boundary: ['I cannot do the work for you, but I can help you break it into steps.'],
    },
  },
  family_conflict: {
    ru: {
      empathy: ['Конфликты с близкими ранят особенно сильно, потому что эти люди нам важны.'],
      question: ['Чего бы тебе хотелось от этих отношений, если представить лучший вариант?'],
      boundary: ['Я слышу только твою сторону и не буду судить других — мне важно, как ты себя чувствуешь.'],
    },
    en: {
      empathy: ['Conflicts with family hurt especially because these people matter to us.'],
      question: ['If you imagine the best outcome, what would you want from these relationships?'],
      boundary: ['I only hear your side and will not judge others — what matters to me is how you feel.'],
    },
  },
  self_esteem: {
    ru: {
      empathy: ['Ты очень строг к себе. Похоже, внутренний критик сейчас звучит громче всего.'],
      question: ['Что бы ты сказал близкому другу, если бы он говорил о себе так же?'],
      boundary: [
        'Я не могу изменить, как ты к себе относишься, но могу напомнить, что ты заслуживаешь доброты.',
      ],
    },
    en: {
      empathy: [
        'You are very hard on yourself. It sounds like the inner critic is the loudest voice right now.',
      ],
      question: ['What would you tell a close friend who talked about themselves like this?'],
      boundary: ['I cannot change how you see yourself, but I can remind you that you deserve kindness.'],
    },
  },
  addiction_recovery: {
    ru: {
      empathy: ['Восстановление — это не прямая линия. Срывы не отменяют пройденный путь.'],
      question: ['Что или кто поддерживает тебя на этом пути?'],
      boundary: [
        'Я не специалист по зависимостям; если нужна помощь, лучше обратиться в профильную службу или группу поддержки.',
      ],
    },
    en: {
      empathy: ['Recovery is not a straight line. A slip does not erase how far you have come.'],
      question: ['What or who supports you on this path?'],
      boundary: [
        'I am not an addiction specialist; a specialised service or support group is the right place for that help.',
      ],
    },
  },
}

/**
 * Three suggestions (empathy, question, boundary) for a topic; topic-specific lines are preferred and
 * the generic pool fills in. `pick` chooses an index (random by default; tests pass a fixed one).
 */
export function offlineHints(
  topicSlug: string | null | undefined,
  lang: HintLang,
  pick: (n: number) => number = (n) => Math.floor(Math.random() * n),
): Suggestion[] {
  const topic = (topicSlug && LIBRARY[topicSlug]) || undefined
  const generic = LIBRARY.generic as Entry
  return HINT_KINDS.map((kind) => {
    const own = topic?.[lang][kind] ?? []
    // a crisis answer never mixes in generic lines; other topics prefer their own line two times in three
    const crisis = topicSlug === 'crisis' || topicSlug === 'crisis_self'
    const pool = crisis ? own : own.length > 0 && pick(3) < 2 ? own : [...own, ...generic[lang][kind]]
    const text =
      pool[Math.min(pool.length - 1, Math.max(0, pick(pool.length)))] ?? generic[lang][kind][0] ?? ''
    return { kind, text }
  })
}
