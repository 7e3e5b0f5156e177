import ct from 'countries-and-timezones'
import am from './am.json' with { type: 'json' }
import by from './by.json' with { type: 'json' }
import de from './de.json' with { type: 'json' }
import gb from './gb.json' with { type: 'json' }
import ge from './ge.json' with { type: 'json' }
import intl from './intl.json' with { type: 'json' }
import kz from './kz.json' with { type: 'json' }
import ru from './ru.json' with { type: 'json' }
import ua from './ua.json' with { type: 'json' }
import us from './us.json' with { type: 'json' }
import uz from './uz.json' with { type: 'json' }

/**
 * Crisis lines as data: one JSON file per country beside this file (number, who it is for, hours, cost,
 * languages, the sources it was checked against and when), plus `intl.json` with the international
 * directories shown in every set. Which set a user sees: their explicit choice, else the country of their
 * IANA time zone, else — for a zone we cannot place (a typed `UTC+03:00`) — their language (ru → Russia).
 * Wording lives in locales (`crisis-line-<id>` and the `crisis-*` enums); this module only chooses and orders.
 */

/** Who a line is for. */
export type LineAudience = 'adults' | 'youth' | 'everyone'
/** Hours as a closed set so each renders from a locale message (`crisis-hours-<value>`). */
export type LineHours = '24/7' | '10-20' | 'mon-sat-14-20' | 'varies'
/** What a call costs (`crisis-cost-<value>`). */
export type LineCost = 'free' | 'free-mobile' | 'free-landline' | 'standard'

export type CrisisLine = {
  /** Stable id; the name/description is the locale message `crisis-line-<id>`. */
  id: string
  number: string
  audience: LineAudience
  hours: LineHours
  cost: LineCost
  languages: string[]
  /** `national`, or a region the line serves only (`moscow`). */
  area: string
  note: string
  sources: string[]
  /** ISO date the number was last checked against the sources. */
  checked: string
}

/**
 * Countries we ship a file for (lower-case ISO 3166-1 alpha-2). A file may have no lines when no line had a
 * source we could trust (ge, uz): its users get the country's emergency number and the directories.
 */
export const CRISIS_COUNTRIES = ['ru', 'ua', 'by', 'kz', 'ge', 'am', 'uz', 'de', 'gb', 'us'] as const
export type CrisisCountry = (typeof CRISIS_COUNTRIES)[number]

export type CountryFile = {
  country: string
  emergency: string
  /** Where the emergency number was checked (files added from 2026-11 on). */
  emergencySources?: string[]
  /** Why the file has few or no lines, what was found and why it was not shipped. */
  note?: string
  checked?: string
  lines: CrisisLine[]
}

const FILES: Record<CrisisCountry, CountryFile> = {
  ru: ru as CountryFile,
  ua: ua as CountryFile,
  by: by as CountryFile,
  kz: kz as CountryFile,
  ge: ge as CountryFile,
  am: am as CountryFile,
  uz: uz as CountryFile,
  de: de as CountryFile,
  gb: gb as CountryFile,
  us: us as CountryFile,
}

export type CrisisDirectory = { id: string; url: string }
export const INTERNATIONAL_DIRECTORIES: readonly CrisisDirectory[] = intl.directories.map((d) => ({
  id: d.id,
  url: d.url,
}))

/** Adults see adult and general lines first; the youth variant puts children & teens lines first. */
export type LineVariant = 'adult' | 'youth'

export type CrisisLineSet = {
  /** The country the lines are for, or `intl` when we have no file for the user's country. */
  country: CrisisCountry | 'intl'
  /** Emergency number of that country (null for `intl`: "your local emergency number"). */
  emergency: string | null
  /** Ordered for the variant: the first line is the one to call. */
  lines: CrisisLine[]
  directories: readonly CrisisDirectory[]
}

export function isCrisisCountry(v: string | null | undefined): v is CrisisCountry {
  return (CRISIS_COUNTRIES as readonly string[]).includes(v ?? '')
}

/** The data file of a country (tests check sources and notes). */
export function crisisCountryFile(country: CrisisCountry): Readonly<CountryFile> {
  return FILES[country]
}

/** Every line of every country (tests check each has a name in both locales and a source). */
export function allCrisisLines(): CrisisLine[] {
  return CRISIS_COUNTRIES.flatMap((c) => FILES[c].lines)
}

/**
 * The country of an IANA zone (`Europe/Berlin` → `de`), lower-case; null for offsets (`UTC+03:00`),
 * unknown names, or zones shared by several countries without a main one.
 */
export function countryOfZone(zone: string | null | undefined): string | null {
  if (!zone) return null
  const c = ct.getCountryForTimezone(zone)
  return c ? c.id.toLowerCase() : null
}

/** Adult variant: lines for adults and for everyone come before children & teens lines; youth: the reverse. */
const RANK: Record<LineVariant, Record<LineAudience, number>> = {
  adult: { adults: 0, everyone: 0, youth: 1 },
  youth: { youth: 0, everyone: 1, adults: 2 },
}

/**
 * Lines of a country in the variant's order: audience group, then round-the-clock before limited hours,
 * national before regional, lines for exactly this audience before general ones, file order last.
 */
export function orderLines(lines: readonly CrisisLine[], variant: LineVariant): CrisisLine[] {
  const exact = variant === 'adult' ? 'adults' : 'youth'
  return lines
    .map((line, i) => ({ line, i }))
    .sort(
      (a, b) =>
        RANK[variant][a.line.audience] - RANK[variant][b.line.audience] ||
        Number(a.line.hours !== '24/7') - Number(b.line.hours !== '24/7') ||
        Number(a.line.area !== 'national') - Number(b.line.area !== 'national') ||
        Number(a.line.audience !== exact) - Number(b.line.audience !== exact) ||
        a.i - b.i,
    )
    .map((x) => x.line)
}

export type CrisisLineQuery = {
  /** An explicit choice (a /profile setting); `intl` = only the international directories. */
  country?: string | null
  /** `users.timezone`: an IANA zone or a fixed-offset label. */
  timezone?: string | null
  /** `users.language` or the Telegram language. */
  language?: string | null
  variant?: LineVariant
}

/** Which country a user's lines come from (see the module comment for the order of the rules). */
export function crisisCountryFor(q: CrisisLineQuery): CrisisCountry | 'intl' {
  if (q.country === 'intl') return 'intl'
  if (isCrisisCountry(q.country)) return q.country
  const zoneCountry = countryOfZone(q.timezone)
  if (zoneCountry) return isCrisisCountry(zoneCountry) ? zoneCountry : 'intl'
  // no placeable zone: Russian speakers are the main audience, everyone else gets the directories
  return q.language === 'en' ? 'intl' : 'ru'
}

/** The crisis lines to show a user, ordered for the variant (adult by default). */
export function selectCrisisLines(q: CrisisLineQuery): CrisisLineSet {
  const country = crisisCountryFor(q)
  if (country === 'intl')
    return { country, emergency: null, lines: [], directories: INTERNATIONAL_DIRECTORIES }
  const file = FILES[country]
  return {
    country,
    emergency: file.emergency,
    lines: orderLines(file.lines, q.variant ?? 'adult'),
    directories: INTERNATIONAL_DIRECTORIES,
  }
}
