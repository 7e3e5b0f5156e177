import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { DbHandle } from '../../src/db/client.js'
import type { RedisHandle } from '../../src/redis.js'
import { createTestDb } from './db.js'
import { createTestRedis } from './redis.js'

/**
 * Real stores for the tests of a file (or `describe`): one test database for all of them, a fresh Redis key
 * prefix for each test (so queues and locks never leak from one test into the next). Read the handles in
 * tests and hooks registered after this call.
 */
export function dbPerFileRedisPerTest() {
  let db: DbHandle | undefined
  let redis: (RedisHandle & { prefix: string }) | undefined
  beforeAll(async () => {
    db = await createTestDb()
  })
  afterAll(async () => {
    await db?.close()
  })
  beforeEach(async () => {
    redis = await createTestRedis()
  })
  afterEach(async () => {
    await redis?.close()
  })
  return {
    get db(): DbHandle {
      if (!db) throw new Error('no test database before beforeAll')
      return db
    },
    get redis(): RedisHandle & { prefix: string } {
      if (!redis) throw new Error('no test Redis before beforeEach')
      return redis
    },
  }
}
