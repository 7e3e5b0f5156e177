import { InlineKeyboard } from 'grammy'
import type { InlineKeyboardMarkup } from 'grammy/types'
import type { TipsService } from '../../modules/tips/service.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { redeemMenuButton } from './redeem.js'
import { invoiceTexts, percent, splitVars } from './tips-texts.js'

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
    | 'rates'
    | 'split'
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
    | 'claimPicker'
    | 'releasePicker'
  >
  /** Shown by /paysupport, e.g. `@support_handle`. */
  supportContact?: string
}

/** `InlineKeyboardMarkup` without the buttons carrying `data`; undefined when nothing is left. */
function withoutButton(markup: InlineKeyboardMarkup | undefined, data: string) {
  const rows = (markup?.inline_keyboard ?? [])
    .map((row) => row.filter((b) => !('callback_data' in b && b.callback_data === data)))
    .filter((row) => row.length > 0)
  return rows.length ? { inline_keyboard: rows } : undefined
}

/**
 * Tipping UI: the `tip:<sessionId>` button (offered by the chat feature after rating) and /tips → amount
 * presets or a typed custom amount → Stars invoice; /paysupport.
 * Callback data: `tip:<sid>` (choose amount), `tip:<sid>:<amount>`, `tip:<sid>:custom`, `tip:cancel` (on the
 * picker), `tip:cancel-custom` (while a typed amount is awaited).
 * Every picker decides once: its keyboard is replaced by the outcome, and a press that was already queued
 * (double tap) only gets a short "already chosen" answer — never a second invoice.
 */
export function tipsFeature({ tips, supportContact }: TipsDeps) {
  const c = new Composer<BotContext>()
  const pm = c.chatType('private')
  const cancelCustomKb = (ctx: BotContext) =>
    new InlineKeyboard().text(ctx.t('tips-btn-cancel'), 'tip:cancel-custom')

  /** True for the first press on this picker message; answers a later one as stale. */
  async function claimPicker(ctx: BotContext, userId: number): Promise<boolean> {
    const messageId = ctx.callbackQuery?.message?.message_id
    if (messageId === undefined || (await tips.claimPicker(userId, messageId))) return true
    await ctx.answerCallbackQuery({ text: ctx.t('tips-stale-press') })
    return false
  }

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
    // a positive balance can be spent (/balance): offer it right under the summary
    const spend = summary.starBalance > 0 ? [[redeemMenuButton(ctx)]] : []
    if (list.length === 0)
      return ctx.reply(
        `${ctx.t('tips-list-empty')}\n\n${balance}`,
        spend.length ? { reply_markup: { inline_keyboard: spend } } : {},
      )
    const kb = new InlineKeyboard()
    for (const s of list)
      kb.text(
        ctx.t('tips-btn-partner', { name: s.partnerNickname ?? ctx.t('tips-someone') }),
        `tip:${s.sessionId}`,
      ).row()
    for (const row of spend) kb.add(...row).row()
    await ctx.reply(`${ctx.t('tips-list-header')}\n\n${balance}`, { reply_markup: kb })
  })

  pm.callbackQuery('tip:cancel', async (ctx) => {
    if (!ctx.user) return ctx.answerCallbackQuery()
    if (!(await claimPicker(ctx, ctx.user.id))) return
    await tips.cancelCustomAmount(ctx.user.id)
    await ctx.answerCallbackQuery()
    await ctx.editMessageText(ctx.t('tips-cancelled')).catch(() => {})
  })

  // Cancel on the custom-amount prompt (and its error replies): stale once the amount was given or cancelled.
  pm.callbackQuery('tip:cancel-custom', async (ctx) => {
    if (!ctx.user || (await tips.pendingCustomAmount(ctx.user.id)) === null) {
      await ctx.answerCallbackQuery({ text: ctx.t('tips-stale-press') })
      await ctx.editMessageReplyMarkup().catch(() => {})
      return
    }
    await tips.cancelCustomAmount(ctx.user.id)
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
    // This offer's button has done its job (other buttons — "skip", other partners in /tips — stay).
    const rest = withoutButton(ctx.callbackQuery.message?.reply_markup, ctx.callbackQuery.data)
    await ctx.editMessageReplyMarkup(rest ? { reply_markup: rest } : {}).catch(() => {})
    const kb = new InlineKeyboard()
    for (const amount of tips.presets)
      kb.text(ctx.t('tips-btn-amount', { amount: String(amount) }), `tip:${sessionId}:${amount}`)
    kb.row()
      .text(ctx.t('tips-btn-custom'), `tip:${sessionId}:custom`)
      .row()
      .text(ctx.t('tips-btn-cancel'), 'tip:cancel')
    const name = checked.target.recipient.nickname ?? ctx.t('tips-someone')
    await ctx.reply(
      ctx.t('tips-choose-amount', {
        name,
        providerPct: percent(tips.rates.providerFeeBps),
        commissionPct: percent(tips.rates.commissionBps),
      }),
      { reply_markup: kb },
    )
  })

  pm.callbackQuery(/^tip:(\d{1,10}):(\d{1,5})$/, async (ctx) => {
    if (!ctx.user) return ctx.answerCallbackQuery({ text: ctx.t('tips-need-start'), show_alert: true })
    const sessionId = Number(ctx.match[1])
    const amount = Number(ctx.match[2])
    if (!(tips.presets as readonly number[]).includes(amount))
      return ctx.answerCallbackQuery({ text: ctx.t('tips-reject-bad-amount'), show_alert: true })
    const user = ctx.user
    if (!(await claimPicker(ctx, ctx.user.id))) return
    const pickerId = ctx.callbackQuery.message?.message_id
    const texts = invoiceTexts(ctx.t.bind(ctx), tips.rates)
    const sent = await tips.sendInvoice(user, sessionId, amount, texts).catch(async (err: unknown) => {
      if (pickerId !== undefined) await tips.releasePicker(user.id, pickerId)
      throw err
    })
    if (!sent.ok) {
      const reason = ctx.t(`tips-reject-${sent.reason}`)
      await ctx.answerCallbackQuery({ text: reason, show_alert: true })
      await ctx.editMessageText(reason).catch(() => {})
      return
    }
    await ctx.answerCallbackQuery()
    await ctx
      .editMessageText(ctx.t('tips-invoice-sent', splitVars(tips.split(amount), tips.rates)))
      .catch(() => {})
  })

  pm.callbackQuery(/^tip:(\d{1,10}):custom$/, async (ctx) => {
    if (!ctx.user) return ctx.answerCallbackQuery({ text: ctx.t('tips-need-start'), show_alert: true })
    const sessionId = Number(ctx.match[1])
    const checked = await tips.checkTarget(ctx.user.id, sessionId)
    if (!checked.ok)
      return ctx.answerCallbackQuery({ text: ctx.t(`tips-reject-${checked.reason}`), show_alert: true })
    if (!(await claimPicker(ctx, ctx.user.id))) return
    await tips.beginCustomAmount(ctx.user.id, sessionId)
    await ctx.answerCallbackQuery()
    // the picker becomes the prompt, so its amount buttons are gone
    const prompt = { reply_markup: cancelCustomKb(ctx) }
    await ctx
      .editMessageText(ctx.t('tips-custom-prompt'), prompt)
      .catch(() => ctx.reply(ctx.t('tips-custom-prompt'), prompt))
  })

  // The custom-amount step: only while the user is waiting to type an amount; everything else passes on.
  pm.on('message:text', async (ctx, next) => {
    if (!ctx.user) return next()
    const armed = ctx.preflight?.hash
    const pending = await tips.pendingCustomAmount(ctx.user.id, armed)
    if (pending === null) return next()
    // A command, or a new chat started meanwhile: the text is not an amount — never swallow a message.
    if (ctx.message.text.startsWith('/') || (await tips.hasActiveSession(ctx.user.id))) {
      await tips.cancelCustomAmount(ctx.user.id, armed)
      return next()
    }
    const r = await tips.submitCustomAmount(ctx.user.id, ctx.message.text, armed)
    if (!r.ok) {
      if (r.reason === 'expired') return next()
      return ctx.reply(ctx.t(`tips-amount-${r.reason}`), { reply_markup: cancelCustomKb(ctx) })
    }
    const sent = await tips.sendInvoice(
      ctx.user,
      r.sessionId,
      r.amount,
      invoiceTexts(ctx.t.bind(ctx), tips.rates),
    )
    if (!sent.ok) await ctx.reply(ctx.t(`tips-reject-${sent.reason}`))
  })

  return c
}
