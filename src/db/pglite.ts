import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { PGlite, type QueryOptions, type Transaction, types } from '@electric-sql/pglite'
import { initPgliteDir } from './pglite-initdb.js'
import { preparedQueriesOf } from './pglite-prepared.js'

/**
 * Start parameters of the embedded database: PGlite's own (single-user mode, fsync off, no parallel workers)
 * plus settings sized for a sandbox or a small bot. Measured with `npx tsx bench/pglite.ts` and
 * `npm run bench:webhook` (figures in the README):
 * - shared_buffers 8MB (Postgres' default 128MB lives in the WebAssembly heap, and PGlite touches all of it at
 *   start: ~100 MiB of RSS a sandbox's few-MB database never needs; 16 → 8MB measured −8 MiB idle, CPU per message
 *   unchanged; a page not in the buffers is a read from the data file, in the OS cache);
 * - full_page_writes off: fsync is already off (`-F`), so torn-page protection buys nothing here, and with it
 *   the first change of every page after each checkpoint would write the whole 8 kB page into the WAL;
 * - min_wal_size 32MB: WAL segments kept for reuse after a checkpoint (default 80MB);
 * - max_connections 4, autovacuum_worker_slots 1, max_wal_senders 0, max_replication_slots 0: single-user
 *   Postgres runs one backend, no autovacuum workers and no replication, but sizes its shared memory (lock and
 *   predicate-lock tables, PGPROC slots, activity buffers: ~21 kB each) for 128 backend slots by default — 2.6
 *   MiB that initialisation touches (PGlite's resident WebAssembly memory −4 MiB at idle, measured). The lock
 *   table shrinks with the slots, so max_locks_per_transaction 128 (default 64) keeps room for one large
 *   transaction: all migrations in one hold ~350 locks; 3,384 `create table`s in one transaction fit.
 */
export const PGLITE_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams,
  '-c',
  'shared_buffers=8MB',
  '-c',
  'full_page_writes=off',
  '-c',
  'min_wal_size=32MB',
  '-c',
  'max_connections=4',
  '-c',
  'autovacuum_worker_slots=1',
  '-c',
  'max_wal_senders=0',
  '-c',
  'max_replication_slots=0',
  '-c',
  'max_locks_per_transaction=128',
]

/**
 * Types Drizzle reads as raw strings and parses itself (drizzle-orm/pglite passes these parsers with every
 * query). Set once on the instance instead: see `withoutRedundantParsers`.
 */
const RAW_TYPES = [
  types.TIMESTAMP,
  types.TIMESTAMPTZ,
  types.INTERVAL,
  types.DATE,
  1231, // numeric[]
  1115, // timestamp[]
  1185, // timestamptz[]
  1187, // interval[]
  1182, // date[]
]
const raw = (value: string) => value
const RAW_PARSERS = Object.fromEntries(RAW_TYPES.map((oid) => [oid, raw]))
const RAW_SET = new Set(RAW_TYPES)
const PROBE = '2026-01-01 00:00:00+00'

/** True when `parsers` only maps Drizzle's raw types to the identity, i.e. equals the instance's own. */
export function isRawOnly(parsers: NonNullable<QueryOptions['parsers']>): boolean {
  for (const [oid, parse] of Object.entries(parsers))
    if (!RAW_SET.has(Number(oid)) || parse(PROBE, Number(oid)) !== PROBE) return false
  return true
}

const slim = (options?: QueryOptions): QueryOptions | undefined => {
  if (!options?.parsers || !isRawOnly(options.parsers)) return options
  const { parsers: _same, ...rest } = options
  return rest
}

/**
 * The view of PGlite Drizzle is given. PGlite merges per-query `parsers` into its full parser table (a few
 * hundred entries: every type and its array type) on every query; Drizzle passes its raw-string parsers with
 * every query. The instance is created with those parsers as its defaults, and this view drops them again from
 * each query (and from each query of a transaction) when they are exactly Drizzle's identity ones — the rows
 * parse the same (measured: −22 % CPU per relayed message on PGlite, `bench/pglite.ts`). Statements then run as
 * server-side prepared statements kept by text (`pglite-prepared.ts`); `exec` (DDL, scripts) forgets them.
 */
export function withoutRedundantParsers(client: PGlite): PGlite {
  const prepared = preparedQueriesOf(client)
  const txView = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'query')
          return (query: string, params?: unknown[], options?: QueryOptions) =>
            prepared.queryInTransaction(target.query.bind(target), query, params, slim(options))
        if (prop === 'exec')
          return (query: string, options?: QueryOptions) => {
            prepared.forget()
            return target.exec(query, options)
          }
        return Reflect.get(target, prop, receiver)
      },
    })
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'query')
        return (query: string, params?: unknown[], options?: QueryOptions) =>
          prepared.query(query, params, slim(options))
      if (prop === 'exec')
        return (query: string, options?: QueryOptions) => {
          prepared.forget()
          return target.exec(query, options)
        }
      if (prop === 'transaction')
        return <T>(fn: (tx: Transaction) => Promise<T>) => target.transaction((tx) => fn(txView(tx)))
      const value = Reflect.get(target, prop, target)
      // PGlite's methods use private fields: they must run on the instance itself
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/**
 * A directory that holds no database yet is created by initdb in a child process (`pglite-initdb.ts`): run in
 * this process, initdb's second, temporary instance left ~30–40 MiB of freed memory resident for good. Called by
 * `openPglite`, and on the main thread before PGlite's worker thread starts (a worker's bundled code cannot
 * resolve the package for the child). `memory://` and an existing database: nothing to do.
 */
export async function preparePgliteDir(dir: string): Promise<void> {
  if (dir.startsWith('memory://') || existsSync(join(dir, 'PG_VERSION'))) return
  mkdirSync(dir, { recursive: true })
  await initPgliteDir(dir, PGLITE_START_PARAMS)
}

/** Opens embedded PGlite in `dir` (a directory, or `memory://`; a new directory: see `preparePgliteDir`). */
export async function openPglite(dir: string): Promise<PGlite> {
  if (!dir.startsWith('memory://')) optimizeWasmOnly()
  await preparePgliteDir(dir)
  const client = await PGlite.create(dir, {
    startParams: [...PGLITE_START_PARAMS],
    parsers: RAW_PARSERS,
  })
  // array types get PGlite's array parsers at start-up (over the options): Drizzle wants those raw as well
  for (const oid of RAW_TYPES) client.parsers[oid] = raw
  return client
}

/**
 * PGlite's WebAssembly module (9 MB) is compiled with V8's optimizing compiler only (`--no-liftoff`), not first
 * with the baseline compiler and then again, function by function, as they get hot (V8's default). The two
 * tiers compiling side by side on V8's background threads leave ~100 MiB of freed compiler memory in glibc's
 * per-thread arenas, resident for good; the optimized code alone is what runs anyway. Measured on an idle bot
 * from dist/ (README *Embedded PGlite*): RSS 407 → 298–304 MiB; CPU per statement ~20 % lower (the baseline
 * tier is slower, and the tier-up compiles would otherwise run in the middle of the traffic).
 * The price is start-up: ~15 % more CPU to open (1.2–1.4 s more on the loaded dev machine), so only a database
 * on disk — a bot or the sandbox, long-lived — gets it; `memory://` (tests, short-lived) keeps V8's default.
 * V8 reads the flag when a module is compiled: it must be set before that PGlite is created (flags are
 * process-wide: a later in-memory instance of the same process compiles the same way), and it only affects
 * WebAssembly.
 */
function optimizeWasmOnly() {
  setFlagsFromString('--no-liftoff')
}
