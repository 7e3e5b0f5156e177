/** Loose JSON object; Telegram objects are built as plain literals and serialised as-is. */
export type Json = Record<string, unknown>

export interface TgUser {
  id: number
  is_bot: boolean
  first_name: string
  last_name?: string
  username?: string
  language_code?: string
  is_premium?: true
}

export interface TgChat {
  id: number
  type: 'private'
  first_name: string
  last_name?: string
  username?: string
}

export interface MessageEntity {
  type: string
  offset: number
  length: number
  url?: string
  language?: string
  custom_emoji_id?: string
  unix_time?: number
  date_time_format?: string
}

export interface InlineKeyboardButton {
  text: string
  callback_data?: string
  url?: string
  pay?: boolean
  [k: string]: unknown
}

export interface InlineKeyboardMarkup {
  inline_keyboard: InlineKeyboardButton[][]
}

/** A Telegram `Message`; common fields typed, the rest (photo, sticker, invoice, ...) kept open. */
export interface TgMessage {
  message_id: number
  from?: TgUser
  chat: TgChat
  date: number
  edit_date?: number
  text?: string
  entities?: MessageEntity[]
  caption?: string
  caption_entities?: MessageEntity[]
  reply_markup?: InlineKeyboardMarkup
  [k: string]: unknown
}

export type TgUpdate = { update_id: number } & Json

/** Telegram-like flood control, see README "Rate limits". */
export interface Limits {
  enabled: boolean
  /** Sustained messages per second into one chat (Telegram: about 1). */
  perChatPerSec: number
  /** Messages one chat may receive back-to-back before throttling starts. */
  perChatBurst: number
  /** Sustained messages per second for the whole bot (Telegram: about 30). */
  globalPerSec: number
  globalBurst: number
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  enabled: false,
  perChatPerSec: 1,
  perChatBurst: 3,
  globalPerSec: 30,
  globalBurst: 30,
})

/** Kinds that carry a stored file (a `file_id`). */
export const FILE_KINDS = [
  'photo',
  'sticker',
  'voice',
  'video_note',
  'video',
  'audio',
  'animation',
  'document',
] as const
export type FileKind = (typeof FILE_KINDS)[number]

/** Content kinds a message may carry; `text` and the media kinds double as the inbox `type`. */
export const CONTENT_KINDS = [
  'text',
  ...FILE_KINDS,
  'location',
  'contact',
  'dice',
  'invoice',
  'successful_payment',
  'refunded_payment',
] as const
export type ContentKind = (typeof CONTENT_KINDS)[number]
