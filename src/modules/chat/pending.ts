import type { Redis } from 'ioredis'
import { type ArmedPrompts, createArmedPrompt } from '../users/armed-prompt.js'

/** What the user's next plain text message answers: report details or post-chat feedback. */
export type ChatPending = { kind: 'report'; reportId: number } | { kind: 'feedback'; sessionId: number }

/**
 * Short-lived "the next text is the answer" marker (Redis, TTL 10 min): an abandoned prompt must never
 * swallow a later message meant for a chat partner.
 */
export function createChatPending(redis: Pick<Redis, 'eval' | 'hget' | 'hdel'>, ttlSec = 600) {
  // one field of the user's armed-prompts hash (read with the update's claim, see users/armed-prompt.ts)
  const prompt = createArmedPrompt({ redis, field: 'chat', ttlSec })
  return {
    async set(userId: number, pending: ChatPending): Promise<void> {
      await prompt.set(userId, JSON.stringify(pending))
    },
    /** `armed`: the user's armed prompts as read at the start of this update (no round trip). */
    async get(userId: number, armed?: ArmedPrompts): Promise<ChatPending | null> {
      const raw = await prompt.get(userId, armed)
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
    async clear(userId: number, armed?: ArmedPrompts): Promise<void> {
      await prompt.clear(userId, armed)
    },
  }
}

export type ChatPendingStore = ReturnType<typeof createChatPending>
