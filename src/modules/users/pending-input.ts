import type { Redis } from 'ioredis'
import { type ArmedPrompts, createArmedPrompt } from './armed-prompt.js'

/** Free-text inputs a /profile edit can be waiting for. */
export type PendingInput = 'nickname' | 'timezone' | 'bio'

const KINDS: readonly PendingInput[] = ['nickname', 'timezone', 'bio']

/**
 * "The next text message is the answer to my question", for /profile edits (the wizard keeps its state in
 * users.onboarding_step instead). Kept in Redis, shared by all instances, with a short TTL: a prompt
 * abandoned long ago must not swallow a later message (e.g. one meant for a chat partner).
 */
export function createPendingInputStore(deps: {
  redis: Pick<Redis, 'set' | 'get' | 'del' | 'eval' | 'hget' | 'hdel'>
  ttlSec?: number
}) {
  const ttl = deps.ttlSec ?? 600
  // one field of the user's armed-prompts hash (read with the update's claim, see armed-prompt.ts)
  const prompt = createArmedPrompt({ redis: deps.redis, field: 'profile', ttlSec: ttl })
  const promptKey = (userId: number) => `users:prompt:${userId}`
  /** A wizard step may wait for days; a forgotten id only means a keyboard that answers "stale". */
  const promptTtl = 7 * 24 * 3600
  return {
    async set(userId: number, what: PendingInput): Promise<void> {
      await prompt.set(userId, what)
    },
    /** `armed`: the user's armed prompts as read at the start of this update (no round trip). */
    async get(userId: number, armed?: ArmedPrompts): Promise<PendingInput | null> {
      const v = await prompt.get(userId, armed)
      return v && (KINDS as readonly string[]).includes(v) ? (v as PendingInput) : null
    },
    async clear(userId: number, armed?: ArmedPrompts): Promise<void> {
      await prompt.clear(userId, armed)
    },
    /** Remember the message asking the current wizard step, whose buttons go once it is answered by text. */
    async setPrompt(userId: number, messageId: number): Promise<void> {
      await deps.redis.set(promptKey(userId), String(messageId), 'EX', promptTtl)
    },
    /** The remembered prompt message id (forgotten by this call), or null. */
    async takePrompt(userId: number): Promise<number | null> {
      const v = await deps.redis.get(promptKey(userId))
      if (v === null) return null
      await deps.redis.del(promptKey(userId))
      const id = Number(v)
      return Number.isSafeInteger(id) ? id : null
    },
  }
}

export type PendingInputStore = ReturnType<typeof createPendingInputStore>
