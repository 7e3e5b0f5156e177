import { describe, expect, it } from 'vitest'
import { CRISIS_LIMITS, detectCrisisV2 } from './detector.js'
import { stubModel as model } from './detector-v3.testkit.js'

describe('crisis4: someone else’s completed suicide told as a loss', () => {
  // P(third_party) ≈ 0.96: a hit where nothing vetoes, but not near-certain
  const fairlySure = model({ third_party: 3 })

  it.each([
    'мой друг покончил с собой',
    'мой друг покончил... нет, он уехал',
    'my uncle killed himself when i was nine',
    'her brother took his own life in march',
  ])('when someone writes "%s", then the classifier alone raises no hit', (text) => {
    expect(detectCrisisV2(text, { model: fairlySure }).hit).toBe(false)
  })

  it.each(['мой друг не выходит из комнаты третий день и раздаёт вещи', 'вчера чуть не покончила с собой'])(
    'when someone writes "%s", then the same classifier raises a hit',
    (text) => {
      expect(detectCrisisV2(text, { model: fairlySure }).hit).toBe(true)
    },
  )
})

describe('crisis4: a long message is also read sentence by sentence', () => {
  // «zzplan» stands for a crisis sentence the classifier is sure of; «pasta» for everyday talk around it
  const vent = 'work was long and my boss yelled again. zzplan ok tonight. then i cooked pasta and watched tv'
  const sure = model({ none: 2 }, { 's:zzplan': { intent: 12 }, 's:pasta': { none: 14 } })

  it('when one sentence is a near-certain crisis inside everyday ones, then it is a hit', () => {
    const r = detectCrisisV2(vent, { model: sure })
    expect(r.hit && r.category).toBe('intent')
    expect(r.hit && r.source).toBe('model')
  })

  it('when sentence scoring is off, then the everyday sentences drown it (the whole message reads none)', () => {
    const whole = detectCrisisV2(vent, { model: sure, limits: { ...CRISIS_LIMITS, sentenceScoring: 0 } })
    expect(whole.hit).toBe(false)
  })

  it('when the sentence is only fairly likely a crisis, then it does not count (a sentence lacks its context)', () => {
    const fair = model({ none: 2 }, { 's:zzplan': { intent: 5 }, 's:pasta': { none: 14 } })
    expect(detectCrisisV2(vent, { model: fair }).hit).toBe(false)
  })

  it('when the message is one sentence, then only the whole is read', () => {
    const one = 'work was long and zzplan ok tonight and then i cooked pasta'
    expect(detectCrisisV2(one, { model: sure }).hit).toBe(false)
  })
})

describe('crisis4: a plan whose time is told with "we"', () => {
  const intent = model({ intent: 20 })

  it.each(['i decided, sunday we go to the beach', 'я решила, в субботу мы едем на дачу'])(
    'when the clause with the day says "we" ("%s"), then the classifier reads no plan',
    (text) => {
      expect(detectCrisisV2(text, { model: intent }).hit).toBe(false)
    },
  )

  it.each([
    'i decided. sunday is the day',
    'we leave on friday and i will be home alone, then i do it',
    'решила. в субботу, когда все уедут',
  ])('when the clause with the day does not say "we" without "I" ("%s"), then it is still a plan', (text) => {
    expect(detectCrisisV2(text, { model: intent }).hit).toBe(true)
  })
})
