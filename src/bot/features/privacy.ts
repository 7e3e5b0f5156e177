import type { Metrics } from '../../metrics.js'
import type { PendingInputStore } from '../../modules/users/pending-input.js'
import type { UsersService } from '../../modules/users/service.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { deleteConfirmKeyboard } from '../keyboards/onboarding.js'
import { editInPlace, tOf } from './start-ui.js'

/**
 * /delete_me: asks for confirmation, then erases the user's personal data (UsersService.eraseUser, which
 * also fires onUserDeleted so the active chat ends and the user leaves the queue). Afterwards the Telegram
 * account is unknown to us: /start begins as a brand-new user.
 */
export function privacyFeature(deps: {
  users: Pick<UsersService, 'eraseUser'>
  pending: Pick<PendingInputStore, 'clear'>
  metrics?: Pick<Metrics, 'usersDeleted'>
}) {
  const c = new Composer<BotContext>()
  const pc = c.chatType('private')
  pc.command('delete_me', async (ctx) => {
    const t = tOf(ctx)
    if (!ctx.user) {
      await ctx.reply(t('profile-delete-nothing'))
      return
    }
    // Stars from tips cannot follow an erased account: say so before they confirm
    const balance = ctx.user.starBalance
    const text =
      balance > 0
        ? `${t('profile-delete-ask')}\n\n${t('profile-delete-balance', { balance: String(balance) })}`
        : t('profile-delete-ask')
    await ctx.reply(text, { reply_markup: deleteConfirmKeyboard(t) })
  })
  pc.callbackQuery(['del:yes', 'del:no'], async (ctx) => {
    const t = tOf(ctx)
    const user = ctx.user
    if (!user) {
      await editInPlace(ctx, t('profile-delete-nothing'))
      await ctx.answerCallbackQuery()
      return
    }
    if (ctx.callbackQuery.data === 'del:no') {
      await editInPlace(ctx, t('profile-delete-cancelled'))
      await ctx.answerCallbackQuery()
      return
    }
    const r = await deps.users.eraseUser(user.id)
    await deps.pending.clear(user.id)
    if (r.ok) deps.metrics?.usersDeleted.inc()
    ctx.user = null
    await editInPlace(ctx, t(r.ok ? 'profile-delete-done' : 'profile-delete-nothing'))
    await ctx.answerCallbackQuery()
  })
  return c
}
