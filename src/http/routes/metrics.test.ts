import { eq } from 'drizzle-orm'
import { Composer } from 'grammy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBotInfo, textUpdate } from '../../../test/helpers/bot.js'
import { createTestDb } from '../../../test/helpers/db.js'
import { createTestRedis } from '../../../test/helpers/redis.js'
import { createApp } from '../../app.js'
import type { BotContext } from '../../bot/context.js'
import { createI18n } from '../../bot/i18n.js'
import { createBot } from '../../bot/index.js'
import { loadConfig } from '../../config.js'
import type { DbHandle } from '../../db/client.js'
import { outbox } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { createMetrics } from '../../metrics.js'
import { createStatsQueries } from '../../modules/moderation/stats.js'
import { insertActiveSession, insertUser } from '../../modules/moderation/testing.js'
import { createUsersService } from '../../modules/users/service.js'
import type { RedisHandle } from '../../redis.js'
import { createServer } from '../index.js'
import { metricsPlugin } from './metrics.js'

const logger = createLogger({ level: 'silent' })
const botInfo = testBotInfo()

/** Every series the issue asks for; present from the first scrape (HELP/TYPE even before a sample). */
const SERIES = [
  'tno_updates_received_total',
  'tno_updates_handled_total',
  'tno_update_handler_seconds',
  'tno_match_queue_length',
  'tno_matches_proposed_total',
  'tno_matches_accepted_total',
  'tno_matches_expired_total',
  'tno_active_sessions',
  'tno_relay_outbox_depth',
  'tno_telegram_429_total',
  'tno_tips_total',
  'tno_ai_hint_calls_total',
  'tno_ai_hint_failures_total',
  'tno_safety_flags_total',
]

/** The value of one sample line, e.g. `tno_updates_received_total{type="message"}`; 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line ? Number(line.slice(series.length + 1)) : 0
}

// A group: nothing in the pipeline answers it, so no Telegram API is needed.
const groupMessage = (id: number) => textUpdate(id, 'hello', { id: -100, type: 'group', title: 'g' })

let h: DbHandle
let redis: RedisHandle & { prefix: string }
beforeAll(async () => {
  h = await createTestDb()
  redis = await createTestRedis()
})
afterAll(async () => {
  await redis?.close()
  await h?.close()
})

/** The HTTP server with only the metrics plugin (webhook unused). */
const metricsServer = (plugin: ReturnType<typeof metricsPlugin>) =>
  createServer({
    logger,
    checks: { db: () => h.ping(), redis: () => redis.ping() },
    webhook: { callback: async () => undefined },
    plugins: [plugin],
  })

describe('GET /metrics', () => {
  it('when scraped, then every listed series is exposed in the Prometheus text format', async () => {
    const metrics = createMetrics()
    const app = await metricsServer(metricsPlugin({ metrics }))
    const res = await app.inject({ method: 'GET', url: '/metrics' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/plain')
    for (const name of SERIES) expect(res.body, name).toContain(`# TYPE ${name} `)
    expect(res.body).toContain('tno_process_cpu_seconds_total')
    await app.close()
  })

  it('when an update goes through the bot, then updates_received, updates_handled and the latency histogram count it', async () => {
    const metrics = createMetrics({ defaultMetrics: false })
    const failing = new Composer<BotContext>()
    failing.hears('boom', () => {
      throw new Error('feature bug')
    })
    const bot = createBot({
      token: '42:TEST-TOKEN-XXXXXXXX',
      apiRoot: 'http://127.0.0.1:1',
      botInfo,
      logger,
      redis: redis.redis,
      i18n: createI18n().i18n,
      users: createUsersService({ db: h.db }),
      features: [failing],
      metrics,
    })
    const app = await metricsServer(metricsPlugin({ metrics }))
    const scrape = async () => (await app.inject({ method: 'GET', url: '/metrics' })).body

    const before = await scrape()
    expect(sample(before, 'tno_updates_received_total{type="message"}')).toBe(0)
    await bot.handleUpdate(groupMessage(1))
    const after = await scrape()
    expect(sample(after, 'tno_updates_received_total{type="message"}')).toBe(1)
    expect(sample(after, 'tno_updates_handled_total{outcome="ok"}')).toBe(1)
    expect(sample(after, 'tno_update_handler_seconds_count')).toBe(1)

    // A handler bug is caught by the error boundary and counted as an error outcome.
    const boom = groupMessage(2)
    if ('message' in boom && boom.message) boom.message.text = 'boom'
    await bot.handleUpdate(boom)
    const third = await scrape()
    expect(sample(third, 'tno_updates_received_total{type="message"}')).toBe(2)
    expect(sample(third, 'tno_updates_handled_total{outcome="error"}')).toBe(1)
    await app.close()
  })

  it('when sessions and outbox rows change, then the mirrored gauges follow on the next scrape', async () => {
    const metrics = createMetrics({ defaultMetrics: false })
    const stats = createStatsQueries({ db: h.db })
    let queue = 3
    const app = await metricsServer(
      metricsPlugin({
        metrics,
        gauges: {
          activeSessions: stats.activeSessions,
          outboxDepth: stats.outboxDepth,
          queueLength: async () => queue,
        },
      }),
    )
    const scrape = async () => (await app.inject({ method: 'GET', url: '/metrics' })).body
    const first = await scrape()
    const active = sample(first, 'tno_active_sessions')
    expect(sample(first, 'tno_match_queue_length')).toBe(3)
    const a = await insertUser(h.db, { nickname: 'Gauge A' })
    const b = await insertUser(h.db, { nickname: 'Gauge B' })
    await insertActiveSession(h.db, a, b)
    queue = 0
    const second = await scrape()
    expect(sample(second, 'tno_active_sessions')).toBe(active + 1)
    expect(sample(second, 'tno_match_queue_length')).toBe(0)
    await app.close()
  })

  it('when a relay message has waited a while, then the oldest-pending gauge shows its age, and 0 once delivered', async () => {
    const metrics = createMetrics({ defaultMetrics: false })
    const stats = createStatsQueries({ db: h.db })
    const app = await metricsServer(
      metricsPlugin({ metrics, gauges: { outboxOldestPendingSeconds: stats.outboxOldestPendingSec } }),
    )
    const scrape = async () => (await app.inject({ method: 'GET', url: '/metrics' })).body
    const gauge = 'tno_relay_outbox_oldest_pending_seconds'
    const [row] = await h.db
      .insert(outbox)
      .values({ chatId: 1, method: 'sendMessage', createdAt: new Date(Date.now() - 90_000) })
      .returning({ id: outbox.id })
    try {
      expect(sample(await scrape(), gauge)).toBeGreaterThanOrEqual(90)
      await h.db.update(outbox).set({ status: 'sent' }).where(eq(outbox.id, row!.id))
      expect(sample(await scrape(), gauge)).toBe(0)
    } finally {
      await h.db.delete(outbox).where(eq(outbox.id, row!.id))
      await app.close()
    }
  })

  it('when a gauge source fails, then the scrape still succeeds', async () => {
    const metrics = createMetrics({ defaultMetrics: false })
    const app = await metricsServer(
      metricsPlugin({
        metrics,
        gauges: {
          queueLength: async () => {
            throw new Error('redis down')
          },
        },
      }),
    )
    const res = await app.inject({ method: 'GET', url: '/metrics' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('tno_match_queue_length')
    await app.close()
  })

  it('when METRICS_TOKEN is set, then scrapes need the bearer token', async () => {
    const metrics = createMetrics({ defaultMetrics: false })
    const app = await metricsServer(metricsPlugin({ metrics, token: 'scrape-secret' }))
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401)
    const wrong = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    })
    expect(wrong.statusCode).toBe(401)
    const ok = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer scrape-secret' },
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.body).toContain('tno_updates_received_total')
    await app.close()
  })
})

describe('composition (app.ts)', () => {
  it('when the app is built, then /metrics counts webhook updates and /admin is served behind login', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      BOT_TOKEN: '42:TEST-TOKEN-XXXXXXXX',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:1',
      WEBHOOK_SECRET: 'hook-secret',
      ADMIN_TOKEN: 'composition-admin-token',
      LOG_LEVEL: 'silent',
    })
    const app = await createApp({ config, logger, db: h, redis, botInfo })
    try {
      const res = await app.server.inject({
        method: 'POST',
        url: '/telegram/webhook',
        headers: { 'x-telegram-bot-api-secret-token': 'hook-secret' },
        payload: groupMessage(100),
      })
      expect(res.statusCode).toBe(200)
      const scrape = await app.server.inject({ method: 'GET', url: '/metrics' })
      expect(sample(scrape.body, 'tno_updates_received_total{type="message"}')).toBe(1)
      // Mirrored gauges are refreshed from the database / Redis at scrape time.
      expect(scrape.body).toMatch(/^tno_active_sessions \d+$/m)
      expect(scrape.body).toMatch(/^tno_relay_outbox_depth \d+$/m)
      expect(scrape.body).toMatch(/^tno_match_queue_length 0$/m)
      const admin = await app.server.inject({ method: 'GET', url: '/admin/flags' })
      expect(admin.statusCode).toBe(302)
      expect(admin.headers.location).toBe('/admin/login')
    } finally {
      await app.close()
    }
  })
})
