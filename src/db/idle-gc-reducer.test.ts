import { describe, expect, it, vi } from 'vitest'

const flags: string[] = []
vi.mock('node:v8', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:v8')>()
  return {
    ...actual,
    setFlagsFromString: (flag: string) => {
      flags.push(flag)
      actual.setFlagsFromString(flag)
    },
  }
})

const { createIdleGc } = await import('./idle-gc.js')

describe('idle gc and V8 memory reducer', () => {
  it('when the idle collector collects, then the memory reducer is not left to follow it up', async () => {
    const idleGc = createIdleGc({ minNewSpaceBytes: 0, maxBusy: 1 })
    idleGc.start() // the first look's baseline
    await new Promise((r) => setTimeout(r, 20))
    flags.length = 0
    expect(idleGc.check()).toBe(true)
    idleGc.stop()
    expect(flags).toContain('--memory-reducer-gc-count=0')
  })
})
