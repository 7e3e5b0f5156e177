import { describe, expect, it } from 'vitest'
import { analyse } from './analyse.js'
import { CRISIS_LIMITS, detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'

const stemOf = (word: string) => `s:${analyse(word)[0]!.stem}`

// round 20 (issue #12, batch 30): the classifier's features add up over a long message, so a few everyday
// sentences make the whole read as near-certain `none` whatever one sentence says
describe('round 20: a rule hit in a long message is judged by its own sentence', () => {
  // «дача» pushes the whole message to P(none) ≈ 1 − 1e-13; the hit's sentence alone reads P(none) ≈ 0.5
  const everydayElsewhere = stubModel({ none: 0 }, { [stemOf('дача')]: { none: 30 } })
  const limits = { ...CRISIS_LIMITS, ruleOverrideSentenceNone: 0.9 }

  it('when the everyday words sit in another sentence, then the classifier does not cancel the hit', () => {
    const text = 'У нас новая дача у озера. Постоянно думаю о суициде.'
    expect(detectCrisisV2(text, { model: everydayElsewhere, limits }).hit).toBe(true)
  })

  it('when the check is off, then the whole message decides as before (the hit is cancelled)', () => {
    const text = 'У нас новая дача у озера. Постоянно думаю о суициде.'
    const off = { ...limits, ruleOverrideSentenceNone: 0 }
    expect(detectCrisisV2(text, { model: everydayElsewhere, limits: off }).hit).toBe(false)
  })

  it("when the everyday words are in the hit's own sentence, then the classifier still cancels it", () => {
    const text = 'Постоянно думаю о суициде, а потом еду на дачу. Вот такие выходные.'
    expect(detectCrisisV2(text, { model: everydayElsewhere, limits }).hit).toBe(false)
  })

  it('when the message gives a reason to doubt the hit (told as past), then the whole message still decides', () => {
    const text = 'Раньше постоянно думала о суициде, но это было давно. Теперь у нас дача у озера.'
    expect(detectCrisisV2(text, { model: everydayElsewhere, limits }).hit).toBe(false)
  })

  it('when a husband hides a hose and tape and the shipped limits apply, then the third-party hit stands', () => {
    const text =
      'Муж третий месяц без работы. Сегодня нашла в его машине шланг и скотч. Он сказал, что для дачи. У нас нет дачи.'
    expect(detectCrisisV2(text, { model: everydayElsewhere }).hit).toBe(true)
  })
})

describe('round 20: a near-certain crisis sentence stands for a long everyday message', () => {
  // the whole reads P(none) ≈ 1 − 3e-7 (past sentenceContextMaxNone), the wish's sentence P(none) ≈ 1e-11
  const model = stubModel(
    { none: 0 },
    { [stemOf('однушке')]: { none: 40 }, [stemOf('шевелиться')]: { passive_ideation: 25 } },
  )
  const text = 'После развода живу в съёмной однушке. Иногда хочется просто лежать и не шевелиться, навсегда.'

  it('when sentenceStrongMaxNone is set, then the buried wish is a hit', () => {
    const limits = { ...CRISIS_LIMITS, sentenceStrongMaxNone: 1e-5 }
    expect(detectCrisisV2(text, { model, limits })).toMatchObject({ hit: true, category: 'passive_ideation' })
  })

  it('when it is off, then the whole message decides (no hit)', () => {
    const limits = { ...CRISIS_LIMITS, sentenceStrongMaxNone: 0 }
    expect(detectCrisisV2(text, { model, limits }).hit).toBe(false)
  })
})

describe('round 20: alive and well now dismisses a classifier-only wish', () => {
  const wishModel = stubModel({ none: -5, passive_ideation: 2 })

  it('when the writer says they are alive and even happy now, then a classifier-only wish is no hit', () => {
    const text = 'i never thought id make it to 25. im 27 and alive and even happy sometimes'
    expect(detectCrisisV2(text, { model: wishModel }).hit).toBe(false)
  })

  it('when a contrast follows the alive-and-well words, then the classifier keeps its say', () => {
    const text = 'im 27 and alive and even happy sometimes, but lately i keep hoping i just wont wake up'
    expect(detectCrisisV2(text, { model: wishModel }).hit).toBe(true)
  })
})
