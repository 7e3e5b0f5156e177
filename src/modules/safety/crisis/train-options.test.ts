import { describe, expect, it } from 'vitest'
import { analyse } from './analyse.js'
import { type Example, train } from './train.js'

/** A few lines, each repeated so every feature passes minDf. */
const examples: Example[] = [
  ['i want to die tonight', 'active_ideation'],
  ['i will kill myself tomorrow', 'intent'],
  ['going to the shop tonight', 'none'],
  ['i want pizza tomorrow', 'none'],
].flatMap(([text, label]) => Array.from({ length: 4 }, () => ({ toks: analyse(text!), label: label! })))

const opts = { epochs: 2, seeds: [1] }

describe('crisis classifier training options', () => {
  it('when every class weight is 1, then the model is the one trained without class weights', () => {
    const plain = train(examples, opts)
    const weighted = train(examples, {
      ...opts,
      classWeights: { none: 1, intent: 1, active_ideation: 1 },
    })
    expect(weighted).toEqual(plain)
  })

  it('when none weighs more, then the none bias grows and the crisis biases shrink', () => {
    const plain = train(examples, opts)
    const heavy = train(examples, { ...opts, classWeights: { none: 3 } })
    expect(heavy.bias[0]!).toBeGreaterThan(plain.bias[0]!)
    expect(heavy.bias[2]!).toBeLessThan(plain.bias[2]!)
  })

  it('when keepFeature rejects a family, then no feature of it enters the model', () => {
    const plain = train(examples, opts)
    const noBigrams = train(examples, { ...opts, keepFeature: (f) => !f.startsWith('b:') })
    expect(plain.vocab.some((f) => f.startsWith('b:'))).toBe(true)
    expect(noBigrams.vocab.filter((f) => f.startsWith('b:'))).toEqual([])
    expect(noBigrams.vocab.some((f) => f.startsWith('s:'))).toBe(true)
  })

  it('when every example weighs 1, then the model is the one trained without example weights', () => {
    const plain = train(examples, opts)
    const weighted = train(
      examples.map((e) => ({ ...e, weight: 1 })),
      opts,
    )
    expect(weighted).toEqual(plain)
  })

  it('when the none examples weigh more, then the model is the one trained with that class weight', () => {
    // an example's weight multiplies its gradient as its label's class weight does (lobo-diff.ts noneWeightBySrc)
    const byClass = train(examples, { ...opts, classWeights: { none: 2 } })
    const byExample = train(
      examples.map((e) => (e.label === 'none' ? { ...e, weight: 2 } : e)),
      opts,
    )
    expect(byExample).toEqual(byClass)
  })
})
