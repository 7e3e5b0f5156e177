import type { Redis } from 'ioredis'

/** What the user's next plain text message answers: report details or post-chat feedback. */
export type ChatPending = { kind: 'report'; reportId: number } | { kind: 'feedback'; sessionId: number }

const key = (userId: number) => `chat:await:${userId}`

/**
 * Short-lived "the next text is the answer" marker (Redis, TTL 10 min): an abandoned prompt must never
 * swallow a later message meant for a chat partner.
 */
export function createChatPending(redis: Pick<Redis, 'set' | 'get' | 'del'>, ttlSec = 600) {
  return {
    async set(userId: number, pending: ChatPending): Promise<void> {
      await redis.set(key(userId), JSON.stringify(pending), 'EX', ttlSec)
    },
    async get(userId: number): Promise<ChatPending | null> {
      const raw = await redis.get(key(userId))
      if (!raw) return null
      try {
        const v = JSON.parse(raw) as ChatPending
        if (v.kind === 'report' && typeof v.reportId === 'number') return v
        if (v.kind === 'feedback' && typeof v.sessionId === 'number') return v
      } catch {
        // fall through: unreadable marker is dropped
      }
      return null
    },
    async clear(userId: number): Promise<void> {
      await redis.del(key(userId))
    },
  }
}

export type ChatPendingStore = ReturnType<typeof createChatPending>
