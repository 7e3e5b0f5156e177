import { describe, expect, it } from 'vitest'
import { CRISIS_LIMITS, detectCrisisV2 } from './detector.js'

// round 23 (crisis23fp, issue #12): the ordinary sentence pass reads a sentence alone only when the classifier puts
// it below P(none) 0.008 (was 0.01); lobo-diff: ru −2, en −5 false positives out of fold, no crisis line lost
describe('round 23: the ordinary sentence pass needs a surer sentence', () => {
  it('when a closure letter is read by its sentences ("writing my ex one letter for closure"), then it is no hit', () => {
    const text = 'writing my ex one letter for closure. no reply needed'
    // the old limit read its first sentence alone as a goodbye with the model before batch 33 (crisis24ru); the
    // retrain on batch 33's everyday twins no longer does, so this now pins the outcome only
    expect(detectCrisisV2(text).hit).toBe(false)
    expect(detectCrisisV2(text, { limits: { ...CRISIS_LIMITS, sentenceMaxNone: 0.01 } }).hit).toBe(false)
  })

  it.each([
    "told my friend I'm visiting relatives and asked her to take my plants. really I just don't want them to die when I'm not here",
    "i left my journal to my best friend in a letter and told her to burn it. she'll get the letter in the post next week, after",
  ])('when a plan is told by its sentences with no crisis word (%s), then it stays a hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(true)
  })
})
