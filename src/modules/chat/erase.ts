import { and, desc, eq, gt, inArray, isNotNull, isNull, or } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { chatErasures, chatSessions, outbox, users } from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import { type CopyRow, planErase } from './erase-plan.js'
import { enqueue, type OutboxItem, type OutboxRow } from './outbox.js'
import { lockSession } from './sessions.js'

/** Why a conversation cannot be erased (the bot feature words each). */
export type EraseRefusal = 'not-found' | 'not-participant' | 'active' | 'too-late'

export type EraseResult =
  | { ok: true; erased: number; skipped: number }
  /** Already erased (by either side): nothing new is queued; the first request's counts. */
  | { ok: false; reason: 'already'; erased: number; skipped: number }
  | { ok: false; reason: EraseRefusal }

export type EraseServiceDeps = {
  db: Db
  metrics: Pick<Metrics, 'chatsErased'>
  logger: Logger
  /** The partner's short notice that the chat was erased (no identity), in their language. */
  partnerNotice: (language: string) => string
  /** Rows were committed to the outbox: wake the dispatcher. */
  wake?: () => void
  /** How long after the end a participant may erase (default 48 h: later nothing could be deleted). */
  windowSec?: number
  now?: () => Date
}

/** Telegram: a bot may delete a message of a private chat for 48 hours after it was sent. */
export const TELEGRAM_DELETE_WINDOW_MS = 48 * 3600_000
/** Deletions wait in the outbox behind the chat's other rows: a message this close to 48 h counts as too old. */
const QUEUE_MARGIN_MS = 10 * 60_000

/**
 * Erasing a conversation from both chats after it ended (issue #16 §4). One transaction records the erasure
 * (once per session) and queues `deleteMessages` rows for both chats plus the partner's notice in the relay
 * outbox, so the deletions are durable, paced like every other send, ordered after the copies still queued
 * for that chat, and finished by the next lease holder after a crash. The recent-lines buffer for reports
 * is not touched (moderation needs it; it expires as before).
 */
export function createEraseService(deps: EraseServiceDeps) {
  const { db } = deps
  const log = deps.logger.child({ module: 'erase' })
  const now = deps.now ?? (() => new Date())
  const windowMs = (deps.windowSec ?? 48 * 3600) * 1000

  const participant = (userId: number) => or(eq(chatSessions.userA, userId), eq(chatSessions.userB, userId))

  return {
    /** The user's most recent ended conversation that can still be erased (the /erase command). */
    async latestErasable(userId: number): Promise<number | null> {
      const [row] = await db
        .select({ id: chatSessions.id })
        .from(chatSessions)
        .leftJoin(chatErasures, eq(chatErasures.sessionId, chatSessions.id))
        .where(
          and(
            participant(userId),
            eq(chatSessions.status, 'ended'),
            gt(chatSessions.endedAt, new Date(now().getTime() - windowMs)),
            isNull(chatErasures.sessionId),
          ),
        )
        .orderBy(desc(chatSessions.endedAt))
        .limit(1)
      return row?.id ?? null
    },

    /** Erases the session from both chats, if `userId` took part, it ended, and not too long ago. */
    async erase(input: { userId: number; sessionId: number }): Promise<EraseResult> {
      const at = now()
      const result = await db.transaction(async (tx): Promise<EraseResult> => {
        // the session row lock serialises two presses (and either side's requests)
        const s = await lockSession(tx, input.sessionId)
        if (!s) return { ok: false, reason: 'not-found' }
        if (s.userA !== input.userId && s.userB !== input.userId)
          return { ok: false, reason: 'not-participant' }
        if (s.status === 'active') return { ok: false, reason: 'active' }
        const [done] = await tx.select().from(chatErasures).where(eq(chatErasures.sessionId, s.id))
        if (done) return { ok: false, reason: 'already', erased: done.erased, skipped: done.skipped }
        if (!s.endedAt || at.getTime() - s.endedAt.getTime() > windowMs)
          return { ok: false, reason: 'too-late' }

        const parties = await tx
          .select({ id: users.id, telegramId: users.telegramId, language: users.language })
          .from(users)
          .where(inArray(users.id, [s.userA, s.userB]))
        const chatOf = (id: number) => parties.find((p) => p.id === id)?.telegramId ?? null
        const rows: CopyRow[] = await tx
          .select({
            id: outbox.id,
            chatId: outbox.chatId,
            status: outbox.status,
            sourceMessageId: outbox.sourceMessageId,
            sentMessageId: outbox.sentMessageId,
            createdAt: outbox.createdAt,
          })
          .from(outbox)
          .where(and(eq(outbox.sessionId, s.id), eq(outbox.method, 'copyMessage')))
          // queue order, so the plan (and which chat's deletions come first) doesn't depend on the index used
          .orderBy(outbox.id)
        const plan = planErase({
          rows,
          chats: [chatOf(s.userA), chatOf(s.userB)],
          messageCount: s.messageCount,
          cutoff: new Date(at.getTime() - TELEGRAM_DELETE_WINDOW_MS + QUEUE_MARGIN_MS),
        })
        const items: OutboxItem[] = plan.batches.map((b) => ({
          chatId: b.chatId,
          sessionId: s.id,
          method: 'deleteMessages',
          payload: {
            // originals of copies still queued: deleted in the sender's chat, from the recipient's lane
            ...(b.inChat !== undefined ? { chat_id: b.inChat } : {}),
            message_ids: b.ids,
            ...(b.copyRows.length ? { _copyRows: b.copyRows } : {}),
            _kind: 'erase',
          },
        }))
        // after the deletions in the partner's chat (same lane, later id): the notice is what stays
        const partner = parties.find((p) => p.id !== input.userId)
        if (partner?.telegramId)
          items.push({
            chatId: partner.telegramId,
            sessionId: s.id,
            method: 'sendMessage',
            payload: { text: deps.partnerNotice(partner.language), _kind: 'erase-notice' },
          })
        await tx.insert(chatErasures).values({
          sessionId: s.id,
          requestedBy: input.userId,
          erased: plan.erased,
          skipped: plan.skipped,
          createdAt: at,
        })
        await enqueue(tx, items)
        return { ok: true, erased: plan.erased, skipped: plan.skipped }
      })
      if (result.ok) {
        deps.metrics.chatsErased.inc()
        log.info(
          { sessionId: input.sessionId, erased: result.erased, skipped: result.skipped },
          'chat erased from both chats',
        )
        deps.wake?.()
      }
      return result
    },
  }
}

export type EraseService = ReturnType<typeof createEraseService>

/**
 * The ids a `deleteMessages` outbox row deletes when the dispatcher gets to it: those it carries, plus the
 * copies that were still queued when the erase was asked for (delivered by now: they are earlier in the same
 * chat's lane; a copy given up has nothing to delete). Empty: nothing left to do.
 */
export async function idsToDelete(db: Db, row: Pick<OutboxRow, 'payload'>): Promise<number[]> {
  const ids = new Set<number>()
  const carried = row.payload.message_ids
  if (Array.isArray(carried)) for (const id of carried) if (Number.isSafeInteger(id)) ids.add(Number(id))
  const copyRows = Array.isArray(row.payload._copyRows) ? row.payload._copyRows.map(Number) : []
  if (copyRows.length > 0) {
    const sent = await db
      .select({ id: outbox.sentMessageId })
      .from(outbox)
      .where(and(inArray(outbox.id, copyRows), eq(outbox.status, 'sent'), isNotNull(outbox.sentMessageId)))
    for (const s of sent) if (s.id !== null) ids.add(s.id)
  }
  return [...ids].sort((a, b) => a - b)
}
