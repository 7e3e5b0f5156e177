import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../emulator/rate-limit.js'
import { createAdaptiveRate, DEFAULT_ADAPTIVE } from './adaptive-rate.js'
import { createSendScheduler } from './token-bucket.js'

const opts = { ...DEFAULT_ADAPTIVE, startPerSec: 30, maxPerSec: 100 }

/**
 * The relay against a simulated Telegram (the emulator's own flood limiter, fake clock): `chats` chats with
 * an endless backlog, each send refused with 429 is retried after retry_after. Returns what was delivered.
 */
function simulate(ceiling: number, seconds: number, chats = 200) {
  let t = 0
  const telegram = createRateLimiter(
    { enabled: true, perChatPerSec: 1, perChatBurst: 3, globalPerSec: ceiling, globalBurst: ceiling },
    () => t,
  )
  const s = createSendScheduler(
    {
      enabled: true,
      globalPerSec: 30,
      globalBurst: 30,
      chatPerSec: 1,
      chatBurst: 3,
      adaptive: { maxPerSec: 1000 },
    },
    () => t,
  )
  const pausedUntil = new Array<number>(chats).fill(0)
  let delivered = 0
  let refused = 0
  let next = 0
  const rates: number[] = []
  for (; t < seconds * 1000; t += 5) {
    for (let k = 0; k < chats; k++) {
      const chat = (next + k) % chats
      if (pausedUntil[chat]! > t) continue
      const take = s.take(chat + 1)
      if (take.wait > 0) {
        if (take.on === 'global') break
        continue
      }
      const retryAfter = telegram.take(chat + 1)
      if (retryAfter === 0) delivered++
      else {
        refused++
        s.rateLimited(chat + 1)
        pausedUntil[chat] = t + retryAfter * 1000
      }
      next = chat + 1
    }
    if (t % 1000 === 0) rates.push(s.globalPerSec)
  }
  return { delivered, refused, rates, perSec: delivered / seconds }
}

describe('adaptive global rate', () => {
  it('when 429s come from several chats at once, then the rate drops once for the burst', () => {
    let t = 0
    const r = createAdaptiveRate(opts, () => t)
    expect(r.rateLimited(1)).toBe(false)
    expect(r.rateLimited(2)).toBe(true)
    expect(r.perSec).toBeCloseTo(27)
    for (let c = 3; c < 10; c++) expect(r.rateLimited(c)).toBe(false)
    t += 1500
    r.rateLimited(11)
    expect(r.rateLimited(12)).toBe(true)
    expect(r.perSec).toBeCloseTo(24.3)
  })

  it("when only one chat gets 429s (its own limit), then the bot's rate stays", () => {
    let t = 0
    const r = createAdaptiveRate(opts, () => t)
    for (let i = 0; i < 10; i++) {
      t += 300
      expect(r.rateLimited(5)).toBe(false)
    }
    expect(r.perSec).toBe(30)
  })

  it('when the rate is the bottleneck and no 429 comes, then it probes upwards up to the max; without demand it stays', () => {
    let t = 0
    const r = createAdaptiveRate({ ...opts, maxPerSec: 40 }, () => t)
    for (let i = 0; i < 5; i++) {
      t += 1000
      void r.perSec
    }
    expect(r.perSec).toBe(30)
    for (let i = 0; i < 100; i++) {
      r.saturated()
      t += 1000
      void r.perSec
    }
    expect(r.perSec).toBe(40)
  })

  for (const ceiling of [15, 30, 60]) {
    it(`when Telegram enforces ${ceiling} msg/s, then delivery runs at 95 % of it or more and every 429 is retried`, () => {
      const seconds = 180
      const run = simulate(ceiling, seconds)
      // the steady state: skip the first 30 s of finding the ceiling
      const warm = simulate(ceiling, 30)
      const steady = (run.delivered - warm.delivered) / (seconds - 30)
      expect(steady / ceiling).toBeGreaterThanOrEqual(0.95)
      // it found the ceiling rather than sitting far above it (every 429 costs a retry)
      expect(run.refused / run.delivered).toBeLessThan(0.1)
      expect(Math.max(...run.rates.slice(30))).toBeLessThan(ceiling * 1.5)
    })
  }
})
