/**
 * Time zones: a short list of common zones (IANA ids, offset computed from the real rules, so DST is right)
 * or a fixed UTC offset typed by the user (`+3`, `UTC+05:30`, `-4`).
 */

/** Real-world offsets span UTC−12:00 … UTC+14:00. */
export const MIN_OFFSET_MINUTES = -12 * 60
export const MAX_OFFSET_MINUTES = 14 * 60

/**
 * Zones offered as buttons; `key` names the label in locales (`onboarding-tz-<key>`). Russian-speaking
 * audience first, then a few big diaspora zones.
 */
export const COMMON_ZONES = [
  { key: 'kaliningrad', zone: 'Europe/Kaliningrad' },
  { key: 'moscow', zone: 'Europe/Moscow' },
  { key: 'samara', zone: 'Europe/Samara' },
  { key: 'yekaterinburg', zone: 'Asia/Yekaterinburg' },
  { key: 'omsk', zone: 'Asia/Omsk' },
  { key: 'novosibirsk', zone: 'Asia/Novosibirsk' },
  { key: 'irkutsk', zone: 'Asia/Irkutsk' },
  { key: 'vladivostok', zone: 'Asia/Vladivostok' },
  { key: 'minsk', zone: 'Europe/Minsk' },
  { key: 'kyiv', zone: 'Europe/Kyiv' },
  { key: 'almaty', zone: 'Asia/Almaty' },
  { key: 'tbilisi', zone: 'Asia/Tbilisi' },
  { key: 'berlin', zone: 'Europe/Berlin' },
  { key: 'london', zone: 'Europe/London' },
  { key: 'new_york', zone: 'America/New_York' },
] as const

export type CommonZone = (typeof COMMON_ZONES)[number]

export function findCommonZone(key: string): CommonZone | undefined {
  return COMMON_ZONES.find((z) => z.key === key || z.zone === key)
}

export type ParsedOffset = { ok: true; minutes: number } | { ok: false; reason: 'format' | 'range' }

const OFFSET_RE = /^(?:(?:utc|gmt|мск)\s*)?([+\-−–])?\s*(\d{1,2})(?:\s*[:.]\s*(\d{2})|(\d{2}))?$/i

/**
 * Parses a UTC offset as people type it: `+3`, `3`, `-4`, `UTC+05:30`, `GMT-4`, `+0530`, `UTC` (= 0).
 * Minutes must be 00/15/30/45 (every real zone); the range is −12..+14 hours.
 */
export function parseUtcOffset(input: string): ParsedOffset {
  const text = input.trim()
  if (/^(utc|gmt)$/i.test(text)) return { ok: true, minutes: 0 }
  const m = OFFSET_RE.exec(text)
  if (!m) return { ok: false, reason: 'format' }
  const sign = m[1] === '-' || m[1] === '−' || m[1] === '–' ? -1 : 1
  const hours = Number(m[2])
  const mins = Number(m[3] ?? m[4] ?? 0)
  if (mins % 15 !== 0 || mins >= 60) return { ok: false, reason: 'format' }
  const total = sign * (hours * 60 + mins)
  if (total < MIN_OFFSET_MINUTES || total > MAX_OFFSET_MINUTES) return { ok: false, reason: 'range' }
  return { ok: true, minutes: total === 0 ? 0 : total }
}

/** `UTC+03:00`, `UTC-04:00`, `UTC+05:30`; the label stored for typed offsets. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  const h = String(Math.floor(abs / 60)).padStart(2, '0')
  const m = String(abs % 60).padStart(2, '0')
  return `UTC${sign}${h}:${m}`
}

/** Short form for buttons: `UTC+3`, `UTC+5:30`, `UTC-4`, `UTC+0`. */
export function formatUtcOffsetShort(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  const h = Math.floor(abs / 60)
  const m = abs % 60
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`
}

/** The offset of an IANA zone at `at` (DST-aware), in minutes east of UTC. */
export function zoneOffsetMinutes(zone: string, at: Date = new Date()): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    timeZoneName: 'longOffset',
  }).formatToParts(at)
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  if (!m) return 0
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
}

/** True for an IANA zone name this runtime knows. */
export function isIanaZone(zone: string): boolean {
  if (!zone.includes('/')) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * The user's offset right now: recomputed from the IANA zone when they picked one (so a Berlin user is
 * right across DST), else the stored fixed offset. Null when they never set a timezone.
 */
export function effectiveOffsetMinutes(
  user: { timezone: string | null; utcOffsetMinutes: number | null },
  at: Date = new Date(),
): number | null {
  if (user.timezone && isIanaZone(user.timezone)) return zoneOffsetMinutes(user.timezone, at)
  return user.utcOffsetMinutes
}
