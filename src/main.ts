import { createApp } from './app.js'
import { exitOnSignals, exitOnUnhandled, loadConfigOrExit } from './entry.js'
import { createLogger } from './logger.js'
import { startSandbox } from './sandbox.js'

/** Entry point: config → app (or the local sandbox without BOT_TOKEN) → start; SIGTERM/SIGINT → graceful close. */
async function main() {
  const config = loadConfigOrExit(process.env)
  const logger = createLogger({ level: config.LOG_LEVEL })
  exitOnUnhandled(logger)

  let close: () => Promise<void>
  if (!config.BOT_TOKEN) {
    const sandbox = await startSandbox({ config, logger, reset: process.argv.includes('--reset') })
    close = sandbox.close
  } else {
    const app = await createApp({ config, logger })
    await app.start()
    close = app.close
  }
  exitOnSignals({ logger, close })
}

await main()
