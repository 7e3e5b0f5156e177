import type { Redis } from 'ioredis'

const KEY = (userId: number, messageId: number) => `redeem:confirm:${userId}:${messageId}`
const TTL_SEC = 24 * 3600

/**
 * One decision per confirmation message: the first "Yes, spend" (or "Cancel") press claims it, a press that was
 * already queued (double tap, a redelivered update) is stale — it must never start a second redemption.
 */
export function createRedeemClaims({ redis }: { redis: Redis }) {
  return {
    async claim(userId: number, messageId: number): Promise<boolean> {
      return (await redis.set(KEY(userId, messageId), '1', 'EX', TTL_SEC, 'NX')) === 'OK'
    },
  }
}

export type RedeemClaims = ReturnType<typeof createRedeemClaims>
