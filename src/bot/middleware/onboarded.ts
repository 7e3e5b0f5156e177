import type { MiddlewareFn } from 'grammy'
import { isOnboarded } from '../../modules/users/onboarding.js'
import type { BotContext } from '../context.js'

/**
 * Guard for match/chat features: lets the update through only for users who finished onboarding
 * (consent given, topics etc. chosen); everyone else is told to /start. Use per handler:
 * `c.command('find', requireOnboarded(), handler)` or `c.callbackQuery(/^match:/, requireOnboarded(), …)`.
 */
export function requireOnboarded(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (isOnboarded(ctx.user)) return next()
    const text = ctx.t('guard-onboarding-required')
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true })
    else if (ctx.chat?.type === 'private') await ctx.reply(text)
  }
}
