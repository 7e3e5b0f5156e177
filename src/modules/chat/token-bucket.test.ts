import { describe, expect, it } from 'vitest'
import { createSendScheduler } from './token-bucket.js'

const limits = { enabled: true, globalPerSec: 30, globalBurst: 30, chatPerSec: 1, chatBurst: 3 }

describe('send scheduler', () => {
  it('when a chat used its burst, then the next send waits about one interval', () => {
    let t = 1_000_000
    const s = createSendScheduler(limits, () => t)
    expect([s.tryTake(1), s.tryTake(1), s.tryTake(1)]).toEqual([0, 0, 0])
    const wait = s.tryTake(1)
    expect(wait).toBeGreaterThanOrEqual(1000)
    expect(wait).toBeLessThanOrEqual(1050)
    t += wait
    expect(s.tryTake(1)).toBe(0)
  })

  it('when one chat is throttled, then other chats still send', () => {
    const s = createSendScheduler(limits, () => 0)
    for (let i = 0; i < 3; i++) s.tryTake(1)
    expect(s.tryTake(1)).toBeGreaterThan(0)
    expect(s.tryTake(2)).toBe(0)
  })

  it('when the global budget is spent, then every chat waits for it', () => {
    let t = 0
    const s = createSendScheduler({ ...limits, globalPerSec: 2, globalBurst: 2 }, () => t)
    expect(s.tryTake(1)).toBe(0)
    expect(s.tryTake(2)).toBe(0)
    const wait = s.tryTake(3)
    expect(wait).toBeGreaterThanOrEqual(500)
    expect(wait).toBeLessThanOrEqual(550)
    t += wait
    expect(s.tryTake(3)).toBe(0)
  })

  it('when a refused send is retried, then it did not consume tokens', () => {
    let t = 0
    const s = createSendScheduler({ ...limits, globalPerSec: 1, globalBurst: 1 }, () => t)
    expect(s.tryTake(1)).toBe(0)
    // chat 2 is refused by the global bucket: its own bucket must stay full
    expect(s.tryTake(2)).toBeGreaterThan(0)
    t += 1000
    expect(s.tryTake(2)).toBe(0)
  })

  it('when a chat got a 429, then drain makes its next send wait', () => {
    const s = createSendScheduler(limits, () => 0)
    s.drain(7)
    expect(s.tryTake(7)).toBeGreaterThanOrEqual(1000)
  })

  it('when limits are off, then nothing ever waits', () => {
    const s = createSendScheduler({ ...limits, enabled: false }, () => 0)
    for (let i = 0; i < 100; i++) expect(s.tryTake(1)).toBe(0)
  })

  it('when idle chats are pruned, then only chats with spent tokens are tracked', () => {
    let t = 0
    const s = createSendScheduler(limits, () => t)
    s.tryTake(1)
    s.tryTake(2)
    t += 10_000
    s.tryTake(3)
    s.prune()
    expect(s.trackedChats).toBe(1)
  })
})
