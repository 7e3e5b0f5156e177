import { type AdaptiveRateOptions, createAdaptiveRate, DEFAULT_ADAPTIVE } from './adaptive-rate.js'

/**
 * Telegram flood limits, enforced on our side so the relay rarely sees a 429: one bucket per destination
 * chat (about 1 msg/s with a small burst) and one for the whole bot (about 30 msg/s, adaptive when
 * `adaptive` is set), plus one for paid broadcasts (`allow_paid_broadcast`, up to 1000 msg/s).
 */
export type SendLimits = {
  /** Off: every send may proceed at once (benchmarks, emulator without limits). */
  enabled: boolean
  /** The global rate (the starting rate when adaptive). */
  globalPerSec: number
  globalBurst: number
  chatPerSec: number
  chatBurst: number
  /** Adapt the global rate to 429s (see adaptive-rate.ts) between its min and `maxPerSec`. */
  adaptive?: Partial<Omit<AdaptiveRateOptions, 'startPerSec'>> & { maxPerSec: number }
  /** Global rate of sends with `allow_paid_broadcast` (Telegram: up to 1000 msg/s). */
  paidPerSec?: number
}

type Bucket = { tokens: number; at: number }

/** Why a send must wait: its chat's bucket or the bot-wide one is empty. */
export type Take = { wait: number; on: 'chat' | 'global' | null }

export function createSendScheduler(limits: SendLimits, now: () => number = Date.now) {
  const chats = new Map<number, Bucket>()
  const global: Bucket = { tokens: limits.globalBurst, at: now() }
  const paid: Bucket = { tokens: limits.paidPerSec ?? 1000, at: now() }
  const adaptive = limits.adaptive
    ? createAdaptiveRate({ ...DEFAULT_ADAPTIVE, ...limits.adaptive, startPerSec: limits.globalPerSec }, now)
    : null
  const globalRate = () => adaptive?.perSec ?? limits.globalPerSec
  // at most a second's worth of burst, so a lowered rate is not undone by a full bucket
  const globalBurst = (rate: number) => Math.max(1, Math.min(limits.globalBurst, rate))

  const refill = (b: Bucket, perSec: number, burst: number, t: number) => {
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSec)
    b.at = t
  }
  // a little slack: Telegram counts at arrival, and network jitter can make two sends look closer than we spaced them
  const SLACK_MS = 20
  const msUntilToken = (b: Bucket, perSec: number) => Math.ceil(((1 - b.tokens) / perSec) * 1000) + SLACK_MS

  function take(chatId: number, opts: { paid?: boolean } = {}): Take {
    if (!limits.enabled) return { wait: 0, on: null }
    const t = now()
    let chat = chats.get(chatId)
    if (!chat) {
      chat = { tokens: limits.chatBurst, at: t }
      chats.set(chatId, chat)
    }
    refill(chat, limits.chatPerSec, limits.chatBurst, t)
    const rate = opts.paid ? (limits.paidPerSec ?? 1000) : globalRate()
    const g = opts.paid ? paid : global
    refill(g, rate, opts.paid ? rate : globalBurst(rate), t)
    if (chat.tokens < 1) return { wait: Math.max(1, msUntilToken(chat, limits.chatPerSec)), on: 'chat' }
    if (g.tokens < 1) {
      if (!opts.paid) adaptive?.saturated()
      return { wait: Math.max(1, msUntilToken(g, rate)), on: 'global' }
    }
    chat.tokens -= 1
    g.tokens -= 1
    return { wait: 0, on: null }
  }

  return {
    limits,
    take,
    /**
     * Takes one token from the chat's and the global bucket when both have one (returns 0), otherwise
     * takes nothing and returns how many milliseconds to wait before trying again.
     */
    tryTake(chatId: number): number {
      return take(chatId).wait
    },
    /**
     * After a 429 the chat's budget is spent: start it empty so the next send waits a full interval.
     */
    drain(chatId: number) {
      chats.set(chatId, { tokens: 0, at: now() })
    },
    /**
     * A 429 for `chatId`: drains its bucket and tells the adaptive rate (true when it slowed down). The
     * send that was refused had taken a token: if the chat still had one left besides, its own limit (as we
     * count it) was not the cause, so the 429 is evidence of the bot-wide one. `retryAfterMs`: Telegram's
     * retry_after (see AdaptiveRate.rateLimited).
     */
    rateLimited(chatId: number, retryAfterMs = 0): boolean {
      const t = now()
      const chat = chats.get(chatId)
      if (chat) refill(chat, limits.chatPerSec, limits.chatBurst, t)
      const hadBudget = chat === undefined || chat.tokens >= 1
      chats.set(chatId, { tokens: 0, at: t })
      return adaptive?.rateLimited(chatId, hadBudget, retryAfterMs) ?? false
    },
    /** Telegram accepted a (free) send: the adaptive rate learns the ceiling from these. */
    accepted(sentAt?: number) {
      adaptive?.accepted(sentAt)
    },
    /** The ceiling the adaptive rate learnt from 429s (msg/s), null while none is known. */
    get ceiling() {
      return adaptive?.ceiling ?? null
    },
    /** The global rate now (msg/s). */
    get globalPerSec() {
      return globalRate()
    },
    adaptiveStats: adaptive?.stats,
    /** Forget full buckets of idle chats so the map does not grow without bound. */
    prune() {
      const t = now()
      for (const [id, b] of chats) {
        refill(b, limits.chatPerSec, limits.chatBurst, t)
        if (b.tokens >= limits.chatBurst) chats.delete(id)
      }
    },
    get trackedChats() {
      return chats.size
    },
  }
}

export type SendScheduler = ReturnType<typeof createSendScheduler>
