import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'

/**
 * How many relayed messages of a user's active chat still wait in the outbox for the partner. Read from
 * the outbox itself (pending rows addressed to the partner in this session, via `outbox_pending_idx`), so
 * it is exact across replicas and restarts and needs no counter kept in step with delivery.
 */
export function createChatBacklog(deps: { db: Db }) {
  return {
    /** Pending rows towards the partner, or null when the user is not in an active chat. */
    async pendingToPartner(userId: number): Promise<number | null> {
      const res = await deps.db.execute<{ pending: number }>(sql`
        select count(o.id)::int as pending
        from chat_sessions s
        join users p on p.id = case when s.user_a = ${userId} then s.user_b else s.user_a end
        left join outbox o
          on o.status = 'pending' and o.chat_id = p.telegram_id and o.session_id = s.id
        where s.status = 'active' and (s.user_a = ${userId} or s.user_b = ${userId})
        group by s.id
        limit 1`)
      const row = res.rows[0]
      return row ? Number(row.pending) : null
    },
  }
}

export type ChatBacklog = ReturnType<typeof createChatBacklog>
