/**
 * Age groups (issue #16 §3). The user states one at onboarding (after consent) and may change it in /profile:
 * under 13, 13–17 or 18+. Stored in users.age_group; null = not asked yet (accounts from before age groups).
 *
 * - under 13: never served (a kind refusal with youth crisis lines; only /delete_me and /privacy work).
 * - 13–17: served only when the operator sets ALLOW_MINORS, and then only ever matched with 13–17.
 * - 18+: only ever matched with 18+.
 *
 * The group itself is the matching partition (matching/scoring.ts `partition`): equal groups only.
 */
export const AGE_GROUPS = ['under_13', '13_17', '18_plus'] as const

export type AgeGroup = (typeof AGE_GROUPS)[number]

export function asAgeGroup(value: string | null | undefined): AgeGroup | null {
  return (AGE_GROUPS as readonly (string | null | undefined)[]).includes(value) ? (value as AgeGroup) : null
}

export type AgePolicy = {
  /** Config ALLOW_MINORS: 13–17 may use the bot (matched only among themselves). */
  allowMinors: boolean
}

/**
 * What the bot may do for a user of this group:
 * `ok` (served), `unknown` (ask first), `under-13` or `minors-off` (a kind refusal with youth lines).
 */
export type AgeAccess = 'ok' | 'unknown' | 'under-13' | 'minors-off'

export function ageAccess(group: string | null | undefined, policy: AgePolicy): AgeAccess {
  const g = asAgeGroup(group)
  if (g === null) return 'unknown'
  if (g === 'under_13') return 'under-13'
  if (g === '13_17' && !policy.allowMinors) return 'minors-off'
  return 'ok'
}

/** Minors see the children & teens crisis lines first (modules/safety/crisis-lines `youth` variant). */
export function crisisVariantFor(group: string | null | undefined): 'adult' | 'youth' {
  const g = asAgeGroup(group)
  return g === 'under_13' || g === '13_17' ? 'youth' : 'adult'
}

/** The matching partition of a group ('' = unknown: matched with nobody, the SQL check requires a group). */
export function matchPartitionOf(group: string | null | undefined): string {
  return asAgeGroup(group) ?? ''
}

/** May two users of these groups ever be in one chat? Only equal, known, served groups. */
export function mayBePaired(
  a: string | null | undefined,
  b: string | null | undefined,
  policy: AgePolicy,
): boolean {
  return ageAccess(a, policy) === 'ok' && ageAccess(b, policy) === 'ok' && asAgeGroup(a) === asAgeGroup(b)
}
