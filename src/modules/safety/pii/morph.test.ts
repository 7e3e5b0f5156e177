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
})
