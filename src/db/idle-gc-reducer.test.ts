import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'

/**
 * A child process that lets V8's memory reducer start its own collections (`--optimize-for-size` makes it start
 * without waiting for a low allocation rate; its first timer fires 8 s after a full collection that grew the
 * heap) and, the moment the reducer has started one (its trace says so), runs the real idle collector's
 * collections in the middle of the reducer's cycle — what a bot's idle thread does when the reducer happens to
 * be running. Resolves with how the child ended.
 */
function collectWhileReducerRuns(): Promise<{
  code: number | null
  signal: NodeJS.Signals | null
  out: string
}> {
  const code = `
    import { createIdleGc, exposedGc } from './src/db/idle-gc.ts'
    const gc = exposedGc()
    let keep = []
    for (let i = 0; i < 300000; i++) keep.push({ a: [i, i + 1, i + 2] })
    gc({ type: 'major', execution: 'sync' })
    keep = null
    gc({ type: 'major', execution: 'sync' })
    process.stdin.once('data', () => {
      const idleGc = createIdleGc({ minNewSpaceBytes: 0, maxBusy: 1 })
      idleGc.collectNow()
      idleGc.check()
      // the reducer's next steps (its second collection 0.5 s later, then done) must still find a sane state
      setTimeout(() => { console.log('survived'); process.exit(0) }, 1500)
    })
    setTimeout(() => { console.log('reducer never started'); process.exit(3) }, 25000)
  `
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--optimize-for-size', '--trace-memory-reducer', '--import', 'tsx', '--input-type=module', '-e', code],
      { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] },
    )
    let out = ''
    let sent = false
    const onData = (d: Buffer) => {
      out += d
      if (!sent && out.includes('Memory reducer: started GC #1')) {
        sent = true
        child.stdin.write('collect\n')
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (exitCode, signal) => resolve({ code: exitCode, signal, out }))
  })
}

describe('idle gc and V8 memory reducer', () => {
  it('when the idle collector collects while the memory reducer is mid-cycle, then the process lives on', async () => {
    const { code, signal, out } = await collectWhileReducerRuns()
    expect(out).not.toContain('Fatal error')
    expect(out).toContain('Memory reducer: started GC #1')
    expect({ code, signal }).toEqual({ code: 0, signal: null })
    expect(out).toContain('survived')
  }, 40_000)
})
