import type { UserRow } from '../../db/schema/index.js'
import { findPii, type PiiKind } from '../safety/pii.js'

/**
 * The onboarding wizard, in order. `users.onboarding_step` holds where a user stands; `done` = finished.
 * A step's free-text input (own pseudonym, UTC offset, bio) is interpreted by the step stored here,
 * so the wizard survives restarts and runs on any instance.
 */
export const ONBOARDING_STEPS = [
  'language',
  'consent',
  // age group (users/age.ts): asked right after consent, before anything is matched or shown to others
  'age',
  'nickname',
  'topics',
  'timezone',
  'availability',
  'bio',
  'done',
] as const

export type OnboardingStep = (typeof ONBOARDING_STEPS)[number]

export function asOnboardingStep(value: string): OnboardingStep {
  return (ONBOARDING_STEPS as readonly string[]).includes(value) ? (value as OnboardingStep) : 'language'
}

/** The step after `step` (`done` stays `done`). */
export function nextStep(step: OnboardingStep): OnboardingStep {
  const i = ONBOARDING_STEPS.indexOf(step)
  return ONBOARDING_STEPS[Math.min(i + 1, ONBOARDING_STEPS.length - 1)] ?? 'done'
}

export const MIN_TOPICS = 2
export const BIO_MAX_LENGTH = 300
export const NICKNAME_MIN_LENGTH = 2
export const NICKNAME_MAX_LENGTH = 32

type OnboardingFields = Pick<UserRow, 'safetyAck' | 'onboardingStep' | 'deletedAt'>

/**
 * The guard for every match/chat feature: the user exists, accepted the safety notice and finished the
 * wizard. (Ban, pause and suspension are separate: see `canBeMatched`.)
 */
export function isOnboarded(user: OnboardingFields | null | undefined): boolean {
  return Boolean(user && !user.deletedAt && user.safetyAck && user.onboardingStep === 'done')
}

/** Onboarded and currently open to new matches: not paused, banned or suspended. */
export function canBeMatched(
  user:
    | (OnboardingFields & Pick<UserRow, 'pausedAt' | 'bannedAt' | 'matchingSuspendedAt'>)
    | null
    | undefined,
): boolean {
  return Boolean(isOnboarded(user) && !user?.pausedAt && !user?.bannedAt && !user?.matchingSuspendedAt)
}

export type TextRejection =
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'too-short'; min: number }
  | { ok: false; reason: 'too-long'; max: number }
  | { ok: false; reason: 'contact-info'; kind: PiiKind }
  | { ok: false; reason: 'telegram-name' }

export type TextValidation = { ok: true; value: string } | TextRejection

const LONE_UNDERSCORE_WORD = /^\p{L}[\p{L}\p{N}]*(?:_[\p{L}\p{N}]+)+_?$/u

function contactKind(text: string): PiiKind | null {
  return findPii(text)[0]?.kind ?? null
}

/**
 * Bio: up to 300 characters, no contact details or identifying data (phones, emails, @usernames, links,
 * ids, street addresses, full names, document numbers: whatever `findPii` finds).
 */
export function validateBio(input: string): TextValidation {
  const value = input.trim()
  if (!value) return { ok: false, reason: 'empty' }
  if ([...value].length > BIO_MAX_LENGTH) return { ok: false, reason: 'too-long', max: BIO_MAX_LENGTH }
  const kind = contactKind(value)
  if (kind) return { ok: false, reason: 'contact-info', kind }
  return { ok: true, value }
}

/**
 * Own pseudonym: one line, 2–32 characters, no contact details, full name or address (`findPii`), and not
 * the user's own Telegram name/username (`telegramNames`), which would defeat the anonymity.
 */
export function validateNickname(
  input: string,
  telegramNames: readonly (string | undefined)[] = [],
): TextValidation {
  const value = input.replace(/\s+/g, ' ').trim()
  if (!value) return { ok: false, reason: 'empty' }
  const length = [...value].length
  if (length < NICKNAME_MIN_LENGTH) return { ok: false, reason: 'too-short', min: NICKNAME_MIN_LENGTH }
  if (length > NICKNAME_MAX_LENGTH) return { ok: false, reason: 'too-long', max: NICKNAME_MAX_LENGTH }
  // A pseudonym that is one underscore word («ночная_сова», "luna_27") is read by findPii as a handle when a
  // chat message carries it; as a pseudonym it points nowhere by itself (its owner's own username is refused
  // below), so it is judged as the words it joins: «Кира_Лебедева» is still a full name.
  const kind = LONE_UNDERSCORE_WORD.test(value) ? contactKind(value.replace(/_/g, ' ')) : contactKind(value)
  if (kind) return { ok: false, reason: 'contact-info', kind }
  const lower = value.toLowerCase()
  const own = telegramNames
    .filter((n): n is string => Boolean(n && n.trim().length >= NICKNAME_MIN_LENGTH))
    .map((n) => n.trim().toLowerCase().replace(/^@/, ''))
  if (own.some((n) => lower === n || lower.split(' ').includes(n)))
    return { ok: false, reason: 'telegram-name' }
  return { ok: true, value }
}
