/**
 * The measurements of bench/webhook.ts on a running bot: a step at a fixed offered rate (load generator → bot →
 * fake API, waiting for every copy), the ladder to the max sustainable rate, an idle window, CPU profiles.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { AppReady, AppStats } from './app.js'
import type { RunRequest, RunResult } from './loadgen.js'
import { type Child, type createBackendMeter, pct } from './procs.js'
import { NEUTRAL_TEXTS } from './texts.js'

export type Kind = 'echo' | 'postgres' | 'pglite'
export type Idle = { cpu: number; mainCpu: number; pgCpu: number; rss: number; sql: number; redis: number }
/** The idle windows: the first (`--idle` s, `--settle` s after start-up) and, with `--steady`, a later one. */
export type IdleWindows = { first: Idle; steady?: Idle }
export type Variant = {
  kind: Kind
  token: string
  app: Child
  ready: AppReady
  backends?: ReturnType<typeof createBackendMeter>
  /** Postgres: the bench database's outbox rows read by sequential scans so far (a plan that scans the table). */
  outboxScanned?: () => Promise<number>
  relayed: number
}
export type Step = {
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

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export const stats = (v: Variant) => v.app.ask<AppStats>({ type: 'stats' }, 'stats')

/**
 * The measurements against the fake Bot API `api` and the load generator `gen`: `profileDir` (--profile-dir)
 * for CPU profiles, `stepMs` and `maxRate` for the ladder.
 */
export function createMeasure(deps: {
  api: Child
  gen: Child
  profileDir: string | undefined
  stepMs: number
  maxRate: number
}) {
  const { api, gen, profileDir, stepMs, maxRate } = deps

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
    if (!profileDir) return
    mkdirSync(profileDir, { recursive: true })
    const file = name === 'start' ? undefined : join(profileDir, `${name}.cpuprofile`)
    await v.app.ask({ type: 'profile', file }, 'profiled')
  }

  /** One step at a fixed offered rate; waits until every accepted update's copy reached the fake API. */
  async function step(v: Variant, rate: number, durationMs: number): Promise<Step> {
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
  async function ladder(v: Variant, log: (s: Step) => void): Promise<number> {
    let passed = 0
    let failed = 0
    for (let rate = 25; rate <= maxRate; rate *= 2) {
      const s = await step(v, rate, stepMs)
      log(s)
      if (!s.pass) {
        failed = rate
        break
      }
      passed = rate
    }
    const mid = Math.round((passed + failed) / 2 / 25) * 25
    if (failed && mid > passed && mid < failed) {
      const s = await step(v, mid, stepMs)
      log(s)
      if (s.pass) passed = mid
    }
    return passed
  }

  return { idleWindow, profile, step, ladder }
}
