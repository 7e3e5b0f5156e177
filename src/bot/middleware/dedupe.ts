import { randomBytes } from 'node:crypto'
import type { MiddlewareFn } from 'grammy'
import type { Redis } from 'ioredis'
import { TransientError } from '../../errors.js'
import type { Logger } from '../../logger.js'
import type { BotContext } from '../context.js'

/**
 * Claim an update: free → ours (with a lease); otherwise the current value (`done`, or another attempt's
 * token while it still holds a live lease). One script, so two concurrent deliveries never both claim.
 */
const CLAIM = `local v = redis.call('get', KEYS[1])
if v == false then
  redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 'claimed'
end
return v`
/** Extend the lease only while the claim is still ours (compare-and-set). */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
return 0`
/** Give the claim up only if it is still ours: never delete a claim another attempt took over. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`
const INCR_WINDOW = `local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return c`

export type DedupeOptions = {
  redis: Redis
  logger: Logger
  /** How long a handled update id is remembered (`done`). */
  ttlSec: number
  /**
   * Lease of a running attempt's claim, renewed every third of it while the handler runs. A dead owner's
   * claim (kill -9, a frozen process) lapses within this, so a redelivery is handled again within seconds.
   */
  leaseMs: number
  /** Skipped duplicates from one chat within `burstWindowSec` that make a warning (default 10 in 60 s). */
  burstThreshold?: number
  burstWindowSec?: number
  /** Called for each update skipped as an already-handled duplicate (metrics outcome). */
  onDuplicate?: (ctx: BotContext) => void
}

/**
 * De-duplication of Telegram redeliveries with an owned, leased claim.
 *
 * Key `upd:<botId>:<update_id>`: scoped to the bot (its numeric id, part of the token), so a new token or a
 * fresh emulator that starts update ids from 1 again never meets the ids remembered for another bot.
 * Value: the attempt's token while it runs (lease `leaseMs`, renewed), `done` once handled.
 * - free → claimed and handled; a failure releases the claim (compare-and-delete), so a redelivery runs again;
 * - `done` → acknowledged without running (logged at debug; a burst from one chat is a warning: it usually
 *   means the keys are not what we think, e.g. a reset update-id counter);
 * - another live attempt's token → refused as retryable (non-2xx): should that attempt die, Telegram still
 *   holds the update and its redelivery finds the lapsed lease within `leaseMs`.
 */
export function dedupe(opts: DedupeOptions): MiddlewareFn<BotContext> {
  const log = opts.logger.child({ module: 'dedupe' })
  const processId = randomBytes(6).toString('hex')
  let attempts = 0
  const burstThreshold = opts.burstThreshold ?? 10
  const burstWindowSec = opts.burstWindowSec ?? 60
  const renewEvery = Math.max(50, Math.floor(opts.leaseMs / 3))

  async function noteDuplicate(ctx: BotContext, botId: number, updateId: number) {
    log.debug({ updateId, botId }, 'duplicate update skipped')
    const chatId = ctx.chat?.id ?? ctx.from?.id
    if (chatId === undefined) return
    try {
      const n = Number(
        await opts.redis.eval(INCR_WINDOW, 1, `upd:dup:${botId}:${chatId}`, String(burstWindowSec)),
      )
      // once per window, at the threshold; the chat id is not logged (a Telegram identity)
      if (n === burstThreshold)
        log.warn(
          { updateId, botId, skipped: n, windowSec: burstWindowSec },
          'many updates from one chat skipped as duplicates: are update ids being reused (new emulator, reset)?',
        )
    } catch {
      // counting is diagnostics only
    }
  }

  return async (ctx, next) => {
    const updateId = ctx.update.update_id
    const botId = ctx.me.id
    const key = `upd:${botId}:${updateId}`
    const token = `${processId}:${++attempts}`
    const state = String(await opts.redis.eval(CLAIM, 1, key, token, String(opts.leaseMs)))
    if (state === 'done') {
      opts.onDuplicate?.(ctx)
      await noteDuplicate(ctx, botId, updateId)
      return
    }
    if (state !== 'claimed') throw new TransientError('update is still being handled')

    let lost = false
    const renew = setInterval(() => {
      opts.redis.eval(RENEW, 1, key, token, String(opts.leaseMs)).then(
        (r) => {
          if (Number(r) === 0 && !lost) {
            lost = true
            log.warn({ updateId }, 'update claim lapsed while its handler still runs')
          }
        },
        (err: unknown) => log.warn({ err, updateId }, 'could not renew the update claim'),
      )
    }, renewEvery)
    renew.unref()
    try {
      await next()
    } catch (err) {
      clearInterval(renew)
      await opts.redis.eval(RELEASE, 1, key, token).catch(() => {})
      throw err
    }
    clearInterval(renew)
    // The effects are committed: a failure to remember that must not turn into a non-2xx answer (Telegram
    // would redeliver and the update would run twice). Worst case the claim lapses and a redelivery runs it
    // again — at-least-once, never lost.
    await opts.redis.set(key, 'done', 'EX', opts.ttlSec).catch((err: unknown) => {
      log.warn({ err, updateId }, 'could not mark update handled')
    })
  }
}
