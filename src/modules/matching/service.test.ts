import { and, eq, or, sql } from 'drizzle-orm'
import { beforeEach, describe, expect, it } from 'vitest'
import { testStores } from '../../../test/helpers/stores.js'
import { createI18n } from '../../bot/i18n.js'
import { blocks, chatSessions, matches, matchHistory, users } from '../../db/schema/index.js'
import { MQ } from './queue.js'
import {
  createMatchingService,
  type MatchingConfig,
  type MatchingService,
  type SessionOpened,
} from './service.js'
import {
  createMatchUser,
  matchesBetween,
  recordingMessenger,
  silentLogger,
  TEST_MATCHING_CONFIG,
  type TestUserOpts,
  telegramIdOf,
  testMatchingService,
  testMetrics,
  topicIds,
} from './test-fixtures.js'

const { translate } = createI18n()

const stores = testStores({ redis: 'per-test' })
let rec: ReturnType<typeof recordingMessenger>
let matching: MatchingService
let opened: SessionOpened[]
let metrics: ReturnType<typeof testMetrics>

const build = (config: Partial<MatchingConfig> = {}) =>
  testMatchingService({
    db: stores.db.db,
    redis: stores.redis.redis,
    messenger: rec.messenger,
    translate,
    metrics,
    config,
    onSessionOpened: async (s) => {
      opened.push(s)
    },
  })

beforeEach(async () => {
  rec = recordingMessenger()
  opened = []
  metrics = testMetrics()
  matching = build()
})

const THREE = ['burnout', 'anxiety', 'loneliness']
const user = (opts: Partial<TestUserOpts> = {}) => createMatchUser(stores.db.db, { topics: THREE, ...opts })

/** /find + the worker's handling of the entry (without the stream loop). */
async function findAndProcess(userId: number) {
  const r = await matching.requestFind(userId)
  if (!r.ok) throw new Error(`requestFind refused: ${r.reason}`)
  return matching.processFindEntry({ entryId: r.entryId, userId, queuedAt: r.queuedAt })
}

async function openMatchesOf(userId: number) {
  return stores.db.db
    .select()
    .from(matches)
    .where(
      and(
        sql`${matches.status} in ('proposed','active')`,
        or(eq(matches.userA, userId), eq(matches.userB, userId)),
      ),
    )
}

const pairOf = (a: number, b: number) => matchesBetween(stores.db.db, a, b)

describe('queue', () => {
  it('when a user sends /find three times at once, then they are queued exactly once', async () => {
    const a = await user()
    const results = await Promise.all([
      matching.requestFind(a),
      matching.requestFind(a),
      matching.requestFind(a),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.reason === 'already-queued')).toHaveLength(2)
    expect(await stores.redis.redis.xlen(MQ.stream)).toBe(1)
    expect(await stores.redis.redis.zcard(MQ.waiting)).toBe(1)
    const ids = await topicIds(stores.db.db)
    for (const slug of THREE)
      expect(await stores.redis.redis.zscore(MQ.topic(ids.get(slug)!), String(a))).not.toBeNull()
    expect(await metrics.queueLength.get()).toMatchObject({ values: [{ value: 1 }] })
  })

  it('when the user cannot be matched, then /find says why and nothing is queued', async () => {
    expect(await matching.requestFind(await user({ onboarded: false }))).toEqual({
      ok: false,
      reason: 'not-onboarded',
    })
    expect(await matching.requestFind(await user({ paused: true }))).toEqual({ ok: false, reason: 'paused' })
    expect(await matching.requestFind(await user({ banned: true }))).toEqual({ ok: false, reason: 'banned' })
    expect(await matching.requestFind(await user({ suspended: true }))).toEqual({
      ok: false,
      reason: 'suspended',
    })
    expect(await matching.requestFind(await user({ topics: ['burnout'] }))).toEqual({
      ok: false,
      reason: 'too-few-topics',
    })
    expect(await matching.requestFind(987_654_321)).toEqual({ ok: false, reason: 'no-account' })
    expect(await stores.redis.redis.zcard(MQ.waiting)).toBe(0)
  })

  it('when the user is in an active chat, then /find answers in-chat', async () => {
    const a = await user()
    const b = await user()
    expect(await findAndProcess(a)).toBe('waiting')
    expect(await findAndProcess(b)).toBe('proposed')
    const [m] = await pairOf(a, b)
    await matching.accept(m!.id, a)
    await matching.accept(m!.id, b)
    expect(await matching.requestFind(a)).toEqual({ ok: false, reason: 'in-chat' })
  })

  it('when the user has a pending proposal, then /find says so', async () => {
    const a = await user()
    const b = await user()
    await findAndProcess(a)
    await findAndProcess(b)
    expect(await matching.requestFind(a)).toEqual({ ok: false, reason: 'pending-proposal' })
  })

  it('when the user cancels, then they leave the queue and the index and are never proposed', async () => {
    const a = await user()
    const r = await matching.requestFind(a)
    expect(await matching.cancel(a)).toEqual({ ok: true, left: 'queue' })
    expect(await matching.cancel(a)).toEqual({ ok: false, reason: 'not-queued' })
    expect(await stores.redis.redis.exists(MQ.marker(a))).toBe(0)
    expect(await stores.redis.redis.zcard(MQ.waiting)).toBe(0)
    const ids = await topicIds(stores.db.db)
    for (const slug of THREE)
      expect(await stores.redis.redis.zscore(MQ.topic(ids.get(slug)!), String(a))).toBeNull()
    // the old stream entry is stale now
    if (!r.ok) throw new Error('not queued')
    expect(await matching.processFindEntry({ entryId: r.entryId, userId: a, queuedAt: r.queuedAt })).toBe(
      'stale',
    )
    const b = await user()
    expect(await findAndProcess(b)).toBe('waiting')
    expect(await openMatchesOf(a)).toHaveLength(0)
  })

  it('when the queue TTL passes, then the user leaves the queue, is told, and the stream is trimmed', async () => {
    matching = build({ queueTtlSec: 60 })
    const a = await user({ language: 'en' })
    const tg = await telegramIdOf(stores.db.db, a)
    await matching.requestFind(a)
    expect(await matching.expireQueue(Date.now())).toBe(0)
    expect(await matching.expireQueue(Date.now() + 61_000)).toBe(1)
    expect(await matching.queueStatus(a)).toEqual({ waiting: false })
    expect(await stores.redis.redis.xlen(MQ.stream)).toBe(0)
    expect(rec.to(tg).map((m) => m.text)).toEqual([translate('en', 'match-queue-expired', { hours: 1 })])
    // and they can queue again
    expect((await matching.requestFind(a)).ok).toBe(true)
  })
})

describe('proposals', () => {
  it('when two compatible users /find, then one proposal goes to both with pseudonym and shared topics', async () => {
    const a = await user({ nickname: 'Тихий Лис', topics: ['burnout', 'anxiety', 'job_loss'] })
    const b = await user({
      nickname: 'Calm Owl',
      language: 'en',
      topics: ['burnout', 'anxiety', 'parenting'],
    })
    expect(await findAndProcess(a)).toBe('waiting')
    expect(await findAndProcess(b)).toBe('proposed')
    const [m] = await pairOf(a, b)
    expect(m).toMatchObject({ status: 'proposed' })
    const ids = await topicIds(stores.db.db)
    expect(m!.sharedTopicIds).toEqual([ids.get('burnout'), ids.get('anxiety')].sort((x, y) => x! - y!))
    const toA = rec.proposalsTo(await telegramIdOf(stores.db.db, a))
    const toB = rec.proposalsTo(await telegramIdOf(stores.db.db, b))
    expect(toA).toHaveLength(1)
    expect(toB).toHaveLength(1)
    expect(toA[0]!.text).toContain('Calm Owl')
    expect(toA[0]!.text).toContain('Выгорание')
    expect(toA[0]!.text).toContain('Тревога')
    expect(toA[0]!.text).not.toContain('Потеря работы')
    expect(toB[0]!.text).toContain('Тихий Лис')
    expect(toB[0]!.text).toContain('Burnout')
    expect(toA[0]!.buttons?.[0]?.map((btn) => ('data' in btn ? btn.data : ''))).toEqual([
      `match:acc:${m!.id}`,
      `match:dec:${m!.id}`,
    ])
    expect(await matching.queueStatus(a)).toEqual({ waiting: false })
    expect(await matching.queueStatus(b)).toEqual({ waiting: false })
    expect(await metrics.matchesProposed.get()).toMatchObject({ values: [{ value: 1 }] })
  })

  it('when the same entry is processed again, then no second match or proposal is created', async () => {
    const a = await user()
    const b = await user()
    await findAndProcess(a)
    const r = await matching.requestFind(b)
    if (!r.ok) throw new Error('not queued')
    const entry = { entryId: r.entryId, userId: b, queuedAt: r.queuedAt }
    expect(await matching.processFindEntry(entry)).toBe('proposed')
    expect(await matching.processFindEntry(entry)).toBe('already-matched')
    expect(await matching.processFindEntry(entry)).toBe('already-matched')
    expect(await pairOf(a, b)).toHaveLength(1)
    expect(rec.proposalsTo(await telegramIdOf(stores.db.db, a))).toHaveLength(1)
    expect(rec.proposalsTo(await telegramIdOf(stores.db.db, b))).toHaveLength(1)
  })

  it('when both /find at once and both entries are processed concurrently, then exactly one match exists', async () => {
    const a = await user()
    const b = await user()
    const [ra, rb] = await Promise.all([matching.requestFind(a), matching.requestFind(b)])
    if (!ra.ok || !rb.ok) throw new Error('not queued')
    const outcomes = await Promise.all([
      matching.processFindEntry({ entryId: ra.entryId, userId: a, queuedAt: ra.queuedAt }),
      matching.processFindEntry({ entryId: rb.entryId, userId: b, queuedAt: rb.queuedAt }),
    ])
    expect(outcomes).toContain('proposed')
    expect(outcomes.filter((o) => o === 'proposed')).toHaveLength(1)
    expect(await openMatchesOf(a)).toHaveLength(1)
    expect(await openMatchesOf(b)).toHaveLength(1)
  })

  it('when two workers handle both entries of a pair while a proposal is being sent, then each side gets it once', async () => {
    // two match workers: one proposes and is still inside sendText when the other takes the partner's entry
    const slow = {
      ...rec.messenger,
      async sendText(...args: Parameters<typeof rec.messenger.sendText>) {
        await new Promise((r) => setTimeout(r, 300))
        return rec.messenger.sendText(...args)
      },
    }
    const worker1 = createMatchingService({
      db: stores.db.db,
      redis: stores.redis.redis,
      messenger: slow,
      translate,
      metrics,
      logger: silentLogger(),
      config: TEST_MATCHING_CONFIG,
    })
    const a = await user()
    const b = await user()
    const ra = await matching.requestFind(a)
    if (!ra.ok) throw new Error('not queued')
    expect(await matching.processFindEntry({ entryId: ra.entryId, userId: a, queuedAt: ra.queuedAt })).toBe(
      'waiting',
    )
    const rb = await matching.requestFind(b)
    if (!rb.ok) throw new Error('not queued')
    const first = worker1.processFindEntry({ entryId: rb.entryId, userId: b, queuedAt: rb.queuedAt })
    for (let i = 0; i < 100 && (await pairOf(a, b)).length === 0; i++)
      await new Promise((r) => setTimeout(r, 10))
    const second = build().processFindEntry({ entryId: ra.entryId, userId: a, queuedAt: ra.queuedAt })
    expect(await Promise.all([first, second])).toEqual(['proposed', 'already-matched'])
    expect(rec.proposalsTo(await telegramIdOf(stores.db.db, a))).toHaveLength(1)
    expect(rec.proposalsTo(await telegramIdOf(stores.db.db, b))).toHaveLength(1)
  })

  it('when several candidates qualify, then the highest score wins and ties go to the earliest queued', async () => {
    const seeker = await user({ topics: ['burnout', 'anxiety', 'loneliness'] })
    const twoShared = await user({ topics: ['burnout', 'anxiety', 'job_loss'], helpfulness: 1 })
    const late = await user({ topics: THREE, helpfulness: 0.9 })
    const early = await user({ topics: THREE, helpfulness: 0.9 })
    // candidates wait in the index; only the seeker's entry is processed
    await matching.requestFind(twoShared)
    await matching.requestFind(early)
    await new Promise((r) => setTimeout(r, 5))
    await matching.requestFind(late)
    expect(await findAndProcess(seeker)).toBe('proposed')
    const [m] = await openMatchesOf(seeker)
    expect([m!.userA, m!.userB]).toContain(early)
    expect(m!.score).toBeCloseTo(0.6 + 0.2 + 0.2 * 0.9, 5)
  })

  it('when the only candidates are blocked, banned, recently matched, off-schedule or share one topic, then the seeker waits', async () => {
    const seeker = await user({ availability: ['weekday_evening'] })
    const blockedBy = await user()
    const banned = await user()
    const recent = await user()
    const offSchedule = await user({ availability: ['weekday_morning'] })
    const oneTopic = await user({ topics: ['burnout', 'parenting'] })
    const paused = await user()
    for (const id of [blockedBy, banned, recent, offSchedule, oneTopic, paused])
      await matching.requestFind(id)
    await stores.db.db.insert(blocks).values({ blockerId: blockedBy, blockedId: seeker })
    await stores.db.db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, banned))
    await stores.db.db.update(users).set({ pausedAt: new Date() }).where(eq(users.id, paused))
    await stores.db.db.insert(matchHistory).values({
      userA: Math.min(seeker, recent),
      userB: Math.max(seeker, recent),
      matchedAt: new Date(Date.now() - 5 * 86_400_000),
    })
    expect(await findAndProcess(seeker)).toBe('waiting')
    expect(await openMatchesOf(seeker)).toHaveLength(0)
  })

  it('when the last match with someone is older than the anti-repeat window, then they can be matched again', async () => {
    const seeker = await user()
    const old = await user()
    await stores.db.db.insert(matchHistory).values({
      userA: Math.min(seeker, old),
      userB: Math.max(seeker, old),
      matchedAt: new Date(Date.now() - 31 * 86_400_000),
    })
    await matching.requestFind(old)
    expect(await findAndProcess(seeker)).toBe('proposed')
  })

  it('when a proposal cannot be delivered because the user blocked the bot, then it is declined for them and the other is re-queued', async () => {
    const a = await user()
    const b = await user()
    rec.gone.add(await telegramIdOf(stores.db.db, b))
    await findAndProcess(a)
    await findAndProcess(b)
    const [m] = await pairOf(a, b)
    expect(m).toMatchObject({ status: 'declined', declinedBy: b })
    expect(await matching.queueStatus(a)).toMatchObject({ waiting: true })
    expect(rec.to(await telegramIdOf(stores.db.db, a)).at(-1)?.text).toBe(
      translate('ru', 'match-declined-requeued'),
    )
  })
})

describe('answers', () => {
  async function proposed() {
    const a = await user()
    const b = await user()
    await findAndProcess(a)
    await findAndProcess(b)
    const [m] = await pairOf(a, b)
    if (!m) throw new Error('no match')
    return { a, b, m }
  }

  it('when both accept, then the match is active, a session and history row exist, and the chat hook runs once', async () => {
    const { a, b, m } = await proposed()
    expect(await matching.accept(m.id, a)).toEqual({ ok: true, state: 'waiting-partner', again: false })
    expect(await matching.accept(m.id, a)).toEqual({ ok: true, state: 'waiting-partner', again: true })
    const r = await matching.accept(m.id, b)
    expect(r).toMatchObject({ ok: true, state: 'active' })
    const [row] = await pairOf(a, b)
    expect(row).toMatchObject({ status: 'active' })
    const sessions = await stores.db.db.select().from(chatSessions).where(eq(chatSessions.matchId, m.id))
    expect(sessions).toHaveLength(1)
    expect(sessions[0]).toMatchObject({ status: 'active', userA: m.userA, userB: m.userB })
    expect(await stores.db.db.select().from(matchHistory).where(eq(matchHistory.matchId, m.id))).toHaveLength(
      1,
    )
    expect(opened).toEqual([{ sessionId: sessions[0]!.id, matchId: m.id, userA: m.userA, userB: m.userB }])
    expect(await matching.accept(m.id, b)).toEqual({ ok: false, reason: 'already-active' })
    expect(await matching.decline(m.id, a)).toEqual({ ok: false, reason: 'already-active' })
    expect(await metrics.matchesAccepted.get()).toMatchObject({ values: [{ value: 1 }] })
    // the sweeper's reconcile does not call the hook again for this match (done-marker in Redis)
    await matching.reconcile({ graceSec: 0 })
    expect(opened.filter((o) => o.matchId === m.id)).toHaveLength(1)
  })

  it('when both tap accept at the same moment, then exactly one session is opened', async () => {
    const { a, b, m } = await proposed()
    const results = await Promise.all([matching.accept(m.id, a), matching.accept(m.id, b)])
    expect(results.map((r) => (r.ok ? r.state : r.reason)).sort()).toEqual(['active', 'waiting-partner'])
    expect(await stores.db.db.select().from(chatSessions).where(eq(chatSessions.matchId, m.id))).toHaveLength(
      1,
    )
    expect(opened).toHaveLength(1)
  })

  it('when one side is banned after the proposal, then the other accepting opens no session and is re-queued', async () => {
    const { a, b, m } = await proposed()
    await matching.accept(m.id, b)
    await stores.db.db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, b))
    expect(await matching.accept(m.id, a)).toEqual({ ok: false, reason: 'closed' })
    expect((await pairOf(a, b))[0]).toMatchObject({ status: 'declined', declinedBy: b })
    expect(await stores.db.db.select().from(chatSessions).where(eq(chatSessions.matchId, m.id))).toHaveLength(
      0,
    )
    expect(opened).toHaveLength(0)
    expect(await matching.queueStatus(a)).toMatchObject({ waiting: true })
    expect(await matching.queueStatus(b)).toEqual({ waiting: false })
  })

  it('when someone not in the match presses its button, then nothing changes', async () => {
    const { m } = await proposed()
    const stranger = await user()
    expect(await matching.accept(m.id, stranger)).toEqual({ ok: false, reason: 'not-found' })
    expect(await matching.decline(m.id, stranger)).toEqual({ ok: false, reason: 'not-found' })
  })

  it('when one declines, then both are settled: the other is re-queued and told, and the pair is not proposed again', async () => {
    const { a, b, m } = await proposed()
    expect(await matching.decline(m.id, b)).toEqual({ ok: true, requeuedPartner: true })
    expect(await matching.decline(m.id, b)).toEqual({ ok: false, reason: 'already-declined' })
    expect(await matching.accept(m.id, a)).toEqual({ ok: false, reason: 'declined' })
    const [row] = await pairOf(a, b)
    expect(row).toMatchObject({ status: 'declined', declinedBy: b })
    expect(await matching.queueStatus(a)).toMatchObject({ waiting: true })
    expect(await matching.queueStatus(b)).toEqual({ waiting: false })
    const tgA = await telegramIdOf(stores.db.db, a)
    expect(rec.to(tgA).at(-1)?.text).toBe(translate('ru', 'match-declined-requeued'))
    expect(rec.removed.map((r) => r.chatId)).toContain(tgA)
    // b comes back: the cooldown keeps them apart
    expect(await findAndProcess(b)).toBe('waiting')
    expect(await pairOf(a, b)).toHaveLength(1)
    expect(await metrics.matchesDeclined.get()).toMatchObject({ values: [{ value: 1 }] })
  })

  it('when the user cancels during a proposal, then it counts as a decline and the other is re-queued', async () => {
    const { a, b, m } = await proposed()
    expect(await matching.cancel(a)).toEqual({ ok: true, left: 'proposal', matchId: m.id })
    expect((await pairOf(a, b))[0]).toMatchObject({ status: 'declined', declinedBy: a })
    expect(await matching.queueStatus(b)).toMatchObject({ waiting: true })
  })

  it('when the proposal expires after one accepted, then both are told and only the acceptor is re-queued', async () => {
    const { a, b, m } = await proposed()
    await matching.accept(m.id, a)
    await stores.db.db
      .update(matches)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(matches.id, m.id))
    expect(await matching.expireProposals()).toBe(1)
    expect(await matching.expireProposals()).toBe(0)
    expect((await pairOf(a, b))[0]).toMatchObject({ status: 'expired' })
    expect(await matching.queueStatus(a)).toMatchObject({ waiting: true })
    expect(await matching.queueStatus(b)).toEqual({ waiting: false })
    expect(rec.to(await telegramIdOf(stores.db.db, a)).at(-1)?.text).toBe(
      translate('ru', 'match-expired-requeued'),
    )
    expect(rec.to(await telegramIdOf(stores.db.db, b)).at(-1)?.text).toBe(translate('ru', 'match-expired'))
    expect(await matching.accept(m.id, b)).toEqual({ ok: false, reason: 'expired' })
    expect(opened).toHaveLength(0)
    expect(await metrics.matchesExpired.get()).toMatchObject({ values: [{ value: 1 }] })
  })

  it('when someone accepts after the deadline but before the sweeper, then it expires right there', async () => {
    const { a, b, m } = await proposed()
    await stores.db.db
      .update(matches)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(matches.id, m.id))
    expect(await matching.accept(m.id, b)).toEqual({ ok: false, reason: 'expired' })
    expect((await pairOf(a, b))[0]).toMatchObject({ status: 'expired' })
    expect(await stores.db.db.select().from(chatSessions).where(eq(chatSessions.matchId, m.id))).toHaveLength(
      0,
    )
    expect(rec.to(await telegramIdOf(stores.db.db, a)).at(-1)?.text).toBe(translate('ru', 'match-expired'))
  })

  it('when the process died after a decline commit, then reconcile finishes the effects exactly once', async () => {
    const { a, b, m } = await proposed()
    // the decline committed, the effects never ran
    await stores.db.db
      .update(matches)
      .set({
        status: 'declined',
        declinedBy: b,
        respondedAt: new Date(),
        updatedAt: sql`now() - interval '30 seconds'`,
      })
      .where(eq(matches.id, m.id))
    await matching.reconcile({ graceSec: 15 })
    expect(await matching.reconcile({ graceSec: 15 })).toBe(0)
    expect(await matching.queueStatus(a)).toMatchObject({ waiting: true })
    expect(
      rec
        .to(await telegramIdOf(stores.db.db, a))
        .filter((x) => x.text === translate('ru', 'match-declined-requeued')),
    ).toHaveLength(1)
  })
})
