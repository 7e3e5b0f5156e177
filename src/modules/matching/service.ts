import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import type { Redis } from 'ioredis'
import type { Language, Translate } from '../../bot/i18n.js'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { type MatchRow, matches } from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import { type Messenger, RecipientGoneError } from '../messenger.js'
import { ageAccess, mayBePaired } from '../users/age.js'
import { cardOf, encodeCard } from './card.js'
import { createProposer } from './propose.js'
import { createMatchQueue, MQ } from './queue.js'
import {
  type CandidateFilter,
  expireDue,
  loadProfile,
  loadProfiles,
  loadTopicNames,
  lockUsers,
  matchForUpdate,
  openMatchFor,
  openSession,
  recentlySettled,
  type SeekerProfile,
  sessionForMatch,
  type TopicNames,
} from './repo.js'
import { type Ineligibility, ineligibility } from './scoring.js'

/** What the chat module gets when both users accepted (after the commit that created the session). */
export type SessionOpened = { sessionId: number; matchId: number; userA: number; userB: number }

export type MatchingConfig = {
  proposalTtlSec: number
  queueTtlSec: number
  antiRepeatDays: number
  declineCooldownSec: number
  minSharedTopics: number
  /** Waiting users read per topic set per lookup round (oldest first). */
  candidateWindow: number
  /** Upper bound on ranks read per topic set while looking for an eligible candidate. */
  maxCandidateScan: number
  /** Config ALLOW_MINORS: 13–17 may search (and are matched with 13–17 only). Default off. */
  allowMinors?: boolean
}

export function matchingConfigFrom(c: Config): MatchingConfig {
  return {
    proposalTtlSec: c.MATCH_PROPOSAL_TTL_SEC,
    queueTtlSec: c.MATCH_QUEUE_TTL_SEC,
    antiRepeatDays: c.MATCH_ANTI_REPEAT_DAYS,
    declineCooldownSec: c.MATCH_DECLINE_COOLDOWN_SEC,
    minSharedTopics: c.MATCH_MIN_SHARED_TOPICS,
    candidateWindow: c.MATCH_CANDIDATE_WINDOW,
    maxCandidateScan: c.MATCH_CANDIDATE_MAX_SCAN,
    allowMinors: c.ALLOW_MINORS,
  }
}

export type MatchingDeps = {
  db: Db
  redis: Redis
  messenger: Messenger
  translate: Translate
  metrics: Pick<
    Metrics,
    'queueLength' | 'matchesProposed' | 'matchesAccepted' | 'matchesExpired' | 'matchesDeclined'
  >
  logger: Logger
  config: MatchingConfig
  /**
   * Both accepted and the session row is committed. At-least-once: after a crash the sweeper calls it again
   * for the same session, so it must be idempotent. Default: tell both users the chat has started.
   */
  onSessionOpened?: (s: SessionOpened) => Promise<void>
}

export type FindRefusal =
  | 'already-queued'
  | 'in-chat'
  | 'pending-proposal'
  | 'too-few-topics'
  | 'no-account'
  /** No stated age group, or one that is not served (users/age.ts); the bot's age gate normally asks first. */
  | 'age-group'
  | Ineligibility

export type FindResult =
  | { ok: true; entryId: string; queuedAt: number; ttlSec: number }
  | { ok: false; reason: FindRefusal }

export type CancelResult =
  | { ok: true; left: 'queue' }
  | { ok: true; left: 'proposal'; matchId: number }
  | { ok: false; reason: 'not-queued' | 'in-chat' }

export type AcceptResult =
  | { ok: true; state: 'waiting-partner'; again: boolean }
  | { ok: true; state: 'active'; sessionId: number }
  | { ok: false; reason: 'not-found' | 'expired' | 'declined' | 'already-active' | 'closed' }

export type DeclineResult =
  | { ok: true; requeuedPartner: boolean }
  | { ok: false; reason: 'not-found' | 'expired' | 'already-declined' | 'already-active' | 'closed' }

export type EntryOutcome = 'proposed' | 'waiting' | 'stale' | 'already-matched' | 'ineligible'

/** A find request as read from the stream. */
export type FindEntry = { entryId: string; userId: number; queuedAt: number }

const PROPOSAL_MSGS = (matchId: number) => `mq:pm:${matchId}`
const FX_DONE = (matchId: number) => `mq:fx:${matchId}`
const FX_LOCK = (matchId: number) => `mq:fxl:${matchId}`
/** Lease of one process sending one side's proposal (several match workers may handle the pair's entries). */
const PROPOSAL_SEND_LOCK = (matchId: number, userId: number) => `mq:pml:${matchId}:${userId}`
const PROPOSAL_SEND_LEASE_MS = 30_000
const RELEASE_OWN_LOCK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`

export const acceptData = (matchId: number) => `match:acc:${matchId}`
export const declineData = (matchId: number) => `match:dec:${matchId}`

const lang = (v: string | null | undefined): Language => (v === 'en' ? 'en' : 'ru')

/** Stand-in for a user row that no longer exists. */
const GONE = {
  telegramId: null,
  safetyAck: false,
  onboardingStep: '',
  deletedAt: new Date(0),
  bannedAt: null,
  matchingSuspendedAt: null,
  pausedAt: null,
}

/**
 * Matching: the waiting queue (Redis), the decision (Postgres, under per-user advisory locks) and the
 * proposal lifecycle proposed → active | declined | expired. Framework-free: talks to users via Messenger.
 *
 * Consistency model: Postgres is the truth about matches; the Redis marker is the truth about "waiting".
 * A proposal is inserted only while both users' markers exist and neither has an open match, checked under
 * both users' advisory locks (cancel/enqueue take the same lock). After-commit effects (queue cleanup,
 * proposal messages, notices, re-queueing, onSessionOpened) are idempotent and retried: by stream redelivery
 * for proposals, by the sweeper's reconcile() for declined/expired/active.
 */
export function createMatchingService(deps: MatchingDeps) {
  const { db, redis, messenger, translate, metrics, config } = deps
  const log = deps.logger.child({ module: 'matching' })
  const queue = createMatchQueue({ redis, ttlSec: config.queueTtlSec })
  const filter: CandidateFilter = {
    antiRepeatDays: config.antiRepeatDays,
    declineCooldownSec: config.declineCooldownSec,
    allowMinors: config.allowMinors === true,
  }
  const agePolicy = { allowMinors: config.allowMinors === true }

  let topicCache: { at: number; names: TopicNames } | null = null
  const topicNames = async () => {
    if (!topicCache || Date.now() - topicCache.at > 60_000)
      topicCache = { at: Date.now(), names: await loadTopicNames(db) }
    return topicCache.names
  }

  const refreshQueueGauge = async () => {
    metrics.queueLength.set(await queue.length())
  }

  /** Best effort: a notice that cannot be delivered because the user blocked the bot is simply dropped. */
  const notify = async (
    p: SeekerProfile | undefined,
    key: string,
    vars?: Record<string, string | number>,
  ) => {
    if (!p?.telegramId) return
    try {
      await messenger.sendText(p.telegramId, translate(lang(p.language), key, vars))
    } catch (err) {
      if (err instanceof RecipientGoneError) return
      throw err
    }
  }

  const defaultSessionOpened = async (s: SessionOpened) => {
    const profiles = await loadProfiles(db, [s.userA, s.userB])
    for (const id of [s.userA, s.userB]) await notify(profiles.get(id), 'match-session-started')
  }
  // read at call time, so the composition root may assign the chat hook after building this service
  const onSessionOpened = (s: SessionOpened) => (deps.onSessionOpened ?? defaultSessionOpened)(s)

  /** Eligibility of a would-be seeker, or the reason they cannot search now. */
  const refusalFor = (p: SeekerProfile | null): FindRefusal | null => {
    if (!p) return 'no-account'
    const why = ineligibility(p)
    if (why) return why
    if (ageAccess(p.ageGroup, agePolicy) !== 'ok') return 'age-group'
    if (p.inActiveSession) return 'in-chat'
    if (p.topicIds.length < Math.max(1, config.minSharedTopics)) return 'too-few-topics'
    return null
  }

  /** Puts an eligible user in the queue (used by /find and by re-queueing after decline/expiry). */
  const enqueue = async (userId: number): Promise<FindResult> => {
    const profile = await loadProfile(db, userId)
    const refusal = refusalFor(profile)
    if (refusal || !profile) return { ok: false, reason: refusal ?? 'no-account' }
    const result = await db.transaction(async (tx): Promise<FindResult> => {
      await lockUsers(tx, userId)
      const open = await openMatchFor(tx, userId)
      if (open) return { ok: false, reason: open.status === 'active' ? 'in-chat' : 'pending-proposal' }
      const r = await queue.enqueue(userId, profile.topicIds, encodeCard(cardOf(profile)))
      return r.ok ? { ...r, ttlSec: config.queueTtlSec } : r
    })
    if (result.ok) {
      await refreshQueueGauge()
      log.info({ userId, entryId: result.entryId }, 'queued')
    }
    return result
  }

  const proposer = createProposer({ db, queue, config, filter })
  const { proposeFor } = proposer

  /** Sends the Accept/Decline proposal to each side that has not got it yet (idempotent). */
  const sendProposals = async (m: MatchRow): Promise<void> => {
    const key = PROPOSAL_MSGS(m.id)
    const sent = await redis.hgetall(key)
    const profiles = await loadProfiles(db, [m.userA, m.userB])
    const names = await topicNames()
    for (const [self, other] of [
      [m.userA, m.userB],
      [m.userB, m.userA],
    ] as const) {
      if (sent[String(self)]) continue
      // Another worker may be sending this very proposal (it handles the partner's entry): wait for its lease
      // to end — sent, or failed/died and lapsed — instead of sending a second copy.
      const lock = PROPOSAL_SEND_LOCK(m.id, self)
      const token = randomUUID()
      let already = false
      while (!(await redis.set(lock, token, 'PX', PROPOSAL_SEND_LEASE_MS, 'NX'))) {
        await new Promise((r) => setTimeout(r, 50))
        if (await redis.hexists(key, String(self))) {
          already = true
          break
        }
      }
      if (already) continue
      let outcome: 'sent' | 'closed'
      try {
        if (await redis.hexists(key, String(self))) continue
        // the holder we waited for may have declined it (recipient gone): never propose a closed match
        const open = await openMatchFor(db, self)
        outcome =
          open?.id === m.id && open.status === 'proposed'
            ? await sendProposalTo(m, self, other, key, profiles, names)
            : 'closed'
      } finally {
        await redis.eval(RELEASE_OWN_LOCK, 1, lock, token)
      }
      if (outcome === 'closed') return
    }
  }

  const sendProposalTo = async (
    m: MatchRow,
    self: number,
    other: number,
    key: string,
    profiles: Map<number, SeekerProfile>,
    names: Awaited<ReturnType<typeof topicNames>>,
  ): Promise<'sent' | 'closed'> => {
    {
      const me = profiles.get(self)
      const partner = profiles.get(other)
      const l = lang(me?.language)
      const topics = m.sharedTopicIds
        .map((t) => names.get(t))
        .filter((t) => t !== undefined)
        .map((t) => `${t.emoji ? `${t.emoji} ` : ''}${l === 'en' ? t.en : t.ru}`)
        .join(', ')
      const text = translate(l, 'match-proposal', {
        nickname: partner?.nickname ?? '—',
        about: partner?.bio ? `\n${translate(l, 'partner-about', { bio: partner.bio })}` : '',
        topics,
        minutes: Math.max(1, Math.round(config.proposalTtlSec / 60)),
      })
      try {
        if (!me?.telegramId) throw new RecipientGoneError('user has no telegram id')
        const { messageId } = await messenger.sendText(me.telegramId, text, {
          buttons: [
            [
              { text: translate(l, 'match-btn-accept'), data: acceptData(m.id) },
              { text: translate(l, 'match-btn-decline'), data: declineData(m.id) },
            ],
          ],
        })
        await redis.hset(key, String(self), String(messageId))
        await redis.expire(key, config.proposalTtlSec + 86_400)
        return 'sent'
      } catch (err) {
        if (!(err instanceof RecipientGoneError)) throw err
        // Blocked the bot / deleted: cannot answer, so the proposal is declined on their behalf.
        log.info({ matchId: m.id, userId: self }, 'proposal recipient gone; declining for them')
        await decline(m.id, self)
        return 'closed'
      }
    }
  }

  const removeProposalButtons = async (m: MatchRow, profiles: Map<number, SeekerProfile>) => {
    const sent = await redis.hgetall(PROPOSAL_MSGS(m.id))
    for (const [uid, mid] of Object.entries(sent)) {
      const chat = profiles.get(Number(uid))?.telegramId
      if (!chat) continue
      try {
        await messenger.removeButtons(chat, Number(mid))
      } catch (err) {
        if (!(err instanceof RecipientGoneError)) log.warn({ err, matchId: m.id }, 'removeButtons failed')
      }
    }
  }

  /** After-commit effects of a settled match, exactly once in the normal case, at least once after a crash. */
  const effects = async (m: MatchRow): Promise<void> => {
    if (m.status === 'active') {
      const s = await sessionForMatch(db, m.id)
      if (s) await onSessionOpened({ sessionId: s.id, matchId: m.id, userA: m.userA, userB: m.userB })
      return
    }
    const profiles = await loadProfiles(db, [m.userA, m.userB])
    await removeProposalButtons(m, profiles)
    if (m.status === 'declined') {
      const other = m.declinedBy === m.userA ? m.userB : m.userA
      const r = await enqueue(other)
      const requeued = r.ok || r.reason === 'already-queued'
      await notify(profiles.get(other), requeued ? 'match-declined-requeued' : 'match-declined-partner')
    } else if (m.status === 'expired') {
      for (const [id, acceptedAt] of [
        [m.userA, m.aAcceptedAt],
        [m.userB, m.bAcceptedAt],
      ] as const) {
        if (acceptedAt) {
          const r = await enqueue(id)
          const requeued = r.ok || r.reason === 'already-queued'
          await notify(profiles.get(id), requeued ? 'match-expired-requeued' : 'match-expired')
        } else {
          await notify(profiles.get(id), 'match-expired')
        }
      }
    }
  }

  /** Runs effects once per match (Redis done-marker + short lock so inline and sweeper never overlap). */
  const settle = async (m: MatchRow): Promise<boolean> => {
    if (await redis.exists(FX_DONE(m.id))) return false
    if (!(await redis.set(FX_LOCK(m.id), '1', 'EX', 60, 'NX'))) return false
    try {
      await effects(m)
      await redis.set(FX_DONE(m.id), '1', 'EX', 7 * 86_400)
      return true
    } finally {
      await redis.del(FX_LOCK(m.id))
    }
  }

  /** Inline settle on the request path: failures are logged and left to the sweeper's reconcile(). */
  const settleSoon = async (m: MatchRow) => {
    try {
      await settle(m)
    } catch (err) {
      log.warn({ err, matchId: m.id }, 'match effects failed; the sweeper will retry')
    }
  }

  const decline = async (matchId: number, userId: number): Promise<DeclineResult> => {
    const res = await db.transaction(async (tx) => {
      const m = await matchForUpdate(tx, matchId)
      if (!m || (m.userA !== userId && m.userB !== userId)) return { ok: false, reason: 'not-found' } as const
      if (m.status === 'declined') return { ok: false, reason: 'already-declined' } as const
      if (m.status === 'expired') return { ok: false, reason: 'expired' } as const
      if (m.status === 'active') return { ok: false, reason: 'already-active' } as const
      if (m.status !== 'proposed') return { ok: false, reason: 'closed' } as const
      const [row] = await tx
        .update(matches)
        .set({ status: 'declined', declinedBy: userId, respondedAt: sql`now()`, updatedAt: sql`now()` })
        .where(and(eq(matches.id, matchId), eq(matches.status, 'proposed')))
        .returning()
      return row ? ({ ok: true, row } as const) : ({ ok: false, reason: 'closed' } as const)
    })
    if (!res.ok) return res
    metrics.matchesDeclined.inc()
    log.info({ matchId, by: userId }, 'match declined')
    await settleSoon(res.row)
    const other = res.row.userA === userId ? res.row.userB : res.row.userA
    return { ok: true, requeuedPartner: Boolean(await queue.marker(other)) }
  }

  return {
    /** /find: join the queue (once). The worker proposes a partner; the sweeper ends the wait after the TTL. */
    async requestFind(userId: number): Promise<FindResult> {
      return enqueue(userId)
    },

    /**
     * /cancel: leave the queue, or withdraw from a pending proposal (counts as a decline). Nothing to leave:
     * `in-chat` when the user is in a conversation (so the bot can point to /end), else `not-queued`.
     */
    async cancel(userId: number): Promise<CancelResult> {
      const res = await db.transaction(async (tx) => {
        await lockUsers(tx, userId)
        const left = await queue.dequeue(userId)
        const open = await openMatchFor(tx, userId)
        return {
          left,
          proposed: open?.status === 'proposed' ? open : null,
          inChat: open?.status === 'active',
        }
      })
      if (res.left) await refreshQueueGauge()
      if (res.proposed) {
        const d = await decline(res.proposed.id, userId)
        if (d.ok) return { ok: true, left: 'proposal', matchId: res.proposed.id }
      }
      if (res.left) return { ok: true, left: 'queue' }
      return { ok: false, reason: res.inChat ? 'in-chat' : 'not-queued' }
    },

    /**
     * After a profile edit (topics, availability, zone) or a new rating: a waiting user's score card and topic
     * sets are rewritten from the fresh profile, keeping their place in the queue. Cheap no-op when not waiting.
     * (Without it the matcher still never proposes on stale data — it re-reads the top few in SQL — but a
     * card that undersells the user ranks them lower until their next /find.)
     */
    async refreshQueued(userId: number): Promise<boolean> {
      const marker = await queue.marker(userId)
      if (!marker) return false
      const p = await loadProfile(db, userId)
      if (!p) return false
      const card = encodeCard(cardOf(p))
      if (card === marker.card) return false
      return queue.refreshCard(userId, marker, p.topicIds, card)
    },

    /** Whether the user currently waits, and since when. */
    async queueStatus(userId: number): Promise<{ waiting: boolean; queuedAt?: number }> {
      const m = await queue.marker(userId)
      return m ? { waiting: true, queuedAt: m.queuedAt } : { waiting: false }
    },

    /**
     * The match worker's handler for one stream entry. Idempotent: re-processing an entry (redelivery after
     * a crash) finds the proposal already committed and only finishes its after-commit steps.
     */
    async processFindEntry(entry: FindEntry): Promise<EntryOutcome> {
      // three independent reads at once (the profile is wasted only on the rare stale/matched paths)
      const [open, marker, seeker] = await Promise.all([
        openMatchFor(db, entry.userId),
        queue.marker(entry.userId),
        loadProfile(db, entry.userId),
      ])
      if (open) {
        if (open.status === 'proposed') {
          await queue.dequeue(open.userA)
          await queue.dequeue(open.userB)
          await sendProposals(open)
        } else {
          await queue.dequeue(entry.userId)
        }
        return 'already-matched'
      }
      if (!marker || marker.entryId !== entry.entryId) return 'stale'
      if (refusalFor(seeker) || !seeker) {
        await queue.dequeue(entry.userId, entry.entryId)
        await refreshQueueGauge()
        return 'ineligible'
      }
      // the seeker's own card and topic sets follow profile edits made while waiting
      const card = encodeCard(cardOf(seeker))
      if (card !== marker.card) await queue.refreshCard(seeker.userId, marker, seeker.topicIds, card)
      const found = await proposeFor(seeker)
      if (!found) return 'waiting'
      const { match } = found
      metrics.matchesProposed.inc()
      log.info({ matchId: match.id, score: Number(match.score.toFixed(3)) }, 'match proposed')
      await queue.dequeue(match.userA)
      await queue.dequeue(match.userB)
      await refreshQueueGauge()
      await sendProposals(match)
      return 'proposed'
    },

    /** Accept button. The second accept activates the match and opens the chat session atomically. */
    async accept(matchId: number, userId: number): Promise<AcceptResult> {
      const res = await db.transaction(async (tx) => {
        const m = await matchForUpdate(tx, matchId)
        if (!m || (m.userA !== userId && m.userB !== userId))
          return { ok: false, reason: 'not-found' } as const
        if (m.status === 'active') return { ok: false, reason: 'already-active' } as const
        if (m.status === 'declined') return { ok: false, reason: 'declined' } as const
        if (m.status === 'expired') return { ok: false, reason: 'expired' } as const
        if (m.status !== 'proposed') return { ok: false, reason: 'closed' } as const
        if (m.due) {
          const [row] = await tx
            .update(matches)
            .set({ status: 'expired', updatedAt: sql`now()` })
            .where(and(eq(matches.id, matchId), eq(matches.status, 'proposed')))
            .returning()
          return { ok: false, reason: 'expired', expired: row } as const
        }
        const isA = m.userA === userId
        const again = Boolean(isA ? m.aAcceptedAt : m.bAcceptedAt)
        const otherAccepted = Boolean(isA ? m.bAcceptedAt : m.aAcceptedAt)
        if (otherAccepted) {
          // Safety: never open a chat with someone banned, suspended or deleted since the proposal.
          const profiles = await loadProfiles(tx, [m.userA, m.userB])
          const gone = [m.userA, m.userB].find((id) => {
            const why = ineligibility(profiles.get(id) ?? GONE)
            return why !== null && why !== 'paused'
          })
          // …nor across age groups (one side changed theirs since the proposal)
          const a = profiles.get(m.userA)
          const b = profiles.get(m.userB)
          const ageMismatch = !mayBePaired(a?.ageGroup, b?.ageGroup, agePolicy)
          if (gone !== undefined || ageMismatch) {
            const [row] = await tx
              .update(matches)
              .set({
                status: 'declined',
                declinedBy: gone ?? userId,
                respondedAt: sql`now()`,
                updatedAt: sql`now()`,
              })
              .where(and(eq(matches.id, matchId), eq(matches.status, 'proposed')))
              .returning()
            return { ok: false, reason: 'closed', declined: row } as const
          }
        }
        const [row] = await tx
          .update(matches)
          .set({
            ...(isA
              ? { aAcceptedAt: sql`coalesce(${matches.aAcceptedAt}, now())` }
              : { bAcceptedAt: sql`coalesce(${matches.bAcceptedAt}, now())` }),
            ...(otherAccepted ? { status: 'active' as const } : {}),
            respondedAt: sql`now()`,
            updatedAt: sql`now()`,
          })
          .where(and(eq(matches.id, matchId), eq(matches.status, 'proposed')))
          .returning()
        if (!row) return { ok: false, reason: 'closed' } as const
        if (row.status !== 'active') return { ok: true, state: 'waiting-partner', again } as const
        const sessionId = await openSession(tx, row)
        return { ok: true, state: 'active', sessionId, row } as const
      })
      if (!res.ok) {
        if ('expired' in res && res.expired) {
          metrics.matchesExpired.inc()
          await settleSoon(res.expired)
        }
        if ('declined' in res && res.declined) {
          metrics.matchesDeclined.inc()
          log.info({ matchId, by: res.declined.declinedBy }, 'match closed: partner no longer eligible')
          await settleSoon(res.declined)
        }
        return { ok: false, reason: res.reason }
      }
      if (res.state === 'waiting-partner') return { ok: true, state: 'waiting-partner', again: res.again }
      metrics.matchesAccepted.inc()
      log.info({ matchId, sessionId: res.sessionId }, 'match accepted; session opened')
      await settleSoon(res.row)
      return { ok: true, state: 'active', sessionId: res.sessionId }
    },

    /** Decline button: the match is declined, both told (the decliner by the caller), the other re-queued. */
    decline,

    /** Sweeper: proposals past their deadline → expired; both told; whoever accepted goes back to the queue. */
    async expireProposals(limit = 100): Promise<number> {
      const rows = await expireDue(db, limit)
      for (const m of rows) {
        metrics.matchesExpired.inc()
        log.info({ matchId: m.id }, 'match proposal expired')
        await settleSoon(m)
      }
      return rows.length
    },

    /** Sweeper: users waiting longer than the queue TTL leave the queue and are told nobody was found. */
    async expireQueue(nowMs = Date.now(), limit = 200): Promise<number> {
      const cutoff = nowMs - config.queueTtlSec * 1000
      let n = 0
      for (const { userId } of await queue.waitingSince(cutoff, limit)) {
        const m = await queue.marker(userId)
        if (!m) {
          await redis.zrem(MQ.waiting, String(userId))
          continue
        }
        if (m.queuedAt > cutoff) continue
        if (!(await queue.dequeue(userId, m.entryId))) continue
        n++
        const p = await loadProfile(db, userId)
        // someone banned/suspended/deleted meanwhile just leaves quietly
        if (!p || ineligibility(p)) continue
        try {
          await notify(p, 'match-queue-expired', {
            hours: Math.max(1, Math.round(config.queueTtlSec / 3600)),
          })
        } catch (err) {
          log.warn({ err, userId }, 'queue-expired notice failed')
        }
      }
      if (n > 0) log.info({ count: n }, 'queue wait expired')
      await queue.trim(nowMs)
      await refreshQueueGauge()
      return n
    },

    /**
     * Sweeper: re-runs effects that did not complete (crash between commit and notices). Matches settled
     * between `fromSec` and `graceSec` seconds ago whose done-marker is missing.
     */
    async reconcile(
      opts: { fromSec?: number; graceSec?: number; activeToo?: boolean } = {},
    ): Promise<number> {
      const rows = await recentlySettled(db, {
        fromSec: opts.fromSec ?? 600,
        toSec: opts.graceSec ?? 15,
        proposalTtlSec: config.proposalTtlSec,
        limit: 500,
      })
      let n = 0
      for (const m of rows) {
        if (m.status === 'active' && opts.activeToo === false) continue
        try {
          if (await settle(m)) n++
        } catch (err) {
          log.warn({ err, matchId: m.id }, 'reconcile failed')
        }
      }
      return n
    },

    /** Re-sends missing proposal messages for an open proposal (used on redelivery). */
    sendProposals,

    /** Lookup + scoring + proposal insert, without queue cleanup or messages (bench/matching.ts). */
    proposeFor,

    /** Work counters of the lookup (bench/matching.ts). */
    proposerStats: proposer.stats,

    queue,
  }
}

export type MatchingService = ReturnType<typeof createMatchingService>
