import { createHash, randomBytes } from 'node:crypto'
import type { MiddlewareFn } from 'grammy'
import type { Redis } from 'ioredis'
import { TransientError } from '../../errors.js'
import type { Logger } from '../../logger.js'
import type { ListWrites } from '../../modules/chat/recent.js'
import type { BotContext } from '../context.js'

/**
 * Claim an update: free → ours (with a lease); otherwise the current value (`done`, or another attempt's
 * token while it still holds a live lease). One script, so two concurrent deliveries never both claim.
 * Once claimed, the same round trip does the update's other per-update Redis work (ARGV[3..5], see
 * `ClaimExtras`): the rate-limit counter (INCR, expiry on the first hit), the armed text prompts (HGETALL)
 * and the last-seen throttle (SET NX EX). Returns `{state, rate, prompts, once}`; -1 (0 for prompts) = not asked.
 */
const CLAIM = `local v = redis.call('get', KEYS[1])
if v ~= false then return {v} end
redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
local state = 'claimed'
if redis.call('exists', KEYS[2]) == 1 then state = 'rerun' end
local rate = -1
if ARGV[3] ~= '' then
  rate = redis.call('incr', KEYS[3])
  if rate == 1 then redis.call('pexpire', KEYS[3], ARGV[3]) end
end
local prompts = 0
if ARGV[4] == '1' then
  -- keys of the older one-key-per-prompt layout (KEYS[6..], their field ARGV[6..]) move into the hash with
  -- their remaining lifetime first
  if #KEYS > 5 then
    local t = redis.call('time')
    local nowMs = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
    for i = 6, #KEYS do
      local old = redis.call('get', KEYS[i])
      if old then
        local ttl = redis.call('pttl', KEYS[i])
        if ttl > 0 then
          redis.call('hset', KEYS[4], ARGV[i], string.format('%d', nowMs + ttl) .. '|' .. old)
          if redis.call('pttl', KEYS[4]) < ttl then redis.call('pexpire', KEYS[4], ttl) end
        end
        redis.call('del', KEYS[i])
      end
    end
  end
  prompts = redis.call('hgetall', KEYS[4])
end
local once = -1
if ARGV[5] ~= '' then
  if redis.call('set', KEYS[5], '1', 'EX', ARGV[5], 'NX') then once = 1 else once = 0 end
end
return {state, rate, prompts, once}`

/**
 * The "handled" marker (`done`, KEYS[1]), the journal dropped (KEYS[2]), then the writes handlers deferred
 * to it (`ctx.afterHandled`): from KEYS[3] on, one key each, with ARGV[2..] = command, count n, n arguments
 * per write. One script call instead of a MULTI of them: one command to build, send and parse instead of
 * 4–8 (issue #14). A failing deferred write (pcall) neither stops the others nor the marker — as in a MULTI.
 */
const DONE = `redis.call('set', KEYS[1], 'done', 'EX', ARGV[1])
redis.call('del', KEYS[2])
local a = 2
for k = 3, #KEYS do
  local n = tonumber(ARGV[a + 1])
  redis.pcall(ARGV[a], KEYS[k], unpack(ARGV, a + 2, a + 1 + n))
  a = a + 2 + n
end
return 1`

type Script = { text: string; sha: string }
const script = (text: string): Script => ({ text, sha: createHash('sha1').update(text).digest('hex') })
const CLAIM_SCRIPT = script(CLAIM)
const DONE_SCRIPT = script(DONE)
/** One journal entry (field ARGV[1], value ARGV[2]) and the journal's expiry (ARGV[3]): was a 4-command MULTI. */
const JOURNAL_SCRIPT = script(`redis.call('hset', KEYS[1], ARGV[1], ARGV[2])
return redis.call('expire', KEYS[1], ARGV[3])`)

/** A script by its SHA (the text is not sent with every update); loaded on a NOSCRIPT. */
async function evalScript(redis: Redis, s: Script, keys: string[], args: string[]): Promise<unknown> {
  try {
    return await redis.evalsha(s.sha, keys.length, ...keys, ...args)
  } catch (err) {
    if (!String((err as Error).message).startsWith('NOSCRIPT')) throw err
    return redis.eval(s.text, keys.length, ...keys, ...args)
  }
}

/**
 * The writes a handler defers to the update's "handled" marker (`ctx.afterHandled`), recorded as the
 * marker's script arguments: only list writes are offered (modules/chat/recent.ts `ListWrites`).
 */
export function deferredWrites(): ListWrites & { keys: string[]; args: string[] } {
  const keys: string[] = []
  const args: string[] = []
  const w = {
    keys,
    args,
    rpush(key: string, value: string) {
      keys.push(key)
      args.push('rpush', '1', value)
      return w
    },
    ltrim(key: string, start: number, stop: number) {
      keys.push(key)
      args.push('ltrim', '2', String(start), String(stop))
      return w
    },
    expire(key: string, seconds: number) {
      keys.push(key)
      args.push('expire', '1', String(seconds))
      return w
    },
  }
  return w
}

/**
 * Per-update Redis work done in the claim's round trip (bot/index.ts decides what applies to an update).
 * Runs only when the update is claimed: a duplicate neither counts against the rate limit nor arms anything.
 */
export type ClaimExtras = {
  /** Fixed-window counter: INCR, expiry `windowMs` set on the first hit. */
  rate?: { key: string; windowMs: number }
  /** A hash read whole (the armed text prompts, see modules/users/armed-prompt.ts). */
  hash?: string
  /** Single keys whose value moves into a field of `hash` (with its remaining TTL) before it is read. */
  hashFrom?: { key: string; field: string }[]
  /** SET NX EX: `once` is true when the key was free (the last-seen throttle). */
  once?: { key: string; ttlSec: number }
}

/** What the claim's round trip read, on `ctx.preflight`. */
export type ClaimReads = {
  /** Hits in the current rate-limit window, this update included. */
  rate?: number
  hash?: Record<string, string>
  once?: boolean
}

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
  /** Redis work to do in the claim's round trip; its results go on `ctx.preflight`. */
  extras?: (ctx: BotContext) => ClaimExtras | undefined
}

function readsOf(reply: [string, number?, (string[] | number)?, number?]): ClaimReads {
  const [, rate = -1, flat = 0, once = -1] = reply
  const reads: ClaimReads = {}
  if (rate >= 0) reads.rate = Number(rate)
  if (Array.isArray(flat)) {
    const hash: Record<string, string> = {}
    for (let i = 0; i + 1 < flat.length; i += 2) hash[String(flat[i])] = String(flat[i + 1])
    reads.hash = hash
  }
  if (once >= 0) reads.once = once === 1
  return reads
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
        await evalScript(
          opts.redis,
          JOURNAL_SCRIPT,
          [journalKey],
          [String(n), JSON.stringify(entry), String(journalTtlSec)],
        ).catch((err: unknown) => log.warn({ err, updateId }, 'could not record a Bot API call'))
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
    const extras = opts.extras?.(ctx)
    const reply = (await evalScript(
      opts.redis,
      CLAIM_SCRIPT,
      [
        key,
        journalKey,
        // unused keys repeat the claim's key (every key a script touches is declared)
        extras?.rate?.key ?? key,
        extras?.hash ?? key,
        extras?.once?.key ?? key,
        ...(extras?.hash ? (extras.hashFrom ?? []).map((f) => f.key) : []),
      ],
      [
        token,
        String(opts.leaseMs),
        extras?.rate ? String(extras.rate.windowMs) : '',
        extras?.hash ? '1' : '',
        extras?.once ? String(extras.once.ttlSec) : '',
        ...(extras?.hash ? (extras.hashFrom ?? []).map((f) => f.field) : []),
      ],
    )) as [string, number?, (string[] | number)?, number?]
    const state = String(reply[0])
    if (state === 'claimed' || state === 'rerun') ctx.preflight = readsOf(reply)
    if (state === 'done') {
      opts.onDuplicate?.(ctx)
      await noteDuplicate(ctx, botId, updateId)
      return
    }
    if (state !== 'claimed' && state !== 'rerun') throw new TransientError('update is still being handled')
    await journalCalls(ctx, updateId, journalKey, state === 'rerun')
    // queued client-side until the "handled" marker is written (discarded when the handler fails)
    const deferred = deferredWrites()
    ctx.afterHandled = deferred

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
    // again — at-least-once, never lost. The handlers' deferred writes (`ctx.afterHandled`, e.g. the recent
    // chat lines) go in the same script call, atomically.
    await evalScript(
      opts.redis,
      DONE_SCRIPT,
      [key, journalKey, ...deferred.keys],
      [String(opts.ttlSec), ...deferred.args],
    ).catch((err: unknown) => {
      log.warn({ err, updateId }, 'could not mark update handled')
    })
  }
}
