import { badRequest } from './errors.js'
import { OBJECT_RULES } from './spec.js'
import type { InlineKeyboardButton, InlineKeyboardMarkup, Json } from './types.js'
import { checkObject, isWellFormed } from './validate.js'

/** Validated `reply_markup`: inline keyboards stay on the message; reply keyboards change the chat's input. */
export type ReplyMarkup =
  | { kind: 'inline'; markup: InlineKeyboardMarkup }
  | { kind: 'keyboard'; markup: Json }
  | { kind: 'remove'; markup: Json }
  | { kind: 'force_reply'; markup: Json }

const INLINE_ACTIONS = [
  'callback_data',
  'url',
  'pay',
  'login_url',
  'web_app',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
] as const

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function validUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return ['http:', 'https:', 'tg:'].includes(u.protocol)
  } catch {
    return false
  }
}

/**
 * Validates a `reply_markup` object with Telegram's rules and error texts: button fields of the declared types
 * (`callback_data` a String of 1-64 bytes — BUTTON_DATA_INVALID, which grammY does not check client-side), a
 * non-empty text, exactly one action per inline button, and a pay button only where `allowPay` (invoices).
 */
export function parseReplyMarkup(raw: unknown, opts: { allowPay?: boolean } = {}): ReplyMarkup | undefined {
  if (raw === undefined || raw === null) return undefined
  if (!isObject(raw)) throw badRequest("can't parse reply keyboard markup JSON object")
  if ('inline_keyboard' in raw) {
    const rows = raw.inline_keyboard
    if (!Array.isArray(rows))
      throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    const clean: InlineKeyboardMarkup = { inline_keyboard: [] }
    for (const row of rows) {
      if (!Array.isArray(row))
        throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays')
      const outRow = []
      for (const btn of row) outRow.push(inlineButton(btn, opts.allowPay === true))
      clean.inline_keyboard.push(outRow)
    }
    return { kind: 'inline', markup: clean }
  }
  if ('keyboard' in raw) {
    const rows = raw.keyboard
    if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) {
      throw badRequest('field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays')
    }
    const keyboard = (rows as unknown[][]).map((row) =>
      row.map((b) => {
        const text = typeof b === 'string' ? b : isObject(b) ? b.text : undefined
        if (typeof text !== 'string')
          throw badRequest("can't parse keyboard button: KeyboardButton must be a String or an Object")
        if (text === '') throw badRequest('keyboard button text must be non-empty')
        return typeof b === 'string' ? { text: b } : b
      }),
    )
    return { kind: 'keyboard', markup: { ...raw, keyboard } }
  }
  if (raw.remove_keyboard === true || raw.remove_keyboard === 'true') {
    return { kind: 'remove', markup: { ...raw, remove_keyboard: true } }
  }
  if (raw.force_reply === true || raw.force_reply === 'true') {
    return { kind: 'force_reply', markup: { ...raw, force_reply: true } }
  }
  throw badRequest("can't parse reply keyboard markup JSON object")
}

function inlineButton(btn: unknown, allowPay: boolean): InlineKeyboardButton {
  if (!isObject(btn))
    throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
  if (typeof btn.text !== 'string') {
    throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String')
  }
  if (!isWellFormed(btn.text)) throw badRequest('inline keyboard button text must be encoded in UTF-8')
  if (btn.text === '') throw badRequest('inline keyboard button text must be non-empty')
  checkObject(btn, 'InlineKeyboardButton', OBJECT_RULES.InlineKeyboardButton)
  const actions = INLINE_ACTIONS.filter((a) => btn[a] !== undefined && btn[a] !== null && btn[a] !== false)
  if (actions.length === 0) {
    throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
  }
  if (actions.length > 1) {
    throw badRequest(
      `can't parse inline keyboard button: exactly one of the button kinds must be used, got ${actions.join(', ')}`,
    )
  }
  if (btn.callback_data !== undefined) {
    const bytes = Buffer.byteLength(String(btn.callback_data), 'utf8')
    if (bytes === 0 || bytes > 64) throw badRequest('BUTTON_DATA_INVALID')
  }
  if (btn.url !== undefined && !validUrl(String(btn.url))) {
    throw badRequest(`inline keyboard button URL '${String(btn.url)}' is invalid: Wrong HTTP URL`)
  }
  if (btn.pay === true && !allowPay) throw badRequest('BUTTON_TYPE_INVALID')
  return { ...btn, text: btn.text }
}

/** All callback buttons of an inline keyboard, flattened in reading order. */
export function callbackButtons(markup: InlineKeyboardMarkup | undefined): { text: string; data: string }[] {
  if (!markup) return []
  return markup.inline_keyboard
    .flat()
    .flatMap((b) => (typeof b.callback_data === 'string' ? [{ text: b.text, data: b.callback_data }] : []))
}
