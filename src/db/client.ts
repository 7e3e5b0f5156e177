import type { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import pg from 'pg'
import { createIdleGc } from './idle-gc.js'
import { openPglite, withoutRedundantParsers } from './pglite.js'
import { createPgliteMaintenance } from './pglite-maintenance.js'
import { openPgliteWorker } from './pglite-worker.js'
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
  /** Set when migrations run elsewhere than through `db` (PGlite in a worker thread: inside the worker). */
  migrate?(): Promise<void>
  /**
   * PGlite: the work start-up would otherwise leave to the first minute after it, done now — for the end of
   * start-up, before the process reports ready: a housekeeping pass (VACUUM/ANALYZE of what start-up and
   * the time since the last run changed) and the collection of start-up's garbage (idle-gc.ts). Never
   * throws: a failed pass goes to `onMaintenanceError` and the timer's passes try again.
   */
  settle?(): Promise<void>
}

/**
 * Opens Postgres when a URL is given, otherwise embedded PGlite (a directory, or `memory://`): started with
 * settings for a sandbox or a small bot, and with the housekeeping single-user Postgres lacks (VACUUM, ANALYZE,
 * CHECKPOINT; see pglite.ts and pglite-maintenance.ts).
 */
export async function createDb(opts: {
  url?: string
  pgliteDir?: string
  /** PGlite in a worker thread (see pglite-worker.ts) instead of on the main thread's event loop. */
  pgliteWorker?: boolean
  poolMax?: number
  /**
   * Connections opened now and kept open while idle (the pool's floor). A cold pool opens a connection
   * only when every open one is busy and drops idle ones after 10 s, so the first burst after a quiet
   * moment waited in the webhook for new backends (measured 11 connections opened in one 6 s bench run,
   * p50 150 ms each on the loaded 2-core machine, issue #14). Unset: a cold pool (tests, tools).
   */
  poolWarm?: number
  /** A pooled connection died (restart, failover, `pg_terminate_backend`): for a log line, never a crash. */
  onConnectionError?: (err: Error & { code?: string }) => void
  /** PGlite's periodic VACUUM/ANALYZE/CHECKPOINT failed (logged; the next pass tries again). */
  onMaintenanceError?: (err: unknown) => void
}): Promise<DbHandle> {
  if (opts.url) {
    const max = opts.poolMax ?? 10
    const warm = Math.min(opts.poolWarm ?? 0, max)
    const pool = new pg.Pool({ connectionString: opts.url, max, min: warm })
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
    if (warm > 0) {
      // all at once (each is a new backend), then back to the pool, idle; a failure leaves nothing open
      const opened = await Promise.allSettled(Array.from({ length: warm }, () => pool.connect()))
      for (const r of opened) if (r.status === 'fulfilled') r.value.release()
      const failed = opened.find((r) => r.status === 'rejected')
      if (failed) {
        await pool.end()
        throw failed.reason
      }
    }
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
  // a long-lived bot or sandbox (a database on disk) gives idle memory back; tests (memory://) need not
  const idleGc = dir.startsWith('memory://') ? undefined : createIdleGc()
  if (opts.pgliteWorker) {
    const worker = await openPgliteWorker(dir, {
      onMaintenanceError: opts.onMaintenanceError,
    })
    idleGc?.start()
    // drizzle-orm/pglite only calls query/exec/transaction: the worker client is a structural stand-in
    const db = drizzlePglite(worker as unknown as PGlite, { schema }) as unknown as Db
    return {
      db,
      kind: 'pglite',
      async ping() {
        await worker.query('select 1')
      },
      async close() {
        idleGc?.stop()
        await worker.close()
      },
      migrate: worker.migrate,
      // the worker thread keeps its own housekeeping; this thread's heap holds the app's start-up
      async settle() {
        idleGc?.collectNow()
      },
    }
  }
  const client = await openPglite(dir)
  idleGc?.start()
  const db = drizzlePglite(withoutRedundantParsers(client), { schema }) as unknown as Db
  const maintenance = createPgliteMaintenance(client, { onError: opts.onMaintenanceError })
  maintenance.start()
  return {
    db,
    kind: 'pglite',
    async ping() {
      await client.query('select 1')
    },
    async settle() {
      try {
        await maintenance.runOnce()
      } catch (err) {
        opts.onMaintenanceError?.(err)
      }
      idleGc?.collectNow()
    },
    async close() {
      idleGc?.stop()
      await maintenance.stop()
      await client.close()
    },
  }
}
