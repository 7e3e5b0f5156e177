import type { FastifyInstance, InjectOptions } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import { createTestRedis } from '../../../test/helpers/redis.js'
import { createI18n } from '../../bot/i18n.js'
import type { DbHandle } from '../../db/client.js'
import { createLogger } from '../../logger.js'
import { createModerationService } from '../../modules/moderation/service.js'
import { insertUser } from '../../modules/moderation/testing.js'
import { createServer } from '../index.js'
import { ADMIN_COOKIE, adminPlugin } from './admin.js'
import { ADMIN_TEST_TOKEN, form, loginAdmin } from './admin.testkit.js'

const logger = createLogger({ level: 'silent' })
const { translate } = createI18n()

type TestRedis = Awaited<ReturnType<typeof createTestRedis>>
let h: DbHandle
const redises: TestRedis[] = []
const servers: FastifyInstance[] = []
beforeAll(async () => {
  h = await createTestDb()
})
afterAll(async () => {
  for (const s of servers) await s.close()
  for (const r of redises) await r.close()
  await h?.close()
})

/** The web server as app.ts builds it (root-level plugin), on a Redis prefix of its own. */
async function build(opts: { trustProxy?: boolean | number | string[] } = {}) {
  const redis = await createTestRedis()
  redises.push(redis)
  const app = await createServer({
    logger,
    checks: { db: () => h.ping(), redis: async () => {} },
    webhook: { callback: async () => undefined },
    trustProxy: opts.trustProxy,
    plugins: [
      adminPlugin({
        moderation: createModerationService({ db: h.db }),
        translate,
        redis: redis.redis,
        adminToken: ADMIN_TEST_TOKEN,
      }),
    ],
  })
  await app.ready()
  servers.push(app)
  return { app, redis }
}

const login = (app: FastifyInstance) => loginAdmin(app)

describe('admin login lockout', () => {
  it('when 200 wrong tokens arrive at once from one address, then no more than the limit (10) are checked', async () => {
    const { app } = await build()
    const answers = await Promise.all(
      Array.from({ length: 200 }, () =>
        app.inject({ method: 'POST', url: '/admin/login', ...form({ token: 'wrong-guess' }) }),
      ),
    )
    const codes = answers.map((r) => r.statusCode)
    expect(codes.filter((c) => c === 401)).toHaveLength(10)
    expect(codes.filter((c) => c === 429)).toHaveLength(190)
  })

  it('when the correct token comes during a lockout of that address, then it is refused and the page says even the correct token is refused, and for how long', async () => {
    const { app } = await build()
    for (let i = 0; i < 10; i++)
      expect(
        (await app.inject({ method: 'POST', url: '/admin/login', ...form({ token: 'x' }) })).statusCode,
      ).toBe(401)
    const res = await app.inject({
      method: 'POST',
      url: '/admin/login',
      cookies: { tno_admin_lang: 'en' },
      ...form({ token: ADMIN_TEST_TOKEN }),
    })
    expect(res.statusCode).toBe(429)
    expect(res.cookies.find((c) => c.name === ADMIN_COOKIE)).toBeUndefined()
    expect(res.body).toContain('even with the correct token')
    expect(res.body).toMatch(/about 1[45] min/)
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('when the right token is given within the limit, then the count resets and the next moderator starts afresh', async () => {
    const { app } = await build()
    for (let i = 0; i < 9; i++)
      await app.inject({ method: 'POST', url: '/admin/login', ...form({ token: 'x' }) })
    await login(app)
    for (let i = 0; i < 10; i++)
      expect(
        (await app.inject({ method: 'POST', url: '/admin/login', ...form({ token: 'x' }) })).statusCode,
      ).toBe(401)
  })

  it.each([
    ['true', true],
    ['1 (hop count)', 1],
    ['the proxy address', ['127.0.0.1']],
  ] as const)(
    'when TRUST_PROXY is %s behind a reverse proxy, then a lockout of one forwarded address does not lock out another',
    async (_, trustProxy) => {
      const { app } = await build({
        trustProxy: typeof trustProxy === 'object' ? [...trustProxy] : trustProxy,
      })
      const from = (ip: string) => ({ 'x-forwarded-for': ip })
      for (let i = 0; i < 11; i++)
        await app.inject({
          method: 'POST',
          url: '/admin/login',
          ...form({ token: 'x' }, from('203.0.113.7')),
        })
      const locked = await app.inject({
        method: 'POST',
        url: '/admin/login',
        ...form({ token: ADMIN_TEST_TOKEN }, from('203.0.113.7')),
      })
      expect(locked.statusCode).toBe(429)
      const other = await app.inject({
        method: 'POST',
        url: '/admin/login',
        ...form({ token: ADMIN_TEST_TOKEN }, from('198.51.100.9')),
      })
      expect(other.statusCode).toBe(303)
    },
  )

  it('when TRUST_PROXY is off (default), then X-Forwarded-For is ignored and cannot dodge the lockout', async () => {
    const { app } = await build()
    for (let i = 0; i < 10; i++)
      await app.inject({
        method: 'POST',
        url: '/admin/login',
        ...form({ token: 'x' }, { 'x-forwarded-for': `203.0.113.${i}` }),
      })
    const res = await app.inject({
      method: 'POST',
      url: '/admin/login',
      ...form({ token: ADMIN_TEST_TOKEN }, { 'x-forwarded-for': '198.51.100.9' }),
    })
    expect(res.statusCode).toBe(429)
  })
})

describe('admin input validation', () => {
  it('when a search, a flash code or a form field carries a NUL byte, then the answer is 400 (validation), not 500', async () => {
    const { app } = await build()
    const s = await login(app)
    const userId = await insertUser(h.db, { nickname: 'Nul' })
    const get = (url: string) => app.inject({ method: 'GET', url, cookies: { [ADMIN_COOKIE]: s.cookie } })
    for (const url of [
      '/admin/users?q=%00',
      '/admin/users?q=ann%00',
      '/admin/flags?msg=%00',
      `/admin/users/${userId}?msg=banned%00`,
      '/admin/tips?reason=%01',
    ]) {
      const res = await get(url)
      expect(res.statusCode, url).toBe(400)
      expect(res.json().error, url).toMatch(/querystring\/\w+ must match pattern/)
    }
    const ban = await app.inject({
      method: 'POST',
      url: `/admin/users/${userId}/ban`,
      cookies: { [ADMIN_COOKIE]: s.cookie },
      ...form({ _csrf: s.csrf, reason: 'spam\u0000' }),
    })
    expect(ban.statusCode).toBe(400)
    expect((await get('/admin/users?q=ann')).statusCode).toBe(200)
  })
})

describe('admin security headers', () => {
  const expectHeaders = (res: { headers: Record<string, unknown> }, what: string) => {
    expect(res.headers['content-security-policy'], what).toContain("frame-ancestors 'none'")
    expect(res.headers['x-frame-options'], what).toBe('DENY')
    expect(res.headers['x-content-type-options'], what).toBe('nosniff')
    expect(res.headers['referrer-policy'], what).toBe('no-referrer')
    expect(res.headers['cache-control'], what).toBe('no-store')
  }

  it('when any /admin URL is answered — a page, a 404, a validation error, a redirect — then it carries the security headers', async () => {
    const { app } = await build()
    const s = await login(app)
    const cookies = { [ADMIN_COOKIE]: s.cookie }
    const cases: [string, InjectOptions][] = [
      ['login page', { method: 'GET', url: '/admin/login' }],
      ['404 logged out', { method: 'GET', url: '/admin/no-such-page' }],
      ['404 logged in', { method: 'GET', url: '/admin/no-such-page', cookies }],
      ['404 deep', { method: 'GET', url: '/admin/users/1/nothing-here', cookies }],
      ['405-ish PUT', { method: 'PUT', url: '/admin/flags', cookies }],
      ['400 validation', { method: 'GET', url: '/admin/users?q=%00', cookies }],
      ['redirect', { method: 'GET', url: '/admin', cookies }],
      ['page', { method: 'GET', url: '/admin/flags', cookies }],
    ]
    for (const [what, req] of cases) {
      const res = await app.inject(req)
      expectHeaders(res, `${what} (${res.statusCode})`)
    }
    const health = await app.inject({ method: 'GET', url: '/health' })
    expect(health.headers['x-frame-options']).toBeUndefined()
  })
})
