import { and, eq, gt, lte, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import {
  blocks,
  chatSessions,
  connectionInvites,
  connections,
  connectionWishes,
  matches,
  users,
} from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import { anyBusy, loadProfiles, lockUsers, openSession, type Tx } from '../matching/repo.js'
import { ineligibility } from '../matching/scoring.js'
import type { SessionOpened } from '../matching/service.js'

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

/** Someone to write to: enough for the bot edge to word and send a message. */
export type Recipient = { userId: number; telegramId: number; language: 'ru' | 'en'; nickname: string | null }

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

export type InviteResult =
  | { ok: true; inviteId: number; invitee: Recipient; inviterNickname: string | null; expiresAt: Date }
  | { ok: false; reason: 'not-found' | 'pending' | 'cooldown' | 'you-busy' | 'unavailable' | 'blocked' }

export type RespondResult =
  | { ok: true; accepted: true; sessionId: number; inviter: Recipient | null }
  | { ok: true; accepted: false; inviter: Recipient | null; inviteeNickname: string | null }
  | {
      ok: false
      reason: 'not-found' | 'expired' | 'closed' | 'you-busy' | 'partner-busy' | 'unavailable' | 'blocked'
    }

const pair = (x: number, y: number): [number, number] => (x < y ? [x, y] : [y, x])
const lang = (v: string | null | undefined): 'ru' | 'en' => (v === 'en' ? 'en' : 'ru')

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

  async function recipient(exec: Db | Tx, userId: number): Promise<Recipient | null> {
    const [u] = await exec
      .select({
        telegramId: users.telegramId,
        language: users.language,
        nickname: users.nickname,
        deletedAt: users.deletedAt,
        bannedAt: users.bannedAt,
      })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1)
    if (!u || u.telegramId === null || u.deletedAt || u.bannedAt) return null
    return { userId, telegramId: u.telegramId, language: lang(u.language), nickname: u.nickname }
  }

  async function blockedBetween(exec: Db | Tx, x: number, y: number): Promise<boolean> {
    const [row] = await exec
      .select({ a: blocks.blockerId })
      .from(blocks)
      .where(
        or(
          and(eq(blocks.blockerId, x), eq(blocks.blockedId, y)),
          and(eq(blocks.blockerId, y), eq(blocks.blockedId, x)),
        ),
      )
      .limit(1)
    return Boolean(row)
  }

  /** The connection if `userId` is one of its two sides. */
  async function connectionOf(exec: Db | Tx, connectionId: number, userId: number) {
    const [c] = await exec.select().from(connections).where(eq(connections.id, connectionId)).limit(1)
    if (!c || (c.userA !== userId && c.userB !== userId)) return null
    return { ...c, partnerId: c.userA === userId ? c.userB : c.userA }
  }

  /** Pending invitations of a pair past their deadline become `expired` (expiry is settled lazily). */
  async function expireStale(exec: Db | Tx, a: number, b: number): Promise<number> {
    const rows = await exec
      .update(connectionInvites)
      .set({ status: 'expired', respondedAt: sql`now()` })
      .where(
        and(
          eq(connectionInvites.userA, a),
          eq(connectionInvites.userB, b),
          eq(connectionInvites.status, 'pending'),
          lte(connectionInvites.expiresAt, sql`now()`),
        ),
      )
      .returning({ id: connectionInvites.id })
    if (rows.length) metrics.connections.inc({ event: 'invite_expired' }, rows.length)
    return rows.length
  }

  /** Drops the pair's connection and cancels its pending invitation; returns whether one existed. */
  async function dropPair(exec: Db | Tx, x: number, y: number): Promise<boolean> {
    const [a, b] = pair(x, y)
    const gone = await exec
      .delete(connections)
      .where(and(eq(connections.userA, a), eq(connections.userB, b)))
      .returning({ id: connections.id })
    await exec
      .update(connectionInvites)
      .set({ status: 'cancelled', respondedAt: sql`now()` })
      .where(
        and(
          eq(connectionInvites.userA, a),
          eq(connectionInvites.userB, b),
          eq(connectionInvites.status, 'pending'),
        ),
      )
    return gone.length > 0
  }

  return {
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
        const [s] = await tx
          .select()
          .from(chatSessions)
          .where(eq(chatSessions.id, input.sessionId))
          .for('update')
          .limit(1)
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

    /**
     * Creates an invitation (the caller delivers it, or cancels it when the invitee cannot be reached). One
     * pending invitation per pair: a second one, from either side, is refused until it is settled or expires.
     */
    async invite(input: { connectionId: number; userId: number }): Promise<InviteResult> {
      const r = await db.transaction(async (tx): Promise<InviteResult> => {
        const c = await connectionOf(tx, input.connectionId, input.userId)
        if (!c) return { ok: false, reason: 'not-found' }
        await lockUsers(tx, c.userA, c.userB)
        if (await blockedBetween(tx, c.userA, c.userB)) {
          await dropPair(tx, c.userA, c.userB)
          return { ok: false, reason: 'blocked' }
        }
        if (await anyBusy(tx, [input.userId])) return { ok: false, reason: 'you-busy' }
        const invitee = await recipient(tx, c.partnerId)
        const profiles = await loadProfiles(tx, [c.partnerId])
        const p = profiles.get(c.partnerId)
        const why = p ? ineligibility(p) : 'deleted'
        if (!invitee || (why !== null && why !== 'paused')) return { ok: false, reason: 'unavailable' }
        await expireStale(tx, c.userA, c.userB)
        // "not now" is respected: no repeated asking right after a decline
        const [declined] = await tx
          .select({ id: connectionInvites.id })
          .from(connectionInvites)
          .where(
            and(
              eq(connectionInvites.userA, c.userA),
              eq(connectionInvites.userB, c.userB),
              eq(connectionInvites.inviterId, input.userId),
              eq(connectionInvites.status, 'declined'),
              gt(
                connectionInvites.respondedAt,
                sql`now() - make_interval(secs => ${deps.config.declineCooldownSec})`,
              ),
            ),
          )
          .limit(1)
        if (declined) return { ok: false, reason: 'cooldown' }
        const [row] = await tx
          .insert(connectionInvites)
          .values({
            userA: c.userA,
            userB: c.userB,
            inviterId: input.userId,
            expiresAt: sql`now() + make_interval(secs => ${deps.config.inviteTtlSec})`,
          })
          .onConflictDoNothing()
          .returning()
        if (!row) return { ok: false, reason: 'pending' }
        const [me] = await tx
          .select({ n: users.nickname })
          .from(users)
          .where(eq(users.id, input.userId))
          .limit(1)
        return {
          ok: true,
          inviteId: row.id,
          invitee,
          inviterNickname: me?.n ?? null,
          expiresAt: row.expiresAt,
        }
      })
      if (r.ok) metrics.connections.inc({ event: 'invited' })
      return r
    },

    /** An invitation that could not be delivered (the invitee blocked the bot): it is cancelled. */
    async cancelInvite(inviteId: number): Promise<void> {
      await db
        .update(connectionInvites)
        .set({ status: 'cancelled', respondedAt: sql`now()` })
        .where(and(eq(connectionInvites.id, inviteId), eq(connectionInvites.status, 'pending')))
    },

    /**
     * Accept or decline, by the invitee. Accepting opens a chat like an accepted match, in one transaction
     * under both users' matching locks: the connection must still exist, no block, both eligible and both
     * free (not in a chat, no open proposal). A busy side leaves the invitation pending (accept again later).
     */
    async respond(input: { inviteId: number; userId: number; accept: boolean }): Promise<RespondResult> {
      const r = await db.transaction(async (tx) => {
        const [inv] = await tx
          .select({ row: connectionInvites, due: sql<boolean>`${connectionInvites.expiresAt} <= now()` })
          .from(connectionInvites)
          .where(eq(connectionInvites.id, input.inviteId))
          .limit(1)
        if (!inv || inv.row.inviterId === input.userId) return { ok: false, reason: 'not-found' } as const
        const i = inv.row
        if (i.userA !== input.userId && i.userB !== input.userId)
          return { ok: false, reason: 'not-found' } as const
        await lockUsers(tx, i.userA, i.userB)
        const [cur] = await tx
          .select()
          .from(connectionInvites)
          .where(eq(connectionInvites.id, i.id))
          .for('update')
          .limit(1)
        if (cur?.status === 'expired') return { ok: false, reason: 'expired' } as const
        if (cur?.status !== 'pending') return { ok: false, reason: 'closed' } as const
        if (inv.due) {
          await expireStale(tx, i.userA, i.userB)
          return { ok: false, reason: 'expired' } as const
        }
        const settle = (status: 'accepted' | 'declined' | 'cancelled', sessionId?: number) =>
          tx
            .update(connectionInvites)
            .set({ status, respondedAt: sql`now()`, sessionId: sessionId ?? null })
            .where(eq(connectionInvites.id, i.id))
        if (await blockedBetween(tx, i.userA, i.userB)) {
          await dropPair(tx, i.userA, i.userB)
          return { ok: false, reason: 'blocked' } as const
        }
        const [conn] = await tx
          .select({ id: connections.id })
          .from(connections)
          .where(and(eq(connections.userA, i.userA), eq(connections.userB, i.userB)))
          .limit(1)
        if (!conn) {
          await settle('cancelled')
          return { ok: false, reason: 'closed' } as const
        }
        const inviter = await recipient(tx, i.inviterId)
        if (!input.accept) {
          await settle('declined')
          const [me] = await tx
            .select({ n: users.nickname })
            .from(users)
            .where(eq(users.id, input.userId))
            .limit(1)
          return { ok: true, accepted: false, inviter, inviteeNickname: me?.n ?? null } as const
        }
        const profiles = await loadProfiles(tx, [i.userA, i.userB])
        const gone = [i.userA, i.userB].some((id) => {
          const p = profiles.get(id)
          const why = p ? ineligibility(p) : 'deleted'
          return why !== null && why !== 'paused'
        })
        if (gone || !inviter) return { ok: false, reason: 'unavailable' } as const
        if (await anyBusy(tx, [input.userId])) return { ok: false, reason: 'you-busy' } as const
        if (await anyBusy(tx, [i.inviterId])) return { ok: false, reason: 'partner-busy' } as const
        const [m] = await tx
          .insert(matches)
          .values({
            userA: i.userA,
            userB: i.userB,
            status: 'active',
            score: 0,
            aAcceptedAt: sql`now()`,
            bAcceptedAt: sql`now()`,
            respondedAt: sql`now()`,
            expiresAt: sql`now()`,
          })
          .returning()
        if (!m) throw new Error('insert into matches returned nothing')
        const sessionId = await openSession(tx, m)
        await settle('accepted', sessionId)
        return {
          ok: true,
          accepted: true,
          sessionId,
          inviter,
          opened: { sessionId, matchId: m.id, userA: m.userA, userB: m.userB },
        } as const
      })
      if (!r.ok) return r
      if (!r.accepted) {
        metrics.connections.inc({ event: 'declined' })
        return r
      }
      metrics.connections.inc({ event: 'accepted' })
      log.info({ sessionId: r.sessionId, inviteId: input.inviteId }, 'invitation accepted; session opened')
      for (const id of [r.opened.userA, r.opened.userB]) {
        try {
          await deps.leaveQueue?.(id)
        } catch (err) {
          log.warn({ err }, 'leaving the queue after an accepted invitation failed')
        }
      }
      // at-least-once: the matching sweeper's reconcile re-runs this for an active match after a crash
      try {
        await deps.onSessionOpened(r.opened)
      } catch (err) {
        log.warn({ err, sessionId: r.sessionId }, 'session-opened hook failed; the sweeper will retry')
      }
      return { ok: true, accepted: true, sessionId: r.sessionId, inviter: r.inviter }
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
