import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Bot, webhookCallback } from 'grammy'
import { afterEach, beforeEach } from 'vitest'
import { createEmulatorDriver } from '../../test/helpers/emulator-driver.js'
import { createEmulator, type Emulator, type EmulatorOptions } from './index.js'

/** Envelope as the HTTP client sees it. */
export type Envelope = {
  ok: boolean
  result?: unknown
  error_code?: number
  description?: string
  parameters?: { retry_after?: number }
}

/** Starts an emulator on an ephemeral port with a raw Bot API client and the control driver (tests only). */
/**
 * For a test file whose tests each start their own emulator (and bots, hooks): registers an `afterEach`
 * that runs `cleanups` newest first; `setup` starts an emulator that is closed that way.
 */
export function perTestEmulators() {
  const cleanups: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c()
  })
  async function setup(opts: EmulatorOptions = {}) {
    const t = await startEmulator(opts)
    cleanups.push(t.close)
    return t
  }
  return { cleanups, setup }
}

/**
 * For a test file whose tests each want a fresh emulator and nothing else: the returned object is filled
 * with a new `startEmulator()` before each test (same fields) and that emulator is closed after it.
 */
export function emulatorPerTest(opts: EmulatorOptions = {}): StartedEmulator {
  const t = {} as StartedEmulator
  beforeEach(async () => {
    Object.assign(t, await startEmulator(opts))
  })
  afterEach(async () => {
    await t.close()
  })
  return t
}

export type StartedEmulator = Awaited<ReturnType<typeof startEmulator>>

export async function startEmulator(opts: EmulatorOptions = {}) {
  const emulator: Emulator = createEmulator({ logger: false, deliveryRetryBaseMs: 20, ...opts })
  const url = await emulator.listen(0, '127.0.0.1')
  const tg = createEmulatorDriver(url)
  async function api(
    method: string,
    params: Record<string, unknown> = {},
  ): Promise<Envelope & { status: number }> {
    const res = await fetch(`${url}/bot${emulator.token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
    })
    return { status: res.status, ...((await res.json()) as Envelope) }
  }
  /** A user who already wrote to the bot (so the bot may message them). */
  async function startedUser(name = 'Ann') {
    const user = await tg.createUser({ first_name: name })
    await tg.send(user.id, '/start')
    return user
  }
  return { emulator, url, tg, api, startedUser, close: () => emulator.close() }
}

/**
 * A real grammY bot receiving updates from the emulator by webhook (node:http + webhookCallback), for tests
 * that need a bot on the other side. `configure` registers handlers before the webhook is set.
 */
export async function startWebhookBot(
  t: { url: string; emulator: Emulator },
  configure: (bot: Bot) => void,
  opts: { secretToken?: string; maxConnections?: number } = {},
) {
  const bot = new Bot(t.emulator.token, { client: { apiRoot: t.url } })
  configure(bot)
  await bot.init()
  const handle = webhookCallback(bot, 'http', {
    ...(opts.secretToken ? { secretToken: opts.secretToken } : {}),
  })
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`
  await bot.api.setWebhook(hookUrl, {
    ...(opts.secretToken ? { secret_token: opts.secretToken } : {}),
    ...(opts.maxConnections ? { max_connections: opts.maxConnections } : {}),
  })
  return {
    bot,
    hookUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
