import { GrammyError } from 'grammy'
import type { CheckinSender, CheckinService } from '../../modules/checkin/service.js'
import { checkinData } from '../../modules/connections/callbacks.js'
import type { Messenger } from '../../modules/messenger.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import type { Translate } from '../i18n.js'
import { crisisLinesFor } from '../views/crisis.js'

/**
 * The check-in message a moderator sends from a crisis flag: the template in the user's language, the
 * note (plain text, no parse mode: nothing in it can become markup or a link preview) and two answers.
 */
export function checkinSender({ messenger, translate }: { messenger: Messenger; translate: Translate }) {
  const send: CheckinSender = async (to, c) => {
    const t = (key: string, vars?: Record<string, string | number>) => translate(to.language, key, vars)
    const text = c.note
      ? `${t('checkin-message')}\n\n${t('checkin-note', { note: c.note })}`
      : t('checkin-message')
    await messenger.sendText(to.telegramId, text, {
      buttons: [
        [
          { text: t('checkin-ok-button'), data: checkinData.pack({ kind: 'ok', checkinId: c.id }) },
          { text: t('checkin-talk-button'), data: checkinData.pack({ kind: 'talk', checkinId: c.id }) },
        ],
      ],
    })
  }
  return send
}

/** The user's answer to a check-in: stored on the flag; the buttons go, a short reply follows. */
export function checkinFeature({ checkin }: { checkin: Pick<CheckinService, 'answer'> }) {
  const c = new Composer<BotContext>()
  c.chatType('private').callbackQuery(checkinData.filter, async (ctx) => {
    const a = checkinData.unpack(ctx.callbackQuery.data)
    const r =
      a && ctx.user
        ? await checkin.answer({ checkinId: a.checkinId, userId: ctx.user.id, answer: a.kind })
        : null
    if (!r?.ok) {
      await ctx.answerCallbackQuery({ text: ctx.t('checkin-already') })
      return
    }
    await ctx.answerCallbackQuery()
    try {
      await ctx.editMessageReplyMarkup({ reply_markup: undefined })
    } catch (err) {
      if (!(err instanceof GrammyError && err.error_code === 400)) throw err
    }
    if (r.answer === 'ok') return void (await ctx.reply(ctx.t('checkin-thanks-ok')))
    // the team was told; meanwhile the lines that answer right now, for their country
    await ctx.reply(`${ctx.t('checkin-thanks-talk')}\n\n${crisisLinesFor(ctx.t, ctx.user ?? {})}`)
  })
  return c
}
