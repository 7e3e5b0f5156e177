import { describe, expect, it } from 'vitest'
import { testStores } from '../../../test/helpers/stores.js'
import { createI18n } from '../../bot/i18n.js'
import { cardOf, cardScorer, encodeCard } from './card.js'
import { MQ } from './queue.js'
import { eligibleCandidates, loadProfile } from './repo.js'
import { scoreCandidate } from './scoring.js'
import type { MatchingConfig } from './service.js'
import { createMatchUser, matchesBetween, type TestUserOpts, testMatchingService } from './test-fixtures.js'

const { translate } = createI18n()
const THREE = ['burnout', 'anxiety', 'loneliness']

describe('age partition, pure scoring', () => {
  const base = { topicIds: [1, 2, 3], availability: [], utcOffsetMinutes: 180, helpfulness: 0.5 }
  it('when a 13–17 seeker meets an 18+ candidate, then neither scorer pairs them; equal groups score', () => {
    const teen = { ...base, userId: 1, partition: '13_17' }
    const adult = { ...base, userId: 2, partition: '18_plus', queuedAt: 0 }
    const opts = { minSharedTopics: 2 }
    expect(scoreCandidate(teen, adult, opts)).toBeNull()
    expect(scoreCandidate(teen, { ...adult, partition: '13_17' }, opts)?.score).toBeGreaterThan(0)
    const score = cardScorer(teen, { ...opts, at: new Date('2026-07-01T12:00:00Z') })
    const card = (partition: string) =>
      cardOf({
        topicIds: [1, 2, 3],
        availability: [],
        timezone: null,
        storedOffsetMinutes: 180,
        helpfulness: 0.5,
        language: 'ru',
        partition,
      })
    expect(score(2, 0, card('18_plus'))).toBeNull()
    expect(score(2, 0, card(''))).toBeNull()
    expect(score(2, 0, card('13_17'))?.score).toBeGreaterThan(0)
  })
})

describe('age partition in the matcher (real Postgres and Redis)', () => {
  const stores = testStores({ redis: 'per-test' })
  const build = (config: Partial<MatchingConfig> = {}) =>
    testMatchingService({
      db: stores.db.db,
      redis: stores.redis.redis,
      translate,
      config,
      onSessionOpened: async () => {},
    })
  const user = (opts: Partial<TestUserOpts> = {}) => createMatchUser(stores.db.db, { topics: THREE, ...opts })

  async function find(m: ReturnType<typeof build>, userId: number) {
    const r = await m.requestFind(userId)
    if (!r.ok) return r.reason
    return m.processFindEntry({ entryId: r.entryId, userId, queuedAt: r.queuedAt })
  }

  it('when a 13–17 and an 18+ user are the only two waiting, then they are never proposed to each other', async () => {
    const m = build({ allowMinors: true })
    const teen = await user({ ageGroup: '13_17' })
    const adult = await user({ ageGroup: '18_plus' })
    expect(await find(m, adult)).toBe('waiting')
    expect(await find(m, teen)).toBe('waiting')
    // the adult's entry again, now that the teen waits too
    const marker = await m.queue.marker(adult)
    expect(
      await m.processFindEntry({ entryId: marker!.entryId, userId: adult, queuedAt: marker!.queuedAt }),
    ).toBe('waiting')
    expect(await matchesBetween(stores.db.db, teen, adult)).toEqual([])
  })

  it('when two 13–17 users wait and ALLOW_MINORS is on, then they are proposed to each other', async () => {
    const m = build({ allowMinors: true })
    const a = await user({ ageGroup: '13_17' })
    const b = await user({ ageGroup: '13_17' })
    expect(await find(m, a)).toBe('waiting')
    expect(await find(m, b)).toBe('proposed')
    expect((await matchesBetween(stores.db.db, a, b)).map((r) => r.status)).toEqual(['proposed'])
  })

  it('when ALLOW_MINORS is off, or the group is under 13 or unknown, then /find is refused', async () => {
    const off = build()
    expect(await off.requestFind(await user({ ageGroup: '13_17' }))).toEqual({
      ok: false,
      reason: 'age-group',
    })
    const on = build({ allowMinors: true })
    expect(await on.requestFind(await user({ ageGroup: 'under_13' }))).toEqual({
      ok: false,
      reason: 'age-group',
    })
    expect(await on.requestFind(await user({ ageGroup: null }))).toEqual({ ok: false, reason: 'age-group' })
  })

  it('when a card claims the wrong group, then the SQL check still keeps an 18+ candidate from a 13–17 seeker', async () => {
    const m = build({ allowMinors: true })
    const teen = await user({ ageGroup: '13_17' })
    const adult = await user({ ageGroup: '18_plus' })
    const legacy = await user({ ageGroup: null })
    const teen2 = await user({ ageGroup: '13_17' })
    const filter = { antiRepeatDays: 30, declineCooldownSec: 86_400, allowMinors: true }
    const ids = new Map([
      [adult, 1],
      [legacy, 2],
      [teen2, 3],
    ])
    expect((await eligibleCandidates(stores.db.db, teen, ids, filter)).map((c) => c.userId)).toEqual([teen2])
    // with minors off, not even two 13–17 pass
    expect(await eligibleCandidates(stores.db.db, teen, ids, { ...filter, allowMinors: false })).toEqual([])

    // forge the adult into the teens' partition in Redis: queued, with a card saying 13–17
    expect(await find(m, adult)).toBe('waiting')
    const p = await loadProfile(stores.db.db, adult)
    await stores.redis.redis.hset(MQ.cards, String(adult), encodeCard(cardOf({ ...p!, partition: '13_17' })))
    expect(await find(m, teen)).toBe('waiting')
    expect(await matchesBetween(stores.db.db, teen, adult)).toEqual([])
  })
})
