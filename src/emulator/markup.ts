import { badRequest } from './errors.js'
import type { InlineKeyboardMarkup, Json } from './types.js'

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
 * Validates a `reply_markup` object with Telegram's rules and error texts (notably BUTTON_DATA_INVALID for
 * callback_data over 64 bytes, which grammY does not check client-side).
 */
export function parseReplyMarkup(raw: unknown): ReplyMarkup | undefined {
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
      for (const btn of row) {
        if (!isObject(btn))
          throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
        if (typeof btn.text !== 'string') {
          throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String')
        }
        const actions = INLINE_ACTIONS.filter((a) => btn[a] !== undefined && btn[a] !== null)
        if (actions.length === 0) {
          throw badRequest(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
          )
        }
        if (btn.callback_data !== undefined) {
          const data = String(btn.callback_data)
          const bytes = Buffer.byteLength(data, 'utf8')
          if (bytes === 0 || bytes > 64) throw badRequest('BUTTON_DATA_INVALID')
        }
        if (btn.url !== undefined && !validUrl(String(btn.url))) {
          throw badRequest(`inline keyboard button URL '${String(btn.url)}' is invalid: Wrong HTTP URL`)
        }
        outRow.push({ ...btn, text: btn.text })
      }
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
        if (typeof b === 'string') return { text: b }
        if (isObject(b) && typeof b.text === 'string') return b
        throw badRequest("can't parse keyboard button: KeyboardButton must be a String or an Object")
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

/** All callback buttons of an inline keyboard, flattened in reading order. */
export function callbackButtons(markup: InlineKeyboardMarkup | undefined): { text: string; data: string }[] {
  if (!markup) return []
  return markup.inline_keyboard
    .flat()
    .flatMap((b) => (typeof b.callback_data === 'string' ? [{ text: b.text, data: b.callback_data }] : []))
}
