import { Redis } from 'ioredis'

export type RedisHandle = {
  /** Commands. */
  redis: Redis
  /** Separate connection for blocking reads (XREADGROUP BLOCK), so they never stall commands. */
  blocking: Redis
  ping(): Promise<void>
  close(): Promise<void>
}

export function createRedis(opts: { url: string; keyPrefix?: string }): RedisHandle {
  const common = {
    keyPrefix: opts.keyPrefix,
    lazyConnect: false,
    maxRetriesPerRequest: 3,
    enableOfflineQueue: true,
    // fail health checks fast instead of hanging; reconnect in the background
    connectTimeout: 3000,
    retryStrategy: (times: number) => Math.min(times * 200, 2000),
  }
  const redis = new Redis(opts.url, common)
  const blocking = new Redis(opts.url, { ...common, maxRetriesPerRequest: null })
  // Errors surface through commands; the 'error' event alone must not crash the process.
  redis.on('error', () => {})
  blocking.on('error', () => {})
  return {
    redis,
    blocking,
    async ping() {
      if (redis.status !== 'ready') throw new Error(`redis ${redis.status}`)
      await redis.ping()
    },
    async close() {
      redis.disconnect()
      blocking.disconnect()
    },
  }
}
