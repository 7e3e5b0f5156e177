import { createTelegramApi } from '../bot/api.js'
import { createI18n } from '../bot/i18n.js'
import { createTelegramMessenger } from '../bot/messenger.js'
import { ConfigError, loadConfig } from '../config.js'
import { createDb } from '../db/client.js'
import { runMigrations } from '../db/migrate.js'
import { createLogger } from '../logger.js'
import { createMetrics } from '../metrics.js'
import { createMatchingService, matchingConfigFrom } from '../modules/matching/service.js'
import { createRedis } from '../redis.js'
import { createMatchingBackground } from './index.js'

/**
 * `npm run worker`: the match worker + sweeper as their own process (set RUN_WORKER_IN_PROCESS=false on the
 * web app then; running both is also safe). Sends proposals through the Bot API, so it needs BOT_TOKEN.
 * Session-opened reconciliation stays with the web app, where the chat hook is wired.
 */
async function main() {
  let config: ReturnType<typeof loadConfig>
  try {
    config = loadConfig(process.env)
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message)
      process.exit(1)
    }
    throw err
  }
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'tno-worker' })
  if (!config.BOT_TOKEN) {
    console.error('The worker needs BOT_TOKEN (the local sandbox runs the worker in-process instead).')
    process.exit(1)
  }
  const db = await createDb({ url: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR })
  await runMigrations(db)
  const redis = createRedis({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX })
  const { translate } = createI18n()
  const messenger = createTelegramMessenger(createTelegramApi(config.BOT_TOKEN, config.TELEGRAM_API_ROOT))
  const matching = createMatchingService({
    db: db.db,
    redis: redis.redis,
    messenger,
    translate,
    metrics: createMetrics(),
    logger,
    config: matchingConfigFrom(config),
  })
  const jobs = createMatchingBackground({
    config,
    logger,
    redis,
    matching,
    consumer: true,
    reconcileActive: false,
  })
  for (const j of jobs) await j.start()
  logger.info('worker started')

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    logger.info({ signal }, 'worker shutting down')
    const force = setTimeout(() => process.exit(1), 15_000)
    force.unref()
    const stopAll = async () => {
      for (const j of [...jobs].reverse()) await j.stop()
      await redis.close()
      await db.close()
    }
    stopAll().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'worker shutdown failed')
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

await main()
