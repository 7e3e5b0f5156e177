/**
 * Relay → delivery cost, the outbox handover (issue #14): `npx tsx bench/relay-delivery.ts` (Postgres via
 * TEST_DATABASE_URL, Redis via REDIS_URL; a scratch database is created and dropped).
 *
 * BENCH_PAIRS (200) active chats; messages are relayed at BENCH_RATE (200) per second for BENCH_SEC (5) s
 * per step with the relay's own statement (relay-copy.ts) and delivered by the outbox dispatcher through a
 * stand-in transport that answers at once (Telegram's limits off). Two modes, interleaved over BENCH_ROUNDS
 * (3) rounds in the same process and database (BENCH_MODES=read: one of them):
 * - `handoff`: the relay hands the queued copy to the dispatcher (as the app does);
 * - `read`: the relay only wakes the dispatcher, which reads the row back (as before the handover).
 * Printed per mode (medians over rounds): SQL statements per delivered message (relay included, all
 * statements of this process), Postgres backend CPU and this process's CPU per message, delivery latency
 * p50/p99 (relay call → transport call), and the dispatcher's reads and handed rows per message.
 */
import pg from 'pg'
import { createLogger } from '../src/logger.js'
import { createMetrics } from '../src/metrics.js'
import { createOutboxDispatcher } from '../src/modules/chat/dispatcher.js'
import { createRelayCopy } from '../src/modules/chat/relay-copy.js'
import type { OutboxTransport } from '../src/modules/chat/transport.js'
import { createTestDb } from '../test/helpers/db.js'
import { createTestRedis } from '../test/helpers/redis.js'
import { createBackendMeter, median, pct } from './webhook/procs.js'

process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test'
const num = (name: string, def: number) => Number(process.env[name] ?? def)
const PAIRS = num('BENCH_PAIRS', 200)
const RATE = num('BENCH_RATE', 200)
const SEC = num('BENCH_SEC', 5)
const ROUNDS = num('BENCH_ROUNDS', 3)
type Mode = 'handoff' | 'read'
const MODES = (process.env.BENCH_MODES ?? 'handoff,read').split(',') as Mode[]

let statements = 0
const query = pg.Client.prototype.query
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++
  return (query as (...a: unknown[]) => unknown).apply(this, args)
} as typeof query

const test = await createTestDb({ kind: 'postgres' })
const database = new URL(test.url!).pathname.slice(1)
const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
await admin.connect()
const backends = createBackendMeter(admin, database)
const redis = await createTestRedis()

// users 1…2N, pair i = (2i-1, 2i) in an active session; Telegram ids 5_000_000 + user id
await test.db.execute(
  `insert into users (telegram_id, nickname, language, safety_ack, onboarding_step, age_group)
  select 5000000 + g, 'u' || g, 'ru', true, 'done', '18_plus' from generate_series(1, ${2 * PAIRS}) g` as never,
)
await test.db.execute(
  `insert into matches (user_a, user_b, status, expires_at)
  select 2 * g - 1, 2 * g, 'active', now() + interval '1 day' from generate_series(1, ${PAIRS}) g` as never,
)
await test.db.execute(
  `insert into chat_sessions (match_id, user_a, user_b, status)
  select g, 2 * g - 1, 2 * g, 'active' from generate_series(1, ${PAIRS}) g` as never,
)

const sentAt = new Map<number, number>()
const latencies: number[] = []
let delivered = 0
let copyId = 1
const transport: OutboxTransport = {
  async call(_method, params) {
    const t = sentAt.get(Number(params.message_id))
    if (t !== undefined) latencies.push(performance.now() - t)
    delivered++
    return { messageId: copyId++ }
  },
}
const dispatcher = createOutboxDispatcher({
  db: test.db,
  redis: redis.redis,
  transport,
  metrics: createMetrics({ defaultMetrics: false }),
  logger: createLogger({ level: 'silent' }),
  limits: { enabled: false, globalPerSec: 30, globalBurst: 30, chatPerSec: 1, chatBurst: 3 },
})
const relayCopy = createRelayCopy(test.db)
let messageId = 1

async function step(mode: Mode) {
  latencies.length = 0
  await dispatcher.idle()
  await new Promise((r) => setTimeout(r, 300))
  dispatcher.takeTrace()
  const s0 = statements
  const d0 = delivered
  const pg0 = await backends.sample()
  const cpu0 = process.cpuUsage()
  const n = RATE * SEC
  const t0 = performance.now()
  const inflight: Promise<void>[] = []
  for (let i = 0; i < n; i++) {
    const due = t0 + (i * 1000) / RATE
    const wait = due - performance.now()
    if (wait > 1) await new Promise((r) => setTimeout(r, wait))
    // every chat's user in turn, then every partner: the two of a chat write a second apart, not at once
    const user = 1 + ((2 * i) % (2 * PAIRS)) + (Math.floor(i / PAIRS) % 2)
    const id = messageId++
    sentAt.set(id, performance.now())
    inflight.push(
      relayCopy({ userId: user, chatId: 5_000_000 + user, messageId: id, kind: 'text' }, new Date()).then(
        (r) => {
          if (!r.ok) throw new Error('relay refused')
          dispatcher.notify(mode === 'handoff' && r.handed ? [r.handed] : undefined)
        },
      ),
    )
  }
  await Promise.all(inflight)
  while (delivered - d0 < n) await new Promise((r) => setTimeout(r, 5))
  await dispatcher.idle()
  // the last marks
  await new Promise((r) => setTimeout(r, 200))
  const cpu = process.cpuUsage(cpu0)
  const pgMs = (await backends.sample()) - pg0
  const trace = dispatcher.takeTrace()
  return {
    sql: (statements - s0) / n,
    pgMs: pgMs / n,
    appMs: (cpu.user + cpu.system) / 1000 / n,
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    reads: trace.fetches / n,
    handed: trace.handed / n,
    marks: trace.markStatements / n,
  }
}

try {
  dispatcher.start()
  await step('read') // warm-up
  const results = new Map<Mode, Awaited<ReturnType<typeof step>>[]>()
  for (let r = 0; r < ROUNDS; r++)
    for (const mode of r % 2 ? [...MODES].reverse() : MODES) {
      const res = await step(mode)
      results.set(mode, [...(results.get(mode) ?? []), res])
      console.log(
        `round ${r + 1} ${mode.padEnd(7)} sql ${res.sql.toFixed(2)}/msg (reads ${res.reads.toFixed(3)}, marks ${res.marks.toFixed(3)}, handed ${res.handed.toFixed(2)}) · pg ${res.pgMs.toFixed(3)} ms/msg · app ${res.appMs.toFixed(3)} ms/msg · delivery p50 ${res.p50.toFixed(1)} p99 ${res.p99.toFixed(1)} ms`,
      )
    }
  console.log(`\n== relay → delivery, ${PAIRS} chats, ${RATE}/s × ${SEC} s, medians of ${ROUNDS} rounds ==`)
  console.log(
    '| mode | SQL/msg | reads/msg | marks/msg | Postgres CPU ms/msg | app CPU ms/msg | delivery p50 / p99 ms |',
  )
  console.log('|---|---|---|---|---|---|---|')
  for (const mode of MODES) {
    const rs = results.get(mode) ?? []
    const m = (k: keyof (typeof rs)[number]) => median(rs.map((x) => x[k]))
    console.log(
      `| ${mode} | ${m('sql').toFixed(2)} | ${m('reads').toFixed(3)} | ${m('marks').toFixed(3)} | ${m('pgMs').toFixed(3)} | ${m('appMs').toFixed(3)} | ${m('p50').toFixed(1)} / ${m('p99').toFixed(1)} |`,
    )
  }
} finally {
  await dispatcher.stop()
  await redis.close()
  await admin.end()
  await test.close()
}
process.exit(0)
