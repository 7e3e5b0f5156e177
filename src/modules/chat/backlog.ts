import { eq, getTableColumns, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { type UserRow, users } from '../../db/schema/index.js'

/**
 * How many relayed messages of a user's active chat still wait in the outbox for the partner. Read from
 * the outbox itself (pending rows addressed to the partner in this session, via `outbox_pending_idx`), so
 * it is exact across replicas and restarts and needs no counter kept in step with delivery.
 */
export function createChatBacklog(deps: { db: Db }) {
  // Prepared once: the per-message lookup is neither rebuilt by the query builder nor re-planned.
  // qualified by hand: a one-table select renders its columns unqualified, and the subquery has a `users` too
  const uid = sql.raw('"users"."id"')
  const withBacklog = deps.db
    .select({
      ...getTableColumns(users),
      pending: sql<number | null>`(
        select count(o.id)::int
        from chat_sessions s
        join users p on p.id = case when s.user_a = ${uid} then s.user_b else s.user_a end
        left join outbox o
          on o.status = 'pending' and o.chat_id = p.telegram_id and o.session_id = s.id
        where s.status = 'active' and (s.user_a = ${uid} or s.user_b = ${uid})
        group by s.id
        limit 1)`,
    })
    .from(users)
    .where(eq(users.telegramId, sql.placeholder('telegramId')))
    .limit(1)
    .prepare('user_with_chat_backlog')
  return {
    /**
     * The user row of a Telegram user and, in the same statement, their chat backlog (`pending`, null when
     * not in an active chat): a message costs one lookup for both the user middleware and the rate limit.
     */
    async userWithBacklog(telegramId: number): Promise<{ user: UserRow; pending: number | null } | null> {
      const [row] = await withBacklog.execute({ telegramId })
      if (!row) return null
      const { pending, ...user } = row
      return { user, pending: pending === null ? null : Number(pending) }
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
