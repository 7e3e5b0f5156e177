/**
 * Outbox dispatcher cost: `npx tsx bench/dispatcher.ts` (Postgres via TEST_DATABASE_URL, Redis via REDIS_URL).
 *
 * 1. SQL statements per delivered message: BENCH_CHATS (200) chats × BENCH_PER_CHAT (5) rows queued at
 *    once, delivered through a stand-in transport that answers at once (Telegram's limits off: the
 *    dispatcher alone is measured); every statement the dispatcher's connection pool runs is counted.
 * 2. Idle cost: nothing to deliver for BENCH_IDLE_SEC (10) s — process CPU ms per second and statements
 *    per second (the poll).
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

process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test'
const num = (name: string, def: number) => Number(process.env[name] ?? def)
const CHATS = num('BENCH_CHATS', 200)
const PER_CHAT = num('BENCH_PER_CHAT', 5)
const IDLE_SEC = num('BENCH_IDLE_SEC', 10)

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
} finally {
  await dispatcher.stop()
  redis.disconnect()
  await pool.end()
  await test.close()
}
process.exit(0)
