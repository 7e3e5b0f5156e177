import type { Redis } from 'ioredis'
import type { Logger } from '../../logger.js'
import { safeError } from './safe-error.js'

export type PaidBroadcastOptions = {
  /** RELAY_PAID_BROADCAST: the operator accepts paying Stars to go past the free ~30 msg/s. */
  enabled: boolean
  /** RELAY_PAID_BROADCAST_STARS_PER_DAY: spending cap per UTC day. */
  starsPerDay: number
  /** RELAY_PAID_BROADCAST_AFTER_SEC: only while the oldest undelivered message is at least this old. */
  afterSec: number
}

/** Telegram charges 0.1 Star per message sent with `allow_paid_broadcast`; we count in tenths. */
const TENTHS_PER_MESSAGE = 1

/**
 * When the relay may send with `allow_paid_broadcast` (the Bot API's documented way past 30 msg/s, up to
 * 1000 msg/s, for 0.1 Star a message from the bot's balance): only if enabled, only while the backlog's
 * oldest message is older than the threshold, and only within the day's Stars budget. Spending is counted in
 * Redis per UTC day (`chat:outbox:paid:<date>`), so a restart or a lease handover does not reset it.
 */
export function createPaidBroadcast(deps: {
  redis: Redis
  options: PaidBroadcastOptions
  logger: Logger
  now?: () => number
}) {
  const now = deps.now ?? Date.now
  const o = deps.options
  const budgetTenths = o.starsPerDay * 10
  let oldestPendingAt: number | null = null
  let spentTenths = 0
  let spentDay = ''
  const dayKey = (t: number) => `chat:outbox:paid:${new Date(t).toISOString().slice(0, 10)}`

  return {
    enabled: o.enabled,
    /** Reads the day's spending and the backlog's age (once a second, from the dispatcher's poll). */
    async refresh(oldest: Date | null) {
      oldestPendingAt = oldest?.getTime() ?? null
      if (!o.enabled) return
      const key = dayKey(now())
      try {
        const v = await deps.redis.get(key)
        spentTenths = Math.max(Number(v ?? 0), spentDay === key ? spentTenths : 0)
        spentDay = key
      } catch (err) {
        deps.logger.warn({ error: safeError(err) }, 'paid broadcast budget read failed')
      }
    },
    /** Send the next relayed message with allow_paid_broadcast? */
    active(): boolean {
      if (!o.enabled || oldestPendingAt === null) return false
      if (now() - oldestPendingAt < o.afterSec * 1000) return false
      if (spentDay !== dayKey(now())) spentTenths = 0
      return spentTenths + TENTHS_PER_MESSAGE <= budgetTenths
    },
    /**
     * Claims one paid send within the budget, synchronously (so lanes sending at once can never overshoot it):
     * false when paid sending is not active now or the budget is spent. Follow with `spent()` once Telegram
     * accepted the send, or `release()` when it did not.
     */
    reserve(): boolean {
      if (!this.active()) return false
      spentTenths += TENTHS_PER_MESSAGE
      return true
    },
    /** A reserved paid send was not accepted: give its share of the budget back. */
    release() {
      spentTenths = Math.max(0, spentTenths - TENTHS_PER_MESSAGE)
    },
    /** A reserved paid send was accepted by Telegram: record its cost for every replica and restart. */
    spent() {
      const key = dayKey(now())
      deps.redis
        .multi()
        .incrby(key, TENTHS_PER_MESSAGE)
        .expire(key, 2 * 86_400)
        .exec()
        .catch((err: unknown) =>
          deps.logger.warn({ error: safeError(err) }, 'paid broadcast budget write failed'),
        )
    },
    /** Stars spent today as far as this process knows. */
    get spentStars() {
      return spentTenths / 10
    },
  }
}

export type PaidBroadcast = ReturnType<typeof createPaidBroadcast>
