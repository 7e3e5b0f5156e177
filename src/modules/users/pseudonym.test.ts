import { describe, expect, it } from 'vitest'
import { generatePseudonym, pseudonymCandidates, pseudonymSpace } from './pseudonym.js'

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function seeded(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('generatePseudonym', () => {
  it('when asked in Russian, then gives a Cyrillic adjective + animal pair', () => {
    const random = seeded(1)
    for (let i = 0; i < 200; i++) {
      const name = generatePseudonym('ru', random)
      expect(name).toMatch(/^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/)
    }
  })

  it('when asked in English, then gives a Latin adjective + animal pair', () => {
    const random = seeded(2)
    for (let i = 0; i < 200; i++) expect(generatePseudonym('en', random)).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/)
  })

  it('when the Russian animal is feminine, then the adjective agrees with it', () => {
    const random = seeded(3)
    const names = Array.from({ length: 500 }, () => generatePseudonym('ru', random))
    const feminine = names.filter((n) => /(Сова|Лиса|Выдра|Панда|Белка|Рысь|Лань)$/.test(n))
    expect(feminine.length).toBeGreaterThan(0)
    for (const n of feminine) expect(n.split(' ')[0]).toMatch(/(ая|яя)$/)
    const masculine = names.filter((n) => /(Ёж|Кит|Волк|Енот)$/.test(n))
    expect(masculine.length).toBeGreaterThan(0)
    for (const n of masculine) expect(n.split(' ')[0]).toMatch(/(ый|ий|ой)$/)
  })

  it('when the random source hits its edges, then the pick stays inside the lists', () => {
    expect(generatePseudonym('ru', () => 0)).toBe('Тихий Ёж')
    expect(generatePseudonym('en', () => 0)).toBe('Quiet Hedgehog')
    expect(generatePseudonym('en', () => 0.9999999999)).toMatch(/^\S+ \S+$/)
  })

  it('when many names are generated, then they spread over a large space', () => {
    expect(pseudonymSpace('ru')).toBeGreaterThan(900)
    expect(pseudonymSpace('en')).toBeGreaterThan(800)
    const random = seeded(4)
    const distinct = new Set(Array.from({ length: 300 }, () => generatePseudonym('ru', random)))
    expect(distinct.size).toBeGreaterThan(250)
  })
})

describe('pseudonymCandidates', () => {
  it('when asked for candidates, then returns distinct names', () => {
    const c = pseudonymCandidates('en', 12, { random: seeded(5) })
    expect(c).toHaveLength(12)
    expect(new Set(c).size).toBe(12)
  })

  it('when suffixed, then every candidate ends with a number', () => {
    for (const c of pseudonymCandidates('ru', 5, { random: seeded(6), suffixed: true }))
      expect(c).toMatch(/^\S+ \S+ \d{2,3}$/)
  })
})
