import { type ChildProcess, spawn } from 'node:child_process'

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
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
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
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = output.match(/Sandbox:\s+(http:\/\/127\.0\.0\.1:\d+)\/sandbox/)
      if (m?.[1]) {
        clearInterval(timer)
        resolve(m[1])
      }
      if (child.exitCode !== null) {
        clearInterval(timer)
        reject(new Error(`sandbox exited early:\n${output}`))
      }
    }, 100)
  })
  return {
    child,
    url,
    output: () => output,
    stop() {
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      child.kill('SIGTERM')
      return exit
    },
  }
}
