/**
 * The relay's global send rate, adapted to whatever ceiling Telegram enforces (AIMD, as TCP congestion
 * control): start at the documented ~30 msg/s, cut the rate by `decrease` when 429s from several chats show
 * the bot-wide limit was hit, and probe upwards again by `increase` of the rate per `probeEveryMs` in which
 * the rate was the bottleneck (sends waited for a global token) and no such 429 came.
 *
 * A 429 of a single chat is most likely that chat's own limit (about 1 msg/s, also spent by the bot's direct
 * replies, which the relay does not see) and does not lower the global rate; 429s from `chatsForDecrease`
 * distinct chats within `windowMs` do, at most once per window. Sends refused with 429 are not lost: the
 * dispatcher retries them after `retry_after`.
 */
export type AdaptiveRateOptions = {
  startPerSec: number
  minPerSec: number
  maxPerSec: number
  /** Multiplicative decrease on a global 429 (0.9 → 10 % slower). */
  decrease: number
  /** Additive increase per probe, as a fraction of the current rate (at least 0.5 msg/s). */
  increase: number
  probeEveryMs: number
  windowMs: number
  chatsForDecrease: number
}

export const DEFAULT_ADAPTIVE: Omit<AdaptiveRateOptions, 'startPerSec' | 'maxPerSec'> = {
  minPerSec: 1,
  decrease: 0.9,
  increase: 0.04,
  probeEveryMs: 1000,
  windowMs: 1000,
  chatsForDecrease: 2,
}

export function createAdaptiveRate(opts: AdaptiveRateOptions, now: () => number = Date.now) {
  let rate = Math.min(opts.maxPerSec, Math.max(opts.minPerSec, opts.startPerSec))
  let lastDecreaseAt = Number.NEGATIVE_INFINITY
  let probeFrom = now()
  let saturated = false
  const recent = new Map<number, number>()
  const stats = { decreases: 0, increases: 0 }

  function probe(t: number) {
    if (t - probeFrom < opts.probeEveryMs) return
    if (saturated && t - lastDecreaseAt >= opts.probeEveryMs) {
      rate = Math.min(opts.maxPerSec, rate + Math.max(0.5, rate * opts.increase))
      stats.increases++
    }
    saturated = false
    probeFrom = t
  }

  return {
    stats,
    get perSec() {
      probe(now())
      return rate
    },
    /** A send had to wait for a global token: the rate, not demand, limited delivery. */
    saturated() {
      saturated = true
    },
    /** A 429 from Telegram for `chatId`. Returns true when it lowered the global rate. */
    rateLimited(chatId: number): boolean {
      const t = now()
      recent.set(chatId, t)
      for (const [c, at] of recent) if (t - at > opts.windowMs) recent.delete(c)
      if (recent.size < opts.chatsForDecrease || t - lastDecreaseAt < opts.windowMs) return false
      rate = Math.max(opts.minPerSec, rate * opts.decrease)
      lastDecreaseAt = t
      probeFrom = t
      saturated = false
      recent.clear()
      stats.decreases++
      return true
    },
  }
}

export type AdaptiveRate = ReturnType<typeof createAdaptiveRate>
