/**
 * PGlite cost of a relay-shaped workload, without HTTP or Redis: `npx tsx bench/pglite.ts [dir|memory://] [n]`.
 * Per message, through Drizzle like the app: the sender's user row, one transaction (session read, outbox insert,
 * session touch), then the dispatcher's read of the pending row and its `sent` update — 8 statements.
 * Prints CPU per message (process.cpuUsage, so the machine's load matters little), WAL bytes per message, RSS,
 * and the idle CPU of the open database. Compare settings by editing src/db/client.ts (or run on `main`).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { createDb } from '../src/db/client.js'
import { runMigrations } from '../src/db/migrate.js'
import { relayOnce, seedPairs } from './pglite-mix.js'

const arg = process.argv[2] || undefined
const dir = arg ?? mkdtempSync(join(tmpdir(), 'bench-pglite-'))
const N = Number(process.argv[3] ?? 3000)
const cpuMs = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since)
  return (c.user + c.system) / 1000
}
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`

const t0 = process.cpuUsage()
const h = await createDb({ pgliteDir: dir })
await runMigrations(h)
console.log(`open + migrate: ${cpuMs(t0).toFixed(0)} ms CPU, RSS ${mib(process.memoryUsage().rss)}`)
const { db } = h
const pairs = await seedPairs(db)
const lsn = async () =>
  (await db.execute<{ l: string }>(sql`select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::text as l`))
    .rows[0]!.l

const relay = (i: number) => relayOnce(db, pairs, i)

for (let i = 0; i < 300; i++) await relay(i) // warm-up
const w0 = BigInt(await lsn())
const c0 = process.cpuUsage()
const start = performance.now()
// source message ids stay unique per chat (outbox_copy_idx): the measured messages follow the warm-up ones
for (let i = 0; i < N; i++) await relay(300 + i)
const cpu = cpuMs(c0)
const wall = performance.now() - start
const wal = Number(BigInt(await lsn()) - w0)
console.log(
  `${N} messages: ${(cpu / N).toFixed(3)} ms CPU/message, ${((wall / N) * 1000).toFixed(0)} µs wall/message, ` +
    `WAL ${(wal / N / 1024).toFixed(1)} KiB/message, RSS ${mib(process.memoryUsage().rss)}`,
)
for (const [from, to] of [
  [0, 5],
  [5, 15],
]) {
  const i0 = process.cpuUsage()
  await new Promise((r) => setTimeout(r, (to! - from!) * 1000))
  console.log(`idle ${from}–${to} s after the load: ${(cpuMs(i0) / (to! - from!)).toFixed(2)} ms/s CPU`)
}
await h.close()
if (!arg) rmSync(dir, { recursive: true, force: true })
