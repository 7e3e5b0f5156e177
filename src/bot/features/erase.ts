import { InlineKeyboard } from 'grammy'
import type { EraseRefusal, EraseService } from '../../modules/chat/erase.js'
import { eraseCallbacks as cb } from '../../modules/chat/erase-callbacks.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { quietly } from '../quietly.js'

export const ERASE_COMMANDS = [{ command: 'erase', descriptionKey: 'erase-cmd', order: 43 }]

const REFUSAL_KEY: Record<EraseRefusal, string> = {
  'not-found': 'erase-not-yours',
  'not-participant': 'erase-not-yours',
  active: 'erase-active',
  'too-late': 'erase-too-late',
}

/**
 * Erasing an ended conversation from both chats: the button on the post-chat message or /erase (the most
 * recent ended conversation) → a confirmation → the erase service. The deletions and the partner's notice
 * go through the relay outbox; this only words the outcome.
 */
export function eraseFeature(deps: { erase: Pick<EraseService, 'erase' | 'latestErasable'> }) {
  const c = new Composer<BotContext>()
  const pm = c.chatType('private')

  const confirmKeyboard = (ctx: BotContext, sessionId: number) =>
    new InlineKeyboard().text(ctx.t('erase-yes'), cb.yes(sessionId)).text(ctx.t('erase-no'), cb.no)

  pm.command('erase', async (ctx) => {
    const sessionId = ctx.user ? await deps.erase.latestErasable(ctx.user.id) : null
    if (sessionId === null) return void (await ctx.reply(ctx.t('erase-none')))
    await ctx.reply(ctx.t('erase-confirm'), { reply_markup: confirmKeyboard(ctx, sessionId) })
  })

  pm.callbackQuery(/^erase:(ask|yes):\d{1,10}$/, async (ctx) => {
    const data = cb.unpack(ctx.callbackQuery.data)
    if (!data || !ctx.user) return void (await ctx.answerCallbackQuery({ text: ctx.t('erase-not-yours') }))
    if (data.action === 'ask') {
      await ctx.answerCallbackQuery()
      await ctx.reply(ctx.t('erase-confirm'), { reply_markup: confirmKeyboard(ctx, data.sessionId) })
      return
    }
    const r = await deps.erase.erase({ userId: ctx.user.id, sessionId: data.sessionId })
    await ctx.answerCallbackQuery()
    if (r.ok) {
      const text =
        r.skipped > 0
          ? `${ctx.t('erase-done')}\n\n${ctx.t('erase-skipped', { count: r.skipped })}`
          : ctx.t('erase-done')
      await quietly(() => ctx.editMessageText(text))
      return
    }
    await quietly(() =>
      ctx.editMessageText(ctx.t(r.reason === 'already' ? 'erase-already' : REFUSAL_KEY[r.reason])),
    )
  })

  pm.callbackQuery(cb.no, async (ctx) => {
    await ctx.answerCallbackQuery()
    await quietly(() => ctx.editMessageText(ctx.t('erase-cancelled')))
  })

  return c
}
