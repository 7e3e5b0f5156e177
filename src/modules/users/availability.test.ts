import { describe, expect, it } from 'vitest'
import {
  AVAILABILITY_WINDOWS,
  availabilityOverlap,
  HOURS_PER_WEEK,
  hourOfWeekUtc,
  isAvailableAt,
  normalizeWindows,
  overlapHours,
  utcHoursOfWeek,
} from './availability.js'

const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b)

describe('utcHoursOfWeek', () => {
  it('when the window is weekday evenings at UTC, then it is 18–23 on Monday..Friday', () => {
    const hours = utcHoursOfWeek(['weekday_evening'], 0)
    expect(hours.size).toBe(25)
    expect(hours.has(18)).toBe(true) // Monday 18:00
    expect(hours.has(22)).toBe(true)
    expect(hours.has(23)).toBe(false)
    expect(hours.has(4 * 24 + 22)).toBe(true) // Friday 22:00
    expect(hours.has(5 * 24 + 18)).toBe(false) // Saturday
  })

  it('when the user is at UTC+3, then local 18:00 Monday is 15:00 UTC', () => {
    const hours = utcHoursOfWeek(['weekday_evening'], 180)
    expect(hours.has(15)).toBe(true)
    expect(hours.has(19)).toBe(true)
    expect(hours.has(20)).toBe(false)
  })

  it('when a local morning falls on the previous UTC day, then it wraps around the week', () => {
    // Monday 07:00 at UTC+10 = Sunday 21:00 UTC (hour 167 - 2)
    const hours = utcHoursOfWeek(['weekday_morning'], 600)
    expect(hours.has(6 * 24 + 21)).toBe(true)
    expect(hours.has(6 * 24 + 20)).toBe(false)
  })

  it('when the window is night, then it runs 23:00–07:00 every day (8 h × 7)', () => {
    const hours = utcHoursOfWeek(['night'], 0)
    expect(hours.size).toBe(56)
    expect(hours.has(23)).toBe(true)
    expect(hours.has(24 + 6)).toBe(true)
    expect(hours.has(24 + 7)).toBe(false)
    expect(hours.has(6)).toBe(true) // Monday 06:00 belongs to Sunday's night
  })

  it('when the offset has half an hour, then each local hour maps to the UTC hour it starts in', () => {
    // 18:00 at UTC+05:30 = 12:30 UTC → hour 12
    const hours = utcHoursOfWeek(['weekday_evening'], 330)
    expect(hours.has(12)).toBe(true)
    expect(hours.size).toBe(25)
  })

  it('when every window is selected, then the week is fully covered', () => {
    const all = AVAILABILITY_WINDOWS.map((w) => w.id)
    expect(utcHoursOfWeek(all, 0).size).toBe(HOURS_PER_WEEK)
    expect(utcHoursOfWeek(all, -570).size).toBe(HOURS_PER_WEEK)
  })

  it('when ids are unknown or empty, then they contribute nothing', () => {
    expect(utcHoursOfWeek([], 0).size).toBe(0)
    expect(utcHoursOfWeek(['sometimes'], 0).size).toBe(0)
  })
})

describe('overlap', () => {
  it('when Moscow and Berlin both pick weekday evenings, then they share 3 hours each weekday', () => {
    // Moscow 18–23 = 15–20 UTC; Berlin (winter, +1) 18–23 = 17–22 UTC → 17,18,19 = 3 h/day
    expect(
      availabilityOverlap(
        { windows: ['weekday_evening'], offsetMinutes: 180 },
        { windows: ['weekday_evening'], offsetMinutes: 60 },
      ),
    ).toBe(15)
  })

  it('when the windows do not meet, then the overlap is zero', () => {
    expect(
      availabilityOverlap(
        { windows: ['weekday_morning'], offsetMinutes: 0 },
        { windows: ['weekend_evening'], offsetMinutes: 0 },
      ),
    ).toBe(0)
  })

  it('when far-apart zones pick local evening and local morning, then time zones line them up', () => {
    // Vladivostok (+10) weekday morning 07–12 = 21–02 UTC previous day; London (0) weekday evening 18–23
    const n = availabilityOverlap(
      { windows: ['weekday_morning'], offsetMinutes: 600 },
      { windows: ['weekday_evening'], offsetMinutes: 0 },
    )
    expect(n).toBeGreaterThan(0)
    expect(overlapHours(new Set([1, 2, 3]), new Set([3, 4]))).toBe(1)
  })
})

describe('helpers', () => {
  it('when given a date, then hourOfWeekUtc counts from Monday 00:00 UTC', () => {
    expect(hourOfWeekUtc(new Date('2024-01-01T00:30:00Z'))).toBe(0) // a Monday
    expect(hourOfWeekUtc(new Date('2024-01-07T23:00:00Z'))).toBe(167) // Sunday
    expect(hourOfWeekUtc(new Date('2024-01-03T15:00:00Z'))).toBe(2 * 24 + 15)
  })

  it('when checking an instant, then isAvailableAt uses the user offset', () => {
    // Wednesday 16:00 UTC = 19:00 in Moscow → weekday evening
    expect(isAvailableAt(['weekday_evening'], 180, new Date('2024-01-03T16:00:00Z'))).toBe(true)
    expect(isAvailableAt(['weekday_evening'], 0, new Date('2024-01-03T16:00:00Z'))).toBe(false)
  })

  it('when normalizing, then unknown ids are dropped and order is canonical', () => {
    expect(normalizeWindows(['night', 'x', 'weekday_morning', 'night'])).toEqual(['weekday_morning', 'night'])
    expect(sorted(utcHoursOfWeek(['night', 'night'], 0))).toEqual(sorted(utcHoursOfWeek(['night'], 0)))
  })
})
