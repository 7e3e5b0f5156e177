import type { ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../src/db/client.js'
import { createEmulator, type Emulator } from '../src/emulator/index.js'
import { seedSession, seedUser } from '../src/modules/chat/test-fixtures.js'
import { TEST_TOKEN } from './helpers/app.js'
import { freePort, spawnApp } from './helpers/app-process.js'
import { createTestDb, hasPostgres } from './helpers/db.js'
import { createEmulatorDriver, type EmulatorDriver } from './helpers/emulator-driver.js'
import { cleanupPrefix, testRedisUrl, uniquePrefix } from './helpers/redis.js'

/**
 * Issue 15 §2: kill -9 of the app while a handler is inside a Bot API call, then a restart. The update whose
 * handler died must be handled again within seconds (its de-dup claim's lease lapses), and the relay must flow
 * again within seconds (the dead holder's outbox lease lapses). Prints the measured figures.
 */
describe.skipIf(!hasPostgres())('kill -9 mid-handler (the app as its own process)', () => {
  let emulator: Emulator
  let tg: EmulatorDriver
  let db: DbHandle & { url?: string }
  const prefix = uniquePrefix()
  let app: ChildProcess | undefined

  beforeAll(async () => {
    // Telegram-like redelivery: retried with back-off, here capped at 1 s so the figures measure the app
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
    app?.kill('SIGKILL')
    await emulator?.close()
    await db?.close()
    await cleanupPrefix(prefix)
  })

  it('when the app is killed inside a handler and restarted, then that chat is answered again and relayed messages flow again within seconds', async () => {
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    const env = {
      NODE_ENV: 'test',
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: emulator.url,
      PUBLIC_BASE_URL: base,
      WEBHOOK_SECRET: 'crash-test-secret',
      DATABASE_URL: db.url ?? '',
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: prefix,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
    }
    const ann = await tg.createUser({ first_name: 'Аня', language_code: 'ru' })
    const bob = await tg.createUser({ first_name: 'Боря', language_code: 'ru' })
    await seedSession(
      db.db,
      await seedUser(db.db, { telegramId: ann.id, nickname: 'Тихий Кит' }),
      await seedUser(db.db, { telegramId: bob.id, nickname: 'Ясный Слон' }),
    )

    let first = spawnApp(env)
    app = first.child
    await first.ready
    for (const u of [ann, bob]) {
      const before = await tg.mark(u.id)
      await tg.send(u.id, '/help')
      await tg.waitFor(u.id, (m) => m.from === 'bot', { afterMessageId: before, timeoutMs: 20_000 })
    }

    // Ann's next command: its reply hangs inside sendMessage (40 s) — the process dies right there
    await tg.fault({ method: 'sendMessage', chat_id: ann.id, delay_ms: 40_000 })
    const faults = async () => Number((await tg.stats()).faults_injected)
    const faultsBefore = await faults()
    const annMark = await tg.mark(ann.id)
    await tg.send(ann.id, '/help')
    await tg.until(async () => (await faults()) > faultsBefore, {
      what: 'the handler inside the slowed sendMessage',
      timeoutMs: 20_000,
    })
    const killedAt = Date.now()
    first.child.kill('SIGKILL')
    await new Promise((r) => first.child.once('exit', r))

    first = spawnApp(env)
    app = first.child
    await first.ready
    const readyAt = Date.now()
    const bobMark = await tg.mark(ann.id)
    await tg.send(bob.id, 'ты тут?')
    const [answeredAt, relayedAt] = await Promise.all([
      tg
        .waitFor(ann.id, (m) => m.from === 'bot' && /\/find|\/help|\/end/.test(m.text ?? ''), {
          afterMessageId: annMark,
          timeoutMs: 60_000,
        })
        .then(() => Date.now()),
      tg
        .waitFor(ann.id, (m) => m.from === 'bot' && m.text === 'ты тут?', {
          afterMessageId: bobMark,
          timeoutMs: 60_000,
        })
        .then(() => Date.now()),
    ])
    console.log(
      `kill -9 → restarted: ${readyAt - killedAt} ms; restart → the killed update answered: ${
        answeredAt - readyAt
      } ms; restart → relayed message delivered: ${relayedAt - readyAt} ms`,
    )
    // the relayed message arrives once (outbox: exactly once)
    const copies = (await tg.inbox(ann.id)).filter((m) => m.text === 'ты тут?')
    expect(copies).toHaveLength(1)
    const exit = new Promise((r) => first.child.once('exit', r))
    first.child.kill('SIGTERM')
    await exit
    expect(first.output()).not.toContain('uncaught')
  }, 180_000)
})
