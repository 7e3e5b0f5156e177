import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type DbHandle } from './client.js'
import { runMigrations } from './migrate.js'
import { openPgliteWorker, type PgliteWorkerClient, PgliteWorkerExitedError } from './pglite-worker.js'
import { users } from './schema/index.js'

describe('PGlite in a worker thread', () => {
  let client: PgliteWorkerClient

  beforeAll(async () => {
    client = await openPgliteWorker('memory://')
    await client.exec(`
      create table t (id serial primary key, name text unique not null, n int8, price numeric, at timestamptz,
        ok boolean, data jsonb, bin bytea, tags text[]);
      create table d (k int unique deferrable initially deferred)`)
  }, 60_000)
  afterAll(async () => {
    await client?.close()
  })

  it('when a query has parameters, then the values round-trip with their types', async () => {
    const r = await client.query<Record<string, unknown>>(
      `insert into t (name, n, price, at, ok, data, bin, tags) values ($1, $2, $3, $4, $5, $6, $7, $8)
       returning name, n, price, at, ok, data, bin, tags`,
      [
        'типы',
        '9007199254740993',
        '12.50',
        '2026-11-27T10:00:00Z',
        true,
        { a: [1, 'б'] },
        new Uint8Array([0, 255]),
        ['x', 'y'],
      ],
    )
    expect(r.rows).toEqual([
      {
        name: 'типы',
        n: 9007199254740993n,
        price: '12.50',
        // raw, as Drizzle wants timestamps (it parses them itself)
        at: '2026-11-27 10:00:00+00',
        ok: true,
        data: { a: [1, 'б'] },
        bin: new Uint8Array([0, 255]),
        tags: ['x', 'y'],
      },
    ])
    expect(r.affectedRows).toBe(1)
    expect(r.fields.map((f) => f.name)).toEqual(['name', 'n', 'price', 'at', 'ok', 'data', 'bin', 'tags'])
    const arr = await client.query('select $1::int + 1 as x, $2::text as y', [41, 'z'], { rowMode: 'array' })
    expect(arr.rows).toEqual([[42, 'z']])
  })

  it('when a transaction resolves, then it commits; when it throws, then it rolls back', async () => {
    await client.transaction(async (tx) => {
      await tx.query('insert into t (name) values ($1)', ['committed'])
    })
    await expect(
      client.transaction(async (tx) => {
        await tx.query('insert into t (name) values ($1)', ['rolled back'])
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    const r = await client.query<{ name: string }>(
      `select name from t where name in ('committed', 'rolled back') order by name`,
    )
    expect(r.rows).toEqual([{ name: 'committed' }])
  })

  it('when a statement violates a constraint, then the error keeps code, detail, constraint and table', async () => {
    await client.query('insert into t (name) values ($1)', ['dup'])
    const err = await client.query('insert into t (name) values ($1)', ['dup']).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err).toMatchObject({
      code: '23505',
      constraint: 't_name_key',
      table: 't',
      detail: 'Key (name)=(dup) already exists.',
      message: expect.stringContaining('duplicate key value violates unique constraint'),
    })
    // the bound parameters (possibly message text) do not cross the thread
    expect(err).not.toHaveProperty('params')
  })

  it('when COMMIT itself fails (a deferred constraint), then the transaction rejects with the database error', async () => {
    const err = await client
      .transaction(async (tx) => {
        await tx.query('insert into d values (1), (1)')
      })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ code: '23505' })
    expect((await client.query('select count(*)::int as c from d')).rows).toEqual([{ c: 0 }])
  })

  it('when queries and another transaction arrive during a transaction, then they wait for it to end', async () => {
    const order: string[] = []
    let outside: Promise<unknown> | undefined
    let second: Promise<unknown> | undefined
    await client.transaction(async (tx) => {
      await tx.query('insert into t (name) values ($1)', ['in tx'])
      outside = client
        .query<{ c: number }>(`select count(*)::int as c from t where name = 'in tx'`)
        .then((r) => order.push(`outside saw ${r.rows[0]?.c}`))
      second = client.transaction(async (tx2) => {
        order.push('second began')
        await tx2.query('select 1')
      })
      // give the waiting statements every chance to overtake (they must not)
      for (let i = 0; i < 5; i++) await tx.query('select pg_sleep(0.01)')
      order.push('first commits')
    })
    await Promise.all([outside, second])
    expect(order[0]).toBe('first commits')
    expect(order).toContain('outside saw 1')
    expect(order).toContain('second began')
  })

  it('when closed, then the thread exits and later statements fail', async () => {
    const other = await openPgliteWorker('memory://')
    expect((await other.query('select 1 as one')).rows).toEqual([{ one: 1 }])
    await other.close()
    await expect(other.query('select 1')).rejects.toBeInstanceOf(PgliteWorkerExitedError)
  })
})

describe('createDb with pgliteWorker', () => {
  let h: DbHandle

  beforeAll(async () => {
    h = await createDb({ pgliteDir: 'memory://', pgliteWorker: true })
    await runMigrations(h)
  }, 60_000)
  afterAll(async () => {
    await h?.close()
  })

  it('when migrated in the worker, then Drizzle reads and writes rows with Dates, and unique violations keep 23505', async () => {
    await h.ping()
    const [u] = await h.db.insert(users).values({ telegramId: 424242 }).returning()
    expect(u?.createdAt).toBeInstanceOf(Date)
    const [again] = await h.db.select().from(users).where(eq(users.telegramId, 424242))
    expect(again?.id).toBe(u?.id)
    const err = await h.db
      .insert(users)
      .values({ telegramId: 424242 })
      .catch((e: unknown) => e)
    // Drizzle wraps driver errors; the driver's error is the cause, with its code
    expect((err as { cause?: { code?: string } }).cause?.code).toBe('23505')
  })

  it('when a Drizzle transaction rolls back, then nothing of it stays', async () => {
    await h.db
      .transaction(async (tx) => {
        await tx.insert(users).values({ telegramId: 515151 })
        tx.rollback()
      })
      .catch(() => {})
    const n = await h.db.execute(sql`select count(*)::int as c from users where telegram_id = 515151`)
    expect(n.rows).toEqual([{ c: 0 }])
  })
})
