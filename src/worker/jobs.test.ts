import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRedis } from '../../test/helpers/redis.js'
import { createLogger } from '../logger.js'
import type { RedisHandle } from '../redis.js'
import { createJobQueue } from './jobs.js'

const logger = createLogger({ level: 'silent' })

describe('durable job queue (Redis stream)', () => {
  let redis: RedisHandle & { prefix: string }
  const running: { stop(): Promise<void> }[] = []
  beforeAll(async () => {
    redis = await createTestRedis()
  })
  afterAll(async () => {
    for (const q of running) await q.stop()
    await redis.close()
  })

  function queue(name: string, handle: (job: { n: number }) => Promise<void>, extra = {}) {
    const q = createJobQueue<{ n: number }>({
      name,
      redis: redis.redis,
      blocking: redis.blocking,
      logger,
      handle,
      claimIdleMs: 300,
      ...extra,
    })
    running.push(q)
    return q
  }

  it('when a job is queued, then it runs once and leaves the stream after it finished', async () => {
    const ran: number[] = []
    const q = queue('a', async (job) => void ran.push(job.n))
    await q.start()
    await q.enqueue({ n: 1 })
    await q.enqueue({ n: 2 })
    await expect.poll(() => ran).toEqual([1, 2])
    await expect.poll(() => redis.redis.xlen('jobs:a')).toBe(0)
  })

  it('when the process running a job died before finishing it, then a live runner runs it again', async () => {
    const q = queue('b', async (job) => void ran.push(job.n))
    const ran: number[] = []
    await q.enqueue({ n: 7 })
    // a runner that read the job and was killed: the entry stays pending on its consumer, never acked
    await redis.redis.xgroup('CREATE', 'jobs:b', 'jobs:b:workers', '0', 'MKSTREAM').catch(() => {})
    await redis.redis.call(
      'XREADGROUP',
      'GROUP',
      'jobs:b:workers',
      'killed',
      'COUNT',
      10,
      'STREAMS',
      'jobs:b',
      '>',
    )
    await q.start()
    await expect.poll(() => ran, { timeout: 5000 }).toEqual([7])
    expect(await redis.redis.xlen('jobs:b')).toBe(0)
  })

  it('when a job keeps failing, then it is retried and dead-lettered after maxDeliveries', async () => {
    let runs = 0
    const q = queue(
      'c',
      async () => {
        runs++
        throw new Error('provider down')
      },
      { maxDeliveries: 2 },
    )
    await q.start()
    await q.enqueue({ n: 1 })
    await expect.poll(() => redis.redis.xlen('jobs:c:dlq'), { timeout: 5000 }).toBe(1)
    expect(runs).toBe(2)
    expect(await redis.redis.xlen('jobs:c')).toBe(0)
  })
})
