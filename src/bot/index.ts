import { autoRetry } from '@grammyjs/auto-retry'
import { Bot, type Composer } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import type { Redis } from 'ioredis'
import { isTransient, TransientError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { Metrics } from '../metrics.js'
import type { UsersService } from '../modules/users/service.js'
import type { BotContext } from './context.js'
import type { createI18n } from './i18n.js'
import { bannedGate } from './middleware/banned.js'
import { type ChatBacklogPort, rateLimit } from './middleware/rate-limit.js'

export type BotDeps = {
  token: string
  apiRoot: string
  /** Known bot info skips the getMe round-trip (tests, restarts). */
  botInfo?: UserFromGetMe
  logger: Logger
  redis: Redis
  i18n: ReturnType<typeof createI18n>['i18n']
  users: Pick<UsersService, 'findByTelegramId'>
  /** Feature composers, in order; built by the composition root from services. */
  features: Composer<BotContext>[]
  /** How long an update id is remembered for de-duplication of redeliveries. */
  dedupeTtlSec?: number
  /** Update counters/latency and Telegram 429s (see src/metrics.ts). */
  metrics?: Pick<Metrics, 'updatesReceived' | 'updatesHandled' | 'handlerLatency' | 'telegram429'> &
    Partial<Pick<Metrics, 'rateLimited'>>
  /** Inbound updates allowed per user per minute (config RATE_LIMIT_PER_MIN); unset = no limit. */
  rateLimitPerMin?: number
  /** Over the rate limit, messages inside a chat are queued up to this many undelivered ones (see rate-limit.ts). */
  chatBacklog?: ChatBacklogPort & { max: number }
}

/**
 * The grammY bot with the cross-cutting middleware in a fixed order:
 * metrics → error boundary → de-duplication → user → i18n → rate limit → banned gate → features.
 */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    client: { apiRoot: deps.apiRoot },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  })
  const metrics = deps.metrics
  // Installed before autoRetry so it sees every 429, including the ones autoRetry then retries.
  if (metrics)
    bot.api.config.use(async (prev, method, payload, signal) => {
      const res = await prev(method, payload, signal)
      if (!res.ok && res.error_code === 429) metrics.telegram429.inc()
      return res
    })
  // Honour 429 retry_after and transient 5xx from Telegram for every outgoing call.
  bot.api.config.use(
    autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60, rethrowInternalServerErrors: false }),
  )

  const log = deps.logger.child({ module: 'bot' })
  /** Updates whose handler threw (caught by the boundary below), for the `outcome` label. */
  const failed = new WeakSet<object>()
  if (metrics)
    bot.use(async (ctx, next) => {
      const type = Object.keys(ctx.update).find((k) => k !== 'update_id') ?? 'unknown'
      metrics.updatesReceived.inc({ type })
      const end = metrics.handlerLatency.startTimer()
      let outcome = 'ok'
      try {
        await next()
        if (failed.has(ctx)) outcome = 'error'
      } catch (err) {
        outcome = 'retry'
        throw err
      } finally {
        end()
        metrics.updatesHandled.inc({ outcome })
      }
    })
  const root = bot.errorBoundary(async (err) => {
    const ctx = err.ctx
    failed.add(ctx)
    log.error({ err: err.error, updateId: ctx.update.update_id }, 'update handler failed')
    // Infrastructure errors: answer non-2xx so Telegram redelivers the update; nothing is lost.
    if (isTransient(err.error)) throw err.error
    try {
      if (ctx.chat?.type === 'private')
        await ctx.reply(ctx.t ? ctx.t('error-generic') : 'Something went wrong.')
    } catch {
      // best effort
    }
  })

  const ttl = deps.dedupeTtlSec ?? 86_400
  root.use(async (ctx, next) => {
    // Telegram may redeliver an update we already handled (e.g. our 2xx got lost): handle once.
    // Claimed atomically (SET NX), so even two concurrent deliveries of one update run it once; the claim
    // is released when the handler fails, so a redelivery after an error is handled again. A redelivery
    // while the first attempt still runs (our answer timed out) is refused with a retryable error rather
    // than acknowledged: should that first attempt fail, Telegram still holds the update.
    const key = `upd:${ctx.update.update_id}`
    const claimed = await deps.redis.set(key, 'processing', 'EX', 300, 'NX')
    if (!claimed) {
      if ((await deps.redis.get(key)) !== 'done') throw new TransientError('update is still being handled')
      log.debug({ updateId: ctx.update.update_id }, 'duplicate update skipped')
      return
    }
    try {
      await next()
    } catch (err) {
      await deps.redis.del(key).catch(() => {})
      throw err
    }
    // The effects are committed: a failure to remember that must not turn into a non-2xx answer (Telegram
    // would redeliver, and once the claim expires the update would run twice). Worst case a redelivery
    // meets the `processing` claim and is retried until it expires.
    await deps.redis.set(key, 'done', 'EX', ttl).catch((err: unknown) => {
      log.warn({ err, updateId: ctx.update.update_id }, 'could not mark update handled')
    })
  })

  root.use(async (ctx, next) => {
    ctx.user = ctx.from ? await deps.users.findByTelegramId(ctx.from.id) : null
    await next()
  })
  root.use(deps.i18n)
  if (deps.rateLimitPerMin)
    root.use(
      rateLimit({
        redis: deps.redis,
        perWindow: deps.rateLimitPerMin,
        onLimited: () => metrics?.rateLimited?.inc(),
        chatBacklog: deps.chatBacklog,
      }),
    )
  root.use(bannedGate())
  for (const feature of deps.features) root.use(feature)
  return bot
}
