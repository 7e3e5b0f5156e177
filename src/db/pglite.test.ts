import { type PGlite, types } from '@electric-sql/pglite'
import { eq, sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runMigrations } from './migrate.js'
import { openPglite, withoutRedundantParsers } from './pglite.js'
import * as schema from './schema/index.js'
import { outbox, users } from './schema/index.js'

describe('embedded PGlite', () => {
  let client: PGlite
  beforeAll(async () => {
    client = await openPglite('memory://')
    await runMigrations({
      db: drizzle(client, { schema }) as never,
      kind: 'pglite',
      ping: async () => {},
      close: async () => {},
    })
  })
  afterAll(async () => {
    await client.close()
  })

  it('when opened, then it runs with the small-bot settings (8MB shared buffers, no full-page writes)', async () => {
    const { rows } = await client.query<{ sb: string; fpw: string }>(
      `select current_setting('shared_buffers') as sb, current_setting('full_page_writes') as fpw`,
    )
    expect(rows[0]).toEqual({ sb: '8MB', fpw: 'off' })
  })

  it('when opened, then its shared memory is sized for its one backend (few slots, no replication)', async () => {
    const { rows } = await client.query<Record<string, string>>(
      `select current_setting('max_connections') as conn, current_setting('autovacuum_worker_slots') as av,
        current_setting('max_wal_senders') as wal, current_setting('max_replication_slots') as slots,
        current_setting('max_locks_per_transaction') as locks`,
    )
    expect(rows[0]).toEqual({ conn: '4', av: '1', wal: '0', slots: '0', locks: '128' })
  })

  it('when one transaction takes far more locks than all migrations together, then it commits', async () => {
    // ~350 locks for every migration in one transaction; 600 tables take ~1,200
    await client.transaction(async (tx) => {
      for (let i = 0; i < 600; i++) await tx.exec(`create table lock_room_${i} (a int)`)
    })
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class where relname like 'lock_room_%'`,
    )
    expect(rows[0]?.n).toBe(600)
  })

  it('when Drizzle reads through the view without per-query parsers, then every type comes back as before', async () => {
    const plain = drizzle(client, { schema })
    const viewed = drizzle(withoutRedundantParsers(client), { schema })
    const [u] = await viewed
      .insert(users)
      .values({ telegramId: 9_000_000_001, nickname: 'a', safetyAckAt: new Date('2026-03-04T05:06:07.089Z') })
      .returning()
    await viewed
      .insert(outbox)
      .values({ chatId: 9_000_000_002, method: 'copyMessage', payload: { a: [1, 'x'] } })
    const read = async (db: typeof plain) => ({
      user: await db.select().from(users).where(eq(users.id, u!.id)),
      outbox: await db.select().from(outbox).where(eq(outbox.chatId, 9_000_000_002)),
      // raw SQL: timestamps, arrays, numerics, intervals, dates, json as Drizzle hands them over
      raw: (
        await db.execute(sql`select timestamptz '2026-01-01 10:00:00+00' as t,
          array[timestamptz '2026-01-01 10:00:00+00']::timestamptz[] as ta, 1.50::numeric as n,
          array[1.5, 2]::numeric[] as na, interval '1 day' as i, date '2026-01-02' as d, '{"k":1}'::jsonb as j,
          12345678901::bigint as b, array[1,2]::int[] as ia`)
      ).rows,
      tx: await db.transaction(async (tx) => tx.select().from(users).where(eq(users.id, u!.id))),
    })
    const before = await read(plain)
    const after = await read(viewed)
    expect(after).toEqual(before)
    expect(after.user[0]?.safetyAckAt).toEqual(new Date('2026-03-04T05:06:07.089Z'))
    expect(after.outbox[0]?.payload).toEqual({ a: [1, 'x'] })
    expect(after.raw[0]).toMatchObject({
      t: '2026-01-01 10:00:00+00',
      ta: '{"2026-01-01 10:00:00+00"}',
      n: '1.50',
      na: '{1.5,2}',
      i: '1 day',
      d: '2026-01-02',
      j: { k: 1 },
      ia: [1, 2],
    })
  })

  it('when a query brings parsers of its own, then they still apply', async () => {
    const view = withoutRedundantParsers(client)
    const r = await view.query<{ n: string; t: string }>('select 1::int4 as n, now() as t', [], {
      parsers: { [types.INT4]: (v: string) => `n${v}`, [types.TIMESTAMPTZ]: () => 'custom' },
    })
    expect(r.rows[0]).toEqual({ n: 'n1', t: 'custom' })
  })
})
