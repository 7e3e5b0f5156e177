/**
 * The relay's global send rate, adapted to whatever ceiling Telegram enforces. Start at the documented
 * ~30 msg/s; learn the ceiling from what Telegram accepts when it starts refusing, hold just under it, and
 * probe upwards slowly near it, quickly far from it.
 *
 * - **Ceiling learnt from the accepted rate.** When 429s from several chats show the bot-wide limit was hit,
 *   the sends Telegram *accepted* in the last `windowMs` are the best estimate of its ceiling (the rate we
 *   were sending at may have been far above it). The rate drops to `hold` × that (at least `decrease` ×
 *   the rate, never below half of it), not by a fixed factor: after a decrease delivery runs at ~98 % of
 *   the ceiling instead of the 90 % a fixed 0.9 cut left (the sawtooth of plain AIMD). The next cut waits
 *   a window beyond the `retry_after` of the 429 that brought this one: the sends refused here are out
 *   that long, and a window holding their pause reads as a ceiling far too low (the e2e test learnt 7.5 of
 *   10 msg/s that way, and the rate then climbed back above it without a 429, as probing should).
 * - **Probing.** Per `probeEveryMs` in which the rate was the bottleneck (sends waited for a global token
 *   and Telegram accepted at least 80 % of the rate) and no such 429 came: up to the known ceiling by `increase` (1.5 %); above it the step doubles with
 *   every probe that brings no 429 (Telegram has probably raised its limit), up to `fastIncrease`; while no
 *   ceiling is known, by `fastIncrease`. After
 *   `forgetAfterProbes` probes above the last ceiling without a 429 it is forgotten.
 * - **Which 429s count.** Below the learnt ceiling a 429 of a single chat is most likely that chat's own
 *   limit (about 1 msg/s, also spent by the bot's direct replies, which the relay does not see) and does not
 *   lower the global rate; so is a 429 of a chat whose own budget was spent by our accounting (`chatHadBudget`
 *   false). 429s from `chatsForDecrease` distinct chats that had budget, or from twice as many chats of
 *   either kind, within `windowMs`, do (no sooner than the wait above): four chats' own limits at once are
 *   unlikely. At or above the learnt ceiling (probing, or held there after a cut capped at half) any 429
 *   does. A chat paced at its own limit always sends with its last token, so before these two rules a
 *   backlog on few chats hid every 429 after the first cut: the rate stayed at a capped cut's 1.5× (a third
 *   of the sends refused), sat under a ceiling learnt too high, or probed on to 1.5–2× the learnt one.
 *
 * Sends refused with 429 are never lost: the dispatcher retries them after `retry_after`.
 */
export type AdaptiveRateOptions = {
  startPerSec: number
  minPerSec: number
  maxPerSec: number
  /** The rate after a global 429 is at most this fraction of the rate it came at (0.98 → 2 % slower). */
  decrease: number
  /** After a global 429 the rate holds at this fraction of the rate Telegram accepted in the last window. */
  hold: number
  /** Increase per probe below a known ceiling, as a fraction of the current rate (at least 0.2 msg/s). */
  increase: number
  /** Increase per probe while no ceiling is known; the cap of the doubling step above one. */
  fastIncrease: number
  forgetAfterProbes: number
  probeEveryMs: number
  windowMs: number
  chatsForDecrease: number
}

export const DEFAULT_ADAPTIVE: Omit<AdaptiveRateOptions, 'startPerSec' | 'maxPerSec'> = {
  minPerSec: 1,
  decrease: 0.98,
  hold: 0.98,
  increase: 0.015,
  fastIncrease: 0.25,
  forgetAfterProbes: 10,
  probeEveryMs: 1000,
  windowMs: 1000,
  chatsForDecrease: 2,
}

/** The longest retry_after the next cut waits out (a long one must not freeze the rate). */
const MAX_PAUSE_MS = 5000

export function createAdaptiveRate(opts: AdaptiveRateOptions, now: () => number = Date.now) {
  let rate = Math.min(opts.maxPerSec, Math.max(opts.minPerSec, opts.startPerSec))
  let lastDecreaseAt = Number.NEGATIVE_INFINITY
  /** The retry_after of the 429 that brought the last cut: the sends refused then are out that long. */
  let pauseAfterCut = 0
  let probeFrom = now()
  let saturated = false
  /** The rate Telegram accepted when the last global 429s came; null until one comes or once forgotten. */
  let ceiling: number | null = null
  let probesAbove = 0
  /** Sends Telegram accepted since the probe window began. */
  let acceptedInProbe = 0
  /** Chats refused within the last window: whose budget (as we count it) the refused send had not used. */
  const recent = new Map<number, number>()
  /** Chats refused within the last window whose refused send had used the last of their budget. */
  const spent = new Map<number, number>()
  /** Times of the sends Telegram accepted within the last window (oldest first). */
  const accepted: number[] = []
  let acceptedHead = 0
  const stats = { decreases: 0, increases: 0 }

  function pruneAccepted(t: number) {
    while (acceptedHead < accepted.length && t - accepted[acceptedHead]! >= opts.windowMs) acceptedHead++
    if (acceptedHead > 1024) {
      accepted.splice(0, acceptedHead)
      acceptedHead = 0
    }
  }

  function probe(t: number) {
    if (t - probeFrom < opts.probeEveryMs) return
    // the rate limited delivery only if sends also went out at about that rate: a global wait now and then
    // while most chats wait on their own limit (or there is little to send) is no reason to go faster
    const atRate = acceptedInProbe >= 0.8 * rate * ((t - probeFrom) / 1000)
    if (saturated && atRate && t - lastDecreaseAt >= opts.probeEveryMs) {
      if (ceiling === null) rate *= 1 + opts.fastIncrease
      else {
        // above the ceiling without a 429 the step doubles each probe: it has probably moved up
        const step = Math.min(opts.fastIncrease, opts.increase * 2 ** probesAbove)
        rate += Math.max(0.2, rate * step)
        if (rate > ceiling && ++probesAbove >= opts.forgetAfterProbes) ceiling = null
      }
      rate = Math.min(opts.maxPerSec, rate)
      stats.increases++
    }
    saturated = false
    acceptedInProbe = 0
    probeFrom = t
  }

  return {
    stats,
    get perSec() {
      probe(now())
      return rate
    },
    /** The ceiling learnt from the last global 429s (msg/s), null while none is known. */
    get ceiling() {
      return ceiling
    },
    /** A send had to wait for a global token: the rate, not demand, limited delivery. */
    saturated() {
      saturated = true
    },
    /**
     * Telegram accepted a send (counts towards the accepted rate the ceiling is learnt from). `sentAt`: when
     * the request went out — answers can arrive in clumps (a busy event loop, a slow network), and counting
     * them by arrival would see a burst Telegram never accepted; counted by send time they stay spread as
     * Telegram accepted them.
     */
    accepted(sentAt?: number) {
      const t = now()
      const at = Math.min(t, sentAt ?? t)
      // nearly always in order: insert from the end
      let i = accepted.length
      while (i > acceptedHead && accepted[i - 1]! > at) i--
      accepted.splice(i, 0, at)
      acceptedInProbe++
      pruneAccepted(t)
    },
    /**
     * A 429 from Telegram for `chatId`; `chatHadBudget`: by our own accounting that chat could still send,
     * so its own limit is an unlikely cause (ignored at or above the learnt ceiling). `retryAfterMs`: how long
     * Telegram told the refused send to wait. The sends refused at a cut are all out for that long, so the
     * window right after a cut counts their pause, not Telegram's ceiling: the next cut waits until a whole
     * window has passed after it (at most `MAX_PAUSE_MS` later). Returns true when it lowered the rate.
     */
    rateLimited(chatId: number, chatHadBudget = true, retryAfterMs = 0): boolean {
      const t = now()
      // at or above the ceiling a 429 answers the probe, whichever chat it came from
      const atCeiling = ceiling !== null && rate >= ceiling
      if (chatHadBudget || atCeiling) recent.set(chatId, t)
      else spent.set(chatId, t)
      for (const m of [recent, spent]) for (const [c, at] of m) if (t - at > opts.windowMs) m.delete(c)
      let chats = recent.size
      for (const c of spent.keys()) if (!recent.has(c)) chats++
      const evidence = atCeiling
        ? recent.size >= 1
        : recent.size >= opts.chatsForDecrease || chats >= opts.chatsForDecrease * 2
      if (!evidence || t - lastDecreaseAt < opts.windowMs + pauseAfterCut) return false
      pruneAccepted(t)
      const acceptedPerSec = ((accepted.length - acceptedHead) * 1000) / opts.windowMs
      const target = Math.min(rate * opts.decrease, Math.max(rate * 0.5, acceptedPerSec * opts.hold))
      const previous = rate
      rate = Math.max(opts.minPerSec, target)
      ceiling = Math.max(rate, Math.min(previous, acceptedPerSec))
      probesAbove = 0
      lastDecreaseAt = t
      pauseAfterCut = Math.min(MAX_PAUSE_MS, Math.max(0, retryAfterMs))
      probeFrom = t
      saturated = false
      acceptedInProbe = 0
      recent.clear()
      spent.clear()
      stats.decreases++
      return true
    },
  }
}

export type AdaptiveRate = ReturnType<typeof createAdaptiveRate>
