import { createApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { createLogger } from './logger.js'
import { startSandbox } from './sandbox.js'

/** Entry point: config → app → start; SIGTERM/SIGINT → graceful close. */
async function main() {
  let config: ReturnType<typeof loadConfig>
  try {
    config = loadConfig(process.env)
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message)
      process.exit(1)
    }
    throw err
  }
  const logger = createLogger({ level: config.LOG_LEVEL })

  let close: () => Promise<void>
  if (!config.BOT_TOKEN) {
    const sandbox = await startSandbox({ config, logger })
    close = sandbox.close
  } else {
    const app = await createApp({ config, logger })
    await app.start()
    close = app.close
  }

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    logger.info({ signal }, 'shutting down')
    const force = setTimeout(() => process.exit(1), 15_000)
    force.unref()
    close().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

await main()
