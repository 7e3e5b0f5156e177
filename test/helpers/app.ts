import { type App, createApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import type { DbHandle } from '../../src/db/client.js'
import { createEmulator, type Emulator } from '../../src/emulator/index.js'
import { createLogger } from '../../src/logger.js'
import type { CrisisDetector } from '../../src/modules/chat/service.js'
import type { RedisHandle } from '../../src/redis.js'
import { createTestDb } from './db.js'
import { createEmulatorDriver, type EmulatorDriver } from './emulator-driver.js'
import { createTestRedis, testRedisUrl } from './redis.js'

export const TEST_TOKEN = '1234567890:TEST-token-for-the-local-emulator'

export type TestApp = {
  app: App
  emulator: Emulator
  /** Control-API client: simulated users send, press, pay; read their inboxes. */
  tg: EmulatorDriver
  db: DbHandle
  redis: RedisHandle & { prefix: string }
  /** Stop the app (not the emulator/db/redis) and start a fresh one on the same state. */
  restart(env?: Record<string, string>): Promise<App>
  close(): Promise<void>
}

/**
 * End-to-end harness: emulator + real app (webhook path) + fresh database + isolated Redis prefix.
 * `env` overrides configuration (e.g. `{ MATCH_PROPOSAL_TTL_SEC: '2' }`).
 */
export async function startTestApp(
  opts: {
    env?: Record<string, string>
    emulatorLimits?: boolean
    /** Replaces the crisis detector of the relay and the coach (categories the lexicon does not produce). */
    detectCrisis?: CrisisDetector
  } = {},
): Promise<TestApp> {
  const emulator = createEmulator({
    token: TEST_TOKEN,
    logger: false,
    deliveryRetryBaseMs: 50,
    ...(opts.emulatorLimits ? { limits: { enabled: true } } : {}),
  })
  const emulatorUrl = await emulator.listen(0, '127.0.0.1')
  const db = await createTestDb()
  const redis = await createTestRedis()
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' })
  const boot = async (env: Record<string, string> = {}) => {
    const config = loadConfig({
      NODE_ENV: 'test',
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: emulatorUrl,
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: redis.prefix,
      LOG_LEVEL: 'silent',
      ...opts.env,
      ...env,
    })
    const app = await createApp({
      config,
      logger,
      db,
      redis,
      ...(opts.detectCrisis ? { detectCrisis: opts.detectCrisis } : {}),
    })
    await app.start({ port: 0, host: '127.0.0.1', selfWebhook: true })
    return app
  }
  let app = await boot()
  const harness: TestApp = {
    get app() {
      return app
    },
    emulator,
    tg: createEmulatorDriver(emulatorUrl),
    db,
    redis,
    async restart(env) {
      await app.close()
      app = await boot(env)
      return app
    },
    async close() {
      await app.close()
      await emulator.close()
      await redis.close()
      await db.close()
    },
  }
  return harness
}
