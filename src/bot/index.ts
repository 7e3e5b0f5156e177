import { autoRetry } from '@grammyjs/auto-retry'
import { Bot, type Composer } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import type { Redis } from 'ioredis'
import { isTransient } from '../errors.js'
import type { Logger } from '../logger.js'
import type { UsersService } from '../modules/users/service.js'
import type { BotContext } from './context.js'
import type { createI18n } from './i18n.js'

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
}

/**
 * The grammY bot with the cross-cutting middleware in a fixed order:
 * error boundary → de-duplication → user → i18n → features.
 */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    client: { apiRoot: deps.apiRoot },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  })
  // Honour 429 retry_after and transient 5xx from Telegram for every outgoing call.
  bot.api.config.use(
    autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60, rethrowInternalServerErrors: false }),
  )

  const log = deps.logger.child({ module: 'bot' })
  const root = bot.errorBoundary(async (err) => {
    const ctx = err.ctx
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
    const key = `upd:${ctx.update.update_id}`
    if (await deps.redis.exists(key)) {
      log.debug({ updateId: ctx.update.update_id }, 'duplicate update skipped')
      return
    }
    await next()
    await deps.redis.set(key, '1', 'EX', ttl)
  })

  root.use(async (ctx, next) => {
    ctx.user = ctx.from ? await deps.users.findByTelegramId(ctx.from.id) : null
    await next()
  })
  root.use(deps.i18n)
  for (const feature of deps.features) root.use(feature)
  return bot
}
