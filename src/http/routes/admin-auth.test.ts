import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRedis } from '../../../test/helpers/redis.js'
import { createI18n } from '../../bot/i18n.js'
import type { ModerationService } from '../../modules/moderation/service.js'
import { ADMIN_COOKIE, adminPlugin } from './admin.js'
import { ADMIN_TEST_TOKEN, form, loginAdmin } from './admin.testkit.js'
import { createAdminAuth, createLoginLimiter } from './admin-auth.js'

const { translate } = createI18n()

type TestRedis = Awaited<ReturnType<typeof createTestRedis>>
let redis: TestRedis
const servers: FastifyInstance[] = []
beforeAll(async () => {
  redis = await createTestRedis()
})
afterAll(async () => {
  for (const s of servers) await s.close()
  await redis?.close()
})

/**
 * One web process with the dashboard. Only the auth routes are exercised, so the moderation service is a
 * stub of the one call they reach (the flags page); two instances on the same Redis prefix are two replicas,
 * or one process before and after a restart.
 */
async function instance(r: TestRedis = redis): Promise<FastifyInstance> {
  const moderation = { listFlags: async () => [] } as unknown as ModerationService
  const app = Fastify()
  await app.register(adminPlugin({ moderation, translate, redis: r.redis, adminToken: ADMIN_TEST_TOKEN }))
  await app.ready()
  servers.push(app)
  return app
}

const login = (app: FastifyInstance) => loginAdmin(app)

const flagsStatus = async (app: FastifyInstance, cookie: string) =>
  (await app.inject({ method: 'GET', url: '/admin/flags', cookies: { [ADMIN_COOKIE]: cookie } })).statusCode

describe('admin sessions in Redis', () => {
  it('when a moderator logs out, then the old cookie is rejected by this process and by a fresh one (restart or another replica)', async () => {
    const first = await instance()
    const s = await login(first)
    const second = await instance()
    expect(await flagsStatus(second, s.cookie)).toBe(200)

    const out = await first.inject({
      method: 'POST',
      url: '/admin/logout',
      cookies: { [ADMIN_COOKIE]: s.cookie },
      ...form({ _csrf: s.csrf }),
    })
    expect(out.statusCode).toBe(303)

    expect(await flagsStatus(first, s.cookie)).toBe(302)
    expect(await flagsStatus(second, s.cookie)).toBe(302)
    const restarted = await instance()
    expect(await flagsStatus(restarted, s.cookie)).toBe(302)
    // Other sessions are unaffected.
    const other = await login(restarted)
    expect(await flagsStatus(first, other.cookie)).toBe(200)
  })

  it('when a session is revoked, then the Redis entry lives exactly as long as the session had left', async () => {
    const clock = Date.now()
    const auth = createAdminAuth({
      adminToken: ADMIN_TEST_TOKEN,
      ttlSec: 3600,
      redis: redis.redis,
      now: () => clock,
    })
    const { cookie, session } = auth.issue('admin:Ann')
    expect(await auth.verify(cookie)).toEqual(session)
    await auth.revoke(session)
    expect(await auth.verify(cookie)).toBeNull()
    const ttl = await redis.redis.pttl(`admin:revoked:${session.sid}`)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(3600 * 1000)
  })

  it('when an already expired session is revoked, then nothing is stored', async () => {
    let clock = Date.now()
    const auth = createAdminAuth({
      adminToken: ADMIN_TEST_TOKEN,
      ttlSec: 60,
      redis: redis.redis,
      now: () => clock,
    })
    const { session } = auth.issue('admin:Ann')
    clock += 61_000
    await auth.revoke(session)
    expect(await redis.redis.exists(`admin:revoked:${session.sid}`)).toBe(0)
  })

  it('when logins fail on one replica, then the lockout holds on another and after a restart, for the window', async () => {
    const own = await createTestRedis()
    try {
      const a = await instance(own)
      const b = await instance(own)
      for (let i = 0; i < 10; i++) {
        const res = await (i % 2 ? a : b).inject({
          method: 'POST',
          url: '/admin/login',
          ...form({ token: 'x' }),
        })
        expect(res.statusCode).toBe(401)
      }
      const locked = await a.inject({
        method: 'POST',
        url: '/admin/login',
        ...form({ token: ADMIN_TEST_TOKEN }),
      })
      expect(locked.statusCode).toBe(429)
      const restarted = await instance(own)
      const still = await restarted.inject({
        method: 'POST',
        url: '/admin/login',
        ...form({ token: ADMIN_TEST_TOKEN }),
      })
      expect(still.statusCode).toBe(429)
      const ttl = await own.redis.pttl('admin:login-fail:127.0.0.1')
      expect(ttl).toBeGreaterThan(0)
      expect(ttl).toBeLessThanOrEqual(15 * 60_000)
    } finally {
      await own.close()
    }
  })

  it('when the window is short, then the failure counter expires and login works again', async () => {
    const limiter = createLoginLimiter({ redis: redis.redis, max: 2, windowMs: 200 })
    await limiter.fail('10.0.0.1')
    await limiter.fail('10.0.0.1')
    expect(await limiter.blocked('10.0.0.1')).toBe(true)
    expect(await limiter.blocked('10.0.0.2')).toBe(false)
    await expect.poll(() => limiter.blocked('10.0.0.1'), { timeout: 5000, interval: 50 }).toBe(false)
  })

  it('when a login succeeds, then the failure count of that address is reset', async () => {
    const limiter = createLoginLimiter({ redis: redis.redis, max: 2 })
    await limiter.fail('10.0.0.3')
    await limiter.reset('10.0.0.3')
    await limiter.fail('10.0.0.3')
    expect(await limiter.blocked('10.0.0.3')).toBe(false)
  })
})
