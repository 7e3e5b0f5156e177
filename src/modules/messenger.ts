/**
 * Port for talking to users from framework-free modules (matching proposals, relay notices, receipts).
 * The bot adapter (bot/messenger.ts) implements it over grammY's Api.
 */
export type InlineButton = { text: string; data: string } | { text: string; url: string }

export type SendOptions = {
  buttons?: InlineButton[][]
  /** Telegram protect_content: no forwarding/saving. */
  protect?: boolean
  html?: boolean
}

export type Messenger = {
  sendText(chatId: number, text: string, opts?: SendOptions): Promise<{ messageId: number }>
  editText(chatId: number, messageId: number, text: string, opts?: SendOptions): Promise<void>
  removeButtons(chatId: number, messageId: number): Promise<void>
}

/** The recipient blocked the bot / deactivated: sending will never succeed. */
export class RecipientGoneError extends Error {
  override name = 'RecipientGoneError'
}
