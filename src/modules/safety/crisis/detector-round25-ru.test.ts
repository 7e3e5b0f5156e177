import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'
import { withoutPartnerWords } from './partner-words.js'
import { describeRuleFamilies, ruleIds } from './rule-families.testkit.js'

// round 25 (crisis25ru, issue #12): Russian indirect farewells, passive wishes, plans, hunger as punishment and someone
// else's giving away told with worry (rules-ru-round25.ts); replies in a peer chat that quote the partner's words or
// advise the partner (partner-words.ts, vetoes-round25-ru.ts). Wording new, not the batches'.
const noneModel = stubModel({ none: 5 })

describeRuleFamilies('round 25: Russian rule families and their twins', [
  [
    'раздаю мне уже ничего не пригодится',
    [
      'раздаю свою одежду девчонкам, мне уже ничего не понадобится',
      'забирайте мои диски. мне больше ничего из этого не пригодится',
      'отдала ноутбук брату. мне это всё скоро будет не нужно',
    ],
    [
      'отдам даром коляску, мне ничего не нужно взамен',
      'мне больше ничего не понадобится, спасибо, пакет не нужен',
      'раздаю рассаду, она мне больше не нужна',
    ],
  ],
  [
    'присмотрите за ней меня не будет',
    [
      'позаботьтесь о моём хомяке, меня скоро не станет',
      'присмотри за бабушкой. она одна останется',
      'кто приютит моего пса? больше некому будет его выгуливать',
    ],
    [
      'присмотри за котом, меня не будет неделю',
      'папа один остаётся на выходные, присмотри за ним',
      'присмотрите за сыном, он один останется до вечера',
    ],
  ],
  [
    'спасибо что были обнимаю каждого',
    [
      'спасибо что слушали меня все эти месяцы. больше не приду',
      'берегите себя. спасибо, что были',
      'спасибо вам. у меня нет сил бороться, обнимаю всех',
    ],
    ['спасибо что были на нашем празднике, обнимаю!', 'спасибо что слушали, приду ещё в четверг'],
  ],
  [
    'всем написала спасибо пора',
    [
      'разослал всем по сообщению с благодарностью. это прощание',
      'каждому другу написал спасибо. ну всё, пора',
    ],
    [
      'написала свекрови спасибо за всё. ну всё, пора спать',
      'всем написал спасибо за поздравления, пора спать',
    ],
  ],
  [
    'попрощаться не как обычно',
    ['прощаюсь с вами, и не как всегда до завтра', 'пока. не как обычно, понимаете?'],
    ['пока, не как обычно до завтра, а до понедельника', 'пока, я не как обычно на машине, а на автобусе'],
  ],
  [
    'скоро волноваться будет не о чем',
    ['не переживайте за меня. скоро переживать будет не о ком'],
    ['не волнуйся обо мне, скоро всё будет отлично'],
  ],
  [
    'ни домой ни жить',
    ['не хочется ничего: ни есть, ни спать, ни жить', 'не хочу ни работать ни существовать'],
    ['не хочу ни учиться, ни жить с родителями', 'не хочу ни есть, ни жить в этом общежитии'],
  ],
  [
    'облегчение что не доживу',
    ['какое облегчение, что я не доживу до пенсии', 'надеюсь не дотяну до весны'],
    ['боюсь не дожить до пенсии', 'врачи говорят я не доживу до 70 если не брошу курить'],
  ],
  [
    'я свою часть прожила',
    ['я свой век прожил, хватит', 'свою жизнь я прожила, пора и честь знать'],
    ['я свою жизнь прожила не зря', 'я свою часть работы сделала'],
  ],
  [
    'сделаю никто не хватится',
    ['сделаю это на даче, там меня никто не хватится'],
    ['возьму твою зарядку, никто не хватится'],
  ],
  [
    'меня никто не хватится',
    ['если пропаду, меня даже никто не хватится'],
    ['меня никто не хватится на работе до обеда'],
  ],
  [
    'не ем заслужила',
    [
      'уже четвёртый день не ем. так мне и надо, заслужила',
      'не буду есть до пятницы, в наказание за сегодняшнее',
    ],
    ['не ем мясо. заслужила отпуск, кстати', 'голодаю 16/8, минус три кило'],
  ],
  [
    'без сх сорвалась',
    ['три недели без порезов и вот сорвался', 'сорвалась вчера, а было 60 дней без селфхарма'],
    ['месяц без сладкого, сорвалась на торт', 'полгода без сх, горжусь собой'],
  ],
  [
    'сын раздал вещи волноваться',
    [
      'дочка раздала подругам все свои украшения. я волнуюсь',
      'брат раздал долги и попрощался со всеми, мне тревожно',
    ],
    [
      'бабушка раздала соседям банки с вареньем, они довольны',
      'сын отдал свою приставку другу, купил себе новую',
    ],
  ],
  [
    'отложенная отправка не плачьте',
    ['письма для каждого запланировала на утро. не хочу чтоб вы грустили'],
    ['не хочу чтобы ты плакала из-за него', 'поставила отложенную отправку поздравлений каждому на утро'],
  ],
  [
    'после этого сообщения удалю',
    ['после этого поста исчезну. живите долго'],
    ['после этого сообщения удалю чат, слишком много уведомлений', 'после этого сообщения иду спать'],
  ],
  [
    'думаю а если прыгнуть',
    ['на мосту всё время думаю: а что если шагнуть'],
    ['думаю, а если прыгнуть с парашютом на день рождения'],
  ],
  [
    'все равно есть я или нет',
    ['мне уже без разницы, жива я или нет'],
    ['мне всё равно, есть ли у нас сахар'],
  ],
  [
    'вернулась к лезвию',
    ['резинка на запястье не помогла, снова вернулся к порезам'],
    ['вернулась к лезвию для бритья, станок натирает'],
  ],
  [
    'знай что ты мне помог прощай',
    ['знайте, что вы мне очень помогли тогда. прощайте'],
    ['знай, что ты мне помог с переездом! прощай, старый диван'],
  ],
  [
    'лучше себя убить чем так',
    ['лучше уж убить себя, чем так мучиться'],
    ['лучше уж убить комара, чем всю ночь не спать'],
  ],
  [
    'не страшно умереть страшно жить',
    ['умирать не страшно, страшно дальше так жить'],
    ['не страшно умереть в игре, страшно потерять сохранение'],
  ],
  [
    'спокойной ночи последней',
    ['всем доброй ночи. последней'],
    ['спокойной ночи, последний раз пишу из общаги'],
  ],
  [
    'все продумано в субботу никому не говорите',
    ['всё решено. на выходных. никому не пишите'],
    ['всё продумано, в субботу, никому не говорите — это сюрприз'],
  ],
])

describe('round 25: an intent told by a plan and a last week is a hit', () => {
  it.each([
    'план есть, не спрашивайте какой. это мои последние выходные',
    'я решил. это мой последний месяц',
  ])('when «%s» is written, then the rules alone make it an intent hit', (text) => {
    expect(detectCrisisV2(text, { model: noneModel })).toMatchObject({ hit: true, category: 'intent' })
  })
  it.each(['план такой: это моя последняя неделя в офисе', 'решила, что это мой последний месяц без спорта'])(
    'when «%s» is written, then the family leaves it alone',
    (text) => {
      expect(ruleIds(text)).not.toContain('есть план моя последняя неделя')
    },
  )
})

describe('round 25: not being afraid to die is no idiom of fear', () => {
  it('when «умирать мне не страшно, страшно так жить дальше» is written, then it is a hit', () => {
    expect(detectCrisisV2('умирать мне не страшно, страшно так жить дальше', { model: noneModel }).hit).toBe(
      true,
    )
  })
  it('when «боюсь умереть от этой прививки» is written, then it is still no hit', () => {
    expect(detectCrisisV2('боюсь умереть от этой прививки').hit).toBe(false)
  })
})

describe('round 25: the rules alone keep these farewells against a classifier that says none', () => {
  it.each([
    'всем доброй ночи. последней',
    'прощаюсь с вами, и не как всегда до завтра',
    'кто приютит моего пса? больше некому будет его выгуливать',
  ])('when «%s» is written, then it is a farewell hit', (text) => {
    expect(detectCrisisV2(text, { model: noneModel })).toMatchObject({ hit: true, category: 'farewell' })
  })
})

describe("round 25: the chat partner's words quoted back to them are theirs", () => {
  it.each([
    ['ты написала «хочу умереть». я рядом, давай поговорим', 'ты написала …. я рядом, давай поговорим'],
    ['"nobody would miss me" — that\'s your depression talking', "… — that's your depression talking"],
  ])('when «%s» is read, then the quote is left out', (text, left) => {
    expect(withoutPartnerWords(text)).toBe(left)
  })

  it.each([
    'ты написала «хочу умереть». я рядом, давай поговорим',
    'вы говорите «не хочу жить» — а что именно сейчас тяжелее всего?',
    'you told me "I want to kill myself" last night. talk to me, I am here',
    '"nobody would miss me" — that\'s your depression talking, not the truth',
  ])('when a reply quotes the partner («%s»), then it is no hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(false)
  })

  it.each([
    // the writer joins in, or quotes their own words, or the addressee only asked
    'ты писала «хочу исчезнуть навсегда» — у меня тоже так, каждый вечер',
    'я тебе писала «хочу умереть», ты не ответил',
    'ты помнишь я тебе писала «хочу умереть». так вот, это не прошло',
    'you know I wrote "I want to die" last week. it has not gone away',
    'ты спрашивала, хочу ли я умереть. да, хочу',
  ])("when the words are the writer's own («%s»), then it is still a hit", (text) => {
    expect(detectCrisisV2(text).hit).toBe(true)
  })
})

describe('round 25: advice to the partner and a figure of speech named', () => {
  it.each([
    'тебе не надо себя резать из-за оценок, слышишь',
    'ты не обязан хотеть умереть из-за долгов, это решаемо',
    "you really shouldn't want to die over one exam",
    'я про «сдохнуть хочу» в переносном смысле, просто устала от отчётов',
  ])('when «%s» is written, then it is no hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(false)
  })

  it.each([
    'ты не должна меня отговаривать, я хочу умереть',
    'вы не должны меня спасать, я решила покончить с собой',
    'это не образно, я правда хочу сдохнуть',
    'ты писала «хочу умереть» — я тоже, каждый день',
  ])('when «%s» is written, then it is still a hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(true)
  })
})

describe('round 25: a settled-up plan with its date (en, lost by the retrain) is an intent hit', () => {
  it('when accounts are cancelled, more is settled and a date named, then the rules alone make it an intent', () => {
    const text =
      'cancelled my phone contract, emptied the flat, left the cat with mum. the 14th, after the wedding is over'
    expect(detectCrisisV2(text, { model: noneModel })).toMatchObject({ hit: true, category: 'intent' })
  })
  it('when no date is named, then the rules leave it alone', () => {
    const text = 'cancelled my subscriptions and emptied the fridge for a month abroad'
    expect(detectCrisisV2(text, { model: noneModel }).hit).toBe(false)
  })
})
