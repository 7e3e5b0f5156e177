import { type ChildProcess, spawn } from 'node:child_process'
import { createServer as createNetServer, Socket } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { createApp } from './app.js'
import { startupBanner } from './banner.js'
import type { Config } from './config.js'
import { createEmulator } from './emulator/index.js'
import type { Logger } from './logger.js'

/** The token the sandbox's bot and emulator share (the bot's id is 1000000001). */
export const SANDBOX_TOKEN = '1000000001:SANDBOX-local-emulator-token'

/** Where the sandbox keeps the emulator's state: beside the PGlite directory (`./data/` by default). */
export function sandboxStateFile(config: Pick<Config, 'PGLITE_DIR'>): string {
  return join(dirname(resolve(config.PGLITE_DIR)), 'emulator-state.json')
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = new Socket()
    s.setTimeout(500)
    s.once('connect', () => {
      s.destroy()
      resolve(true)
    })
    s.once('error', () => resolve(false))
    s.once('timeout', () => {
      s.destroy()
      resolve(false)
    })
    s.connect(port, host)
  })
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0))
    })
  })
}

/**
 * Redis for the sandbox: the configured one if reachable, else a private throw-away `redis-server`
 * (no persistence) when the binary is installed.
 */
async function ensureRedis(config: Config, logger: Logger): Promise<{ url: string; child?: ChildProcess }> {
  const url = new URL(config.REDIS_URL)
  if (await canConnect(url.hostname, Number(url.port || 6379))) return { url: config.REDIS_URL }
  const port = await freePort()
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  )
  const spawned = await new Promise<boolean>((resolve) => {
    child.once('error', () => resolve(false))
    child.once('spawn', () => resolve(true))
  })
  if (!spawned)
    throw new Error(`Redis is not reachable at ${config.REDIS_URL} and redis-server is not installed`)
  for (let i = 0; i < 50 && !(await canConnect('127.0.0.1', port)); i++)
    await new Promise((r) => setTimeout(r, 100))
  logger.warn({ port }, 'Redis not reachable: started a private in-memory redis-server for the sandbox')
  return { url: `redis://127.0.0.1:${port}`, child }
}

/**
 * No BOT_TOKEN: run the real bot against the local Telegram emulator, with the sandbox page where a
 * person can play several users side by side. The emulator keeps its users, chats and payments in
 * `sandboxStateFile` across restarts, like the PGlite database beside it; `reset` (SANDBOX_RESET=1 or
 * `npm start -- --reset`) starts it fresh.
 */
export async function startSandbox({
  config,
  logger,
  reset = false,
}: {
  config: Config
  logger: Logger
  reset?: boolean
}) {
  const stateFile = sandboxStateFile(config)
  // Telegram-like flood limits on, so the sandbox behaves like production (togglable on the page).
  const emulator = createEmulator({
    token: SANDBOX_TOKEN,
    logger: logger.child({ module: 'emulator' }),
    limits: { enabled: true },
    stateFile,
    resetState: reset || config.SANDBOX_RESET,
  })
  const emulatorUrl = await emulator.listen(config.SANDBOX_PORT, '127.0.0.1')
  const redis = await ensureRedis(config, logger)
  const app = await createApp({
    config: {
      ...config,
      BOT_TOKEN: SANDBOX_TOKEN,
      TELEGRAM_API_ROOT: emulatorUrl,
      REDIS_URL: redis.url,
      // the sandbox runs PGlite in a worker thread unless PGLITE_WORKER says otherwise (README, Embedded PGlite)
      PGLITE_WORKER: config.PGLITE_WORKER ?? true,
    },
    logger,
  })
  const appUrl = await app.start({ port: config.PORT, host: '127.0.0.1', selfWebhook: true })
  logger.info({ sandbox: `${emulatorUrl}/sandbox`, state: stateFile }, 'sandbox ready')
  console.log(
    `\n${startupBanner({
      sandboxUrl: `${emulatorUrl}/sandbox`,
      appUrl,
      adminEnabled: Boolean(config.ADMIN_TOKEN),
      postgres: Boolean(config.DATABASE_URL),
      pgliteDir: config.PGLITE_DIR,
    })}\n`,
  )
  return {
    app,
    emulator,
    async close() {
      await app.close()
      await emulator.close()
      redis.child?.kill()
    },
  }
}
