import { randomBytes } from 'node:crypto'
import {
  CONTENT_KINDS,
  type ContentKind,
  type FileKind,
  type Json,
  type TgChat,
  type TgMessage,
  type TgUser,
} from './types.js'

/** A simulated Telegram user talking to the bot in a private chat (chat id == user id). */
export interface SimUser {
  id: number
  first_name: string
  last_name?: string
  username?: string
  language_code?: string
  is_premium?: true
  /** The user blocked the bot: sends to this chat fail with 403. */
  blocked: boolean
  /** The user wrote to the bot at least once; until then the bot cannot initiate the conversation. */
  started: boolean
  /** Deleted account: sends fail with 403 "user is deactivated". */
  deactivated: boolean
  /** The user's privacy settings refuse gifts (sendGift fails); `POST /control/users/:id/gifts`. */
  gifts_disallowed?: boolean
  /** The user cannot be gifted Premium (giftPremiumSubscription fails). */
  premium_gifts_disallowed?: boolean
}

export interface EditRecord {
  date: number
  text?: string
  caption?: string
  entities?: unknown
  reply_markup?: unknown
}

export interface StoredMessage {
  chatId: number
  messageId: number
  /** Global creation order across all chats. */
  seq: number
  sender: 'bot' | 'user'
  /** Bot API method that produced it (`sendMessage`, `copyMessage`, ...), or `user` for user messages. */
  method: string
  /** Current Telegram representation (after edits). */
  message: TgMessage
  protectContent: boolean
  deleted: boolean
  /** Previous versions, oldest first. */
  history: EditRecord[]
  copiedFrom?: { chat_id: number; message_id: number }
  forwardedFrom?: { chat_id: number; message_id: number }
  /** update_id that carried a user message to the bot. */
  updateId?: number
  /** Private invoice payload of a sendInvoice message (users never see it). */
  invoicePayload?: string
}

export interface ChatState {
  user: SimUser
  nextMessageId: number
  messages: Map<number, StoredMessage>
  chatInstance: string
  /** Reply keyboard currently shown to the user (from `reply_markup.keyboard`), if any. */
  replyKeyboard?: Json
  lastAction?: { action: string; at: number }
}

export interface StoredFile {
  kind: FileKind
  file_id: string
  file_unique_id: string
  file_size: number
  /** The Telegram object sent in messages (PhotoSize[] for photos). */
  object: Json | Json[]
}

export interface CallbackRecord {
  id: string
  userId: number
  messageId: number
  data: string
  updateId: number
  createdAt: number
  answered: boolean
  answer?: { text?: string; show_alert: boolean; url?: string; cache_time?: number; at: number }
}

export interface PaymentRecord {
  chargeId: string
  providerChargeId: string
  userId: number
  currency: string
  amount: number
  payload: string
  date: number
  invoiceMessageId: number
  updateId: number
  refunded: boolean
  refundDate?: number
}

export interface CallRecord {
  seq: number
  method: string
  params: Json
  ok: boolean
  error_code?: number
  description?: string
  result?: unknown
  /** ms since epoch */
  time: number
  duration_ms: number
}

const FILE_PREFIX: Record<FileKind, string> = {
  photo: 'AgACAgIAAxkBAAI',
  sticker: 'CAACAgIAAxkBAAI',
  voice: 'AwACAgIAAxkBAAI',
  video_note: 'DQACAgIAAxkBAAI',
  video: 'BAACAgIAAxkBAAI',
  audio: 'CQACAgIAAxkBAAI',
  animation: 'CgACAgIAAxkBAAI',
  document: 'BQACAgIAAxkBAAI',
}

const rand = (bytes: number): string => randomBytes(bytes).toString('base64url')

/** Content kind of a message: the first Telegram content field present. */
export function contentKind(m: TgMessage): ContentKind | 'other' {
  return CONTENT_KINDS.find((k) => m[k] !== undefined) ?? 'other'
}

/**
 * All mutable emulator state. Plain maps; every mutation goes through these helpers so `version` ticks
 * (the sandbox page polls it).
 */
export function createStore(opts: { botUser: TgUser; now: () => number; onChange?: () => void }) {
  const users = new Map<number, SimUser>()
  const chats = new Map<number, ChatState>()
  const files = new Map<string, StoredFile>()
  const callbacks = new Map<string, CallbackRecord>()
  const payments = new Map<string, PaymentRecord>()
  const transactions: Json[] = []
  const calls: CallRecord[] = []
  const commands = new Map<string, Json[]>()
  const botSettings = new Map<string, Json>()
  let nextUserId = 100_000_001
  let seq = 0
  let callSeq = 0
  let callbackSeq = 0
  let chargeSeq = 0
  let version = 0

  const unix = () => Math.floor(opts.now() / 1000)
  const bump = () => {
    version++
    opts.onChange?.()
  }

  const store = {
    botUser: opts.botUser,
    users,
    chats,
    files,
    callbacks,
    payments,
    transactions,
    calls,
    commands,
    botSettings,
    unix,
    get version() {
      return version
    },
    touch() {
      bump()
    },

    createUser(input: {
      first_name?: string
      last_name?: string
      username?: string
      language_code?: string
      is_premium?: boolean
    }): SimUser {
      const id = nextUserId++
      const user: SimUser = {
        id,
        first_name: input.first_name || `User${id % 1000}`,
        ...(input.last_name ? { last_name: input.last_name } : {}),
        ...(input.username ? { username: input.username } : {}),
        language_code: input.language_code ?? 'ru',
        ...(input.is_premium ? { is_premium: true as const } : {}),
        blocked: false,
        started: false,
        deactivated: false,
      }
      users.set(id, user)
      chats.set(id, {
        user,
        nextMessageId: 1,
        messages: new Map(),
        chatInstance: String(BigInt(id) * 7919n + 1234567n),
      })
      bump()
      return user
    },

    /** The Telegram `User` object of a simulated user. */
    tgUser(u: SimUser): TgUser {
      return {
        id: u.id,
        is_bot: false,
        first_name: u.first_name,
        ...(u.last_name ? { last_name: u.last_name } : {}),
        ...(u.username ? { username: u.username } : {}),
        ...(u.language_code ? { language_code: u.language_code } : {}),
        ...(u.is_premium ? { is_premium: true as const } : {}),
      }
    },

    tgChat(u: SimUser): TgChat {
      return {
        id: u.id,
        type: 'private',
        first_name: u.first_name,
        ...(u.last_name ? { last_name: u.last_name } : {}),
        ...(u.username ? { username: u.username } : {}),
      }
    },

    /** Appends a message to a chat; `build` receives the allocated id and date. */
    addMessage(
      chat: ChatState,
      sender: 'bot' | 'user',
      method: string,
      content: Json,
      extra: Partial<
        Pick<StoredMessage, 'protectContent' | 'copiedFrom' | 'forwardedFrom' | 'invoicePayload'>
      > = {},
    ): StoredMessage {
      const messageId = chat.nextMessageId++
      const message: TgMessage = {
        message_id: messageId,
        from: sender === 'bot' ? opts.botUser : store.tgUser(chat.user),
        chat: store.tgChat(chat.user),
        date: unix(),
        ...content,
      }
      if (extra.protectContent) message.has_protected_content = true
      const stored: StoredMessage = {
        chatId: chat.user.id,
        messageId,
        seq: ++seq,
        sender,
        method,
        message,
        protectContent: extra.protectContent ?? false,
        deleted: false,
        history: [],
        ...(extra.copiedFrom ? { copiedFrom: extra.copiedFrom } : {}),
        ...(extra.forwardedFrom ? { forwardedFrom: extra.forwardedFrom } : {}),
        ...(extra.invoicePayload !== undefined ? { invoicePayload: extra.invoicePayload } : {}),
      }
      chat.messages.set(messageId, stored)
      bump()
      return stored
    },

    /** Registers a new file and returns its Telegram object (PhotoSize[] for photos). */
    createFile(kind: FileKind, meta: Json = {}): StoredFile {
      const uniqueId = `AQAD${rand(9)}`
      const size =
        typeof meta.file_size === 'number' ? meta.file_size : 10_000 + Math.floor(Math.random() * 50_000)
      const fileId = `${FILE_PREFIX[kind]}${rand(33)}`
      let object: Json | Json[]
      switch (kind) {
        case 'photo': {
          const sizes: [number, number][] = [
            [90, 67],
            [320, 240],
            [800, 600],
          ]
          object = sizes.map(([w, h], idx) => ({
            file_id: idx === sizes.length - 1 ? fileId : `${FILE_PREFIX.photo}${rand(33)}`,
            file_unique_id: `${uniqueId}${idx}`,
            file_size: Math.round((size * (idx + 1)) / sizes.length),
            width: w,
            height: h,
          }))
          break
        }
        case 'sticker':
          object = {
            file_id: fileId,
            file_unique_id: uniqueId,
            type: 'regular',
            width: 512,
            height: 512,
            is_animated: false,
            is_video: false,
            emoji: typeof meta.emoji === 'string' ? meta.emoji : '🙂',
            set_name: 'EmulatorStickers',
            file_size: size,
          }
          break
        case 'voice':
          object = {
            file_id: fileId,
            file_unique_id: uniqueId,
            duration: 3,
            mime_type: 'audio/ogg',
            file_size: size,
          }
          break
        case 'video_note':
          object = { file_id: fileId, file_unique_id: uniqueId, length: 240, duration: 5, file_size: size }
          break
        case 'video':
          object = {
            file_id: fileId,
            file_unique_id: uniqueId,
            width: 640,
            height: 360,
            duration: 5,
            mime_type: 'video/mp4',
            file_size: size,
          }
          break
        case 'audio':
          object = {
            file_id: fileId,
            file_unique_id: uniqueId,
            duration: 120,
            mime_type: 'audio/mpeg',
            file_size: size,
          }
          break
        case 'animation':
          object = {
            file_id: fileId,
            file_unique_id: uniqueId,
            width: 320,
            height: 240,
            duration: 2,
            mime_type: 'video/mp4',
            file_size: size,
          }
          break
        case 'document':
          object = {
            file_id: fileId,
            file_unique_id: uniqueId,
            file_name: typeof meta.file_name === 'string' ? meta.file_name : 'document.pdf',
            mime_type: typeof meta.mime_type === 'string' ? meta.mime_type : 'application/pdf',
            file_size: size,
          }
          break
      }
      const stored: StoredFile = { kind, file_id: fileId, file_unique_id: uniqueId, file_size: size, object }
      files.set(fileId, stored)
      if (Array.isArray(object)) for (const s of object) files.set(String(s.file_id), stored)
      return stored
    },

    nextCallbackId(): string {
      return String(4_300_000_000_000_000_000n + BigInt(++callbackSeq))
    },

    nextChargeIds(userId: number): { chargeId: string; providerChargeId: string } {
      chargeSeq++
      return { chargeId: `stx${rand(30)}`, providerChargeId: `${userId}_${chargeSeq}` }
    },

    logCall(rec: Omit<CallRecord, 'seq'>): CallRecord {
      // snapshot: results reference live messages that later edits mutate
      const full = {
        seq: ++callSeq,
        ...rec,
        ...(rec.result !== undefined ? { result: structuredClone(rec.result) } : {}),
      }
      calls.push(full)
      // the call log is not persisted: tick the version for the page, but don't schedule a write
      version++
      return full
    },

    reset() {
      users.clear()
      chats.clear()
      files.clear()
      callbacks.clear()
      payments.clear()
      transactions.length = 0
      calls.length = 0
      commands.clear()
      botSettings.clear()
      // ids keep growing across resets so a product database shared between tests never sees a reused id
      bump()
    },

    /**
     * Everything a restart must keep (see persist.ts): users, chats with their messages, files, callback
     * queries, payments, Star transactions, commands, bot settings and the id counters. The call log is
     * left out: it is a debugging aid and grows with every call.
     */
    exportState(): StoreState {
      const uniqueFiles = [...new Set(files.values())]
      return {
        counters: { nextUserId, seq, callbackSeq, chargeSeq },
        users: [...users.values()],
        chats: [...chats.values()].map((c) => ({
          userId: c.user.id,
          nextMessageId: c.nextMessageId,
          chatInstance: c.chatInstance,
          ...(c.replyKeyboard ? { replyKeyboard: c.replyKeyboard } : {}),
          messages: [...c.messages.values()],
        })),
        files: uniqueFiles,
        callbacks: [...callbacks.values()],
        payments: [...payments.values()],
        transactions,
        commands: [...commands.entries()],
        botSettings: [...botSettings.entries()],
      }
    },

    /** Replaces the whole state with an exported one (after `structuredClone`/JSON, never shared). */
    importState(s: StoreState) {
      store.reset()
      nextUserId = Math.max(nextUserId, s.counters.nextUserId)
      seq = Math.max(seq, s.counters.seq)
      callbackSeq = Math.max(callbackSeq, s.counters.callbackSeq)
      chargeSeq = Math.max(chargeSeq, s.counters.chargeSeq)
      for (const u of s.users) users.set(u.id, u)
      for (const c of s.chats) {
        const user = users.get(c.userId)
        if (!user) continue
        chats.set(user.id, {
          user,
          nextMessageId: c.nextMessageId,
          chatInstance: c.chatInstance,
          messages: new Map(c.messages.map((m) => [m.messageId, m])),
          ...(c.replyKeyboard ? { replyKeyboard: c.replyKeyboard } : {}),
        })
      }
      for (const f of s.files) {
        files.set(f.file_id, f)
        if (Array.isArray(f.object)) for (const size of f.object) files.set(String(size.file_id), f)
      }
      for (const cb of s.callbacks) callbacks.set(cb.id, cb)
      for (const p of s.payments) payments.set(p.chargeId, p)
      transactions.push(...s.transactions)
      for (const [k, v] of s.commands) commands.set(k, v)
      for (const [k, v] of s.botSettings) botSettings.set(k, v)
      bump()
    },
  }
  return store
}

export type Store = ReturnType<typeof createStore>

/** The persisted part of the store (JSON-safe: maps become arrays). */
export interface StoreState {
  counters: { nextUserId: number; seq: number; callbackSeq: number; chargeSeq: number }
  users: SimUser[]
  chats: {
    userId: number
    nextMessageId: number
    chatInstance: string
    replyKeyboard?: Json
    messages: StoredMessage[]
  }[]
  files: StoredFile[]
  callbacks: CallbackRecord[]
  payments: PaymentRecord[]
  transactions: Json[]
  commands: [string, Json[]][]
  botSettings: [string, Json][]
}
