import { describe, expect, it } from 'vitest'
import {
  COMMON_ZONES,
  effectiveOffsetMinutes,
  formatUtcOffset,
  formatUtcOffsetShort,
  isIanaZone,
  parseUtcOffset,
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
