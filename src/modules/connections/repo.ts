import { and, eq, lte, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { blocks, connectionInvites, connections, users } from '../../db/schema/index.js'
import type { Tx } from '../matching/repo.js'

/** Someone to write to: enough for the bot edge to word and send a message. */
export type Recipient = { userId: number; telegramId: number; language: 'ru' | 'en'; nickname: string | null }

/** A pair as stored: user_a < user_b. */
export const pair = (x: number, y: number): [number, number] => (x < y ? [x, y] : [y, x])
const lang = (v: string | null | undefined): 'ru' | 'en' => (v === 'en' ? 'en' : 'ru')

/** Where and in which language to write to a user; null when they are gone, banned or erased. */
export async function recipient(exec: Db | Tx, userId: number): Promise<Recipient | null> {
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

export async function blockedBetween(exec: Db | Tx, x: number, y: number): Promise<boolean> {
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
export async function connectionOf(exec: Db | Tx, connectionId: number, userId: number) {
  const [c] = await exec.select().from(connections).where(eq(connections.id, connectionId)).limit(1)
  if (!c || (c.userA !== userId && c.userB !== userId)) return null
  return { ...c, partnerId: c.userA === userId ? c.userB : c.userA }
}

/** Pending invitations of a pair past their deadline become `expired` (expiry is settled lazily). */
export async function expireStale(exec: Db | Tx, a: number, b: number): Promise<number> {
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
  return rows.length
}

/** Drops the pair's connection and cancels its pending invitation; returns whether one existed. */
export async function dropPair(exec: Db | Tx, x: number, y: number): Promise<boolean> {
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
