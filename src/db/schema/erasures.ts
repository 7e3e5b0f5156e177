import { integer, pgTable, timestamp } from 'drizzle-orm/pg-core'

/**
 * A conversation one participant erased from both chats after it ended (issue #16 §4): one row per session,
 * so a second request does nothing new. Counts, never message ids or text: the deletions themselves are
 * outbox rows (`deleteMessages`), which is what makes them finish after a crash.
 */
export const chatErasures = pgTable('chat_erasures', {
  /** chat_sessions.id (no foreign key: erasing a user's data may remove sessions later). */
  sessionId: integer('session_id').primaryKey(),
  requestedBy: integer('requested_by').notNull(),
  /** Relayed messages whose original and copy were queued for deletion. */
  erased: integer('erased').notNull(),
  /** Relayed messages older than Telegram's 48 h deletion window (left in both chats). */
  skipped: integer('skipped').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})
