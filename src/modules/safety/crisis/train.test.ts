import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildModel, serialise } from './build.js'
import { MODEL_URL, parseModel } from './model.js'

describe('crisis classifier training', () => {
  it('when the model is retrained on the shipped data, then it reproduces the shipped model.json byte for byte', () => {
    const { model } = buildModel(process.cwd())
    const shipped = readFileSync(MODEL_URL, 'utf8')
    expect(serialise(model)).toBe(shipped)
  }, 180_000)

  it('when model.json is parsed, then every feature has one weight per class', () => {
    const m = parseModel(readFileSync(MODEL_URL, 'utf8'))
    expect(m.classes[0]).toBe('none')
    expect(m.vocab.length).toBeGreaterThan(1000)
    for (const w of m.weights) expect(w).toHaveLength(m.classes.length)
  })

  it('when model.json is parsed, then it has a threshold per language, each on the training grid', () => {
    const m = parseModel(readFileSync(MODEL_URL, 'utf8'))
    for (const lang of ['ru', 'en'] as const) {
      expect(m.threshold[lang]).toBeGreaterThanOrEqual(0.5)
      expect(m.threshold[lang]).toBeLessThanOrEqual(0.98)
    }
  })
})
