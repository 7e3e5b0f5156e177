import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createTestDb } from './db.js';
import { createTestRedis } from './redis.js';
/**
 * Real stores for the tests of a file (or `describe`): one test database for all of them, and a Redis key
 * prefix, fresh for each test (`redis: 'per-test'`: queues and locks never leak from one test into the next)
 * or one for all. Read the handles in tests and in hooks registered after this call.
 */
export function testStores(opts) {
    let db;
    let redis;
    const [redisBefore, redisAfter] = opts.redis === 'per-test' ? [beforeEach, afterEach] : [beforeAll, afterAll];
    beforeAll(async () => {
        db = await createTestDb();
    });
    afterAll(async () => {
        await db?.close();
    });
    redisBefore(async () => {
        redis = await createTestRedis();
    });
    redisAfter(async () => {
        await redis?.close();
    });
    return {
        get db() {
            if (!db)
                throw new Error('no test database before beforeAll');
            return db;
        },
        get redis() {
            if (!redis)
                throw new Error('no test Redis before its hook ran');
            return redis;
        },
    };
}
//# sourceMappingURL=stores.js.map