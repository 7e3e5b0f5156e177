import { and, eq, or, type Placeholder } from 'drizzle-orm'
import { chatSessions } from '../../db/schema/index.js'

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
