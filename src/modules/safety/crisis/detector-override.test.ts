import { describe, expect, it } from 'vitest'
import { analyse } from './analyse.js'
import { detectCrisisV2, ownWish, quotedWish } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'
import { matchRules } from './rules.js'

/** A classifier whose P(none) is `1 - eps` on every message (the 7 crisis classes share the rest). */
const noneAt = (eps: number) => stubModel({ none: Math.log((7 * (1 - eps)) / eps) })

describe('issue #12: how sure the classifier must be to cancel a rule hit', () => {
  // model18: limits 1 − 1e-7 and, for a wish, 1 − 1e-9 (were 1 − 1e-5 and 1 − 1e-7) for the dropout-0.5 classifier
  it('when P(none) is 1 − 3e-7, then a rule hit stands (the override needs P(none) > 1 − 1e-7)', () => {
    expect(detectCrisisV2('постоянно думаю о суициде', { model: noneAt(3e-7) }).hit).toBe(true)
  })

  it('when P(none) is 1 − 1e-8, then a rule hit that is not a wish of the writer is cancelled', () => {
    expect(detectCrisisV2('постоянно думаю о суициде', { model: noneAt(1e-8) }).hit).toBe(false)
  })

  it("when P(none) is 1 − 1e-8, then the writer's own wish to die still stands", () => {
    expect(detectCrisisV2('хочу умереть', { model: noneAt(1e-8) }).hit).toBe(true)
    expect(detectCrisisV2('i want to kill myself', { model: noneAt(1e-8) }).hit).toBe(true)
  })

  it('when P(none) is 1 − 1e-11 and nothing in the message gives a reason to doubt it, then a wish still stands', () => {
    expect(detectCrisisV2('хочу умереть', { model: noneAt(1e-11) }).hit).toBe(true)
    expect(detectCrisisV2('i want to kill myself', { model: noneAt(1e-11) }).hit).toBe(true)
  })

  it('when the wish is in quotation marks, then the classifier cancels it at the cued limit (P(none) > 1 − 1e-6)', () => {
    const text = 'норм, я просто написала «хочу сдохнуть» в чат класса про контрольную'
    expect(detectCrisisV2(text, { model: noneAt(3e-7) }).hit).toBe(false)
    expect(detectCrisisV2(text, { model: noneAt(3e-6) }).hit).toBe(true)
  })
})

describe('issue #12 (crisis18fp): a reason in the message to doubt a rule hit', () => {
  // the cued limit 1 − 1e-6 (was 1 − 1e-4 before model18's dropout-0.5 classifier, ~100 times surer)
  it('when another hit in the message is negated and P(none) is 1 − 3e-7, then the rule hit is cancelled', () => {
    const text = 'i dont want to die, just want this to stop hurting'
    expect(detectCrisisV2(text, { model: noneAt(3e-7) }).hit).toBe(false)
    expect(detectCrisisV2(text, { model: noneAt(3e-6) }).hit).toBe(true)
  })

  it('when the message names a wedding being planned and P(none) is 1 − 3e-7, then a wish to be over is cancelled', () => {
    const text = 'i have been planning my wedding for a year and now i just want it to be over lol'
    expect(detectCrisisV2(text, { model: noneAt(3e-7) }).hit).toBe(false)
  })

  it('when the only cue is medical talk, then the wish to die stands at P(none) 1 − 3e-7', () => {
    const text =
      'Всё, хватит. Хочу умереть. Не могу больше терпеть боль в спине, 8 лет уже, ни один врач не помог'
    expect(detectCrisisV2(text, { model: noneAt(3e-7) }).hit).toBe(true)
  })
})

describe('issue #12: a wish word inside quotation marks', () => {
  it.each([
    'я просто написала «хочу сдохнуть» в чат класса',
    'i said "i want to die" because my mom posted my baby photos',
    'он пишет „хочу умереть“ под каждым мемом',
  ])('when someone writes "%s", then the wish is quoted', (text) => {
    expect(quotedWish(text)).toBe(true)
  })

  it.each([
    'хочу умереть',
    'посмотрели «Зелёную милю», хочу плакать',
    'i want to die',
    'he said "see you tomorrow" and left',
  ])('when someone writes "%s", then no wish is quoted', (text) => {
    expect(quotedWish(text)).toBe(false)
  })
})

describe("issue #12: a rule hit worded as the writer's own wish", () => {
  const wish = (text: string) => {
    const toks = analyse(text)
    return matchRules(toks).hits.some((h) => ownWish(toks, h))
  }

  it.each([
    'мне хочется умереть',
    'i want to kill myself',
    'я не хочу жить',
    'тайно надеюсь что не поправлюсь',
  ])('when someone writes "%s", then the hit is their own wish', (text) => {
    expect(wish(text)).toBe(true)
  })

  it.each([
    'our new puppy is pretty sure he wants me dead',
    'постоянно думаю о суициде',
    'can`t stop thinking about killing myself',
  ])('when someone writes "%s", then the hit is no wish word', (text) => {
    expect(wish(text)).toBe(false)
  })
})

describe('issue #12: dev lines the shipped classifier no longer cancels, and ones it still does', () => {
  it.each([
    'ты можешь просто выслушать? мне хочется умереть, прям сейчас хочется, не завтра не когда-нибудь',
    "i want to kill myself. that's it, that's the message. i don't know what i expect you to say. i'm just so tired of carrying it around alone",
    'Всё, хватит. Хочу умереть. Не могу больше терпеть боль в спине, 8 лет уже, ни один врач не помог',
    'Муж третий месяц без работы. Сегодня нашла в его машине шланг и скотч. Он сказал, что для дачи. У нас нет дачи.',
    'the self harm urges are back since i moved here alone. i cut once this week',
    'когда болею, тайно надеюсь что не поправлюсь. вот сейчас температура 39, а я даже жаропонижающее пить не хочу. пусть идёт как идёт',
  ])('when someone writes "%s", then it is a hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(true)
  })

  it.each([
    'норм, я просто написала «хочу сдохнуть» в чат класса про контрольную, а классуха вызвала к психологу. поговорили, все ок, я правда просто бесилась',
    'don\'t worry about me lol, i said "i want to die" because my mom posted my baby photos on facebook',
    "If I have to sit through one more meeting that could have been an email I'm gonna jump out the window lol",
    'брат сказал «лучше б я сдох чем идти к стоматологу», и пошёл, и всё норм, пломбу поставили',
    'помогите пережить последнюю неделю перед дипломом, я сплю по 4 часа, всё валится из рук. не хочу ничего плохого, просто хочу чтобы всё закончилось — в смысле защита',
    "a year ago i wanted to kill myself every day. now i'm planning my wedding. it does get better, i promise. if you're in it right now, hang on",
  ])('when someone writes "%s", then it stays no hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(false)
  })
})
