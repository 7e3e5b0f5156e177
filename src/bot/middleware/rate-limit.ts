import { limit } from '@grammyjs/ratelimiter'
import type { MiddlewareFn } from 'grammy'
import type { Redis } from 'ioredis'
import type { BotContext } from '../context.js'

/** INCR and set the window's expiry in one step, so a crash in between never leaves a counter that never expires. */
const INCR_WINDOW = `local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return c`

/**
 * Per-user inbound rate limit (fixed window in Redis, shared by all instances). Over the limit, updates
 * are dropped and the user gets one polite notice per window. Payment updates (pre-checkout, successful or
 * refunded payment) and my_chat_member are never limited.
 */
export function rateLimit(deps: {
  redis: Redis
  perWindow: number
  windowMs?: number
  onLimited?: () => void
}): MiddlewareFn<BotContext> {
  const windowMs = deps.windowMs ?? 60_000
  const storageClient = {
    incr: async (key: string) => Number(await deps.redis.eval(INCR_WINDOW, 1, key, windowMs)),
    // expiry is already set atomically by incr
    pexpire: async () => 1,
  }
  const mw = limit<BotContext, typeof storageClient>({
    timeFrame: windowMs,
    limit: deps.perWindow,
    storageClient,
    keyPrefix: 'ratelimit:',
    keyGenerator: (ctx) => {
      const m = ctx.message
      if (ctx.preCheckoutQuery || ctx.myChatMember) return undefined
      if (m && ('successful_payment' in m || 'refunded_payment' in m)) return undefined
      return ctx.from ? String(ctx.from.id) : undefined
    },
    // called once per window: on the first update over the limit
    onLimitExceeded: async (ctx) => {
      deps.onLimited?.()
      const text = ctx.t('guard-rate-limited')
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true })
      else if (ctx.chat?.type === 'private') await ctx.reply(text)
    },
  })
  return mw
}
