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
  { key: 'yerevan', zone: 'Asia/Yerevan' },
  { key: 'tashkent', zone: 'Asia/Tashkent' },
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

/**
 * The zone stored for a typed offset: a whole-hour offset becomes the fixed IANA zone `Etc/GMT∓N` (POSIX
 * sign: `Etc/GMT-3` is UTC+3), so every stored choice is a zone name the runtime resolves; an offset with
 * minutes (+05:30, −09:30, +05:45) has no `Etc/` zone and stays a fixed offset (label `UTC+05:30` +
 * users.utc_offset_minutes). Neither follows daylight saving: someone who wants that picks a city.
 */
export function zoneForOffset(minutes: number): string | null {
  if (minutes % 60 !== 0) return null
  const h = minutes / 60
  return h === 0 ? 'Etc/GMT' : `Etc/GMT${h > 0 ? '-' : '+'}${Math.abs(h)}`
}

/** `Etc/GMT-3` → 180 (minutes east of UTC); null for any other name. */
export function fixedZoneOffset(zone: string): number | null {
  const m = /^Etc\/GMT(?:([+-])(\d{1,2}))?$/.exec(zone)
  if (!m) return null
  return m[1] ? (m[1] === '-' ? 1 : -1) * Number(m[2]) * 60 || 0 : 0
}

/** Lower case, ё → е, and no spaces, dashes, dots, underscores or apostrophes: «Нью-Йорк» = "new york" style keys. */
export function zoneKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\-‐–—_.,'’`()]+/g, '')
}

type ZoneIndex = Map<string, Set<string>>

function addName(index: ZoneIndex, name: string | undefined, zone: string) {
  const key = name ? zoneKey(name) : ''
  if (key.length < 2) return
  const set = index.get(key) ?? new Set<string>()
  set.add(zone)
  index.set(key, set)
}

function genericName(zone: string, locale: string): string | undefined {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortGeneric' })
    .formatToParts(0)
    .find((p) => p.type === 'timeZoneName')?.value
}

/**
 * Names → zones from the runtime's own time-zone data (ICU via `Intl`, no extra dependency): besides the
 * city of every IANA id (cityZoneIndex), each zone's ru/en generic location name, which ICU gives as the
 * city in countries with several zones («Алматы», «Новосибирск», «Нью-Йорк») and as the country otherwise
 * («Германия», "Germany Time" → "Germany"). Built once, on first use.
 */
let cityIndex: ZoneIndex | undefined

const placeZones = () =>
  Intl.supportedValuesOf('timeZone').filter((zone) => zone.includes('/') && !zone.startsWith('Etc/'))

/** City part of every IANA id ("Berlin", "New York"): cheap, tried first. */
function cityZoneIndex(): ZoneIndex {
  if (cityIndex) return cityIndex
  const index: ZoneIndex = new Map()
  for (const zone of placeZones()) addName(index, zone.split('/').at(-1), zone)
  cityIndex = index
  return index
}

const intlIndexes = new Map<'ru' | 'en', ZoneIndex>()

/** One locale's names (Cyrillic text → ru, else en): half the formatters of building both. */
function intlZoneIndex(locale: 'ru' | 'en'): ZoneIndex {
  const cached = intlIndexes.get(locale)
  if (cached) return cached
  const index: ZoneIndex = new Map()
  for (const zone of placeZones()) {
    const g = genericName(zone, locale)
    // "GMT+3" style fallbacks and abbreviations (ET, PT) name no place
    if (!g || /^(GMT|UTC)|^[A-Z]{2,5}$/.test(g)) continue
    addName(index, g.replace(/ Time$/, ''), zone)
  }
  intlIndexes.set(locale, index)
  return index
}

/** A zone's place for people: ICU's generic location name («Новосибирск», "Germany"), else its IANA city. */
export function zonePlaceName(zone: string, locale: 'ru' | 'en'): string {
  const g = genericName(zone, locale)?.replace(/ Time$/, '')
  if (g && !/^(GMT|UTC)|^[A-Z]{2,5}$/.test(g)) return g
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ')
}

/** Same offset now and half a year on: two zones a person cannot tell apart for matching. */
function sameRules(a: string, b: string, at: Date): boolean {
  const later = new Date(at.getTime() + 182 * 86_400_000)
  return (
    zoneOffsetMinutes(a, at) === zoneOffsetMinutes(b, at) &&
    zoneOffsetMinutes(a, later) === zoneOffsetMinutes(b, later)
  )
}

export type ResolvedZone = { ok: true; zone: string } | { ok: false; reason: 'unknown' | 'ambiguous' }

/**
 * A typed place name → IANA zone: first the `aliases` (the bot's own city button labels in every
 * language, e.g. «Берлин» → Europe/Berlin), then the runtime's zone names (see intlZoneIndex). A name that
 * matches zones with different rules (a country spanning several zones, say) is `ambiguous`.
 */
export function resolveZoneName(
  text: string,
  aliases: ReadonlyMap<string, string> = new Map(),
  at: Date = new Date(),
): ResolvedZone {
  const key = zoneKey(text)
  if (key.length < 2) return { ok: false, reason: 'unknown' }
  for (const [name, zone] of aliases) if (zoneKey(name) === key) return { ok: true, zone }
  // localized names need one formatter per zone (~0.5 s once): only when the city ids did not match
  const locale = /[а-яё]/i.test(text) ? 'ru' : 'en'
  const found = [...(cityZoneIndex().get(key) ?? intlZoneIndex(locale).get(key) ?? [])].sort()
  if (found.length === 0) return { ok: false, reason: 'unknown' }
  const [first] = found
  if (first && found.every((z) => sameRules(first, z, at))) return { ok: true, zone: first }
  return { ok: false, reason: 'ambiguous' }
}
