import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import { type BotApi, createBotApi } from './bot-api.js'
import { type Control, createControl } from './control.js'
import type { EmulatorCore } from './core.js'
import { createFaults } from './faults.js'
import { createGiftsApi } from './gifts.js'
import { createHttpHandler } from './http.js'
import { Params } from './params.js'
import { loadState, type Persister } from './persist.js'
import { createRateLimiter } from './rate-limit.js'
import { renderSandboxPage } from './sandbox-page.js'
import { createStore } from './store.js'
import { DEFAULT_LIMITS, type Limits, type TgUser } from './types.js'
import { createUpdateQueue } from './updates.js'

export type {
  CallbackAnswerView,
  FaultInput,
  InboxView,
  LimitsInput,
  MessageView,
  PayRefusal,
  PayResult,
  SendBody,
  UserView,
} from './control.js'
export type { CallRecord } from './store.js'
export type { Limits, MessageEntity, TgMessage, TgUpdate, TgUser } from './types.js'
export type { UpdateLogEntry } from './updates.js'
export { DEFAULT_LIMITS }

export const DEFAULT_TOKEN = '7000000001:AAEmulator_local_token_not_a_real_bot'

export interface EmulatorOptions {
  /** Bot token the emulator accepts; other tokens get 401. The part before ':' becomes the bot's user id. */
  token?: string
  /** Flood control; disabled unless `enabled: true` (see README). */
  limits?: Partial<Limits>
  logger?: Logger | false
  /** First webhook retry delay; doubles per attempt up to `deliveryRetryMaxMs`. Default 1000. */
  deliveryRetryBaseMs?: number
  /** Default 60_000. */
  deliveryRetryMaxMs?: number
  /** How long a webhook request may take before it counts as failed and is retried. Default 60_000. */
  webhookTimeoutMs?: number
  /** How long `pay` waits for answerPreCheckoutQuery (Telegram: 10 s). */
  preCheckoutTimeoutMs?: number
  botFirstName?: string
  botUsername?: string
  /**
   * Keep the state in this JSON file across restarts (the sandbox does; tests keep the default, in memory):
   * loaded at creation, written atomically shortly after changes and on close. See README "Persistence".
   */
  stateFile?: string
  /** With `stateFile`: start from a fresh state (id counters keep growing, as after `reset`). */
  resetState?: boolean
}

export interface Emulator {
  /** Starts the HTTP server; resolves to the base URL to use as grammY's `client.apiRoot`. */
  listen(port?: number, host?: string): Promise<string>
  close(): Promise<void>
  /** Base URL (empty until `listen` resolves). */
  readonly url: string
  readonly token: string
  /** The bot's own Telegram user (what getMe returns, `from` of bot messages). */
  readonly botUser: TgUser
  /** In-process control API (same operations as `/control/*`). */
  readonly control: Control
  /** Bot API methods the emulator implements (canonical names). */
  readonly methods: readonly string[]
  /** In-process Bot API (`callApi('sendMessage', {...})` returns Telegram's envelope). */
  callApi(method: string, params?: Record<string, unknown>): ReturnType<BotApi['call']>
  /** Node request handler, for mounting the emulator into another server. */
  readonly handler: (req: IncomingMessage, res: ServerResponse) => void
}

/**
 * A local stand-in for api.telegram.org: Bot API methods with Telegram's envelopes and error texts, webhook
 * delivery / getUpdates, simulated users driven through `/control/*`, and a sandbox UI at `/sandbox`.
 */
export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  const token = opts.token ?? DEFAULT_TOKEN
  const botIdPart = Number(token.split(':')[0])
  const botUser: TgUser = {
    id: Number.isSafeInteger(botIdPart) && botIdPart > 0 ? botIdPart : 7_000_000_001,
    is_bot: true,
    first_name: opts.botFirstName ?? 'Ты не один',
    username: opts.botUsername ?? 'ty_ne_odin_bot',
  }
  const logger = opts.logger === false ? undefined : opts.logger
  const now = () => Date.now()
  const initialLimits: Limits = { ...DEFAULT_LIMITS, ...opts.limits }
  // the persister needs the store and queue, which report changes to it: bind late
  let persister: Persister | undefined
  const store = createStore({ botUser, now, onChange: () => persister?.changed() })
  // the webhook-reply hook needs the API, which needs the queue: bind late
  let api: BotApi | undefined
  const queue = createUpdateQueue({
    now,
    logger,
    retryBaseMs: opts.deliveryRetryBaseMs ?? 1000,
    retryMaxMs: opts.deliveryRetryMaxMs ?? 60_000,
    deliveryTimeoutMs: opts.webhookTimeoutMs ?? 60_000,
    onWebhookReply: async (method, params) => {
      await api?.call(method, new Params(params))
    },
    onChange: () => store.touch(),
  })
  const core: EmulatorCore = {
    store,
    queue,
    limiter: createRateLimiter(initialLimits, now),
    faults: createFaults(),
    now,
    logger,
    preCheckouts: new Map(),
    preCheckoutTimeoutMs: opts.preCheckoutTimeoutMs ?? 10_000,
    initialLimits,
    stats: { calls: 0, errors: 0, rate_limited: 0, faults_injected: 0, paid_broadcasts: 0 },
  }
  const gifts = createGiftsApi(core)
  api = createBotApi(core, gifts)
  const control = createControl(core, gifts)
  if (opts.stateFile) {
    persister = loadState(opts.stateFile, {
      botId: botUser.id,
      logger,
      store,
      queue,
      reset: opts.resetState ? () => control.reset() : undefined,
    })
  }
  const handle = createHttpHandler({
    token,
    api,
    control,
    logger,
    sandboxPage: () =>
      renderSandboxPage({ botName: botUser.first_name, botUsername: botUser.username ?? '' }),
  })
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res)
  }
  let server: Server | undefined
  let url = ''
  const boundApi = api

  return {
    get url() {
      return url
    },
    token,
    botUser,
    control,
    handler,
    methods: boundApi.methods,
    callApi: (method, params = {}) => boundApi.call(method, new Params(params)),
    listen(port = 0, host = '127.0.0.1') {
      if (server) return Promise.reject(new Error('emulator already listening'))
      const srv = createServer(handler)
      server = srv
      srv.keepAliveTimeout = 5_000
      return new Promise((resolve, reject) => {
        srv.once('error', reject)
        srv.listen(port, host, () => {
          const addr = srv.address() as AddressInfo
          const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address
          url = `http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${addr.port}`
          logger?.info({ url }, 'telegram emulator listening')
          resolve(url)
        })
      })
    },
    async close() {
      queue.close()
      await persister?.close()
      for (const w of core.preCheckouts.values()) w.resolve({ ok: false, error_message: 'emulator closed' })
      core.preCheckouts.clear()
      const srv = server
      server = undefined
      if (!srv) return
      await new Promise<void>((resolve) => {
        srv.close(() => resolve())
        srv.closeAllConnections()
      })
    },
  }
}
