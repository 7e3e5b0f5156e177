import { readFileSync } from 'node:fs'
import { asc, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../test/helpers/db.js'
import type { DbHandle } from './client.js'
import { outbox } from './schema/index.js'

const MIGRATION = readFileSync(new URL('../../drizzle/0007_outbox_copy_idx.sql', import.meta.url), 'utf8')

describe('migration 0004: one copy per source message and recipient', () => {
  let db: DbHandle
  beforeAll(async () => {
    db = await createTestDb()
  })
  afterAll(async () => {
    await db?.close()
  })

  it('when duplicate copies exist from before, then the index is built and the first row stays the copy', async () => {
    // the state before 0004: no index, and a copy queued twice by two racing attempts
    await db.db.execute(sql`drop index outbox_copy_idx`)
    const copy = { chatId: 77, sessionId: 5, method: 'copyMessage', payload: {}, sourceMessageId: 10 }
    await db.db.insert(outbox).values([copy, copy, { ...copy, sourceMessageId: 11 }])
    await db.db.execute(sql.raw(MIGRATION.replaceAll('--> statement-breakpoint', '')))
    const rows = await db.db
      .select({ source: outbox.sourceMessageId })
      .from(outbox)
      .where(eq(outbox.chatId, 77))
      .orderBy(asc(outbox.id))
    expect(rows.map((r) => r.source)).toEqual([10, null, 11])
    await expect(db.db.insert(outbox).values(copy)).rejects.toThrow()
    // other methods (edits of the same message) are not covered by the index
    await db.db.insert(outbox).values({ ...copy, method: 'editMessageText' })
  })
})
