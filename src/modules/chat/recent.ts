import type { Redis } from 'ioredis'

/** One recent chat line, kept only in Redis (never in Postgres, never in logs). */
export type RecentMessage = { fromUserId: number; text: string; at: number }

export const RECENT_LIMIT = 10
export const RECENT_TTL_SEC = 86_400

const key = (sessionId: number) => `chat:recent:${sessionId}`

/**
 * The list writes a push needs, as a MULTI or pipeline offers them; also what the update's "handled" marker
 * carries (bot/middleware/dedupe.ts `deferredWrites`: the writes go in its one script call).
 */
export type ListWrites = {
  rpush(key: string, value: string): ListWrites
  ltrim(key: string, start: number, stop: number): ListWrites
  expire(key: string, seconds: number): ListWrites
}

/**
 * Short-lived memory of the last few text lines of a session: report context (anonymised before it is
 * stored anywhere) and coach input. Contract: Redis list `chat:recent:<sessionId>`, JSON
 * `{fromUserId, text, at}`, newest last, at most 10, TTL 24h.
 */
export function createRecentMessages(redis: Redis) {
  /** Appends the push to a batch of writes sent at once (a MULTI, or the "handled" marker's script). */
  function pushTo(batch: ListWrites, sessionId: number, msg: RecentMessage): void {
    const k = key(sessionId)
    batch.rpush(k, JSON.stringify(msg)).ltrim(k, -RECENT_LIMIT, -1).expire(k, RECENT_TTL_SEC)
  }
  return {
    async push(sessionId: number, msg: RecentMessage): Promise<void> {
      const multi = redis.multi()
      pushTo(multi, sessionId, msg)
      await multi.exec()
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
