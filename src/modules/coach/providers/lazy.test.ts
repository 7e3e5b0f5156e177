import { describe, expect, it } from 'vitest'
import { lazyRetrying } from './lazy.js'

describe('lazyRetrying', () => {
  it('when called many times, then make runs once and every call gets its value', async () => {
    let runs = 0
    const get = lazyRetrying(async () => ++runs)
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1])
    expect(await get()).toBe(1)
    expect(runs).toBe(1)
  })

  it('when make fails, then that call rejects and the next call tries again', async () => {
    let runs = 0
    const get = lazyRetrying(async () => {
      runs++
      if (runs === 1) throw new Error('import failed')
      return 'sdk'
    })
    await expect(get()).rejects.toThrow('import failed')
    expect(await get()).toBe('sdk')
    expect(runs).toBe(2)
  })
})
