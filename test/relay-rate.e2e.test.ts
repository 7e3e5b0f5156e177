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
    const outbox = h.app.services.outbox
    // The 429s counted when the rate was first seen more than one probe step above the ceiling it had
    // learnt (null while it is not): from then on any 429 must bring it down (see the last assertion).
    let refusedWhenAbove: number | null = null
    const watch = () => {
      const { perSec, ceiling } = outbox.rate
      if (ceiling === null || perSec <= ceiling * (1 + DEFAULT_ADAPTIVE.fastIncrease)) refusedWhenAbove = null
      else refusedWhenAbove ??= outbox.stats.rateLimited
    }
    const watcher = setInterval(watch, 50)
    outbox.start()
    await outbox.idle()
    clearInterval(watcher)
    watch()

    for (const p of pairs) {
      const got = (await tg.inbox(p.b)).map((m) => m.text).filter((t) => t?.startsWith('m '))
      expect(got).toEqual(Array.from({ length: PER_PAIR }, (_, i) => `m ${i}`))
    }
    const refused = (await tg.stats()).rate_limited - limited0
    const total = PAIRS * PER_PAIR
    const { perSec, ceiling, decreases } = outbox.rate
    console.log(
      `relay-rate: ${refused} refused of ${total}, learnt ceiling ${ceiling} msg/s, rate ${perSec} msg/s, ${decreases} cuts`,
    )
    // the ceiling was hit (the relay started 3× too fast) and every refused send was retried (all delivered)
    expect(refused).toBeGreaterThan(0)
    // a fixed 30 msg/s would be refused about twice per accepted send; the adaptive rate far less
    expect(refused).toBeLessThan(total)
    // Telegram's refusals reached the controller: it learnt a ceiling well under its 30 msg/s start. The first
    // cut is at most by half (30 → 15 while Telegram accepts ~10), so a controller that learns cuts again; the
    // old one read every later 429 as a chat's own limit (each chat, paced at 1 msg/s, sends with its last
    // token) and stayed at 15 in about half the runs, a third of the sends refused. It lands at 9–12 msg/s
    // here; its precision is tested on a simulated clock (adaptive-rate.test.ts) and measured by bench:relay.
    expect(decreases).toBeGreaterThanOrEqual(2)
    expect(ceiling).not.toBeNull()
    expect(ceiling!).toBeGreaterThan(CEILING * 0.7)
    expect(ceiling!).toBeLessThanOrEqual(CEILING * 1.5)
    // The rate holds near it: more than one probe step above the learnt ceiling only while Telegram refused
    // nothing since it got there. A ceiling learnt a little low (9 of 10 under load) is probed past without a
    // 429, by design (the step doubles while Telegram accepts), and the backlog can end before a 429 answers:
    // the old check, rate ≤ ceiling × 1.25 at the end, failed such runs (7.5 → 14.6 on the old code, 9 → 13.7
    // with the fixed controller) though Telegram refused nothing meanwhile. What it was for still fails here:
    // the old controller took a 429 at 13.7 on a ceiling of 9 for a chat's own limit and went on to 17.1.
    expect(outbox.stats.rateLimited).toBe(refusedWhenAbove ?? outbox.stats.rateLimited)
    // ~10 s of delivery at the ceiling, more on a loaded machine
  }, 120_000)
})
