import { describe, expect, it } from 'vitest'
import type { BotContext } from '../context.js'
import { lastSeen } from './last-seen.js'

describe('lastSeen middleware', () => {
  it('when the last-seen write has not finished, then the update is already done (the write is off the answer path)', async () => {
    const touched: number[] = []
    const mw = lastSeen({
      redis: { set: async () => 'OK' as const },
      // a write that never finishes: the update must not wait for it
      touch: (id) => {
        touched.push(id)
        return new Promise(() => {})
      },
    })
    const ctx = { user: { id: 7, deletedAt: null }, preflight: { once: true } } as unknown as BotContext
    let handled = false
    await mw(ctx, async () => {
      handled = true
    })
    expect(handled).toBe(true)
    expect(touched).toEqual([7])
  })

  it('when the write fails, then the update still succeeds and the failure is logged', async () => {
    const warned: unknown[] = []
    const mw = lastSeen({
      redis: { set: async () => 'OK' as const },
      touch: () => Promise.reject(new Error('db down')),
      logger: { warn: (o: unknown) => void warned.push(o) },
    })
    const ctx = { user: { id: 8, deletedAt: null }, preflight: { once: true } } as unknown as BotContext
    await mw(ctx, async () => {})
    await expect.poll(() => warned.length).toBe(1)
  })
})
