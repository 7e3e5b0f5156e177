import type { ChildProcess } from 'node:child_process'
import { afterAll, beforeAll } from 'vitest'
import type { DbHandle } from '../../src/db/client.js'
import { createEmulator, type Emulator } from '../../src/emulator/index.js'
import { TEST_TOKEN } from './app.js'
import { createTestDb } from './db.js'
import { createEmulatorDriver, type EmulatorDriver } from './emulator-driver.js'
import { cleanupPrefix, testRedisUrl, uniquePrefix } from './redis.js'

/**
 * Set-up of the tests that run the app as its own process, called inside a `describe`: a Telegram-like
 * emulator (webhook redelivery backs off from 200 ms, capped at 1 s, so figures measure the app), a Postgres
 * test database and a Redis key prefix, all removed after the block; children passed to `track` are killed
 * (SIGKILL) first.
 */
export function processRig() {
  let emulator: Emulator | undefined
  let tg: EmulatorDriver | undefined
  let db: (DbHandle & { url?: string }) | undefined
  const prefix = uniquePrefix()
  const children = new Set<ChildProcess>()
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`processRig: no ${what} before beforeAll`)
    return v
  }

  beforeAll(async () => {
    emulator = createEmulator({
      token: TEST_TOKEN,
      logger: false,
      deliveryRetryBaseMs: 200,
      deliveryRetryMaxMs: 1000,
    })
    tg = createEmulatorDriver(await emulator.listen(0, '127.0.0.1'))
    db = await createTestDb({ kind: 'postgres' })
  })
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
    await emulator?.close()
    await db?.close()
    await cleanupPrefix(prefix)
  })

  return {
    prefix,
    get emulator() {
      return need(emulator, 'emulator')
    },
    get tg() {
      return need(tg, 'emulator driver')
    },
    get db() {
      return need(db, 'database')
    },
    /** Killed after the block if still running. */
    track<P extends { child: ChildProcess }>(p: P): P {
      children.add(p.child)
      return p
    },
    /** The environment of an app or worker process against this rig (emulator, database, Redis prefix); add PORT etc. */
    appEnv(webhookSecret: string, extra: Record<string, string> = {}): Record<string, string> {
      return {
        NODE_ENV: 'test',
        BOT_TOKEN: TEST_TOKEN,
        TELEGRAM_API_ROOT: need(emulator, 'emulator').url,
        WEBHOOK_SECRET: webhookSecret,
        DATABASE_URL: need(db, 'database').url ?? '',
        REDIS_URL: testRedisUrl(),
        REDIS_KEY_PREFIX: prefix,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        ...extra,
      }
    },
  }
}
