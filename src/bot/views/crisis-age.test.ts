import { describe, expect, it } from 'vitest'
import type { CrisisResponsePlan } from '../../modules/safety/crisis-response.js'
import { createI18n } from '../i18n.js'
import { bindTranslate, createCrisisWording, crisisLinesFor } from './crisis.js'

const { translate } = createI18n()
const t = bindTranslate(translate, 'ru')
const YOUTH = '8-800-2000-122'
const ADULT = '+7 495 989-50-50'
const youthFirst = (s: string) => s.indexOf(YOUTH) >= 0 && s.indexOf(YOUTH) < s.indexOf(ADULT)

describe('crisis lines by age group', () => {
  it('when the reader is 13–17 or under 13, then the children & teens lines come first; adults and unknown: adult order', () => {
    const who = { language: 'ru', timezone: 'Europe/Moscow' }
    expect(youthFirst(crisisLinesFor(t, { ...who, ageGroup: '13_17' }))).toBe(true)
    expect(youthFirst(crisisLinesFor(t, { ...who, ageGroup: 'under_13' }))).toBe(true)
    expect(youthFirst(crisisLinesFor(t, { ...who, ageGroup: '18_plus' }))).toBe(false)
    expect(youthFirst(crisisLinesFor(t, { ...who, ageGroup: null }))).toBe(false)
  })

  it('when the relay words a crisis notice for a 13–17 writer and partner, then both get youth lines first', () => {
    const w = createCrisisWording(translate)
    const teen = {
      language: 'ru' as const,
      timezone: 'Europe/Moscow',
      crisisCountry: null,
      ageGroup: '13_17',
    }
    const plan: CrisisResponsePlan = {
      writer: 'crisis',
      harmReduction: false,
      partnerGuidance: true,
      flagSeverity: 'high',
      category: 'imminent',
    }
    expect(youthFirst(w.writer(teen, plan))).toBe(true)
    expect(youthFirst(w.partner(teen))).toBe(true)
    expect(youthFirst(w.partner({ ...teen, ageGroup: '18_plus' }))).toBe(false)
  })
})
