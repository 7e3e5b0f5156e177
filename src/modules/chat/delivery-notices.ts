import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { users } from '../../db/schema/index.js'
import { enqueue, type OutboxRow } from './outbox.js'

/** What the sender of a relayed message is told about its delivery. */
export type DeliveryNotice =
  | { kind: 'delayed' }
  | { kind: 'delivered-late' }
  | {
      kind: 'undeliverable'
      /** 400 from Telegram; the recipient blocked the bot (403); the session ended and retries ran out. */
      reason: 'rejected' | 'recipient-gone' | 'expired'
      /** Messages not delivered, counting the one replied to. */
      count: number
    }

/** The words of a notice in the sender's language; lives at the edge (bot/features/relay-notices.ts). */
export type RenderDeliveryNotice = (notice: DeliveryNotice, language: 'ru' | 'en') => string

/** The sender's chat of a relayed copy (null for the bot's own notices and edits). */
export function senderOf(row: Pick<OutboxRow, 'method' | 'payload'>): number | null {
  if (row.method !== 'copyMessage') return null
  const from = Number(row.payload.from_chat_id)
  return Number.isSafeInteger(from) && from !== 0 ? from : null
}

/**
 * Queues delivery notices to senders through the outbox itself (durable, paced like everything else),
 * replying to the sender's own message where there is one. A sender who erased their data gets nothing.
 */
export function createDeliveryNotices(deps: { db: Db; render: RenderDeliveryNotice }) {
  return {
    async send(q: {
      senderChatId: number
      sessionId: number | null
      notice: DeliveryNotice
      replyTo?: number | null
      /** Run in the same transaction (mark the row the notice is about). */
      alongside?: (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => Promise<void>
    }): Promise<boolean> {
      return deps.db.transaction(async (tx) => {
        const [u] = await tx
          .select({ language: users.language })
          .from(users)
          .where(eq(users.telegramId, q.senderChatId))
          .limit(1)
        await q.alongside?.(tx)
        if (!u) return false
        const text = deps.render(q.notice, u.language === 'en' ? 'en' : 'ru')
        await enqueue(tx, [
          {
            chatId: q.senderChatId,
            sessionId: q.sessionId,
            method: 'sendMessage',
            payload: {
              text,
              ...(q.replyTo
                ? { reply_parameters: { message_id: q.replyTo, allow_sending_without_reply: true } }
                : {}),
              _kind: `delivery-${q.notice.kind}`,
            },
          },
        ])
        return true
      })
    },
  }
}

export type DeliveryNotices = ReturnType<typeof createDeliveryNotices>
