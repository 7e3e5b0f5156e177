import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { outbox } from '../../db/schema/index.js'
import { seedSession } from '../../modules/chat/test-fixtures.js'

const WAIT = { timeoutMs: 300_000, intervalMs: 200 }

/**
 * Issue 15 §5 end to end: the relay's global rate adapts to the ceiling the emulator enforces (its
 * `/control/limits`), every 429 is retried, nothing is lost, duplicated or reordered; paid broadcasts are
 * used within the Stars budget when the operator enables them.
 */
describe('relay rate against Telegram flood limits (e2e)', () => {
  let n = 0
  const h = testAppPerFile({ emulatorLimits: true, env: { RATE_LIMIT_PER_MIN: '100000' } })

  async function pairs(count: number) {
    await h.tg.limits({ enabled: false })
    const out: { a: number; b: number; sessionId: number }[] = []
    for (let i = 0; i < count; i++) {
      n++
      const a = await h.tg.createUser({ first_name: `Rita${n}` })
      const b = await h.tg.createUser({ first_name: `Oleg${n}` })
      const s = await seedSession(
        h.db.db,
        { telegramId: a.id, nickname: `A${n}` },
        { telegramId: b.id, nickname: `B${n}` },
      )
      await h.tg.send(a.id, '/help')
      await h.tg.send(b.id, '/help')
      out.push({ a: a.id, b: b.id, sessionId: s.sessionId })
    }
    await h.tg.idle(60_000)
    return out
  }

  const copies = async (userId: number) =>
    (await h.tg.inbox(userId)).filter((m) => m.method === 'copyMessage').map((m) => m.text)

  async function sendAll(ps: { a: number }[], perPair: number, tag: string) {
    await Promise.all(
      ps.map(async (p) => {
        for (let i = 0; i < perPair; i++) await h.tg.send(p.a, `${tag}${i}`)
      }),
    )
  }

  async function expectAllInOrder(ps: { b: number }[], perPair: number, tag: string) {
    for (const p of ps) {
      await h.tg.until(async () => (await copies(p.b)).length >= perPair, { ...WAIT, what: 'copies' })
    }
    await h.app.services.outbox.idle()
    for (const p of ps)
      expect(await copies(p.b)).toEqual(Array.from({ length: perPair }, (_, i) => `${tag}${i}`))
  }

  it('when Telegram enforces far less than 30 msg/s (4/s), then the global rate comes down to it and every message arrives once, in order', async () => {
    const ps = await pairs(16)
    await h.tg.limits({
      enabled: true,
      global_per_sec: 4,
      global_burst: 4,
      per_chat_per_sec: 1,
      per_chat_burst: 3,
    })
    const before = await h.tg.stats()
    // the backlog is accepted first (dispatcher stopped): demand is sure to exceed the ceiling, however slowly
    // this machine accepts webhooks
    await h.app.services.outbox.stop()
    await sendAll(ps, 6, 'r')
    await h.tg.idle(300_000)
    h.app.services.outbox.start()
    await expectAllInOrder(ps, 6, 'r')
    const after = await h.tg.stats()
    // the ceiling was hit and every refused send was retried (nothing lost above)
    expect(Number(after.rate_limited)).toBeGreaterThan(Number(before.rate_limited))
    const rate = h.app.services.outbox.rate
    expect(rate.decreases).toBeGreaterThan(0)
    expect(rate.perSec).toBeLessThan(30)
    const rows = await h.db.db.select().from(outbox).where(eq(outbox.method, 'copyMessage'))
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([])
  }, 400_000)

  it('when paid broadcasts are enabled with a budget, then the backlog uses allow_paid_broadcast up to the budget and no further', async () => {
    // a budget of 1 Star = 10 paid messages (0.1 Star each); any backlog counts as old enough
    await h.restart({
      RELAY_PAID_BROADCAST: 'true',
      RELAY_PAID_BROADCAST_STARS_PER_DAY: '1',
      RELAY_PAID_BROADCAST_AFTER_SEC: '0',
    })
    const ps = await pairs(8)
    await h.tg.limits({
      enabled: true,
      global_per_sec: 2,
      global_burst: 2,
      per_chat_per_sec: 1,
      per_chat_burst: 3,
    })
    const before = Number((await h.tg.stats()).paid_broadcasts)
    await h.app.services.outbox.stop()
    await sendAll(ps, 4, 'p')
    await h.tg.idle(300_000)
    h.app.services.outbox.start()
    await expectAllInOrder(ps, 4, 'p')
    expect(Number((await h.tg.stats()).paid_broadcasts) - before).toBe(10)
    expect(h.app.services.outbox.rate.paidStarsToday).toBe(1)
    expect(Number(await h.app.metrics.relayPaidBroadcasts.get().then((m) => m.values[0]?.value))).toBe(10)
  }, 400_000)
})
