/**
 * Hot path of a relayed message (issue #14): `npx tsx bench/hotpath.ts` (needs Redis; Postgres via
 * TEST_DATABASE_URL, default the local test server; BENCH_DB=pglite for PGlite).
 *
 * Feeds N text messages of users in active chats straight into the bot (`bot.handleUpdate`, the function
 * the webhook calls; no HTTP, no emulator in the measured part) with the outbox dispatcher stopped, so only
 * accepting a message is measured: de-duplication, user lookup, rate limit/backlog, prompts, relay
 * transaction, "handled" marker. Prints per message:
 * - SQL statements and Redis round trips (process-wide totals over the run, test/helpers/round-trips.ts;
 *   the app's background loops — match worker, sweepers — add a little);
 * - app CPU (process.cpuUsage, user + system);
 * - Postgres active time (pg_stat_database.active_time of the bench's own database: wall time its backends
 *   spent executing statements) and, when the server runs on this machine, the CPU time of the bench
 *   database's backends (/proc/<pid>/stat, as bench:webhook measures them; includes their WAL writes and
 *   commit flushes, not the shared walwriter's).
 * - young/old-generation GCs per 1000 messages (perf_hooks 'gc' entries);
 * - with BENCH_HEAP_PROFILE=<file>: a V8 sampling heap profile of the measured run (allocation per call site;
 *   read it in Chrome DevTools, or sum `selfSize` per frame), with BENCH_CPU_PROFILE=<file> a CPU profile.
 * - with BENCH_PERF_CTL=<fifo>: writes `enable` / `disable` there around the measured run, for
 *   `perf record --control=fifo:<fifo> -D -1 -e cpu-clock` (CPU-time samples, kernel included, of the measured
 *   part only; V8's own profile samples wall time, so on a loaded machine a socket write that wakes the
 *   receiver is charged with the time the bot waited to be scheduled again). Run node with
 *   `--perf-basic-prof-only-functions --interpreted-frames-native-stack` to name JavaScript frames.
 * Env: BENCH_PAIRS (200), BENCH_MESSAGES (4000), BENCH_CONCURRENCY (8), BENCH_WARMUP (400).
 */

import { appendFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import { constants, PerformanceObserver } from 'node:perf_hooks'
import { sql } from 'drizzle-orm'
import type { Update } from 'grammy/types'
import pg from 'pg'
import { seedSession } from '../src/modules/chat/test-fixtures.js'
import { startTestApp } from '../test/helpers/app.js'
import { countAll } from '../test/helpers/round-trips.js'
import { createBackendMeter } from './webhook/procs.js'

if (process.env.BENCH_DB === 'pglite') delete process.env.TEST_DATABASE_URL
else process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test'
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379'

const num = (name: string, def: number) => Number(process.env[name] ?? def)
const PAIRS = num('BENCH_PAIRS', 200)
const MESSAGES = num('BENCH_MESSAGES', 4000)
const CONCURRENCY = num('BENCH_CONCURRENCY', 8)
const WARMUP = num('BENCH_WARMUP', 400)

const h = await startTestApp({
  env: { RATE_LIMIT_CHAT_BACKLOG: '100000', RATE_LIMIT_PER_MIN: '60', LOG_LEVEL: 'silent' },
})
await h.app.services.outbox.stop()
const bot = h.app.bot
const senders: number[] = []
for (let i = 0; i < PAIRS; i++) {
  const a = 900_000_000 + 2 * i
  await seedSession(h.db.db, { telegramId: a, nickname: `a${i}` }, { telegramId: a + 1, nickname: `b${i}` })
  senders.push(a)
}
// opened long ago: the sweeper's reconcile (matches settled in the last 10 minutes) must not replay their
// "chat started" notices in the middle of the measurement
await h.db.db.execute(sql`update matches set updated_at = now() - interval '1 day'`)

let updateId = 1_000_000
let messageId = 1
const update = (from: number): Update =>
  ({
    update_id: ++updateId,
    message: {
      message_id: ++messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from, type: 'private', first_name: 'A' },
      from: { id: from, is_bot: false, first_name: 'A' },
      text: `message ${messageId}, nothing special in it`,
    },
  }) as Update

async function run(n: number) {
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < n) {
        const i = next++
        await bot.handleUpdate(update(senders[i % senders.length]!))
      }
    }),
  )
}

const pgUrl = (h.db as { url?: string }).url
const activeTime = async (): Promise<number | null> => {
  if (!pgUrl) return null
  const c = new pg.Client({ connectionString: pgUrl })
  await c.connect()
  try {
    const r = await c.query<{ t: number }>(
      'select active_time as t from pg_stat_database where datname = current_database()',
    )
    return Number(r.rows[0]?.t ?? 0)
  } finally {
    await c.end()
  }
}
const backendAdmin = pgUrl ? new pg.Client({ connectionString: pgUrl }) : undefined
await backendAdmin?.connect()
const backends = backendAdmin
  ? createBackendMeter(backendAdmin, new URL(pgUrl!).pathname.slice(1))
  : undefined
const settle = () => new Promise((r) => setTimeout(r, 1500)) // backends flush their stats within ~1 s

await run(WARMUP)
const counter = countAll()
// the app's own background loops (match worker, sweepers) also query: their rate, measured idle, is
// subtracted from the per-message figures below
const idleStart = counter.read()
const idleT0 = performance.now()
await new Promise((r) => setTimeout(r, 3000))
const idle = counter.read()
const idleSec = (performance.now() - idleT0) / 1000
const bgPerSec = {
  sql: (idle.sql - idleStart.sql) / idleSec,
  redisCommands: (idle.redisCommands - idleStart.redisCommands) / idleSec,
  redisRoundTrips: (idle.redisRoundTrips - idleStart.redisRoundTrips) / idleSec,
}
await settle()
const pgBefore = await activeTime()
await backends?.sample()
const heapProfile = process.env.BENCH_HEAP_PROFILE
const cpuProfile = process.env.BENCH_CPU_PROFILE
const inspector = heapProfile || cpuProfile ? new Session() : undefined
inspector?.connect()
if (heapProfile) {
  await inspector?.post('HeapProfiler.enable')
  // every allocation, not only what is still alive at the end (the young garbage is the point)
  await inspector?.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as { samplingInterval: number })
}
if (cpuProfile) {
  await inspector?.post('Profiler.enable')
  await inspector?.post('Profiler.start')
}
const gc = { young: 0, old: 0 }
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.old++
    else gc.young++
})
gcObserver.observe({ entryTypes: ['gc'] })
const perfCtl = process.env.BENCH_PERF_CTL
if (perfCtl) appendFileSync(perfCtl, 'enable\n')
const io = counter.read()
const cpu = process.cpuUsage()
const t0 = performance.now()
await run(MESSAGES)
const wall = performance.now() - t0
const used = process.cpuUsage(cpu)
if (perfCtl) appendFileSync(perfCtl, 'disable\n')
gcObserver.disconnect()
if (heapProfile)
  await writeFile(heapProfile, JSON.stringify((await inspector!.post('HeapProfiler.stopSampling')).profile))
if (cpuProfile) await writeFile(cpuProfile, JSON.stringify((await inspector!.post('Profiler.stop')).profile))
inspector?.disconnect()
const ioAfter = counter.read()
const backendMs = await backends?.sample()
await backendAdmin?.end()
await settle()
const pgAfter = await activeTime()

const per = (k: keyof typeof io) => ((ioAfter[k] - io[k] - bgPerSec[k] * (wall / 1000)) / MESSAGES).toFixed(2)
const load = (await import('node:os')).loadavg()[0]!.toFixed(1)
console.log(
  `hot path, ${h.db.kind}: ${MESSAGES} relayed messages, ${PAIRS} chats, concurrency ${CONCURRENCY}`,
)
console.log(`  SQL statements / message     ${per('sql')}`)
console.log(`  Redis round trips / message  ${per('redisRoundTrips')} (${per('redisCommands')} commands)`)
console.log(
  `  app CPU / message            ${((used.user + used.system) / 1000 / MESSAGES).toFixed(3)} ms (user ${(used.user / 1000 / MESSAGES).toFixed(3)}, system ${(used.system / 1000 / MESSAGES).toFixed(3)})`,
)
console.log(
  `  GCs / 1000 messages          ${((gc.young * 1000) / MESSAGES).toFixed(1)} young, ${((gc.old * 1000) / MESSAGES).toFixed(1)} old`,
)
if (pgBefore !== null && pgAfter !== null)
  console.log(`  Postgres active time / msg   ${((pgAfter - pgBefore) / MESSAGES).toFixed(3)} ms`)
if (backendMs !== undefined)
  console.log(`  Postgres backend CPU / msg   ${(backendMs / MESSAGES).toFixed(3)} ms`)
console.log(
  `  background (idle, subtracted) ${bgPerSec.sql.toFixed(1)} SQL/s, ${bgPerSec.redisRoundTrips.toFixed(1)} Redis round trips/s`,
)
console.log(
  `  wall                         ${(MESSAGES / (wall / 1000)).toFixed(0)} msg/s (load average ${load} on ${(await import('node:os')).cpus().length} cores)`,
)
await h.close()
process.exit(0)
