import { describe, expect, it } from 'vitest'
import { createLastSeenWriter } from './last-seen.js'

/** A touchMany whose writes finish only when the test says so. */
function gatedWrites() {
  const calls: { ids: number[]; finish: () => void; fail: (err: unknown) => void }[] = []
  const touchMany = (ids: number[]) =>
    new Promise<void>((finish, fail) => {
      calls.push({ ids, finish, fail })
    })
  return { calls, touchMany }
}

describe('last-seen writer', () => {
  it('when nothing is being written, then a touch is written at once', async () => {
    const g = gatedWrites()
    const w = createLastSeenWriter({ touchMany: g.touchMany })
    const p = w.touch(1)
    expect(g.calls.map((c) => c.ids)).toEqual([[1]])
    g.calls[0]!.finish()
    await p
  })

  it('when users are seen while a write is in flight, then they are written together in one next statement', async () => {
    const g = gatedWrites()
    const w = createLastSeenWriter({ touchMany: g.touchMany })
    const first = w.touch(1)
    const rest = [w.touch(2), w.touch(3), w.touch(2)]
    expect(g.calls).toHaveLength(1)
    g.calls[0]!.finish()
    await first
    await expect.poll(() => g.calls.length).toBe(2)
    expect(g.calls[1]!.ids).toEqual([2, 3])
    g.calls[1]!.finish()
    await Promise.all(rest)
  })

  it('when a batch would pass maxBatch, then the rest goes in the following statement', async () => {
    const g = gatedWrites()
    const w = createLastSeenWriter({ touchMany: g.touchMany, maxBatch: 2 })
    const all = [1, 2, 3, 4, 5].map((id) => w.touch(id))
    g.calls[0]!.finish()
    await expect.poll(() => g.calls.length).toBe(2)
    g.calls[1]!.finish()
    await expect.poll(() => g.calls.length).toBe(3)
    g.calls[2]!.finish()
    await Promise.all(all)
    expect(g.calls.map((c) => c.ids)).toEqual([[1], [2, 3], [4, 5]])
  })

  it('when a write fails, then its callers see the error and later touches are still written', async () => {
    const g = gatedWrites()
    const w = createLastSeenWriter({ touchMany: g.touchMany })
    const failed = w.touch(1)
    g.calls[0]!.fail(new Error('db down'))
    await expect(failed).rejects.toThrow('db down')
    const next = w.touch(2)
    expect(g.calls.map((c) => c.ids)).toEqual([[1], [2]])
    g.calls[1]!.finish()
    await next
  })

  it('when drained, then it resolves only after every queued write was attempted', async () => {
    const g = gatedWrites()
    const w = createLastSeenWriter({ touchMany: g.touchMany })
    void w.touch(1).catch(() => {})
    void w.touch(2).catch(() => {})
    let drained = false
    const d = w.drain().then(() => {
      drained = true
    })
    g.calls[0]!.fail(new Error('db down'))
    await expect.poll(() => g.calls.length).toBe(2)
    expect(drained).toBe(false)
    g.calls[1]!.finish()
    await d
    expect(drained).toBe(true)
  })
})
