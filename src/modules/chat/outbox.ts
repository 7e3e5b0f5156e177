import { and, asc, count, desc, eq, inArray, lt, min, ne, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { namedQuery } from '../../db/named-query.js'
import { chatSessions, outbox } from '../../db/schema/index.js'
import { truncateText } from '../text.js'
import type { OutboxMethod } from './transport.js'

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export type Executor = Db | Tx

/**
 * One message to deliver. `payload` holds the Bot API parameters except `chat_id`; keys starting with `_`
 * are instructions for the dispatcher (reply mapping, idempotency tags) and are never sent.
 */
export type OutboxItem = {
  chatId: number
  sessionId: number | null
  method: OutboxMethod
  payload: Record<string, unknown>
  /** The sender's message id this copy/edit stands for (maps copies for edit mirroring and replies). */
  sourceMessageId?: number
}

export type OutboxRow = typeof outbox.$inferSelect

/**
 * A row this process just committed, handed to the dispatcher so it need not read it back (issue #14).
 * `olderPending`: ids of its chat's rows that were pending when the inserting statement began, when the
 * writer knows no other writer committed a row for the chat since; `null` when unknown (or too many).
 * The dispatcher takes the row only if it knows every one of them, and reads the database otherwise.
 */
export type HandedRow = OutboxRow & { olderPending: readonly number[] | null }

/** Writes rows inside the caller's transaction: they become visible to the dispatcher on commit. */
export async function enqueue(tx: Executor, items: OutboxItem[]): Promise<number[]> {
  if (items.length === 0) return []
  const rows = await tx
    .insert(outbox)
    .values(
      items.map((i) => ({
        chatId: i.chatId,
        sessionId: i.sessionId,
        method: i.method,
        payload: i.payload,
        sourceMessageId: i.sourceMessageId ?? null,
      })),
    )
    .returning({ id: outbox.id })
  return rows.map((r) => r.id)
}

/**
 * True when a copy of this source message to this chat was already queued (redelivered update). The fast
 * relay path needs no such check: `outbox_copy_idx` is unique, its insert is ON CONFLICT DO NOTHING.
 */
export async function copyExists(
  tx: Executor,
  q: { chatId: number; sessionId: number; sourceMessageId: number },
): Promise<boolean> {
  const [row] = await tx
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        // any status (pending, sent, failed): one index probe on outbox_copy_idx, never a scan of the chat
        eq(outbox.chatId, q.chatId),
        eq(outbox.sessionId, q.sessionId),
        eq(outbox.method, 'copyMessage'),
        eq(outbox.sourceMessageId, q.sourceMessageId),
      ),
    )
    .limit(1)
  return Boolean(row)
}

/**
 * Erasure (/delete_me) for ended sessions: every row that is delivered or given up (their pseudonym in
 * notices, their chat id), and undelivered rows addressed to a chat no longer linked to any user. Rows
 * still owed to the other participant (the end notice, the last messages) stay and go out.
 */
export async function forgetEndedSessions(tx: Executor, sessionIds: number[]): Promise<number> {
  if (sessionIds.length === 0) return 0
  const rows = await tx
    .delete(outbox)
    .where(
      and(
        inArray(outbox.sessionId, sessionIds),
        or(
          ne(outbox.status, 'pending'),
          sql`not exists (select 1 from users u where u.telegram_id = ${outbox.chatId})`,
        ),
      ),
    )
    .returning({ id: outbox.id })
  return rows.length
}

/** The payload minus the sender's words and chat id: kept only until Telegram has them (or we gave up). */
const payloadWithoutText = () =>
  sql`${outbox.payload} - 'text' - 'caption' - 'entities' - 'caption_entities' - 'from_chat_id'`

/**
 * markSentMany's statement ($1 ids, $2 the copies' message ids, $3 whether to drop the text): hand-written
 * and prepared by name (db/named-query.ts), as the dispatcher runs it for every batch of delivered copies;
 * the payload keys dropped are payloadWithoutText's.
 */
const MARK_SENT = `update outbox set
  status = 'sent',
  sent_at = now(),
  sent_message_id = v.sent_message_id,
  attempts = outbox.attempts + 1,
  last_error = null,
  payload = case when v.scrub
    then outbox.payload - 'text' - 'caption' - 'entities' - 'caption_entities' - 'from_chat_id'
    else outbox.payload - 'from_chat_id' end
from unnest($1::bigint[], $2::bigint[], $3::boolean[]) as v(id, sent_message_id, scrub)
where outbox.id = v.id`

/**
 * fetchPending's statement ($1 ids and $2 chats to leave out, both possibly empty; $3 the limit): one text,
 * prepared by name (db/named-query.ts), as the dispatcher polls with it; where the drizzle query was built
 * and planned again for every poll. Rows are decoded by `outboxRowOf`.
 */
const FETCH_PENDING = `select id, chat_id, session_id, method, payload, status, attempts, not_before, last_error,
  source_message_id, sent_message_id, created_at, sent_at
from outbox
where status = 'pending' and id <> all($1::bigint[]) and chat_id <> all($2::bigint[])
order by id
limit $3::int`

type RawOutboxRow = Record<
  | 'id'
  | 'chat_id'
  | 'session_id'
  | 'method'
  | 'payload'
  | 'status'
  | 'attempts'
  | 'not_before'
  | 'last_error'
  | 'source_message_id'
  | 'sent_message_id'
  | 'created_at'
  | 'sent_at',
  unknown
>

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | Date))

/**
 * A raw outbox row (node-postgres: bigints as text, jsonb parsed, timestamps as Date; PGlite alike) as
 * drizzle's `select().from(outbox)` returns it.
 */
export function outboxRowOf(r: RawOutboxRow): OutboxRow {
  return {
    id: Number(r.id),
    chatId: Number(r.chat_id),
    sessionId: num(r.session_id),
    method: r.method as string,
    payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Record<string, unknown>,
    status: r.status as string,
    attempts: Number(r.attempts),
    notBefore: date(r.not_before) as Date,
    lastError: (r.last_error ?? null) as string | null,
    sourceMessageId: num(r.source_message_id),
    sentMessageId: num(r.sent_message_id),
    createdAt: date(r.created_at) as Date,
    sentAt: date(r.sent_at),
  }
}

/** Delivered copies of partner messages in `chatId` for one session (the edit-mirroring lookups). */
const sentCopyIn = (chatId: number, sessionId: number) =>
  and(
    eq(outbox.status, 'sent'),
    eq(outbox.chatId, chatId),
    eq(outbox.sessionId, sessionId),
    eq(outbox.method, 'copyMessage'),
  )

export function createOutboxRepo(db: Db) {
  return {
    /**
     * Oldest pending rows first (per-chat order = id order), skipping ids the dispatcher already holds and
     * chats it has no room for. Each list goes as one array parameter: the statement's parameter count stays
     * fixed however many rows are held (Postgres takes at most 65535 per statement).
     */
    async fetchPending(q: {
      limit: number
      excludeIds: number[]
      excludeChats: number[]
    }): Promise<OutboxRow[]> {
      const rows = await namedQuery<RawOutboxRow>(db, 'outbox_fetch_pending', FETCH_PENDING, [
        q.excludeIds,
        q.excludeChats,
        q.limit,
      ])
      return rows.map(outboxRowOf)
    },

    async pendingCount(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(outbox).where(eq(outbox.status, 'pending'))
      return row?.n ?? 0
    },

    /** When the oldest undelivered row was accepted (null: nothing pending). */
    async oldestPendingAt(): Promise<Date | null> {
      const [row] = await db
        .select({ at: min(outbox.createdAt) })
        .from(outbox)
        .where(eq(outbox.status, 'pending'))
      return row?.at ?? null
    },

    /** Is the session still going on? (Rows of an active session are retried however long it takes.) */
    async sessionActive(sessionId: number | null): Promise<boolean> {
      if (sessionId === null) return false
      const [row] = await db
        .select({ status: chatSessions.status })
        .from(chatSessions)
        .where(eq(chatSessions.id, sessionId))
      return row?.status === 'active'
    },

    /** Undelivered copies into a chat, oldest first (who is to be told when that chat is gone). */
    async pendingCopiesForChat(chatId: number): Promise<OutboxRow[]> {
      return db
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, 'pending'), eq(outbox.chatId, chatId), eq(outbox.method, 'copyMessage')))
        .orderBy(asc(outbox.id))
    },

    /** The sender was told this row is delayed: not again after a restart. */
    async markDelayNoticed(tx: Executor, id: number): Promise<void> {
      await tx
        .update(outbox)
        .set({ payload: sql`${outbox.payload} || '{"_delayNoticed":true}'::jsonb` })
        .where(eq(outbox.id, id))
    },

    async markSent(id: number, sentMessageId: number | undefined, scrubText: boolean): Promise<void> {
      await db
        .update(outbox)
        .set({
          status: 'sent',
          sentAt: new Date(),
          sentMessageId: sentMessageId ?? null,
          attempts: sql`${outbox.attempts} + 1`,
          lastError: null,
          // edits carry the sender's words: keep them only until Telegram has them; a copy's source chat
          // (the sender's Telegram id) is not needed once delivered either — it must not outlive /delete_me
          payload: scrubText ? payloadWithoutText() : sql`${outbox.payload} - 'from_chat_id'`,
        })
        .where(eq(outbox.id, id))
    },

    /**
     * `markSent` for many rows in one statement (the dispatcher's group commit). Each list goes as one array
     * parameter, so the statement's parameter count is fixed however many rows it marks.
     */
    async markSentMany(
      rows: { id: number; sentMessageId: number | undefined; scrubText: boolean }[],
    ): Promise<void> {
      if (rows.length === 0) return
      const ids = rows.map((r) => r.id)
      const copies = rows.map((r) => r.sentMessageId ?? null)
      const scrub = rows.map((r) => r.scrubText)
      await namedQuery(db, 'outbox_mark_sent', MARK_SENT, [ids, copies, scrub])
    },

    async markFailed(id: number, error: string): Promise<void> {
      await db
        .update(outbox)
        .set({
          status: 'failed',
          attempts: sql`${outbox.attempts} + 1`,
          lastError: truncateText(error, 300),
          payload: payloadWithoutText(),
        })
        .where(eq(outbox.id, id))
    },

    /** Gives up on everything still queued for a chat whose user blocked the bot. */
    async failAllPendingForChat(chatId: number, error: string): Promise<number[]> {
      const rows = await db
        .update(outbox)
        .set({
          status: 'failed',
          lastError: truncateText(error, 300),
          payload: payloadWithoutText(),
        })
        .where(and(eq(outbox.status, 'pending'), eq(outbox.chatId, chatId)))
        .returning({ id: outbox.id })
      return rows.map((r) => r.id)
    },

    async recordAttempt(id: number, error: string, notBefore: Date): Promise<void> {
      await db
        .update(outbox)
        .set({ attempts: sql`${outbox.attempts} + 1`, lastError: truncateText(error, 300), notBefore })
        .where(eq(outbox.id, id))
    },

    /** The id of the copy of `sourceMessageId` in `chatId` for this session, once sent. */
    async findCopyId(q: {
      chatId: number
      sessionId: number
      sourceMessageId: number
    }): Promise<number | null> {
      const [row] = await db
        .select({ id: outbox.sentMessageId })
        .from(outbox)
        .where(and(sentCopyIn(q.chatId, q.sessionId), eq(outbox.sourceMessageId, q.sourceMessageId)))
        .orderBy(desc(outbox.id))
        .limit(1)
      return row?.id ?? null
    },

    /** The original message id (in the partner's chat) of a copy we delivered into `chatId`. */
    async findSourceOfCopy(q: { chatId: number; sessionId: number; copyId: number }): Promise<number | null> {
      const [row] = await db
        .select({ id: outbox.sourceMessageId })
        .from(outbox)
        .where(and(sentCopyIn(q.chatId, q.sessionId), eq(outbox.sentMessageId, q.copyId)))
        .limit(1)
      return row?.id ?? null
    },

    /** Delivered/failed rows older than the cutoff: edits of older messages are no longer mirrored. */
    async purgeBefore(cutoff: Date): Promise<number> {
      const rows = await db
        .delete(outbox)
        .where(and(inArray(outbox.status, ['sent', 'failed']), lt(outbox.createdAt, cutoff)))
        .returning({ id: outbox.id })
      return rows.length
    },
  }
}

export type OutboxRepo = ReturnType<typeof createOutboxRepo>
