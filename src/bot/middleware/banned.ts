import type { MiddlewareFn } from 'grammy'
import type { BotContext } from '../context.js'

/**
 * Banned users (users.banned_at, set by moderation) get a notice and nothing else. Updates that are not
 * the user talking to the bot still pass: payment service messages and pre-checkout queries (money must
 * be accounted for — the tips feature decides) and my_chat_member (the user blocking the bot).
 */
export function bannedGate(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.user?.bannedAt) return next()
    const m = ctx.message
    if (
      ctx.preCheckoutQuery ||
      ctx.myChatMember ||
      (m && ('successful_payment' in m || 'refunded_payment' in m))
    )
      return next()
    const text = ctx.t('guard-banned')
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true })
    else if (ctx.chat?.type === 'private' && (ctx.message || ctx.editedMessage)) await ctx.reply(text)
  }
}
