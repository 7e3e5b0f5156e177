/**
 * Outbox dispatcher cost: `npx tsx bench/dispatcher.ts` (Postgres via TEST_DATABASE_URL, Redis via REDIS_URL).
 *
 * 1. SQL statements per delivered message: BENCH_CHATS (200) chats × BENCH_PER_CHAT (5) rows queued at
 *    once, delivered through a stand-in transport that answers at once (Telegram's limits off: the
 *    dispatcher alone is measured); every statement the dispatcher's connection pool runs is counted.
 * 2. Idle cost: nothing to deliver for BENCH_IDLE_SEC (10) s — process CPU ms per second and statements
 *    per second (the poll).
 * 3. A trickle, as the relay feeds it (issue #14): BENCH_TRICKLE_SEC (5) s of one row at a time to the next of
 *    the chats at BENCH_RATE (300) rows/s, each committed by a writer of its own (another pool, not counted) and
 *    handed to the dispatcher (`notify`) as the relay hands it; statements per delivered message, the process's
 *    CPU and the CPU of the database's backends (/proc, the writer's included) per message. With an instant
 *    transport lanes rarely overlap here, unlike a backlog.
 *
 * Only the dispatcher's own public API is used, so the same script measures an older dispatcher.
 */
import { drizzle } from 'drizzle-orm/node-postgres'
import { Redis } from 'ioredis'
import pg from 'pg'
import type { Db } from '../src/db/client.js'
import * as schema from '../src/db/schema/index.js'
import { createLogger } from '../src/logger.js'
import { createMetrics } from '../src/metrics.js'
import { createOutboxDispatcher } from '../src/modules/chat/dispatcher.js'
import { enqueue } from '../src/modules/chat/outbox.js'
import type { OutboxTransport } from '../src/modules/chat/transport.js'
import { createTestDb } from '../test/helpers/db.js'
import { createBackendMeter } from './webhook/procs.js'

process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test'
const num = (name: string, def: number) => Number(process.env[name] ?? def)
const CHATS = num('BENCH_CHATS', 200)
const PER_CHAT = num('BENCH_PER_CHAT', 5)
const IDLE_SEC = num('BENCH_IDLE_SEC', 10)
const TRICKLE_SEC = num('BENCH_TRICKLE_SEC', 5)
const RATE = num('BENCH_RATE', 300)

const test = await createTestDb({ kind: 'postgres' })
const pool = new pg.Pool({ connectionString: test.url, max: 5 })
let statements = 0
const query = pool.query.bind(pool) as (...args: unknown[]) => unknown
;(pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
  statements++
  return query(...args)
}
const db = drizzle(pool, { schema }) as unknown as Db
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
  keyPrefix: `bench:dispatcher:${process.pid}:`,
})
let delivered = 0
let nextId = 1
const transport: OutboxTransport = {
  async call() {
    delivered++
    return { messageId: nextId++ }
  },
}
const dispatcher = createOutboxDispatcher({
  db,
  redis,
  transport,
  metrics: createMetrics({ defaultMetrics: false }),
  logger: createLogger({ level: 'silent' }),
  limits: { enabled: false, globalPerSec: 30, globalBurst: 30, chatPerSec: 1, chatBurst: 3 },
})

try {
  const items = []
  for (let c = 0; c < CHATS; c++)
    for (let i = 0; i < PER_CHAT; i++)
      items.push({
        chatId: 1000 + c,
        sessionId: null,
        method: 'sendMessage' as const,
        payload: { text: `m${i}` },
      })
  await enqueue(db, items)
  statements = 0
  const t0 = performance.now()
  dispatcher.start()
  while (delivered < items.length) await new Promise((r) => setTimeout(r, 5))
  const ms = performance.now() - t0
  // let the last marks land before counting
  await new Promise((r) => setTimeout(r, 300))
  const burstStatements = statements
  console.log(`\n== outbox dispatcher: ${CHATS} chats × ${PER_CHAT} rows, limits off ==`)
  console.log(
    `delivered ${delivered} in ${ms.toFixed(0)} ms; SQL statements ${burstStatements} → ${(burstStatements / delivered).toFixed(3)} per delivered message`,
  )

  // idle: settle first (the back-off, if any, reaches its ceiling), then measure
  await new Promise((r) => setTimeout(r, 3000))
  statements = 0
  const cpu0 = process.cpuUsage()
  const w0 = performance.now()
  await new Promise((r) => setTimeout(r, IDLE_SEC * 1000))
  const cpu = process.cpuUsage(cpu0)
  const wall = (performance.now() - w0) / 1000
  console.log(
    `idle ${wall.toFixed(1)} s: process CPU ${((cpu.user + cpu.system) / 1000 / wall).toFixed(2)} ms/s, SQL statements ${(statements / wall).toFixed(2)}/s`,
  )

  if (TRICKLE_SEC > 0) {
    const writer = new pg.Pool({ connectionString: test.url, max: 2 })
    const admin = new pg.Client({ connectionString: test.url })
    await admin.connect()
    const backends = createBackendMeter(admin, new URL(test.url!).pathname.slice(1))
    try {
      await writer.query('select 1')
      await backends.sample()
      const before = delivered
      statements = 0
      const cpu0 = process.cpuUsage()
      const t0 = performance.now()
      let n = 0
      while (performance.now() - t0 < TRICKLE_SEC * 1000) {
        const due = t0 + (n * 1000) / RATE
        const wait = due - performance.now()
        if (wait > 0) await new Promise((r) => setTimeout(r, wait))
        const chatId = 1000 + (n % CHATS)
        const { rows } = await writer.query(
          `insert into outbox (chat_id, method, payload) values ($1, 'sendMessage', $2::jsonb) returning *,
             array(select o.id from outbox o where o.status = 'pending' and o.chat_id = $1 and o.id < outbox.id
                   order by o.id) as older`,
          [chatId, JSON.stringify({ text: `t${n}` })],
        )
        const r = rows[0]
        dispatcher.notify([
          {
            id: Number(r.id),
            chatId,
            sessionId: null,
            method: 'sendMessage',
            payload: r.payload,
            status: 'pending',
            attempts: 0,
            notBefore: r.not_before,
            lastError: null,
            sourceMessageId: null,
            sentMessageId: null,
            createdAt: r.created_at,
            sentAt: null,
            olderPending: (r.older as string[]).map(Number),
          },
        ])
        n++
      }
      while (delivered - before < n) await new Promise((r) => setTimeout(r, 5))
      await dispatcher.idle()
      const cpu = process.cpuUsage(cpu0)
      const pgMs = await backends.sample()
      const got = delivered - before
      console.log(
        `trickle ${n} rows at ${RATE}/s over ${CHATS} chats: SQL statements ${(statements / got).toFixed(3)} per delivered message; ` +
          `process CPU ${((cpu.user + cpu.system) / 1000 / got).toFixed(3)} ms/msg (writer included), Postgres backends ${(pgMs / got).toFixed(3)} ms/msg (writer's inserts included)`,
      )
    } finally {
      await writer.end()
      await admin.end()
    }
  }
} finally {
  await dispatcher.stop()
  redis.disconnect()
  await pool.end()
  await test.close()
}
process.exit(0)
