import {
  type CrisisLine,
  type CrisisLineQuery,
  type CrisisLineSet,
  crisisCountryFor,
  isCrisisCountry,
  type LineVariant,
  selectCrisisLines,
} from '../../modules/safety/crisis-lines/index.js'
import type { CrisisResponsePlan } from '../../modules/safety/crisis-response.js'
import { crisisVariantFor } from '../../modules/users/age.js'
import type { Language, Translate } from '../i18n.js'

/**
 * The one renderer of crisis resources, used everywhere they appear: onboarding, /help, the relay's crisis
 * replies and /hint. Lines come from data (`src/modules/safety/crisis-lines/`), words from
 * `locales/<lang>/crisis.ftl`.
 */

/** A translator bound to one language (`ctx.t`, or `translate` with the language fixed). */
export type T = (key: string, vars?: Record<string, string | number>) => string

/** Whose lines: the user's saved settings (a row of `users` fits). */
export type CrisisAudience = {
  language?: string | null
  timezone?: string | null
  crisisCountry?: string | null
  /** users.age_group: 13–17 and under 13 see the children & teens lines first (users/age.ts). */
  ageGroup?: string | null
}

/** The lines' order for this person: youth first for minors, adult otherwise. */
export const variantOf = (who: CrisisAudience): LineVariant => crisisVariantFor(who.ageGroup)

export const bindTranslate =
  (translate: Translate, lang: Language): T =>
  (key, vars) =>
    translate(lang, key, vars)

export function linesQuery(who: CrisisAudience, variant: LineVariant = variantOf(who)): CrisisLineQuery {
  return { country: who.crisisCountry, timezone: who.timezone, language: who.language, variant }
}

function lineRow(t: T, line: CrisisLine): string {
  const details = [
    t(`crisis-audience-${line.audience}`),
    t(`crisis-hours-${line.hours.replace('/', '-')}`),
    t(`crisis-cost-${line.cost}`),
  ].join(', ')
  return t('crisis-line-row', { number: line.number, name: t(`crisis-line-${line.id}`), details })
}

/** The emergency number as it fits in a sentence ("call 112 now"). */
export function emergencyText(t: T, set: CrisisLineSet): string {
  return set.emergency ?? t('crisis-emergency-number-local')
}

/** The block of lines: intro, the lines in order, the emergency number, the international directories. */
export function renderCrisisLines(t: T, set: CrisisLineSet): string {
  const rows = [t('crisis-lines-intro'), ...set.lines.map((l) => lineRow(t, l))]
  rows.push(set.emergency ? t('crisis-emergency', { number: set.emergency }) : t('crisis-emergency-local'))
  rows.push(t('crisis-directories', { urls: set.directories.map((d) => d.url).join(', ') }))
  rows.push(t('crisis-country-hint'))
  return rows.join('\n')
}

/** The block of lines for a user (their country choice, time zone or language; adult order by default). */
export function crisisLinesFor(t: T, who: CrisisAudience, variant: LineVariant = variantOf(who)): string {
  return renderCrisisLines(t, selectCrisisLines(linesQuery(who, variant)))
}

/** The private message for the writer of a crisis message, by what the plan says they need. */
export function renderWriterReply(
  t: T,
  who: CrisisAudience,
  plan: Pick<CrisisResponsePlan, 'writer' | 'harmReduction'>,
  variant: LineVariant = variantOf(who),
): string {
  const set = selectCrisisLines(linesQuery(who, variant))
  const vars = { lines: renderCrisisLines(t, set), emergency: emergencyText(t, set) }
  // crisis-writer-imminent | -crisis | -self-harm | -third-party
  const body = t(`crisis-writer-${plan.writer.replace('_', '-')}`, vars)
  return plan.harmReduction && plan.writer !== 'third_party'
    ? `${body}\n\n${t('crisis-harm-reduction', vars)}`
    : body
}

/** Guidance for the chat partner of someone in crisis, with lines they can forward. */
export function renderPartnerGuidance(
  t: T,
  who: CrisisAudience,
  variant: LineVariant = variantOf(who),
): string {
  return t('crisis-partner', { lines: crisisLinesFor(t, who, variant) })
}

/**
 * The chat service's crisis notices (its `CrisisWording` port), rendered in each recipient's language with
 * their own country's lines — the partner never learns the writer's country.
 */
export function createCrisisWording(translate: Translate) {
  return {
    writer: (to: CrisisAudience & { language: Language }, plan: CrisisResponsePlan) =>
      renderWriterReply(bindTranslate(translate, to.language), to, plan),
    partner: (to: CrisisAudience & { language: Language }) =>
      renderPartnerGuidance(bindTranslate(translate, to.language), to),
  }
}

/** The card line: the chosen country, or the one the time zone/language gives ("Germany (from my time zone)"). */
export function crisisCountryLabel(t: T, who: CrisisAudience): string {
  if (who.crisisCountry) {
    const chosen = isCrisisCountry(who.crisisCountry) ? who.crisisCountry : 'intl'
    return t(`crisis-country-name-${chosen}`)
  }
  return t('crisis-country-auto', { country: t(`crisis-country-name-${crisisCountryFor(linesQuery(who))}`) })
}
