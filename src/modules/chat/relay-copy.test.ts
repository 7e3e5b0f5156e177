import { asc, eq } from 'drizzle-orm'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { outbox } from '../../db/schema/index.js'
import { textItem } from './dispatcher.testkit.js'
import { enqueue } from './outbox.js'
import { createRelayCopy } from './relay-copy.js'
import { seedSession } from './test-fixtures.js'

/** The relay's one statement hands the copy it queued to the dispatcher (issue #14). */
describe('relay copy: the row handed to the dispatcher', () => {
  let db: DbHandle & { url?: string }
  let relayCopy: ReturnType<typeof createRelayCopy>
  let tg = 610_000_000

  beforeAll(async () => {
    db = await createTestDb()
    relayCopy = createRelayCopy(db.db)
  })
  afterAll(async () => {
    await db?.close()
  })

  const pair = async () => {
    const a = ++tg
    const b = ++tg
    const s = await seedSession(db.db, { telegramId: a }, { telegramId: b })
    return { ...s, tgA: a, tgB: b }
  }
  const send = (s: { userA: number; tgA: number }, messageId: number, replyTo?: number) =>
    relayCopy(
      {
        userId: s.userA,
        chatId: s.tgA,
        messageId,
        kind: 'text',
        text: 'hi',
        ...(replyTo ? { replyToMessageId: replyTo } : {}),
      },
      new Date(),
    )

  it('when a message is relayed, then the copy is handed over as stored, with the older pending rows of its chat', async () => {
    const s = await pair()
    // a notice to the recipient still pending from before
    const [notice] = await enqueue(db.db, [textItem(s.tgB, 'earlier notice', s.sessionId)])
    const first = await send(s, 1)
    const second = await send(s, 2, 1)
    const rows = await db.db.select().from(outbox).where(eq(outbox.chatId, s.tgB)).orderBy(asc(outbox.id))
    expect(rows).toHaveLength(3)
    if (!first.ok || !second.ok) throw new Error('relay failed')
    const { olderPending: older1, ...row1 } = first.handed!
    const { olderPending: older2, ...row2 } = second.handed!
    expect(row1).toEqual(rows[1])
    expect(row2).toEqual(rows[2])
    expect(row2.payload).toEqual({ from_chat_id: s.tgA, message_id: 2, protect_content: true, _replyTo: 1 })
    expect(older1).toEqual([notice])
    expect(older2).toEqual([notice, rows[1]!.id])
  })

  it('when the same message is relayed again, then nothing is handed over', async () => {
    const s = await pair()
    await send(s, 5)
    const again = await send(s, 5)
    expect(again).toMatchObject({ ok: true, duplicate: true })
    expect(again.ok && again.handed).toBeFalsy()
  })

  it.runIf(process.env.TEST_DATABASE_URL)(
    "when messages are relayed, then the session's per-message update is a HOT update (it writes no index)",
    async () => {
      const s = await pair()
      const stat = async () => {
        const r = await db.db.execute(
          `select n_tup_upd::int as upd, n_tup_hot_upd::int as hot from pg_stat_user_tables where relname = 'chat_sessions'` as never,
        )
        return r.rows[0] as { upd: number; hot: number }
      }
      const before = await stat()
      for (let i = 0; i < 20; i++) await send(s, 100 + i)
      // statistics reach the view within a second or so of each transaction (the earlier tests' too)
      await expect
        .poll(async () => (await stat()).upd - before.upd, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(20)
      const after = await stat()
      expect(after.hot - before.hot).toBe(after.upd - before.upd)
    },
  )

  // two connections are needed to hold the session row while the relay runs: Postgres only
  it.runIf(process.env.TEST_DATABASE_URL)(
    'when another writer of the session commits a row while the relay waits for the session, then no older-row list is handed (the dispatcher reads)',
    async () => {
      const s = await pair()
      const other = new pg.Client({ connectionString: db.url })
      await other.connect()
      try {
        // a relay of the same session in another process: it holds the session row and queues a copy
        await other.query('begin')
        await other.query('update chat_sessions set message_count = message_count + 1 where id = $1', [
          s.sessionId,
        ])
        await other.query(
          `insert into outbox (chat_id, session_id, method, payload) values ($1, $2, 'sendMessage', '{"text":"x"}')`,
          [s.tgB, s.sessionId],
        )
        const relayed = send(s, 7)
        // the relay's statement began (its snapshot does not show that row) and waits for the session row
        await expect
          .poll(async () => {
            const r = await other.query(
              `select count(*)::int as n from pg_stat_activity
               where datname = current_database() and wait_event_type = 'Lock'`,
            )
            return r.rows[0].n
          })
          .toBeGreaterThan(0)
        await other.query('commit')
        const result = await relayed
        if (!result.ok) throw new Error('relay failed')
        expect(result.handed).toMatchObject({ chatId: s.tgB, olderPending: null })
      } finally {
        await other.end()
      }
    },
  )
})
