/**
 * The relay-shaped statement mix bench/pglite.ts and bench/pglite-worker.ts measure, through Drizzle like the
 * app: the sender's user row, one transaction (session read, outbox insert, session touch), then the
 * dispatcher's read of the pending row and its `sent` update — 8 statements per message.
 */
import { and, eq } from 'drizzle-orm'
import type { DbHandle } from '../src/db/client.js'
import { chatSessions, outbox, users } from '../src/db/schema/index.js'
import { seedSession } from '../src/modules/chat/test-fixtures.js'

type Db = DbHandle['db']
export type BenchPair = { sessionId: number; a: number; b: number }

/** 200 active chats between fresh users. */
export async function seedPairs(db: Db): Promise<BenchPair[]> {
  const pairs: BenchPair[] = []
  for (let i = 0; i < 200; i++) {
    const s = await seedSession(db, { telegramId: 10_000 + 2 * i }, { telegramId: 10_001 + 2 * i })
    pairs.push({ sessionId: s.sessionId, a: 10_000 + 2 * i, b: 10_001 + 2 * i })
  }
  return pairs
}

/** Message `i` (also its source message id: keep it unique per chat, outbox_copy_idx) relayed and marked sent. */
export async function relayOnce(db: Db, pairs: readonly BenchPair[], i: number): Promise<void> {
  const p = pairs[i % pairs.length]!
  const [sender] = await db.select().from(users).where(eq(users.telegramId, p.a))
  const row = await db.transaction(async (tx) => {
    const [s] = await tx.select().from(chatSessions).where(eq(chatSessions.id, p.sessionId))
    const [o] = await tx
      .insert(outbox)
      .values({
        chatId: p.b,
        sessionId: s!.id,
        method: 'copyMessage',
        payload: { from_chat_id: p.a, message_id: i, sender: sender!.id },
        sourceMessageId: i,
      })
      .returning()
    await tx.update(chatSessions).set({ lastActivityAt: new Date() }).where(eq(chatSessions.id, s!.id))
    return o!
  })
  if (!(row.createdAt instanceof Date)) throw new Error('rows must parse as on the main thread')
  const [pending] = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), eq(outbox.chatId, row.chatId)))
    .orderBy(outbox.id)
    .limit(1)
  await db
    .update(outbox)
    .set({ status: 'sent', sentAt: new Date(), sentMessageId: i })
    .where(eq(outbox.id, pending!.id))
}
