import { sql } from 'drizzle-orm'
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'

/**
 * Durable per-chat ordered outbox for relayed messages: a row is written in the same
 * transaction that accepts the inbound message, and deleted/marked only after Telegram accepted it.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    chatId: bigint('chat_id', { mode: 'number' }).notNull(),
    sessionId: integer('session_id'),
    method: text('method').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** `pending` | `sent` | `failed` */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    /** Telegram message ids (source → copy), for mirroring edits. */
    sourceMessageId: bigint('source_message_id', { mode: 'number' }),
    sentMessageId: bigint('sent_message_id', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    // pending rows only: small however long the history, and a row marked sent or failed leaves it
    // (its new version is not added to it)
    index('outbox_pending_idx').on(t.chatId, t.id).where(sql`status = 'pending'`),
    // one copy per source message and recipient: the relay's duplicate check is this index (ON CONFLICT),
    // not a scan of the chat's rows
    uniqueIndex('outbox_copy_idx')
      .on(t.chatId, t.sessionId, t.sourceMessageId)
      .where(sql`method = 'copyMessage'`),
  ],
)
