import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRedis } from '../../../test/helpers/redis.js'
import type { RedisHandle } from '../../redis.js'
import { type ArmedPrompts, armedPromptsKey, createArmedPrompt } from './armed-prompt.js'

describe('armed prompts (one hash per user)', () => {
  let redis: RedisHandle & { prefix: string }
  let clock = 1_000_000
  const now = () => clock
  beforeAll(async () => {
    redis = await createTestRedis()
  })
  afterAll(async () => {
    await redis?.close()
  })

  it('when two features arm prompts, then both live in one hash and each expires on its own', async () => {
    const profile = createArmedPrompt({ redis: redis.redis, field: 'profile', ttlSec: 600, now })
    const tips = createArmedPrompt({ redis: redis.redis, field: 'tips', ttlSec: 60, now })
    await profile.set(1, 'bio')
    await tips.set(1, '42')
    expect(Object.keys(await redis.redis.hgetall(armedPromptsKey(1))).sort()).toEqual(['profile', 'tips'])
    expect(await tips.get(1)).toBe('42')
    clock += 61_000
    // the tip amount step is over, the profile prompt still waits
    expect(await tips.get(1)).toBeNull()
    expect(await profile.get(1)).toBe('bio')
    // the hash lives as long as its longest-lived field, a shorter one never cuts it
    expect(await redis.redis.pttl(armedPromptsKey(1))).toBeGreaterThan(500_000)
    await profile.clear(1)
    expect(await profile.get(1)).toBeNull()
  })

  it('when a snapshot of the hash is given, then get reads it without Redis and set/clear keep it current', async () => {
    const chat = createArmedPrompt({ redis: redis.redis, field: 'chat', ttlSec: 600, now })
    await chat.set(2, 'report')
    const snapshot: ArmedPrompts = await redis.redis.hgetall(armedPromptsKey(2))
    await redis.redis.del(armedPromptsKey(2))
    expect(await chat.get(2, snapshot)).toBe('report')
    expect(await chat.get(2)).toBeNull()
    await chat.clear(2, snapshot)
    expect(await chat.get(2, snapshot)).toBeNull()
    await chat.set(2, 'feedback', snapshot)
    expect(await chat.get(2, snapshot)).toBe('feedback')
    expect(await chat.get(2)).toBe('feedback')
  })
})
