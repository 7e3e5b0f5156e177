import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import pg from 'pg'
import * as schema from './schema/index.js'

export type Schema = typeof schema
/** Both drivers expose the same query builder; we type against node-postgres. */
export type Db = NodePgDatabase<Schema>

export type DbHandle = {
  db: Db
  kind: 'postgres' | 'pglite'
  /** Cheap liveness probe for /health/db. */
  ping(): Promise<void>
  close(): Promise<void>
}

/**
 * Opens Postgres when a URL is given, otherwise embedded PGlite (a directory, or `memory://`).
 */
export async function createDb(opts: {
  url?: string
  pgliteDir?: string
  poolMax?: number
  /** A pooled connection died (restart, failover, `pg_terminate_backend`): for a log line, never a crash. */
  onConnectionError?: (err: Error & { code?: string }) => void
}): Promise<DbHandle> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolMax ?? 10 })
    const report = (err: Error) => opts.onConnectionError?.(err)
    // An idle client erroring is emitted on the pool (the pool drops the client).
    pool.on('error', report)
    // A client that is checked out — in a transaction between statements, say — has no listener of the
    // pool's: its 'error' event would be unhandled and take the process down. Every client gets one for
    // its whole life; the statement in progress or the next one then fails (a retryable error, see
    // errors.ts) and the pool discards the broken client when it is released.
    pool.on('connect', (client) => {
      client.on('error', report)
    })
    const db = drizzlePg(pool, { schema })
    return {
      db,
      kind: 'postgres',
      async ping() {
        await pool.query('select 1')
      },
      async close() {
        await pool.end()
      },
    }
  }
  const dir = opts.pgliteDir ?? 'memory://'
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true })
  const client = await PGlite.create(dir)
  const db = drizzlePglite(client, { schema }) as unknown as Db
  return {
    db,
    kind: 'pglite',
    async ping() {
      await client.query('select 1')
    },
    async close() {
      await client.close()
    },
  }
}
