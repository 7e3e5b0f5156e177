import { limit } from '@grammyjs/ratelimiter'
import type { MiddlewareFn } from 'grammy'
import type { Redis } from 'ioredis'
import type { UserRow } from '../../db/schema/index.js'
import type { BotContext } from '../context.js'

/** INCR and set the window's expiry in one step, so a crash in between never leaves a counter that never expires. */
const INCR_WINDOW = `local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return c`

const RATE_KEY_PREFIX = 'ratelimit:'

/** Whose counter an update counts against; none for payment updates and my_chat_member. */
function rateKey(ctx: BotContext): string | undefined {
  const m = ctx.message
  if (ctx.preCheckoutQuery || ctx.myChatMember) return undefined
  if (m && ('successful_payment' in m || 'refunded_payment' in m)) return undefined
  return ctx.from ? String(ctx.from.id) : undefined
}

/**
 * The counter the de-duplication claim may INCR for `rateLimit` (one round trip for both), or undefined:
 * not limited, or a message that may be for a chat partner (those are not counted, see `rateLimit`) unless
 * the user lookup already knows the user is not in a chat (`ctx.chatBacklog === null`).
 */
export function preCountedRateKey(ctx: BotContext, chatBacklog: boolean): string | undefined {
  const key = rateKey(ctx)
  if (!key) return undefined
  const m = ctx.message
  if (
    chatBacklog &&
    m &&
    ctx.user &&
    ctx.chat?.type === 'private' &&
    !isCommand(m) &&
    ctx.chatBacklog !== null
  )
    return undefined
  return RATE_KEY_PREFIX + key
}

/** Port: relayed messages of the user's active chat not yet delivered to the partner; null = not in a chat. */
export type ChatBacklogPort = {
  pendingToPartner(userId: number): Promise<number | null>
  /** The user row with the backlog in one statement (used by the user middleware for messages). */
  userWithBacklog?(telegramId: number): Promise<{ user: UserRow; pending: number | null } | null>
}

/**
 * Per-user inbound rate limit (fixed window in Redis, shared by all instances). Over the limit, commands,
 * presses and messages outside a chat are dropped and the user gets one polite notice per window.
 * Messages inside an active chat are neither counted nor dropped for speed: the outbox paces their
 * delivery, so they are queued up to `chatBacklog.max` undelivered ones (one indexed count per message);
 * past that, the bot answers the exact message that was not delivered (as a reply to it). Payment updates (pre-checkout, successful or refunded payment)
 * and my_chat_member are never limited.
 */
export function rateLimit(deps: {
  redis: Redis
  perWindow: number
  windowMs?: number
  onLimited?: () => void
  /** Unset → chat messages are limited like everything else. */
  chatBacklog?: ChatBacklogPort & { max: number }
  onChatRefused?: () => void
}): MiddlewareFn<BotContext> {
  const windowMs = deps.windowMs ?? 60_000
  const storageClient = {
    incr: async (key: string) => Number(await deps.redis.eval(INCR_WINDOW, 1, key, windowMs)),
    // expiry is already set atomically by incr
    pexpire: async () => 1,
  }
  const backlog = deps.chatBacklog
  // called once per window: on the first update over the limit
  const onLimitExceeded = async (ctx: BotContext) => {
    deps.onLimited?.()
    const text = ctx.t('guard-rate-limited')
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true })
    else if (ctx.chat?.type === 'private') await ctx.reply(text)
  }
  const library = limit<BotContext, typeof storageClient>({
    timeFrame: windowMs,
    limit: deps.perWindow,
    storageClient,
    keyPrefix: RATE_KEY_PREFIX,
    keyGenerator: rateKey,
    onLimitExceeded,
  })
  // Counted already in the de-duplication claim's round trip (`preCountedRateKey`): decide as the library does.
  const limiter: MiddlewareFn<BotContext> = async (ctx, next) => {
    const hits = ctx.preflight?.rate
    if (hits === undefined) return library(ctx, next)
    if (hits === deps.perWindow + 1) return onLimitExceeded(ctx)
    if (hits <= deps.perWindow) return next()
  }
  if (!backlog) return limiter
  return async (ctx, next) => {
    const m = ctx.message
    if (!m || !ctx.user || ctx.chat?.type !== 'private' || isCommand(m)) return limiter(ctx, next)
    // A message to the partner is not counted against the per-minute limit (so typing fast never locks
    // the user out of buttons and commands such as ending the chat); it is bounded by the backlog instead.
    const pending =
      ctx.chatBacklog !== undefined ? ctx.chatBacklog : await backlog.pendingToPartner(ctx.user.id)
    if (pending === null) return limiter(ctx, next)
    if (pending < backlog.max) return next()
    deps.onChatRefused?.()
    await ctx.reply(ctx.t('chat-backlog-full'), {
      reply_parameters: { message_id: m.message_id, allow_sending_without_reply: true },
    })
  }
}

export const isCommand = (m: { entities?: { type: string; offset: number }[] }) =>
  m.entities?.[0]?.type === 'bot_command' && m.entities[0].offset === 0
