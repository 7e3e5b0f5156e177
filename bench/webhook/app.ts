/**
 * One bot under test for bench/webhook.ts, in its own process (spawned with IPC; not run by hand).
 *
 * BENCH_ROLE=echo: a bare grammY + Fastify bot answering every message with one copyMessage.
 * BENCH_ROLE=bot: this bot, built by the composition root (createApp) from config like production, on Postgres
 * (BENCH_DATABASE_URL) or PGlite (BENCH_PGLITE_DIR), with `BENCH_PAIRS` active chats seeded (and `BENCH_HISTORY`
 * delivered copies each, then ANALYZE).
 *
 * Answers `{ type: 'stats' }` with its CPU time, RSS and the SQL statements / Redis commands it has issued so far
 * (counted by wrapping the drivers' query methods in this process only: PGlite in a worker thread is not seen).
 */
import { randomBytes } from 'node:crypto'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import Fastify from 'fastify'
import { Bot, webhookCallback } from 'grammy'
import { testBotInfo } from '../../test/helpers/bot.js'

export type AppStats = {
  type: 'stats'
  /** process.cpuUsage(), microseconds: every thread (V8's GC helpers and compilers included). */
  cpuUs: number
  /** The main thread's share of it (process.threadCpuUsage), microseconds; the rest is V8's and libuv's threads. */
  threadCpuUs: number
  rssBytes: number
  heapBytes: number
  /** Statements sent to Postgres / PGlite (BEGIN and COMMIT included). */
  sql: number
  /** Redis commands, and round trips (a pipeline or MULTI counts once). */
  redisCommands: number
  redisTrips: number
  /** Event-loop delay since the previous stats request (perf_hooks.monitorEventLoopDelay), ms: the stalls behind a webhook p99. */
  loopP50: number
  loopP99: number
  loopMax: number
  /** Event-loop utilisation since the previous stats request (0…1). */
  loopUtil: number
}
export type AppReady = {
  type: 'ready'
  url: string
  secret: string
  pairs: [number, number][]
  pid: number
  /** Wall time of this bot's `start` (listen, warm-ups, PGlite's settle), ms; 0 for the echo bot. */
  startMs: number
}

const env = (name: string) => {
  const v = process.env[name]
  if (v === undefined) throw new Error(`${name} is not set`)
  return v
}

const profiler = (() => {
  let session: import('node:inspector/promises').Session | undefined
  return {
    async start() {
      const { Session } = await import('node:inspector/promises')
      session = new Session()
      session.connect()
      await session.post('Profiler.enable')
      await session.post('Profiler.start')
    },
    async stop(file: string) {
      if (!session) return
      const { profile } = await session.post('Profiler.stop')
      const { writeFile } = await import('node:fs/promises')
      await writeFile(file, JSON.stringify(profile))
      session.disconnect()
      session = undefined
    },
  }
})()

const counts = { sql: 0, redisCommands: 0, redisTrips: 0 }
/** BENCH_TRACE_FILE: statements (their first 100 characters) and Redis commands by kind, written on close. */
const traceFile = process.env.BENCH_TRACE_FILE || undefined
const byKind = new Map<string, number>()
const kind = (k: string) => {
  if (traceFile) byKind.set(k, (byKind.get(k) ?? 0) + 1)
}
/** BENCH_SPANS=1 (with BENCH_TRACE_FILE): wall time of each statement, pool checkout and Redis trip, by kind. */
const spans = process.env.BENCH_SPANS ? new Map<string, number[]>() : undefined
const span = (k: string, t0: number) => {
  if (!spans) return
  const a = spans.get(k) ?? []
  if (a.length === 0) spans.set(k, a)
  a.push(performance.now() - t0)
}
const timed = <T>(k: string, r: T): T => {
  if (spans && r && typeof (r as { then?: unknown }).then === 'function') {
    const t0 = performance.now()
    ;(r as unknown as Promise<unknown>).then(
      () => span(k, t0),
      () => span(k, t0),
    )
  }
  return r
}
const statementKind = (q: unknown) => {
  const text =
    typeof q === 'string'
      ? q
      : String((q as { name?: string; text?: string })?.name ?? (q as { text?: string })?.text ?? '?')
  return `sql: ${text.replace(/\s+/g, ' ').trim().slice(0, 100)}`
}

/** Count statements and Redis round trips at the driver boundary (this benchmark process only). */
async function instrumentDrivers() {
  const { PGlite } = await import('@electric-sql/pglite')
  const { Pipeline, Redis } = await import('ioredis')
  const { default: pg } = await import('pg')
  const pgQuery = pg.Client.prototype.query
  pg.Client.prototype.query = function (this: InstanceType<typeof pg.Client>, ...args: unknown[]) {
    counts.sql++
    const k = statementKind(args[0])
    kind(k)
    const last = args.length - 1
    if (spans && typeof args[last] === 'function') {
      const cb = args[last] as (...a: unknown[]) => unknown
      const t0 = performance.now()
      args[last] = (...a: unknown[]) => {
        span(k.slice(0, 60), t0)
        return cb(...a)
      }
    }
    return timed(k.slice(0, 60), (pgQuery as (...a: unknown[]) => unknown).apply(this, args))
  } as typeof pgQuery
  // Drizzle's PGlite session calls query() on the instance, and on the transaction object (which runs
  // through the instance's #runQuery, not query()): count both entries.
  // A connect with a callback (pg's own pool calls it that way) is timed up to the callback as well.
  const timeConnect = (proto: { connect: unknown }, label: string) => {
    const original = proto.connect as (...a: unknown[]) => unknown
    proto.connect = function (this: unknown, ...args: unknown[]) {
      const last = args.length - 1
      if (spans && typeof args[last] === 'function') {
        const cb = args[last] as (...a: unknown[]) => unknown
        const t0 = performance.now()
        args[last] = (...a: unknown[]) => {
          span(label, t0)
          return cb(...a)
        }
      }
      return timed(label, original.apply(this, args))
    }
  }
  timeConnect(pg.Client.prototype, 'new connection')
  timeConnect(pg.Pool.prototype, 'pool.connect')
  // PGlite: counted at the wire protocol, as its statements take two paths (PGlite's own query, six calls into
  // the module each, and src/db/pglite-prepared.ts, one call): a call holding a Bind ('B', after any Close 'C') is
  // a statement, a simple query ('Q': exec, BEGIN, COMMIT) is one; Parse/Describe calls (preparing) are not.
  const liteStream = PGlite.prototype.execProtocolStream
  const decoder = new TextDecoder()
  PGlite.prototype.execProtocolStream = function (
    this: InstanceType<typeof PGlite>,
    ...args: Parameters<typeof liteStream>
  ) {
    const m = args[0]
    const first = String.fromCharCode(m[0] ?? 0)
    if (first === 'B' || first === 'C' || first === 'Q') {
      counts.sql++
      const k =
        first === 'Q' ? statementKind(decoder.decode(m.subarray(5, m.length - 1))) : 'sql: (bound statement)'
      kind(k)
      return timed(k.slice(0, 60), liteStream.apply(this, args))
    }
    return liteStream.apply(this, args)
  } as typeof liteStream
  const send = Redis.prototype.sendCommand
  Redis.prototype.sendCommand = function (
    this: InstanceType<typeof Redis>,
    ...args: Parameters<typeof send>
  ) {
    counts.redisCommands++
    kind(`redis: ${(args[0] as { name?: string }).name}${args[1] === undefined ? '' : ' (pipelined)'}`)
    // a pipeline hands its queued commands over with a stream argument; a lone command has none
    if (args[1] === undefined) {
      counts.redisTrips++
      const c = args[0] as { name?: string; promise?: Promise<unknown> }
      if (c.promise) void timed(`redis ${c.name}`, c.promise)
    }
    return send.apply(this, args)
  } as typeof send
  // a MULTI's exec() runs the pipeline's exec twice (ioredis transaction.js: once to send, once for the
  // promise): count each pipeline once
  const executed = new WeakSet<object>()
  const exec = Pipeline.prototype.exec
  Pipeline.prototype.exec = function (this: InstanceType<typeof Pipeline>, ...args: Parameters<typeof exec>) {
    if (!executed.has(this)) {
      executed.add(this)
      counts.redisTrips++
      return timed('redis pipeline', exec.apply(this, args))
    }
    return exec.apply(this, args)
  } as typeof exec
}

/** The getMe answer both bots start with (no getMe call): the id is the token's first part. */
const botInfo = (token: string) => testBotInfo(Number(token.split(':')[0]))

async function startEcho(token: string, apiRoot: string, pairs: [number, number][]): Promise<string> {
  const partner = new Map<number, number>()
  for (const [a, b] of pairs) partner.set(a, b).set(b, a)
  const bot = new Bot(token, { botInfo: botInfo(token), client: { apiRoot } })
  bot.on('message', async (ctx) => {
    await ctx.copyMessage(partner.get(ctx.chat.id) ?? ctx.chat.id)
  })
  const secret = env('BENCH_SECRET')
  const app = Fastify({ logger: false })
  app.post('/telegram/webhook', webhookCallback(bot, 'fastify', { secretToken: secret }))
  return app.listen({ port: 0, host: '127.0.0.1' })
}

async function startBot(token: string, apiRoot: string, count: number) {
  // imported here, so that the echo bot's memory figure holds grammY and Fastify only
  const { createApp } = await import('../../src/app.js')
  const { loadConfig } = await import('../../src/config.js')
  const { createLogger } = await import('../../src/logger.js')
  const { seedSession } = await import('../../src/modules/chat/test-fixtures.js')
  const dbUrl = process.env.BENCH_DATABASE_URL
  const config = loadConfig({
    NODE_ENV: 'production',
    BOT_TOKEN: token,
    TELEGRAM_API_ROOT: apiRoot,
    WEBHOOK_SECRET: env('BENCH_SECRET'),
    REDIS_URL: env('REDIS_URL'),
    REDIS_KEY_PREFIX: `bench:webhook:${randomBytes(4).toString('hex')}:`,
    LOG_LEVEL: 'silent',
    // only the handler is measured: the relay's flood control and the inbound rate limit are off
    RELAY_RATE_LIMIT: 'false',
    RATE_LIMIT_PER_MIN: '100000000',
    ...(dbUrl ? { DATABASE_URL: dbUrl } : { PGLITE_DIR: env('BENCH_PGLITE_DIR') }),
    // --bot-env KEY=VALUE,…: try a setting without editing the bench
    ...Object.fromEntries(
      (process.env.BENCH_BOT_ENV ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
    ),
  })
  const app = await createApp({ config, logger: createLogger({ level: 'silent' }), botInfo: botInfo(token) })
  const base = 1_000_000 + Math.floor(Math.random() * 1_000_000) * 1000
  const pairs: [number, number][] = []
  for (let i = 0; i < count; i++) {
    const a = base + 2 * i
    const b = a + 1
    await seedSession(app.db.db, { telegramId: a, nickname: `a${i}` }, { telegramId: b, nickname: `b${i}` })
    pairs.push([a, b])
  }
  // opened a day ago, their "chat started" effects long done: the sweeper's reconcile must not replay them
  // (it looks at matches settled in the last 10 minutes) in the middle of a measurement
  const { sql } = await import('drizzle-orm')
  await app.db.db.execute(sql`update matches set updated_at = now() - interval '1 day'`)
  // BENCH_HISTORY delivered copies per chat (both directions), as a bot that has run a while keeps them for
  // edits and replies; then statistics, as autovacuum would have gathered them: the hot statements' cached
  // plans are made on a table of that shape, not on an empty, never-analyzed one
  const history = Number(process.env.BENCH_HISTORY ?? 0)
  if (history > 0)
    await app.db.db.execute(sql`
      insert into outbox (chat_id, session_id, method, payload, status, attempts, source_message_id,
        sent_message_id, created_at, sent_at)
      select u.telegram_id, s.id, 'copyMessage', '{"message_id":1,"protect_content":true}'::jsonb, 'sent', 1,
        -g, -g, now() - interval '1 hour', now() - interval '1 hour'
      from chat_sessions s join users u on u.id in (s.user_a, s.user_b), generate_series(1, ${Math.ceil(history / 2)}) g
      where s.status = 'active'`)
  await app.db.db.execute(sql`analyze`)
  const t0 = performance.now()
  const url = await app.start({ port: 0, host: '127.0.0.1' })
  const startMs = performance.now() - t0
  return { url, pairs, startMs, redis: app.redis.redis, close: () => app.close() }
}

async function main() {
  const role = env('BENCH_ROLE')
  if (role !== 'echo') await instrumentDrivers()
  const token = env('BENCH_TOKEN')
  const apiRoot = env('BENCH_API_ROOT')
  const count = Number(env('BENCH_PAIRS'))
  let url: string
  let pairs: [number, number][]
  let startMs = 0
  let close = async () => {}
  if (role === 'echo') {
    pairs = Array.from({ length: count }, (_, i) => [2_000_000 + 2 * i, 2_000_001 + 2 * i])
    url = await startEcho(token, apiRoot, pairs)
  } else {
    const b = await startBot(token, apiRoot, count)
    url = b.url
    pairs = b.pairs
    startMs = b.startMs
    close = async () => {
      // leave nothing behind on the shared Redis
      const keys = await b.redis.keys('*')
      const prefix = b.redis.options.keyPrefix ?? ''
      if (keys.length) await b.redis.del(...keys.map((k) => k.slice(prefix.length)))
      await b.close()
    }
  }
  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  let elu = performance.eventLoopUtilization()
  process.on('message', async (msg: { type: string }) => {
    if (msg.type === 'stats') {
      const cpu = process.cpuUsage()
      // Node ≥ 23.9 (the types here are Node 20's); 0 where it is missing
      const thread = (
        process as { threadCpuUsage?: () => { user: number; system: number } }
      ).threadCpuUsage?.() ?? { user: 0, system: 0 }
      const mem = process.memoryUsage()
      const ms = (ns: number) => ns / 1e6
      const util = performance.eventLoopUtilization(elu)
      elu = performance.eventLoopUtilization()
      const stats: AppStats = {
        type: 'stats',
        cpuUs: cpu.user + cpu.system,
        threadCpuUs: thread.user + thread.system,
        rssBytes: mem.rss,
        heapBytes: mem.heapUsed,
        ...counts,
        loopP50: ms(loop.percentile(50)),
        loopP99: ms(loop.percentile(99)),
        loopMax: ms(loop.max),
        loopUtil: util.utilization,
      }
      loop.reset()
      process.send?.(stats)
    } else if (msg.type === 'profile') {
      // --profile-dir: one CPU profile per measured window (idle, each step), via the inspector
      const m = msg as { type: string; file?: string }
      if (!m.file) await profiler.start()
      else await profiler.stop(m.file)
      process.send?.({ type: 'profiled' })
    } else if (msg.type === 'close') {
      if (traceFile) {
        const { writeFile } = await import('node:fs/promises')
        const sorted = [...byKind].sort((a, b) => b[1] - a[1])
        const q = (a: number[], p: number) => a[Math.min(a.length - 1, Math.floor(a.length * p))]?.toFixed(2)
        const timings = [...(spans ?? [])].map(([k, a]) => {
          a.sort((x, y) => x - y)
          return `${a.length}\tp50 ${q(a, 0.5)} p99 ${q(a, 0.99)} max ${q(a, 1)} ms\t${k}`
        })
        await writeFile(traceFile, `${[...sorted.map(([k, n]) => `${n}\t${k}`), ...timings].join('\n')}\n`)
      }
      await close().catch(() => {})
      process.send?.({ type: 'closed' }, () => process.exit(0))
    }
  })
  const ready: AppReady = {
    type: 'ready',
    url,
    secret: env('BENCH_SECRET'),
    pairs,
    pid: process.pid,
    startMs,
  }
  process.send?.(ready)
}

await main()
