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
}): Promise<DbHandle> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolMax ?? 10 })
    // An idle client erroring (server restart) must not crash the process; queries will surface it.
    pool.on('error', () => {})
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
