import { InlineKeyboard } from 'grammy'
import type { TopicRow } from '../../db/schema/index.js'
import { AVAILABILITY_WINDOWS } from '../../modules/users/availability.js'
import { COMMON_ZONES, formatUtcOffsetShort, zoneOffsetMinutes } from '../../modules/users/timezone.js'

/** `ctx.t` or a bound `translate(lang, …)`. */
export type T = (key: string, vars?: Record<string, string | number>) => string

/**
 * Who is asking: `ob` = the onboarding wizard (/start), `pf` = a /profile edit. Callback data is
 * `<mode>:<action>[:<arg>]`, e.g. `ob:topic:burnout`, `pf:av:night` (always ≤ 64 bytes).
 */
export type EditorMode = 'ob' | 'pf'

const CHECK = '✅ '

export function topicLabel(topic: Pick<TopicRow, 'nameRu' | 'nameEn' | 'emoji'>, lang: string): string {
  const name = lang === 'en' ? topic.nameEn : topic.nameRu
  return topic.emoji ? `${topic.emoji} ${name}` : name
}

export function languageKeyboard(t: T, mode: EditorMode): InlineKeyboard {
  const kb = new InlineKeyboard()
    .text(t('onboarding-lang-ru'), `${mode}:lang:ru`)
    .text(t('onboarding-lang-en'), `${mode}:lang:en`)
  if (mode === 'pf') kb.row().text(t('profile-back'), 'pf:back')
  return kb
}

export function consentKeyboard(t: T): InlineKeyboard {
  return new InlineKeyboard().text(t('onboarding-consent-button'), 'ob:consent')
}

export function nicknameKeyboard(t: T, mode: EditorMode): InlineKeyboard {
  const kb = new InlineKeyboard().text(t('onboarding-nickname-regen'), `${mode}:nick:regen`)
  if (mode === 'ob') return kb.text(t('onboarding-nickname-keep'), 'ob:nick:ok')
  return kb.text(t('profile-nickname-own'), 'pf:nick:own').row().text(t('profile-back'), 'pf:back')
}

/** Two topics per row, selected ones ticked, then "Done". */
export function topicsKeyboard(
  t: T,
  mode: EditorMode,
  lang: string,
  all: readonly TopicRow[],
  selected: ReadonlySet<number>,
): InlineKeyboard {
  const kb = new InlineKeyboard()
  all.forEach((topic, i) => {
    if (i > 0 && i % 2 === 0) kb.row()
    kb.text(`${selected.has(topic.id) ? CHECK : ''}${topicLabel(topic, lang)}`, `${mode}:topic:${topic.slug}`)
  })
  return kb.row().text(t('onboarding-topics-done'), `${mode}:topics:done`)
}

/** Common zones with their current offset, two per row. */
export function timezoneKeyboard(t: T, mode: EditorMode, now: Date = new Date()): InlineKeyboard {
  const kb = new InlineKeyboard()
  COMMON_ZONES.forEach((z, i) => {
    if (i > 0 && i % 2 === 0) kb.row()
    const offset = formatUtcOffsetShort(zoneOffsetMinutes(z.zone, now))
    kb.text(`${t(`onboarding-tz-${z.key}`)} (${offset})`, `${mode}:tz:${z.key}`)
  })
  if (mode === 'pf') kb.row().text(t('profile-back'), 'pf:back')
  return kb
}

export function availabilityKeyboard(t: T, mode: EditorMode, selected: readonly string[]): InlineKeyboard {
  const kb = new InlineKeyboard()
  const set = new Set(selected)
  for (const w of AVAILABILITY_WINDOWS) {
    kb.text(`${set.has(w.id) ? CHECK : ''}${t(`onboarding-av-${w.id}`)}`, `${mode}:av:${w.id}`).row()
  }
  return kb.text(t('onboarding-availability-done'), `${mode}:av:done`)
}

export function bioKeyboard(t: T, mode: EditorMode, hasBio: boolean): InlineKeyboard {
  if (mode === 'ob') return new InlineKeyboard().text(t('onboarding-bio-skip'), 'ob:bio:skip')
  const kb = new InlineKeyboard()
  if (hasBio) kb.text(t('profile-bio-clear'), 'pf:bio:clear')
  return kb.text(t('profile-back'), 'pf:back')
}

export function profileKeyboard(t: T): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('profile-edit-language'), 'pf:lang')
    .text(t('profile-edit-nickname'), 'pf:nick')
    .row()
    .text(t('profile-edit-topics'), 'pf:topics')
    .text(t('profile-edit-timezone'), 'pf:tz')
    .row()
    .text(t('profile-edit-availability'), 'pf:av')
    .text(t('profile-edit-bio'), 'pf:bio')
    .row()
    .text(t('profile-edit-crisis'), 'cc:open')
    .row()
    .text(t('age-profile-button'), 'age:ask')
}

export function backKeyboard(t: T): InlineKeyboard {
  return new InlineKeyboard().text(t('profile-back'), 'pf:back')
}

export function deleteConfirmKeyboard(t: T): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('profile-delete-confirm'), 'del:yes')
    .text(t('profile-delete-cancel'), 'del:no')
}
