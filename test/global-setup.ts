import { Redis } from 'ioredis'
import pg from 'pg'
import { createTemplateDb } from './helpers/db.js'

/**
 * Runs once before the suite: integration tests need real Postgres and Redis. In CI a missing
 * service fails the run (never a silent skip); locally Postgres falls back to in-memory PGlite.
 * With Postgres, the test databases are copies of one migrated template made here (dropped at the end).
 */
export default async function setup() {
  const ci = process.env.CI === 'true'
  const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 })
  try {
    await c.connect()
    await c.query('select 1')
    process.env.TEST_DATABASE_URL = pgUrl
    // throw-away databases (`t_<base36 ms>_<hex>`, see helpers/db.ts) left by killed runs: drop those over an hour old
    const stale = await c.query<{ datname: string }>(
      `select datname from pg_database where datname ~ '^t_[0-9a-z]+_[0-9a-f]+$'`,
    )
    for (const { datname } of stale.rows) {
      const created = Number.parseInt(datname.split('_')[1] ?? '', 36)
      if (Date.now() - created > 3_600_000) await c.query(`drop database if exists "${datname}" with (force)`)
    }
  } catch (err) {
    if (ci)
      throw new Error(
        `CI: PostgreSQL is required for integration tests (${pgUrl}): ${(err as Error).message}`,
      )
    console.warn(`PostgreSQL not reachable at ${pgUrl}; database tests use in-memory PGlite`)
    delete process.env.TEST_DATABASE_URL
  } finally {
    await c.end().catch(() => {})
  }
  let template: string | undefined
  if (process.env.TEST_DATABASE_URL) {
    // workers are started after this and inherit the environment
    template = await createTemplateDb(process.env.TEST_DATABASE_URL)
    process.env.TEST_DATABASE_TEMPLATE = template
  }
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
  const r = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    retryStrategy: () => null,
  })
  try {
    await r.connect()
    await r.ping()
    process.env.REDIS_URL = redisUrl
  } catch (err) {
    throw new Error(`Redis is required for integration tests (${redisUrl}): ${(err as Error).message}`)
  } finally {
    r.disconnect()
  }
  return async function teardown() {
    const url = process.env.TEST_DATABASE_URL
    if (!template || !url) return
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    await c.query(`drop database if exists "${template}" with (force)`).catch(() => {})
    await c.end().catch(() => {})
  }
}
