import type { EmulatorCore } from './core.js'
import { BotApiError, badRequest, forbidden } from './errors.js'
import { defaultFaultDescription } from './faults.js'
import { applyParseMode } from './formatting.js'
import { createGiftsApi, type GiftsApi } from './gifts.js'
import { parseReplyMarkup, type ReplyMarkup } from './markup.js'
import type { Params } from './params.js'
import { type ChatState, contentKind, type StoredMessage } from './store.js'
import type { FileKind, InlineKeyboardMarkup, Json, MessageEntity, TgMessage } from './types.js'
import { parseAllowedUpdates } from './updates.js'
import { charLength, validateParams } from './validate.js'

/** A successful result that also carries Telegram's optional `description` (setWebhook does this). */
export class OkWithDescription {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}

/** Closes the HTTP connection without answering (fault status 0). */
export class DropConnection extends Error {
  override name = 'DropConnection'
}

export type ApiResponse =
  | { ok: true; result: unknown; description?: string }
  | { ok: false; error_code: number; description: string; parameters?: Json }

type Handler = (p: Params) => unknown

/** Methods subject to flood control (they put a message into a chat). */
const RATE_LIMITED = new Set([
  'sendMessage',
  'sendPhoto',
  'sendSticker',
  'sendVoice',
  'sendVideoNote',
  'sendVideo',
  'sendAudio',
  'sendAnimation',
  'sendDocument',
  'sendLocation',
  'sendContact',
  'sendDice',
  'sendInvoice',
  'copyMessage',
  'forwardMessage',
  'editMessageText',
  'editMessageCaption',
  'editMessageReplyMarkup',
])

const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
])

const SCOPE_TYPES = new Set([
  'default',
  'all_private_chats',
  'all_group_chats',
  'all_chat_administrators',
  'chat',
  'chat_administrators',
  'chat_member',
])

/** Content fields a copy/forward carries over. */
const CONTENT_FIELDS = [
  'text',
  'entities',
  'photo',
  'sticker',
  'voice',
  'video_note',
  'video',
  'audio',
  'animation',
  'document',
  'location',
  'contact',
  'dice',
  'caption',
  'caption_entities',
  'has_media_spoiler',
] as const

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message'

/** Bots may delete messages in private chats for 48 hours after they were sent. */
export const DELETE_WINDOW_SEC = 48 * 3600

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

const clone = <T>(v: T): T => structuredClone(v)

/**
 * The Bot API surface: method handlers with Telegram's validation and error texts, plus the dispatcher that
 * applies injected faults and flood control and records every call.
 */
export function createBotApi(core: EmulatorCore, gifts: GiftsApi = createGiftsApi(core)) {
  const { store, queue, limiter, faults } = core
  const bot = store.botUser

  function parseChatId(p: Params, key = 'chat_id'): number {
    const raw = p.raw[key]
    if (raw === undefined || raw === null || raw === '') throw badRequest(`${key} is empty`)
    const s = String(raw)
    if (!/^-?\d+$/.test(s)) throw badRequest('chat not found')
    return Number(s)
  }

  function chatOf(p: Params, key = 'chat_id'): ChatState {
    const chat = store.chats.get(parseChatId(p, key))
    if (!chat) throw badRequest('chat not found')
    return chat
  }

  function ensureCanSend(chat: ChatState) {
    if (chat.user.deactivated) throw forbidden('user is deactivated')
    if (chat.user.blocked) throw forbidden('bot was blocked by the user')
    if (!chat.user.started) throw forbidden("bot can't initiate conversation with a user")
  }

  function messageId(p: Params, key = 'message_id'): number {
    const id = p.optInt(key)
    if (id === undefined) throw badRequest('message identifier is not specified')
    return id
  }

  function live(chat: ChatState, id: number): StoredMessage | undefined {
    const m = chat.messages.get(id)
    return m && !m.deleted ? m : undefined
  }

  /** "A message can only be deleted if it was sent less than 48 hours ago." */
  function tooOldToDelete(m: StoredMessage): boolean {
    return store.unix() - m.message.date >= DELETE_WINDOW_SEC
  }

  function markupOf(p: Params, allowPay = false): ReplyMarkup | undefined {
    return parseReplyMarkup(p.optJson('reply_markup', 'reply keyboard markup'), { allowPay })
  }

  function replyTo(p: Params, chat: ChatState): Json {
    const rp = p.optJson<Json>('reply_parameters', 'reply parameters')
    // reply_parameters only: the older top-level reply_to_message_id is refused as unknown (validate.ts)
    const id = rp?.message_id !== undefined ? Number(rp.message_id) : undefined
    if (id === undefined) return {}
    const target = live(chat, id)
    if (!target) {
      if (rp?.allow_sending_without_reply === true) return {}
      throw badRequest('message to be replied not found')
    }
    const { reply_to_message: _omit, ...replied } = clone(target.message)
    return { reply_to_message: replied }
  }

  function formatted(text: string, p: Params, parseModeKey: string, entitiesKey: string) {
    return applyParseMode(text, p.optStr(parseModeKey), p.optJson<MessageEntity[]>(entitiesKey, entitiesKey))
  }

  function captionOf(p: Params): Json {
    const raw = p.optStr('caption')
    if (raw === undefined || raw === '') return {}
    const f = formatted(raw, p, 'parse_mode', 'caption_entities')
    if (charLength(f.text) > 1024) throw badRequest('message caption is too long')
    if (f.text.length === 0) return {}
    return { caption: f.text, ...(f.entities.length ? { caption_entities: f.entities } : {}) }
  }

  /** Appends a bot message and applies reply-keyboard side effects. */
  function deliver(
    chat: ChatState,
    method: string,
    p: Params,
    content: Json,
    extra: Parameters<typeof store.addMessage>[4] = {},
  ) {
    const markup = markupOf(p, method === 'sendInvoice')
    const reply = replyTo(p, chat)
    const stored = store.addMessage(
      chat,
      'bot',
      method,
      { ...reply, ...content, ...(markup?.kind === 'inline' ? { reply_markup: markup.markup } : {}) },
      { protectContent: p.bool('protect_content'), ...extra },
    )
    if (markup?.kind === 'keyboard') chat.replyKeyboard = markup.markup
    if (markup?.kind === 'remove') delete chat.replyKeyboard
    return stored
  }

  function resolveFile(p: Params, key: string, kind: FileKind): Json | Json[] {
    const raw = p.raw[key]
    if (raw === undefined || raw === null || raw === '') throw badRequest(`there is no ${key} in the request`)
    const value = typeof raw === 'string' ? raw : String(raw)
    if (value.startsWith('attach://')) {
      const file = p.files.get(value.slice('attach://'.length))
      if (!file) throw badRequest(`there is no ${key} in the request`)
      return store.createFile(kind, {
        file_size: file.size,
        file_name: file.name,
        mime_type: file.type || undefined,
      }).object
    }
    if (/^https?:\/\//i.test(value)) return store.createFile(kind).object
    const stored = store.files.get(value)
    if (!stored) throw badRequest('wrong file identifier/HTTP URL specified')
    if (stored.kind !== kind) throw badRequest('type of file mismatch')
    return clone(stored.object)
  }

  function sendMedia(method: string, key: FileKind, withCaption: boolean): Handler {
    return (p) => {
      const chat = chatOf(p)
      ensureCanSend(chat)
      const media = resolveFile(p, key, key)
      const content: Json = { [key]: media, ...(withCaption ? captionOf(p) : {}) }
      if (p.bool('has_spoiler')) content.has_media_spoiler = true
      if (key === 'sticker' && p.has('emoji') && !Array.isArray(media))
        (media as Json).emoji = p.optStr('emoji')
      return deliver(chat, method, p, content).message
    }
  }

  function requireBotMessage(chat: ChatState, id: number): StoredMessage {
    const m = live(chat, id)
    if (!m) throw badRequest('message to edit not found')
    if (m.sender !== 'bot') throw badRequest("message can't be edited")
    return m
  }

  /** `reply_markup` of an edit: inline only; a pay button only on an invoice message. */
  function inlineMarkupParam(p: Params, target?: StoredMessage): InlineKeyboardMarkup | undefined {
    const markup = markupOf(p, target?.message.invoice !== undefined)
    if (markup && markup.kind !== 'inline') throw badRequest('inline keyboard expected')
    return markup?.markup as InlineKeyboardMarkup | undefined
  }

  function applyEdit(m: StoredMessage, changes: Json, markup: InlineKeyboardMarkup | undefined) {
    const msg = m.message
    m.history.push({
      date: msg.edit_date ?? msg.date,
      ...(msg.text !== undefined ? { text: msg.text } : {}),
      ...(msg.caption !== undefined ? { caption: msg.caption } : {}),
      ...(msg.entities || msg.caption_entities ? { entities: msg.entities ?? msg.caption_entities } : {}),
      ...(msg.reply_markup ? { reply_markup: msg.reply_markup } : {}),
    })
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) delete msg[k]
      else msg[k] = v
    }
    if (markup) msg.reply_markup = markup
    else delete msg.reply_markup
    msg.edit_date = store.unix()
    store.touch()
    return msg
  }

  function copyContent(src: TgMessage): Json {
    const out: Json = {}
    for (const f of CONTENT_FIELDS) if (src[f] !== undefined) out[f] = clone(src[f])
    return out
  }

  function validateInvoice(p: Params) {
    const title = p.optStr('title') ?? ''
    const description = p.optStr('description') ?? ''
    const payload = p.optStr('payload') ?? ''
    // exact: Telegram knows "XTR", not "xtr"
    const currency = p.optStr('currency') ?? ''
    if (charLength(title) < 1 || charLength(title) > 32) throw badRequest('INVOICE_TITLE_INVALID')
    if (charLength(description) < 1 || charLength(description) > 255)
      throw badRequest('INVOICE_DESCRIPTION_INVALID')
    if (Buffer.byteLength(payload) < 1 || Buffer.byteLength(payload) > 128)
      throw badRequest('INVOICE_PAYLOAD_INVALID')
    if (!/^[A-Z]{3}$/.test(currency)) throw badRequest('CURRENCY_INVALID')
    const prices = p.optJson<unknown>('prices', 'prices')
    if (
      !Array.isArray(prices) ||
      prices.length === 0 ||
      prices.some(
        (x) =>
          typeof x !== 'object' ||
          x === null ||
          typeof (x as Json).label !== 'string' ||
          !Number.isInteger(Number((x as Json).amount)),
      )
    ) {
      throw badRequest(
        Array.isArray(prices) && prices.length === 0
          ? 'there must be at least one price'
          : "can't parse prices JSON object",
      )
    }
    const providerToken = p.optStr('provider_token') ?? ''
    if (currency === 'XTR') {
      // Stars invoices: no provider token, exactly one price, no tips ("Not supported for payments in Telegram Stars").
      const tips =
        (p.optInt('max_tip_amount') ?? 0) !== 0 ||
        (p.optJson<unknown[]>('suggested_tip_amounts', 'suggested tip amounts')?.length ?? 0) > 0
      if (providerToken !== '' || prices.length !== 1 || tips) throw badRequest('STARS_INVOICE_INVALID')
    } else if (providerToken === '') {
      throw badRequest('PAYMENT_PROVIDER_INVALID')
    }
    const total = prices.reduce((s: number, x) => s + Number((x as Json).amount), 0)
    if (total <= 0 || (currency === 'XTR' && total > 100_000))
      throw badRequest('CURRENCY_TOTAL_AMOUNT_INVALID')
    return { title, description, payload, currency, total, prices: prices as Json[] }
  }

  function commandsKey(p: Params): string {
    const scope = p.optJson<Json>('scope', 'BotCommandScope') ?? { type: 'default' }
    if (typeof scope.type !== 'string' || !SCOPE_TYPES.has(scope.type))
      throw badRequest('invalid scope type specified')
    const lang = languageCode(p)
    const normalized: Json = { type: scope.type }
    if (scope.chat_id !== undefined) normalized.chat_id = String(scope.chat_id)
    if (scope.user_id !== undefined) normalized.user_id = Number(scope.user_id)
    return `${JSON.stringify(normalized)}|${lang}`
  }

  /** A two-letter ISO 639-1 code or empty (the Bot API's `language_code` of commands and bot settings). */
  function languageCode(p: Params): string {
    const lang = p.optStr('language_code') ?? ''
    if (!/^([a-z]{2})?$/.test(lang)) throw badRequest('invalid language code specified')
    return lang
  }

  function setting(name: string, field: string, max: number): [Handler, Handler] {
    return [
      (p) => {
        const value = p.optStr(field) ?? ''
        if (charLength(value) > max) throw badRequest(`${field.toUpperCase()}_INVALID`)
        store.botSettings.set(`${name}|${languageCode(p)}`, { [field]: value })
        return true
      },
      (p) =>
        store.botSettings.get(`${name}|${languageCode(p)}`) ?? {
          [field]: name === 'name' ? bot.first_name : '',
        },
    ]
  }

  const [setMyDescription, getMyDescription] = setting('description', 'description', 512)
  const [setMyShortDescription, getMyShortDescription] = setting(
    'short_description',
    'short_description',
    120,
  )
  const [setMyName, getMyName] = setting('name', 'name', 64)

  const handlers: Record<string, Handler> = {
    getMe: () => ({
      ...bot,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    }),
    logOut: () => true,
    close: () => true,

    setWebhook: (p) => {
      const url = p.optStr('url') ?? ''
      const drop = p.bool('drop_pending_updates')
      if (url === '') {
        const had = queue.webhook !== undefined
        queue.deleteWebhook(drop)
        return new OkWithDescription(true, had ? 'Webhook was deleted' : 'Webhook is already deleted')
      }
      let parsed: URL
      try {
        parsed = new URL(url)
      } catch {
        throw badRequest('invalid webhook URL specified')
      }
      // Telegram demands HTTPS; the emulator also accepts plain HTTP because the bot runs locally.
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw badRequest('bad webhook: An HTTPS URL must be provided for webhook')
      }
      const secret = p.optStr('secret_token')
      if (secret !== undefined && secret.length > 256) throw badRequest('secret token is too long')
      if (secret !== undefined && !/^[A-Za-z0-9_-]*$/.test(secret)) {
        throw badRequest('secret token contains unallowed characters')
      }
      const maxConnections = Math.min(Math.max(p.optInt('max_connections') ?? 40, 1), 100)
      const allowedUpdates = parseAllowedUpdates(p.raw.allowed_updates)
      const same = queue.webhook?.url === url
      queue.setWebhook(
        {
          url,
          maxConnections,
          ...(secret ? { secretToken: secret } : {}),
          ...(allowedUpdates ? { allowedUpdates } : {}),
          ...(p.optStr('ip_address') ? { ipAddress: p.optStr('ip_address') } : {}),
        },
        drop,
      )
      return new OkWithDescription(true, same ? 'Webhook is already set' : 'Webhook was set')
    },
    deleteWebhook: (p) => {
      const had = queue.webhook !== undefined
      queue.deleteWebhook(p.bool('drop_pending_updates'))
      return new OkWithDescription(true, had ? 'Webhook was deleted' : 'Webhook is already deleted')
    },
    getWebhookInfo: () => queue.webhookInfo(),
    getUpdates: (p) => {
      const allowedUpdates = parseAllowedUpdates(p.raw.allowed_updates)
      return queue.getUpdates({
        ...(p.optInt('offset') !== undefined ? { offset: p.optInt('offset') } : {}),
        ...(p.optInt('limit') !== undefined ? { limit: p.optInt('limit') } : {}),
        ...(p.optInt('timeout') !== undefined ? { timeout: p.optInt('timeout') } : {}),
        ...(allowedUpdates ? { allowedUpdates } : {}),
      })
    },

    sendMessage: (p) => {
      const chat = chatOf(p)
      ensureCanSend(chat)
      const f = formatted(p.optStr('text') ?? '', p, 'parse_mode', 'entities')
      if (f.text.trim() === '') throw badRequest('message text is empty')
      if (charLength(f.text) > 4096) throw badRequest('message is too long')
      const content: Json = { text: f.text, ...(f.entities.length ? { entities: f.entities } : {}) }
      const lpo = p.optJson<Json>('link_preview_options', 'link preview options')
      if (lpo && f.entities.some((e) => e.type === 'url' || e.type === 'text_link'))
        content.link_preview_options = lpo
      return deliver(chat, 'sendMessage', p, content).message
    },
    sendPhoto: sendMedia('sendPhoto', 'photo', true),
    sendSticker: sendMedia('sendSticker', 'sticker', false),
    sendVoice: sendMedia('sendVoice', 'voice', true),
    sendVideoNote: sendMedia('sendVideoNote', 'video_note', false),
    sendVideo: sendMedia('sendVideo', 'video', true),
    sendAudio: sendMedia('sendAudio', 'audio', true),
    sendAnimation: sendMedia('sendAnimation', 'animation', true),
    sendDocument: sendMedia('sendDocument', 'document', true),
    sendLocation: (p) => {
      const chat = chatOf(p)
      ensureCanSend(chat)
      const latitude = p.optNum('latitude')
      const longitude = p.optNum('longitude')
      if (latitude === undefined) throw badRequest('latitude is empty')
      if (longitude === undefined) throw badRequest('longitude is empty')
      if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
        throw badRequest('wrong latitude or longitude specified')
      }
      return deliver(chat, 'sendLocation', p, { location: { latitude, longitude } }).message
    },
    sendContact: (p) => {
      const chat = chatOf(p)
      ensureCanSend(chat)
      const phone = p.optStr('phone_number')
      const first = p.optStr('first_name')
      if (!phone) throw badRequest('parameter "phone_number" is required')
      if (!first) throw badRequest('parameter "first_name" is required')
      const last = p.optStr('last_name')
      return deliver(chat, 'sendContact', p, {
        contact: { phone_number: phone, first_name: first, ...(last ? { last_name: last } : {}) },
      }).message
    },
    sendDice: (p) => {
      const chat = chatOf(p)
      ensureCanSend(chat)
      const emoji = p.optStr('emoji') ?? '🎲'
      const max = emoji === '🎰' ? 64 : emoji === '🏀' || emoji === '⚽' ? 5 : 6
      return deliver(chat, 'sendDice', p, { dice: { emoji, value: 1 + Math.floor(Math.random() * max) } })
        .message
    },

    copyMessage: (p) => {
      const chat = chatOf(p)
      const from = chatOf(p, 'from_chat_id')
      const src = live(from, messageId(p))
      if (!src) throw badRequest('message to copy not found')
      ensureCanSend(chat)
      const kind = contentKind(src.message)
      if (
        kind === 'invoice' ||
        kind === 'successful_payment' ||
        kind === 'refunded_payment' ||
        kind === 'other'
      ) {
        throw badRequest("message can't be copied")
      }
      if (src.protectContent) throw badRequest("message has protected content and can't be forwarded")
      const content = copyContent(src.message)
      if (p.has('caption') && kind !== 'text') {
        delete content.caption
        delete content.caption_entities
        Object.assign(content, captionOf(p))
      }
      const stored = deliver(chat, 'copyMessage', p, content, {
        copiedFrom: { chat_id: from.user.id, message_id: src.messageId },
      })
      return { message_id: stored.messageId }
    },
    forwardMessage: (p) => {
      const chat = chatOf(p)
      const from = chatOf(p, 'from_chat_id')
      const src = live(from, messageId(p))
      if (!src) throw badRequest('message to forward not found')
      ensureCanSend(chat)
      const kind = contentKind(src.message)
      if (kind === 'successful_payment' || kind === 'refunded_payment' || kind === 'other') {
        throw badRequest("message can't be forwarded")
      }
      if (src.protectContent) throw badRequest("message has protected content and can't be forwarded")
      const origin =
        src.message.forward_origin ??
        ({ type: 'user', sender_user: src.message.from ?? bot, date: src.message.date } satisfies Json)
      const content: Json = { forward_origin: clone(origin), ...copyContent(src.message) }
      if (kind === 'invoice') content.invoice = clone(src.message.invoice)
      const markup = src.message.reply_markup
      const stored = store.addMessage(
        chat,
        'bot',
        'forwardMessage',
        { ...content, ...(markup && kind === 'invoice' ? { reply_markup: clone(markup) } : {}) },
        {
          protectContent: p.bool('protect_content'),
          forwardedFrom: { chat_id: from.user.id, message_id: src.messageId },
        },
      )
      return stored.message
    },

    editMessageText: (p) => {
      if (p.has('inline_message_id')) throw badRequest('MESSAGE_ID_INVALID')
      const chat = chatOf(p)
      const m = requireBotMessage(chat, messageId(p))
      if (m.message.text === undefined) throw badRequest('there is no text in the message to edit')
      ensureCanSend(chat)
      const f = formatted(p.optStr('text') ?? '', p, 'parse_mode', 'entities')
      if (f.text.trim() === '') throw badRequest('message text is empty')
      if (charLength(f.text) > 4096) throw badRequest('message is too long')
      const markup = inlineMarkupParam(p, m)
      const entities = f.entities.length ? f.entities : undefined
      if (
        m.message.text === f.text &&
        sameJson(m.message.entities, entities) &&
        sameJson(m.message.reply_markup, markup)
      ) {
        throw badRequest(NOT_MODIFIED)
      }
      return applyEdit(m, { text: f.text, entities }, markup)
    },
    editMessageCaption: (p) => {
      if (p.has('inline_message_id')) throw badRequest('MESSAGE_ID_INVALID')
      const chat = chatOf(p)
      const m = requireBotMessage(chat, messageId(p))
      if (m.message.text !== undefined) throw badRequest('there is no caption in the message to edit')
      ensureCanSend(chat)
      const cap = captionOf(p)
      const markup = inlineMarkupParam(p, m)
      if (
        sameJson(m.message.caption, cap.caption) &&
        sameJson(m.message.caption_entities, cap.caption_entities) &&
        sameJson(m.message.reply_markup, markup)
      ) {
        throw badRequest(NOT_MODIFIED)
      }
      return applyEdit(m, { caption: cap.caption, caption_entities: cap.caption_entities }, markup)
    },
    editMessageReplyMarkup: (p) => {
      if (p.has('inline_message_id')) throw badRequest('MESSAGE_ID_INVALID')
      const chat = chatOf(p)
      const m = requireBotMessage(chat, messageId(p))
      ensureCanSend(chat)
      const markup = inlineMarkupParam(p, m)
      if (sameJson(m.message.reply_markup, markup)) throw badRequest(NOT_MODIFIED)
      return applyEdit(m, {}, markup)
    },
    deleteMessage: (p) => {
      const chat = chatOf(p)
      const m = live(chat, messageId(p))
      if (!m) throw badRequest('message to delete not found')
      if (tooOldToDelete(m)) throw badRequest("message can't be deleted")
      m.deleted = true
      store.touch()
      return true
    },
    // "If some of the specified messages can't be found, they are skipped": unknown, already deleted and
    // too old ids alike; the call itself succeeds
    deleteMessages: (p) => {
      const chat = chatOf(p)
      const ids = p.optJson<unknown>('message_ids', 'message identifiers')
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > 100)
        throw badRequest('message identifiers are not specified')
      for (const id of ids) {
        const m = live(chat, Number(id))
        if (m && !tooOldToDelete(m)) m.deleted = true
      }
      store.touch()
      return true
    },

    answerCallbackQuery: (p) => {
      const id = p.optStr('callback_query_id') ?? ''
      const rec = store.callbacks.get(id)
      if (!rec || rec.answered)
        throw badRequest('query is too old and response timeout expired or query ID is invalid')
      const text = p.optStr('text')
      if (text !== undefined && charLength(text) > 200) throw badRequest('MESSAGE_TOO_LONG')
      rec.answered = true
      const url = p.optStr('url')
      const cacheTime = p.optInt('cache_time')
      rec.answer = {
        show_alert: p.bool('show_alert'),
        at: core.now(),
        ...(text !== undefined ? { text } : {}),
        ...(url !== undefined ? { url } : {}),
        ...(cacheTime !== undefined ? { cache_time: cacheTime } : {}),
      }
      store.touch()
      return true
    },
    sendChatAction: (p) => {
      const chat = chatOf(p)
      ensureCanSend(chat)
      const action = p.optStr('action') ?? ''
      if (!CHAT_ACTIONS.has(action)) throw badRequest('wrong parameter action in request')
      chat.lastAction = { action, at: core.now() }
      store.touch()
      return true
    },

    setMyCommands: (p) => {
      const commands = p.optJson<unknown>('commands', 'commands')
      if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object")
      if (commands.length > 100) throw badRequest('too many commands specified')
      const clean = commands.map((c) => {
        const cmd = (c as Json | null)?.command
        const desc = (c as Json | null)?.description
        if (typeof cmd !== 'string' || !/^[a-z0-9_]{1,32}$/.test(cmd)) throw badRequest('BOT_COMMAND_INVALID')
        if (typeof desc !== 'string' || charLength(desc) < 1 || charLength(desc) > 256)
          throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID')
        return { command: cmd, description: desc }
      })
      const key = commandsKey(p)
      if (clean.length === 0) store.commands.delete(key)
      else store.commands.set(key, clean)
      return true
    },
    getMyCommands: (p) => store.commands.get(commandsKey(p)) ?? [],
    deleteMyCommands: (p) => {
      store.commands.delete(commandsKey(p))
      return true
    },
    setMyDescription,
    getMyDescription,
    setMyShortDescription,
    getMyShortDescription,
    setMyName,
    getMyName,
    setChatMenuButton: (p) => {
      const button = p.optJson<Json>('menu_button', 'menu button') ?? { type: 'default' }
      store.botSettings.set(`menu|${p.optStr('chat_id') ?? ''}`, button)
      return true
    },
    getChatMenuButton: (p) =>
      store.botSettings.get(`menu|${p.optStr('chat_id') ?? ''}`) ?? { type: 'commands' },
    getChat: (p) => {
      const chat = chatOf(p)
      return { ...store.tgChat(chat.user), accent_color_id: chat.user.id % 7, max_reaction_count: 11 }
    },
    getFile: (p) => {
      const id = p.optStr('file_id') ?? ''
      const f = store.files.get(id)
      if (!f) throw badRequest('wrong file_id or the file is temporarily unavailable')
      return {
        file_id: id,
        file_unique_id: f.file_unique_id,
        file_size: f.file_size,
        file_path: `${f.kind}s/file_${f.file_unique_id}`,
      }
    },

    sendInvoice: (p) => {
      const chat = chatOf(p)
      ensureCanSend(chat)
      const inv = validateInvoice(p)
      const markup = markupOf(p, true)
      if (markup) {
        const first = markup.kind === 'inline' ? markup.markup.inline_keyboard[0]?.[0] : undefined
        if (!first?.pay) throw badRequest('REPLY_MARKUP_BUY_EMPTY')
      }
      const payLabel =
        inv.currency === 'XTR' ? `Pay ⭐️${inv.total}` : `Pay ${(inv.total / 100).toFixed(2)} ${inv.currency}`
      const content: Json = {
        invoice: {
          title: inv.title,
          description: inv.description,
          start_parameter: p.optStr('start_parameter') ?? '',
          currency: inv.currency,
          total_amount: inv.total,
        },
      }
      const stored = deliver(chat, 'sendInvoice', p, content, { invoicePayload: inv.payload })
      if (!markup) {
        stored.message.reply_markup = { inline_keyboard: [[{ text: payLabel, pay: true }]] }
      }
      return stored.message
    },
    createInvoiceLink: (p) => {
      validateInvoice(p)
      return `https://t.me/$emulator_${store.nextCallbackId()}`
    },
    answerPreCheckoutQuery: (p) => {
      const id = p.optStr('pre_checkout_query_id') ?? ''
      const ok = p.bool('ok')
      const errorMessage = p.optStr('error_message')
      // Telegram validates the parameters before looking the query up.
      if (!ok && !errorMessage) throw badRequest('parameter "error_message" is required')
      const waiter = core.preCheckouts.get(id)
      if (!waiter) throw badRequest('query is too old and response timeout expired or query ID is invalid')
      core.preCheckouts.delete(id)
      waiter.resolve(ok ? { ok } : { ok, error_message: errorMessage ?? '' })
      return true
    },
    refundStarPayment: (p) => {
      const rawUserId = Number(p.optStr('user_id') ?? '')
      const userId = Number.isSafeInteger(rawUserId) ? rawUserId : undefined
      const chargeId = p.optStr('telegram_payment_charge_id') ?? ''
      if (userId === undefined || userId <= 0) throw badRequest('invalid user_id specified')
      if (chargeId === '') throw badRequest('parameter "telegram_payment_charge_id" is required')
      const payment = store.payments.get(chargeId)
      if (!payment || payment.userId !== userId) throw badRequest('CHARGE_NOT_FOUND')
      if (payment.refunded) throw badRequest('CHARGE_ALREADY_REFUNDED')
      payment.refunded = true
      payment.refundDate = store.unix()
      const chat = store.chats.get(userId)
      if (chat) {
        const tgUser = store.tgUser(chat.user)
        store.transactions.push({
          id: chargeId,
          amount: payment.amount,
          date: payment.refundDate,
          receiver: {
            type: 'user',
            transaction_type: 'invoice_payment',
            user: tgUser,
            invoice_payload: payment.payload,
          },
        })
        // Telegram posts a refunded_payment service message into the chat, which reaches the bot as an update.
        const msg = store.addMessage(chat, 'user', 'user', {
          refunded_payment: {
            currency: payment.currency,
            total_amount: payment.amount,
            invoice_payload: payment.payload,
            telegram_payment_charge_id: chargeId,
            provider_payment_charge_id: payment.providerChargeId,
          },
        })
        msg.updateId = queue.enqueue({ message: clone(msg.message) }, userId).update_id
      }
      store.touch()
      return true
    },
    getStarTransactions: (p) => {
      const offset = Math.max(p.optInt('offset') ?? 0, 0)
      const limit = Math.min(Math.max(p.optInt('limit') ?? 100, 1), 100)
      return { transactions: clone(store.transactions.slice(offset, offset + limit)) }
    },
    // getAvailableGifts, sendGift, giftPremiumSubscription, getMyStarBalance (see gifts.ts)
    ...gifts.handlers,
  }

  const canonical = new Map(Object.keys(handlers).map((k) => [k.toLowerCase(), k]))

  /** Chat a call targets, for fault matching and flood control. */
  function targetChat(p: Params): number | undefined {
    const raw = p.raw.chat_id ?? p.raw.user_id
    if (raw === undefined || raw === null) return undefined
    const n = Number(raw)
    return Number.isFinite(n) ? n : undefined
  }

  function snapshot(p: Params): Json {
    try {
      return JSON.parse(JSON.stringify(p.raw)) as Json
    } catch {
      return {}
    }
  }

  return {
    methods: Object.keys(handlers),

    /** Runs one Bot API call and returns Telegram's envelope; never throws except DropConnection. */
    async call(methodName: string, p: Params): Promise<ApiResponse> {
      const started = core.now()
      const method = canonical.get(methodName.toLowerCase())
      const params = snapshot(p)
      core.stats.calls++
      const record = (res: ApiResponse) => {
        store.logCall({
          method: method ?? methodName,
          params,
          ok: res.ok,
          ...(res.ok ? { result: res.result } : { error_code: res.error_code, description: res.description }),
          time: started,
          duration_ms: core.now() - started,
        })
        if (!res.ok) core.stats.errors++
        if (core.logger) {
          core.logger.debug(
            { method: method ?? methodName, ok: res.ok, ...(res.ok ? {} : { error_code: res.error_code }) },
            'bot api call',
          )
        }
        return res
      }
      try {
        if (!method) throw new BotApiError(404, 'Not Found: method not found')
        validateParams(method, p)
        const chatId = targetChat(p)
        const fault = faults.take(method, chatId)
        if (fault) {
          core.stats.faults_injected++
          if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs))
          if (fault.status === 0) {
            record({ ok: false, error_code: 0, description: 'connection dropped (emulated)' })
            throw new DropConnection()
          }
          if (fault.status !== undefined) {
            const retryAfter = fault.status === 429 ? (fault.retryAfter ?? 1) : undefined
            throw new BotApiError(
              fault.status,
              fault.description ?? defaultFaultDescription(fault.status, retryAfter),
              retryAfter !== undefined ? { retry_after: retryAfter } : undefined,
            )
          }
        }
        const paidBroadcast = p.bool('allow_paid_broadcast')
        if (RATE_LIMITED.has(method) && chatId !== undefined && store.chats.has(chatId)) {
          const wait = limiter.take(chatId, paidBroadcast)
          if (wait > 0) {
            core.stats.rate_limited++
            throw new BotApiError(429, `Too Many Requests: retry after ${wait}`, { retry_after: wait })
          }
        }
        const out = await handlers[method]!(p)
        if (paidBroadcast && RATE_LIMITED.has(method)) core.stats.paid_broadcasts++
        if (out instanceof OkWithDescription)
          return record({ ok: true, result: out.result, description: out.description })
        return record({ ok: true, result: out })
      } catch (e) {
        if (e instanceof DropConnection) throw e
        if (e instanceof BotApiError) {
          return record({
            ok: false,
            error_code: e.code,
            description: e.description,
            ...(e.parameters ? { parameters: { ...e.parameters } } : {}),
          })
        }
        core.logger?.error({ err: e, method }, 'emulator bug in bot api handler')
        return record({
          ok: false,
          error_code: 500,
          description: `Internal Server Error: ${(e as Error).message}`,
        })
      }
    },
  }
}

export type BotApi = ReturnType<typeof createBotApi>
