import { eq } from 'drizzle-orm'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import { createTestRedis } from '../../../test/helpers/redis.js'
import { createI18n } from '../../bot/i18n.js'
import { createCrisisWording } from '../../bot/views/crisis.js'
import type { DbHandle } from '../../db/client.js'
import { matches, outbox, safetyFlags } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { createMetrics } from '../../metrics.js'
import type { RedisHandle } from '../../redis.js'
import { anonymize } from '../safety/anonymize.js'
import { createSafetyService } from '../safety/flags.js'
import { detectCrisis, detectToxicity } from '../safety/lexicon.js'
import { RECENT_LIMIT } from './recent.js'
import { type ChatService, createChatService } from './service.js'
import { seedSession, sessionRow } from './test-fixtures.js'

describe('chat service', () => {
  let db: DbHandle & { url?: string }
  let redis: RedisHandle & { prefix: string }
  let chat: ChatService
  let tg = 500_000_000
  let woke = 0

  beforeAll(async () => {
    db = await createTestDb()
    redis = await createTestRedis()
    const metrics = createMetrics({ defaultMetrics: false })
    chat = createChatService({
      db: db.db,
      redis: redis.redis,
      translate: createI18n().translate,
      metrics,
      logger: createLogger({ level: 'silent' }),
      idleTimeoutSec: 3600,
      detectCrisis,
      crisisWording: createCrisisWording(createI18n().translate),
      detectToxicity,
      anonymize,
      safety: createSafetyService({ db: db.db, metrics }),
      wake: () => void woke++,
    })
  })
  afterAll(async () => {
    await redis?.close()
    await db?.close()
  })

  const pair = () =>
    seedSession(db.db, { telegramId: ++tg, nickname: 'Лис' }, { telegramId: ++tg, nickname: 'Ёж' })
  const rowsOf = (sessionId: number) => db.db.select().from(outbox).where(eq(outbox.sessionId, sessionId))

  it('when the same update is relayed twice, then one copy is queued', async () => {
    const s = await pair()
    const input = { userId: s.userA, chatId: tg - 1, messageId: 42, kind: 'text' as const, text: 'hi' }
    const wokeBefore = woke
    expect(await chat.relay(input)).toMatchObject({ ok: true, crisis: false })
    expect(await chat.relay(input)).toMatchObject({ ok: true, duplicate: true })
    const rows = await rowsOf(s.sessionId)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      chatId: tg,
      method: 'copyMessage',
      sourceMessageId: 42,
      status: 'pending',
    })
    expect(rows[0]!.payload).toEqual({ from_chat_id: tg - 1, message_id: 42, protect_content: true })
    expect(woke).toBe(wokeBefore + 1)
  })

  it('when two attempts relay the same message at once, then one copy is queued and the other is a duplicate', async () => {
    const s = await pair()
    const input = { userId: s.userA, chatId: tg - 1, messageId: 43, kind: 'text' as const }
    const results = await Promise.all([chat.relay(input), chat.relay(input), chat.relay(input)])
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1)
    expect(results.filter((r) => r.ok && r.duplicate)).toHaveLength(2)
    expect(await rowsOf(s.sessionId)).toHaveLength(1)
    // the session was touched by every attempt (activity), the copy queued once
    expect((await sessionRow(db.db, s.sessionId)).messageCount).toBe(3)
  })

  it('when the relay is given the update’s Redis batch, then the recent line is written only when the batch is', async () => {
    const s = await pair()
    const batch = redis.redis.multi()
    const r = await chat.relay(
      { userId: s.userB, chatId: tg, messageId: 7, kind: 'text', text: 'later' },
      { batch },
    )
    expect(r).toMatchObject({ ok: true, crisis: false })
    expect(await chat.getRecentMessages(s.sessionId)).toEqual([])
    await batch.exec()
    expect((await chat.getRecentMessages(s.sessionId)).map((m) => m.text)).toEqual(['later'])
  })

  it('when a message insults the partner, then it is still delivered and moderators get one toxicity flag', async () => {
    const s = await pair()
    const base = { userId: s.userA, chatId: tg - 1, kind: 'text' as const }
    expect(
      await chat.relay({ ...base, messageId: 1, text: 'ты идиот, Ёж, пиши мне на a@b.ru' }),
    ).toMatchObject({
      ok: true,
    })
    expect(await chat.relay({ ...base, messageId: 2, text: 'полный идиот' })).toMatchObject({ ok: true })
    expect(await chat.relay({ ...base, messageId: 3, text: 'спасибо, что выслушал' })).toMatchObject({
      ok: true,
    })
    expect(await rowsOf(s.sessionId)).toHaveLength(3)
    const flags = await db.db.select().from(safetyFlags).where(eq(safetyFlags.sessionId, s.sessionId))
    expect(flags).toHaveLength(1)
    expect(flags[0]).toMatchObject({ kind: 'toxicity', userId: s.userA, severity: 'medium', status: 'open' })
    const context = JSON.stringify(flags[0]!.context)
    expect(context).toContain('идиот')
    expect(context).not.toContain('a@b.ru')
    expect(context).not.toContain('Ёж')
  })

  it('when a user without an active session writes, then nothing is queued', async () => {
    const s = await pair()
    await chat.endSession({ sessionId: s.sessionId, reason: 'user', endedBy: s.userA })
    const before = (await rowsOf(s.sessionId)).length
    expect(await chat.relay({ userId: s.userA, chatId: 1, messageId: 1, kind: 'text', text: 'x' })).toEqual({
      ok: false,
      reason: 'no-session',
    })
    expect(await rowsOf(s.sessionId)).toHaveLength(before)
  })

  it('when a session ends twice, then the second call is a no-op and the match is completed once', async () => {
    const s = await pair()
    const first = await chat.endSession({ sessionId: s.sessionId, reason: 'user', endedBy: s.userB })
    expect(first.ok).toBe(true)
    expect(await chat.endSession({ sessionId: s.sessionId, reason: 'idle' })).toEqual({
      ok: false,
      reason: 'not-active',
    })
    expect(await sessionRow(db.db, s.sessionId)).toMatchObject({
      status: 'ended',
      endReason: 'user',
      endedBy: s.userB,
    })
    const [m] = await db.db.select().from(matches).where(eq(matches.id, s.matchId))
    expect(m!.status).toBe('completed')
    const notices = await rowsOf(s.sessionId)
    expect(notices).toHaveLength(2)
    expect(notices.every((r) => JSON.stringify(r.payload).includes(`chat:rate:${s.sessionId}:5`))).toBe(true)
  })

  it('when more than ten lines are relayed, then only the last ten are kept, with a 24h expiry', async () => {
    const s = await pair()
    for (let i = 0; i < 14; i++) {
      await chat.relay({
        userId: i % 2 ? s.userB : s.userA,
        chatId: 1,
        messageId: 100 + i,
        kind: 'text',
        text: `line ${i}`,
      })
    }
    const recent = await chat.getRecentMessages(s.sessionId)
    expect(recent).toHaveLength(RECENT_LIMIT)
    expect(recent.map((m) => m.text)).toEqual(Array.from({ length: 10 }, (_, i) => `line ${i + 4}`))
    expect(recent[0]!.fromUserId).toBe(s.userA)
    const ttl = await redis.redis.ttl(`chat:recent:${s.sessionId}`)
    expect(ttl).toBeGreaterThan(86_000)
    expect(ttl).toBeLessThanOrEqual(86_400)
  })

  it('when sessions are idle past the timeout, then the sweep ends only those', async () => {
    const idle = await pair()
    const fresh = await pair()
    await db.db.execute(
      `update chat_sessions set last_activity_at = now() - interval '2 hours' where id = ${idle.sessionId}` as never,
    )
    expect(await chat.sweepIdle()).toBeGreaterThanOrEqual(1)
    expect((await sessionRow(db.db, idle.sessionId)).endReason).toBe('idle')
    expect((await sessionRow(db.db, fresh.sessionId)).status).toBe('active')
  })

  // two connections are needed to hold the row while the sweep runs: Postgres only (PGlite has one)
  it.runIf(process.env.TEST_DATABASE_URL)(
    'when a message is accepted while the idle sweep is ending that session, then the session stays active',
    async () => {
      const s = await pair()
      await db.db.execute(
        `update chat_sessions set last_activity_at = now() - interval '2 hours' where id = ${s.sessionId}` as never,
      )
      // a relay in flight: it holds the session row and is about to bump last_activity_at
      const relay = new pg.Client({ connectionString: db.url })
      await relay.connect()
      try {
        await relay.query('begin')
        await relay.query('select 1 from chat_sessions where id = $1 for update', [s.sessionId])
        const sweep = chat.sweepIdle()
        // the sweep has read the session as idle and now waits for the row
        await expect
          .poll(async () => {
            const r = await relay.query(
              `select count(*)::int as n from pg_stat_activity
               where datname = current_database() and wait_event_type = 'Lock'`,
            )
            return r.rows[0].n
          })
          .toBeGreaterThan(0)
        await relay.query('update chat_sessions set last_activity_at = now() where id = $1', [s.sessionId])
        await relay.query('commit')
        await sweep
        expect((await sessionRow(db.db, s.sessionId)).status).toBe('active')
      } finally {
        await relay.end()
      }
    },
  )

  it('when the partner has been erased, then relaying ends the session and tells only the sender', async () => {
    const s = await seedSession(db.db, { telegramId: ++tg }, { telegramId: null })
    expect(
      await chat.relay({ userId: s.userA, chatId: tg, messageId: 1, kind: 'text', text: 'hi' }),
    ).toMatchObject({
      ok: false,
      reason: 'partner-gone',
    })
    expect((await sessionRow(db.db, s.sessionId)).endReason).toBe('deleted')
    const rows = await rowsOf(s.sessionId)
    expect(rows.map((r) => r.chatId)).toEqual([tg])
  })

  it('when a user asks for their current or recent session, then a day-old ended one still counts and an older one not', async () => {
    const s = await pair()
    await chat.endSession({ sessionId: s.sessionId, reason: 'user', endedBy: s.userA })
    expect((await chat.currentOrRecentSession(s.userA))?.id).toBe(s.sessionId)
    await db.db.execute(
      `update chat_sessions set ended_at = now() - interval '2 days' where id = ${s.sessionId}` as never,
    )
    expect(await chat.currentOrRecentSession(s.userA)).toBeNull()
  })
})
