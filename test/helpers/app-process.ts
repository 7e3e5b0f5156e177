import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

/** A free TCP port on 127.0.0.1 (for an app started as its own process). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

/**
 * The web process as production runs it (`src/main.ts`), its own OS process so it can be killed by PID.
 * `ready` resolves on the "app started" log line (give `LOG_LEVEL: 'info'`) and rejects if it exits first.
 */
export function spawnApp(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d) => {
    output += d
  })
  child.stderr?.on('data', (d) => {
    output += d
  })
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('"msg":"app started"')) {
        clearInterval(timer)
        resolve()
      } else if (child.exitCode !== null || child.signalCode !== null) {
        clearInterval(timer)
        reject(new Error(`app exited early:\n${output}`))
      }
    }, 25)
  })
  return { child, ready, output: () => output }
}
