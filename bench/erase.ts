/**
 * Erasing a conversation (#16 §4): for a growing number of relayed messages, how long the erase request's
 * transaction takes (it reads the session's outbox rows and queues the deletions), how many outbox rows and
 * `deleteMessages` calls it makes, and how long the dispatcher needs to send them (Telegram stand-in that
 * answers at once, relay limits off). Real Postgres with TEST_DATABASE_URL (else PGlite), real Redis.
 * `npx tsx bench/erase.ts`
 */
import { eq, sql } from 'drizzle-orm'
import { chatSessions, outbox } from '../src/db/schema/index.js'
import { createLogger } from '../src/logger.js'
import { createMetrics } from '../src/metrics.js'
import { createOutboxDispatcher } from '../src/modules/chat/dispatcher.js'
import { recordingTransport } from '../src/modules/chat/dispatcher.testkit.js'
import { createEraseService } from '../src/modules/chat/erase.js'
import { seedSession } from '../src/modules/chat/test-fixtures.js'
import { createTestDb } from '../test/helpers/db.js'
import { createTestRedis } from '../test/helpers/redis.js'

const db = await createTestDb()
const redis = await createTestRedis()
const logger = createLogger({ level: 'silent' })
const metrics = createMetrics({ defaultMetrics: false })
const erase = createEraseService({ db: db.db, metrics, logger, partnerNotice: () => 'erased' })
let tg = 900_000

try {
  for (const n of [100, 1_000, 5_000]) {
    const [ta, tb] = [++tg, ++tg]
    const s = await seedSession(db.db, { telegramId: ta }, { telegramId: tb })
    // n delivered copies, alternating directions, ids as Telegram would number them
    await db.db.execute(sql`
      insert into outbox (chat_id, session_id, method, payload, status, source_message_id, sent_message_id, sent_at)
      select case when i % 2 = 0 then ${tb}::bigint else ${ta}::bigint end, ${s.sessionId}, 'copyMessage',
             '{}'::jsonb, 'sent', 2 * i + 1, 2 * i + 2, now()
      from generate_series(0, ${n - 1}) as i`)
    await db.db
      .update(chatSessions)
      .set({ status: 'ended', endedAt: new Date(), messageCount: n })
      .where(eq(chatSessions.id, s.sessionId))
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    const r = await erase.erase({ userId: s.userA, sessionId: s.sessionId })
    const ms = performance.now() - t0
    const cpu = process.cpuUsage(cpu0)
    const rows = await db.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(sql`${outbox.sessionId} = ${s.sessionId} and ${outbox.method} = 'deleteMessages'`)
    const t = recordingTransport()
    const d = createOutboxDispatcher({
      db: db.db,
      redis: redis.redis,
      transport: t.transport,
      metrics,
      logger,
      limits: { enabled: false, globalPerSec: 30, globalBurst: 30, chatPerSec: 1, chatBurst: 3 },
      pollMs: 20,
    })
    const t1 = performance.now()
    d.start()
    await d.idle()
    const sendMs = performance.now() - t1
    await d.stop()
    const calls = t.sent.filter((c) => c.method === 'deleteMessages')
    const ids = calls.reduce((sum, c) => sum + (c.params.message_ids as number[]).length, 0)
    console.log(
      `${n} messages: erase request ${ms.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU ` +
        `(this process; erased ${r.ok ? r.erased : '?'}), ${rows[0]?.n} deleteMessages rows, ` +
        `${calls.length} calls deleting ${ids} ids (largest ${Math.max(...calls.map((c) => (c.params.message_ids as number[]).length))}), sent in ${sendMs.toFixed(0)} ms`,
    )
  }
} finally {
  await redis.close()
  await db.close()
}
