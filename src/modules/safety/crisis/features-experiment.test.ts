import { afterEach, describe, expect, it } from 'vitest'
import { analyse } from './analyse.js'
import { stubModel } from './detector-v3.testkit.js'
import { type FeatureExperiment, featuresByPart, featuresOf, setFeatureExperiment } from './features.js'
import type { MToken } from './matcher.js'
import { predict, predictFeatures } from './model.js'
import { conceptsByPart, conceptsOf } from './rules.js'
import { scoreMessage, scorePart } from './score.js'

const stemOf = (word: string) => analyse(word)[0]!.stem
const marked = (text: string) => featuresOf(analyse(text)).filter((f) => /^[npw]:/.test(f))

const TEXTS = [
  'я не хочу умереть, я хочу в отпуск',
  'не спала всю ночь, хочу умереть',
  "i don't want to die, i want a holiday. but sometimes i do want to die",
  'раньше я резала руки. сейчас нет, но иногда хочется снова резать',
  'my friend says she wants to kill herself and i want to die too',
  'used to think about killing myself in high school. not anymore, not ever',
]

const sentenceStarts = (toks: MToken[]) => {
  const starts = [0]
  for (let i = 1; i < toks.length; i++) if (toks[i]!.brk === 2) starts.push(i)
  return starts
}

describe('feature experiments (features.ts setFeatureExperiment, lobo-diff.ts `features`)', () => {
  afterEach(() => setFeatureExperiment({}))

  it('when no experiment is set, then no scope- or subject-marked stem is a feature', () => {
    for (const t of TEXTS) expect(marked(t)).toEqual([])
  })

  it('when negation scope is on, then a word after a negator in its clause is marked, one in the next clause is not', () => {
    setFeatureExperiment({ neg: 'add' })
    const die = stemOf('умереть')
    expect(marked('я не хочу умереть')).toContain(`n:${die}`)
    expect(featuresOf(analyse('я не хочу умереть'))).toContain(`s:${die}`)
    expect(marked('хочу умереть')).not.toContain(`n:${die}`)
    expect(marked('не спала всю ночь, хочу умереть')).not.toContain(`n:${die}`)
    setFeatureExperiment({ neg: 'replace' })
    expect(featuresOf(analyse('я не хочу умереть'))).not.toContain(`s:${die}`)
  })

  it('when the subject marker is on, then a crisis word is marked by who its clause names', () => {
    setFeatureExperiment({ who: true })
    const kill = stemOf('kill')
    expect(marked('my brother keeps saying he will kill himself')).toContain(`w:o:${kill}`)
    expect(marked('i think i will kill myself')).toContain(`w:i:${kill}`)
  })

  it('when an experiment adds features, then the fast scorer still equals predict() and featuresByPart bit for bit', () => {
    const settings: FeatureExperiment[] = [
      { neg: 'add', past: true, who: true },
      { neg: 'replace', gramSizes: [4, 5] },
    ]
    for (const e of settings) {
      setFeatureExperiment(e)
      // a model that weighs every feature the texts have, so each added or replaced one moves the sums
      const weights: Record<string, Record<string, number>> = {}
      let k = 0
      for (const t of TEXTS)
        for (const f of featuresOf(analyse(t))) weights[f] = { none: ((k++ % 7) - 3) / 10, intent: 0.1 }
      const m = stubModel({ none: 1 }, weights)
      for (const t of [...TEXTS, TEXTS.join('. ')]) {
        const toks = analyse(t)
        expect(scoreMessage(m, toks, conceptsOf(toks))).toEqual(predict(m, toks))
        const starts = sentenceStarts(toks)
        const byPart = featuresByPart(toks, starts)
        conceptsByPart(toks, starts).forEach((cs, j) => {
          expect(scorePart(m, toks, starts, j, cs)).toEqual(predictFeatures(m, byPart[j]!))
        })
      }
    }
  })
})
