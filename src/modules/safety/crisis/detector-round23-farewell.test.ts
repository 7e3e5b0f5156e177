import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'

// round 23 (crisis23fw, issue #12): farewells that a scope rule cancelled as an ordinary leaving although the writer
// denies the leaving's ordinary sense, and farewells with their settling up that the classifier cancelled on its word
const rulesOnly = (text: string) => detectCrisisV2(text, { model: false }).hit
/** A classifier that reads every message and sentence as none with P(none) = 1 − eps. */
const noneAt = (eps: number) => stubModel({ none: Math.log((7 * (1 - eps)) / eps) })
const withNone = (text: string) => detectCrisisV2(text, { model: noneAt(1e-8) }).hit

describe('round 23: a goodbye whose ordinary sense is denied is no ordinary leaving', () => {
  it.each([
    'я прощаюсь. не в смысле до завтра',
    'всем пока. не в смысле до завтра, а совсем пока',
    'удаляю аккаунт и ухожу. не из чата, совсем. прощайте, хорошие люди',
    'im leaving for good and i dont mean moving cities',
    "i'm leaving for good. not just this app",
  ])('%s', (text) => {
    expect(rulesOnly(text)).toBe(true)
  })
})

describe('round 23: an ordinary leaving still cancels the goodbye', () => {
  it.each([
    'всем пока, до завтра',
    'всем пока, не скучайте, я до завтра',
    'прощайте, переезжаю в другой чат',
    'ухожу из чата, всем пока',
    'позаботься о моих цветах пока я в отпуске, ладно? поливать раз в 3 дня',
    "goodbye everyone, i'm leaving for Berlin tomorrow",
    'bye all, going camping till monday',
  ])('%s', (text) => {
    expect(rulesOnly(text)).toBe(false)
  })
})

describe('round 23: a farewell with its settling up is not cancelled on the classifier word alone', () => {
  it.each([
    'Кредитку закрыл, ключи от гаража у соседа. Сына только жалко, скажите ему что папа гордился',
    'Everything’s in order with the solicitor. Have a drink for me and then get on with your life',
    "if i dont reply tomorrow, don't worry. i'm finally resting",
    'я прощаюсь. не в смысле до завтра',
  ])('%s', (text) => {
    expect(rulesOnly(text)).toBe(true)
    expect(withNone(text)).toBe(true)
  })
})

describe('round 23: a goodbye with no settling up is still the classifier’s to cancel', () => {
  it.each(['goodbye forever, dreaded 8am class! finally graduated 🎓🎓'])('%s', (text) => {
    expect(rulesOnly(text)).toBe(true)
    expect(withNone(text)).toBe(false)
  })
})
