import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { namedQuery } from '../../db/named-query.js'
import type { UserRow } from '../../db/schema/index.js'
import { USER_JSON, userFromJson } from '../../db/user-json.js'

const USER_WITH_BACKLOG = `
select ${USER_JSON} as u, (
  select count(o.id)::int
  from chat_sessions s
  join users p on p.id = case when s.user_a = u.id then s.user_b else s.user_a end
  left join outbox o
    on o.status = 'pending' and o.chat_id = p.telegram_id and o.session_id = s.id
  where s.status = 'active' and (s.user_a = u.id or s.user_b = u.id)
  group by s.id
  limit 1) as pending
from users u
where u.telegram_id = $1::bigint
limit 1`

/**
 * How many relayed messages of a user's active chat still wait in the outbox for the partner. Read from
 * the outbox itself (pending rows addressed to the partner in this session, via `outbox_pending_idx`), so
 * it is exact across replicas and restarts and needs no counter kept in step with delivery.
 */
export function createChatBacklog(deps: { db: Db }) {
  return {
    /**
     * The user row of a Telegram user and, in the same statement, their chat backlog (`pending`, null when
     * not in an active chat): a message costs one lookup for both the user middleware and the rate limit.
     * A named prepared statement (neither rebuilt nor re-planned); the row comes as one json column
     * (db/user-json.ts: a fraction of the client's per-column work).
     */
    async userWithBacklog(telegramId: number): Promise<{ user: UserRow; pending: number | null } | null> {
      const [row] = await namedQuery<{ u: string; pending: number | string | null }>(
        deps.db,
        'user_with_chat_backlog',
        USER_WITH_BACKLOG,
        [telegramId],
      )
      if (!row) return null
      return { user: userFromJson(row.u), pending: row.pending === null ? null : Number(row.pending) }
    },

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
