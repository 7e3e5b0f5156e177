import { asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, hasPostgres } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { outbox } from '../../db/schema/index.js'
import { createOutboxRepo, enqueue } from './outbox.js'

describe.each([
  ['pglite', true],
  ['postgres', hasPostgres()],
] as const)('outbox fetchPending on %s', (kind, available) => {
  let db: DbHandle
  beforeAll(async () => {
    if (available) db = await createTestDb({ kind })
  })
  afterAll(async () => {
    await db?.close()
  })

  it.runIf(available)(
    'when rows are pending, then they read as drizzle reads them, in id order',
    async () => {
      const repo = createOutboxRepo(db.db)
      const ids = await enqueue(db.db, [
        {
          chatId: 9_007_199_254,
          sessionId: null,
          method: 'sendMessage',
          payload: { text: 'hi', n: [1, { a: null }] },
        },
        {
          chatId: 42,
          sessionId: 7,
          method: 'copyMessage',
          payload: { from_chat_id: 1, message_id: 5 },
          sourceMessageId: 5,
        },
        {
          chatId: 43,
          sessionId: 8,
          method: 'copyMessage',
          payload: { from_chat_id: 2, message_id: 6 },
          sourceMessageId: 6,
        },
      ])
      await db.db
        .update(outbox)
        .set({
          lastError: 'timeout',
          attempts: 2,
          sentMessageId: 77,
          sentAt: new Date('2026-11-27T12:00:00.123Z'),
        })
        .where(eq(outbox.id, ids[1] as number))
      const want = await db.db
        .select()
        .from(outbox)
        .where(eq(outbox.status, 'pending'))
        .orderBy(asc(outbox.id))
      for (let run = 0; run < 2; run++)
        expect(await repo.fetchPending({ limit: 10, excludeIds: [], excludeChats: [] })).toEqual(want)
      expect(await repo.fetchPending({ limit: 1, excludeIds: [], excludeChats: [] })).toEqual(
        want.slice(0, 1),
      )
      expect(
        (await repo.fetchPending({ limit: 10, excludeIds: [ids[0] as number], excludeChats: [43] })).map(
          (r) => r.id,
        ),
      ).toEqual([ids[1]])
    },
  )
})
