import { randomBytes } from 'node:crypto'
import { type Composer, webhookCallback } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import { createTelegramApi } from './bot/api.js'
import type { BotContext } from './bot/context.js'
import { createI18n } from './bot/i18n.js'
import { createBot } from './bot/index.js'
import { createTelegramMessenger } from './bot/messenger.js'
import type { Config } from './config.js'
import { createDb, type DbHandle } from './db/client.js'
import { runMigrations } from './db/migrate.js'
import { createServer } from './http/index.js'
import type { Logger } from './logger.js'
import { createMetrics, type Metrics } from './metrics.js'
import { createUsersService } from './modules/users/service.js'
import { createRedis, type RedisHandle } from './redis.js'

export type AppDeps = {
  config: Config
  logger: Logger
  /** Injected by tests; otherwise opened from config. */
  db?: DbHandle
  redis?: RedisHandle
  botInfo?: UserFromGetMe
  metrics?: Metrics
}

/** Something with a lifecycle started after the server listens (workers, sweepers). */
export type Background = { name: string; start(): Promise<void> | void; stop(): Promise<void> | void }

/**
 * The composition root: the one place that builds db, redis, services, bot, HTTP server and workers.
 */
export async function createApp(deps: AppDeps) {
  const { config, logger } = deps
  if (!config.BOT_TOKEN) throw new Error('createApp needs BOT_TOKEN (main.ts starts the sandbox when unset)')
  const token = config.BOT_TOKEN
  const webhookSecret = config.WEBHOOK_SECRET ?? randomBytes(24).toString('hex')

  const db = deps.db ?? (await createDb({ url: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR }))
  await runMigrations(db)
  const redis = deps.redis ?? createRedis({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX })

  const metrics = deps.metrics ?? createMetrics()
  const { i18n, translate } = createI18n()
  const api = createTelegramApi(token, config.TELEGRAM_API_ROOT)
  const messenger = createTelegramMessenger(api)

  // ── services (framework-free) ──
  const users = createUsersService({ db: db.db })
  const services = { users, messenger, translate, metrics }

  // ── bot features, in order ──
  const features: Composer<BotContext>[] = []

  const bot = createBot({
    token,
    apiRoot: config.TELEGRAM_API_ROOT,
    botInfo: deps.botInfo,
    logger,
    redis: redis.redis,
    i18n,
    users,
    features,
  })

  const server = await createServer({
    logger,
    checks: { db: () => db.ping(), redis: () => redis.ping() },
    webhook: { callback: webhookCallback(bot, 'fastify', { secretToken: webhookSecret }) },
    plugins: [],
  })

  const background: Background[] = []
  let started = false

  return {
    config,
    db,
    redis,
    bot,
    api,
    server,
    services,
    metrics,
    webhookSecret,
    /** Listen, register the webhook with Telegram and start background workers. */
    async start(opts: { port?: number; host?: string; publicBaseUrl?: string; selfWebhook?: boolean } = {}) {
      const address = await server.listen({ port: opts.port ?? config.PORT, host: opts.host ?? config.HOST })
      await bot.init()
      // selfWebhook: Telegram (the local emulator) can reach us at our own listen address.
      const base = opts.publicBaseUrl ?? config.PUBLIC_BASE_URL ?? (opts.selfWebhook ? address : undefined)
      if (base) {
        await api.setWebhook(new URL('/telegram/webhook', base).toString(), {
          secret_token: webhookSecret,
          allowed_updates: [
            'message',
            'edited_message',
            'callback_query',
            'pre_checkout_query',
            'my_chat_member',
          ],
        })
      }
      for (const b of background) await b.start()
      started = true
      logger.info({ address, webhook: Boolean(base), db: db.kind }, 'app started')
      return address
    },
    /** Graceful: stop taking updates, let workers finish, close connections. */
    async close() {
      for (const b of [...background].reverse()) {
        try {
          if (started) await b.stop()
        } catch (err) {
          logger.error({ err, name: b.name }, 'background stop failed')
        }
      }
      await server.close()
      if (!deps.redis) await redis.close()
      if (!deps.db) await db.close()
    },
  }
}

export type App = Awaited<ReturnType<typeof createApp>>
