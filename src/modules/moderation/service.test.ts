import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { auditLog, outbox, reports, safetyFlags, topics, users } from '../../db/schema/index.js'
import { createModerationService, type RefundTipPort } from './service.js'
import { createStatsQueries } from './stats.js'
import { insertActiveSession, insertFlag, insertTip, insertUser } from './testing.js'

let h: DbHandle
beforeAll(async () => {
  h = await createTestDb()
})
afterAll(async () => {
  await h?.close()
})

const auditFor = (targetType: string, targetId: number) =>
  h.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, targetType), eq(auditLog.targetId, String(targetId))))

describe('moderation service', () => {
  it('when an open flag is resolved with a note, then it is closed with the note, its reports too, and audited', async () => {
    const m = createModerationService({ db: h.db })
    const a = await insertUser(h.db, { nickname: 'Quiet Fox' })
    const b = await insertUser(h.db, { nickname: 'Brave Owl' })
    const flagId = await insertFlag(h.db, {
      userId: a,
      reporterId: b,
      reason: 'harassment',
      context: { messages: [{ from: 'reported', text: 'you are [phone]' }] },
      withReport: { reason: 'harassment', text: 'rude' },
    })

    const open = await m.listFlags()
    const listed = open.find((f) => f.id === flagId)
    expect(listed).toMatchObject({
      userNickname: 'Quiet Fox',
      reporterNickname: 'Brave Owl',
      context: { messages: [{ from: 'reported', text: 'you are [phone]' }] },
      reports: [{ reason: 'harassment', text: 'rude', status: 'open' }],
    })

    const r = await m.closeFlag({ flagId, actor: 'admin:Ann', outcome: 'resolved', note: 'warned the user' })
    expect(r).toEqual({ ok: true })
    const [flag] = await h.db.select().from(safetyFlags).where(eq(safetyFlags.id, flagId))
    expect(flag).toMatchObject({
      status: 'resolved',
      resolvedBy: 'admin:Ann',
      resolutionNote: 'warned the user',
    })
    expect(flag?.resolvedAt).toBeInstanceOf(Date)
    const [report] = await h.db.select().from(reports).where(eq(reports.flagId, flagId))
    expect(report?.status).toBe('resolved')
    const entries = await auditFor('flag', flagId)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ actor: 'admin:Ann', action: 'flag.resolve' })
    expect((await m.listFlags({ status: 'resolved' })).map((f) => f.id)).toContain(flagId)
    expect((await m.listFlags()).map((f) => f.id)).not.toContain(flagId)
  })

  it('when open flags differ in severity, then critical ones lead the queue, then high, then oldest first', async () => {
    const m = createModerationService({ db: h.db })
    const u = await insertUser(h.db, { nickname: 'Calm Heron' })
    const oldHigh = await insertFlag(h.db, { userId: u, kind: 'crisis', severity: 'high' })
    const oldMedium = await insertFlag(h.db, { userId: u, kind: 'report', severity: 'medium' })
    const newCritical = await insertFlag(h.db, { userId: u, kind: 'crisis', severity: 'critical' })
    const newHigh = await insertFlag(h.db, { userId: u, kind: 'toxicity', severity: 'high' })
    const ids = (await m.listFlags())
      .map((f) => f.id)
      .filter((id) => [oldHigh, oldMedium, newCritical, newHigh].includes(id))
    expect(ids).toEqual([newCritical, oldHigh, newHigh, oldMedium])
    for (const id of ids) await m.closeFlag({ flagId: id, actor: 'admin:test', outcome: 'dismissed' })
  })

  it('when a flag is closed twice or does not exist, then the second call reports it and audits nothing', async () => {
    const m = createModerationService({ db: h.db })
    const a = await insertUser(h.db, { nickname: 'Calm River' })
    const flagId = await insertFlag(h.db, { userId: a, kind: 'crisis', severity: 'high' })
    expect(await m.closeFlag({ flagId, actor: 'admin', outcome: 'dismissed' })).toEqual({ ok: true })
    expect(await m.closeFlag({ flagId, actor: 'admin', outcome: 'resolved' })).toEqual({
      ok: false,
      reason: 'already-closed',
    })
    expect(await m.closeFlag({ flagId: 999_999, actor: 'admin', outcome: 'resolved' })).toEqual({
      ok: false,
      reason: 'not-found',
    })
    const entries = await auditFor('flag', flagId)
    expect(entries.map((e) => e.action)).toEqual(['flag.dismiss'])
  })

  it('when a user is banned, then banned_at and the reason are stored, the chat hook runs and it is audited', async () => {
    const banned: number[] = []
    const m = createModerationService({
      db: h.db,
      onUserBanned: async (id) => {
        banned.push(id)
      },
    })
    const u = await insertUser(h.db, { nickname: 'Grey Wolf' })
    expect(await m.banUser({ userId: u, actor: 'admin', reason: '  ' })).toEqual({
      ok: false,
      reason: 'reason-required',
    })
    expect(await m.banUser({ userId: u, actor: 'admin', reason: 'spam links' })).toEqual({
      ok: true,
      chat: 'ended',
    })
    expect(banned).toEqual([u])
    const [row] = await h.db.select().from(users).where(eq(users.id, u))
    expect(row?.bannedAt).toBeInstanceOf(Date)
    expect(row?.banReason).toBe('spam links')
    expect(await m.banUser({ userId: u, actor: 'admin', reason: 'again' })).toEqual({
      ok: false,
      reason: 'already-banned',
    })
    expect(banned).toEqual([u])
    expect(await m.banUser({ userId: 999_999, actor: 'admin', reason: 'x' })).toEqual({
      ok: false,
      reason: 'not-found',
    })
    expect((await auditFor('user', u)).map((e) => [e.action, e.details])).toEqual([
      ['user.ban', { reason: 'spam links' }],
    ])
  })

  it('when the chat hook fails, then the ban still holds and the failure is reported', async () => {
    const errors: unknown[] = []
    const m = createModerationService({
      db: h.db,
      onUserBanned: async () => {
        throw new Error('chat service down')
      },
      onHookError: (err) => errors.push(err),
    })
    const u = await insertUser(h.db, { nickname: 'Lone Pine' })
    expect(await m.banUser({ userId: u, actor: 'admin', reason: 'threats' })).toEqual({
      ok: true,
      chat: 'hook-failed',
    })
    expect(errors).toHaveLength(1)
    const [row] = await h.db.select().from(users).where(eq(users.id, u))
    expect(row?.bannedAt).toBeInstanceOf(Date)
  })

  it('when a banned user is unbanned, then the ban fields are cleared and audited with the old reason', async () => {
    const m = createModerationService({ db: h.db })
    const u = await insertUser(h.db, { nickname: 'Late Bloom' })
    expect(await m.unbanUser({ userId: u, actor: 'admin' })).toEqual({ ok: false, reason: 'not-banned' })
    await m.banUser({ userId: u, actor: 'admin', reason: 'mistake' })
    expect(await m.unbanUser({ userId: u, actor: 'admin', reason: 'appeal accepted' })).toEqual({ ok: true })
    const [row] = await h.db.select().from(users).where(eq(users.id, u))
    expect(row).toMatchObject({ bannedAt: null, banReason: null })
    const entries = await auditFor('user', u)
    expect(entries.map((e) => e.action)).toEqual(['user.ban', 'user.unban'])
    expect(entries[1]?.details).toEqual({ reason: 'appeal accepted', previousBanReason: 'mistake' })
  })

  it('when a suspended user is reset, then the suspension is lifted and (if asked) the score goes back to neutral', async () => {
    const m = createModerationService({ db: h.db })
    const u = await insertUser(h.db, {
      nickname: 'Slow Tide',
      matchingSuspendedAt: new Date(),
      helpfulnessScore: 0.1,
      ratingCount: 4,
      ratingSum: 5,
    })
    expect(await m.resetUser({ userId: u, actor: 'admin' })).toEqual({ ok: true })
    let [row] = await h.db.select().from(users).where(eq(users.id, u))
    expect(row).toMatchObject({ matchingSuspendedAt: null, helpfulnessScore: 0.1, ratingCount: 4 })
    await h.db.update(users).set({ matchingSuspendedAt: new Date() }).where(eq(users.id, u))
    expect(await m.resetUser({ userId: u, actor: 'admin', resetScore: true })).toEqual({ ok: true })
    ;[row] = await h.db.select().from(users).where(eq(users.id, u))
    expect(row).toMatchObject({
      matchingSuspendedAt: null,
      helpfulnessScore: 0.5,
      ratingCount: 0,
      ratingSum: 0,
    })
    expect((await auditFor('user', u)).map((e) => e.details.resetScore)).toEqual([false, true])
    expect(await m.resetUser({ userId: 999_999, actor: 'admin' })).toEqual({ ok: false, reason: 'not-found' })
  })

  it('when users are searched, then pseudonym substrings match literally and #id finds one; the summary has no Telegram identity', async () => {
    const m = createModerationService({ db: h.db })
    const u = await insertUser(h.db, { nickname: 'Silver_Moth', telegramId: 424242 })
    await insertUser(h.db, { nickname: 'SilverXMoth' })
    const found = await m.searchUsers('ver_mo')
    expect(found.map((r) => r.nickname)).toEqual(['Silver_Moth'])
    expect((await m.searchUsers(`#${u}`)).map((r) => r.id)).toEqual([u])
    expect(await m.searchUsers('   ')).toEqual([])

    const peer = await insertUser(h.db, { nickname: 'Tiny Wren' })
    const { sessionId } = await insertActiveSession(h.db, u, peer)
    await insertFlag(h.db, { userId: u, reporterId: peer, sessionId, withReport: { reason: 'spam' } })
    await insertTip(h.db, { payerId: peer, recipientId: u, amount: 50, sessionId })
    const s = await m.getUserSummary(u)
    expect(s).toMatchObject({
      id: u,
      nickname: 'Silver_Moth',
      sessionsTotal: 1,
      activeSessionId: sessionId,
      reportsReceived: 1,
      openFlags: 1,
      tipsReceived: { count: 1, stars: 50 },
    })
    expect(Object.keys(s ?? {})).not.toContain('telegramId')
    expect(JSON.stringify(s)).not.toContain('424242')
    expect(await m.getUserSummary(999_999)).toBeNull()
  })

  it('when topics are added and edited, then the catalogue changes and every change is audited', async () => {
    const m = createModerationService({ db: h.db })
    expect(await m.addTopic({ slug: 'Bad Slug!', nameRu: 'a', nameEn: 'b', actor: 'admin' })).toEqual({
      ok: false,
      reason: 'invalid-slug',
    })
    expect(await m.addTopic({ slug: 'burnout', nameRu: 'a', nameEn: 'b', actor: 'admin' })).toEqual({
      ok: false,
      reason: 'slug-taken',
    })
    expect(await m.addTopic({ slug: 'grief_pets', nameRu: ' ', nameEn: 'b', actor: 'admin' })).toEqual({
      ok: false,
      reason: 'invalid-name',
    })
    const added = await m.addTopic({
      slug: 'grief_pets',
      nameRu: 'Потеря питомца',
      nameEn: 'Loss of a pet',
      emoji: '🐾',
      sort: 150,
      actor: 'admin',
    })
    if (!added.ok) throw new Error(added.reason)
    expect(
      await m.updateTopic({
        id: added.id,
        nameEn: 'Losing a pet',
        active: false,
        sort: 5,
        actor: 'admin:Bo',
      }),
    ).toEqual({ ok: true })
    const [t] = await h.db.select().from(topics).where(eq(topics.id, added.id))
    expect(t).toMatchObject({
      slug: 'grief_pets',
      nameRu: 'Потеря питомца',
      nameEn: 'Losing a pet',
      active: false,
      sort: 5,
    })
    expect((await m.listTopics())[0]?.slug).toBe('grief_pets')
    // Saving without changes writes nothing.
    expect(await m.updateTopic({ id: added.id, nameEn: 'Losing a pet', actor: 'admin' })).toEqual({
      ok: true,
    })
    const entries = await auditFor('topic', added.id)
    expect(entries.map((e) => e.action)).toEqual(['topic.add', 'topic.update'])
    expect(entries[1]?.details).toMatchObject({
      changes: { nameEn: { from: 'Loss of a pet', to: 'Losing a pet' }, active: { from: true, to: false } },
    })
    expect(await m.updateTopic({ id: 999_999, active: true, actor: 'admin' })).toEqual({
      ok: false,
      reason: 'not-found',
    })
  })

  it('when a refund is requested, then the port is called with the tip and actor and the outcome audited; without a port it is unavailable', async () => {
    const p = await insertUser(h.db, { nickname: 'Payer P' })
    const r = await insertUser(h.db, { nickname: 'Helper H' })
    const tipId = await insertTip(h.db, { payerId: p, recipientId: r, amount: 100 })

    const none = createModerationService({ db: h.db })
    expect(none.refundAvailable).toBe(false)
    expect(await none.refundTip({ tipId, actor: 'admin' })).toEqual({ ok: false, reason: 'not-available' })

    const calls: [number, string][] = []
    const port: RefundTipPort = async (id, actor) => {
      calls.push([id, actor])
      return calls.length === 1 ? { ok: true } : { ok: false, reason: 'already-refunded' }
    }
    const m = createModerationService({ db: h.db, refundTip: port })
    expect(m.refundAvailable).toBe(true)
    expect(await m.refundTip({ tipId, actor: 'admin:Ann' })).toEqual({ ok: true })
    expect(await m.refundTip({ tipId, actor: 'admin:Ann' })).toEqual({
      ok: false,
      reason: 'already-refunded',
    })
    expect(await m.refundTip({ tipId: 999_999, actor: 'admin' })).toEqual({ ok: false, reason: 'not-found' })
    expect(calls).toEqual([
      [tipId, 'admin:Ann'],
      [tipId, 'admin:Ann'],
    ])
    expect((await auditFor('tip', tipId)).map((e) => e.details)).toEqual([
      { ok: true },
      { ok: false, reason: 'already-refunded' },
    ])
    const listed = await m.listTips()
    expect(listed.find((t) => t.id === tipId)).toMatchObject({
      payerNickname: 'Payer P',
      recipientNickname: 'Helper H',
      amount: 100,
      status: 'paid',
    })
  })

  it('when sessions exist, then the overview counts them by status and the stats queries mirror the DB', async () => {
    const m = createModerationService({ db: h.db })
    const stats = createStatsQueries({ db: h.db })
    const before = await m.overview()
    const activeBefore = await stats.activeSessions()
    const a = await insertUser(h.db, { nickname: 'Overview A' })
    const b = await insertUser(h.db, { nickname: 'Overview B' })
    const { sessionId } = await insertActiveSession(h.db, a, b)
    const after = await m.overview()
    expect(after.sessionCounts.active).toBe((before.sessionCounts.active ?? 0) + 1)
    expect(after.matchCounts.active).toBe((before.matchCounts.active ?? 0) + 1)
    expect(after.recentSessions[0]).toMatchObject({
      id: sessionId,
      nicknameA: 'Overview A',
      nicknameB: 'Overview B',
    })
    expect(await stats.activeSessions()).toBe(activeBefore + 1)

    const depth = await stats.outboxDepth()
    await h.db.insert(outbox).values([
      { chatId: 1, method: 'sendMessage' },
      { chatId: 1, method: 'sendMessage', status: 'sent' },
    ])
    expect(await stats.outboxDepth()).toBe(depth + 1)
  })

  it('when recent users are listed a page at a time, then the most recently active come first and hasMore says if more exist', async () => {
    const m = createModerationService({ db: h.db })
    const base = Date.now() + 10 * 86_400_000
    const ids: number[] = []
    for (let i = 0; i < 3; i++)
      ids.push(await insertUser(h.db, { nickname: `Recent ${i}`, lastSeenAt: new Date(base + i * 1000) }))
    const p1 = await m.listRecentUsers({ page: 1, pageSize: 2 })
    expect(p1.users.map((u) => u.id)).toEqual([ids[2], ids[1]])
    expect(p1.hasMore).toBe(true)
    const p2 = await m.listRecentUsers({ page: 2, pageSize: 2 })
    expect(p2.users[0]?.id).toBe(ids[0])
    expect(p2.users[0]?.lastSeenAt).toEqual(new Date(base))
  })
})
