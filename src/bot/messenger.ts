import { type Api, GrammyError, InlineKeyboard } from 'grammy'
import {
  type InlineButton,
  type Messenger,
  RecipientGoneError,
  type SendOptions,
} from '../modules/messenger.js'

export function toInlineKeyboard(rows: InlineButton[][]): InlineKeyboard {
  const kb = new InlineKeyboard()
  for (const row of rows) {
    for (const b of row) {
      if ('data' in b) kb.text(b.text, b.data)
      else kb.url(b.text, b.url)
    }
    kb.row()
  }
  return kb
}

/** 403 from Telegram: the user blocked the bot or the account is gone. */
export function isRecipientGone(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 403
}

export function createTelegramMessenger(api: Api): Messenger {
  const extra = (opts?: SendOptions) => ({
    ...(opts?.buttons ? { reply_markup: toInlineKeyboard(opts.buttons) } : {}),
    ...(opts?.protect ? { protect_content: true } : {}),
    ...(opts?.html ? { parse_mode: 'HTML' as const } : {}),
  })
  const wrap = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (err) {
      if (isRecipientGone(err)) throw new RecipientGoneError((err as Error).message)
      throw err
    }
  }
  return {
    async sendText(chatId, text, opts) {
      const m = await wrap(() => api.sendMessage(chatId, text, extra(opts)))
      return { messageId: m.message_id }
    },
    async editText(chatId, messageId, text, opts) {
      await wrap(() => api.editMessageText(chatId, messageId, text, extra(opts)))
    },
    async removeButtons(chatId, messageId) {
      try {
        await wrap(() => api.editMessageReplyMarkup(chatId, messageId, { reply_markup: undefined }))
      } catch (err) {
        // already without buttons / too old to edit: nothing to do
        if (err instanceof GrammyError && err.error_code === 400) return
        throw err
      }
    },
  }
}
