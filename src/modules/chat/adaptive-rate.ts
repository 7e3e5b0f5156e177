/**
 * The relay's global send rate, adapted to whatever ceiling Telegram enforces (AIMD, as TCP congestion
 * control): start at the documented ~30 msg/s, cut the rate by `decrease` when 429s from several chats show
 * the bot-wide limit was hit, and probe upwards again per `probeEveryMs` in which the rate was the bottleneck
 * (sends waited for a global token) and no such 429 came: quickly (`fastIncrease`) while no ceiling is known,
 * slowly (`increase`) once 429s have shown one. After `forgetAfterProbes` probes above the last ceiling
 * without a 429 it is forgotten (Telegram raised the limit) and the climb is quick again.
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
  /** Increase per probe once a ceiling was found, as a fraction of the current rate (at least 0.5 msg/s). */
  increase: number
  /** Increase per probe while no ceiling is known. */
  fastIncrease: number
  forgetAfterProbes: number
  probeEveryMs: number
  windowMs: number
  chatsForDecrease: number
}

export const DEFAULT_ADAPTIVE: Omit<AdaptiveRateOptions, 'startPerSec' | 'maxPerSec'> = {
  minPerSec: 1,
  decrease: 0.9,
  increase: 0.04,
  fastIncrease: 0.15,
  forgetAfterProbes: 10,
  probeEveryMs: 1000,
  windowMs: 1000,
  chatsForDecrease: 2,
}

export function createAdaptiveRate(opts: AdaptiveRateOptions, now: () => number = Date.now) {
  let rate = Math.min(opts.maxPerSec, Math.max(opts.minPerSec, opts.startPerSec))
  let lastDecreaseAt = Number.NEGATIVE_INFINITY
  let probeFrom = now()
  let saturated = false
  /** The rate at which the last global 429s came; null until one comes or once forgotten. */
  let ceiling: number | null = null
  let probesAbove = 0
  const recent = new Map<number, number>()
  const stats = { decreases: 0, increases: 0 }

  function probe(t: number) {
    if (t - probeFrom < opts.probeEveryMs) return
    if (saturated && t - lastDecreaseAt >= opts.probeEveryMs) {
      if (ceiling === null) rate += Math.max(0.5, rate * opts.fastIncrease)
      else {
        rate += Math.max(0.5, rate * opts.increase)
        if (rate > ceiling && ++probesAbove >= opts.forgetAfterProbes) ceiling = null
      }
      rate = Math.min(opts.maxPerSec, rate)
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
      ceiling = rate
      probesAbove = 0
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
