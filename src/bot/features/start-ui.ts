import { GrammyError, type InlineKeyboard } from 'grammy'
import type { BotContext } from '../context.js'
import type { T } from '../keyboards/onboarding.js'

/** Small helpers shared by the onboarding/profile composers. */

export const tOf =
  (ctx: BotContext): T =>
  (key, vars) =>
    ctx.t(key, vars)

const notModified = (err: unknown) =>
  err instanceof GrammyError && err.error_code === 400 && /not modified/i.test(err.description)

/** Edits the message the pressed button belongs to; "message is not modified" is not an error. */
export async function editInPlace(ctx: BotContext, text: string, keyboard?: InlineKeyboard): Promise<void> {
  try {
    await ctx.editMessageText(text, keyboard ? { reply_markup: keyboard } : {})
  } catch (err) {
    if (!notModified(err)) throw err
  }
}

export async function editKeyboard(ctx: BotContext, keyboard?: InlineKeyboard): Promise<void> {
  try {
    await ctx.editMessageReplyMarkup(keyboard ? { reply_markup: keyboard } : {})
  } catch (err) {
    if (!notModified(err)) throw err
  }
}

/** Sender's own names: a custom pseudonym must not reveal them. */
export function telegramNames(ctx: BotContext): (string | undefined)[] {
  return [ctx.from?.first_name, ctx.from?.last_name, ctx.from?.username]
}

/** Callback data `<mode>:<action>[:<arg>]` → parts (arg may itself contain no colon). */
export function parseData(data: string): { action: string; arg: string | undefined } {
  const [, action = '', arg] = data.split(':')
  return { action, arg }
}

/** A message that is a bot command (`/find`, `/start@bot`): left to the command handlers. */
export function isCommand(ctx: BotContext): boolean {
  return Boolean(ctx.message?.text?.startsWith('/'))
}

/** Service messages about payments must reach the tips feature even from unknown/new users. */
export function isPaymentMessage(ctx: BotContext): boolean {
  const m = ctx.message
  return Boolean(m && ('successful_payment' in m || 'refunded_payment' in m))
}
