import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { chatSessions, outbox } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { createMetrics } from '../../metrics.js'
import { createEraseService, type EraseService, idsToDelete } from './erase.js'
import { enqueue } from './outbox.js'
import { seedSession } from './test-fixtures.js'

describe('erase service', () => {
  let db: DbHandle
  let erase: EraseService
  let metrics: ReturnType<typeof createMetrics>
  let tg = 500_000
  const clock = { now: new Date() }

  beforeAll(async () => {
    db = await createTestDb()
    metrics = createMetrics({ defaultMetrics: false })
    erase = createEraseService({
      db: db.db,
      metrics,
      logger: createLogger({ level: 'silent' }),
      partnerNotice: (lang) => `erased (${lang})`,
      now: () => clock.now,
    })
  })
  afterAll(async () => {
    await db?.close()
  })

  /** An ended session with one delivered message each way; ended `endedAgoMs` before the clock. */
  async function endedSession(endedAgoMs = 60_000) {
    const [ta, tb] = [++tg, ++tg]
    const s = await seedSession(db.db, { telegramId: ta, language: 'en' }, { telegramId: tb, language: 'ru' })
    await db.db
      .update(chatSessions)
      .set({ status: 'ended', endedAt: new Date(clock.now.getTime() - endedAgoMs), messageCount: 2 })
      .where(eq(chatSessions.id, s.sessionId))
    const [c1, c2] = await enqueue(db.db, [
      { chatId: tb, sessionId: s.sessionId, method: 'copyMessage', payload: {}, sourceMessageId: 10 },
      { chatId: ta, sessionId: s.sessionId, method: 'copyMessage', payload: {}, sourceMessageId: 11 },
    ])
    await db.db.update(outbox).set({ status: 'sent', sentMessageId: 20 }).where(eq(outbox.id, c1!))
    await db.db.update(outbox).set({ status: 'sent', sentMessageId: 21 }).where(eq(outbox.id, c2!))
    return { ...s, ta, tb }
  }

  const queued = (sessionId: number) =>
    db.db.select().from(outbox).where(eq(outbox.sessionId, sessionId)).orderBy(outbox.id)

  it('when a participant erases, then deletions for both chats and the partner notice are queued, in that order', async () => {
    const s = await endedSession()
    const before =
      (await metrics.registry.getSingleMetric('tno_chats_erased_total')?.get())?.values[0]?.value ?? 0
    expect(await erase.erase({ userId: s.userA, sessionId: s.sessionId })).toEqual({
      ok: true,
      erased: 2,
      skipped: 0,
    })
    const rows = (await queued(s.sessionId)).filter((r) => r.method !== 'copyMessage')
    expect(rows.map((r) => [r.method, r.chatId, r.payload.message_ids ?? r.payload.text])).toEqual([
      ['deleteMessages', s.ta, [10, 21]],
      ['deleteMessages', s.tb, [11, 20]],
      ['sendMessage', s.tb, 'erased (ru)'],
    ])
    const after = (await metrics.registry.getSingleMetric('tno_chats_erased_total')?.get())?.values[0]?.value
    expect(after).toBe(before + 1)
  })

  it('when both sides press at once, then exactly one erasure is queued', async () => {
    const s = await endedSession()
    const results = await Promise.all([
      erase.erase({ userId: s.userA, sessionId: s.sessionId }),
      erase.erase({ userId: s.userB, sessionId: s.sessionId }),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'already', erased: 2, skipped: 0 })
    expect((await queued(s.sessionId)).filter((r) => r.method === 'sendMessage')).toHaveLength(1)
  })

  it('when the chat ended more than 48 h ago, or the user took no part, then it is refused and nothing is queued', async () => {
    const late = await endedSession(48 * 3600_000 + 1000)
    expect(await erase.erase({ userId: late.userA, sessionId: late.sessionId })).toEqual({
      ok: false,
      reason: 'too-late',
    })
    expect(await erase.latestErasable(late.userA)).toBeNull()
    const s = await endedSession()
    expect(await erase.erase({ userId: late.userB, sessionId: s.sessionId })).toEqual({
      ok: false,
      reason: 'not-participant',
    })
    expect(await erase.erase({ userId: s.userA, sessionId: 2_000_000_000 })).toEqual({
      ok: false,
      reason: 'not-found',
    })
    expect((await queued(s.sessionId)).filter((r) => r.method !== 'copyMessage')).toEqual([])
    expect(await erase.latestErasable(s.userB)).toBe(s.sessionId)
  })

  it('when a deletion row names copies that were still queued, then their ids are read once delivered', async () => {
    const s = await endedSession()
    const [pendingCopy, failedCopy] = await enqueue(db.db, [
      { chatId: s.tb, sessionId: s.sessionId, method: 'copyMessage', payload: {}, sourceMessageId: 12 },
      { chatId: s.tb, sessionId: s.sessionId, method: 'copyMessage', payload: {}, sourceMessageId: 13 },
    ])
    await erase.erase({ userId: s.userA, sessionId: s.sessionId })
    const row = (await queued(s.sessionId)).find((r) => Array.isArray(r.payload._copyRows))!
    expect(row.payload._copyRows).toEqual([pendingCopy, failedCopy])
    expect(await idsToDelete(db.db, row)).toEqual([])
    await db.db.update(outbox).set({ status: 'sent', sentMessageId: 33 }).where(eq(outbox.id, pendingCopy!))
    await db.db.update(outbox).set({ status: 'failed' }).where(eq(outbox.id, failedCopy!))
    expect(await idsToDelete(db.db, row)).toEqual([33])
  })
})
