/**
 * Telegram flood limits, enforced on our side so the relay rarely sees a 429: one bucket per destination
 * chat (about 1 msg/s with a small burst) and one for the whole bot (about 30 msg/s).
 */
export type SendLimits = {
  /** Off: every send may proceed at once (benchmarks, emulator without limits). */
  enabled: boolean
  globalPerSec: number
  globalBurst: number
  chatPerSec: number
  chatBurst: number
}

type Bucket = { tokens: number; at: number }

export function createSendScheduler(limits: SendLimits, now: () => number = Date.now) {
  const chats = new Map<number, Bucket>()
  const global: Bucket = { tokens: limits.globalBurst, at: now() }

  const refill = (b: Bucket, perSec: number, burst: number, t: number) => {
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSec)
    b.at = t
  }
  // a little slack: Telegram counts at arrival, and network jitter can make two sends look closer than we spaced them
  const SLACK_MS = 20
  const msUntilToken = (b: Bucket, perSec: number) => Math.ceil(((1 - b.tokens) / perSec) * 1000) + SLACK_MS

  return {
    limits,
    /**
     * Takes one token from the chat's and the global bucket when both have one (returns 0), otherwise
     * takes nothing and returns how many milliseconds to wait before trying again.
     */
    tryTake(chatId: number): number {
      if (!limits.enabled) return 0
      const t = now()
      let chat = chats.get(chatId)
      if (!chat) {
        chat = { tokens: limits.chatBurst, at: t }
        chats.set(chatId, chat)
      }
      refill(chat, limits.chatPerSec, limits.chatBurst, t)
      refill(global, limits.globalPerSec, limits.globalBurst, t)
      if (chat.tokens < 1) return Math.max(1, msUntilToken(chat, limits.chatPerSec))
      if (global.tokens < 1) return Math.max(1, msUntilToken(global, limits.globalPerSec))
      chat.tokens -= 1
      global.tokens -= 1
      return 0
    },
    /**
     * After a 429 the chat's budget is spent: start it empty so the next send waits a full interval.
     */
    drain(chatId: number) {
      chats.set(chatId, { tokens: 0, at: now() })
    },
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
