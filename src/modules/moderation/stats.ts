import { count, eq, min } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { chatSessions, outbox } from '../../db/schema/index.js'

/**
 * Narrow read-only queries behind the gauges that mirror database state; `GET /metrics` refreshes
 * them on each scrape instead of every writer keeping a gauge in sync.
 */
export function createStatsQueries({ db }: { db: Db }) {
  return {
    async activeSessions(): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(chatSessions)
        .where(eq(chatSessions.status, 'active'))
      return row?.n ?? 0
    },
    /** Relay messages accepted but not yet delivered to Telegram. */
    async outboxDepth(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(outbox).where(eq(outbox.status, 'pending'))
      return row?.n ?? 0
    },
    /** Age in seconds of the oldest relay message not yet delivered; 0 when nothing waits. */
    async outboxOldestPendingSec(): Promise<number> {
      const [row] = await db
        .select({ at: min(outbox.createdAt) })
        .from(outbox)
        .where(eq(outbox.status, 'pending'))
      return row?.at ? Math.max(0, (Date.now() - row.at.getTime()) / 1000) : 0
    },
  }
}

export type StatsQueries = ReturnType<typeof createStatsQueries>
