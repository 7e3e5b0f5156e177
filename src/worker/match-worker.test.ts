import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testStores } from '../../test/helpers/stores.js'
import { createI18n } from '../bot/i18n.js'
import { matches } from '../db/schema/index.js'
import { MQ, streamEntries } from '../modules/matching/queue.js'
import type { FindEntry, MatchingService } from '../modules/matching/service.js'
import {
  createMatchUser,
  matchesBetween,
  recordingMessenger,
  silentLogger,
  telegramIdOf,
  testMatchingService,
  waitUntil,
} from '../modules/matching/test-fixtures.js'
import { createMatchWorker, type MatchWorker } from './match-worker.js'
import { createMatchSweeper } from './sweeper.js'

const { translate } = createI18n()
const TOPICS = ['burnout', 'anxiety', 'loneliness']

const stores = testStores({ redis: 'per-test' })
let rec: ReturnType<typeof recordingMessenger>
let matching: MatchingService
const workers: MatchWorker[] = []

beforeEach(async () => {
  rec = recordingMessenger()
  matching = testMatchingService({
    db: stores.db.db,
    redis: stores.redis.redis,
    messenger: rec.messenger,
    translate,
  })
})
afterEach(async () => {
  for (const w of workers.splice(0)) await w.stop()
})

function startWorker(
  opts: { handle?: (e: FindEntry) => Promise<unknown>; maxDeliveries?: number; minIdleMs?: number } = {},
) {
  const w = createMatchWorker({
    redis: stores.redis.redis,
    blocking: stores.redis.blocking,
    handle: opts.handle ?? ((e) => matching.processFindEntry(e)),
    logger: silentLogger(),
    options: {
      minIdleMs: opts.minIdleMs ?? 150,
      maxDeliveries: opts.maxDeliveries ?? 5,
      claimIntervalMs: 50,
    },
  })
  workers.push(w)
  return w
}

/** What a consumer that dies leaves behind: entries delivered to it, never acked. */
async function readAsDeadConsumer(name: string) {
  const res = await stores.redis.redis.call(
    'XREADGROUP',
    'GROUP',
    MQ.group,
    name,
    'COUNT',
    100,
    'STREAMS',
    MQ.stream,
    '>',
  )
  return streamEntries(res).map(([id, f]) => ({
    entryId: id,
    userId: Number(f?.[f.indexOf('u') + 1]),
    queuedAt: Number(f?.[f.indexOf('q') + 1]),
  }))
}

const pendingCount = async () => {
  const summary = (await stores.redis.redis.xpending(MQ.stream, MQ.group)) as [number, ...unknown[]]
  return Number(summary[0])
}

/** Every stream entry was delivered to someone (group lag 0) and acked (nothing pending). */
const allHandled = async () => {
  const groups = (await stores.redis.redis.call('XINFO', 'GROUPS', MQ.stream)) as unknown[][]
  const g = groups[0] ?? []
  const lag = Number(g[g.indexOf('lag') + 1])
  return lag === 0 && (await pendingCount()) === 0
}

const pairMatches = (a: number, b: number) => matchesBetween(stores.db.db, a, b)

describe('match worker', () => {
  it('when two users /find with the worker running, then both receive a proposal and every entry is acked', async () => {
    await startWorker().start()
    const a = await createMatchUser(stores.db.db, { topics: TOPICS })
    const b = await createMatchUser(stores.db.db, { topics: TOPICS })
    await matching.requestFind(a)
    await matching.requestFind(b)
    const [tgA, tgB] = [await telegramIdOf(stores.db.db, a), await telegramIdOf(stores.db.db, b)]
    await waitUntil(async () => rec.proposalsTo(tgA).length === 1 && rec.proposalsTo(tgB).length === 1, {
      what: 'proposals to both',
    })
    await waitUntil(allHandled, { what: 'all entries acked' })
    expect(await pairMatches(a, b)).toHaveLength(1)
  })

  it('when a consumer dies after reading but before handling, then another one reclaims the entries and matches', async () => {
    const a = await createMatchUser(stores.db.db, { topics: TOPICS })
    const b = await createMatchUser(stores.db.db, { topics: TOPICS })
    await matching.requestFind(a)
    await matching.requestFind(b)
    expect(await readAsDeadConsumer('dead-1')).toHaveLength(2)
    expect(await pendingCount()).toBe(2)
    await startWorker().start()
    await waitUntil(allHandled, { what: 'entries reclaimed and acked' })
    expect(await pairMatches(a, b)).toHaveLength(1)
    expect(rec.proposalsTo(await telegramIdOf(stores.db.db, a))).toHaveLength(1)
    expect(rec.proposalsTo(await telegramIdOf(stores.db.db, b))).toHaveLength(1)
  })

  it('when a consumer dies mid-message after the DB commit, then the entry is reclaimed, not lost and not double-matched', async () => {
    const a = await createMatchUser(stores.db.db, { topics: TOPICS })
    const b = await createMatchUser(stores.db.db, { topics: TOPICS })
    const [tgA, tgB] = [await telegramIdOf(stores.db.db, a), await telegramIdOf(stores.db.db, b)]
    await matching.requestFind(a)
    await matching.requestFind(b)
    const entries = await readAsDeadConsumer('dead-2')
    // The dying consumer handles both entries: the proposal is committed, then it "dies" while messaging
    // (Telegram unreachable) and never acks.
    rec.failing.add(tgA)
    for (const e of entries) await matching.processFindEntry(e).catch(() => 'crashed')
    expect(await pairMatches(a, b)).toHaveLength(1)
    expect(rec.proposalsTo(tgA)).toHaveLength(0)
    expect(await pendingCount()).toBe(2)

    rec.failing.clear()
    await startWorker().start()
    await waitUntil(allHandled, { what: 'entries reclaimed and acked' })
    const rows = await pairMatches(a, b)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ status: 'proposed' })
    expect(rec.proposalsTo(tgA)).toHaveLength(1)
    expect(rec.proposalsTo(tgB)).toHaveLength(1)
    expect(await stores.redis.redis.xlen(MQ.dlq)).toBe(0)
  })

  it('when handling keeps failing, then the entry goes to the dead-letter stream after N deliveries', async () => {
    const a = await createMatchUser(stores.db.db, { topics: TOPICS })
    let calls = 0
    await startWorker({
      maxDeliveries: 3,
      minIdleMs: 50,
      handle: async () => {
        calls++
        throw new Error('boom')
      },
    }).start()
    await matching.requestFind(a)
    await waitUntil(async () => (await stores.redis.redis.xlen(MQ.dlq)) === 1, {
      what: 'dead-lettered entry',
    })
    expect(calls).toBe(3)
    expect(await pendingCount()).toBe(0)
    const [[, fields]] = (await stores.redis.redis.xrange(MQ.dlq, '-', '+')) as [string, string[]][] as [
      [string, string[]],
    ]
    const f = Object.fromEntries(fields.flatMap((_, i) => (i % 2 ? [] : [[fields[i], fields[i + 1]]])))
    expect(f).toMatchObject({ u: String(a), deliveries: '4' })
    expect(f.error).toContain('boom')
  })

  it('when proposals cannot be sent on any delivery, then the entries are dead-lettered and the match is not duplicated', async () => {
    const a = await createMatchUser(stores.db.db, { topics: TOPICS })
    const b = await createMatchUser(stores.db.db, { topics: TOPICS })
    rec.failing.add(await telegramIdOf(stores.db.db, a))
    await matching.requestFind(a)
    await matching.requestFind(b)
    await startWorker({ maxDeliveries: 2, minIdleMs: 50 }).start()
    // both entries fail on every delivery (Telegram unreachable for a): both end up in the DLQ
    await waitUntil(async () => (await stores.redis.redis.xlen(MQ.dlq)) === 2, {
      what: 'dead-lettered entries',
    })
    await waitUntil(allHandled, { what: 'nothing pending' })
    expect(await pairMatches(a, b)).toHaveLength(1)
  })

  it('when stopped, then the blocking read is interrupted and the consumer leaves the group', async () => {
    const w = startWorker()
    await w.start()
    await w.stop()
    const consumers = (await stores.redis.redis.call('XINFO', 'CONSUMERS', MQ.stream, MQ.group)) as unknown[]
    expect(consumers).toHaveLength(0)
  })
})

describe('sweeper', () => {
  it('when a proposal is past its deadline, then a sweep expires it and tells both', async () => {
    const a = await createMatchUser(stores.db.db, { topics: TOPICS })
    const b = await createMatchUser(stores.db.db, { topics: TOPICS })
    await matching.requestFind(a)
    const r = await matching.requestFind(b)
    if (!r.ok) throw new Error('not queued')
    await matching.processFindEntry({ entryId: r.entryId, userId: b, queuedAt: r.queuedAt })
    const [m] = await pairMatches(a, b)
    await stores.db.db
      .update(matches)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(matches.id, m!.id))
    const sweeper = createMatchSweeper({
      matching,
      logger: silentLogger(),
      intervalMs: 20,
      reconcileActive: true,
    })
    sweeper.start()
    try {
      await waitUntil(async () => (await pairMatches(a, b))[0]?.status === 'expired', { what: 'expired' })
    } finally {
      await sweeper.stop()
    }
    const expired = translate('ru', 'match-expired')
    await waitUntil(async () => rec.to(await telegramIdOf(stores.db.db, b)).some((x) => x.text === expired))
    expect(rec.to(await telegramIdOf(stores.db.db, a)).some((x) => x.text === expired)).toBe(true)
  })
})
