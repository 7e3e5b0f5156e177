import { Composer, InlineKeyboard } from 'grammy'
import type { TipsService } from '../../modules/tips/service.js'
import type { BotContext } from '../context.js'

/** For the command menu and /help (help.ts BotCommandSpec shape). */
export const TIPS_COMMANDS = [
  { command: 'tips', descriptionKey: 'tips-cmd-tips', order: 40 },
  { command: 'paysupport', descriptionKey: 'tips-cmd-paysupport', order: 95 },
] as const

type PaymentsDeps = { tips: Pick<TipsService, 'handleUpdate'> }

/**
 * Money updates: pre_checkout_query, successful_payment, refunded_payment. Runs the same handler as
 * `POST /payments/webhook/telegram-stars`. Register it before gates that may swallow updates (rate limit,
 * banned gate): a pre-checkout must be answered and a completed payment recorded whoever sent it.
 */
export function tipsPaymentsFeature({ tips }: PaymentsDeps) {
  const c = new Composer<BotContext>()
  c.on(['pre_checkout_query', 'message:successful_payment', 'message:refunded_payment'], async (ctx) => {
    await tips.handleUpdate(ctx.update)
  })
  return c
}

type TipsDeps = {
  tips: Pick<
    TipsService,
    | 'presets'
    | 'checkTarget'
    | 'listTippable'
    | 'receivedSummary'
    | 'recentPaidBy'
    | 'sendInvoice'
    | 'beginCustomAmount'
    | 'pendingCustomAmount'
    | 'cancelCustomAmount'
    | 'submitCustomAmount'
    | 'hasActiveSession'
  >
  /** Shown by /paysupport, e.g. `@support_handle`. */
  supportContact?: string
}

/**
 * Tipping UI: the `tip:<sessionId>` button (offered by the chat feature after rating) and /tips → amount
 * presets or a typed custom amount → Stars invoice; /paysupport.
 * Callback data: `tip:<sid>` (choose amount), `tip:<sid>:<amount>`, `tip:<sid>:custom`, `tip:cancel`.
 */
export function tipsFeature({ tips, supportContact }: TipsDeps) {
  const c = new Composer<BotContext>()
  const pm = c.chatType('private')

  pm.command('paysupport', async (ctx) => {
    const lines = [
      ctx.t('tips-paysupport'),
      supportContact
        ? ctx.t('tips-paysupport-contact', { contact: supportContact })
        : ctx.t('tips-paysupport-no-contact'),
    ]
    if (ctx.user) {
      const recent = await tips.recentPaidBy(ctx.user.id)
      if (recent.length) {
        lines.push('', ctx.t('tips-paysupport-recent'))
        for (const t of recent)
          lines.push(
            ctx.t('tips-paysupport-item', {
              tipId: String(t.id),
              amount: String(t.amount),
              status: ctx.t(t.status === 'refunded' ? 'tips-status-refunded' : 'tips-status-paid'),
            }),
          )
      }
    }
    await ctx.reply(lines.join('\n'))
  })

  pm.command('tips', async (ctx) => {
    if (!ctx.user) return ctx.reply(ctx.t('tips-need-start'))
    const [list, summary] = await Promise.all([
      tips.listTippable(ctx.user.id),
      tips.receivedSummary(ctx.user.id),
    ])
    const balance = ctx.t('tips-balance', {
      count: String(summary.tipsReceived),
      balance: String(summary.starBalance),
    })
    if (list.length === 0) return ctx.reply(`${ctx.t('tips-list-empty')}\n\n${balance}`)
    const kb = new InlineKeyboard()
    for (const s of list)
      kb.text(
        ctx.t('tips-btn-partner', { name: s.partnerNickname ?? ctx.t('tips-someone') }),
        `tip:${s.sessionId}`,
      ).row()
    await ctx.reply(`${ctx.t('tips-list-header')}\n\n${balance}`, { reply_markup: kb })
  })

  pm.callbackQuery('tip:cancel', async (ctx) => {
    if (ctx.user) await tips.cancelCustomAmount(ctx.user.id)
    await ctx.answerCallbackQuery()
    await ctx.editMessageText(ctx.t('tips-cancelled')).catch(() => {})
  })

  pm.callbackQuery(/^tip:(\d{1,10})$/, async (ctx) => {
    if (!ctx.user) return ctx.answerCallbackQuery({ text: ctx.t('tips-need-start'), show_alert: true })
    const sessionId = Number(ctx.match[1])
    const checked = await tips.checkTarget(ctx.user.id, sessionId)
    if (!checked.ok)
      return ctx.answerCallbackQuery({ text: ctx.t(`tips-reject-${checked.reason}`), show_alert: true })
    await ctx.answerCallbackQuery()
    const kb = new InlineKeyboard()
    for (const amount of tips.presets)
      kb.text(ctx.t('tips-btn-amount', { amount: String(amount) }), `tip:${sessionId}:${amount}`)
    kb.row()
      .text(ctx.t('tips-btn-custom'), `tip:${sessionId}:custom`)
      .row()
      .text(ctx.t('tips-btn-cancel'), 'tip:cancel')
    const name = checked.target.recipient.nickname ?? ctx.t('tips-someone')
    await ctx.reply(ctx.t('tips-choose-amount', { name }), { reply_markup: kb })
  })

  pm.callbackQuery(/^tip:(\d{1,10}):(\d{1,5})$/, async (ctx) => {
    if (!ctx.user) return ctx.answerCallbackQuery({ text: ctx.t('tips-need-start'), show_alert: true })
    const sessionId = Number(ctx.match[1])
    const amount = Number(ctx.match[2])
    if (!(tips.presets as readonly number[]).includes(amount))
      return ctx.answerCallbackQuery({ text: ctx.t('tips-reject-bad-amount'), show_alert: true })
    const sent = await tips.sendInvoice(ctx.user, sessionId, amount)
    if (!sent.ok)
      return ctx.answerCallbackQuery({ text: ctx.t(`tips-reject-${sent.reason}`), show_alert: true })
    await ctx.answerCallbackQuery()
  })

  pm.callbackQuery(/^tip:(\d{1,10}):custom$/, async (ctx) => {
    if (!ctx.user) return ctx.answerCallbackQuery({ text: ctx.t('tips-need-start'), show_alert: true })
    const sessionId = Number(ctx.match[1])
    const checked = await tips.checkTarget(ctx.user.id, sessionId)
    if (!checked.ok)
      return ctx.answerCallbackQuery({ text: ctx.t(`tips-reject-${checked.reason}`), show_alert: true })
    await tips.beginCustomAmount(ctx.user.id, sessionId)
    await ctx.answerCallbackQuery()
    await ctx.reply(ctx.t('tips-custom-prompt'), {
      reply_markup: new InlineKeyboard().text(ctx.t('tips-btn-cancel'), 'tip:cancel'),
    })
  })

  // The custom-amount step: only while the user is waiting to type an amount; everything else passes on.
  pm.on('message:text', async (ctx, next) => {
    if (!ctx.user) return next()
    const pending = await tips.pendingCustomAmount(ctx.user.id)
    if (pending === null) return next()
    // A command, or a new chat started meanwhile: the text is not an amount — never swallow a message.
    if (ctx.message.text.startsWith('/') || (await tips.hasActiveSession(ctx.user.id))) {
      await tips.cancelCustomAmount(ctx.user.id)
      return next()
    }
    const r = await tips.submitCustomAmount(ctx.user.id, ctx.message.text)
    if (!r.ok) {
      if (r.reason === 'expired') return next()
      return ctx.reply(ctx.t(`tips-amount-${r.reason}`), {
        reply_markup: new InlineKeyboard().text(ctx.t('tips-btn-cancel'), 'tip:cancel'),
      })
    }
    const sent = await tips.sendInvoice(ctx.user, r.sessionId, r.amount)
    if (!sent.ok) await ctx.reply(ctx.t(`tips-reject-${sent.reason}`))
  })

  return c
}
