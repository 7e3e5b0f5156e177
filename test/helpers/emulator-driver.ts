import type {
  CallbackAnswerView,
  CallRecord,
  FaultInput,
  InboxView,
  LimitsInput,
  MessageView,
  PayResult,
  SendBody,
  UpdateLogEntry,
  UserView,
} from '../../src/emulator/index.js'

export type {
  CallbackAnswerView,
  CallRecord,
  FaultInput,
  InboxView,
  LimitsInput,
  MessageView,
  PayResult,
  UpdateLogEntry,
  UserView,
}

/** A failed control-API request (unknown user, button not present, ...). */
export class EmulatorControlError extends Error {
  override name = 'EmulatorControlError'
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** Text matcher: substring (case-sensitive) or regular expression. */
export type TextMatcher = string | RegExp

export type Media =
  | { sticker: true | { emoji?: string } }
  | { photo: true | { file_id?: string }; caption?: string }
  | { voice: true | { file_id?: string }; caption?: string }
  | { video_note: true | { file_id?: string } }
  | { video: true; caption?: string }
  | { audio: true; caption?: string }
  | { animation: true; caption?: string }
  | { document: true | { file_name?: string; mime_type?: string }; caption?: string }
  | { location: true | { latitude: number; longitude: number } }
  | { contact: true | { phone_number: string; first_name: string; last_name?: string } }
  | { dice: true | { emoji?: string } }

export interface WaitOptions {
  /** Default 5000 ms. */
  timeoutMs?: number
  /** Poll interval, default 25 ms. */
  intervalMs?: number
}

const matches = (text: string | undefined, m: TextMatcher): boolean =>
  text !== undefined && (typeof m === 'string' ? text.includes(m) : m.test(text))

/** Text or caption of a message, whichever it has. */
export const textOf = (m: MessageView): string | undefined => m.text ?? m.caption

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Typed client of the emulator's control API (see src/emulator/README.md). Every e2e test talks to simulated
 * Telegram users through this.
 */
export function createEmulatorDriver(baseUrl: string) {
  const base = baseUrl.replace(/\/+$/, '')

  async function request<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${base}${path}`, {
      method,
      ...(body !== undefined
        ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
        : {}),
    })
    const text = await res.text()
    const parsed = text ? (JSON.parse(text) as unknown) : undefined
    if (!res.ok) {
      const msg = (parsed as { error?: string } | undefined)?.error ?? text
      throw new EmulatorControlError(res.status, `${method} ${path} → ${res.status}: ${msg}`)
    }
    return parsed as T
  }

  async function poll<T>(
    read: () => Promise<T | undefined>,
    describe: () => Promise<string>,
    opts: WaitOptions = {},
  ): Promise<T> {
    const timeoutMs = opts.timeoutMs ?? 5000
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const v = await read()
      if (v !== undefined) return v
      if (Date.now() > deadline)
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${await describe()}`)
      await sleep(opts.intervalMs ?? 25)
    }
  }

  const summarize = (msgs: MessageView[]) =>
    JSON.stringify(
      msgs.slice(-8).map((m) => ({
        id: m.message_id,
        type: m.type,
        text: textOf(m)?.slice(0, 120),
        buttons: m.buttons.map((b) => b.text),
        ...(m.deleted ? { deleted: true } : {}),
      })),
    )

  const driver = {
    baseUrl: base,

    createUser(
      input: { first_name?: string; last_name?: string; username?: string; language_code?: string } = {},
    ) {
      return request<UserView>('POST', '/control/users', input)
    },
    users: () => request<UserView[]>('GET', '/control/users'),
    user: (userId: number) => request<UserView>('GET', `/control/users/${userId}`),

    /** The user sends text (a leading "/" makes a bot_command) or media (`{ photo: true, caption }`, ...). */
    send(userId: number, content: string | Media | SendBody, opts: { replyTo?: number } = {}) {
      const body = typeof content === 'string' ? { text: content } : content
      return request<{ update_id: number; message_id: number }>('POST', `/control/users/${userId}/send`, {
        ...body,
        ...(opts.replyTo !== undefined ? { reply_to_message_id: opts.replyTo } : {}),
      })
    },
    edit: (userId: number, messageId: number, text: string) =>
      request<{ update_id: number }>('POST', `/control/users/${userId}/edit`, {
        message_id: messageId,
        text,
      }),
    deleteMessage: (userId: number, messageId: number) =>
      request<{ ok: true }>('POST', `/control/users/${userId}/delete`, { message_id: messageId }),

    /** Presses the inline callback button with `data` on message `messageId` (400 if no such button). */
    press: (userId: number, messageId: number, data: string) =>
      request<{ update_id: number; callback_query_id: string }>('POST', `/control/users/${userId}/press`, {
        message_id: messageId,
        data,
      }),

    /**
     * Finds the newest live bot message with a callback button whose text matches and presses it. Waits (polling)
     * until such a button appears.
     */
    async pressButton(userId: number, text: TextMatcher, opts: WaitOptions = {}) {
      const found = await poll(
        async () => {
          const msgs = (await driver.inbox(userId)).filter((m) => !m.deleted)
          for (let i = msgs.length - 1; i >= 0; i--) {
            const btn = msgs[i]!.buttons.find((b) => b.callback_data !== undefined && matches(b.text, text))
            if (btn) return { message_id: msgs[i]!.message_id, data: btn.callback_data! }
          }
          return undefined
        },
        async () =>
          `a button matching ${String(text)} for user ${userId}; last messages: ${summarize(await driver.inbox(userId))}`,
        opts,
      )
      return { ...(await driver.press(userId, found.message_id, found.data)), message_id: found.message_id }
    },

    /** Waits until the bot answered the callback query; returns the answer (text/show_alert). */
    async callbackAnswer(userId: number, callbackQueryId: string, opts: WaitOptions = {}) {
      return poll(
        async () =>
          (await driver.callbackAnswers(userId)).find(
            (a) => a.callback_query_id === callbackQueryId && a.answered,
          ),
        async () => `answerCallbackQuery for ${callbackQueryId}`,
        opts,
      )
    },
    callbackAnswers: async (userId: number) => (await driver.inboxFull(userId)).callback_answers,

    /**
     * Pays an invoice message. Without `messageId`, pays the newest live unpaid invoice in the chat (waiting for
     * one). `duplicate: true` delivers the successful_payment update twice (same update_id). Paying a paid invoice
     * throws `EmulatorControlError` (400, `already_paid`), as Telegram offers only a receipt by then.
     */
    async pay(
      userId: number,
      opts: { messageId?: number; duplicate?: boolean; timeoutMs?: number } = {},
    ): Promise<PayResult> {
      const messageId =
        opts.messageId ??
        (
          await driver.until(
            async () =>
              (
                await driver.inbox(userId)
              )
                .filter((m) => m.type === 'invoice' && !m.deleted && !m.paid)
                .at(-1),
            { timeoutMs: 5000, what: `an invoice for user ${userId}` },
          )
        ).message_id
      return request<PayResult>('POST', `/control/users/${userId}/pay`, {
        message_id: messageId,
        ...(opts.duplicate ? { duplicate: true } : {}),
        ...(opts.timeoutMs !== undefined ? { timeout_ms: opts.timeoutMs } : {}),
      })
    },
    payments: () =>
      request<
        {
          telegram_payment_charge_id: string
          user_id: number
          total_amount: number
          invoice_payload: string
          refunded: boolean
        }[]
      >('GET', '/control/payments'),

    block: (userId: number) =>
      request<{ update_id: number | null }>('POST', `/control/users/${userId}/block`),
    unblock: (userId: number) =>
      request<{ update_id: number | null }>('POST', `/control/users/${userId}/unblock`),
    deactivate: (userId: number) => request<{ ok: true }>('POST', `/control/users/${userId}/deactivate`),

    /** Bot messages in this user's chat, oldest first (deleted ones included, flagged). */
    inbox: async (userId: number): Promise<MessageView[]> => (await driver.inboxFull(userId)).messages,
    inboxFull: (userId: number) => request<InboxView>('GET', `/control/users/${userId}/inbox`),
    /** Both sides of the chat, oldest first. */
    chat: (userId: number) => request<InboxView>('GET', `/control/users/${userId}/chat`),
    /** Both sides of the chat as the user's app shows it: deleted messages left out. */
    visibleChat: async (userId: number): Promise<MessageView[]> =>
      (await request<InboxView>('GET', `/control/users/${userId}/chat?visible=1`)).messages,
    /** Moves a message's date back by `seconds` (e.g. past the 48 h the bot may delete it in). */
    backdate: (userId: number, messageId: number, seconds: number) =>
      request<{ ok: true; date: number }>('POST', `/control/users/${userId}/backdate`, {
        message_id: messageId,
        seconds,
      }),
    /**
     * Highest message_id in the chat so far (either side, 0 if none): pass it as `afterMessageId` to wait only
     * for what the bot sends next.
     */
    async mark(userId: number): Promise<number> {
      return (await driver.chat(userId)).messages.reduce((max, m) => Math.max(max, m.message_id), 0)
    },
    /** Newest live bot message, if any. */
    async lastMessage(userId: number): Promise<MessageView | undefined> {
      return (await driver.inbox(userId)).filter((m) => !m.deleted).at(-1)
    },

    /** Polls the inbox until a bot message satisfies `predicate` (only messages after `afterMessageId` if given). */
    async waitFor(
      userId: number,
      predicate: (m: MessageView) => boolean,
      opts: WaitOptions & { afterMessageId?: number } = {},
    ): Promise<MessageView> {
      return poll(
        async () =>
          (await driver.inbox(userId)).find(
            (m) => (opts.afterMessageId === undefined || m.message_id > opts.afterMessageId) && predicate(m),
          ),
        async () =>
          `a matching bot message for user ${userId}; last messages: ${summarize(await driver.inbox(userId))}`,
        opts,
      )
    },
    /** Waits for a live bot message whose text or caption matches. */
    waitForText(userId: number, text: TextMatcher, opts: WaitOptions & { afterMessageId?: number } = {}) {
      return driver.waitFor(userId, (m) => !m.deleted && matches(textOf(m), text), opts)
    },
    /** Waits until the bot has sent at least `count` messages to the user; returns them all. */
    async waitForCount(userId: number, count: number, opts: WaitOptions = {}): Promise<MessageView[]> {
      return poll(
        async () => {
          const msgs = await driver.inbox(userId)
          return msgs.length >= count ? msgs : undefined
        },
        async () =>
          `${count} bot messages for user ${userId}; have: ${summarize(await driver.inbox(userId))}`,
        opts,
      )
    },
    /** Polls any condition until it returns something other than undefined/false. */
    async until<T>(
      check: () => Promise<T | undefined | false>,
      opts: WaitOptions & { what?: string } = {},
    ): Promise<T> {
      return poll(
        async () => {
          const v = await check()
          return v === false ? undefined : v
        },
        async () => opts.what ?? 'condition',
        opts,
      )
    },

    /** Every Bot API call made, optionally filtered by method (case-insensitive), target chat, or `since` seq. */
    calls(filter: { method?: string; chatId?: number; since?: number } = {}) {
      const q = new URLSearchParams()
      if (filter.method) q.set('method', filter.method)
      if (filter.chatId !== undefined) q.set('chat_id', String(filter.chatId))
      if (filter.since !== undefined) q.set('since', String(filter.since))
      const qs = q.toString()
      return request<CallRecord[]>('GET', `/control/calls${qs ? `?${qs}` : ''}`)
    },
    updates(filter: { userId?: number; status?: string } = {}) {
      const q = new URLSearchParams()
      if (filter.userId !== undefined) q.set('user_id', String(filter.userId))
      if (filter.status) q.set('status', filter.status)
      const qs = q.toString()
      return request<UpdateLogEntry[]>('GET', `/control/updates${qs ? `?${qs}` : ''}`)
    },
    redeliver: (updateId: number) =>
      request<{ update_id: number }>('POST', `/control/updates/${updateId}/redeliver`),

    /** Waits until no update is pending or in flight; throws on timeout. */
    async idle(timeoutMs = 10_000) {
      const r = await request<{ idle: boolean; pending: number; in_flight: number }>(
        'GET',
        `/control/idle?timeout_ms=${timeoutMs}`,
      )
      if (!r.idle)
        throw new Error(
          `emulator not idle after ${timeoutMs} ms: ${r.pending} pending, ${r.in_flight} in flight`,
        )
      return r
    },
    stats: () =>
      request<
        Record<string, unknown> & { calls: number; rate_limited: number; updates: Record<string, number> }
      >('GET', '/control/stats'),

    fault: (f: FaultInput) => request<{ ok: true; id?: number }>('POST', '/control/faults', f),
    clearFaults: () => request<{ ok: true }>('DELETE', '/control/faults'),
    limits: (l: LimitsInput) => request<Required<LimitsInput>>('POST', '/control/limits', l),
    getLimits: () => request<Required<LimitsInput>>('GET', '/control/limits'),
    /** `keep_webhook`: keep the bot's webhook registration (what the sandbox page's Reset does). */
    reset: (opts: { keep_webhook?: boolean } = {}) => request<{ ok: true }>('POST', '/control/reset', opts),
  }
  return driver
}

export type EmulatorDriver = ReturnType<typeof createEmulatorDriver>
