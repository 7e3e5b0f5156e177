import type { MiddlewareFn } from 'grammy'
import type { Redis } from 'ioredis'
import type { Logger } from '../../logger.js'
import type { BotContext } from '../context.js'

export type LastSeenDeps = {
  redis: Pick<Redis, 'set'>
  /**
   * Writes users.last_seen_at (modules/users/last-seen.ts, batched). Not awaited: the write is a dashboard
   * field, and waiting for it (a statement and its commit) held the webhook answer of every first update of
   * a user in the throttle window (issue #14).
   */
  touch: (userId: number) => Promise<unknown>
  /** At most one database write per user per this many seconds. */
  everySec?: number
  logger?: Pick<Logger, 'warn'>
}

/** The throttle key of a user's last-seen write. */
export const lastSeenKey = (userId: number) => `seen:${userId}`
export const lastSeenTtl = (everySec = 300) => Math.max(1, Math.round(everySec))

/**
 * Keeps `users.last_seen_at` roughly current for the moderation dashboard while staying cheap: one Redis
 * `SET NX EX` per update from a known user, and a database write only when that key was free (so at most
 * once per `everySec` per user). Runs after the handlers and does not wait for the write, so it never delays
 * an answer; a failure is logged and never fails the update.
 */
export function lastSeen(deps: LastSeenDeps): MiddlewareFn<BotContext> {
  const ttl = lastSeenTtl(deps.everySec)
  return async (ctx, next) => {
    try {
      await next()
    } finally {
      const user = ctx.user
      if (user && !user.deletedAt) {
        try {
          // the SET NX may have been done in the de-duplication claim's round trip (`lastSeenKey`)
          const fresh =
            ctx.preflight?.once ?? (await deps.redis.set(lastSeenKey(user.id), '1', 'EX', ttl, 'NX'))
          if (fresh)
            deps.touch(user.id).catch((err: unknown) => {
              deps.logger?.warn({ err, userId: user.id }, 'could not record last seen')
            })
        } catch (err) {
          deps.logger?.warn({ err, userId: user.id }, 'could not record last seen')
        }
      }
    }
  }
}
