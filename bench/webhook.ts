/**
 * Webhook benchmark (issue #14): `npm run bench:webhook [-- options]`. Needs Redis (REDIS_URL) and, for the
 * Postgres variant, a server (TEST_DATABASE_URL; a scratch database is created and dropped).
 *
 * Side by side, in interleaved rounds, behind the same instant fake Bot API (bench/webhook/fake-api.ts, a minimal
 * responder rather than the project's emulator, so the fake's own work stays out of the figures):
 * - `echo`: a bare grammY + Fastify bot answering each update with one copyMessage;
 * - `postgres` / `pglite`: this bot, built by the composition root like production (relay rate limit and inbound
 *   rate limit off, so only the handler is measured), `--pairs` active chats seeded, each with `--history`
 *   delivered copies in the outbox (a bot that has run a while keeps 48 h of them, for edits and replies), then
 *   ANALYZE, as autovacuum would have run by then: plans are made on a table of production's shape (on a fresh,
 *   never-analyzed outbox the hot statements' cached plans scanned the whole table, and this machine's server runs
 *   without autovacuum, so they stayed; see README, issue #14).
 * Each bot (the echo bot too) runs in its own process, started with the environment of the product's start command
 * (`npm start`'s `NAME=value` words in package.json, today glibc's malloc settings GLIBC_TUNABLES: bench/start-env.ts),
 * so idle RSS and CPU are the bot's as it runs in production; `--no-start-env` starts them without it. Updates come from a load generator process (bench/webhook/loadgen.ts) that
 * plays Telegram (≤ 1 request in flight per chat, ≤ 40 connections). Printed per variant (medians over rounds):
 * max sustainable rate (0 errors, webhook p99 < 100 ms, every copy delivered with delivery p99 < 1 s; found by
 * doubling the offered rate from 25/s, then one bisection step), p50/p99 of the webhook answer and of delivery (update due →
 * copyMessage at the fake API) at the fixed rates, CPU per relayed message (the bot's process.cpuUsage, plus the
 * Postgres backends of the bench database from /proc/<pid>/stat), SQL statements and Redis commands / round trips
 * per message (counted in the bot process at the driver), the bot's event-loop delay p99/max during each step
 * (perf_hooks.monitorEventLoopDelay: the stalls behind a webhook p99), idle CPU and RSS before load, RSS after all messages.
 *
 * Options: --rounds 3 --duration 3 (s per step) --rates 100,300 --variants echo,postgres,pglite --pairs 200 --history 50
 * --no-start-env (bots without `npm start`'s environment) --warm-up 50/2 (rate/seconds of the unrecorded warm-up
 * before the rounds: after the default 100 updates V8 is still compiling the bot's code — its compiler threads took
 * 6 % of the bot's CPU samples in a measured step, and round 1 read above round 2 in 7 of 8 runs; `300/10` is nearer
 * a bot that has run a while, as in production) --idle 5 (s measured) --settle 5 (s after start-up before that)
 * --steady 0 (s; > 0: a second idle window of this length that begins this long after the first one ends, printed
 * beside the first: the idling once start-up's one-off work is done) --max-rate 6400 --no-ladder --pglite-dir <dir> (default a fresh temp dir; `memory://` for in-memory)
 * --bot-env RELAY_POLL_MS=2000,… (configuration of this bot on top of the bench's) --app-node-args="--max-old-space-size=512" (passed to the bot processes) --profile-dir <dir> (a CPU profile of
 * each bot per measured window: `<variant>-idle.cpuprofile`, `<variant>-idle-steady.cpuprofile`, `<variant>-warm-up.cpuprofile`,
 * `<variant>-r<round>-<rate>.cpuprofile`). --gap 0 (s of pause before each variant's steps in a round, with more than
 * one variant: the previous bot's after-work — PGlite's idle collection 5–10 s after its last step, 140–340 ms of
 * CPU on the parallel GC threads, and its housekeeping deferred to the first quiet second — then falls into the
 * pause instead of the next bot's steps on a 2-core machine; README round 21).
 * BENCH_TRACE_FILE=<file>: each bot writes its statements (first 100 characters or prepared name) and Redis commands by kind there on close;
 * with BENCH_SPANS=1 also the wall time (p50/p99/max) of each kind, and of waiting for a pooled connection (`pool.connect`).
 * Parts in bench/webhook/: options.ts (the options), measure.ts (a step, the ladder, an idle window, profiles),
 * table.ts (the printed lines and table), procs.ts (child processes, Postgres backends' CPU).
 * Quick run: `npm run bench:webhook -- --rounds 1 --duration 2 --no-ladder`.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { startEnv } from './start-env.js'
import type { AppReady, AppStats } from './webhook/app.js'
import {
  createMeasure,
  type IdleWindows,
  type Kind,
  type Step,
  sleep,
  stats,
  type Variant,
} from './webhook/measure.js'
import { parseOptions } from './webhook/options.js'
import { createBackendMeter, spawnChild, stopChild } from './webhook/procs.js'
import { line, printTable } from './webhook/table.js'

const opt = parseOptions()
const ROUNDS = Number(opt.rounds)
const STEP_MS = Number(opt.duration) * 1000
const FIXED = opt.rates.split(',').map(Number)
const VARIANTS = opt.variants.split(',') as Kind[]
const PAIRS = Number(opt.pairs)
const MAX_RATE = Number(opt['max-rate'])
const GAP_MS = Number(opt.gap) * 1000
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379'

async function main() {
  const loads: number[] = [loadavg()[0] as number]
  const cleanup: (() => Promise<void>)[] = []
  const { child: api, ready: apiReady } = await spawnChild<{ url: string }>('fake-api.ts', {})
  const { child: gen } = await spawnChild<object>('loadgen.ts', {})
  const admin = new pg.Client({ connectionString: PG_URL })
  const variants: Variant[] = []
  const { idleWindow, profile, step, ladder } = createMeasure({
    api,
    gen,
    profileDir: opt['profile-dir'],
    stepMs: STEP_MS,
    maxRate: MAX_RATE,
  })
  try {
    if (VARIANTS.includes('postgres')) await admin.connect()
    for (const kind of VARIANTS) variants.push(await startVariant(kind, apiReady.url, admin, cleanup))
    for (const v of variants)
      if (v.ready.startMs) console.log(`${v.kind}: app.start took ${v.ready.startMs.toFixed(0)} ms (wall)`)
    console.log(
      `\nwebhook bench: ${VARIANTS.join(', ')}; ${ROUNDS} round(s) × ${STEP_MS / 1000} s steps; bots ${
        opt['no-start-env'] ? 'without' : 'with'
      } npm start's environment (${Object.keys(startEnv()).join(', ')})`,
    )

    // idle, before any load: CPU per second and RSS; with --steady a second window after the first one's
    // one-off work (start-up's last collections), the bot's idling once settled
    const idle = new Map<Kind, IdleWindows>()
    await sleep(Number(opt.settle) * 1000)
    for (const v of variants)
      idle.set(v.kind, { first: await idleWindow(v, Number(opt.idle), `${v.kind}-idle`) })
    const steadySecs = Number(opt.steady)
    if (steadySecs > 0) {
      await sleep(steadySecs * 1000)
      for (const v of variants) {
        const w = idle.get(v.kind) as IdleWindows
        w.steady = await idleWindow(v, steadySecs, `${v.kind}-idle-steady`)
      }
    }
    // warm-up (JIT, pools), not recorded; `--warm-up RATE/SECONDS` (default 50/2, 100 updates)
    const [warmRate, warmSecs] = opt['warm-up'].split('/').map(Number) as [number, number]
    for (const v of variants) {
      await profile(v, 'start')
      const s = await step(v, warmRate, warmSecs * 1000)
      await profile(v, `${v.kind}-warm-up`)
      console.log(`warm-up ${v.kind.padEnd(8)} ${line(s)}`)
    }

    const rounds = new Map<Kind, { fixed: Map<number, Step[]>; max: number[] }>()
    for (const v of variants) rounds.set(v.kind, { fixed: new Map(FIXED.map((r) => [r, []])), max: [] })
    for (let r = 0; r < ROUNDS; r++) {
      // rotate the order so that no variant always runs first
      const order = variants.map((_, i) => variants[(i + r) % variants.length] as Variant)
      for (const v of order) {
        const rec = rounds.get(v.kind)!
        if (GAP_MS > 0 && variants.length > 1) await sleep(GAP_MS)
        for (const rate of FIXED) {
          await profile(v, 'start')
          const s = await step(v, rate, STEP_MS)
          await profile(v, `${v.kind}-r${r + 1}-${rate}`)
          rec.fixed.get(rate)?.push(s)
          console.log(`round ${r + 1} ${v.kind.padEnd(8)} ${line(s)}`)
        }
        if (!opt['no-ladder']) {
          const max = await ladder(v, (s) => console.log(`round ${r + 1} ${v.kind.padEnd(8)} ${line(s)}`))
          rec.max.push(max)
        }
        loads.push(loadavg()[0] as number)
      }
    }
    const after = new Map<Kind, AppStats>()
    for (const v of variants) after.set(v.kind, await stats(v))
    await sleep(1500) // backends report their table statistics at most once a second
    const scanned = new Map<Kind, number>()
    for (const v of variants) if (v.outboxScanned) scanned.set(v.kind, await v.outboxScanned())
    printTable(variants, idle, rounds, after, loads, scanned, {
      rates: FIXED,
      rounds: ROUNDS,
      ladder: !opt['no-ladder'],
      steady: opt.steady,
    })
  } finally {
    for (const v of variants) await stopChild(v.app)
    await stopChild(gen)
    await stopChild(api)
    for (const c of cleanup.reverse()) await c().catch((err) => console.error(err))
    await admin.end().catch(() => {})
  }
}

async function startVariant(kind: Kind, apiUrl: string, admin: pg.Client, cleanup: (() => Promise<void>)[]) {
  const token = `${100_000 + Math.floor(Math.random() * 900_000)}:bench-${kind}-${randomBytes(6).toString('hex')}`
  const env: Record<string, string> = {
    ...(opt['no-start-env'] ? {} : startEnv()),
    BENCH_ROLE: kind === 'echo' ? 'echo' : 'bot',
    BENCH_TOKEN: token,
    BENCH_API_ROOT: apiUrl,
    BENCH_PAIRS: String(PAIRS),
    BENCH_HISTORY: opt.history,
    BENCH_SECRET: randomBytes(12).toString('hex'),
    BENCH_BOT_ENV: opt['bot-env'],
  }
  let database: string | undefined
  let outboxScanned: (() => Promise<number>) | undefined
  let connected = false
  if (kind === 'postgres') {
    database = `bench_webhook_${randomBytes(4).toString('hex')}`
    await admin.query(`create database "${database}"`)
    const url = new URL(PG_URL)
    url.pathname = `/${database}`
    env.BENCH_DATABASE_URL = url.toString()
    cleanup.push(async () => void (await admin.query(`drop database if exists "${database}" with (force)`)))
    const reader = new pg.Client({ connectionString: url.toString() })
    cleanup.push(async () => void (await reader.end()))
    outboxScanned = async () => {
      if (!connected) await reader.connect()
      connected = true
      const { rows } = await reader.query<{ n: string }>(
        `select coalesce(sum(seq_tup_read), 0) as n from pg_stat_user_tables where relname = 'outbox'`,
      )
      return Number(rows[0]?.n ?? 0)
    }
  } else if (kind === 'pglite') {
    const dir = opt['pglite-dir'] ?? mkdtempSync(join(tmpdir(), 'bench-pglite-'))
    env.BENCH_PGLITE_DIR = dir
    if (!opt['pglite-dir']) cleanup.push(async () => rmSync(dir, { recursive: true, force: true }))
  }
  const nodeArgs = opt['app-node-args'].split(' ').filter(Boolean)
  const { child, ready } = await spawnChild<AppReady>('app.ts', env, nodeArgs)
  const v: Variant = { kind, token, app: child, ready, relayed: 0, outboxScanned }
  if (database) v.backends = createBackendMeter(admin, database)
  await v.backends?.sample()
  return v
}

await main()
