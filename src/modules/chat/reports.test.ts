import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import { createTestRedis } from '../../../test/helpers/redis.js'
import { createI18n } from '../../bot/i18n.js'
import type { DbHandle } from '../../db/client.js'
import { blocks, reports, safetyFlags, users } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { createMetrics } from '../../metrics.js'
import type { RedisHandle } from '../../redis.js'
import { anonymize } from '../safety/anonymize.js'
import { createSafetyService } from '../safety/flags.js'
import { createReportsService, type ReportsService } from './reports.js'
import { type ChatService, createChatService } from './service.js'
import { seedSession, seedUser, sessionRow } from './test-fixtures.js'

describe('reports and blocks', () => {
  let db: DbHandle
  let redis: RedisHandle
  let chat: ChatService
  let svc: ReportsService
  let tg = 700_000_000
  const logger = createLogger({ level: 'silent' })

  beforeAll(async () => {
    db = await createTestDb()
    redis = await createTestRedis()
    const metrics = createMetrics({ defaultMetrics: false })
    const safety = createSafetyService({ db: db.db, metrics })
    chat = createChatService({
      db: db.db,
      redis: redis.redis,
      translate: createI18n().translate,
      metrics,
      logger,
      idleTimeoutSec: 3600,
      anonymize,
      safety,
    })
    svc = createReportsService({ db: db.db, chat, safety, anonymize, reportsToSuspend: 3, logger })
  })
  afterAll(async () => {
    await redis?.close()
    await db?.close()
  })

  const flagsOf = (userId: number) => db.db.select().from(safetyFlags).where(eq(safetyFlags.userId, userId))

  it('when a report is filed, then the flag carries the last lines anonymised, labelled by side', async () => {
    const s = await seedSession(
      db.db,
      { telegramId: ++tg, nickname: 'Тихая Сова' },
      { telegramId: ++tg, nickname: 'Серый Волк' },
    )
    const say = (userId: number, text: string, id: number) =>
      chat.relay({ userId, chatId: 1, messageId: id, kind: 'text', text })
    await say(s.userB, 'Тихая Сова, скинь номер, мой +7 901 234-56-78', 1)
    await say(s.userA, 'нет, Серый Волк, не надо', 2)
    const r = await svc.report({ reporterId: s.userA, sessionId: s.sessionId, reason: 'harassment' })
    expect(r).toMatchObject({ ok: true, reportedId: s.userB, suspended: false })
    const [flag] = await flagsOf(s.userB)
    expect(flag).toMatchObject({
      kind: 'report',
      reporterId: s.userA,
      sessionId: s.sessionId,
      reason: 'harassment',
    })
    expect(flag!.context.messages).toEqual([
      { from: 'reported', text: '[name] [name], скинь номер, мой [phone]' },
      { from: 'reporter', text: 'нет, [name] [name], не надо' },
    ])
    // a second report of the same session by the same user adds nothing
    expect(await svc.report({ reporterId: s.userA, sessionId: s.sessionId, reason: 'spam' })).toMatchObject({
      ok: false,
      reason: 'already-reported',
    })
    expect(await flagsOf(s.userB)).toHaveLength(1)
    // someone outside the session cannot report it
    const stranger = await seedUser(db.db, { telegramId: ++tg })
    expect(await svc.report({ reporterId: stranger, sessionId: s.sessionId, reason: 'spam' })).toEqual({
      ok: false,
      reason: 'not-found',
    })
  })

  it('when enough distinct users report someone, then their matching is suspended once with an auto_suspend flag', async () => {
    const target = await seedUser(db.db, { telegramId: ++tg })
    const reportOnce = async (reporter?: number) => {
      const s = await seedSession(db.db, reporter ?? { telegramId: ++tg }, target)
      await chat.endSession({ sessionId: s.sessionId, reason: 'user', endedBy: s.userA })
      return {
        ...(await svc.report({ reporterId: s.userA, sessionId: s.sessionId, reason: 'spam' })),
        reporter: s.userA,
      }
    }
    const first = await reportOnce()
    // the same reporter again, in another session: still one distinct reporter
    const again = await reportOnce(first.reporter)
    expect(again).toMatchObject({ ok: true, suspended: false })
    expect(await reportOnce()).toMatchObject({ ok: true, suspended: false })
    const [before] = await db.db.select().from(users).where(eq(users.id, target))
    expect(before!.matchingSuspendedAt).toBeNull()
    expect(await reportOnce()).toMatchObject({ ok: true, suspended: true })
    expect(await reportOnce()).toMatchObject({ ok: true, suspended: false })
    const [after] = await db.db.select().from(users).where(eq(users.id, target))
    expect(after!.matchingSuspendedAt).not.toBeNull()
    const auto = (await flagsOf(target)).filter((f) => f.kind === 'auto_suspend')
    expect(auto).toHaveLength(1)
    expect(auto[0]!.severity).toBe('high')
  })

  it('when reports were dismissed by moderators, then they do not count towards suspension', async () => {
    const target = await seedUser(db.db, { telegramId: ++tg })
    for (let i = 0; i < 3; i++) {
      const s = await seedSession(db.db, { telegramId: ++tg }, target)
      await svc.report({ reporterId: s.userA, sessionId: s.sessionId, reason: 'other' })
      if (i < 2)
        await db.db.update(reports).set({ status: 'dismissed' }).where(eq(reports.sessionId, s.sessionId))
      await chat.endSession({ sessionId: s.sessionId, reason: 'user', endedBy: s.userA })
    }
    const [u] = await db.db.select().from(users).where(eq(users.id, target))
    expect(u!.matchingSuspendedAt).toBeNull()
  })

  it('when details are added, then they are stored once, anonymised, only by the reporter', async () => {
    const s = await seedSession(db.db, { telegramId: ++tg }, { telegramId: ++tg })
    const r = await svc.report({ reporterId: s.userA, sessionId: s.sessionId, reason: 'danger' })
    if (!r.ok) throw new Error('report failed')
    expect(await svc.addDetails({ reportId: r.reportId, reporterId: s.userB, text: 'x' })).toEqual({
      ok: false,
      reason: 'not-found',
    })
    expect(
      await svc.addDetails({
        reportId: r.reportId,
        reporterId: s.userA,
        text: 'угрожал, писал на t.me/somebody',
      }),
    ).toEqual({ ok: true })
    const [row] = await db.db.select().from(reports).where(eq(reports.id, r.reportId))
    expect(row!.text).toBe('угрожал, писал на [link]')
    const [flag] = await db.db.select().from(safetyFlags).where(eq(safetyFlags.id, row!.flagId!))
    expect(flag!.severity).toBe('high')
  })

  it('when a user blocks the partner, then a blocks row exists, the session ends, and blocking twice is harmless', async () => {
    const s = await seedSession(db.db, { telegramId: ++tg }, { telegramId: ++tg })
    expect(await svc.block({ blockerId: s.userB, sessionId: s.sessionId })).toEqual({ ok: true, ended: true })
    expect(await svc.block({ blockerId: s.userB, sessionId: s.sessionId })).toEqual({
      ok: true,
      ended: false,
    })
    const rows = await db.db
      .select()
      .from(blocks)
      .where(and(eq(blocks.blockerId, s.userB), eq(blocks.blockedId, s.userA)))
    expect(rows).toHaveLength(1)
    expect(rows[0]!.sessionId).toBe(s.sessionId)
    expect(await sessionRow(db.db, s.sessionId)).toMatchObject({
      status: 'ended',
      endReason: 'block',
      endedBy: s.userB,
    })
    expect(await svc.isBlocked(s.userA, s.userB)).toBe(true)
  })
})
