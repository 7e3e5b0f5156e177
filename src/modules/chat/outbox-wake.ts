import type { Redis } from 'ioredis'
import type { Logger } from '../../logger.js'
import { safeError } from './safe-error.js'

/** Pub/sub channel: a process that queued rows tells the lease holder (in another process) to read now. */
const WAKE_CHANNEL = 'chat:outbox:wake'

/**
 * Rows queued in another replica wake the outbox lease holder through Redis pub/sub, so its idle poll can
 * back off without delaying them. Best effort: a lost wake only means the next poll reads the rows.
 * Channels take no key prefix in ioredis: it is added here, on both sides.
 */
export function createOutboxWake(deps: { redis: Redis; logger: Logger; onWake: () => void }) {
  const channel = `${deps.redis.options?.keyPrefix ?? ''}${WAKE_CHANNEL}`
  let subscriber: Redis | undefined
  let publishing = false
  let again = false
  let stopped = true

  function publish() {
    if (stopped) return
    if (publishing) {
      // rows queued meanwhile: one more after this one (the holder may have read before they committed)
      again = true
      return
    }
    publishing = true
    again = false
    deps.redis
      .publish(channel, '1')
      .catch(() => {})
      .finally(() => {
        publishing = false
        if (again) publish()
      })
  }

  return {
    /** Listens for wakes from other processes (one extra Redis connection). */
    start() {
      stopped = false
      if (subscriber || typeof deps.redis.duplicate !== 'function') return
      const sub = deps.redis.duplicate()
      subscriber = sub
      sub.on('error', (err) => deps.logger.warn({ error: safeError(err) }, 'outbox wake subscription error'))
      sub.on('message', () => deps.onWake())
      sub.subscribe(channel).catch((err: unknown) => {
        deps.logger.warn({ error: safeError(err) }, 'outbox wake subscription failed; polling only')
      })
    },
    /** Tell the lease holder, wherever it runs, that rows were queued. */
    publish,
    stop() {
      stopped = true
      subscriber?.disconnect()
      subscriber = undefined
    },
  }
}
