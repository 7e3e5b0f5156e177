import { randomBytes } from 'node:crypto'
import type { Redis } from 'ioredis'
import type { Logger } from '../../logger.js'
import { safeError } from './safe-error.js'

const LEASE_KEY = 'chat:outbox:leader'
/**
 * Acquire and renew in one: take the lease if free or already ours (then extend it). After a failed renewal
 * (a Redis error, or a reply lost on the way) the holder thus gets its own lease back at once instead of
 * waiting for the key to expire.
 */
const ACQUIRE = `local v = redis.call('get', KEYS[1])
if v == false or v == ARGV[1] then
  redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`

/**
 * The outbox dispatcher's leadership lease (Redis): one dispatcher per deployment delivers, which keeps
 * per-chat order across processes. Acquired by the poll loop (`hold`), renewed on its own timer while held
 * (so a slow database poll never lets a live holder's lease lapse), handed over on `release`.
 */
export function createOutboxLease(deps: {
  redis: Redis
  logger: Logger
  leaseMs: number
  now: () => number
  /** The lease was lost (not released): whatever was queued may be delivered by someone else now. */
  onLost: () => void
}) {
  const { leaseMs, now, logger: log } = deps
  const token = randomBytes(12).toString('hex')
  let leader = false
  let lastRenew = 0
  let renewTimer: ReturnType<typeof setInterval> | undefined

  /** Take or renew the lease (at most every third of its length while held); true while we hold it. */
  async function hold(): Promise<boolean> {
    const t = now()
    if (leader && t - lastRenew < leaseMs / 3) return true
    const wasLeader = leader
    try {
      leader = (await deps.redis.eval(ACQUIRE, 1, LEASE_KEY, token, String(leaseMs))) === 1
      if (wasLeader && !leader) log.warn('outbox lease lost')
      if (!wasLeader && leader) log.info('outbox lease acquired')
      lastRenew = t
    } catch (err) {
      log.warn({ error: safeError(err) }, 'outbox lease check failed')
      leader = false
    }
    if (wasLeader && !leader) deps.onLost()
    return leader
  }

  return {
    hold,
    get leader() {
      return leader
    },
    /** Renews only while we hold the lease; taking it (when free) stays with the poll loop. */
    startRenewing() {
      renewTimer = setInterval(
        () => {
          if (leader) void hold()
        },
        Math.max(10, Math.floor(leaseMs / 4)),
      )
      renewTimer.unref()
    },
    stopRenewing() {
      clearInterval(renewTimer)
    },
    /** Hand the lease over at once (on stop) instead of letting the next holder wait for it to expire. */
    async release() {
      if (!leader) return
      await deps.redis.eval(RELEASE, 1, LEASE_KEY, token).catch(() => {})
      leader = false
    },
  }
}
