import { type ChildProcess, spawn } from 'node:child_process'
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

export type EntryProcess = {
  child: ChildProcess
  /** Everything the process printed so far (stdout and stderr). */
  output(): string
  /**
   * Resolves with `match(output)` once it is not undefined; rejects with the output if the process exits
   * (or is killed) first.
   */
  waitFor<T>(match: (output: string) => T | undefined): Promise<T>
}

/**
 * An entry point (`src/main.ts`, `src/worker/main.ts`) run as production runs it, its own OS process so it
 * can be killed by PID. `env` is the whole environment of the process. `name` labels the early-exit error.
 */
export function spawnEntry(name: string, entry: string, env: NodeJS.ProcessEnv, pollMs = 25): EntryProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d) => {
    output += d
  })
  child.stderr?.on('data', (d) => {
    output += d
  })
  return {
    child,
    output: () => output,
    waitFor: (match) =>
      new Promise((resolve, reject) => {
        const timer = setInterval(() => {
          const found = match(output)
          if (found !== undefined) {
            clearInterval(timer)
            resolve(found)
          } else if (child.exitCode !== null || child.signalCode !== null) {
            clearInterval(timer)
            reject(new Error(`${name} exited early:\n${output}`))
          }
        }, pollMs)
      }),
  }
}

/** `ready` resolves on the pino line `{"msg":"<msg>"}` (give `LOG_LEVEL: 'info'`), rejects if it exits first. */
export function spawnLogged(name: string, entry: string, readyMsg: string, env: Record<string, string>) {
  const p = spawnEntry(name, entry, { ...process.env, ...env })
  const ready = p.waitFor((out) => (out.includes(`"msg":"${readyMsg}"`) ? true : undefined)).then(() => {})
  return { name, child: p.child, ready, output: p.output }
}

/**
 * The web process as production runs it (`src/main.ts`), its own OS process so it can be killed by PID.
 * `ready` resolves on the "app started" log line (give `LOG_LEVEL: 'info'`) and rejects if it exits first.
 */
export function spawnApp(env: Record<string, string>) {
  const { child, ready, output } = spawnLogged('app', 'src/main.ts', 'app started', env)
  return { child, ready, output }
}
