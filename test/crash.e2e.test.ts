import { describe, expect, it } from 'vitest'
import { seedSession, seedUser } from '../src/modules/chat/test-fixtures.js'
import { freePort, spawnApp } from './helpers/app-process.js'
import { hasPostgres } from './helpers/db.js'
import { processRig } from './helpers/process-rig.js'

/**
 * Issue 15 §2: kill -9 of the app while a handler is inside a Bot API call, then a restart. The update whose
 * handler died must be handled again within seconds (its de-dup claim's lease lapses), and the relay must flow
 * again within seconds (the dead holder's outbox lease lapses). Prints the measured figures.
 */
describe.skipIf(!hasPostgres())('kill -9 mid-handler (the app as its own process)', () => {
  const rig = processRig()

  it('when the app is killed inside a handler and restarted, then that chat is answered again and relayed messages flow again within seconds', async () => {
    const { tg, db } = rig
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    const env = rig.appEnv('crash-test-secret', { PUBLIC_BASE_URL: base, PORT: String(port) })
    const ann = await tg.createUser({ first_name: 'Аня', language_code: 'ru' })
    const bob = await tg.createUser({ first_name: 'Боря', language_code: 'ru' })
    await seedSession(
      db.db,
      await seedUser(db.db, { telegramId: ann.id, nickname: 'Тихий Кит' }),
      await seedUser(db.db, { telegramId: bob.id, nickname: 'Ясный Слон' }),
    )

    let first = rig.track(spawnApp(env))
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

    first = rig.track(spawnApp(env))
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
