import { spawn } from 'node:child_process'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, hasPostgres } from '../../test/helpers/db.js'
import type { DbHandle } from './client.js'

/** Runs a small ESM program against the real db client (through tsx) in its own process. */
function run(code: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
    })
    child.stderr.on('data', (d) => {
      out += d
    })
    child.on('exit', (exitCode) => resolve({ code: exitCode, out }))
  })
}

/**
 * A Postgres backend terminated under each kind of pool client (`pg_terminate_backend`, as a restart or a
 * failover does): in a transaction between statements, idle in the pool, and mid-query.
 */
const PROGRAM = `
  import pg from 'pg'
  import { sql } from 'drizzle-orm'
  import { createDb } from './src/db/client.ts'
  import { isTransient } from './src/errors.ts'
  const url = process.env.DB_URL
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  const errors = []
  const h = await createDb({ url, poolMax: 3, onConnectionError: (err) => errors.push(err.code ?? err.message) })
  const kill = (pid) => admin.query('select pg_terminate_backend($1)', [pid])
  const wait = (ms) => new Promise((r) => setTimeout(r, ms))
  const pidOf = async (q) => (await q.execute(sql\`select pg_backend_pid() as pid\`)).rows[0].pid

  let txErr
  try {
    await h.db.transaction(async (tx) => {
      await kill(await pidOf(tx))
      await wait(300) // the connection dies while the transaction waits (e.g. on a Bot API call)
      await tx.execute(sql\`select 1\`)
    })
  } catch (err) {
    txErr = err
  }
  console.log('in-transaction transient=' + isTransient(txErr))

  await kill(await pidOf(h.db))
  await wait(300)
  console.log('idle then query=' + (await h.db.execute(sql\`select 1 as one\`)).rows[0].one)

  let queryErr
  const running = h.db.execute(sql\`select pg_sleep(5)\`).catch((err) => { queryErr = err })
  await wait(200)
  const busy = await admin.query("select pid from pg_stat_activity where query like 'select pg_sleep(5)%'")
  await kill(busy.rows[0].pid)
  await running
  console.log('mid-query transient=' + isTransient(queryErr))

  console.log('afterwards=' + (await h.db.execute(sql\`select 1 as one\`)).rows[0].one)
  console.log('connection errors reported=' + (errors.length > 0))
  await h.close()
  await admin.end()
  console.log('survived')
`

describe.skipIf(!hasPostgres())('db client: a lost Postgres connection', () => {
  let db: DbHandle & { url?: string }
  beforeAll(async () => {
    db = await createTestDb({ kind: 'postgres' })
  })
  afterAll(async () => {
    await db.close()
  })

  it('when the backend of a client in a transaction, idle in the pool or mid-query is terminated, then the process survives and the failures are retryable', async () => {
    const { code, out } = await run(PROGRAM, { DB_URL: db.url ?? '' })
    expect(out).toContain('in-transaction transient=true')
    expect(out).toContain('idle then query=1')
    expect(out).toContain('mid-query transient=true')
    expect(out).toContain('afterwards=1')
    expect(out).toContain('connection errors reported=true')
    expect(out).toContain('survived')
    expect(code).toBe(0)
  }, 60_000)
})

describe.skipIf(!hasPostgres())('db client: a warm pool', () => {
  let db: DbHandle & { url?: string }
  beforeAll(async () => {
    db = await createTestDb({ kind: 'postgres' })
  })
  afterAll(async () => {
    await db.close()
  })

  it('when a warm pool is asked for, then its connections are open before the first statement and stay open when idle', async () => {
    const { createDb } = await import('./client.js')
    const admin = new pg.Client({ connectionString: db.url })
    await admin.connect()
    const open = async () =>
      Number(
        (
          await admin.query(
            "select count(*) from pg_stat_activity where datname = current_database() and application_name = 'warm-pool-test'",
          )
        ).rows[0].count,
      )
    const url = new URL(db.url ?? '')
    url.searchParams.set('application_name', 'warm-pool-test')
    const h = await createDb({ url: url.toString(), poolMax: 3, poolWarm: 3 })
    try {
      // a cold pool opens its first connection with the first statement; a warm one has them all already
      expect(await open()).toBe(3)
      // idle connections at or below the warm count are kept (a cold pool drops them after 10 s idle)
      const pool = (h.db as unknown as { $client: { options: { min: number } } }).$client
      expect(pool.options.min).toBe(3)
    } finally {
      await h.close()
      await admin.end()
    }
  })
})

describe.skipIf(!hasPostgres())('db client: a warm pool that cannot connect', () => {
  it('when the server refuses the warm-up connections, then createDb fails instead of leaving a half-open pool', async () => {
    const { createDb } = await import('./client.js')
    const url = new URL(process.env.TEST_DATABASE_URL ?? '')
    url.pathname = '/database_that_does_not_exist_hot14'
    await expect(createDb({ url: url.toString(), poolMax: 2, poolWarm: 2 })).rejects.toThrow(/does not exist/)
  })
})
