import { describe, expect, it } from 'vitest'
import { countryOfZone } from '../safety/crisis-lines/index.js'
import { utcHoursOfWeek } from './availability.js'
import {
  COMMON_ZONES,
  effectiveOffsetMinutes,
  findCommonZone,
  fixedZoneOffset,
  formatUtcOffset,
  formatUtcOffsetShort,
  isIanaZone,
  parseUtcOffset,
  resolveZoneName,
  zoneForOffset,
  zoneOffsetMinutes,
} from './timezone.js'

describe('parseUtcOffset', () => {
  it.each([
    ['+3', 180],
    ['3', 180],
    ['-4', -240],
    ['UTC+3', 180],
    ['utc+05:30', 330],
    ['UTC+5:30', 330],
    ['GMT-4', -240],
    ['+0530', 330],
    ['+05.45', 345],
    ['−3', -180],
    ['UTC', 0],
    ['0', 0],
    ['-0', 0],
    ['  +10  ', 600],
    ['+14', 840],
    ['-12', -720],
    ['UTC-09:30', -570],
  ])('when given %j, then it is %i minutes', (input, minutes) => {
    expect(parseUtcOffset(input)).toEqual({ ok: true, minutes })
  })

  it.each(['+15', '-13', '+14:30', '-12:15', 'UTC+99'])(
    'when %j is outside −12..+14, then range',
    (input) => {
      expect(parseUtcOffset(input)).toEqual({ ok: false, reason: 'range' })
    },
  )

  it.each(['', 'Moscow', '+3 hours', '5:20', '+3:7', '++3', 'UTC+', '12345', '+3:60', 'три'])(
    'when given %j, then format error',
    (input) => {
      expect(parseUtcOffset(input)).toEqual({ ok: false, reason: 'format' })
    },
  )
})

describe('formatting', () => {
  it('when formatting offsets, then labels are UTC±HH:MM and the short form drops :00', () => {
    expect(formatUtcOffset(180)).toBe('UTC+03:00')
    expect(formatUtcOffset(-570)).toBe('UTC-09:30')
    expect(formatUtcOffset(0)).toBe('UTC+00:00')
    expect(formatUtcOffsetShort(180)).toBe('UTC+3')
    expect(formatUtcOffsetShort(330)).toBe('UTC+5:30')
    expect(formatUtcOffsetShort(-240)).toBe('UTC-4')
  })

  it('when a typed offset is formatted and parsed back, then it round-trips', () => {
    for (let m = -720; m <= 840; m += 15)
      expect(parseUtcOffset(formatUtcOffset(m))).toEqual({ ok: true, minutes: m })
  })
})

describe('zones', () => {
  it('when every common zone is checked, then the runtime knows it', () => {
    for (const z of COMMON_ZONES) expect(isIanaZone(z.zone)).toBe(true)
  })

  it('when someone who relocated picks a city button, then it maps to that country (and its crisis lines)', () => {
    const country = (key: string) => countryOfZone(findCommonZone(key)?.zone)
    expect(country('tbilisi')).toBe('ge')
    expect(country('yerevan')).toBe('am')
    expect(country('tashkent')).toBe('uz')
    expect(country('almaty')).toBe('kz')
  })

  it('when a zone has DST, then the offset follows the date', () => {
    expect(zoneOffsetMinutes('Europe/Moscow', new Date('2024-01-15T12:00:00Z'))).toBe(180)
    expect(zoneOffsetMinutes('Europe/Berlin', new Date('2024-01-15T12:00:00Z'))).toBe(60)
    expect(zoneOffsetMinutes('Europe/Berlin', new Date('2024-07-15T12:00:00Z'))).toBe(120)
    expect(zoneOffsetMinutes('America/New_York', new Date('2024-07-15T12:00:00Z'))).toBe(-240)
  })

  it('when the user picked a zone, then the effective offset comes from the zone; else the fixed one', () => {
    const summer = new Date('2024-07-15T12:00:00Z')
    expect(effectiveOffsetMinutes({ timezone: 'Europe/Berlin', utcOffsetMinutes: 60 }, summer)).toBe(120)
    expect(effectiveOffsetMinutes({ timezone: 'UTC+05:30', utcOffsetMinutes: 330 }, summer)).toBe(330)
    expect(effectiveOffsetMinutes({ timezone: null, utcOffsetMinutes: null }, summer)).toBeNull()
  })
})

describe('typed offsets and places', () => {
  it('when a whole-hour offset is typed, then it maps to the fixed Etc/GMT zone (POSIX sign) and back', () => {
    expect(zoneForOffset(180)).toBe('Etc/GMT-3')
    expect(zoneForOffset(-300)).toBe('Etc/GMT+5')
    expect(zoneForOffset(0)).toBe('Etc/GMT')
    expect(zoneForOffset(840)).toBe('Etc/GMT-14')
    expect(zoneForOffset(-720)).toBe('Etc/GMT+12')
    // no Etc zone has minutes: such offsets stay fixed offsets
    expect(zoneForOffset(330)).toBeNull()
    expect(zoneForOffset(-570)).toBeNull()
    for (let h = -12; h <= 14; h++) {
      const zone = zoneForOffset(h * 60)!
      expect(isIanaZone(zone)).toBe(true)
      expect(fixedZoneOffset(zone)).toBe(h * 60)
      expect(zoneOffsetMinutes(zone, new Date('2024-07-15T12:00:00Z'))).toBe(h * 60)
    }
    expect(fixedZoneOffset('Europe/Berlin')).toBeNull()
  })

  it('when a place is typed, then the button labels and the runtime zone names resolve it', () => {
    const aliases = new Map([
      ['Берлин', 'Europe/Berlin'],
      ['Нью-Йорк', 'America/New_York'],
    ])
    expect(resolveZoneName('Берлин', aliases)).toEqual({ ok: true, zone: 'Europe/Berlin' })
    expect(resolveZoneName('  берлин ', aliases)).toEqual({ ok: true, zone: 'Europe/Berlin' })
    expect(resolveZoneName('нью йорк', aliases)).toEqual({ ok: true, zone: 'America/New_York' })
    expect(resolveZoneName('Berlin')).toEqual({ ok: true, zone: 'Europe/Berlin' })
    expect(resolveZoneName('Алматы')).toEqual({ ok: true, zone: 'Asia/Almaty' })
    expect(resolveZoneName('almaty')).toEqual({ ok: true, zone: 'Asia/Almaty' })
    expect(resolveZoneName('New York')).toEqual({ ok: true, zone: 'America/New_York' })
    expect(resolveZoneName('Новосибирск')).toEqual({ ok: true, zone: 'Asia/Novosibirsk' })
    expect(resolveZoneName('Tokyo')).toEqual({ ok: true, zone: 'Asia/Tokyo' })
    // a single-zone country by its name
    expect(resolveZoneName('Германия')).toEqual({ ok: true, zone: 'Europe/Berlin' })
    expect(resolveZoneName('Атлантида')).toEqual({ ok: false, reason: 'unknown' })
    expect(resolveZoneName('x')).toEqual({ ok: false, reason: 'unknown' })
  })
})

describe('daylight saving for the city buttons', () => {
  const summer = new Date('2026-07-01T12:00:00Z')
  const winter = new Date('2026-01-15T12:00:00Z')

  it('when it is summer and then winter, then Berlin and New York move by an hour while Moscow stays', () => {
    const berlin = { timezone: 'Europe/Berlin', utcOffsetMinutes: 60 }
    const newYork = { timezone: 'America/New_York', utcOffsetMinutes: -300 }
    const moscow = { timezone: 'Europe/Moscow', utcOffsetMinutes: 180 }
    expect([summer, winter].map((at) => effectiveOffsetMinutes(berlin, at))).toEqual([120, 60])
    expect([summer, winter].map((at) => effectiveOffsetMinutes(newYork, at))).toEqual([-240, -300])
    expect([summer, winter].map((at) => effectiveOffsetMinutes(moscow, at))).toEqual([180, 180])
    // a typed whole-hour offset is fixed all year
    expect(
      [summer, winter].map((at) =>
        effectiveOffsetMinutes({ timezone: 'Etc/GMT-1', utcOffsetMinutes: 60 }, at),
      ),
    ).toEqual([60, 60])
  })

  it('when the Berlin evening is placed in UTC, then it starts at 16:00 UTC in summer and 17:00 UTC in winter', () => {
    const evening = (at: Date) =>
      Math.min(
        ...utcHoursOfWeek(
          ['weekday_evening'],
          effectiveOffsetMinutes({ timezone: 'Europe/Berlin', utcOffsetMinutes: 60 }, at)!,
        ),
      )
    expect(evening(summer)).toBe(16)
    expect(evening(winter)).toBe(17)
  })
})
