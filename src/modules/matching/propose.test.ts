import { and, eq, inArray, or, sql } from 'drizzle-orm'
import { beforeEach, describe, expect, it } from 'vitest'
import { testStores } from '../../../test/helpers/stores.js'
import { createI18n } from '../../bot/i18n.js'
import { blocks, matches, matchHistory, users, userTopics } from '../../db/schema/index.js'
import { createUsersService } from '../users/service.js'
import { decodeCard } from './card.js'
import { VERIFY_FIRST } from './propose.js'
import { MQ } from './queue.js'
import { eligibleCandidates, loadProfile } from './repo.js'
import { rankCandidates } from './scoring.js'
import type { MatchingService } from './service.js'
import {
  createMatchUser,
  TEST_MATCHING_CONFIG,
  type TestUserOpts,
  testMatchingService,
  topicIds,
} from './test-fixtures.js'

const { translate } = createI18n()

const stores = testStores({ redis: 'per-test' })
let matching: MatchingService

beforeEach(async () => {
  matching = testMatchingService({ db: stores.db.db, redis: stores.redis.redis, translate })
})

const THREE = ['burnout', 'anxiety', 'loneliness']
const user = (opts: Partial<TestUserOpts> = {}) => createMatchUser(stores.db.db, { topics: THREE, ...opts })
/** Waiting users: `best` ranks first (helpfulness 1), `next` second (0.9), the seeker's usual partners 0.5. */
const queued = async (opts: Partial<TestUserOpts> = {}) => {
  const id = await user(opts)
  const r = await matching.requestFind(id)
  if (!r.ok) throw new Error(`requestFind refused: ${r.reason}`)
  return id
}

/** What the worker does with the seeker's entry, returning the partner it proposed (or null). */
async function proposeFor(seekerId: number): Promise<number | null> {
  const r = await matching.requestFind(seekerId)
  if (!r.ok) throw new Error(`requestFind refused: ${r.reason}`)
  const outcome = await matching.processFindEntry({
    entryId: r.entryId,
    userId: seekerId,
    queuedAt: r.queuedAt,
  })
  if (outcome !== 'proposed') return null
  const open = await stores.db.db
    .select()
    .from(matches)
    .where(and(eq(matches.status, 'proposed'), or(eq(matches.userA, seekerId), eq(matches.userB, seekerId))))
  // exactly one: a proposal rolled back for a partner who had left must leave no row behind
  expect(open).toHaveLength(1)
  const m = open[0]
  if (!m) throw new Error('proposed but no match row')
  return m.userA === seekerId ? m.userB : m.userA
}

describe('score first, check eligibility for the best few', () => {
  for (const [what, spoil] of [
    [
      'blocked the seeker',
      async (top: number, seeker: number) =>
        void (await stores.db.db.insert(blocks).values({ blockerId: top, blockedId: seeker })),
    ],
    [
      'was blocked by the seeker',
      async (top: number, seeker: number) =>
        void (await stores.db.db.insert(blocks).values({ blockerId: seeker, blockedId: top })),
    ],
    [
      'chatted with the seeker last week',
      async (top: number, seeker: number) =>
        void (await stores.db.db.insert(matchHistory).values({
          userA: Math.min(top, seeker),
          userB: Math.max(top, seeker),
          matchedAt: new Date(Date.now() - 7 * 86_400_000),
        })),
    ],
    [
      'is banned',
      async (top: number) =>
        void (await stores.db.db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, top))),
    ],
    [
      'paused matching',
      async (top: number) =>
        void (await stores.db.db.update(users).set({ pausedAt: new Date() }).where(eq(users.id, top))),
    ],
    [
      'deleted their account',
      async (top: number) =>
        void (await stores.db.db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, top))),
    ],
    // the index still lists them (e.g. the marker went between the window read and the lock): the lock-time check catches it
    [
      'left the queue (marker gone, index entry left behind)',
      async (top: number) => void (await stores.redis.redis.del(MQ.marker(top))),
    ],
  ] as const) {
    it(`when the top scorer ${what}, then the next best is proposed`, async () => {
      const seeker = await user()
      const top = await queued({ helpfulness: 1 })
      const second = await queued({ helpfulness: 0.9 })
      await queued({ helpfulness: 0.5 })
      await spoil(top, seeker)
      expect(await proposeFor(seeker)).toBe(second)
    })
  }

  it('when the top scorer is fine, then it is proposed after checking only the first few in SQL', async () => {
    const seeker = await user()
    const top = await queued({ helpfulness: 1 })
    for (let i = 0; i < 20; i++) await queued({ helpfulness: 0.1 + i * 0.01 })
    const before = { ...matching.proposerStats }
    expect(await proposeFor(seeker)).toBe(top)
    expect(matching.proposerStats.scored - before.scored).toBe(21)
    expect(matching.proposerStats.eligibilityQueries - before.eligibilityQueries).toBe(1)
    expect(matching.proposerStats.checked - before.checked).toBe(VERIFY_FIRST)
  })

  it(`when all of the first ${VERIFY_FIRST} are ineligible, then the check widens and the best eligible one is proposed`, async () => {
    const seeker = await user()
    const banned: number[] = []
    for (let i = 0; i < VERIFY_FIRST + 2; i++) banned.push(await queued({ helpfulness: 1 - i * 0.001 }))
    const fine = await queued({ helpfulness: 0.3 })
    await queued({ helpfulness: 0.2 })
    await stores.db.db.update(users).set({ bannedAt: new Date() }).where(inArray(users.id, banned))
    const before = matching.proposerStats.eligibilityQueries
    expect(await proposeFor(seeker)).toBe(fine)
    expect(matching.proposerStats.eligibilityQueries - before).toBe(2)
  })

  it('when the top scorer changed topics after queueing, then the fresh topics decide and their card and topic sets are rewritten', async () => {
    const seeker = await user()
    const top = await queued({ helpfulness: 1 })
    const second = await queued({ helpfulness: 0.6 })
    const ids = await topicIds(stores.db.db)
    await stores.db.db.delete(userTopics).where(eq(userTopics.userId, top))
    const now = ['parenting', 'illness'].map((s) => ids.get(s) as number)
    await stores.db.db.insert(userTopics).values(now.map((topicId) => ({ userId: top, topicId })))
    expect(await proposeFor(seeker)).toBe(second)
    const card = decodeCard(await stores.redis.redis.hget(MQ.cards, String(top)))
    expect(card?.topicIds).toEqual([...now].sort((a, b) => a - b))
    expect(await stores.redis.redis.zscore(MQ.topic(ids.get('burnout') as number), String(top))).toBeNull()
    expect(
      await stores.redis.redis.zscore(MQ.topic(ids.get('parenting') as number), String(top)),
    ).not.toBeNull()
    expect((await matching.queue.marker(top))?.topicIds).toEqual([...now].sort((a, b) => a - b))
  })

  it('when the top scorer changed availability to hours the seeker never has, then they are skipped', async () => {
    const seeker = await user({ availability: ['weekday_evening'] })
    const top = await queued({ helpfulness: 1, availability: ['weekday_evening'] })
    const second = await queued({ helpfulness: 0.6, availability: ['weekday_evening'] })
    await stores.db.db
      .update(users)
      .set({ availability: ['weekday_morning'] })
      .where(eq(users.id, top))
    expect(await proposeFor(seeker)).toBe(second)
  })

  it('when the top scorer’s helpfulness fell after queueing, then they rank by the fresh value (below the second)', async () => {
    const seeker = await user()
    const top = await queued({ helpfulness: 1 })
    // the rest of the first SQL batch is ineligible, so `second` is still unchecked when `top` is re-scored
    const banned: number[] = []
    for (let i = 0; i < VERIFY_FIRST - 1; i++) banned.push(await queued({ helpfulness: 0.95 - i * 0.01 }))
    await stores.db.db.update(users).set({ bannedAt: new Date() }).where(inArray(users.id, banned))
    const second = await queued({ helpfulness: 0.6 })
    await stores.db.db.update(users).set({ helpfulnessScore: 0 }).where(eq(users.id, top))
    expect(await proposeFor(seeker)).toBe(second)
  })

  it('when a waiting user’s profile improved and refreshQueued ran, then they rank by the new card', async () => {
    const seeker = await user()
    const low = await queued({ helpfulness: 0.1 })
    await queued({ helpfulness: 0.6 })
    await stores.db.db.update(users).set({ helpfulnessScore: 1 }).where(eq(users.id, low))
    expect(await matching.refreshQueued(low)).toBe(true)
    expect(await matching.refreshQueued(low)).toBe(false)
    expect(await proposeFor(seeker)).toBe(low)
  })

  it('when the seeker edited topics while waiting, then processing their entry rewrites their own card and topic sets', async () => {
    const ids = await topicIds(stores.db.db)
    const seeker = await user()
    const redis = stores.redis.redis
    const r = await matching.requestFind(seeker)
    if (!r.ok) throw new Error('not queued')
    await stores.db.db
      .delete(userTopics)
      .where(and(eq(userTopics.userId, seeker), eq(userTopics.topicId, ids.get('loneliness') as number)))
    await stores.db.db.insert(userTopics).values({ userId: seeker, topicId: ids.get('parenting') as number })
    expect(
      await matching.processFindEntry({ entryId: r.entryId, userId: seeker, queuedAt: r.queuedAt }),
    ).toBe('waiting')
    const want = ['burnout', 'anxiety', 'parenting'].map((t) => ids.get(t) as number).sort((a, b) => a - b)
    expect(decodeCard(await redis.hget(MQ.cards, String(seeker)))?.topicIds).toEqual(want)
    expect(await redis.zscore(MQ.topic(ids.get('loneliness') as number), String(seeker))).toBeNull()
    expect(Number(await redis.zscore(MQ.topic(ids.get('parenting') as number), String(seeker)))).toBe(
      r.queuedAt,
    )
  })

  it('when a waiting user edits topics through the users service, then the onProfileChanged hook rewrites their card', async () => {
    const redis = stores.redis.redis
    const ids = await topicIds(stores.db.db)
    const users = createUsersService({
      db: stores.db.db,
      onProfileChanged: async (id) => void (await matching.refreshQueued(id)),
    })
    const waiting = await queued()
    const queuedAt = Number(await redis.zscore(MQ.topic(ids.get('burnout') as number), String(waiting)))
    expect(await users.toggleTopic(waiting, 'parenting')).toMatchObject({ ok: true })
    expect(await users.toggleTopic(waiting, 'loneliness')).toMatchObject({ ok: true })
    const want = ['burnout', 'anxiety', 'parenting'].map((t) => ids.get(t) as number).sort((a, b) => a - b)
    expect(decodeCard(await redis.hget(MQ.cards, String(waiting)))?.topicIds).toEqual(want)
    expect(await redis.zscore(MQ.topic(ids.get('loneliness') as number), String(waiting))).toBeNull()
    expect(Number(await redis.zscore(MQ.topic(ids.get('parenting') as number), String(waiting)))).toBe(
      queuedAt,
    )
  })

  it('when a waiting user has no card (queued before cards existed), then SQL decides and they can still be proposed', async () => {
    const seeker = await user()
    const legacy = await queued({ helpfulness: 0.9 })
    await queued({ helpfulness: 0.1 })
    await stores.redis.redis.hdel(MQ.cards, String(legacy))
    expect(await proposeFor(seeker)).toBe(legacy)
  })

  it('when a card-less waiting user ranks below another, then the better one is proposed and the card is written', async () => {
    const seeker = await user()
    const legacy = await queued({ helpfulness: 0.1 })
    const better = await queued({ helpfulness: 0.9 })
    await stores.redis.redis.hdel(MQ.cards, String(legacy))
    expect(await proposeFor(seeker)).toBe(better)
    expect(decodeCard(await stores.redis.redis.hget(MQ.cards, String(legacy)))?.helpfulness).toBeCloseTo(
      0.1,
      5,
    )
  })

  it('when the pool is random (mixed topics, hours, helpfulness, blocks, bans, pauses), then every proposal is the best of the full eligibility ranking', async () => {
    let seed = 7
    const next = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0
      return seed / 2 ** 32
    }
    const TOPICS = ['burnout', 'anxiety', 'loneliness', 'parenting', 'illness']
    const WINDOWS = ['weekday_morning', 'weekday_evening', 'weekend_day', 'night']
    const pool: number[] = []
    for (let i = 0; i < 40; i++) {
      const topics = TOPICS.filter(() => next() < 0.6)
      if (topics.length < 2) topics.push('burnout', 'anxiety')
      pool.push(
        await queued({
          topics: [...new Set(topics)],
          availability: WINDOWS.filter(() => next() < 0.4),
          helpfulness: Math.round(next() * 10) / 10, // ties on purpose: queuedAt and id must break them alike
          timezone: next() < 0.5 ? 'Europe/Berlin' : 'UTC+05:30',
          utcOffsetMinutes: 330,
        }),
      )
    }
    const seekers = pool.slice(0, 12)
    for (const id of pool.slice(12)) {
      const r = next()
      if (r < 0.1) await stores.db.db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, id))
      else if (r < 0.2) await stores.db.db.update(users).set({ pausedAt: new Date() }).where(eq(users.id, id))
      else if (r < 0.35)
        await stores.db.db.insert(blocks).values({ blockerId: id, blockedId: seekers[0] as number })
    }
    let proposed = 0
    for (const seekerId of seekers) {
      const seeker = await loadProfile(stores.db.db, seekerId)
      if (!seeker) throw new Error('no seeker')
      // today's reference: the eligibility SQL over the whole window, then the ranking
      const window = await matching.queue.candidateWindow(seeker.topicIds, { offset: 0, limit: 200 })
      const at = new Date()
      const all = new Map([...window.candidates].map(([id, e]) => [id, e.queuedAt]))
      const eligible = await eligibleCandidates(stores.db.db, seekerId, all, TEST_MATCHING_CONFIG, at)
      const expected = rankCandidates(seeker, eligible, TEST_MATCHING_CONFIG)[0]?.candidate.userId ?? null
      const got = await matching.proposeFor(seeker, at)
      expect(got?.chosen.candidate.userId ?? null).toBe(expected)
      if (got) {
        proposed++
        await stores.db.db.execute(sql`delete from ${matches} where id = ${got.match.id}`)
      }
    }
    expect(proposed).toBeGreaterThan(6)
  })
})
