import type { Db } from '../../db/client.js'
import type { MatchRow } from '../../db/schema/index.js'
import { cardScorer, decodeCard, encodeCard } from './card.js'
import type { MatchQueue } from './queue.js'
import {
  type CandidateFilter,
  type EligibleCandidate,
  eligibleCandidates,
  insertProposalUnlessBusy,
  lockUsers,
  type SeekerProfile,
} from './repo.js'
import { type Candidate, compareScored, type ScoredCandidate, scoreCandidate } from './scoring.js'

/** How many best-scored candidates get the eligibility SQL first; doubled (up to VERIFY_MAX) while all fail. */
export const VERIFY_FIRST = 8
const VERIFY_MAX = 64
/** How many eligible best-ranked candidates one window tries to lock before moving to the next window. */
const LOCK_ATTEMPTS = 5

export type ProposerConfig = {
  queueTtlSec: number
  proposalTtlSec: number
  minSharedTopics: number
  candidateWindow: number
  maxCandidateScan: number
}

/** Work counters (bench/matching.ts prints them per proposal). */
export type ProposerStats = {
  lookups: number
  windows: number
  /** Window candidates ranked from their score cards. */
  scored: number
  /** Candidates whose eligibility was checked in SQL, and the number of those queries. */
  checked: number
  eligibilityQueries: number
  /** Cards found stale (profile edited after /find) and rewritten. */
  refreshed: number
}

type Pending = { s: ScoredCandidate; card: string | null }

/** Thrown inside the proposal transaction to roll back an insert whose users no longer both wait. */
class Withdrawn extends Error {
  override name = 'Withdrawn'
  constructor(readonly outcome: 'seeker-gone' | 'busy') {
    super(outcome)
  }
}

/** Ranks above every real score (all terms are ≤ 1): a candidate without a card is checked first. */
const UNKNOWN_BOUND = 2

/**
 * Score first, check eligibility for the best few. Ranking a window of waiting users needs only their score
 * cards (Redis, one round trip); the eligibility SQL (blocks, anti-repeat, declines, bans, pauses, open
 * matches, onboarding) runs over the top VERIFY_FIRST, then the next 16, 32… only while all of them fail.
 *
 * The result is the one the full ranking of all eligible window candidates gives, because a candidate is
 * taken only once it ranks (by its fresh SQL-read profile) at or above the best still unchecked card. A card
 * that turns out stale is re-scored from the fresh row, ranked by that, and rewritten (with the topic index).
 */
export function createProposer(deps: {
  db: Db
  queue: MatchQueue
  config: ProposerConfig
  filter: CandidateFilter
}) {
  const { db, queue, config, filter } = deps
  const stats: ProposerStats = {
    lookups: 0,
    windows: 0,
    scored: 0,
    checked: 0,
    eligibilityQueries: 0,
    refreshed: 0,
  }

  /**
   * Locks both users and inserts the proposal if both still wait and neither is busy. Under the locks one
   * statement checks "busy" and inserts, while Redis is asked at once whether both still wait; if one left,
   * the transaction rolls back. Round trips: BEGIN, locks, insert ∥ Redis, COMMIT.
   */
  const tryPropose = async (seeker: SeekerProfile, chosen: ScoredCandidate) => {
    const candId = chosen.candidate.userId
    try {
      return await db.transaction(async (tx) => {
        await lockUsers(tx, seeker.userId, candId)
        const [{ busy, row }, [seekerQueued, candQueued]] = await Promise.all([
          insertProposalUnlessBusy(tx, {
            userX: seeker.userId,
            userY: candId,
            score: chosen.score,
            sharedTopicIds: chosen.sharedTopicIds,
            ttlSec: config.proposalTtlSec,
          }),
          queue.queued(seeker.userId, candId),
        ])
        // the seeker got matched/cancelled meanwhile → stop; the candidate did → try the next one
        const gone =
          busy.has(seeker.userId) || !seekerQueued
            ? ('seeker-gone' as const)
            : busy.has(candId) || !candQueued
              ? ('busy' as const)
              : null
        if (gone) {
          if (row) throw new Withdrawn(gone)
          return gone
        }
        if (!row) throw new Error('proposal neither inserted nor refused')
        return row
      })
    } catch (err) {
      if (err instanceof Withdrawn) return err.outcome
      throw err
    }
  }

  /** Rewrites a stale card (and the topic index) from the fresh row, if the user still waits. */
  const refresh = async (c: EligibleCandidate) => {
    const m = await queue.marker(c.userId)
    if (m && (await queue.refreshCard(c.userId, m, c.card.topicIds, encodeCard(c.card)))) stats.refreshed++
  }

  /** Look up, rank and try to lock+insert a proposal for a queued seeker. Does not touch the queue. */
  async function proposeFor(
    seeker: SeekerProfile,
    at: Date = new Date(),
  ): Promise<{ match: MatchRow; chosen: ScoredCandidate } | null> {
    stats.lookups++
    const cutoff = at.getTime() - config.queueTtlSec * 1000
    const window = Math.max(1, config.candidateWindow)
    const opts = { minSharedTopics: config.minSharedTopics }
    const score = cardScorer(seeker, { ...opts, at })
    for (let offset = 0; offset < Math.max(window, config.maxCandidateScan); offset += window) {
      stats.windows++
      const { candidates, more } = await queue.candidateWindow(seeker.topicIds, { offset, limit: window })
      const pending: Pending[] = []
      for (const [id, e] of candidates) {
        if (id === seeker.userId || e.queuedAt < cutoff) continue
        stats.scored++
        const card = decodeCard(e.card)
        if (!card) {
          // no card (queued before cards existed): rank it first so SQL decides
          const candidate: Candidate = {
            userId: id,
            topicIds: [],
            availability: [],
            utcOffsetMinutes: null,
            helpfulness: 0,
            queuedAt: e.queuedAt,
          }
          pending.push({
            s: { candidate, score: UNKNOWN_BOUND, tagOverlap: 0, timeOverlap: 0, sharedTopicIds: [] },
            card: null,
          })
          continue
        }
        const s = score(id, e.queuedAt, card)
        if (s) pending.push({ s, card: e.card })
      }
      pending.sort((x, y) => compareScored(x.s, y.s))

      const verified: ScoredCandidate[] = []
      let next = 0
      let batch = VERIFY_FIRST
      let locks = 0
      scan: for (;;) {
        // Take the best checked candidate while no unchecked card could rank above it.
        for (;;) {
          const best = verified[0]
          const head = pending[next]
          if (!best || (head && compareScored(best, head.s) > 0)) break
          verified.shift()
          const outcome = await tryPropose(seeker, best)
          if (outcome === 'seeker-gone') return null
          if (outcome !== 'busy') return { match: outcome, chosen: best }
          if (++locks >= LOCK_ATTEMPTS) break scan
        }
        if (next >= pending.length) break
        const slice = pending.slice(next, next + batch)
        next += slice.length
        batch = Math.min(batch * 2, VERIFY_MAX)
        const byId = new Map(slice.map((p) => [p.s.candidate.userId, p]))
        stats.eligibilityQueries++
        stats.checked += slice.length
        const fresh = await eligibleCandidates(
          db,
          seeker.userId,
          new Map(slice.map((p) => [p.s.candidate.userId, p.s.candidate.queuedAt])),
          filter,
          at,
        )
        for (const c of fresh) {
          const p = byId.get(c.userId)
          if (!p) continue
          const same = p.card === encodeCard(c.card)
          if (!same) await refresh(c)
          const s = same ? p.s : scoreCandidate(seeker, c, opts)
          if (!s) continue
          let i = verified.length
          while (i > 0 && compareScored(verified[i - 1] as ScoredCandidate, s) > 0) i--
          verified.splice(i, 0, s)
        }
      }
      if (!more) break
    }
    return null
  }

  return { proposeFor, stats }
}

export type Proposer = ReturnType<typeof createProposer>
