import { and, eq, gt, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { connectionInvites, connections, matches, users } from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import { anyBusy, loadProfiles, lockUsers, openSession, type Tx } from '../matching/repo.js'
import { ineligibility } from '../matching/scoring.js'
import type { SessionOpened } from '../matching/service.js'
import { blockedBetween, connectionOf, dropPair, expireStale, type Recipient, recipient } from './repo.js'

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

export type InvitesDeps = {
  db: Db
  metrics: Pick<Metrics, 'connections'>
  log: Logger
  config: { inviteTtlSec: number; declineCooldownSec: number }
  onSessionOpened: (s: SessionOpened) => Promise<unknown>
  leaveQueue?: (userId: number) => Promise<unknown>
}

/**
 * Invitations between the two sides of a connection: create (one pending per pair, not right after a
 * "not now"), cancel, and accept/decline — accepting opens a chat like an accepted match.
 */
export function createInvites(deps: InvitesDeps) {
  const { db, metrics, log } = deps

  /** Settles the pair's overdue pending invitation as `expired` (expiry is lazy: no sweeper). */
  async function expire(tx: Db | Tx, a: number, b: number) {
    const n = await expireStale(tx, a, b)
    if (n) metrics.connections.inc({ event: 'invite_expired' }, n)
  }

  return {
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
        await expire(tx, c.userA, c.userB)
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
          await expire(tx, i.userA, i.userB)
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
  }
}
