import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { click, onboardViaBot } from '../src/bot/features/start.testkit.js'
import { createI18n } from '../src/bot/i18n.js'
import { SANDBOX_TOKEN } from '../src/sandbox.js'
import { createEmulatorDriver, type EmulatorDriver } from './helpers/emulator-driver.js'
import { cleanupPrefix, testRedisUrl, uniquePrefix } from './helpers/redis.js'
import { spawnSandbox } from './helpers/sandbox-process.js'

const WAIT = { timeoutMs: 20_000 }
const { translate } = createI18n()
const t = (lang: 'ru' | 'en', key: string, vars?: Record<string, string | number>) =>
  translate(lang, key, vars)

/**
 * Issue 13 §1: `npm start` (no token), use the sandbox, stop it, start it again. The emulator keeps its
 * state beside PGlite, so the bot answers at once (no update id is taken for an old one), the users are
 * still there and an earlier Stars tip can be refunded.
 */
describe('the sandbox across a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tno-sandbox-restart-'))
  const prefix = uniquePrefix()
  const children: ChildProcess[] = []

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
    await cleanupPrefix(prefix)
  })

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DIR: join(dir, 'pglite'),
    PORT: '0',
    SANDBOX_PORT: '0',
    REDIS_URL: testRedisUrl(),
    REDIS_KEY_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MIN: '1000',
    MATCH_SWEEP_INTERVAL_MS: '100',
  }
  delete env.BOT_TOKEN
  delete env.DATABASE_URL
  delete env.SANDBOX_RESET

  /** Starts `src/main.ts` as `npm start` does; resolves with the driver and a stop function (SIGTERM → exit code). */
  async function startSandbox(): Promise<{
    url: string
    tg: EmulatorDriver
    stop: () => Promise<number | null>
  }> {
    const sandbox = await spawnSandbox(env)
    children.push(sandbox.child)
    return { url: sandbox.url, tg: createEmulatorDriver(sandbox.url), stop: sandbox.stop }
  }

  it('when it is restarted, then the bot answers at once, old users are there and an old tip can be refunded', async () => {
    // ── first run: two people meet, talk, and Anna tips Bob ──
    const first = await startSandbox()
    let tg = first.tg
    const anna = await tg.createUser({ first_name: 'Анна', language_code: 'ru' })
    const bob = await tg.createUser({ first_name: 'Bob', language_code: 'en' })
    await onboardViaBot(tg, anna.id, { lang: 'ru', topics: ['burnout', 'anxiety'], offset: '+3' })
    await onboardViaBot(tg, bob.id, { lang: 'en', topics: ['burnout', 'anxiety'], offset: '+3' })
    await tg.send(anna.id, '/find')
    await tg.send(bob.id, '/find')
    await tg.pressButton(anna.id, t('ru', 'match-btn-accept'), WAIT)
    await tg.pressButton(bob.id, t('en', 'match-btn-accept'), WAIT)
    // the chat opens asynchronously after both accepted: /end before that finds no chat
    const opened = t('ru', 'chat-opened', { partner: '\u0000', about: '' })
      .split('\u0000')[0]!
      .replace(/\u2068$/, '')
    await tg.waitFor(anna.id, (m) => (m.text ?? '').startsWith(opened), WAIT)
    await tg.send(anna.id, '/end')
    await click(tg, anna.id, t('ru', 'chat-end-yes'))
    await tg.waitForText(anna.id, t('ru', 'chat-rate-prompt'), WAIT)
    await click(tg, anna.id, t('ru', 'chat-rate-button', { stars: 5 }))
    await click(tg, anna.id, t('ru', 'chat-tip-button'))
    await click(tg, anna.id, t('ru', 'tips-btn-amount', { amount: 25 }))
    const invoice = await tg.waitFor(anna.id, (m) => m.type === 'invoice', WAIT)
    const paid = await tg.pay(anna.id, { messageId: invoice.message_id })
    if (!paid.ok) throw new Error(`payment failed: ${JSON.stringify(paid)}`)
    await tg.waitForText(anna.id, /25 ⭐/, { ...WAIT, afterMessageId: invoice.message_id })
    const profileBefore = await tg.send(anna.id, '/profile')
    const cardBefore = await tg.waitFor(anna.id, (m) => m.from === 'bot', {
      ...WAIT,
      afterMessageId: profileBefore.message_id,
    })
    await tg.idle()
    expect(await first.stop()).toBe(0)
    expect(existsSync(join(dir, 'emulator-state.json'))).toBe(true)

    // ── second run: same data directory ──
    const second = await startSandbox()
    tg = second.tg
    try {
      expect((await tg.users()).map((u) => u.id).sort()).toEqual([anna.id, bob.id].sort())
      expect((await tg.inbox(anna.id)).some((m) => m.message_id === invoice.message_id)).toBe(true)
      // the bot answers the first message after the restart (it is not taken for a redelivery)
      const again = await tg.send(anna.id, '/profile')
      expect(again.update_id).toBeGreaterThan(paid.update_id)
      const cardAfter = await tg.waitFor(anna.id, (m) => m.from === 'bot', {
        ...WAIT,
        afterMessageId: again.message_id,
      })
      // the same person for the bot (same pseudonym and profile), not a newcomer
      expect(cardAfter.text).toBe(cardBefore.text)
      // Telegram still knows the earlier charge: it can be refunded
      const res = await fetch(`${second.url}/bot${SANDBOX_TOKEN}/refundStarPayment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          user_id: anna.id,
          telegram_payment_charge_id: paid.telegram_payment_charge_id,
        }),
      })
      expect(await res.json()).toEqual({ ok: true, result: true })
      expect(
        (await tg.payments()).find((p) => p.telegram_payment_charge_id === paid.telegram_payment_charge_id),
      ).toMatchObject({ refunded: true })
    } finally {
      expect(await second.stop()).toBe(0)
    }
  }, 600_000)
})
