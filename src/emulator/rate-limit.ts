import type { Limits } from './types.js'

interface Bucket {
  tokens: number
  at: number
}

/**
 * Token buckets per chat and for the whole bot. `take` returns 0 when the send may proceed, otherwise the
 * whole seconds to wait (Telegram's `retry_after`). A refused send consumes nothing.
 */
export function createRateLimiter(initial: Limits, now: () => number) {
  let limits = { ...initial }
  const chats = new Map<number, Bucket>()
  let global: Bucket = { tokens: limits.globalBurst, at: now() }

  function refill(b: Bucket, perSec: number, burst: number, t: number) {
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSec)
    b.at = t
  }

  const waitSeconds = (b: Bucket, perSec: number) => Math.max(1, Math.ceil((1 - b.tokens) / perSec))

  return {
    get limits(): Limits {
      return { ...limits }
    },
    configure(next: Partial<Limits>) {
      limits = { ...limits, ...next }
      chats.clear()
      global = { tokens: limits.globalBurst, at: now() }
    },
    take(chatId: number): number {
      if (!limits.enabled) return 0
      const t = now()
      let chat = chats.get(chatId)
      if (!chat) {
        chat = { tokens: limits.perChatBurst, at: t }
        chats.set(chatId, chat)
      }
      refill(chat, limits.perChatPerSec, limits.perChatBurst, t)
      refill(global, limits.globalPerSec, limits.globalBurst, t)
      if (chat.tokens < 1) return waitSeconds(chat, limits.perChatPerSec)
      if (global.tokens < 1) return waitSeconds(global, limits.globalPerSec)
      chat.tokens -= 1
      global.tokens -= 1
      return 0
    },
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>
