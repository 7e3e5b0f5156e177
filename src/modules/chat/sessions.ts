import { and, eq, or, type Placeholder } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { type ChatSessionRow, chatSessions } from '../../db/schema/index.js'

/**
 * `where` condition for the active chat session the user takes part in, on either side (matching never
 * opens a second one). One definition for the relay, the coach, tips and moderation, so "in a chat" means
 * the same everywhere. `userId` may be a `sql.placeholder` (prepared statements).
 */
export function activeSessionOfUser(userId: number | Placeholder) {
  return and(
    eq(chatSessions.status, 'active'),
    or(eq(chatSessions.userA, userId), eq(chatSessions.userB, userId)),
  )
}

/** The other participant of a session (or match) row. */
export function partnerOf(row: { userA: number; userB: number }, userId: number): number {
  return row.userA === userId ? row.userB : row.userA
}

/**
 * Reads a session row and locks it (`for update`) until the transaction ends: the lock serialises whatever
 * changes a session's state (two presses, either side's requests, the matcher's open hook).
 */
export async function lockSession(
  tx: Pick<Db, 'select'>,
  sessionId: number,
): Promise<ChatSessionRow | undefined> {
  const [s] = await tx
    .select()
    .from(chatSessions)
    .where(eq(chatSessions.id, sessionId))
    .for('update')
    .limit(1)
  return s
}
