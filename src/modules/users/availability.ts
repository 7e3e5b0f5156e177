/**
 * Availability windows: coarse local-time slots a user says they can talk in (stored as ids in
 * users.availability). Matching turns them into UTC hours of the week with the user's offset and
 * compares people by overlap.
 *
 * Hour-of-week index: 0 = Monday 00:00–01:00 UTC … 167 = Sunday 23:00–24:00 UTC.
 */

export const HOURS_PER_WEEK = 168

export type AvailabilityDays = 'weekday' | 'weekend' | 'all'

export type AvailabilityWindow = {
  id: string
  days: AvailabilityDays
  /** Local start hour, inclusive. */
  from: number
  /** Local end hour, exclusive; smaller than `from` means the window runs past midnight. */
  to: number
}

/** Order = order of the buttons. Night runs 23:00–07:00 and belongs to the day it starts on. */
export const AVAILABILITY_WINDOWS = [
  { id: 'weekday_morning', days: 'weekday', from: 7, to: 12 },
  { id: 'weekday_day', days: 'weekday', from: 12, to: 18 },
  { id: 'weekday_evening', days: 'weekday', from: 18, to: 23 },
  { id: 'weekend_morning', days: 'weekend', from: 7, to: 12 },
  { id: 'weekend_day', days: 'weekend', from: 12, to: 18 },
  { id: 'weekend_evening', days: 'weekend', from: 18, to: 23 },
  { id: 'night', days: 'all', from: 23, to: 7 },
] as const satisfies readonly AvailabilityWindow[]

export type AvailabilityWindowId = (typeof AVAILABILITY_WINDOWS)[number]['id']

const BY_ID = new Map<string, AvailabilityWindow>(AVAILABILITY_WINDOWS.map((w) => [w.id, w]))

export function isAvailabilityWindowId(id: string): id is AvailabilityWindowId {
  return BY_ID.has(id)
}

/** Keeps known ids only, de-duplicated, in the canonical order (unknown ids from old data are dropped). */
export function normalizeWindows(ids: readonly string[]): AvailabilityWindowId[] {
  const set = new Set(ids)
  return AVAILABILITY_WINDOWS.filter((w) => set.has(w.id)).map((w) => w.id)
}

function daysOf(days: AvailabilityDays): number[] {
  // 0 = Monday … 6 = Sunday
  if (days === 'weekday') return [0, 1, 2, 3, 4]
  if (days === 'weekend') return [5, 6]
  return [0, 1, 2, 3, 4, 5, 6]
}

const mod = (n: number, m: number) => ((n % m) + m) % m

/**
 * The UTC hours of the week covered by the windows for someone at `offsetMinutes` east of UTC.
 * A local hour maps to the UTC hour its start falls in (for :30/:45 offsets that rounds down by under an hour).
 */
export function utcHoursOfWeek(windowIds: readonly string[], offsetMinutes: number): Set<number> {
  const out = new Set<number>()
  for (const id of windowIds) {
    const w = BY_ID.get(id)
    if (!w) continue
    const length = mod(w.to - w.from, 24) || 24
    for (const day of daysOf(w.days)) {
      for (let h = 0; h < length; h++) {
        const localMinute = (day * 24 + w.from + h) * 60
        out.add(Math.floor(mod(localMinute - offsetMinutes, HOURS_PER_WEEK * 60) / 60))
      }
    }
  }
  return out
}

/** Number of UTC hours per week two people are both available. */
export function overlapHours(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let n = 0
  for (const h of small) if (large.has(h)) n++
  return n
}

/** Overlap of two users' windows, each with their own offset (0 when either has no windows). */
export function availabilityOverlap(
  a: { windows: readonly string[]; offsetMinutes: number },
  b: { windows: readonly string[]; offsetMinutes: number },
): number {
  return overlapHours(utcHoursOfWeek(a.windows, a.offsetMinutes), utcHoursOfWeek(b.windows, b.offsetMinutes))
}

/** Hour-of-week index of an instant (0 = Monday 00:00 UTC). */
export function hourOfWeekUtc(at: Date): number {
  return mod(at.getUTCDay() - 1, 7) * 24 + at.getUTCHours()
}

/** Whether `at` falls in one of the windows for someone at `offsetMinutes`. */
export function isAvailableAt(windowIds: readonly string[], offsetMinutes: number, at: Date): boolean {
  return utcHoursOfWeek(windowIds, offsetMinutes).has(hourOfWeekUtc(at))
}
