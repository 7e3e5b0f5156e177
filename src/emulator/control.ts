import type { EmulatorCore } from './core.js'
import { ControlError } from './errors.js'
import { createGiftsApi, type GiftsApi, type GiftView } from './gifts.js'
import { callbackButtons } from './markup.js'
import { type ChatState, contentKind, type EditRecord, type SimUser, type StoredMessage } from './store.js'
import {
  FILE_KINDS,
  type FileKind,
  type InlineKeyboardMarkup,
  type Json,
  type Limits,
  type MessageEntity,
  type TgMessage,
} from './types.js'
import type { UpdateLogEntry } from './updates.js'
import { charLength } from './validate.js'

/** Public shape of a simulated user (`POST /control/users`, `GET /control/users/:id`). */
export interface UserView {
  id: number
  is_bot: false
  first_name: string
  last_name?: string
  username?: string
  language_code?: string
  blocked: boolean
  started: boolean
  deactivated: boolean
  /** Present (true) when the user refuses gifts / Premium gifts (`POST /control/users/:id/gifts`). */
  gifts_disallowed?: boolean
  premium_gifts_disallowed?: boolean
}

/** `visible`: leave deleted messages out (what the user's app still shows). */
export type ViewOptions = { visible?: boolean }

/** One message as seen in a chat (`inbox` lists only the bot's, `chat` lists both sides). */
export interface MessageView {
  message_id: number
  from: 'bot' | 'user'
  date: number
  /** Bot API method that produced it (`sendMessage`, `copyMessage`, ...) or `user`. */
  method: string
  /** `text`, `photo`, `sticker`, `voice`, `video_note`, `document`, `invoice`, `successful_payment`, ... */
  type: string
  text?: string
  caption?: string
  entities?: MessageEntity[]
  file_id?: string
  /** Current inline keyboard (after edits), or null. */
  reply_markup: InlineKeyboardMarkup | null
  /** All inline buttons flattened in reading order. */
  buttons: { text: string; callback_data?: string; url?: string; pay?: boolean }[]
  protect_content: boolean
  /**
   * Text or caption was edited — what Telegram's apps label "edited". Keyboard-only edits
   * (editMessageReplyMarkup) do not count, though they still appear in `edit_history`.
   */
  edited: boolean
  /** Previous versions (any edit, keyboard-only ones included), oldest first. */
  edit_history: EditRecord[]
  deleted: boolean
  invoice?: Json
  /** Invoices only: already paid by the user (Telegram turns the Pay button into "Receipt"; `pay` answers 400 `already_paid`). */
  paid?: boolean
  copied_from?: { chat_id: number; message_id: number }
  forward_origin?: Json
  reply_to_message_id?: number
  update_id?: number
  /** The full current Telegram Message object. */
  message: TgMessage
}

export interface CallbackAnswerView {
  callback_query_id: string
  message_id: number
  data: string
  update_id: number
  answered: boolean
  text?: string
  show_alert?: boolean
  url?: string
}

export interface InboxView {
  user: UserView
  messages: MessageView[]
  callback_answers: CallbackAnswerView[]
  /** Reply keyboard currently shown (ReplyKeyboardMarkup), if any. */
  reply_keyboard: Json | null
  /** Last sendChatAction if sent within the last 5 s (Telegram shows it that long). */
  chat_action: string | null
}

export type SendBody = {
  reply_to_message_id?: number
} & (
  | { text: string }
  | { sticker: true | { emoji?: string } }
  | { photo: true | Json; caption?: string }
  | { voice: true | Json; caption?: string }
  | { video_note: true | Json }
  | { video: true | Json; caption?: string }
  | { audio: true | Json; caption?: string }
  | { animation: true | Json; caption?: string }
  | { document: true | { file_name?: string; mime_type?: string }; caption?: string }
  | { location: true | { latitude: number; longitude: number } }
  | { contact: true | { phone_number: string; first_name: string; last_name?: string } }
  | { dice: true | { emoji?: string } }
)

export type PayResult =
  | {
      ok: true
      telegram_payment_charge_id: string
      provider_payment_charge_id: string
      update_id: number
      message_id: number
      pre_checkout_query_id: string
    }
  | { ok: false; error_message: string; pre_checkout_query_id: string }
  | { ok: false; error: 'timeout'; pre_checkout_query_id: string }

/** Body of the 400 `pay` answers for an invoice that is paid (or being paid) already. */
export type PayRefusal = { ok: false; error: 'already_paid' | 'payment_in_progress' }

export interface FaultInput {
  method?: string
  chat_id?: number
  /** HTTP status / error_code; 0 = drop the connection; omit to only delay. */
  status?: number
  count?: number
  delay_ms?: number
  description?: string
  retry_after?: number
  webhook?: { count?: number; delay_ms?: number; mode?: 'drop' | 'duplicate'; status?: number }
}

export interface LimitsInput {
  enabled?: boolean
  per_chat_per_sec?: number
  per_chat_burst?: number
  global_per_sec?: number
  global_burst?: number
}

/** Finds the current commands in a user text (Telegram marks every /command at a word start). */
function autoEntities(text: string): MessageEntity[] {
  const out: MessageEntity[] = []
  for (const m of text.matchAll(/(^|\s)(\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,})?)/g)) {
    out.push({ type: 'bot_command', offset: (m.index ?? 0) + m[1]!.length, length: m[2]!.length })
  }
  for (const m of text.matchAll(/https?:\/\/[^\s]+/g))
    out.push({ type: 'url', offset: m.index ?? 0, length: m[0].length })
  return out.sort((a, b) => a.offset - b.offset)
}

export function limitsToJson(l: Limits) {
  return {
    enabled: l.enabled,
    per_chat_per_sec: l.perChatPerSec,
    per_chat_burst: l.perChatBurst,
    global_per_sec: l.globalPerSec,
    global_burst: l.globalBurst,
  }
}

/**
 * The control API in-process: simulated users act here, tests read here. The HTTP `/control/*` routes are
 * thin wrappers over these functions.
 */
export function createControl(core: EmulatorCore, gifts: GiftsApi = createGiftsApi(core)) {
  const { store, queue } = core
  /** `chatId:messageId` of invoices whose pre-checkout is in flight (a second tap must not pay them twice). */
  const paying = new Set<string>()

  function invoicePaid(chatId: number, messageId: number): boolean {
    for (const p of store.payments.values())
      if (p.userId === chatId && p.invoiceMessageId === messageId) return true
    return false
  }

  /** True when text, caption or their entities changed in some edit (keyboard-only edits don't count). */
  function contentEdited(m: StoredMessage): boolean {
    const cur = m.message
    const versions = [
      ...m.history,
      { text: cur.text, caption: cur.caption, entities: cur.entities ?? cur.caption_entities },
    ]
    return versions.some((v, i) => {
      const next = versions[i + 1]
      return (
        next !== undefined &&
        (v.text !== next.text ||
          v.caption !== next.caption ||
          JSON.stringify(v.entities) !== JSON.stringify(next.entities))
      )
    })
  }

  function userView(u: SimUser): UserView {
    return {
      id: u.id,
      is_bot: false,
      first_name: u.first_name,
      ...(u.last_name ? { last_name: u.last_name } : {}),
      ...(u.username ? { username: u.username } : {}),
      ...(u.language_code ? { language_code: u.language_code } : {}),
      blocked: u.blocked,
      started: u.started,
      deactivated: u.deactivated,
      ...(u.gifts_disallowed ? { gifts_disallowed: true } : {}),
      ...(u.premium_gifts_disallowed ? { premium_gifts_disallowed: true } : {}),
    }
  }

  function chatOf(userId: number): ChatState {
    const chat = store.chats.get(Number(userId))
    if (!chat) throw new ControlError(404, `unknown user ${userId}`)
    return chat
  }

  function activeChat(userId: number): ChatState {
    const chat = chatOf(userId)
    if (chat.user.blocked) throw new ControlError(409, `user ${userId} has blocked the bot; unblock first`)
    if (chat.user.deactivated) throw new ControlError(409, `user ${userId} is deactivated`)
    return chat
  }

  function messageView(m: StoredMessage): MessageView {
    const msg = m.message
    const type = contentKind(msg)
    let fileId: string | undefined
    if (FILE_KINDS.includes(type as FileKind)) {
      const media = msg[type]
      fileId = Array.isArray(media) ? String((media.at(-1) as Json).file_id) : String((media as Json).file_id)
    }
    const markup = msg.reply_markup ?? null
    const replyTo = msg.reply_to_message as TgMessage | undefined
    return {
      message_id: m.messageId,
      from: m.sender,
      date: msg.date,
      method: m.method,
      type,
      ...(msg.text !== undefined ? { text: msg.text } : {}),
      ...(msg.caption !== undefined ? { caption: msg.caption } : {}),
      ...(msg.entities || msg.caption_entities ? { entities: msg.entities ?? msg.caption_entities } : {}),
      ...(fileId ? { file_id: fileId } : {}),
      reply_markup: markup,
      buttons: (markup?.inline_keyboard ?? []).flat().map((b) => ({
        text: b.text,
        ...(b.callback_data !== undefined ? { callback_data: b.callback_data } : {}),
        ...(b.url !== undefined ? { url: b.url } : {}),
        ...(b.pay ? { pay: true } : {}),
      })),
      protect_content: m.protectContent,
      edited: contentEdited(m),
      edit_history: m.history,
      deleted: m.deleted,
      ...(msg.invoice ? { invoice: msg.invoice as Json, paid: invoicePaid(m.chatId, m.messageId) } : {}),
      ...(m.copiedFrom ? { copied_from: m.copiedFrom } : {}),
      ...(msg.forward_origin ? { forward_origin: msg.forward_origin as Json } : {}),
      ...(replyTo ? { reply_to_message_id: replyTo.message_id } : {}),
      ...(m.updateId !== undefined ? { update_id: m.updateId } : {}),
      message: msg,
    }
  }

  function callbackAnswers(userId: number): CallbackAnswerView[] {
    return [...store.callbacks.values()]
      .filter((c) => c.userId === userId)
      .map((c) => ({
        callback_query_id: c.id,
        message_id: c.messageId,
        data: c.data,
        update_id: c.updateId,
        answered: c.answered,
        ...(c.answer?.text !== undefined ? { text: c.answer.text } : {}),
        ...(c.answer ? { show_alert: c.answer.show_alert } : {}),
        ...(c.answer?.url !== undefined ? { url: c.answer.url } : {}),
      }))
  }

  function chatView(userId: number, which: 'bot' | 'all', opts: ViewOptions = {}): InboxView {
    const chat = chatOf(userId)
    const messages = [...chat.messages.values()]
      .filter((m) => which === 'all' || m.sender === 'bot')
      .filter((m) => !opts.visible || !m.deleted)
      .sort((a, b) => a.seq - b.seq)
    const action = chat.lastAction && core.now() - chat.lastAction.at < 5000 ? chat.lastAction.action : null
    return {
      user: userView(chat.user),
      messages: messages.map(messageView),
      callback_answers: callbackAnswers(chat.user.id),
      reply_keyboard: chat.replyKeyboard ?? null,
      chat_action: action,
    }
  }

  function userMessage(chat: ChatState, content: Json, replyToId?: number) {
    chat.user.started = true
    if (replyToId !== undefined) {
      const target = chat.messages.get(replyToId)
      if (!target || target.deleted)
        throw new ControlError(400, `message ${replyToId} not found in chat ${chat.user.id}`)
      const { reply_to_message: _omit, ...replied } = structuredClone(target.message)
      content = { reply_to_message: replied, ...content }
    }
    const stored = store.addMessage(chat, 'user', 'user', content)
    const update = queue.enqueue({ message: structuredClone(stored.message) }, chat.user.id)
    stored.updateId = update.update_id
    return { update_id: update.update_id, message_id: stored.messageId }
  }

  function mediaContent(body: Json): Json {
    for (const kind of FILE_KINDS) {
      const spec = body[kind]
      if (spec === undefined || spec === false || spec === null) continue
      const meta = typeof spec === 'object' ? (spec as Json) : {}
      let object: Json | Json[]
      if (typeof meta.file_id === 'string') {
        const existing = store.files.get(meta.file_id)
        if (!existing || existing.kind !== kind) throw new ControlError(400, `unknown ${kind} file_id`)
        object = structuredClone(existing.object)
      } else {
        object = store.createFile(kind, meta).object
      }
      const caption = typeof body.caption === 'string' && body.caption !== '' ? { caption: body.caption } : {}
      const noCaption = kind === 'sticker' || kind === 'video_note'
      return { [kind]: object, ...(noCaption ? {} : caption) }
    }
    if (body.location !== undefined) {
      const loc =
        typeof body.location === 'object' && body.location
          ? (body.location as Json)
          : { latitude: 55.7558, longitude: 37.6173 }
      return { location: { latitude: Number(loc.latitude), longitude: Number(loc.longitude) } }
    }
    if (body.contact !== undefined) {
      const c =
        typeof body.contact === 'object' && body.contact
          ? (body.contact as Json)
          : { phone_number: '+70000000000', first_name: 'Contact' }
      return {
        contact: {
          phone_number: String(c.phone_number),
          first_name: String(c.first_name),
          ...(c.last_name ? { last_name: String(c.last_name) } : {}),
        },
      }
    }
    if (body.dice !== undefined) {
      const emoji =
        typeof body.dice === 'object' && body.dice && typeof (body.dice as Json).emoji === 'string'
          ? String((body.dice as Json).emoji)
          : '🎲'
      return { dice: { emoji, value: 1 + Math.floor(Math.random() * 6) } }
    }
    throw new ControlError(
      400,
      'send needs one of: text, sticker, photo, voice, video_note, video, audio, animation, document, location, contact, dice',
    )
  }

  /** One payment attempt of a live, unpaid invoice (`pay` has checked it). */
  async function payOnce(
    chat: ChatState,
    m: StoredMessage,
    body: { duplicate?: boolean; timeout_ms?: number },
  ): Promise<PayResult> {
    const userId = chat.user.id
    const invoice = m.message.invoice as { currency: string; total_amount: number }
    const payload = m.invoicePayload ?? ''
    const queryId = store.nextCallbackId()
    const answer = new Promise<{ ok: boolean; error_message?: string }>((resolve) => {
      core.preCheckouts.set(queryId, { userId, resolve })
    })
    queue.enqueue(
      {
        pre_checkout_query: {
          id: queryId,
          from: store.tgUser(chat.user),
          currency: invoice.currency,
          total_amount: invoice.total_amount,
          invoice_payload: payload,
        },
      },
      chat.user.id,
    )
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), body.timeout_ms ?? core.preCheckoutTimeoutMs)
    })
    const outcome = await Promise.race([answer, timeout])
    clearTimeout(timer)
    if (outcome === 'timeout') {
      core.preCheckouts.delete(queryId)
      return { ok: false, error: 'timeout', pre_checkout_query_id: queryId }
    }
    if (!outcome.ok)
      return { ok: false, error_message: outcome.error_message ?? '', pre_checkout_query_id: queryId }
    const { chargeId, providerChargeId } = store.nextChargeIds(chat.user.id)
    const sent = userMessage(chat, {
      successful_payment: {
        currency: invoice.currency,
        total_amount: invoice.total_amount,
        invoice_payload: payload,
        telegram_payment_charge_id: chargeId,
        provider_payment_charge_id: providerChargeId,
      },
    })
    if (body.duplicate) queue.redeliver(sent.update_id)
    const date = store.unix()
    store.payments.set(chargeId, {
      chargeId,
      providerChargeId,
      userId: chat.user.id,
      currency: invoice.currency,
      amount: invoice.total_amount,
      payload,
      date,
      invoiceMessageId: m.messageId,
      updateId: sent.update_id,
      refunded: false,
    })
    if (invoice.currency === 'XTR') {
      store.transactions.push({
        id: chargeId,
        amount: invoice.total_amount,
        date,
        source: {
          type: 'user',
          transaction_type: 'invoice_payment',
          user: store.tgUser(chat.user),
          invoice_payload: payload,
        },
      })
    }
    store.touch()
    return {
      ok: true,
      telegram_payment_charge_id: chargeId,
      provider_payment_charge_id: providerChargeId,
      update_id: sent.update_id,
      message_id: sent.message_id,
      pre_checkout_query_id: queryId,
    }
  }

  const control = {
    userView,
    messageView,

    createUser(
      input: {
        first_name?: string
        last_name?: string
        username?: string
        language_code?: string
        is_premium?: boolean
      } = {},
    ): UserView {
      return userView(store.createUser(input))
    },
    listUsers(): UserView[] {
      return [...store.users.values()].map(userView)
    },
    getUser(userId: number): UserView {
      return userView(chatOf(userId).user)
    },

    /** The user writes to the bot; returns the update and message ids. */
    send(userId: number, body: SendBody | Json): { update_id: number; message_id: number } {
      const chat = activeChat(userId)
      const b = body as Json
      const replyTo = b.reply_to_message_id !== undefined ? Number(b.reply_to_message_id) : undefined
      if (typeof b.text === 'string') {
        if (b.text.trim() === '') throw new ControlError(400, 'text is empty')
        if (charLength(b.text) > 4096) throw new ControlError(400, 'text is longer than 4096 characters')
        const entities = autoEntities(b.text)
        return userMessage(chat, { text: b.text, ...(entities.length ? { entities } : {}) }, replyTo)
      }
      return userMessage(chat, mediaContent(b), replyTo)
    },

    /** The user edits one of their own text messages → `edited_message` update. */
    edit(userId: number, body: { message_id: number; text: string }): { update_id: number } {
      const chat = activeChat(userId)
      const m = chat.messages.get(Number(body.message_id))
      if (!m || m.deleted || m.sender !== 'user')
        throw new ControlError(404, `user message ${body.message_id} not found`)
      if (m.message.text === undefined) throw new ControlError(400, 'only text messages can be edited')
      if (typeof body.text !== 'string' || body.text.trim() === '')
        throw new ControlError(400, 'text is empty')
      m.history.push({ date: m.message.edit_date ?? m.message.date, text: m.message.text })
      m.message.text = body.text
      const entities = autoEntities(body.text)
      if (entities.length) m.message.entities = entities
      else delete m.message.entities
      m.message.edit_date = store.unix()
      store.touch()
      const update = queue.enqueue({ edited_message: structuredClone(m.message) }, chat.user.id)
      return { update_id: update.update_id }
    },

    /** The user deletes a message from the chat (bots get no update for this, like Telegram). */
    deleteMessage(userId: number, messageId: number): { ok: true } {
      const m = chatOf(userId).messages.get(Number(messageId))
      if (!m || m.deleted) throw new ControlError(404, `message ${messageId} not found`)
      m.deleted = true
      store.touch()
      return { ok: true }
    },

    /**
     * Makes a message `seconds` older (its `date` moves back), e.g. past the 48 hours after which the bot
     * can no longer delete it. Either side's message; no update is sent.
     */
    backdate(userId: number, body: { message_id: number; seconds: number }): { ok: true; date: number } {
      const m = chatOf(userId).messages.get(Number(body.message_id))
      if (!m) throw new ControlError(404, `message ${body.message_id} not found`)
      const seconds = Number(body.seconds)
      if (!Number.isSafeInteger(seconds) || seconds < 0)
        throw new ControlError(400, 'seconds must be a non-negative integer')
      m.message.date -= seconds
      store.touch()
      return { ok: true, date: m.message.date }
    },

    /** The user presses an inline callback button that is currently present on a bot message. */
    press(
      userId: number,
      body: { message_id: number; data?: string; text?: string },
    ): { update_id: number; callback_query_id: string } {
      const chat = activeChat(userId)
      const m = chat.messages.get(Number(body.message_id))
      if (!m || m.deleted)
        throw new ControlError(404, `message ${body.message_id} not found in chat ${userId}`)
      if (m.sender !== 'bot')
        throw new ControlError(400, `message ${body.message_id} was not sent by the bot`)
      const buttons = callbackButtons(m.message.reply_markup)
      const btn =
        body.data !== undefined
          ? buttons.find((b) => b.data === body.data)
          : buttons.find((b) => b.text === body.text)
      if (!btn) {
        const wanted =
          body.data !== undefined
            ? `callback_data ${JSON.stringify(body.data)}`
            : `text ${JSON.stringify(body.text)}`
        throw new ControlError(
          400,
          `no inline button with ${wanted} on message ${body.message_id}; present: ${JSON.stringify(buttons)}`,
        )
      }
      const id = store.nextCallbackId()
      const update = queue.enqueue(
        {
          callback_query: {
            id,
            from: store.tgUser(chat.user),
            message: structuredClone(m.message),
            chat_instance: chat.chatInstance,
            data: btn.data,
          },
        },
        chat.user.id,
      )
      store.callbacks.set(id, {
        id,
        userId: chat.user.id,
        messageId: m.messageId,
        data: btn.data,
        updateId: update.update_id,
        createdAt: core.now(),
        answered: false,
      })
      store.touch()
      return { update_id: update.update_id, callback_query_id: id }
    },

    /**
     * The user pays an invoice message: pre_checkout_query → waits for answerPreCheckoutQuery (Telegram's 10 s
     * deadline by default) → successful_payment message + star transaction. An invoice is paid at most once, as
     * in Telegram (its Pay button becomes "Receipt"): paying it again, or while its pre-checkout is pending,
     * throws a 400 `ControlError` rendered as `PayRefusal`. `duplicate` re-delivers the one successful_payment update.
     */
    async pay(
      userId: number,
      body: { message_id: number; duplicate?: boolean; timeout_ms?: number },
    ): Promise<PayResult> {
      const chat = activeChat(userId)
      const m = chat.messages.get(Number(body.message_id))
      if (!m || m.deleted || m.sender !== 'bot' || !m.message.invoice) {
        throw new ControlError(404, `invoice message ${body.message_id} not found in chat ${userId}`)
      }
      const refuse = (error: PayRefusal['error']) =>
        new ControlError(400, error, { ok: false, error } satisfies PayRefusal)
      if (invoicePaid(chat.user.id, m.messageId)) throw refuse('already_paid')
      const key = `${chat.user.id}:${m.messageId}`
      if (paying.has(key)) throw refuse('payment_in_progress')
      paying.add(key)
      try {
        return await payOnce(chat, m, body)
      } finally {
        paying.delete(key)
      }
    },

    /** The user blocks the bot: a `my_chat_member` (kicked) update; further sends to them get 403. */
    block(userId: number): { update_id: number | null } {
      const chat = chatOf(userId)
      if (chat.user.blocked) return { update_id: null }
      chat.user.blocked = true
      return { update_id: memberUpdate(chat, 'member', 'kicked') }
    },
    unblock(userId: number): { update_id: number | null } {
      const chat = chatOf(userId)
      if (!chat.user.blocked) return { update_id: null }
      chat.user.blocked = false
      return { update_id: memberUpdate(chat, 'kicked', 'member') }
    },
    /** The user deletes their account: sends fail with 403 "user is deactivated"; no update is sent. */
    deactivate(userId: number): { ok: true } {
      chatOf(userId).user.deactivated = true
      store.touch()
      return { ok: true }
    },

    /** `visible`: only what the user still sees (deleted messages left out instead of flagged). */
    inbox(userId: number, opts: ViewOptions = {}): InboxView {
      return chatView(userId, 'bot', opts)
    },
    chat(userId: number, opts: ViewOptions = {}): InboxView {
      return chatView(userId, 'all', opts)
    },

    calls(filter: { method?: string; chat_id?: number; since?: number } = {}) {
      return store.calls.filter(
        (c) =>
          (filter.method === undefined || c.method.toLowerCase() === filter.method.toLowerCase()) &&
          (filter.since === undefined || c.seq > filter.since) &&
          (filter.chat_id === undefined || Number(c.params.chat_id) === filter.chat_id),
      )
    },

    updates(filter: { user_id?: number; status?: string } = {}): UpdateLogEntry[] {
      return [...queue.log.values()].filter(
        (u) =>
          (filter.user_id === undefined || u.chat_id === filter.user_id) &&
          (filter.status === undefined || u.status === filter.status),
      )
    },
    redeliver(updateId: number): { update_id: number } {
      if (!queue.redeliver(Number(updateId))) throw new ControlError(404, `unknown update ${updateId}`)
      return { update_id: Number(updateId) }
    },

    addFault(input: FaultInput) {
      if (input.webhook) {
        const w = input.webhook
        queue.webhookFaults.push({
          count: w.count ?? 1,
          ...(w.delay_ms !== undefined ? { delayMs: w.delay_ms } : {}),
          ...(w.mode ? { mode: w.mode } : {}),
          ...(w.status !== undefined ? { status: w.status } : {}),
        })
        return { ok: true as const }
      }
      if (input.status === undefined && input.delay_ms === undefined) {
        throw new ControlError(400, 'fault needs status and/or delay_ms (or webhook)')
      }
      const rule = core.faults.add({
        count: input.count ?? 1,
        ...(input.method !== undefined ? { method: input.method } : {}),
        ...(input.chat_id !== undefined ? { chatId: Number(input.chat_id) } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.delay_ms !== undefined ? { delayMs: input.delay_ms } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.retry_after !== undefined ? { retryAfter: input.retry_after } : {}),
      })
      return { ok: true as const, id: rule.id }
    },
    listFaults() {
      return { api: core.faults.rules, webhook: queue.webhookFaults }
    },
    clearFaults() {
      core.faults.clear()
      queue.webhookFaults.length = 0
      return { ok: true as const }
    },

    getLimits() {
      return limitsToJson(core.limiter.limits)
    },
    setLimits(input: LimitsInput) {
      core.limiter.configure({
        ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
        ...(input.per_chat_per_sec !== undefined ? { perChatPerSec: Number(input.per_chat_per_sec) } : {}),
        ...(input.per_chat_burst !== undefined ? { perChatBurst: Number(input.per_chat_burst) } : {}),
        ...(input.global_per_sec !== undefined ? { globalPerSec: Number(input.global_per_sec) } : {}),
        ...(input.global_burst !== undefined ? { globalBurst: Number(input.global_burst) } : {}),
      })
      return limitsToJson(core.limiter.limits)
    },

    async idle(timeoutMs = 10_000) {
      const idle = await queue.waitIdle(timeoutMs)
      return { idle, pending: queue.pendingCount, in_flight: queue.inFlight }
    },

    stats() {
      return {
        version: store.version,
        users: store.users.size,
        calls: core.stats.calls,
        errors: core.stats.errors,
        rate_limited: core.stats.rate_limited,
        faults_injected: core.stats.faults_injected,
        paid_broadcasts: core.stats.paid_broadcasts,
        updates: { ...queue.stats, pending: queue.pendingCount, in_flight: queue.inFlight },
        webhook: queue.webhookInfo(),
      }
    },

    /**
     * The user's gift privacy: `gifts: false` makes sendGift to them fail, `premium: false` makes
     * giftPremiumSubscription fail (as a user whose settings refuse them). Omitted fields stay as they are.
     */
    giftSettings(userId: number, body: { gifts?: boolean; premium?: boolean }): UserView {
      const user = chatOf(userId).user
      if (body.gifts !== undefined) user.gifts_disallowed = body.gifts === false
      if (body.premium !== undefined) user.premium_gifts_disallowed = body.premium === false
      store.touch()
      return userView(user)
    },
    /** Gifts and Premium subscriptions the bot sent (to one user with `user_id`), oldest first. */
    gifts(filter: { user_id?: number } = {}): GiftView[] {
      return gifts.list(filter.user_id)
    },
    botBalance(): { amount: number } {
      return { amount: gifts.balance() }
    },
    /** Sets the bot's Star balance (paid invoices, refunds and gifts keep moving it from there). */
    setBotBalance(body: { amount?: unknown }): { amount: number } {
      const amount = Number(body.amount)
      if (!Number.isSafeInteger(amount)) throw new ControlError(400, 'amount must be an integer')
      return gifts.setBalance(amount)
    },

    payments() {
      return [...store.payments.values()].map((p) => ({
        telegram_payment_charge_id: p.chargeId,
        provider_payment_charge_id: p.providerChargeId,
        user_id: p.userId,
        currency: p.currency,
        total_amount: p.amount,
        invoice_payload: p.payload,
        date: p.date,
        refunded: p.refunded,
      }))
    },

    /**
     * Forgets users, messages, calls, updates, faults, webhook and payments; limits return to the defaults given
     * at creation. `keep_webhook` (the sandbox page's Reset) keeps the webhook registration, so the running bot
     * keeps receiving updates.
     */
    reset(opts: { keep_webhook?: boolean } = {}) {
      store.reset()
      queue.reset({ keepWebhook: opts.keep_webhook === true })
      core.faults.clear()
      core.limiter.configure(core.initialLimits)
      for (const w of core.preCheckouts.values()) w.resolve({ ok: false, error_message: 'emulator reset' })
      core.preCheckouts.clear()
      core.stats.calls = 0
      core.stats.errors = 0
      core.stats.rate_limited = 0
      core.stats.faults_injected = 0
      core.stats.paid_broadcasts = 0
      return { ok: true as const }
    },
  }

  function memberUpdate(chat: ChatState, from: string, to: string): number {
    const bot = store.botUser
    const update = queue.enqueue(
      {
        my_chat_member: {
          chat: store.tgChat(chat.user),
          from: store.tgUser(chat.user),
          date: store.unix(),
          old_chat_member: { user: bot, status: from, ...(from === 'kicked' ? { until_date: 0 } : {}) },
          new_chat_member: { user: bot, status: to, ...(to === 'kicked' ? { until_date: 0 } : {}) },
        },
      },
      chat.user.id,
    )
    store.touch()
    return update.update_id
  }

  return control
}

export type Control = ReturnType<typeof createControl>
export type { Limits }
