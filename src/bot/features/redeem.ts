import { InlineKeyboard } from 'grammy'
import type { RedeemChoice, RedeemResult, Redemptions } from '../../modules/tips/redeem.js'
import { PREMIUM_PRICES } from '../../modules/tips/redeem.js'
import type { RedeemClaims } from '../../modules/tips/redeem-claims.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { packRedeem, REDEEM_DATA, unpackRedeem } from './redeem-callback.js'

/** For the command menu and /help (help.ts BotCommandSpec shape). */
export const REDEEM_COMMANDS = [
  { command: 'balance', descriptionKey: 'redeem-cmd-balance', order: 45 },
] as const

/** The "Spend my Stars" button other screens (the /tips summary) may add. */
export const redeemMenuButton = (ctx: BotContext) => ({
  text: ctx.t('redeem-btn-open'),
  callback_data: packRedeem({ action: 'menu' }),
})

type RedeemDeps = {
  redemptions: Pick<Redemptions, 'options' | 'priceOf' | 'redeem' | 'gifts'>
  claims: RedeemClaims
}

/** What a result says to the helper (keys in locales/<lang>/redeem.ftl). */
function resultText(ctx: BotContext, choice: RedeemChoice, r: RedeemResult): string {
  const balance = String(r.balance)
  if (!r.ok) return ctx.t(`redeem-reject-${r.reason}`, { balance })
  if (r.state === 'sent')
    return choice.kind === 'gift'
      ? ctx.t('redeem-sent-gift', { balance })
      : ctx.t('redeem-sent-premium', { balance, months: String(choice.months) })
  if (r.state === 'pending') return ctx.t('redeem-pending', { balance })
  return ctx.t('redeem-failed', { reason: ctx.t(`redeem-failure-${r.failure}`), balance })
}

/**
 * `/balance` (and the "Spend my Stars" button on the /tips summary): the helper's balance and what it buys now —
 * Telegram gifts and Premium for 3/6/12 months — then pick → confirm → the redemption service → a result message.
 * Each confirmation message decides once (a queued double tap is answered as stale).
 */
export function redeemFeature({ redemptions, claims }: RedeemDeps) {
  const c = new Composer<BotContext>()
  const pm = c.chatType('private')

  async function menu(ctx: BotContext, userId: number): Promise<{ text: string; kb?: InlineKeyboard }> {
    const o = await redemptions.options(userId)
    const balance = String(o.balance)
    const gifts = o.gifts.filter((g) => g.affordable)
    const premium = o.premium.filter((p) => p.affordable)
    if (gifts.length === 0 && premium.length === 0)
      return {
        text: ctx.t('redeem-menu-nothing', {
          balance,
          cheapest: String(o.gifts[0]?.stars ?? '—'),
          premium: String(PREMIUM_PRICES[3]),
        }),
      }
    const kb = new InlineKeyboard()
    gifts.forEach((g, i) => {
      kb.text(
        ctx.t('redeem-btn-gift', { emoji: g.emoji, stars: String(g.stars) }),
        packRedeem({ action: 'pick', choice: { kind: 'gift', giftId: g.id } }),
      )
      if (i % 3 === 2) kb.row()
    })
    kb.row()
    for (const p of premium)
      kb.text(
        ctx.t('redeem-btn-premium', { months: String(p.months), stars: String(p.stars) }),
        packRedeem({ action: 'pick', choice: { kind: 'premium', months: p.months } }),
      ).row()
    const lines = [ctx.t('redeem-menu', { balance })]
    for (const p of o.premium)
      lines.push(ctx.t('redeem-menu-premium-line', { months: String(p.months), stars: String(p.stars) }))
    return { text: lines.join('\n'), kb }
  }

  async function showMenu(ctx: BotContext) {
    if (!ctx.user) return ctx.reply(ctx.t('redeem-reject-recipient-gone'))
    const m = await menu(ctx, ctx.user.id)
    return ctx.reply(m.text, m.kb ? { reply_markup: m.kb } : {})
  }

  pm.command('balance', showMenu)

  pm.callbackQuery(REDEEM_DATA, async (ctx) => {
    const button = unpackRedeem(ctx.callbackQuery.data)
    if (!button || !ctx.user) return ctx.answerCallbackQuery()
    const user = ctx.user
    const messageId = ctx.callbackQuery.message?.message_id
    if (button.action === 'menu') {
      await ctx.answerCallbackQuery()
      await showMenu(ctx)
      return
    }
    if (button.action === 'pick') {
      const price = await redemptions.priceOf(button.choice)
      if (price === null)
        return ctx.answerCallbackQuery({ text: ctx.t('redeem-reject-unknown-item'), show_alert: true })
      const { balance } = await redemptions.options(user.id)
      if (balance < price)
        return ctx.answerCallbackQuery({
          text: ctx.t('redeem-reject-insufficient', { balance: String(balance) }),
          show_alert: true,
        })
      await ctx.answerCallbackQuery()
      const vars = { stars: String(price), after: String(balance - price) }
      const choice = button.choice
      const emoji =
        choice.kind === 'gift'
          ? ((await redemptions.gifts()).find((g) => g.id === choice.giftId)?.sticker.emoji ?? '🎁')
          : ''
      const text =
        choice.kind === 'gift'
          ? ctx.t('redeem-confirm-gift', { ...vars, emoji })
          : ctx.t('redeem-confirm-premium', { ...vars, months: String(choice.months) })
      const kb = new InlineKeyboard()
        .text(
          ctx.t('redeem-btn-confirm', { stars: String(price) }),
          packRedeem({ action: 'confirm', choice }),
        )
        .row()
        .text(ctx.t('redeem-btn-cancel'), packRedeem({ action: 'cancel' }))
      await ctx.reply(text, { reply_markup: kb })
      return
    }
    // confirm / cancel: one decision per confirmation message
    if (messageId !== undefined && !(await claims.claim(user.id, messageId)))
      return ctx.answerCallbackQuery({ text: ctx.t('redeem-stale-press') })
    await ctx.answerCallbackQuery()
    if (button.action === 'cancel') {
      await ctx.editMessageText(ctx.t('redeem-cancelled')).catch(() => {})
      return
    }
    await ctx.editMessageText(ctx.t('redeem-sending')).catch(() => {})
    // The claim is kept even if this throws: a debit may have committed; /balance starts a fresh choice.
    const result = await redemptions.redeem(user.id, button.choice, ctx.t('redeem-gift-text'))
    const text = resultText(ctx, button.choice, result)
    await ctx.editMessageText(text).catch(() => ctx.reply(text))
  })

  return c
}
