import type { PGlite } from '@electric-sql/pglite'
import { createBusyMeter } from './busy-meter.js'

export type PgliteMaintenanceOptions = {
  /** How often to look (default 60 s). */
  intervalMs?: number
  /** WAL written since the last checkpoint that triggers one (default 32 MiB). */
  checkpointAfterBytes?: number
  /**
   * A timer's pass runs each VACUUM, ANALYZE and CHECKPOINT at a quiet moment: when the thread used no more
   * than this share of the last `quietProbeMs` (default 0.05, i.e. 50 ms/s; an idle bot uses 5–7 ms/s, one
   * relayed message on PGlite 2–3 ms).
   */
  maxBusy?: number
  /** The window a waiting step looks at before it runs (default 1 s). */
  quietProbeMs?: number
  /**
   * How long a timer's pass waits for quiet moments at most, from its start (default 5 min); then its remaining
   * steps run anyway, so steady traffic delays housekeeping but never starves it.
   */
  maxDeferMs?: number
  /** The thread's busy share since the previous call (0…1); default its CPU time (busy-meter.ts). Tests inject it. */
  busyShare?: () => number
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
 * Passes run through PGlite's query lock like any query; on a sandbox-sized database they take milliseconds, but
 * each statement holds the one thread: after a burst (3,000 relayed messages) a pass took 132 ms, and a webhook
 * answered meanwhile waited for it (bench/webhook.ts: PGlite's p99 at 100/s 124 ms in the step it fell into,
 * 5–13 ms otherwise; README round 21). So a timer's pass runs each step at a quiet moment (`maxBusy`), waiting
 * at most `maxDeferMs`; `runOnce` (start-up's settle, tests) runs at once.
 */
export function createPgliteMaintenance(client: PGlite, opts: PgliteMaintenanceOptions = {}) {
  const intervalMs = opts.intervalMs ?? 60_000
  const checkpointAfter = opts.checkpointAfterBytes ?? 32 * 1024 * 1024
  const maxBusy = opts.maxBusy ?? 0.05
  const probeMs = opts.quietProbeMs ?? 1000
  const maxDeferMs = opts.maxDeferMs ?? 5 * 60_000
  const busyShare = opts.busyShare ?? createBusyMeter()
  let timer: NodeJS.Timeout | undefined
  let current: Promise<unknown> | undefined
  let stopping = false
  let wake: (() => void) | undefined

  /** Waits for a window of `probeMs` in which the thread was quiet, or for `deadline`; false when stopping. */
  async function quietMoment(deadline: number): Promise<boolean> {
    for (;;) {
      if (stopping) return false
      busyShare()
      await new Promise<void>((resolve) => {
        wake = resolve
        setTimeout(resolve, probeMs).unref()
      })
      wake = undefined
      if (stopping) return false
      if (busyShare() <= maxBusy || Date.now() >= deadline) return true
    }
  }

  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

  /** One pass; `deadline` set: each step waits for a quiet moment until then (a timer's pass). */
  async function pass(deadline?: number) {
    const done = { vacuumed: [] as string[], analyzed: [] as string[], checkpoint: false }
    const ready = async () => deadline === undefined || (await quietMoment(deadline))
    const { rows } = await client.query<TableStats>(
      `select relname, n_live_tup::int, n_dead_tup::int, n_mod_since_analyze::int
         from pg_stat_user_tables where schemaname = 'public'`,
    )
    for (const t of rows) {
      if (t.n_dead_tup > 50 + 0.2 * t.n_live_tup) {
        if (!(await ready())) return done
        await client.exec(`vacuum (analyze) ${quote(t.relname)}`)
        done.vacuumed.push(t.relname)
      } else if (t.n_mod_since_analyze > 50 + 0.1 * t.n_live_tup) {
        if (!(await ready())) return done
        await client.exec(`analyze ${quote(t.relname)}`)
        done.analyzed.push(t.relname)
      }
    }
    const wal = await client.query<{ since: string }>(
      'select pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::text as since from pg_control_checkpoint()',
    )
    if (Number(wal.rows[0]?.since ?? 0) >= checkpointAfter) {
      if (!(await ready())) return done
      await client.exec('checkpoint')
      done.checkpoint = true
    }
    return done
  }

  const tick = () => {
    if (current) return // a pass still waiting for quiet moments
    current = pass(Date.now() + maxDeferMs)
      .catch((err) => opts.onError?.(err))
      .finally(() => {
        current = undefined
      })
  }

  return {
    /** One pass now, without waiting for quiet moments; what it did (start-up's settle, tests, tooling). */
    runOnce: () => pass(),
    start() {
      if (timer) return
      stopping = false
      timer = setInterval(tick, intervalMs)
      timer.unref()
    },
    /**
     * Stops the timer and waits for a pass in progress (before the database closes); a pass waiting for a quiet
     * moment ends there, its remaining steps left to the next start.
     */
    async stop() {
      clearInterval(timer)
      timer = undefined
      stopping = true
      wake?.()
      await current
    },
  }
}

export type PgliteMaintenance = ReturnType<typeof createPgliteMaintenance>
