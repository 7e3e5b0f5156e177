import { describe, expect, it } from 'vitest'
import {
  allCrisisLines,
  CRISIS_COUNTRIES,
  countryOfZone,
  crisisCountryFile,
  crisisCountryFor,
  INTERNATIONAL_DIRECTORIES,
  orderLines,
  selectCrisisLines,
} from './index.js'

const numbers = (q: Parameters<typeof selectCrisisLines>[0]) =>
  selectCrisisLines(q).lines.map((l) => l.number)

describe('crisis line selection', () => {
  it('when a zone is an IANA zone, then its country is found; offsets and unknown names give none', () => {
    expect(countryOfZone('Europe/Berlin')).toBe('de')
    expect(countryOfZone('Europe/Moscow')).toBe('ru')
    expect(countryOfZone('Asia/Vladivostok')).toBe('ru')
    expect(countryOfZone('Europe/Kyiv')).toBe('ua')
    expect(countryOfZone('Europe/Kiev')).toBe('ua')
    expect(countryOfZone('America/Los_Angeles')).toBe('us')
    expect(countryOfZone('Asia/Almaty')).toBe('kz')
    expect(countryOfZone('UTC+03:00')).toBeNull()
    expect(countryOfZone('Nowhere/Special')).toBeNull()
    expect(countryOfZone(null)).toBeNull()
  })

  it('when the zone is in a country we have lines for, then that country wins over the language', () => {
    expect(crisisCountryFor({ timezone: 'Europe/Berlin', language: 'ru' })).toBe('de')
    expect(crisisCountryFor({ timezone: 'America/New_York', language: 'ru' })).toBe('us')
    expect(crisisCountryFor({ timezone: 'Europe/Minsk', language: 'en' })).toBe('by')
    expect(crisisCountryFor({ timezone: 'Europe/London', language: 'ru' })).toBe('gb')
  })

  it('when the zone is in a country we have no file for, then only the international directories are shown', () => {
    // Russian numbers would not help someone in Paris or Bishkek
    const set = selectCrisisLines({ timezone: 'Europe/Paris', language: 'ru' })
    expect(set).toMatchObject({ country: 'intl', emergency: null, lines: [] })
    expect(set.directories.map((d) => d.url)).toEqual(['findahelpline.com', 'befrienders.org'])
    expect(crisisCountryFor({ timezone: 'Asia/Bishkek', language: 'ru' })).toBe('intl')
  })

  it('when the zone is Tbilisi, Yerevan or Tashkent, then Georgia, Armenia or Uzbekistan is chosen', () => {
    expect(countryOfZone('Asia/Tbilisi')).toBe('ge')
    expect(countryOfZone('Asia/Yerevan')).toBe('am')
    expect(countryOfZone('Asia/Tashkent')).toBe('uz')
    expect(countryOfZone('Asia/Samarkand')).toBe('uz')
    // the zone wins over the language: a Russian speaker in Tbilisi does not get Russian numbers
    expect(crisisCountryFor({ timezone: 'Asia/Tbilisi', language: 'ru' })).toBe('ge')
    expect(crisisCountryFor({ timezone: 'Asia/Yerevan', language: 'ru' })).toBe('am')
    expect(crisisCountryFor({ timezone: 'Asia/Tashkent', language: 'en' })).toBe('uz')
    expect(crisisCountryFor({ country: 'am', timezone: 'Europe/Moscow' })).toBe('am')
  })

  it('when a country file has no line we could source, then its users get its emergency number and the directories only', () => {
    // Georgia and Uzbekistan: no crisis line with a trustworthy source (see the files' notes)
    for (const timezone of ['Asia/Tbilisi', 'Asia/Tashkent']) {
      const set = selectCrisisLines({ timezone, language: 'ru' })
      expect(set.lines).toEqual([])
      expect(set.emergency).toBe('112')
      expect(set.directories).toEqual(INTERNATIONAL_DIRECTORIES)
    }
    expect(selectCrisisLines({ timezone: 'Asia/Tbilisi', variant: 'youth' }).lines).toEqual([])
  })

  it('when an adult in Minsk is shown lines, then the Minsk line comes first and the children line last', () => {
    // Europe/Minsk → Belarus; the Minsk city line is for every resident, so adults see it before the children line
    expect(crisisCountryFor({ timezone: 'Europe/Minsk', language: 'ru' })).toBe('by')
    const set = selectCrisisLines({ timezone: 'Europe/Minsk', language: 'ru' })
    expect(set.lines.map((l) => l.number)).toEqual(['+375 17 352-44-44', '8-801-100-16-11'])
    expect(set.lines[0]).toMatchObject({ area: 'minsk', hours: '24/7', audience: 'everyone' })
    expect(set.emergency).toBe('112')
    expect(set.directories).toEqual(INTERNATIONAL_DIRECTORIES)
    // a teen gets the national children line first
    expect(numbers({ timezone: 'Europe/Minsk', variant: 'youth' })).toEqual([
      '8-801-100-16-11',
      '+375 17 352-44-44',
    ])
    // Belarus chosen in /profile by someone whose phone is on Moscow time: the same set
    expect(numbers({ country: 'by', timezone: 'Europe/Moscow', language: 'ru' })).toEqual([
      '+375 17 352-44-44',
      '8-801-100-16-11',
    ])
  })

  it('when an adult in Tbilisi or Tashkent is shown lines, then 112 and the directories are shown and never Russian numbers', () => {
    for (const q of [
      { timezone: 'Asia/Tbilisi', language: 'ru' },
      { timezone: 'Asia/Tashkent', language: 'ru' },
      { timezone: 'Asia/Samarkand', language: 'en' },
      // chosen in /profile while the phone still says Moscow
      { country: 'ge', timezone: 'Europe/Moscow', language: 'ru' },
      { country: 'uz', timezone: 'Europe/Moscow', language: 'ru' },
    ]) {
      const set = selectCrisisLines(q)
      expect(set.country).toBe(q.country ?? countryOfZone(q.timezone))
      expect(set).toMatchObject({ emergency: '112', lines: [] })
      expect(set.directories).toEqual(INTERNATIONAL_DIRECTORIES)
    }
  })

  it('when an adult or a teen in Armenia is shown lines, then the emotional support line and 112 are shown', () => {
    expect(numbers({ timezone: 'Asia/Yerevan' })).toEqual(['0800 00 900'])
    // no youth-only line was found: the line for everyone is first in the youth variant too
    expect(numbers({ timezone: 'Asia/Yerevan', variant: 'youth' })).toEqual(['0800 00 900'])
    expect(selectCrisisLines({ timezone: 'Asia/Yerevan' }).emergency).toBe('112')
  })

  it('when a country file has few or no lines, then it says why in a note and cites where its emergency number was checked', () => {
    for (const c of ['ge', 'am', 'uz'] as const) {
      const file = crisisCountryFile(c)
      expect(file.note?.length).toBeGreaterThan(40)
      expect(file.emergencySources?.length).toBeGreaterThan(0)
      for (const s of file.emergencySources ?? []) expect(s).toMatch(/^https?:\/\//)
      expect(file.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    for (const c of CRISIS_COUNTRIES) {
      const file = crisisCountryFile(c)
      if (file.lines.length === 0) expect(file.note).toMatch(/international directories/)
    }
  })

  it('when the zone cannot be placed, then Russian speakers get Russia and everyone else the directories', () => {
    expect(crisisCountryFor({ timezone: 'UTC+03:00', language: 'ru' })).toBe('ru')
    expect(crisisCountryFor({ timezone: null, language: 'ru' })).toBe('ru')
    expect(crisisCountryFor({ timezone: null, language: 'en' })).toBe('intl')
    expect(crisisCountryFor({})).toBe('ru')
  })

  it('when a country is chosen explicitly, then it wins over zone and language', () => {
    expect(crisisCountryFor({ country: 'kz', timezone: 'Europe/Berlin', language: 'en' })).toBe('kz')
    expect(crisisCountryFor({ country: 'intl', timezone: 'Europe/Moscow', language: 'ru' })).toBe('intl')
    // an unknown choice falls through to the zone
    expect(crisisCountryFor({ country: 'zz', timezone: 'Europe/Berlin' })).toBe('de')
  })

  it('when an adult in Russia is shown lines, then an adult national line comes first and the children line is not first', () => {
    const ru = numbers({ timezone: 'Europe/Moscow', language: 'ru' })
    expect(ru[0]).toBe('+7 495 989-50-50')
    expect(ru).toEqual(['+7 495 989-50-50', '051', '8-800-2000-122'])
    expect(selectCrisisLines({ timezone: 'Europe/Moscow' }).emergency).toBe('112')
  })

  it('when the youth variant is asked for, then children & teens lines come first', () => {
    expect(numbers({ timezone: 'Europe/Moscow', variant: 'youth' })[0]).toBe('8-800-2000-122')
    expect(numbers({ timezone: 'Europe/Berlin', variant: 'youth' })[0]).toBe('116 111')
    expect(numbers({ timezone: 'Europe/London', variant: 'youth' })[0]).toBe('0800 1111')
    expect(numbers({ timezone: 'Asia/Almaty', variant: 'youth' })[0]).toBe('150')
  })

  it('when lines of the same audience differ in hours, then the round-the-clock one comes first', () => {
    // Ukraine: Lifeline (everyone, 24/7) before the association line (adults, 10–20)
    expect(numbers({ timezone: 'Europe/Kyiv' })).toEqual(['7333', '0 800 100 102', '116 111'])
    expect(numbers({ timezone: 'Europe/Berlin' })).toEqual(['0800 111 0 111', '116 111'])
    expect(numbers({ timezone: 'America/New_York' })).toEqual(['988'])
    expect(selectCrisisLines({ timezone: 'America/New_York' }).emergency).toBe('911')
    expect(selectCrisisLines({ timezone: 'Europe/London' }).emergency).toBe('999')
  })

  it('when lines are ordered, then nothing is dropped and the file order breaks ties', () => {
    const lines = allCrisisLines()
    expect(orderLines(lines, 'adult')).toHaveLength(lines.length)
    expect(new Set(orderLines(lines, 'youth'))).toEqual(new Set(lines))
  })

  it('when the data files are read, then every line has a number, a source and a check date, and ids are unique', () => {
    const lines = allCrisisLines()
    expect(lines.length).toBeGreaterThanOrEqual(CRISIS_COUNTRIES.length)
    for (const l of lines) {
      expect(l.number).toMatch(/\d/)
      expect(l.sources.length).toBeGreaterThan(0)
      for (const s of l.sources) expect(s).toMatch(/^https?:\/\//)
      expect(l.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(['adults', 'youth', 'everyone']).toContain(l.audience)
    }
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    expect(INTERNATIONAL_DIRECTORIES.length).toBeGreaterThan(0)
  })
})
