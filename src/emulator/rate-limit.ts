import type { Limits } from './types.js'

interface Bucket {
  tokens: number
  at: number
}

/** Sends with `allow_paid_broadcast` may go up to 1000 msg/s for the bot (per-chat limits still apply). */
export const PAID_BROADCAST_PER_SEC = 1000

/**
 * Token buckets per chat and for the whole bot. `take` returns 0 when the send may proceed, otherwise the
 * whole seconds to wait (Telegram's `retry_after`). A refused send consumes nothing. Paid broadcasts draw on
 * their own bot-wide bucket of PAID_BROADCAST_PER_SEC instead of the free one.
 */
export function createRateLimiter(initial: Limits, now: () => number) {
  let limits = { ...initial }
  const chats = new Map<number, Bucket>()
  let global: Bucket = { tokens: limits.globalBurst, at: now() }
  let paid: Bucket = { tokens: PAID_BROADCAST_PER_SEC, at: now() }

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
      paid = { tokens: PAID_BROADCAST_PER_SEC, at: now() }
    },
    take(chatId: number, paidBroadcast = false): number {
      if (!limits.enabled) return 0
      const t = now()
      let chat = chats.get(chatId)
      if (!chat) {
        chat = { tokens: limits.perChatBurst, at: t }
        chats.set(chatId, chat)
      }
      refill(chat, limits.perChatPerSec, limits.perChatBurst, t)
      const g = paidBroadcast ? paid : global
      const [perSec, burst] = paidBroadcast
        ? [PAID_BROADCAST_PER_SEC, PAID_BROADCAST_PER_SEC]
        : [limits.globalPerSec, limits.globalBurst]
      refill(g, perSec, burst, t)
      if (chat.tokens < 1) return waitSeconds(chat, limits.perChatPerSec)
      if (g.tokens < 1) return waitSeconds(g, perSec)
      chat.tokens -= 1
      g.tokens -= 1
      return 0
    },
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>
