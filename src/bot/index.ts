import { autoRetry } from '@grammyjs/auto-retry'
import { Bot, type Composer as GrammyComposer } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import type { Redis } from 'ioredis'
import { isTransient } from '../errors.js'
import type { Logger } from '../logger.js'
import type { Metrics } from '../metrics.js'
import { armedPromptsKey, legacyPromptKeys } from '../modules/users/armed-prompt.js'
import type { UsersService } from '../modules/users/service.js'
import { Composer } from './composer.js'
import type { BotContext } from './context.js'
import type { createI18n } from './i18n.js'
import { bannedGate } from './middleware/banned.js'
import { type ClaimExtras, dedupe } from './middleware/dedupe.js'
import { lastSeen, lastSeenKey, lastSeenTtl } from './middleware/last-seen.js'
import { type ChatBacklogPort, isCommand, preCountedRateKey, rateLimit } from './middleware/rate-limit.js'

const RATE_WINDOW_MS = 60_000

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
  features: GrammyComposer<BotContext>[]
  /** How long an update id is remembered for de-duplication of redeliveries. */
  dedupeTtlSec?: number
  /** Lease of a running update's claim (renewed while it runs); a dead process's claim lapses after it. */
  dedupeLeaseMs?: number
  /** Update counters/latency and Telegram 429s (see src/metrics.ts). */
  metrics?: Pick<Metrics, 'updatesReceived' | 'updatesHandled' | 'handlerLatency' | 'telegram429'> &
    Partial<Pick<Metrics, 'rateLimited'>>
  /** Inbound updates allowed per user per minute (config RATE_LIMIT_PER_MIN); unset = no limit. */
  rateLimitPerMin?: number
  /** Writes users.last_seen_at, throttled per user (see middleware/last-seen.ts); unset = not recorded. */
  touchLastSeen?: (userId: number) => Promise<unknown>
  /** Over the rate limit, messages inside a chat are queued up to this many undelivered ones (see rate-limit.ts). */
  chatBacklog?: ChatBacklogPort & { max: number }
}

/**
 * The grammY bot with the cross-cutting middleware in a fixed order:
 * metrics → error boundary → user → de-duplication → last seen (after the handlers) → i18n → rate limit →
 * banned gate → features. The user row is read first so that the claim's one Redis round trip also counts
 * the rate limit and takes the last-seen throttle (see `ClaimExtras`).
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
  // Honour a short 429 retry_after and retry a 5xx once — but never sleep long inside a webhook request:
  // a longer flood wait, a second 5xx or no answer at all fails the update as retryable (errors.ts), and
  // Telegram redelivers it later; calls an earlier attempt already made are not repeated (middleware/dedupe.ts).
  bot.api.config.use(
    autoRetry({
      maxRetryAttempts: 1,
      maxDelaySeconds: 5,
      rethrowInternalServerErrors: false,
      rethrowHttpErrors: true,
    }),
  )

  const log = deps.logger.child({ module: 'bot' })
  /** Updates whose handler threw (caught by the boundary below), for the `outcome` label. */
  const failed = new WeakSet<object>()
  /** Redeliveries of handled updates, acknowledged without running (`outcome="duplicate"`). */
  const duplicates = new WeakSet<object>()
  if (metrics)
    bot.use(async (ctx, next) => {
      const type = Object.keys(ctx.update).find((k) => k !== 'update_id') ?? 'unknown'
      metrics.updatesReceived.inc({ type })
      const end = metrics.handlerLatency.startTimer()
      let outcome = 'ok'
      try {
        await next()
        if (failed.has(ctx)) outcome = 'error'
        else if (duplicates.has(ctx)) outcome = 'duplicate'
      } catch (err) {
        outcome = 'retry'
        throw err
      } finally {
        end()
        metrics.updatesHandled.inc({ outcome })
      }
    })
  // the middleware below runs on the lighter composer (composer.ts): it is passed by every update
  const root = new Composer<BotContext>()
  bot.errorBoundary(async (err) => {
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
  }, root)

  const withBacklog = deps.chatBacklog?.userWithBacklog
  // The user row first: the de-duplication claim's round trip does the user's other Redis work too.
  root.use(async (ctx, next) => {
    const m = ctx.message
    if (ctx.from && withBacklog && m && ctx.chat?.type === 'private' && !isCommand(m)) {
      // a message may be for the chat partner: the rate limit's backlog check comes with the user row
      const r = await withBacklog(ctx.from.id)
      ctx.user = r?.user ?? null
      if (r) ctx.chatBacklog = r.pending
    } else ctx.user = ctx.from ? await deps.users.findByTelegramId(ctx.from.id) : null
    await next()
  })
  // Telegram may redeliver an update we already handled (e.g. our 2xx got lost): handle once.
  root.use(
    dedupe({
      redis: deps.redis,
      logger: deps.logger,
      ttlSec: deps.dedupeTtlSec ?? 86_400,
      leaseMs: deps.dedupeLeaseMs ?? 5_000,
      onDuplicate: (ctx) => duplicates.add(ctx),
      // one round trip: claim + rate-limit counter + armed prompts + last-seen throttle
      extras: (ctx) => {
        const extras: ClaimExtras = {}
        const rateKey = deps.rateLimitPerMin ? preCountedRateKey(ctx, Boolean(deps.chatBacklog)) : undefined
        if (rateKey) extras.rate = { key: rateKey, windowMs: RATE_WINDOW_MS }
        const user = ctx.user
        // a message may answer an armed prompt (profile, report/feedback, tip amount): read them all at once
        if (user && ctx.message) {
          extras.hash = armedPromptsKey(user.id)
          extras.hashFrom = legacyPromptKeys(user.id)
        }
        if (deps.touchLastSeen && user && !user.deletedAt)
          extras.once = { key: lastSeenKey(user.id), ttlSec: lastSeenTtl() }
        return extras
      },
    }),
  )

  if (deps.touchLastSeen) root.use(lastSeen({ redis: deps.redis, touch: deps.touchLastSeen, logger: log }))
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
