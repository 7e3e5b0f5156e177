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
 * --no-start-env (bots without `npm start`'s environment) --idle 5 (s measured) --settle 5 (s after start-up before that)
 * --steady 0 (s; > 0: a second idle window of this length that begins this long after the first one ends, printed
 * beside the first: the idling once start-up's one-off work is done) --max-rate 6400 --no-ladder --pglite-dir <dir> (default a fresh temp dir; `memory://` for in-memory)
 * --bot-env RELAY_POLL_MS=2000,… (configuration of this bot on top of the bench's) --app-node-args="--max-old-space-size=512" (passed to the bot processes) --profile-dir <dir> (a CPU profile of
 * each bot per measured window: `<variant>-idle.cpuprofile`, `<variant>-idle-steady.cpuprofile`, `<variant>-warm-up.cpuprofile`,
 * `<variant>-r<round>-<rate>.cpuprofile`).
 * BENCH_TRACE_FILE=<file>: each bot writes its statements (first 100 characters or prepared name) and Redis commands by kind there on close;
 * with BENCH_SPANS=1 also the wall time (p50/p99/max) of each kind, and of waiting for a pooled connection (`pool.connect`).
 * Quick run: `npm run bench:webhook -- --rounds 1 --duration 2 --no-ladder`.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { startEnv } from './start-env.js'
import type { AppReady, AppStats } from './webhook/app.js'
import type { RunRequest, RunResult } from './webhook/loadgen.js'
import { type Child, createBackendMeter, median, pct, spawnChild, stopChild } from './webhook/procs.js'
import { NEUTRAL_TEXTS } from './webhook/texts.js'

const { values: opt } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '3' },
    rates: { type: 'string', default: '100,300' },
    variants: { type: 'string', default: 'echo,postgres,pglite' },
    pairs: { type: 'string', default: '200' },
    history: { type: 'string', default: '50' },
    idle: { type: 'string', default: '5' },
    settle: { type: 'string', default: '5' },
    steady: { type: 'string', default: '0' },
    'max-rate': { type: 'string', default: '6400' },
    'no-ladder': { type: 'boolean', default: false },
    'pglite-dir': { type: 'string' },
    'app-node-args': { type: 'string', default: '' },
    'profile-dir': { type: 'string' },
    'bot-env': { type: 'string', default: '' },
    'no-start-env': { type: 'boolean', default: false },
  },
})
const ROUNDS = Number(opt.rounds)
const STEP_MS = Number(opt.duration) * 1000
const FIXED = opt.rates.split(',').map(Number)
const VARIANTS = opt.variants.split(',') as Kind[]
const PAIRS = Number(opt.pairs)
const MAX_RATE = Number(opt['max-rate'])
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379'

type Kind = 'echo' | 'postgres' | 'pglite'
type Idle = { cpu: number; mainCpu: number; pgCpu: number; rss: number; sql: number; redis: number }
/** The idle windows: the first (`--idle` s, `--settle` s after start-up) and, with `--steady`, a later one. */
type IdleWindows = { first: Idle; steady?: Idle }
type Variant = {
  kind: Kind
  token: string
  app: Child
  ready: AppReady
  backends?: ReturnType<typeof createBackendMeter>
  /** Postgres: the bench database's outbox rows read by sequential scans so far (a plan that scans the table). */
  outboxScanned?: () => Promise<number>
  relayed: number
}
type Step = {
  rate: number
  ok: number
  errors: number
  p50: number
  p99: number
  dp50: number
  dp99: number
  undelivered: number
  cpuMs: number
  /** Of cpuMs, the bot's main thread (the event loop); the rest ran on V8's helper threads (GC, compilers). */
  mainCpuMs: number
  pgCpuMs: number
  sql: number
  redisCommands: number
  redisTrips: number
  /** The bot's event-loop delay during the step (ms) and its utilisation. */
  loopP99: number
  loopMax: number
  loopUtil: number
  pass: boolean
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—')
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function main() {
  const loads: number[] = [loadavg()[0] as number]
  const cleanup: (() => Promise<void>)[] = []
  const { child: api, ready: apiReady } = await spawnChild<{ url: string }>('fake-api.ts', {})
  const { child: gen } = await spawnChild<object>('loadgen.ts', {})
  const admin = new pg.Client({ connectionString: PG_URL })
  const variants: Variant[] = []
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
    // warm-up (JIT, pools), not recorded
    for (const v of variants) {
      await profile(v, 'start')
      const s = await step(v, 50, 2000, api, gen)
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
        for (const rate of FIXED) {
          await profile(v, 'start')
          const s = await step(v, rate, STEP_MS, api, gen)
          await profile(v, `${v.kind}-r${r + 1}-${rate}`)
          rec.fixed.get(rate)?.push(s)
          console.log(`round ${r + 1} ${v.kind.padEnd(8)} ${line(s)}`)
        }
        if (!opt['no-ladder']) {
          const max = await ladder(v, api, gen, (s) =>
            console.log(`round ${r + 1} ${v.kind.padEnd(8)} ${line(s)}`),
          )
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
    printTable(variants, idle, rounds, after, loads, scanned)
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

const stats = (v: Variant) => v.app.ask<AppStats>({ type: 'stats' }, 'stats')

/** CPU per second, statements and Redis commands per second over `secs` of idling, RSS at its end. */
async function idleWindow(v: Variant, secs: number, profileName: string): Promise<Idle> {
  await profile(v, 'start')
  const a = await stats(v)
  const pa = (await v.backends?.sample()) ?? 0
  await sleep(secs * 1000)
  const b = await stats(v)
  await profile(v, profileName)
  const pb = (await v.backends?.sample()) ?? 0
  return {
    cpu: (b.cpuUs - a.cpuUs) / 1000 / secs,
    mainCpu: (b.threadCpuUs - a.threadCpuUs) / 1000 / secs,
    pgCpu: (pb - pa) / secs,
    rss: b.rssBytes,
    sql: (b.sql - a.sql) / secs,
    redis: (b.redisCommands - a.redisCommands) / secs,
  }
}

/** With --profile-dir: `start` a CPU profile of the bot, or stop it into `<dir>/<name>.cpuprofile`. */
async function profile(v: Variant, name: string) {
  const dir = opt['profile-dir']
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  const file = name === 'start' ? undefined : join(dir, `${name}.cpuprofile`)
  await v.app.ask({ type: 'profile', file }, 'profiled')
}

/** One step at a fixed offered rate; waits until every accepted update's copy reached the fake API. */
async function step(v: Variant, rate: number, durationMs: number, api: Child, gen: Child): Promise<Step> {
  await api.ask({ type: 'drain', token: v.token }, 'copies')
  const a = await stats(v)
  const pa = (await v.backends?.sample()) ?? 0
  const senders = v.ready.pairs.flat()
  const req: RunRequest = {
    url: v.ready.url,
    secret: v.ready.secret,
    senders,
    rate,
    durationMs,
    connections: 40,
    texts: [...NEUTRAL_TEXTS],
  }
  const res = await gen.ask<RunResult>({ type: 'run', ...req }, 'result')
  const deadline = Date.now() + Math.max(10_000, 3 * durationMs)
  for (;;) {
    const { count } = await api.ask<{ count: number }>({ type: 'count', token: v.token }, 'count')
    if (count >= res.ok || Date.now() > deadline) break
    await sleep(20)
  }
  const b = await stats(v)
  const pb = (await v.backends?.sample()) ?? 0
  const { copies } = await api.ask<{ copies: [number, number, number][] }>(
    { type: 'drain', token: v.token },
    'copies',
  )
  const due = new Map(res.sent.map(([chat, id, at]) => [`${chat}:${id}`, at]))
  const delivery: number[] = []
  for (const [chat, id, at] of copies) {
    const t = due.get(`${chat}:${id}`)
    if (t !== undefined) delivery.push(at - t)
  }
  v.relayed += copies.length
  const n = Math.max(1, res.ok)
  const s: Step = {
    rate,
    ok: res.ok,
    errors: res.errors,
    p50: pct(res.latencies, 50),
    p99: pct(res.latencies, 99),
    dp50: pct(delivery, 50),
    dp99: pct(delivery, 99),
    undelivered: Math.max(0, res.ok - copies.length),
    cpuMs: (b.cpuUs - a.cpuUs) / 1000 / n,
    mainCpuMs: (b.threadCpuUs - a.threadCpuUs) / 1000 / n,
    pgCpuMs: v.backends ? (pb - pa) / n : Number.NaN,
    sql: (b.sql - a.sql) / n,
    redisCommands: (b.redisCommands - a.redisCommands) / n,
    redisTrips: (b.redisTrips - a.redisTrips) / n,
    loopP99: b.loopP99,
    loopMax: b.loopMax,
    loopUtil: b.loopUtil,
    pass: false,
  }
  s.pass = s.errors === 0 && s.p99 < 100 && s.undelivered === 0 && s.dp99 < 1000
  return s
}

/** Doubles the offered rate from 25/s until a step fails, then tries once between the last pass and the fail. */
async function ladder(v: Variant, api: Child, gen: Child, log: (s: Step) => void): Promise<number> {
  let passed = 0
  let failed = 0
  for (let rate = 25; rate <= MAX_RATE; rate *= 2) {
    const s = await step(v, rate, STEP_MS, api, gen)
    log(s)
    if (!s.pass) {
      failed = rate
      break
    }
    passed = rate
  }
  const mid = Math.round((passed + failed) / 2 / 25) * 25
  if (failed && mid > passed && mid < failed) {
    const s = await step(v, mid, STEP_MS, api, gen)
    log(s)
    if (s.pass) passed = mid
  }
  return passed
}

const line = (s: Step) =>
  `${String(s.rate).padStart(5)}/s ${s.pass ? 'ok  ' : 'FAIL'} webhook p50 ${f1(s.p50)} p99 ${f1(s.p99)} ms · ` +
  `delivery p50 ${f1(s.dp50)} p99 ${f1(s.dp99)} ms · ${s.errors} errors, ${s.undelivered} undelivered · ` +
  `cpu ${f2(s.cpuMs)} ms/msg (main thread ${f2(s.mainCpuMs)}) + pg ${f2(s.pgCpuMs)} · sql ${f1(s.sql)} redis ${f1(s.redisCommands)} (${f1(s.redisTrips)} trips) · ` +
  `loop delay p99 ${f1(s.loopP99)} max ${f1(s.loopMax)} ms, busy ${(100 * s.loopUtil).toFixed(0)}%`

function printTable(
  variants: Variant[],
  idle: Map<Kind, IdleWindows>,
  rounds: Map<Kind, { fixed: Map<number, Step[]>; max: number[] }>,
  after: Map<Kind, AppStats>,
  loads: number[],
  scanned: Map<Kind, number>,
) {
  const cols = variants.map((v) => v.kind)
  const rows: [string, ...string[]][] = []
  const mib = (b: number) => (b / 1024 / 1024).toFixed(0)
  const med = (k: Kind, rate: number, f: (s: Step) => number) =>
    median(rounds.get(k)!.fixed.get(rate)!.map(f))
  if (!opt['no-ladder'])
    rows.push([
      'max sustainable (updates/s)',
      ...cols.map((k) => `${median(rounds.get(k)!.max)} (${rounds.get(k)!.max.join(', ')})`),
    ])
  for (const rate of FIXED) {
    rows.push([
      `webhook p50 / p99 at ${rate}/s (ms)`,
      ...cols.map((k) => `${f1(med(k, rate, (s) => s.p50))} / ${f1(med(k, rate, (s) => s.p99))}`),
    ])
    rows.push([
      `delivery p50 / p99 at ${rate}/s (ms)`,
      ...cols.map((k) => `${f1(med(k, rate, (s) => s.dp50))} / ${f1(med(k, rate, (s) => s.dp99))}`),
    ])
    rows.push([
      `errors / undelivered at ${rate}/s`,
      ...cols.map((k) => `${med(k, rate, (s) => s.errors)} / ${med(k, rate, (s) => s.undelivered)}`),
    ])
    rows.push([
      `bot event-loop delay p99 / max at ${rate}/s (ms)`,
      ...cols.map((k) => `${f1(med(k, rate, (s) => s.loopP99))} / ${f1(med(k, rate, (s) => s.loopMax))}`),
    ])
    rows.push([
      `CPU per message at ${rate}/s (ms): app + Postgres`,
      ...cols.map((k) => `${f2(med(k, rate, (s) => s.cpuMs))} + ${f2(med(k, rate, (s) => s.pgCpuMs))}`),
    ])
  }
  const last = FIXED.at(-1) as number
  rows.push([
    `per message at ${last}/s: SQL statements, Redis commands (round trips)`,
    ...cols.map(
      (k) =>
        `${f1(med(k, last, (s) => s.sql))}, ${f1(med(k, last, (s) => s.redisCommands))} (${f1(med(k, last, (s) => s.redisTrips))})`,
    ),
  ])
  rows.push([
    'outbox rows read by sequential scans per relayed message (whole run)',
    ...variants.map((v) => (scanned.has(v.kind) ? f1(scanned.get(v.kind)! / Math.max(1, v.relayed)) : '—')),
  ])
  const idleRows = (label: string, pick: (w: IdleWindows) => Idle | undefined) => {
    rows.push([
      `idle CPU (ms/s)${label}: app (main thread) + Postgres`,
      ...cols.map((k) => {
        const w = pick(idle.get(k)!)
        return w ? `${f1(w.cpu)} (${f1(w.mainCpu)}) + ${f1(w.pgCpu)}` : '—'
      }),
    ])
    rows.push([
      `idle SQL statements/s, Redis commands/s${label}`,
      ...cols.map((k) => {
        const w = pick(idle.get(k)!)
        return w ? `${f1(w.sql)}, ${f1(w.redis)}` : '—'
      }),
    ])
  }
  idleRows('', (w) => w.first)
  if (Number(opt.steady) > 0)
    idleRows(`, steady (${opt.steady} s, ${opt.steady} s after the first window)`, (w) => w.steady)
  rows.push([
    'RSS idle / after the run (MiB)',
    ...variants.map(
      (v) =>
        `${mib(idle.get(v.kind)!.first.rss)} / ${mib(after.get(v.kind)!.rssBytes)} (${v.relayed} relayed)`,
    ),
  ])
  const widths = [0, ...cols.map(() => 0)].map((_, i) =>
    Math.max(...[['', ...cols], ...rows].map((r) => (r[i] ?? '').length)),
  )
  const fmt = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`
  console.log(`\n${fmt(['', ...cols])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows) console.log(fmt(r))
  console.log(
    `\nmedians of ${ROUNDS} interleaved round(s); load average (1 min) ${loads.map((l) => l.toFixed(1)).join(' → ')}; ` +
      `CPU figures are process CPU time (less sensitive to the machine's load than wall-clock latency)`,
  )
}

await main()
