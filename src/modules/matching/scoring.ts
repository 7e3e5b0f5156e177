import { HOURS_PER_WEEK, utcHoursOfWeek } from '../users/availability.js'
import { isOnboarded } from '../users/onboarding.js'

/** The parts of a profile that matching looks at. */
export type MatchProfile = {
  userId: number
  topicIds: readonly number[]
  availability: readonly string[]
  /** Minutes east of UTC at the matching instant (a zone's real offset then, DST included; see repo.ts). */
  utcOffsetMinutes: number | null
  /** users.helpfulness_score, already in [0,1] (0.5 = no ratings yet). */
  helpfulness: number
  /**
   * Matching partition: two users are matched only within the same one (absent = ''). The place for an
   * extra hard key such as an age group (13–17 only with 13–17): set it where profiles are loaded (repo.ts
   * loadProfiles / eligibleCandidates and the card, card.ts cardOf) and both the card scorer and
   * scoreCandidate() keep partitions apart.
   */
  partition?: string
}

/** The seeker's / candidate's matching partition ('' = the common pool). */
export const partitionOf = (p: Pick<MatchProfile, 'partition'>): string => p.partition ?? ''

export type Candidate = MatchProfile & {
  /** When the candidate joined the queue (ms since epoch); earlier wins ties. */
  queuedAt: number
}

export type ScoredCandidate = {
  candidate: Candidate
  score: number
  tagOverlap: number
  timeOverlap: number
  sharedTopicIds: number[]
}

export const SCORE_WEIGHTS = { tags: 0.6, time: 0.2, helpfulness: 0.2 } as const

/** Topics both users picked, ascending. */
export function sharedTopics(a: readonly number[], b: readonly number[]): number[] {
  const set = new Set(a)
  return [...new Set(b)].filter((t) => set.has(t)).sort((x, y) => x - y)
}

/**
 * tag_overlap ∈ [0,1] = |A ∩ B| / min(|A|, |B|) (overlap coefficient): 1 when the smaller topic list is
 * fully contained in the other, so someone who picked 2 topics is not penalised against someone who picked 6.
 */
export function tagOverlap(a: readonly number[], b: readonly number[]): number {
  const min = Math.min(new Set(a).size, new Set(b).size)
  return min === 0 ? 0 : sharedTopics(a, b).length / min
}

const ALL_HOURS: ReadonlySet<number> = new Set(Array.from({ length: HOURS_PER_WEEK }, (_, h) => h))

/**
 * UTC hours of the week a user can talk (windows from modules/users/availability.ts shifted by their offset).
 * No (known) windows = no stated preference = every hour, so skipping the question never excludes anyone.
 */
export function availableHours(
  p: Pick<MatchProfile, 'availability' | 'utcOffsetMinutes'>,
): ReadonlySet<number> {
  const hours = utcHoursOfWeek(p.availability, p.utcOffsetMinutes ?? 0)
  return hours.size === 0 ? ALL_HOURS : hours
}

/**
 * time_overlap ∈ [0,1] = |HA ∩ HB| / min(|HA|, |HB|) over UTC hours of the week (see availableHours): 1 when
 * the narrower schedule fits inside the other. 0 means they are never free at the same time: incompatible
 * (this is also where time zones enter: the same local evening is a different UTC range in Moscow and Berlin).
 */
export function timeOverlap(
  a: Pick<MatchProfile, 'availability' | 'utcOffsetMinutes'>,
  b: Pick<MatchProfile, 'availability' | 'utcOffsetMinutes'>,
): number {
  const ha = availableHours(a)
  const hb = availableHours(b)
  const [small, large] = ha.size <= hb.size ? [ha, hb] : [hb, ha]
  let common = 0
  for (const h of small) if (large.has(h)) common++
  return small.size === 0 ? 0 : common / small.size
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0)

/** The weighted sum, in one place so the card scorer (card.ts) computes bit-identical scores. */
export const combineScore = (tags: number, time: number, helpfulness: number): number =>
  SCORE_WEIGHTS.tags * tags + SCORE_WEIGHTS.time * time + SCORE_WEIGHTS.helpfulness * clamp01(helpfulness)

/**
 * score = 0.6·tag_overlap + 0.2·time_overlap + 0.2·helpfulness, each term in [0,1], so score ∈ [0,1].
 * helpfulness is the candidate's users.helpfulness_score (rewarding people others found helpful).
 * Returns null when the pair is not eligible: fewer than `minSharedTopics` shared topics, or no common hour.
 */
export function scoreCandidate(
  seeker: MatchProfile,
  candidate: Candidate,
  opts: { minSharedTopics: number },
): ScoredCandidate | null {
  if (partitionOf(seeker) !== partitionOf(candidate)) return null
  const shared = sharedTopics(seeker.topicIds, candidate.topicIds)
  if (shared.length < Math.max(1, opts.minSharedTopics)) return null
  const time = timeOverlap(seeker, candidate)
  if (time <= 0) return null
  const tags = tagOverlap(seeker.topicIds, candidate.topicIds)
  const score = combineScore(tags, time, candidate.helpfulness)
  return { candidate, score, tagOverlap: tags, timeOverlap: time, sharedTopicIds: shared }
}

/** Scores closer than this are ties (floating-point noise must not decide who gets matched). */
const EPS = 1e-9

/** Ordering: highest score; ties → earliest queued; then lowest user id (fully deterministic). */
export function compareScored(x: ScoredCandidate, y: ScoredCandidate): number {
  if (Math.abs(x.score - y.score) > EPS) return y.score - x.score
  if (x.candidate.queuedAt !== y.candidate.queuedAt) return x.candidate.queuedAt - y.candidate.queuedAt
  return x.candidate.userId - y.candidate.userId
}

/** Eligible candidates scored and ranked best-first (the seeker itself is never a candidate). */
export function rankCandidates(
  seeker: MatchProfile,
  candidates: readonly Candidate[],
  opts: { minSharedTopics: number },
): ScoredCandidate[] {
  const out: ScoredCandidate[] = []
  for (const c of candidates) {
    if (c.userId === seeker.userId) continue
    const s = scoreCandidate(seeker, c, opts)
    if (s) out.push(s)
  }
  return out.sort(compareScored)
}

/** The user-level states that make someone unavailable for matching (either as seeker or as candidate). */
export type EligibilityInput = {
  telegramId: number | null
  safetyAck: boolean
  onboardingStep: string
  deletedAt: Date | null
  bannedAt: Date | null
  matchingSuspendedAt: Date | null
  pausedAt: Date | null
}

export type Ineligibility = 'not-onboarded' | 'deleted' | 'banned' | 'suspended' | 'paused'

/** Why a user cannot be matched right now, or null when they can. Order = what we tell the user first. */
export function ineligibility(u: EligibilityInput): Ineligibility | null {
  if (u.deletedAt || u.telegramId === null) return 'deleted'
  if (u.bannedAt) return 'banned'
  // the onboarding module's guard: safety notice accepted and wizard finished
  if (!isOnboarded(u)) return 'not-onboarded'
  if (u.matchingSuspendedAt) return 'suspended'
  if (u.pausedAt) return 'paused'
  return null
}
