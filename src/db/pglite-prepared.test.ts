import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPreparedQueries } from './pglite-prepared.js'

let client: PGlite
beforeAll(async () => {
  client = await PGlite.create('memory://')
  await client.exec(`create table t (id int primary key, name text, at timestamptz, n bigint, j jsonb)`)
})
afterAll(async () => {
  await client.close()
})

const kept = async () =>
  (await client.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements')).rows[0]!.n

describe('prepared queries', () => {
  it('when a statement runs again, then it runs as the kept statement and returns what query returns', async () => {
    const p = createPreparedQueries(client)
    const before = await kept()
    const insert = 'insert into t (id, name, at, n, j) values ($1, $2, $3, $4, $5) returning *'
    const at = new Date('2026-01-02T03:04:05Z')
    const a = await p.query(insert, [1, 'a', at, 10n, { x: [1, 'y'] }])
    const b = await p.query(insert, [2, null, null, null, null])
    expect(p.size).toBe(1)
    expect(await kept()).toBe(before + 1)
    expect(a.rows).toEqual([{ id: 1, name: 'a', at, n: 10, j: { x: [1, 'y'] } }])
    expect(b.rows).toEqual([{ id: 2, name: null, at: null, n: null, j: null }])
    const select = 'select id, name from t where id = any($1) order by id'
    const viaQuery = await client.query(select, [[1, 2]], { rowMode: 'array' })
    const viaKept = await p.query(select, [[1, 2]], { rowMode: 'array' })
    expect(viaKept.rows).toEqual(viaQuery.rows)
    expect(viaKept.fields).toEqual(viaQuery.fields)
    const upd = await p.query('update t set name = $1 where id > $2', ['z', 0])
    expect(upd.affectedRows).toBe(2)
  })

  it('when a statement fails, then it rejects with the database error and the next one runs', async () => {
    const p = createPreparedQueries(client)
    const insert = 'insert into t (id) values ($1)'
    await p.query(insert, [3])
    const err = await p.query(insert, [3]).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: '23505', constraint: 't_pkey', query: insert })
    // the bound values may be message text: never attached to the error
    expect(err).not.toHaveProperty('params')
    await expect(p.query('select nope from t', [])).rejects.toMatchObject({ code: '42703' })
    expect((await p.query<{ id: number }>('select id from t where id = $1', [3])).rows).toEqual([{ id: 3 }])
  })

  it('when run in a transaction that rolls back, then its changes are gone and kept statements still work', async () => {
    const p = createPreparedQueries(client)
    const insert = 'insert into t (id) values ($1)'
    await expect(
      client.transaction(async (tx) => {
        await p.queryInTransaction(tx.query.bind(tx), insert, [40])
        await p.queryInTransaction(tx.query.bind(tx), insert, [40])
      }),
    ).rejects.toMatchObject({ code: '23505' })
    expect((await p.query('select id from t where id = $1', [40])).rows).toEqual([])
    await client.transaction(async (tx) => {
      await p.queryInTransaction(tx.query.bind(tx), insert, [41])
    })
    expect((await p.query('select id from t where id = $1', [41])).rows).toEqual([{ id: 41 }])
  })

  it('when the schema changes through a statement that is not kept, then kept ones are forgotten and see the new columns', async () => {
    const p = createPreparedQueries(client)
    const all = 'select * from t where id = $1'
    expect(Object.keys((await p.query<object>(all, [1])).rows[0]!)).not.toContain('extra')
    await p.query('alter table t add column extra int')
    expect(p.size).toBe(0)
    expect((await p.query<{ extra: null }>(all, [1])).rows[0]!.extra).toBeNull()
  })

  it('when more texts than its limit were run, then the least recently used are closed in the database', async () => {
    const p = createPreparedQueries(client, { max: 3 })
    const before = await kept()
    for (let i = 0; i < 10; i++) await p.query(`select $1::int + ${i} as v`, [1])
    expect(p.size).toBe(3)
    // the closes ride along with the next statement
    await p.query('select $1::int + 0 as v', [1])
    expect(await kept()).toBeLessThanOrEqual(before + 3)
  })
})
