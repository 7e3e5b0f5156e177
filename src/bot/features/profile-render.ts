import type { TopicRow, UserRow } from '../../db/schema/index.js'
import { AVAILABILITY_WINDOWS } from '../../modules/users/availability.js'
import type { TextRejection } from '../../modules/users/onboarding.js'
import {
  findCommonZone,
  fixedZoneOffset,
  formatUtcOffset,
  formatUtcOffsetShort,
  isIanaZone,
  zoneOffsetMinutes,
  zonePlaceName,
} from '../../modules/users/timezone.js'
import { type T, topicLabel } from '../keyboards/onboarding.js'
import { crisisCountryLabel } from '../views/crisis.js'

/** Shared text rendering for the wizard (/start) and /profile. */

export function languageName(t: T, lang: string): string {
  return t(lang === 'en' ? 'onboarding-language-name-en' : 'onboarding-language-name-ru')
}

export function timezoneText(
  t: T,
  user: Pick<UserRow, 'timezone' | 'utcOffsetMinutes'> & { language?: string },
): string {
  if (!user.timezone) return t('profile-not-set')
  const zone = findCommonZone(user.timezone)
  if (zone) return `${t(`onboarding-tz-${zone.key}`)} (${formatUtcOffsetShort(zoneOffsetMinutes(zone.zone))})`
  // a typed whole-hour offset, stored as Etc/GMT∓N: shown as typed
  const fixed = fixedZoneOffset(user.timezone)
  if (fixed !== null) return formatUtcOffset(fixed)
  // a typed place: its name in the user's language (ICU's city or country) and today's offset
  if (isIanaZone(user.timezone)) {
    const place = zonePlaceName(user.timezone, user.language === 'en' ? 'en' : 'ru')
    return `${place} (${formatUtcOffsetShort(zoneOffsetMinutes(user.timezone))})`
  }
  return user.timezone
}

export function availabilityText(t: T, windows: readonly string[]): string {
  const set = new Set(windows)
  const labels = AVAILABILITY_WINDOWS.filter((w) => set.has(w.id)).map((w) => t(`onboarding-av-${w.id}`))
  return labels.length ? labels.join(', ') : t('profile-not-set')
}

export function topicsText(t: T, lang: string, topics: readonly TopicRow[]): string {
  return topics.length ? topics.map((x) => topicLabel(x, lang)).join(', ') : t('profile-not-set')
}

export function profileCardText(t: T, profile: { user: UserRow; topics: TopicRow[] }): string {
  const { user } = profile
  return t('profile-card', {
    nickname: user.nickname ?? t('profile-not-set'),
    language: languageName(t, user.language),
    topics: topicsText(t, user.language, profile.topics),
    timezone: timezoneText(t, user),
    availability: availabilityText(t, user.availability),
    bio: user.bio ?? t('profile-not-set'),
    crisis: crisisCountryLabel(t, user),
    status: t(user.pausedAt ? 'profile-status-paused' : 'profile-status-active'),
  })
}

/** The user-facing reason a bio/pseudonym was refused. */
export function rejectionText(t: T, r: TextRejection | { ok: false; reason: 'taken' }): string {
  switch (r.reason) {
    case 'empty':
      return t('onboarding-invalid-empty')
    case 'too-long':
      return t('onboarding-invalid-too-long', { max: r.max })
    case 'too-short':
      return t('onboarding-invalid-too-short', { min: r.min })
    case 'contact-info':
      return t('onboarding-invalid-contact', { what: t(`onboarding-pii-${r.kind}`) })
    case 'telegram-name':
      return t('onboarding-invalid-telegram-name')
    case 'taken':
      return t('onboarding-invalid-taken')
  }
}
