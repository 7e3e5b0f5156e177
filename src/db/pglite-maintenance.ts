import type { PGlite } from '@electric-sql/pglite'

export type PgliteMaintenanceOptions = {
  /** How often to look (default 60 s). */
  intervalMs?: number
  /** WAL written since the last checkpoint that triggers one (default 32 MiB). */
  checkpointAfterBytes?: number
  onError?: (err: unknown) => void
}

type TableStats = { relname: string; n_live_tup: number; n_dead_tup: number; n_mod_since_analyze: number }

/**
 * The housekeeping a Postgres server's background processes do, for embedded PGlite. PGlite runs Postgres in
 * single-user mode: there is no autovacuum launcher and no checkpointer, and a standalone backend never
 * requests a checkpoint for WAL volume — so, left alone, the WAL grows by every change until the next start
 * (on disk, or in memory for `memory://`), dead rows of updated and purged tables (outbox, sessions) are never
 * reclaimed, and the planner never gets statistics. Each pass:
 * - VACUUM (ANALYZE) a table whose dead rows pass autovacuum's default threshold (50 + 20 % of live rows),
 *   ANALYZE one whose changes pass autoanalyze's (50 + 10 %);
 * - CHECKPOINT once `checkpointAfterBytes` of WAL were written since the last one (old segments are then
 *   recycled or removed).
 * Passes run through PGlite's query lock like any query; on a sandbox-sized database they take milliseconds.
 */
export function createPgliteMaintenance(client: PGlite, opts: PgliteMaintenanceOptions = {}) {
  const intervalMs = opts.intervalMs ?? 60_000
  const checkpointAfter = opts.checkpointAfterBytes ?? 32 * 1024 * 1024
  let timer: NodeJS.Timeout | undefined
  let current: Promise<unknown> | undefined

  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

  async function runOnce() {
    const done = { vacuumed: [] as string[], analyzed: [] as string[], checkpoint: false }
    const { rows } = await client.query<TableStats>(
      `select relname, n_live_tup::int, n_dead_tup::int, n_mod_since_analyze::int
         from pg_stat_user_tables where schemaname = 'public'`,
    )
    for (const t of rows) {
      if (t.n_dead_tup > 50 + 0.2 * t.n_live_tup) {
        await client.exec(`vacuum (analyze) ${quote(t.relname)}`)
        done.vacuumed.push(t.relname)
      } else if (t.n_mod_since_analyze > 50 + 0.1 * t.n_live_tup) {
        await client.exec(`analyze ${quote(t.relname)}`)
        done.analyzed.push(t.relname)
      }
    }
    const wal = await client.query<{ since: string }>(
      'select pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::text as since from pg_control_checkpoint()',
    )
    if (Number(wal.rows[0]?.since ?? 0) >= checkpointAfter) {
      await client.exec('checkpoint')
      done.checkpoint = true
    }
    return done
  }

  const tick = () => {
    current = runOnce()
      .catch((err) => opts.onError?.(err))
      .finally(() => {
        current = undefined
      })
  }

  return {
    /** One pass now; what it did (tests, tooling). */
    runOnce,
    start() {
      if (timer) return
      timer = setInterval(tick, intervalMs)
      timer.unref()
    },
    /** Stops the timer and waits for a pass in progress (before the database closes). */
    async stop() {
      clearInterval(timer)
      timer = undefined
      await current
    },
  }
}

export type PgliteMaintenance = ReturnType<typeof createPgliteMaintenance>
