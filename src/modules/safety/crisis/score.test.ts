import { describe, expect, it } from 'vitest'
import { analyse } from './analyse.js'
import { readRows } from './build.js'
import { stubModel } from './detector-v3.testkit.js'
import { featuresByPart } from './features.js'
import type { MToken } from './matcher.js'
import { loadModel, predict, predictFeatures } from './model.js'
import { conceptsByPart, conceptsOf } from './rules.js'
import { scoreMessage, scorePart } from './score.js'

const dev = readRows('data/safety/crisis/dev.jsonl').map((r) => r.text)
/** Long messages of dev lines, as people vent: every 7th line glued to the next six. */
const long = Array.from({ length: Math.floor(dev.length / 7) }, (_, k) =>
  dev.slice(k * 7, k * 7 + 7).join(k % 2 ? '. ' : '\n'),
)

const sentenceStarts = (toks: MToken[]) => {
  const starts = [0]
  for (let i = 1; i < toks.length; i++) if (toks[i]!.brk === 2) starts.push(i)
  return starts
}

describe('classifier scoring at inference (score.ts)', () => {
  it('when a dev line or a long message is scored, then the probabilities equal predict() bit for bit', () => {
    const m = loadModel()
    let n = 0
    for (const text of [...dev, ...long]) {
      const toks = analyse(text)
      expect(scoreMessage(m, toks, conceptsOf(toks))).toEqual(predict(m, toks))
      n++
    }
    expect(n).toBeGreaterThan(5000)
  }, 120_000) // ~10k texts: 8–12 s quiet, 35 s seen at load 13 (a safety net, not a timing check)

  it('when a message is scored sentence by sentence, then each sentence equals featuresByPart + predictFeatures', () => {
    const m = loadModel()
    let parts = 0
    for (const text of long) {
      const toks = analyse(text)
      const starts = sentenceStarts(toks)
      const byPart = featuresByPart(toks, starts)
      conceptsByPart(toks, starts).forEach((cs, k) => {
        expect(scorePart(m, toks, starts, k, cs)).toEqual(predictFeatures(m, byPart[k]!))
        parts++
      })
    }
    expect(parts).toBeGreaterThan(long.length * 3)
  })

  it('when tokens are built by hand (no word memo), then the scores still equal predict()', () => {
    const m = loadModel()
    const toks = analyse('хочу умереть, таблетки уже купила').map(({ text, brk, stem }) => ({
      text,
      brk,
      stem,
    }))
    expect(scoreMessage(m, toks, conceptsOf(toks))).toEqual(predict(m, toks))
  })

  it('when two models score the same words, then each gets its own weights (no cross-talk through the memo)', () => {
    const toks = analyse('я купил верёвку')
    const a = stubModel({ none: 1 })
    const b = stubModel({ none: 1 }, { [`s:${toks[2]!.stem}`]: { intent: 5 } })
    const pa = scoreMessage(a, toks, [])
    const pb = scoreMessage(b, toks, [])
    expect(pb[2]!).toBeGreaterThan(pa[2]!)
    expect(pa).toEqual(predictFeatures(a, []))
  })
})
