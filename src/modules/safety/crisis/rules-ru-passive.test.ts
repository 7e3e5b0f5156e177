import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'

// crisis19 (issue #12): passive-wish family — disgust at being alive — and its look-alikes, with a
// classifier that always says none (the rules alone)
const noneModel = stubModel({ none: 5 })

describe('issue #12: passive wishes in new wording are hits by the rules alone', () => {
  it.each([
    'меня тошнит от того что я жива',
    'противно, что я вообще ещё живу',
    'мерзко от того, что я до сих пор существую',
  ])('%s', (text) => {
    expect(detectCrisisV2(text, { model: noneModel }).hit).toBe(true)
  })
})

describe('issue #12: their look-alikes are no passive wish', () => {
  it.each([
    'противно что я живу в этом городе',
    'тошно что я живу с родителями до сих пор',
    'меня тошнит от того что я ела вчера',
  ])('%s', (text) => {
    expect(detectCrisisV2(text, { model: noneModel }).hit).toBe(false)
  })
})

// round 20 (batch 29/30 lines, out of fold misses): lying down and never getting up
describe('round 20: lying down and never getting up is a passive wish by the rules alone', () => {
  it.each([
    'хочу лечь и не вставать никогда больше',
    'Иногда хочется лечь и больше не вставать никогда.',
    'лечь бы и больше не вставать',
  ])('%s', (text) => {
    expect(detectCrisisV2(text, { model: noneModel }).hit).toBe(true)
  })

  it.each([
    'хочу лечь и не вставать до обеда',
    'в субботу хочу лечь и больше не вставать с дивана',
    'хочется лечь и не вставать, но надо на работу',
  ])('%s is no wish (a lie-in)', (text) => {
    expect(detectCrisisV2(text, { model: noneModel }).hit).toBe(false)
  })
})
