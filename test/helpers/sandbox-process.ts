import type { ChildProcess } from 'node:child_process'
import { spawnEntry } from './app-process.js'

export type SandboxProcess = {
  child: ChildProcess
  /** The emulator's base URL, read from the start-up box. */
  url: string
  /** Everything the process printed so far (stdout and stderr). */
  output(): string
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>
}

/**
 * Starts `src/main.ts` as `npm start` does (give an env without BOT_TOKEN) and resolves once the start-up box
 * (src/banner.ts: "Sandbox:   http://127.0.0.1:<port>/sandbox  — press …") names the sandbox URL; rejects
 * with the output if the process exits first.
 */
export async function spawnSandbox(env: NodeJS.ProcessEnv): Promise<SandboxProcess> {
  const { child, output, waitFor } = spawnEntry('sandbox', 'src/main.ts', env, 100)
  const url = await waitFor((out) => out.match(/Sandbox:\s+(http:\/\/127\.0\.0\.1:\d+)\/sandbox/)?.[1])
  return {
    child,
    url,
    output,
    stop() {
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      child.kill('SIGTERM')
      return exit
    },
  }
}
