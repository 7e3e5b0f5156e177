/**
 * PGlite on the main thread vs in a worker thread (`npx tsx bench/pglite-worker.ts [n]`). The relay-shaped
 * statement mix of bench/pglite.ts through Drizzle, 8 chats at once, with PGlite on the main thread and in a
 * worker (src/db/pglite-worker.ts, `PGLITE_WORKER=true`). Prints per message: the whole process's
 * CPU, the main thread's CPU (/proc/self/task/<pid>/stat) and the event loop's utilisation — what a worker would
 * take off the thread that also runs grammY, Redis and the crisis check.
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import type { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import type { DbHandle } from '../src/db/client.js'
import { runMigrations } from '../src/db/migrate.js'
import { openPglite, withoutRedundantParsers } from '../src/db/pglite.js'
import { openPgliteWorker } from '../src/db/pglite-worker.js'
import * as schema from '../src/db/schema/index.js'
import { relayOnce, seedPairs } from './pglite-mix.js'

const N = Number(process.argv[2] ?? 1500)
// source message ids stay unique per chat (outbox_copy_idx): the measured messages follow the warm-up ones
const WARM_UP = 300
const mainThreadMs = () => {
  const s = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ')
  return (Number(f[11]) + Number(f[12])) * 10
}

async function run(mode: 'main thread' | 'worker') {
  const worker = mode === 'worker' ? await openPgliteWorker('memory://') : undefined
  const local = mode === 'worker' ? undefined : await openPglite('memory://')
  const client = worker ?? local!
  const view = worker ?? withoutRedundantParsers(local!)
  // the worker client is a structural stand-in for PGlite (the part drizzle-orm/pglite calls)
  const db = drizzle(view as unknown as PGlite, { schema }) as unknown as DbHandle['db']
  await runMigrations({
    db,
    kind: 'pglite',
    ping: async () => {},
    close: async () => {},
    migrate: worker?.migrate,
  })
  const pairs = await seedPairs(db)
  const relay = (i: number) => relayOnce(db, pairs, i)
  for (let i = 0; i < WARM_UP; i++) await relay(i)
  const c0 = process.cpuUsage()
  const m0 = mainThreadMs()
  const e0 = performance.eventLoopUtilization()
  const t0 = performance.now()
  let k = 0
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (k < N) await relay(WARM_UP + k++)
    }),
  )
  const c = process.cpuUsage(c0)
  const elu = performance.eventLoopUtilization(e0).utilization
  const perSec = N / ((performance.now() - t0) / 1000)
  console.log(
    `${mode.padEnd(11)}  process CPU ${((c.user + c.system) / 1000 / N).toFixed(2)} ms/msg, main thread ` +
      `${((mainThreadMs() - m0) / N).toFixed(2)} ms/msg, event loop utilisation ${elu.toFixed(2)}, ${perSec.toFixed(0)} msg/s`,
  )
  await client.close()
}

await run('main thread')
await run('worker')
await run('main thread')
await run('worker')
