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
  if redis.call('exists', KEYS[2]) == 1 then return 'rerun' end
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
  /** How long the record of an unfinished attempt's Bot API calls is kept for its re-run (default 1 h). */
  journalTtlSec?: number
}

/** One Bot API call an earlier attempt of this update made, with what Telegram answered (trimmed). */
type JournalEntry = { m: string; c: unknown; r: unknown }

/**
 * Only what handlers use of a sent message (its id, for later edits): no message text is kept in Redis.
 */
function trim(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(trim)
  if (result && typeof result === 'object' && 'message_id' in result) {
    const m = result as { message_id: number; date?: number; chat?: { id: number; type: string } }
    return {
      message_id: m.message_id,
      date: m.date,
      ...(m.chat ? { chat: { id: m.chat.id, type: m.chat.type } } : {}),
    }
  }
  return result
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

  const journalTtlSec = opts.journalTtlSec ?? 3600

  /**
   * Makes a re-run's effects on Telegram idempotent where Telegram has no idempotency key. Every Bot API call
   * the handler makes (except reads) is recorded under the update once Telegram accepted it; when an
   * attempt died (kill -9, a crash, a lost database) and the update is run again, its n-th call with the same
   * method and chat is answered from the record instead of being sent again — so the reply is not sent twice.
   * The window left: a process killed between Telegram's answer and the record repeats that one call
   * (at-least-once: a reply may be repeated, never lost).
   */
  async function journalCalls(ctx: BotContext, updateId: number, journalKey: string, rerun: boolean) {
    const previous = new Map<number, JournalEntry>()
    if (rerun) {
      try {
        for (const [n, raw] of Object.entries(await opts.redis.hgetall(journalKey)))
          previous.set(Number(n), JSON.parse(raw) as JournalEntry)
        log.info({ updateId, recorded: previous.size }, 'update re-run after an unfinished attempt')
      } catch (err) {
        log.warn({ err, updateId }, 'could not read the calls of the earlier attempt')
      }
    }
    let seq = 0
    ctx.api.config.use(async (prev, method, payload, signal) => {
      if (method.startsWith('get')) return prev(method, payload, signal)
      const n = seq++
      const chat = (payload as { chat_id?: unknown } | undefined)?.chat_id ?? null
      const done = previous.get(n)
      if (done && done.m === method && done.c === chat) {
        log.debug({ updateId, method, n }, 'call already made by an earlier attempt: not repeated')
        // biome-ignore lint/suspicious/noExplicitAny: the recorded result stands in for Telegram's answer
        return { ok: true, result: done.r } as any
      }
      const res = await prev(method, payload, signal)
      if (res.ok) {
        const entry: JournalEntry = { m: method, c: chat, r: trim(res.result) }
        await opts.redis
          .multi()
          .hset(journalKey, String(n), JSON.stringify(entry))
          .expire(journalKey, journalTtlSec)
          .exec()
          .catch((err: unknown) => log.warn({ err, updateId }, 'could not record a Bot API call'))
      }
      return res
    })
  }

  return async (ctx, next) => {
    const updateId = ctx.update.update_id
    const botId = ctx.me.id
    const key = `upd:${botId}:${updateId}`
    const journalKey = `${key}:sent`
    const token = `${processId}:${++attempts}`
    const state = String(await opts.redis.eval(CLAIM, 2, key, journalKey, token, String(opts.leaseMs)))
    if (state === 'done') {
      opts.onDuplicate?.(ctx)
      await noteDuplicate(ctx, botId, updateId)
      return
    }
    if (state !== 'claimed' && state !== 'rerun') throw new TransientError('update is still being handled')
    await journalCalls(ctx, updateId, journalKey, state === 'rerun')

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
    await opts.redis
      .multi()
      .set(key, 'done', 'EX', opts.ttlSec)
      .del(journalKey)
      .exec()
      .catch((err: unknown) => {
        log.warn({ err, updateId }, 'could not mark update handled')
      })
  }
}
