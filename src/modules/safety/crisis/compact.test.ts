import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FeatureIndex } from './compact.js'
import { MODEL_URL } from './model.js'

describe('crisis model feature index', () => {
  it('when the index is asked for any name, then it answers as a Map over the same list does', () => {
    const names = ['s:жить', 'b:не_хочу', 'g:SELF', 'x', '', 'жи', 'b:0_and', 's:жит', 'ab', 'ba']
    const index = new FeatureIndex(names)
    const map = new Map(names.map((n, i) => [n, i]))
    const asked = [...names, 's:жить ', 'S:жить', 'b:не_хоч', 'b:не_хочуу', 'xx', 'a', 'b', 'абв', 's:жи']
    for (const n of asked) expect(index.get(n)).toBe(map.get(n))
    expect(index.size).toBe(names.length)
    expect([...index.keys()]).toEqual(names)
  })

  it('when built from the shipped model, then every name is found at its row and its keys are the vocabulary', () => {
    const j = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as { features: Record<string, number[]> }
    const names = Object.keys(j.features)
    const index = new FeatureIndex(names)
    for (let i = 0; i < names.length; i++)
      if (index.get(names[i]!) !== i) expect(index.get(names[i]!)).toBe(i)
    expect(index.get('s:no-such-feature')).toBeUndefined()
    expect([...index.keys()]).toEqual(names)
  })

  it('when a name is listed twice, then building the index fails', () => {
    expect(() => new FeatureIndex(['a', 'b', 'a'])).toThrow(/twice/)
  })
})
