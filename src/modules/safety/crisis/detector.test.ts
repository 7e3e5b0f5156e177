import { describe, expect, it } from 'vitest'
import type { CrisisCategory } from '../crisis-types.js'
import { detectCrisis } from '../lexicon.js'
import { analyse } from './analyse.js'
import { detectCrisisV2 } from './detector.js'
import { tokenize } from './normalize.js'

// Rules only, so these tests pin the lexicon stage; the model stage has its own tests below.
const rules = (text: string) => detectCrisisV2(text, { model: false })

const positives: [CrisisCategory, string[]][] = [
  [
    'imminent',
    [
      'стою на крыше, сейчас прыгну',
      'таблетки уже в руке, сегодня ночью всё закончится',
      'только что наглоталась снотворного, всю пачку',
      'сегодня ночью я выпилюсь',
      "I'm standing on the bridge right now and I'm going to jump",
      'just swallowed the whole bottle of pills',
      'im going to kill myself tonight',
      'the rope is ready, tonight i end it',
    ],
  ],
  [
    'intent',
    [
      'я решила: в пятницу покончу с собой',
      'я решил что покончу с собой после сессии',
      'коплю таблетки уже месяц',
      'написала предсмертную записку',
      'я повешусь на выходных',
      'я выпилюсь скоро',
      "I've decided I'm going to kill myself this weekend",
      'i bought a rope, i know how i will do it',
      'wrote my goodbye letter to my family',
      "i've been stockpiling pills",
    ],
  ],
  [
    'active_ideation',
    [
      'хочу умереть',
      'Хочууу сдохнуть',
      'так хочется просто уже умереть',
      'хочется выпилиться',
      'хочу роскомнадзорнуться',
      'думаю о суициде каждый день',
      'у меня суицидальные мысли',
      'хочу уйти из жизни',
      'хочу наложить на себя руки',
      'I want to kill myself',
      'i wanna die',
      'kms',
      'thinking about unaliving myself',
      'i want to commit sewerslide',
      'thinking of catching the bus tbh',
      "i'm so suicidal today",
    ],
  ],
  [
    'farewell',
    [
      'прощайте все, спасибо за всё',
      'это моё последнее сообщение',
      'когда вы это прочитаете, меня уже не будет',
      'скажите маме, что я её любила',
      'больше вы меня не увидите',
      'goodbye everyone, thank you for everything',
      'this is my last message',
      "by the time you read this i'll be gone",
      'please take care of my cat for me',
    ],
  ],
  [
    'self_harm',
    [
      'я режу себе руки',
      'опять порезала руки',
      'порезалась специально',
      'режусь уже год',
      'наглоталась таблеток вчера',
      'наглотался таблеток',
      'передознулась на выходных',
      'прижигаю себя сигаретой',
      'I cut myself again last night',
      "i've been cutting myself",
      'i overdosed last weekend',
      'i took too many pills yesterday',
      'burned myself on purpose',
      'struggling with self-harm',
    ],
  ],
  [
    'passive_ideation',
    [
      'лучше бы я не родилась',
      'лучше бы я не родился',
      'всем будет лучше без меня',
      'хочу уснуть и не проснуться',
      'не хочу больше жить',
      'зачем я вообще живу',
      'устала жить',
      'I wish I was dead',
      'everyone would be better off without me',
      "i don't want to be alive anymore",
      "what's the point of living",
      'i hope i never wake up',
    ],
  ],
  [
    'third_party',
    [
      'подруга хочет покончить с собой',
      'брат режет себе руки',
      'сестра говорит, что не хочет жить',
      'боюсь, что друг что-нибудь с собой сделает',
      'my friend wants to kill herself',
      'my brother has been cutting himself',
      'i think my girlfriend is suicidal',
      'my sister tried to overdose',
    ],
  ],
]

describe('detectCrisis v2 rules', () => {
  for (const [category, texts] of positives) {
    it.each(texts)(`when someone writes %j, then the most urgent category is ${category}`, (text) => {
      const r = rules(text)
      expect(r).toMatchObject({ hit: true, category, source: 'lexicon' })
    })
  }

  it('when a message has several categories, then all are listed, most urgent first, with its severity', () => {
    const r = rules('я решила, сегодня ночью покончу с собой. прощайте все')
    expect(r.hit && r.categories).toEqual(['imminent', 'intent', 'farewell'])
    expect(r.hit && r.severity).toBe('critical')
  })

  it('when a first-person phrase sits inside a third-party one, then only the third party is reported', () => {
    const r = rules('подруга хочет покончить с собой')
    expect(r.hit && r.categories).toEqual(['third_party'])
  })

  const forms: [string, string[]][] = [
    [
      'overdose, every tense and gender',
      ['наглоталась', 'наглотался', 'наглотаюсь', 'передознулся', 'передознулась'],
    ],
    ['cutting', ['режу себя', 'резала себя', 'порезала себя', 'порежу себя', 'изрезала себя']],
    ['suicide verbs', ['хочу покончить с собой', 'покончу с собой', 'хочется покончить с собой']],
  ]
  it.each(forms)('when %s appear in other word forms, then each is a hit', (_name, texts) => {
    for (const t of texts) expect(rules(t).hit, t).toBe(true)
  })
})

describe('detectCrisis v2 normalisation', () => {
  it.each([
    ['xoчy yмepeть', 'Latin look-alikes inside Cyrillic words'],
    ['хочуууу умеретьььь', 'stretched letters'],
    ['хочуумереть', 'missing spaces'],
    ['i want to k1ll mys3lf', 'leetspeak'],
    ['iwanttodie', 'glued English'],
    ['ХОЧУ УМЕРЕТЬ', 'capitals'],
    ['покончу с собой, всё решено', 'punctuation'],
    ['whaaat is the point of liiiving', 'stretched Latin letters'],
  ])('when someone writes %j (%s), then it is still a hit', (text) => {
    expect(rules(text).hit).toBe(true)
  })

  it('when text mixes scripts and ё, then tokens come out in one script with е', () => {
    expect(tokenize('Ёлки, xoчy').map((t) => t.text)).toEqual(['елки', 'хочу'])
    expect(analyse('таблетки').map((t) => t.stem)).toEqual(analyse('таблетками').map((t) => t.stem))
  })
})

describe('detectCrisis v2 scope rules (hard negatives)', () => {
  const negatives: [string, string[]][] = [
    [
      'negation in the same clause',
      [
        'не хочу умирать, просто тяжело',
        'я не собираюсь убивать себя, не переживай',
        'суицидальных мыслей нет',
        'нет мыслей о суициде',
        "I'm not suicidal, just tired",
        "I don't want to die",
        "i'm not going to hurt myself",
        'I would never kill myself',
      ],
    ],
    [
      'past and resolved',
      [
        'раньше думала о суициде, сейчас всё хорошо',
        'в школе резала руки, но это давно позади',
        'I used to want to die, but now I am fine',
        'years ago i self harmed but i have been clean since',
      ],
    ],
    [
      'films, books, news, games',
      [
        'в фильме герой покончил с собой',
        'читаю книгу, где героиня хочет умереть',
        'в новостях писали про самоубийство',
        'the main character kills himself at the end of the book',
        'news says suicide rates went up',
        'i killed myself in minecraft lol',
      ],
    ],
    [
      'idioms and hyperbole',
      [
        'этот отчёт убил весь день',
        'умираю со смеху',
        'хочу умереть со стыда',
        'мама меня убьёт',
        'this traffic is killing me',
        "i'm dying to see it",
        'i could kill for a coffee',
        "i'm so embarrassed i want to die of embarrassment",
        'боюсь умереть',
      ],
    ],
    [
      'everyday talk this product hears',
      [
        'я так устала, работа выжимает',
        'бабушка умерла месяц назад, скучаю',
        'врач поднял дозу антидепрессантов',
        'выпила таблетку от головы, помогло',
        'хочу уволиться',
        'не хочу жить с родителями',
        'я умер пять раз на этом боссе',
        'i died five times on that boss',
        'how many ibuprofen can i take',
        'my grandpa passed away',
        'goodbye for now, talk tomorrow!',
        'this is my last message for today',
        'меня не будет в сети до понедельника',
        'I cut my finger while cooking',
      ],
    ],
    [
      'an accident, not self-harm',
      ['порезалась об стекло случайно', 'нечаянно порезал руку ножом', 'accidentally cut my arm on a fence'],
    ],
    [
      'a joke retracted in so many words',
      ['пойду повешусь. шучу, пойду спать', 'ща выпилюсь, шутка', 'gonna kill myself lol jk'],
    ],
    [
      'company or leisure on a roof or a bridge',
      ['сидим на крыше с друзьями, жарим шашлыки', 'we are on the roof with friends watching the fireworks'],
    ],
    [
      'an ordinary goodbye that says where or until when',
      [
        'прощайте, я в отпуск на две недели',
        'всё, всем пока навсегда из этого чата, переезжаю в новый',
        "goodbye everyone, i'm off to the mountains till monday",
      ],
    ],
    [
      'resolution words on their own',
      [
        'были мысли о суициде, сейчас ремиссия',
        'the thoughts of killing myself went away after therapy',
        'тот период, когда хотелось умереть, прошел',
        'two years self harm free',
      ],
    ],
    [
      'hyperbole about a thing, an effort or a pet',
      [
        'от этой духоты хочется сдохнуть',
        'this humidity makes me want to die',
        'я сдохну на этой тренировке',
        "i'll die on this hike",
        'мой кот суицидник, опять на шкафу',
        'my dog is suicidal around cars',
      ],
    ],
    [
      'everyday purchases and questions about doses',
      [
        'купила бритвы и пену в магазине',
        'i have my pills in my bag',
        'can you overdose on vitamin c?',
        'можно ли передознуться витамином д',
        'наглоталась воды, когда училась нырять',
        'режу себе ногти',
      ],
    ],
  ]
  negatives.push(
    [
      'a denial after the phrase',
      ['суицидальные мысли? у меня их нет', 'she asked about suicidal thoughts, i dont have any'],
    ],
    [
      'leaving a chat, a group, a project or a job',
      [
        'самовыпилилась из всех групп',
        'спасибо за всё, ребята, я ухожу из команды',
        'removed myself from the group chat',
      ],
    ],
    [
      'things one "dies" without, shelves one hangs, food one cuts',
      [
        'подруга говорит что умрет без шоколада',
        'my bf says hell die without pizza',
        'муж повесит полку завтра',
        'dad is cutting meat for dinner',
        'tests are killing my self esteem',
      ],
    ],
    [
      'a past or leisurely place, not imminent',
      [
        'i once stood on a roof, now i go there to paint',
        'сижу на подоконнике и читаю книгу',
        'реп про суицид, слушаю на повторе',
      ],
    ],
  )
  negatives.push([
    'ending a habit, a week or a job',
    [
      'хочу покончить с курением раз и навсегда',
      'скорее бы эта неделя закончилась',
      'i just want this shift to end',
      'стою на краю сцены, волнуюсь',
      'друг написал прощальное сообщение в рабочий чат, уходит в другую компанию',
    ],
  ])
  negatives.push([
    "someone else's death, study and volunteering, a diet, a kind of life",
    [
      'думаю о смерти дедушки, он в больнице',
      'как пережить самоубийство друга?',
      'пишу курсовую про профилактику суицида',
      'опять сорвалась с диеты',
      'устала от жизни в общаге',
      'tired of city life, want a farm',
    ],
  ])
  negatives.push([
    'negation of the frame, after the phrase, or as an answer; an age or a memory',
    [
      'не то чтобы я хотела умереть, просто всё достало',
      "it's not that i want to die, i'm just exhausted",
      'о суициде не думаю, просто грустно',
      'резать себя не буду, обещаю',
      'суицид? нет, ты что',
      'suicide? no way',
      'zero thoughts of death, just tired',
      'помню как в 16 хотелось умереть, сейчас всё иначе',
      'i remember wanting to die at 15, its different now',
      'тогда я хотела умереть, теперь нет',
      'the depression lifted and the thoughts of death too',
    ],
  ])
  negatives.push([
    'leaving a job, fresh air on a balcony',
    ['решила уйти с работы, завтра скажу', 'вышла на балкон подышать'],
  ])
  const stillHits: [string, string][] = [
    ['«решила уйти» with no destination', 'я решила уйти, так всем будет легче'],
    ['gas and lying down', 'turned on all the gas and lay down'],
    ['newer slang', 'хочу самоудалиться'],
    ['newer slang in English', 'thinking about how to self delete'],
    ['«вечным сном»', 'хочу уснуть вечным сном'],
    ['"the big sleep"', 'cant wait for the big sleep'],
    ['lines on an arm', 'did some lines on my arm again'],
    ['a clock time, not an age', 'сегодня в 23 ночи я покончу с собой'],
    ['"i don\'t think i can" (not a negated frame)', "i don't think i can go on, i want to die"],
    ['tired of life itself', 'устала от жизни, не хочу больше'],
    ['"tired of my life"', "i'm so tired of my life"],
    ['«покончить с собой» next to a habit word', 'хочу покончить с собой, а не с курением'],
    ['a youth spelling', 'хачу сдохнуть'],
    ['«-цца» for «-ться»', 'хочу порезацца'],
    ['«б» for «бы»', 'лучше б я сдохла'],
    ['a dropped letter', 'i wnna die'],
    ['a swapped letter in myself', 'cut myslef again'],
    ['a denial that is about something else', 'хочу умереть, а таблеток у меня нет'],
    ['an end with an apology', 'this is the end, im sorry'],
    ['a joke marker that is itself negated', 'я повешусь, я не шучу'],
    ['"not kidding"', "i'm going to kill myself, i'm not kidding"],
    ['loneliness as the cause', 'от одиночества хочется умереть'],
    ['a conjunction ending a negation', 'я никому не нужна и лучше бы меня не было'],
    ['a restrictive particle ending a negation', 'не хочу ничего, только сдохнуть'],
    ['"just" ending a negation', "i don't want anything anymore, just to die"],
    ['a wish about the past (not a past report)', 'лучше бы я умерла в детстве'],
    ['rather die than live like this', "i'd rather die than live like this"],
  ]
  it.each(stillHits)('when the text has %s, then it is still a hit: %j', (_why, text) => {
    expect(detectCrisis(text).hit).toBe(true)
  })
  for (const [kind, texts] of negatives) {
    it.each(texts)(`when someone writes %j (${kind}), then it is not a hit`, (text) => {
      expect(detectCrisis(text).hit).toBe(false)
    })
  }
})

describe('detectCrisis v2 classifier stage', () => {
  it('when the rules miss a misspelt crisis line, then the model may still flag it (source model)', () => {
    const text = 'я залезла на последний этаж, сейчас сделаю шаг'
    expect(rules(text).hit).toBe(false)
    expect(detectCrisis(text)).toMatchObject({ hit: true, source: 'model', term: 'model' })
  })

  it('when a rule was vetoed by a scope rule, then the model is not asked', () => {
    expect(detectCrisis('раньше хотела умереть, сейчас всё хорошо').hit).toBe(false)
  })

  it('when a message has no death/harm/farewell word and is an everyday wish, then the model stays quiet', () => {
    expect(detectCrisis('хочу уволиться и уехать').hit).toBe(false)
    expect(detectCrisis('i want to move out').hit).toBe(false)
  })

  it('when text is empty or whitespace, then it is not a hit', () => {
    expect(detectCrisis('')).toEqual({ hit: false })
    expect(detectCrisis('   ')).toEqual({ hit: false })
  })
})
