import { getHeapSpaceStatistics } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { collectStartupGarbage, createIdleGc, exposedGc } from './idle-gc.js'

const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0

/** Allocation that survives a few scavenges: V8 grows the nursery for it. */
function growNursery() {
  const keep: unknown[][] = []
  for (let round = 0; round < 40; round++) {
    const batch: unknown[] = []
    for (let i = 0; i < 100_000; i++) batch.push({ i, s: `x${i}` })
    keep.push(batch)
    if (keep.length > 4) keep.shift()
  }
  return keep.length
}

/** Busy for `ms` of this thread's CPU time (not wall time: on a loaded machine the two differ a lot). */
function spin(ms: number) {
  const cpu = () => {
    const u = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage?.()
    return u ? (u.user + u.system) / 1000 : performance.now()
  }
  const end = cpu() + ms
  while (cpu() < end) {}
}

describe('idle gc', () => {
  it('when the thread was idle and its nursery grew, then one look collects and shrinks the nursery', async () => {
    expect(growNursery()).toBe(4)
    const before = newSpace()
    expect(before).toBeGreaterThan(4 * 1024 * 1024)
    // "idle" loosely: the test runner may do a little work in this thread meanwhile
    const idleGc = createIdleGc({ minNewSpaceBytes: 4 * 1024 * 1024, maxBusy: 0.5 })
    await new Promise((r) => setTimeout(r, 200))
    expect(idleGc.check()).toBe(true)
    expect(newSpace()).toBeLessThan(before / 2)
    // it stays small while nothing happens: no second collection
    await new Promise((r) => setTimeout(r, 50))
    expect(idleGc.check()).toBe(false)
  })

  it('when the thread was busy since the last look, then it does not collect', () => {
    growNursery()
    const idleGc = createIdleGc({ minNewSpaceBytes: 0, maxBusy: 0.01 })
    spin(60)
    expect(idleGc.check()).toBe(false)
  })

  it('when the nursery is below the threshold, then it does not collect', async () => {
    const idleGc = createIdleGc({ minNewSpaceBytes: Number.MAX_SAFE_INTEGER })
    await new Promise((r) => setTimeout(r, 100))
    expect(idleGc.check()).toBe(false)
  })

  it('when start-up ends with a grown nursery, then collecting its garbage shrinks the nursery at once', () => {
    expect(growNursery()).toBe(4)
    const before = newSpace()
    expect(before).toBeGreaterThan(4 * 1024 * 1024)
    expect(collectStartupGarbage()).toBe(true)
    expect(newSpace()).toBeLessThan(before / 2)
  })

  it('when the idle collector is asked to collect now, then it does so however busy the thread was', () => {
    growNursery()
    const before = newSpace()
    const idleGc = createIdleGc({ minNewSpaceBytes: 0, maxBusy: 0 })
    spin(30)
    expect(idleGc.collectNow()).toBe(true)
    expect(newSpace()).toBeLessThan(before / 2)
  })

  it('exposes V8 gc without --expose-gc', () => {
    expect(typeof exposedGc()).toBe('function')
  })
})
