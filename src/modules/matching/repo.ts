import { and, asc, eq, gt, inArray, lte, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { chatSessions, type MatchRow, matches, matchHistory, topics } from '../../db/schema/index.js'
import { matchPartitionOf } from '../users/age.js'
import { effectiveOffsetMinutes } from '../users/timezone.js'
import { cardOf, type ScoreCard } from './card.js'
import type { Candidate, EligibilityInput } from './scoring.js'

/** A transaction handle or the db itself (both expose the same query builder). */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>

/** Advisory-lock namespace for "this user's matching state" (queue marker + open match). */
const USER_LOCK_NS = 5_050_505

/**
 * Serialises matching decisions about a user (propose, cancel, enqueue) until the transaction ends.
 * Transaction-scoped advisory locks never block ordinary writes to the users row.
 */
export async function lockUsers(tx: Tx, ...userIds: number[]): Promise<void> {
  const ids = [...new Set(userIds)].sort((a, b) => a - b)
  if (ids.length === 1) {
    await tx.execute(sql`select pg_advisory_xact_lock(${USER_LOCK_NS}, ${ids[0]})`)
    return
  }
  // One round trip; a function scan over unnest() yields (and so locks) in array order: ascending ids, the
  // same order every caller uses, so two lockers of the same pair never deadlock.
  await tx.execute(
    sql`select pg_advisory_xact_lock(${USER_LOCK_NS}, t.id) from unnest(${pgIntArray(ids)}::int[]) as t(id)`,
  )
}

export type SeekerProfile = EligibilityInput & {
  userId: number
  telegramId: number | null
  language: string
  nickname: string | null
  /** "About me", shown to the partner in the proposal (already checked for contacts when saved). */
  bio: string | null
  topicIds: number[]
  availability: string[]
  /** users.timezone: an IANA zone, or a `UTC+05:30` label for a fixed offset. */
  timezone: string | null
  /** The offset at the time of loading: from the zone's real rules (DST), else the stored fixed offset. */
  utcOffsetMinutes: number | null
  /** users.utc_offset_minutes as stored (the score card keeps it, not the offset of one instant). */
  storedOffsetMinutes: number | null
  helpfulness: number
  inActiveSession: boolean
  /** users.age_group (users/age.ts); null = not stated yet (never matched). */
  ageGroup: string | null
  /** The matching partition: the age group ('' when unknown), see scoring.ts partitionOf. */
  partition: string
}

const pgIntArray = (ids: readonly number[]) => `{${ids.map((n) => Math.trunc(n)).join(',')}}`

const toDate = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)))
const toNum = (v: unknown): number | null => (v == null ? null : Number(v))

/**
 * A user's offset at `at`: a zone's is computed from its rules (Berlin is UTC+2 in July, UTC+1 in January),
 * so users.utc_offset_minutes — the offset when they chose — is read only for fixed offsets like +05:30.
 */
function offsetAt(r: Record<string, unknown>, at: Date): number | null {
  return effectiveOffsetMinutes(
    { timezone: (r.timezone as string | null) ?? null, utcOffsetMinutes: toNum(r.utc_offset_minutes) },
    at,
  )
}

/** Users' profile + matching state by id (missing ids are absent from the map); offsets as of `at`. */
export async function loadProfiles(
  db: Tx,
  userIds: readonly number[],
  at: Date = new Date(),
): Promise<Map<number, SeekerProfile>> {
  const out = new Map<number, SeekerProfile>()
  if (userIds.length === 0) return out
  const res = await db.execute<Record<string, unknown>>(sql`
    select u.id, u.telegram_id, u.language, u.nickname, u.bio, u.availability, u.timezone, u.utc_offset_minutes,
      u.helpfulness_score, u.safety_ack, u.onboarding_step, u.deleted_at, u.banned_at,
      u.matching_suspended_at, u.paused_at, u.age_group,
      array(select ut.topic_id from user_topics ut join topics t on t.id = ut.topic_id
            where ut.user_id = u.id and t.active order by ut.topic_id) as topic_ids,
      exists(select 1 from chat_sessions s where s.status = 'active'
             and (s.user_a = u.id or s.user_b = u.id)) as in_session
    from users u where u.id = any(${pgIntArray(userIds)}::int[])`)
  for (const r of res.rows) {
    out.set(Number(r.id), {
      userId: Number(r.id),
      telegramId: toNum(r.telegram_id),
      language: String(r.language ?? 'ru'),
      nickname: (r.nickname as string | null) ?? null,
      bio: (r.bio as string | null) || null,
      topicIds: ((r.topic_ids as unknown[]) ?? []).map(Number),
      availability: (r.availability as string[] | null) ?? [],
      timezone: (r.timezone as string | null) ?? null,
      utcOffsetMinutes: offsetAt(r, at),
      storedOffsetMinutes: toNum(r.utc_offset_minutes),
      helpfulness: Number(r.helpfulness_score ?? 0.5),
      safetyAck: Boolean(r.safety_ack),
      onboardingStep: String(r.onboarding_step ?? ''),
      deletedAt: toDate(r.deleted_at),
      bannedAt: toDate(r.banned_at),
      matchingSuspendedAt: toDate(r.matching_suspended_at),
      pausedAt: toDate(r.paused_at),
      inActiveSession: Boolean(r.in_session),
      ageGroup: (r.age_group as string | null) ?? null,
      partition: matchPartitionOf(r.age_group as string | null),
    })
  }
  return out
}

export async function loadProfile(
  db: Tx,
  userId: number,
  at: Date = new Date(),
): Promise<SeekerProfile | null> {
  return (await loadProfiles(db, [userId], at)).get(userId) ?? null
}

/** The user's open (proposed or active) match, newest first. */
export async function openMatchFor(db: Tx, userId: number): Promise<MatchRow | null> {
  const [row] = await db
    .select()
    .from(matches)
    .where(
      and(
        inArray(matches.status, ['proposed', 'active']),
        or(eq(matches.userA, userId), eq(matches.userB, userId)),
      ),
    )
    .orderBy(sql`${matches.id} desc`)
    .limit(1)
  return row ?? null
}

export type CandidateFilter = {
  /** Pairs that had an active chat within this many days are not matched again. */
  antiRepeatDays: number
  /** A pair where one side declined the other is not proposed again for this long. */
  declineCooldownSec: number
  /** Config ALLOW_MINORS: 13–17 may be matched (with 13–17 only). Default off. */
  allowMinors?: boolean
}

/** An eligible candidate as just read from Postgres, with the score card its row gives today. */
export type EligibleCandidate = Candidate & { card: ScoreCard }

/**
 * Of the given waiting users, those that may be proposed to `seekerId` right now: onboarded, not deleted /
 * banned / suspended / paused, no block in either direction, not in an active session or open match, not
 * matched together within the anti-repeat window, no recent decline between them. One indexed query over
 * the (bounded) candidate window, never the whole pool.
 */
export async function eligibleCandidates(
  db: Tx,
  seekerId: number,
  queuedAt: ReadonlyMap<number, number>,
  filter: CandidateFilter,
  /** The matching instant: each candidate's availability is placed with their zone's offset then. */
  at: Date = new Date(),
): Promise<EligibleCandidate[]> {
  const ids = [...queuedAt.keys()].filter((id) => id !== seekerId)
  if (ids.length === 0) return []
  // The onboarded predicate is users/onboarding.ts isOnboarded() in SQL; keep the two in line.
  // The age group is the partition key (users/age.ts): the card scorer keeps groups apart, and the predicate
  // below is the second guard — same stated group as the seeker, and a group that is served at all.
  const res = await db.execute<Record<string, unknown>>(sql`
    select u.id, u.availability, u.timezone, u.utc_offset_minutes, u.helpfulness_score, u.language, u.age_group,
      array(select ut.topic_id from user_topics ut join topics t on t.id = ut.topic_id
            where ut.user_id = u.id and t.active order by ut.topic_id) as topic_ids
    from users u
    where u.id = any(${pgIntArray(ids)}::int[])
      and u.telegram_id is not null and u.deleted_at is null and u.banned_at is null
      and u.matching_suspended_at is null and u.paused_at is null
      and u.safety_ack and u.onboarding_step = 'done'
      and u.age_group = (select s.age_group from users s where s.id = ${seekerId})
      and (u.age_group = '18_plus' or (${filter.allowMinors === true} and u.age_group = '13_17'))
      and not exists (select 1 from blocks b
        where (b.blocker_id = ${seekerId} and b.blocked_id = u.id) or (b.blocker_id = u.id and b.blocked_id = ${seekerId}))
      and not exists (select 1 from chat_sessions s where s.status = 'active' and (s.user_a = u.id or s.user_b = u.id))
      and not exists (select 1 from matches m where m.status in ('proposed', 'active')
        and (m.user_a = u.id or m.user_b = u.id))
      and not exists (select 1 from match_history h
        where h.user_a = least(u.id, ${seekerId}) and h.user_b = greatest(u.id, ${seekerId})
          and h.matched_at > now() - make_interval(days => ${filter.antiRepeatDays}))
      and not exists (select 1 from matches d
        where d.user_a = least(u.id, ${seekerId}) and d.user_b = greatest(u.id, ${seekerId})
          and d.status = 'declined' and d.responded_at > now() - make_interval(secs => ${filter.declineCooldownSec}))`)
  return res.rows.map((r) => {
    const id = Number(r.id)
    const topicIds = ((r.topic_ids as unknown[]) ?? []).map(Number)
    const availability = (r.availability as string[] | null) ?? []
    const helpfulness = Number(r.helpfulness_score ?? 0.5)
    const partition = matchPartitionOf(r.age_group as string | null)
    return {
      userId: id,
      partition,
      topicIds,
      availability,
      utcOffsetMinutes: offsetAt(r, at),
      helpfulness,
      queuedAt: queuedAt.get(id) ?? Number.MAX_SAFE_INTEGER,
      card: cardOf({
        topicIds,
        availability,
        timezone: (r.timezone as string | null) ?? null,
        storedOffsetMinutes: toNum(r.utc_offset_minutes),
        helpfulness,
        language: String(r.language ?? 'ru'),
        partition,
      }),
    }
  })
}

/** Either user has an open match or an active chat. Call under lockUsers. */
export async function anyBusy(tx: Tx, userIds: readonly number[]): Promise<boolean> {
  const arr = pgIntArray(userIds)
  const res = await tx.execute<{ busy: boolean }>(sql`
    select exists(select 1 from matches m where m.status in ('proposed', 'active')
        and (m.user_a = any(${arr}::int[]) or m.user_b = any(${arr}::int[])))
      or exists(select 1 from chat_sessions s where s.status = 'active'
        and (s.user_a = any(${arr}::int[]) or s.user_b = any(${arr}::int[]))) as busy`)
  return Boolean(res.rows[0]?.busy)
}

/**
 * One statement under lockUsers: which of the pair is busy (open match or active chat), and — only when
 * neither is — the proposal row. Its snapshot is taken after the locks were granted, so it sees every match
 * committed by an earlier lock holder. `row` is null when a side is busy.
 */
export async function insertProposalUnlessBusy(
  tx: Tx,
  p: { userX: number; userY: number; score: number; sharedTopicIds: number[]; ttlSec: number },
): Promise<{ busy: Set<number>; row: MatchRow | null }> {
  const [a, b] = p.userX < p.userY ? [p.userX, p.userY] : [p.userY, p.userX]
  const res = await tx.execute<Record<string, unknown>>(sql`
    with busy as (
      select coalesce(array_agg(u.id), '{}') as ids from unnest(${pgIntArray([a, b])}::int[]) as u(id)
      where exists(select 1 from matches m where m.status in ('proposed', 'active')
          and (m.user_a = u.id or m.user_b = u.id))
        or exists(select 1 from chat_sessions s where s.status = 'active'
          and (s.user_a = u.id or s.user_b = u.id))
    ), ins as (
      insert into matches (user_a, user_b, status, score, shared_topic_ids, expires_at)
      select ${a}, ${b}, 'proposed', ${p.score}, ${JSON.stringify(p.sharedTopicIds)}::jsonb,
        now() + make_interval(secs => ${p.ttlSec})
      from busy where cardinality(busy.ids) = 0
      returning *
    )
    select busy.ids as busy_ids, ins.* from busy left join ins on true`)
  const r = res.rows[0]
  if (!r) throw new Error('insertProposalUnlessBusy returned nothing')
  const busy = new Set(((r.busy_ids as unknown[]) ?? []).map(Number))
  if (r.id == null) return { busy, row: null }
  const row: MatchRow = {
    id: Number(r.id),
    userA: Number(r.user_a),
    userB: Number(r.user_b),
    status: r.status as MatchRow['status'],
    score: Number(r.score),
    sharedTopicIds: ((r.shared_topic_ids as unknown[]) ?? []).map(Number),
    aAcceptedAt: toDate(r.a_accepted_at),
    bAcceptedAt: toDate(r.b_accepted_at),
    declinedBy: toNum(r.declined_by),
    proposedAt: toDate(r.proposed_at) ?? new Date(),
    expiresAt: toDate(r.expires_at) ?? new Date(),
    respondedAt: toDate(r.responded_at),
    updatedAt: toDate(r.updated_at) ?? new Date(),
  }
  return { busy, row }
}

export async function insertProposal(
  tx: Tx,
  p: { userX: number; userY: number; score: number; sharedTopicIds: number[]; ttlSec: number },
): Promise<MatchRow> {
  const [a, b] = p.userX < p.userY ? [p.userX, p.userY] : [p.userY, p.userX]
  const [row] = await tx
    .insert(matches)
    .values({
      userA: a,
      userB: b,
      status: 'proposed',
      score: p.score,
      sharedTopicIds: p.sharedTopicIds,
      expiresAt: sql`now() + make_interval(secs => ${p.ttlSec})`,
    })
    .returning()
  if (!row) throw new Error('insert into matches returned nothing')
  return row
}

export async function matchForUpdate(tx: Tx, matchId: number): Promise<(MatchRow & { due: boolean }) | null> {
  const [row] = await tx
    .select({ match: matches, due: sql<boolean>`${matches.expiresAt} <= now()` })
    .from(matches)
    .where(eq(matches.id, matchId))
    .for('update')
  return row ? { ...row.match, due: Boolean(row.due) } : null
}

export async function getMatch(db: Tx, matchId: number): Promise<MatchRow | null> {
  const [row] = await db.select().from(matches).where(eq(matches.id, matchId)).limit(1)
  return row ?? null
}

export async function sessionForMatch(db: Tx, matchId: number): Promise<{ id: number } | null> {
  const [row] = await db
    .select({ id: chatSessions.id })
    .from(chatSessions)
    .where(eq(chatSessions.matchId, matchId))
    .limit(1)
  return row ?? null
}

/** Active match → chat_sessions row + match_history row. Call in the transaction that activates the match. */
export async function openSession(tx: Tx, m: MatchRow): Promise<number> {
  const [s] = await tx
    .insert(chatSessions)
    .values({ matchId: m.id, userA: m.userA, userB: m.userB, status: 'active' })
    .returning({ id: chatSessions.id })
  if (!s) throw new Error('insert into chat_sessions returned nothing')
  await tx.insert(matchHistory).values({ userA: m.userA, userB: m.userB, matchId: m.id })
  return s.id
}

/** Proposals past their deadline → `expired` (skipping rows someone is answering right now). */
export async function expireDue(db: Tx, limit: number): Promise<MatchRow[]> {
  const due = db
    .select({ id: matches.id })
    .from(matches)
    .where(and(eq(matches.status, 'proposed'), lte(matches.expiresAt, sql`now()`)))
    .orderBy(asc(matches.expiresAt))
    .limit(limit)
    .for('update', { skipLocked: true })
  return db
    .update(matches)
    .set({ status: 'expired', updatedAt: sql`now()` })
    .where(and(inArray(matches.id, due), eq(matches.status, 'proposed')))
    .returning()
}

/**
 * Matches whose status changed between `fromSec` and `toSec` seconds ago and that need after-commit effects
 * (declined / expired / active). Bounded through the (status, expires_at) index: expires_at is always within
 * one proposal TTL of the change.
 */
export async function recentlySettled(
  db: Tx,
  opts: { fromSec: number; toSec: number; proposalTtlSec: number; limit: number },
): Promise<MatchRow[]> {
  return db
    .select()
    .from(matches)
    .where(
      and(
        inArray(matches.status, ['declined', 'expired', 'active']),
        gt(matches.expiresAt, sql`now() - make_interval(secs => ${opts.fromSec + opts.proposalTtlSec})`),
        gt(matches.updatedAt, sql`now() - make_interval(secs => ${opts.fromSec})`),
        lte(matches.updatedAt, sql`now() - make_interval(secs => ${opts.toSec})`),
      ),
    )
    .orderBy(asc(matches.updatedAt))
    .limit(opts.limit)
}

/**
 * For the chat module: the session ended → its match is `completed`. Call inside the transaction that ends
 * the session. Idempotent (only an `active` match changes); returns whether it changed.
 */
export async function completeMatch(tx: Tx, matchId: number): Promise<boolean> {
  const rows = await tx
    .update(matches)
    .set({ status: 'completed', updatedAt: sql`now()` })
    .where(and(eq(matches.id, matchId), eq(matches.status, 'active')))
    .returning({ id: matches.id })
  return rows.length > 0
}

export type TopicNames = Map<number, { ru: string; en: string; emoji: string }>

export async function loadTopicNames(db: Tx): Promise<TopicNames> {
  const rows = await db.select().from(topics)
  return new Map(rows.map((t) => [t.id, { ru: t.nameRu, en: t.nameEn, emoji: t.emoji }]))
}
