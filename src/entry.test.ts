import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'

/** Runs a tiny ESM program that imports the real entry/logger modules (through tsx) in a child process. */
function run(code: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
    })
    child.stderr.on('data', (d) => {
      out += d
    })
    child.on('exit', (exitCode) => resolve({ code: exitCode, out }))
  })
}

describe('exitOnUnhandled', () => {
  it('when a rejection carrying an update goes unhandled, then the process exits 1 without printing its text or the token', async () => {
    const { code, out } = await run(`
      import { BotError, Context } from 'grammy'
      import { exitOnUnhandled } from './src/entry.ts'
      import { createLogger } from './src/logger.ts'
      exitOnUnhandled(createLogger({ level: 'info' }))
      const update = { update_id: 77, message: { message_id: 1, date: 0, text: 'мне очень плохо',
        chat: { id: 5, type: 'private', first_name: 'Дарина' }, from: { id: 5, is_bot: false, first_name: 'Дарина' } } }
      const ctx = new Context(update, { token: '42:SECRET-TOKEN-VALUE' }, { id: 42, is_bot: true, first_name: 'b' })
      Promise.reject(new BotError(new Error('db went away'), ctx))
    `)
    expect(code).toBe(1)
    expect(out).toContain('unhandled rejection')
    expect(out).toContain('db went away')
    expect(out).not.toContain('мне очень плохо')
    expect(out).not.toContain('Дарина')
    expect(out).not.toContain('SECRET-TOKEN-VALUE')
  })
})
