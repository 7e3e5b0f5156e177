import type { ChainableCommander, Redis } from 'ioredis'

/** One recent chat line, kept only in Redis (never in Postgres, never in logs). */
export type RecentMessage = { fromUserId: number; text: string; at: number }

export const RECENT_LIMIT = 10
export const RECENT_TTL_SEC = 86_400

const key = (sessionId: number) => `chat:recent:${sessionId}`

/**
 * Short-lived memory of the last few text lines of a session: report context (anonymised before it is
 * stored anywhere) and coach input. Contract: Redis list `chat:recent:<sessionId>`, JSON
 * `{fromUserId, text, at}`, newest last, at most 10, TTL 24h.
 */
export function createRecentMessages(redis: Redis) {
  /** Appends the push to a MULTI or pipeline (atomic when it is a MULTI). */
  function pushTo<T extends Pick<ChainableCommander, 'rpush' | 'ltrim' | 'expire'>>(
    batch: T,
    sessionId: number,
    msg: RecentMessage,
  ): T {
    batch
      .rpush(key(sessionId), JSON.stringify(msg))
      .ltrim(key(sessionId), -RECENT_LIMIT, -1)
      .expire(key(sessionId), RECENT_TTL_SEC)
    return batch
  }
  return {
    async push(sessionId: number, msg: RecentMessage): Promise<void> {
      await pushTo(redis.multi(), sessionId, msg).exec()
    },
    pushTo,
    /** Forget a session's lines at once (a participant erased their data). */
    async clear(sessionId: number): Promise<void> {
      await redis.del(key(sessionId))
    },
    async list(sessionId: number): Promise<RecentMessage[]> {
      const raw = await redis.lrange(key(sessionId), 0, -1)
      const out: RecentMessage[] = []
      for (const r of raw) {
        try {
          const m = JSON.parse(r) as RecentMessage
          if (typeof m.fromUserId === 'number' && typeof m.text === 'string') out.push(m)
        } catch {
          // a malformed entry is skipped, never fatal
        }
      }
      return out
    },
  }
}

export type RecentMessages = ReturnType<typeof createRecentMessages>
