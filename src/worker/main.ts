import { createTelegramApi } from '../bot/api.js'
import { createI18n } from '../bot/i18n.js'
import { createTelegramMessenger } from '../bot/messenger.js'
import { createDb } from '../db/client.js'
import { runMigrations } from '../db/migrate.js'
import { exitOnSignals, exitOnUnhandled, loadConfigOrExit } from '../entry.js'
import { closeServer } from '../http/index.js'
import { createLogger } from '../logger.js'
import { createMetrics } from '../metrics.js'
import { MQ } from '../modules/matching/queue.js'
import { createMatchingService, matchingConfigFrom } from '../modules/matching/service.js'
import { createRedis } from '../redis.js'
import { createWorkerServer } from './http.js'
import { createMatchingBackground } from './index.js'

/**
 * `npm run worker`: the match worker + sweeper as their own process (set RUN_WORKER_IN_PROCESS=false on the
 * web app then; running both is also safe). Sends proposals through the Bot API, so it needs BOT_TOKEN.
 * Session-opened reconciliation stays with the web app, where the chat hook is wired. Serves its own
 * `/metrics` and `/health*` on WORKER_PORT (0 = no HTTP server).
 */
async function main() {
  const config = loadConfigOrExit(process.env)
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'tno-worker' })
  exitOnUnhandled(logger)
  if (!config.BOT_TOKEN) {
    console.error('The worker needs BOT_TOKEN (the local sandbox runs the worker in-process instead).')
    process.exit(1)
  }
  const db = await createDb({
    url: config.DATABASE_URL,
    pgliteDir: config.PGLITE_DIR,
    onConnectionError: (err) => logger.warn({ err }, 'postgres connection lost'),
  })
  await runMigrations(db)
  const redis = createRedis({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX })
  const metrics = createMetrics()
  const { translate } = createI18n()
  const messenger = createTelegramMessenger(createTelegramApi(config.BOT_TOKEN, config.TELEGRAM_API_ROOT))
  const matching = createMatchingService({
    db: db.db,
    redis: redis.redis,
    messenger,
    translate,
    metrics,
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
  const server =
    config.WORKER_PORT === 0
      ? null
      : await createWorkerServer({
          logger,
          checks: { db: () => db.ping(), redis: () => redis.ping() },
          metrics,
          metricsToken: config.METRICS_TOKEN,
          gauges: { queueLength: () => redis.redis.zcard(MQ.waiting) },
        })

  // Registered before anything starts, so a signal during start-up still closes what was opened.
  const started: typeof jobs = []
  exitOnSignals({
    logger,
    async close() {
      if (server) await closeServer(server, config.SHUTDOWN_GRACE_MS)
      for (const j of started.reverse()) {
        try {
          await j.stop()
        } catch (err) {
          logger.error({ err, name: j.name }, 'worker job stop failed')
        }
      }
      await redis.close()
      await db.close()
    },
  })

  for (const j of jobs) {
    await j.start()
    started.push(j)
  }
  const address = server ? await server.listen({ port: config.WORKER_PORT, host: config.HOST }) : null
  logger.info({ address }, 'worker started')
}

await main()
