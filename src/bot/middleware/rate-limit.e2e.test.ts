import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../../../test/helpers/app.js'
import { textOf } from '../../../test/helpers/emulator-driver.js'
import { seedSession } from '../../modules/chat/test-fixtures.js'
import { seedOnboardedUser } from '../features/start.testkit.js'

const REFUSED = 'This message was not delivered'
const TOO_FAST = 'You are sending messages too fast'

async function pair(h: TestApp, n: string) {
  const a = await h.tg.createUser({ first_name: `Asya${n}`, language_code: 'en' })
  const b = await h.tg.createUser({ first_name: `Boris${n}`, language_code: 'en' })
  await seedSession(
    h.db.db,
    { telegramId: a.id, nickname: `A${n}`, language: 'en' },
    { telegramId: b.id, nickname: `B${n}`, language: 'en' },
  )
  // each has a private chat with the bot before the other writes (as after a real match)
  for (const u of [a, b]) {
    await h.tg.send(u.id, '/help')
    await h.tg.waitForCount(u.id, 1, { timeoutMs: 10_000 })
  }
  return { a, b }
}

/** Texts of the relayed copies a user received, in chat order. */
const copies = async (h: TestApp, userId: number) =>
  (await h.tg.inbox(userId)).filter((m) => m.method === 'copyMessage').map((m) => textOf(m))

/**
 * The inbound rate limit inside a chat: a person writing fast in a hard moment is queued behind the outbox's
 * pacing, never silently dropped.
 */
describe('rate limit inside a chat (e2e), default limit 60/min', () => {
  let h: TestApp
  beforeAll(async () => {
    // the relay's own pacing off, so 100 copies arrive in seconds rather than in 100 s
    h = await startTestApp({ env: { RELAY_RATE_LIMIT: 'false' } })
  })
  afterAll(async () => {
    await h?.close()
  })

  it('when a user sends 100 messages in about 2 s inside a chat, then all 100 reach the partner in order and nothing is refused', async () => {
    const { a, b } = await pair(h, '1')
    const sent = Array.from({ length: 100 }, (_, i) => `m${i + 1}`)
    await Promise.all(sent.map((t) => h.tg.send(a.id, t)))
    await h.tg.idle(60_000)
    await expect.poll(() => copies(h, b.id), { timeout: 60_000, interval: 200 }).toHaveLength(100)
    // sends were fired at once: the emulator numbers them in arrival order, which is the order to keep
    const order = (await h.tg.chat(a.id)).messages
      .filter((m) => m.from === 'user' && textOf(m) !== '/help')
      .sort((x, y) => x.message_id - y.message_id)
      .map((m) => textOf(m))
    expect(order).toHaveLength(100)
    expect(await copies(h, b.id)).toEqual(order)
    const toA = (await h.tg.inbox(a.id)).map((m) => textOf(m) ?? '')
    expect(toA.filter((t) => t.includes(REFUSED) || t.includes(TOO_FAST))).toEqual([])
  }, 120_000)
})

describe('rate limit inside a chat (e2e), past the backlog bound', () => {
  let h: TestApp
  const LIMIT = 5
  beforeAll(async () => {
    h = await startTestApp({
      env: {
        RATE_LIMIT_PER_MIN: String(LIMIT),
        RATE_LIMIT_CHAT_BACKLOG: '3',
        // the partner's lane drains slowly (1/s, no burst), so the backlog builds up
        RELAY_CHAT_PER_SEC: '1',
        RELAY_CHAT_BURST: '1',
      },
    })
  })
  afterAll(async () => {
    await h?.close()
  })

  it('when undelivered messages pile up past the bound, then each refused message gets a reply to it, and every other one is delivered in order', async () => {
    const { a, b } = await pair(h, '2')
    const N = 20
    const ids = new Map<number, string>()
    for (let i = 1; i <= N; i++) {
      const r = await h.tg.send(a.id, `n${i}`)
      ids.set(r.message_id, `n${i}`)
    }
    await h.tg.idle(60_000)
    const refusals = (await h.tg.inbox(a.id)).filter((m) => textOf(m)?.includes(REFUSED))
    const refused = refusals.map((m) => ids.get(m.reply_to_message_id ?? -1))
    expect(refused.length).toBeGreaterThan(0)
    expect(refused).not.toContain(undefined)
    expect(new Set(refused).size).toBe(refused.length)
    const delivered = [...ids.values()].filter((t) => !refused.includes(t))
    // the first ones (LIMIT minus the /help of pair()) are under the rate limit; past it at most 3 wait
    expect(delivered.length).toBeGreaterThanOrEqual(LIMIT - 1)
    await expect.poll(() => copies(h, b.id), { timeout: 60_000, interval: 200 }).toEqual(delivered)
    expect((await h.tg.inbox(a.id)).filter((m) => textOf(m)?.includes(TOO_FAST))).toEqual([])
  })

  it('when a user has typed fast inside a chat, then their commands and buttons are not locked out (chat messages are not counted)', async () => {
    const { a } = await pair(h, '4')
    for (let i = 1; i <= LIMIT + 3; i++) await h.tg.send(a.id, `k${i}`)
    await h.tg.idle()
    const mark = await h.tg.mark(a.id)
    await h.tg.send(a.id, '/help')
    await h.tg.idle()
    const after = (await h.tg.inbox(a.id)).filter((m) => m.message_id > mark)
    expect(after.map((m) => textOf(m)?.includes('Commands:'))).toEqual([true])
  })

  it('when a user outside any chat floods the bot, then the excess is still dropped with one notice', async () => {
    const u = await h.tg.createUser({ first_name: 'Solo', language_code: 'en' })
    await seedOnboardedUser(h.db.db, u.id, { lang: 'en' })
    for (let i = 0; i < LIMIT + 4; i++) await h.tg.send(u.id, `hello ${i}`)
    await h.tg.idle()
    const inbox = await h.tg.inbox(u.id)
    expect(inbox.filter((m) => textOf(m)?.includes(TOO_FAST))).toHaveLength(1)
    expect(inbox.filter((m) => textOf(m)?.includes(REFUSED))).toEqual([])
    expect(inbox).toHaveLength(LIMIT + 1)
  })

  it('when a user inside a chat floods the bot with commands, then commands are still limited with one notice', async () => {
    const { a, b } = await pair(h, '3')
    for (let i = 0; i < LIMIT + 4; i++) await h.tg.send(a.id, '/help')
    await h.tg.idle()
    const inbox = await h.tg.inbox(a.id)
    expect(inbox.filter((m) => textOf(m)?.includes(TOO_FAST))).toHaveLength(1)
    expect(inbox).toHaveLength(LIMIT + 1)
    expect(await copies(h, b.id)).toEqual([])
  })
})
