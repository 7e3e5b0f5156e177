import { Redis } from 'ioredis'
import pg from 'pg'

/**
 * Runs once before the suite: integration tests need real Postgres and Redis. In CI a missing
 * service fails the run (never a silent skip); locally Postgres falls back to in-memory PGlite.
 */
export default async function setup() {
  const ci = process.env.CI === 'true'
  const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 })
  try {
    await c.connect()
    await c.query('select 1')
    process.env.TEST_DATABASE_URL = pgUrl
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
}
