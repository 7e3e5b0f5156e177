import { type Config, ConfigError, loadConfig } from './config.js'
import type { Logger } from './logger.js'

/**
 * Process plumbing shared by the two entry points (src/main.ts, src/worker/main.ts); the only code that
 * calls `process.exit`.
 */

/** The config from `env`; a bad value prints the one-line ConfigError and exits 1 (no stack trace). */
export function loadConfigOrExit(env: Record<string, string | undefined>): Config {
  try {
    return loadConfig(env)
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message)
      process.exit(1)
    }
    throw err
  }
}

/**
 * SIGTERM/SIGINT → `close()` once → exit 0, or 1 when it fails or has not finished after `forceAfterMs`
 * (keep that below the orchestrator's kill timeout — compose `stop_grace_period` is 20 s).
 */
export function exitOnSignals(opts: { logger: Logger; close: () => Promise<void>; forceAfterMs?: number }) {
  let closing = false
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return
    closing = true
    opts.logger.info({ signal }, 'shutting down')
    const force = setTimeout(() => {
      opts.logger.error({ signal }, 'shutdown timed out')
      process.exit(1)
    }, opts.forceAfterMs ?? 15_000)
    force.unref()
    opts.close().then(
      () => process.exit(0),
      (err) => {
        opts.logger.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}

/**
 * A stray rejection or exception is logged through the scrubbing logger (never Node's default stderr dump,
 * which would print update contents and the bot token) and the process exits 1 for the supervisor to restart.
 */
export function exitOnUnhandled(logger: Logger) {
  const fatal = (kind: string) => (err: unknown) => {
    logger.fatal({ err }, kind)
    logger.flush?.()
    process.exit(1)
  }
  process.on('unhandledRejection', fatal('unhandled rejection'))
  process.on('uncaughtException', fatal('uncaught exception'))
}
