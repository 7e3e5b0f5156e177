import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_ADAPTIVE } from '../src/modules/chat/adaptive-rate.js'
import { seedSession } from '../src/modules/chat/test-fixtures.js'
import { startTestApp, type TestApp } from './helpers/app.js'

const CEILING = 10
const PAIRS = 16
const PER_PAIR = 6

/**
 * The adaptive relay rate against the emulator's flood limits (a bot-wide ceiling of 10 msg/s, 1 msg/s per
 * chat): the relay starts at its configured 30 msg/s, three times too fast, and must learn the ceiling
 * from Telegram's 429s and what Telegram accepted. Asserted on counts, never on timing.
 */
describe('relay rate against the emulator ceiling', () => {
  let h: TestApp
  beforeAll(async () => {
    h = await startTestApp({
      emulatorLimits: true,
      // delivery takes ~10 s or more: no "your message is delayed" notices in between
      env: { RATE_LIMIT_PER_MIN: '1000000', RELAY_DELAY_NOTICE_SEC: '3600' },
    })
  })
  afterAll(async () => h?.close())

  it('when Telegram allows a third of the starting rate, then the relay slows down to near it: everything delivered once, in order, every 429 retried', async () => {
    const { tg } = h
    await tg.limits({ enabled: false })
    const pairs: { a: number; b: number }[] = []
    for (let i = 0; i < PAIRS; i++) {
      const a = await tg.createUser({ first_name: `A${i}` })
      const b = await tg.createUser({ first_name: `B${i}` })
      const s = await seedSession(
        h.db.db,
        { telegramId: a.id, nickname: `a${i}` },
        { telegramId: b.id, nickname: `b${i}` },
      )
      await tg.send(a.id, '/help')
      await tg.send(b.id, '/help')
      await h.app.services.chat.onSessionOpened(s)
      pairs.push({ a: a.id, b: b.id })
    }
    await tg.idle(60_000)
    await h.app.services.outbox.idle()
    expect(h.app.services.outbox.rate.perSec).toBe(30)

    await tg.limits({
      enabled: true,
      per_chat_per_sec: 1,
      per_chat_burst: 3,
      global_per_sec: CEILING,
      global_burst: CEILING,
    })
    const limited0 = (await tg.stats()).rate_limited
    // The controller reads Telegram's ceiling from the sends it accepted in the last second: the 32 "chat
    // started" notices just delivered with no limits must leave that window first, or they count as 32/s
    // accepted under the new limits (queueing the backlog below takes well under a second).
    await new Promise((r) => setTimeout(r, 1100))
    // the backlog is queued first, then delivered against the ceiling
    await h.app.services.outbox.stop()
    await Promise.all(
      pairs.map(async (p) => {
        for (let i = 0; i < PER_PAIR; i++) await tg.send(p.a, `m ${i}`)
      }),
    )
    await tg.idle(120_000)
    h.app.services.outbox.start()
    await h.app.services.outbox.idle()

    for (const p of pairs) {
      const got = (await tg.inbox(p.b)).map((m) => m.text).filter((t) => t?.startsWith('m '))
      expect(got).toEqual(Array.from({ length: PER_PAIR }, (_, i) => `m ${i}`))
    }
    const refused = (await tg.stats()).rate_limited - limited0
    const total = PAIRS * PER_PAIR
    const { perSec, ceiling } = h.app.services.outbox.rate
    console.log(
      `relay-rate: ${refused} refused of ${total}, learnt ceiling ${ceiling} msg/s, rate ${perSec} msg/s`,
    )
    // the ceiling was hit (the relay started 3× too fast) and every refused send was retried (all delivered)
    expect(refused).toBeGreaterThan(0)
    // a fixed 30 msg/s would be refused about twice per accepted send; the adaptive rate far less
    expect(refused).toBeLessThan(total)
    // Telegram's refusals reached the controller: it learnt a ceiling well under its 30 msg/s start and holds
    // there. It lands at 11–15 msg/s here: the first cut is at most by half, and a later 429 of a chat whose
    // own budget (as we count it) the refused send had used is read as that chat's limit, not the bot's —
    // so how close it gets to 10 depends on timing. Its precision is tested on a simulated clock
    // (adaptive-rate.test.ts) and measured by bench:relay.
    expect(ceiling).not.toBeNull()
    expect(ceiling!).toBeGreaterThan(CEILING * 0.7)
    expect(ceiling!).toBeLessThanOrEqual(CEILING * 1.5)
    // the current rate holds near it: at most one probe step above the learnt ceiling (CI once saw 15 → 15.225,
    // a +1.5 % probe on a ceiling learnt at exactly 1.5× — the old bound CEILING × 1.5 ignored probing)
    expect(perSec).toBeLessThanOrEqual(ceiling! * (1 + DEFAULT_ADAPTIVE.fastIncrease))
    // ~10 s of delivery at the ceiling, more on a loaded machine
  }, 120_000)
})
