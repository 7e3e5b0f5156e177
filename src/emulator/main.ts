/**
 * Entry point: run the emulator alone, e.g. `npx tsx src/emulator/main.ts` and point a bot at it.
 * Env: EMULATOR_PORT (8081), EMULATOR_HOST (127.0.0.1), EMULATOR_TOKEN (DEFAULT_TOKEN), EMULATOR_LIMITS=1.
 */
import { createEmulator, DEFAULT_TOKEN } from './index.js'

async function main(env: NodeJS.ProcessEnv) {
  const emulator = createEmulator({
    token: env.EMULATOR_TOKEN || DEFAULT_TOKEN,
    limits: { enabled: env.EMULATOR_LIMITS === '1' },
    logger: false,
  })
  const url = await emulator.listen(Number(env.EMULATOR_PORT ?? 8081), env.EMULATOR_HOST ?? '127.0.0.1')
  console.log(`Telegram emulator: apiRoot ${url}  token ${emulator.token}\nSandbox: ${url}/sandbox`)
  const stop = () => {
    void emulator.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main(process.env)
