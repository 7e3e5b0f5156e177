import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createRedis } from '../../src/redis.js';
export const testRedisUrl = () => process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** A unique key prefix per test so parallel test files never see each other's keys. */
export function uniquePrefix() {
    return `t:${Date.now().toString(36)}${randomBytes(3).toString('hex')}:`;
}
/**
 * Real Redis with an isolated key prefix; close() deletes every key under the prefix.
 */
export async function createTestRedis(prefix = uniquePrefix()) {
    const handle = createRedis({ url: testRedisUrl(), keyPrefix: prefix });
    await handle.redis.ping();
    return {
        ...handle,
        prefix,
        async close() {
            await cleanupPrefix(prefix);
            await handle.close();
        },
    };
}
export async function cleanupPrefix(prefix) {
    const raw = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
    try {
        let cursor = '0';
        do {
            const [next, keys] = await raw.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
            cursor = next;
            if (keys.length)
                await raw.del(...keys);
        } while (cursor !== '0');
    }
    finally {
        raw.disconnect();
    }
}
//# sourceMappingURL=redis.js.map