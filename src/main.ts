import { createApp } from './app.js'
import { exitOnSignals, exitOnUnhandled, loadConfigOrExit } from './entry.js'
import { createLogger, prettyDestination, wantsPrettyLogs } from './logger.js'
import { startSandbox } from './sandbox.js'

/** Entry point: config → app (or the local sandbox without BOT_TOKEN) → start; SIGTERM/SIGINT → graceful close. */
async function main() {
  const config = loadConfigOrExit(process.env)
  const pretty = wantsPrettyLogs({ nodeEnv: config.NODE_ENV, isTTY: process.stdout.isTTY })
  const logger = createLogger({ level: config.LOG_LEVEL }, pretty ? prettyDestination() : undefined)
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
