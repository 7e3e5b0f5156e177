import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { chatSessions, connectionInvites, matches } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { createMetrics } from '../../metrics.js'
import { seedSession } from '../chat/test-fixtures.js'
import type { SessionOpened } from '../matching/service.js'
import { checkinData, connectionData } from './callbacks.js'
import { type ConnectionsService, createConnectionsService } from './service.js'

describe('connection callback data', () => {
  it('when every action is packed, then it unpacks to itself and fits in 64 bytes', () => {
    const max = 2_147_483_647
    for (const a of [
      { kind: 'wish', sessionId: max },
      { kind: 'invite', connectionId: 1 },
      { kind: 'remove', connectionId: 7 },
      { kind: 'remove-yes', connectionId: max },
      { kind: 'remove-no' },
      { kind: 'accept', inviteId: 3 },
      { kind: 'decline', inviteId: max },
    ] as const) {
      const data = connectionData.pack(a)
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64)
      expect(connectionData.filter.test(data)).toBe(true)
      expect(connectionData.unpack(data)).toEqual(a)
    }
    for (const a of [
      { kind: 'ok', checkinId: 5 },
      { kind: 'talk', checkinId: max },
    ] as const)
      expect(checkinData.unpack(checkinData.pack(a))).toEqual(a)
  })

  it('when data is foreign or malformed, then unpack refuses it', () => {
    for (const d of [
      'cn:w:0',
      'cn:w:-1',
      'cn:x:5',
      'cn:a:2147483648',
      'cn:i:1e3',
      'chat:rate:1:5',
      'cn:w:',
      'ci:maybe:1',
    ])
      expect(connectionData.unpack(d) ?? checkinData.unpack(d)).toBeNull()
  })
})

describe('connections service (Postgres)', () => {
  let db: DbHandle
  let svc: ConnectionsService
  const opened: SessionOpened[] = []
  let tg = 710_000_000
  beforeAll(async () => {
    db = await createTestDb()
    svc = createConnectionsService({
      db: db.db,
      metrics: createMetrics({ defaultMetrics: false }),
      logger: createLogger({ level: 'silent' }),
      config: { inviteTtlSec: 3600, declineCooldownSec: 3600 },
      onSessionOpened: async (s) => void opened.push(s),
    })
  })
  afterAll(async () => {
    await db?.close()
  })

  /** An ended chat rated (a→b, b→a) as given. */
  async function ended(ratingByA: number, ratingByB: number) {
    const s = await seedSession(
      db.db,
      { telegramId: ++tg, nickname: `A${tg}` },
      { telegramId: ++tg, nickname: `B${tg}` },
    )
    const [lo, hi] = s.userA < s.userB ? [s.userA, s.userB] : [s.userB, s.userA]
    await db.db
      .update(chatSessions)
      .set({ status: 'ended', endedAt: new Date(), ratingByA, ratingByB })
      .where(eq(chatSessions.id, s.sessionId))
    await db.db.update(matches).set({ status: 'completed' }).where(eq(matches.id, s.matchId))
    return { sessionId: s.sessionId, lo, hi }
  }

  it('when both sides wish at the same moment, then exactly one connection forms and one of them is told it formed', async () => {
    const { sessionId, lo, hi } = await ended(5, 4)
    const [x, y] = await Promise.all([
      svc.wish({ sessionId, userId: lo }),
      svc.wish({ sessionId, userId: hi }),
    ])
    const formed = [x, y].filter((r) => r.ok && r.connected)
    expect(formed).toHaveLength(1)
    expect([x, y].filter((r) => r.ok && !r.connected)).toHaveLength(1)
    expect(await svc.list(lo)).toHaveLength(1)
    expect(await svc.list(hi)).toHaveLength(1)
    // wishing again is harmless
    expect(await svc.wish({ sessionId, userId: lo })).toEqual({ ok: false, reason: 'already-connected' })
  })

  it('when both sides invite each other concurrently, then one invitation is pending and the other is refused', async () => {
    const { sessionId, lo, hi } = await ended(5, 5)
    await svc.wish({ sessionId, userId: lo })
    await svc.wish({ sessionId, userId: hi })
    const [c] = await svc.list(lo)
    const rs = await Promise.all([
      svc.invite({ connectionId: c!.connectionId, userId: lo }),
      svc.invite({ connectionId: c!.connectionId, userId: hi }),
    ])
    expect(rs.filter((r) => r.ok)).toHaveLength(1)
    expect(rs.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'pending' }])
    const pending = await db.db
      .select()
      .from(connectionInvites)
      .where(eq(connectionInvites.status, 'pending'))
    expect(pending.filter((p) => p.userA === lo && p.userB === hi)).toHaveLength(1)
  })

  it('when the invitee taps Accept twice at once, then one chat opens and the other tap is told it is closed', async () => {
    const { sessionId, lo, hi } = await ended(4, 4)
    await svc.wish({ sessionId, userId: lo })
    await svc.wish({ sessionId, userId: hi })
    const [c] = await svc.list(lo)
    const inv = await svc.invite({ connectionId: c!.connectionId, userId: lo })
    if (!inv.ok) throw new Error(inv.reason)
    const before = opened.length
    const rs = await Promise.all([
      svc.respond({ inviteId: inv.inviteId, userId: hi, accept: true }),
      svc.respond({ inviteId: inv.inviteId, userId: hi, accept: true }),
    ])
    expect(rs.filter((r) => r.ok && r.accepted)).toHaveLength(1)
    expect(rs.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'closed' }])
    expect(opened.length).toBe(before + 1)
    // the inviter cannot accept their own invitation
    expect(await svc.respond({ inviteId: inv.inviteId, userId: lo, accept: true })).toEqual({
      ok: false,
      reason: 'not-found',
    })
  })

  it('when a user erases their data, then their connections and invitations go with it', async () => {
    const { sessionId, lo, hi } = await ended(5, 5)
    await svc.wish({ sessionId, userId: lo })
    await svc.wish({ sessionId, userId: hi })
    const [c] = await svc.list(hi)
    await svc.invite({ connectionId: c!.connectionId, userId: hi })
    await svc.forgetUser(lo)
    expect(await svc.list(hi)).toEqual([])
    const left = await db.db.select().from(connectionInvites).where(eq(connectionInvites.inviterId, hi))
    expect(left).toEqual([])
  })
})
