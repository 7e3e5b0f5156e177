import { describe, expect, it } from 'vitest'
import { nameTags, preloadMorphology } from './morph.js'

describe('morph', () => {
  it('loads az with Object.freeze and Object.getOwnPropertyNames left as they were', () => {
    const { freeze, getOwnPropertyNames } = Object
    preloadMorphology()
    expect(Object.freeze).toBe(freeze)
    expect(Object.getOwnPropertyNames).toBe(getOwnPropertyNames)
    expect(Object.isFrozen(Object.freeze({ a: 1 }))).toBe(true)
    expect(Object.getOwnPropertyNames({ a: 1 })).toEqual(['a'])
  })

  it('reads name, surname, patronymic and common-word readings from the dictionary', () => {
    const ivan = nameTags('Ивану')
    expect(ivan.known).toBe(true)
    expect(ivan.first).toBeGreaterThan(0)
    expect(nameTags('Петровичем').patronymic).toBeGreaterThan(0)
    expect(nameTags('Кузнецова').surname).toBeGreaterThan(0)
    const table = nameTags('стол')
    expect(table.common).toBeGreaterThan(0)
    expect(table.noun).toBeGreaterThan(0)
    expect(table.first + table.surname + table.patronymic).toBe(0)
    expect(nameTags('тверской').adjective).toBeGreaterThan(0)
    expect(nameTags('Минске').place).toBeGreaterThan(0)
  })

  it('when words are looked up with the dictionary parser alone, then their readings weigh as with all of az', () => {
    // recorded with az's full set of parsers and every dictionary file loaded (before round 20)
    const expected: Record<string, ReturnType<typeof nameTags>> = {
      Ивану: {
        first: 1,
        surname: 0,
        patronymic: 0,
        known: true,
        common: 0,
        animNoun: 0,
        noun: 0,
        place: 0,
        adjective: 0,
      },
      Петровичем: {
        first: 0,
        surname: 0,
        patronymic: 1,
        known: true,
        common: 0,
        animNoun: 0,
        noun: 0,
        place: 0,
        adjective: 0,
      },
      Кузнецова: {
        first: 0,
        surname: 1,
        patronymic: 0,
        known: true,
        common: 0,
        animNoun: 0,
        noun: 0,
        place: 0,
        adjective: 0,
      },
      стол: {
        first: 0,
        surname: 0,
        patronymic: 0,
        known: true,
        common: 1,
        animNoun: 0,
        noun: 1,
        place: 0,
        adjective: 0,
      },
      тверской: {
        first: 0,
        surname: 0,
        patronymic: 0,
        known: true,
        common: 6,
        animNoun: 0,
        noun: 0,
        place: 4,
        adjective: 6,
      },
      Минске: {
        first: 0,
        surname: 0,
        patronymic: 0,
        known: true,
        common: 0,
        animNoun: 0,
        noun: 0,
        place: 1,
        adjective: 0,
      },
      Волк: {
        first: 0,
        surname: 0,
        patronymic: 0,
        known: true,
        common: 1,
        animNoun: 0.5,
        noun: 1,
        place: 0,
        adjective: 0,
      },
      Глокая: {
        first: 0,
        surname: 0,
        patronymic: 0,
        known: false,
        common: 0,
        animNoun: 0,
        noun: 0,
        place: 0,
        adjective: 0,
      },
      Анна: {
        first: 1,
        surname: 0,
        patronymic: 0,
        known: true,
        common: 0.3,
        animNoun: 0,
        noun: 0.3,
        place: 0,
        adjective: 0,
      },
      Роза: {
        first: 0.3333333333333333,
        surname: 0,
        patronymic: 0,
        known: true,
        common: 1,
        animNoun: 0,
        noun: 1,
        place: 0,
        adjective: 0,
      },
    }
    for (const [word, tags] of Object.entries(expected)) expect(nameTags(word), word).toEqual(tags)
  })
})
