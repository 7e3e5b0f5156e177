import { describe, expect, it } from 'vitest'
import { CRISIS_LIMITS, detectCrisisV2 } from './detector.js'
import { stubModel as model } from './detector-v3.testkit.js'

describe('crisis5: a sentence read alone does not stand against a message that is near-certain none', () => {
  // «zzplan» stands for a sentence the classifier alone reads as a near-certain plan; «pasta» for the
  // everyday context around it. The whole message's P(none): bias 2 + pasta − zzplan's 12 for intent.
  const vent = 'work was long and my boss yelled again. zzplan ok tonight. then i cooked pasta and watched tv'
  const withContext = (pasta: number) =>
    model({ none: 2 }, { 's:zzplan': { intent: 12 }, 's:pasta': { none: pasta } })

  it('when the whole message reads near-certain none (P(none) ≈ 0.9999), then the sentence alone is no hit', () => {
    expect(detectCrisisV2(vent, { model: withContext(20) }).hit).toBe(false)
  })

  it('when the whole message only leans to none (P(none) ≈ 0.98), then the sentence still stands for it', () => {
    const r = detectCrisisV2(vent, { model: withContext(14) })
    expect(r.hit && r.category).toBe('intent')
  })

  it('when the context limit is lifted to 1, then the sentence stands even against a near-certain whole', () => {
    const limits = { ...CRISIS_LIMITS, sentenceContextMaxNone: 1 }
    expect(detectCrisisV2(vent, { model: withContext(20), limits }).hit).toBe(true)
  })
})
