import type { Redis } from 'ioredis'

/** Free-text inputs a /profile edit can be waiting for. */
export type PendingInput = 'nickname' | 'timezone' | 'bio'

const KINDS: readonly PendingInput[] = ['nickname', 'timezone', 'bio']

/**
 * "The next text message is the answer to my question", for /profile edits (the wizard keeps its state in
 * users.onboarding_step instead). Kept in Redis, shared by all instances, with a short TTL: a prompt
 * abandoned long ago must not swallow a later message (e.g. one meant for a chat partner).
 */
export function createPendingInputStore(deps: {
  redis: Pick<Redis, 'set' | 'get' | 'del'>
  ttlSec?: number
}) {
  const ttl = deps.ttlSec ?? 600
  const key = (userId: number) => `users:await:${userId}`
  return {
    async set(userId: number, what: PendingInput): Promise<void> {
      await deps.redis.set(key(userId), what, 'EX', ttl)
    },
    async get(userId: number): Promise<PendingInput | null> {
      const v = await deps.redis.get(key(userId))
      return v && (KINDS as readonly string[]).includes(v) ? (v as PendingInput) : null
    },
    async clear(userId: number): Promise<void> {
      await deps.redis.del(key(userId))
    },
  }
}

export type PendingInputStore = ReturnType<typeof createPendingInputStore>
