import { and, eq, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import {
  chatSessions,
  connectionInvites,
  connections,
  connectionWishes,
  users,
} from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import { lockSession } from '../chat/sessions.js'
import type { SessionOpened } from '../matching/service.js'
import { createInvites } from './invites.js'
import { blockedBetween, connectionOf, dropPair, pair, type Recipient, recipient } from './repo.js'

export type { InviteResult, RespondResult } from './invites.js'
export type { Recipient } from './repo.js'

/** Both sides must have rated the chat at least this for "talk again". */
export const TALK_AGAIN_MIN_STARS = 4

export type ConnectionsConfig = {
  /** How long an invitation can be accepted (CONNECTION_INVITE_TTL_SEC, default 24 h). */
  inviteTtlSec: number
  /** After "not now", the same inviter may not ask again for this long (MATCH_DECLINE_COOLDOWN_SEC). */
  declineCooldownSec: number
}

export type ConnectionsDeps = {
  db: Db
  metrics: Pick<Metrics, 'connections'>
  logger: Logger
  config: ConnectionsConfig
  /** After the commit that opened a chat from an invitation: the chat module's "chat started" notices. */
  onSessionOpened: (s: SessionOpened) => Promise<unknown>
  /** Leave the /find queue (someone waiting there who accepts an invitation is now in a chat). */
  leaveQueue?: (userId: number) => Promise<unknown>
}

export type WishResult =
  | { ok: true; connected: false }
  | { ok: true; connected: true; connectionId: number; other: Recipient | null }
  | { ok: false; reason: 'not-found' | 'not-ended' | 'low-rating' | 'blocked' | 'already-connected' }

export type ConnectionView = {
  connectionId: number
  partnerNickname: string | null
  /** A pending (unexpired) invitation between the two, and who sent it. */
  invite: 'sent' | 'received' | null
}

/**
 * "Talk again": a pair who both rated a chat ≥ 4 and both asked becomes a connection (internal ids only);
 * either side may invite the other (one pending invitation per pair, expiring), and an accepted invitation
 * opens a chat the way an accepted match does (a `matches` row + `openSession`), without the anti-repeat
 * rule. Removing is silent; a block between the two removes the connection and prevents a new one.
 * Framework-free: results say what happened, the bot feature words and sends it.
 */
export function createConnectionsService(deps: ConnectionsDeps) {
  const { db, metrics } = deps
  const log = deps.logger.child({ module: 'connections' })

  return {
    ...createInvites({
      db,
      metrics,
      log,
      config: deps.config,
      onSessionOpened: deps.onSessionOpened,
      leaveQueue: deps.leaveQueue,
    }),

    /** Where and in which language to write to a user (null: gone, banned or erased). */
    recipientOf: (userId: number) => recipient(db, userId),

    /**
     * Whether this side may be offered "I'd talk with them again" for the session: they rated it ≥ 4, no block,
     * not connected already. The other side's rating is not looked at, so the offer reveals nothing about it.
     */
    async canWish(sessionId: number, userId: number): Promise<boolean> {
      const [s] = await db.select().from(chatSessions).where(eq(chatSessions.id, sessionId)).limit(1)
      if (s?.status !== 'ended' || (s.userA !== userId && s.userB !== userId)) return false
      const mine = s.userA === userId ? s.ratingByA : s.ratingByB
      if ((mine ?? 0) < TALK_AGAIN_MIN_STARS) return false
      if (await blockedBetween(db, s.userA, s.userB)) return false
      // a chat that came from a connection: nothing new to offer
      const [a, b] = pair(s.userA, s.userB)
      const [c] = await db
        .select({ id: connections.id })
        .from(connections)
        .where(and(eq(connections.userA, a), eq(connections.userB, b)))
        .limit(1)
      return !c
    },

    /**
     * "I'd talk with them again" for a session. Stored per side; when both sides of the session asked and
     * both rated it ≥ 4, the pair becomes a connection (once: the pair is unique). Idempotent per side.
     */
    async wish(input: { sessionId: number; userId: number }): Promise<WishResult> {
      const r = await db.transaction(async (tx): Promise<WishResult> => {
        const s = await lockSession(tx, input.sessionId)
        if (!s || (s.userA !== input.userId && s.userB !== input.userId))
          return { ok: false, reason: 'not-found' }
        if (s.status !== 'ended') return { ok: false, reason: 'not-ended' }
        const isA = s.userA === input.userId
        const mine = isA ? s.ratingByA : s.ratingByB
        if ((mine ?? 0) < TALK_AGAIN_MIN_STARS) return { ok: false, reason: 'low-rating' }
        if (await blockedBetween(tx, s.userA, s.userB)) return { ok: false, reason: 'blocked' }
        await tx
          .insert(connectionWishes)
          .values({ sessionId: s.id, userId: input.userId })
          .onConflictDoNothing()
        const theirs = isA ? s.ratingByB : s.ratingByA
        const otherId = isA ? s.userB : s.userA
        const [otherWish] = await tx
          .select({ u: connectionWishes.userId })
          .from(connectionWishes)
          .where(and(eq(connectionWishes.sessionId, s.id), eq(connectionWishes.userId, otherId)))
          .limit(1)
        if (!otherWish || (theirs ?? 0) < TALK_AGAIN_MIN_STARS) return { ok: true, connected: false }
        const [a, b] = pair(s.userA, s.userB)
        const [c] = await tx
          .insert(connections)
          .values({ userA: a, userB: b, sessionId: s.id })
          .onConflictDoNothing()
          .returning({ id: connections.id })
        if (!c) return { ok: false, reason: 'already-connected' }
        return { ok: true, connected: true, connectionId: c.id, other: await recipient(tx, otherId) }
      })
      if (r.ok && r.connected) {
        metrics.connections.inc({ event: 'created' })
        log.info({ connectionId: r.connectionId }, 'connection created')
      }
      return r
    },

    /** The user's connections, by the partner's pseudonym (newest first). */
    async list(userId: number): Promise<ConnectionView[]> {
      const res = await db.execute<Record<string, unknown>>(sql`
        select c.id, p.nickname,
          (select i.inviter_id from connection_invites i
            where i.user_a = c.user_a and i.user_b = c.user_b and i.status = 'pending' and i.expires_at > now()
            limit 1) as inviter
        from connections c
        join users p on p.id = case when c.user_a = ${userId} then c.user_b else c.user_a end
        where (c.user_a = ${userId} or c.user_b = ${userId}) and p.deleted_at is null and p.telegram_id is not null
        order by c.created_at desc, c.id desc
        limit 50`)
      return res.rows.map((r) => ({
        connectionId: Number(r.id),
        partnerNickname: (r.nickname as string | null) ?? null,
        invite: r.inviter == null ? null : Number(r.inviter) === userId ? 'sent' : 'received',
      }))
    },

    /** The partner's pseudonym for a connection of this user (confirmation texts). */
    async partnerNickname(connectionId: number, userId: number): Promise<string | null | undefined> {
      const c = await connectionOf(db, connectionId, userId)
      if (!c) return undefined
      const [u] = await db.select({ n: users.nickname }).from(users).where(eq(users.id, c.partnerId)).limit(1)
      return u?.n ?? null
    },

    /** Silent removal by either side: the other is not told; a pending invitation is cancelled. */
    async remove(input: { connectionId: number; userId: number }): Promise<{ ok: boolean }> {
      const c = await connectionOf(db, input.connectionId, input.userId)
      if (!c) return { ok: false }
      const removed = await db.transaction((tx) => dropPair(tx, c.userA, c.userB))
      if (removed) metrics.connections.inc({ event: 'removed' })
      return { ok: removed }
    },

    /** A block between the two (either direction): the connection goes for good (the block prevents a new one). */
    async onBlocked(blockerId: number, blockedId: number): Promise<void> {
      const removed = await db.transaction((tx) => dropPair(tx, blockerId, blockedId))
      if (removed) metrics.connections.inc({ event: 'removed_by_block' })
    },

    /** /delete_me: every connection, wish and invitation of the user goes. */
    async forgetUser(userId: number): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.delete(connectionWishes).where(eq(connectionWishes.userId, userId))
        await tx.delete(connections).where(or(eq(connections.userA, userId), eq(connections.userB, userId)))
        await tx
          .delete(connectionInvites)
          .where(or(eq(connectionInvites.userA, userId), eq(connectionInvites.userB, userId)))
      })
    },
  }
}

export type ConnectionsService = ReturnType<typeof createConnectionsService>
