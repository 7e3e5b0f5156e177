import { and, eq } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import { createTestRedis } from '../../../test/helpers/redis.js'
import { createI18n } from '../../bot/i18n.js'
import type { DbHandle } from '../../db/client.js'
import { auditLog, safetyFlags, tips as tipsTable, topics, users } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import {
  createModerationService,
  type RefundResult,
  type RefundTipPort,
} from '../../modules/moderation/service.js'
import { insertActiveSession, insertFlag, insertTip, insertUser } from '../../modules/moderation/testing.js'
import { createServer } from '../index.js'
import { formatDate } from '../views/html.js'
import { ADMIN_COOKIE, ADMIN_LANG_COOKIE, adminPlugin } from './admin.js'

const TOKEN = 'test-admin-token-0123456789'
const logger = createLogger({ level: 'silent' })
const { translate } = createI18n()
/** Most assertions below read the English texts; the default (no cookie) is Russian. */
const EN = { [ADMIN_LANG_COOKIE]: 'en' }

/** Every admin route except the login form; ids are placeholders (auth is checked before the handler). */
const GET_ROUTES = [
  '/admin',
  '/admin/flags',
  '/admin/users',
  '/admin/users/1',
  '/admin/sessions',
  '/admin/tips',
  '/admin/tips/1/refund',
  '/admin/topics',
  '/admin/audit',
]
const POST_ROUTES = [
  '/admin/logout',
  '/admin/flags/1/close',
  '/admin/users/1/ban',
  '/admin/users/1/unban',
  '/admin/users/1/reset',
  '/admin/tips/1/refund',
  '/admin/topics',
  '/admin/topics/1',
]
const asPattern = (url: string) => url.replace(/\/1(?=\/|$)/g, '/:id')

let h: DbHandle
beforeAll(async () => {
  h = await createTestDb()
})
afterAll(async () => {
  await h?.close()
})

type Built = { app: FastifyInstance; routes: string[]; banned: number[]; refunds: [number, string][] }
const servers: FastifyInstance[] = []
const redises: Awaited<ReturnType<typeof createTestRedis>>[] = []
afterAll(async () => {
  for (const s of servers) await s.close()
  for (const r of redises) await r.close()
})

async function build(
  opts: { adminToken?: string; refund?: boolean; refundResult?: RefundResult; now?: () => number } = {},
): Promise<Built> {
  const routes: string[] = []
  const banned: number[] = []
  const refunds: [number, string][] = []
  const refundTip: RefundTipPort = async (tipId, actor) => {
    refunds.push([tipId, actor])
    return opts.refundResult ?? { ok: true }
  }
  const moderation = createModerationService({
    db: h.db,
    onUserBanned: async (id) => {
      banned.push(id)
    },
    ...(opts.refund === false ? {} : { refundTip }),
  })
  // A Redis prefix per build: login lockouts and revocations of one test never leak into another.
  const redis = await createTestRedis()
  redises.push(redis)
  const app = await createServer({
    logger,
    checks: { db: () => h.ping(), redis: async () => {} },
    webhook: { callback: async () => undefined },
    plugins: [
      (app) => {
        app.addHook('onRoute', (r) => {
          for (const m of [r.method].flat()) if (m !== 'HEAD') routes.push(`${m} ${r.url}`)
        })
      },
      adminPlugin({
        moderation,
        translate,
        redis: redis.redis,
        adminToken: 'adminToken' in opts ? opts.adminToken : TOKEN,
        now: opts.now,
      }),
    ],
  })
  servers.push(app)
  return { app, routes, banned, refunds }
}

const form = (fields: Record<string, string>) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
})

async function login(app: FastifyInstance, name = 'Ann') {
  const res = await app.inject({ method: 'POST', url: '/admin/login', ...form({ token: TOKEN, name }) })
  expect(res.statusCode).toBe(303)
  const cookie = res.cookies.find((c) => c.name === ADMIN_COOKIE)
  if (!cookie) throw new Error('no session cookie')
  const page = await app.inject({
    method: 'GET',
    url: '/admin/flags',
    cookies: { [ADMIN_COOKIE]: cookie.value, ...EN },
  })
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1]
  if (!csrf) throw new Error('no csrf token on the page')
  return { cookie: cookie.value, csrf, raw: cookie }
}

async function post(
  app: FastifyInstance,
  s: { cookie: string; csrf: string },
  url: string,
  fields: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url,
    cookies: { [ADMIN_COOKIE]: s.cookie, ...EN },
    ...form({ _csrf: s.csrf, ...fields }),
  })
}

describe('admin dashboard: access control', () => {
  it('when ADMIN_TOKEN is unset, then every /admin route answers 503 with the disabled page', async () => {
    const { app } = await build({ adminToken: undefined })
    for (const url of ['/admin', '/admin/login', ...GET_ROUTES]) {
      const res = await app.inject({ method: 'GET', url })
      expect(res.statusCode, url).toBe(503)
      expect(res.body).toContain('ADMIN_TOKEN')
    }
    for (const url of ['/admin/login', ...POST_ROUTES]) {
      const res = await app.inject({ method: 'POST', url, ...form({ token: TOKEN }) })
      expect(res.statusCode, url).toBe(503)
    }
  })

  it('when the route table is compared with the registered routes, then every admin route is covered by these tests', async () => {
    const { routes } = await build()
    const registered = routes.filter((r) => r.includes(' /admin')).sort()
    const tested = [
      'GET /admin/login',
      'POST /admin/login',
      'GET /admin/lang/:lang',
      ...GET_ROUTES.map((u) => `GET ${asPattern(u)}`),
      ...POST_ROUTES.map((u) => `POST ${asPattern(u)}`),
    ].sort()
    expect(registered).toEqual(tested)
  })

  describe('when not logged in', () => {
    let app: FastifyInstance
    beforeAll(async () => {
      app = (await build()).app
    })
    it.each(GET_ROUTES)('then GET %s redirects to the login page', async (url) => {
      const res = await app.inject({ method: 'GET', url })
      expect(res.statusCode).toBe(302)
      expect(res.headers.location).toBe('/admin/login')
    })
    it.each(POST_ROUTES)('then POST %s is refused with 401', async (url) => {
      const res = await app.inject({
        method: 'POST',
        url,
        ...form({ _csrf: 'x', reason: 'r', outcome: 'resolved' }),
      })
      expect(res.statusCode).toBe(401)
    })
    it.each(GET_ROUTES)('then GET %s with a forged cookie still redirects', async (url) => {
      const res = await app.inject({
        method: 'GET',
        url,
        cookies: { [ADMIN_COOKIE]: 'v1.eyJzaWQiOiJ4In0.AAAA' },
      })
      expect(res.statusCode).toBe(302)
    })
  })

  describe('when logged in but the CSRF token is missing or belongs to another session', () => {
    let app: FastifyInstance
    let s: { cookie: string; csrf: string }
    let other: { cookie: string; csrf: string }
    beforeAll(async () => {
      app = (await build()).app
      s = await login(app)
      other = await login(app, 'Bo')
    })
    it.each(POST_ROUTES)('then POST %s is refused with 403', async (url) => {
      const missing = await app.inject({
        method: 'POST',
        url,
        cookies: { [ADMIN_COOKIE]: s.cookie },
        ...form({ reason: 'r', outcome: 'resolved' }),
      })
      expect(missing.statusCode).toBe(403)
      const foreign = await post(app, { cookie: s.cookie, csrf: other.csrf }, url, {
        reason: 'r',
        outcome: 'resolved',
      })
      expect(foreign.statusCode).toBe(403)
    })
  })

  it('when the token is wrong, then login answers 401; after 10 failures even the right token gets 429', async () => {
    const { app } = await build()
    const wrong = await app.inject({ method: 'POST', url: '/admin/login', ...form({ token: 'nope' }) })
    expect(wrong.statusCode).toBe(401)
    expect(wrong.cookies).toHaveLength(0)
    expect(wrong.body).toContain('Неверный токен')
    const empty = await app.inject({ method: 'POST', url: '/admin/login', ...form({}) })
    expect(empty.statusCode).toBe(401)
    for (let i = 0; i < 8; i++)
      await app.inject({ method: 'POST', url: '/admin/login', ...form({ token: `x${i}` }) })
    const locked = await app.inject({ method: 'POST', url: '/admin/login', ...form({ token: TOKEN }) })
    expect(locked.statusCode).toBe(429)
  })

  it('when the token is right, then a signed httpOnly SameSite=Strict cookie scoped to /admin is set', async () => {
    const { app } = await build()
    const page = await app.inject({ method: 'GET', url: '/admin/login' })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('type="password"')
    const s = await login(app)
    expect(s.raw).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/admin', maxAge: 28_800 })
    const res = await app.inject({
      method: 'GET',
      url: '/admin/flags',
      cookies: { [ADMIN_COOKIE]: s.cookie },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-security-policy']).toContain("default-src 'none'")
    expect(res.headers['x-frame-options']).toBe('DENY')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.body).toContain('admin:Ann')
    expect(res.body).not.toContain('<script')
    // Already logged in: the login page sends you on.
    const again = await app.inject({
      method: 'GET',
      url: '/admin/login',
      cookies: { [ADMIN_COOKIE]: s.cookie },
    })
    expect(again.statusCode).toBe(302)
  })

  it('when the cookie is tampered with or has expired, then the request counts as logged out', async () => {
    let clock = Date.now()
    const { app } = await build({ now: () => clock })
    const s = await login(app)
    const [v, body, sig] = s.cookie.split('.')
    const forged = JSON.parse(Buffer.from(body ?? '', 'base64url').toString())
    forged.actor = 'admin:Mallory'
    const tampered = `${v}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${sig}`
    expect(
      (await app.inject({ method: 'GET', url: '/admin/flags', cookies: { [ADMIN_COOKIE]: tampered } }))
        .statusCode,
    ).toBe(302)
    clock += 28_800 * 1000 + 1
    expect(
      (await app.inject({ method: 'GET', url: '/admin/flags', cookies: { [ADMIN_COOKIE]: s.cookie } }))
        .statusCode,
    ).toBe(302)
    expect((await post(app, s, '/admin/topics', { slug: 'x_y', nameRu: 'a', nameEn: 'b' })).statusCode).toBe(
      401,
    )
  })

  it('when logging out, then the cookie is cleared and the old one no longer works', async () => {
    const { app } = await build()
    const s = await login(app)
    const res = await post(app, s, '/admin/logout')
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/login')
    expect(res.cookies.find((c) => c.name === ADMIN_COOKIE)?.value).toBe('')
    const after = await app.inject({
      method: 'GET',
      url: '/admin/flags',
      cookies: { [ADMIN_COOKIE]: s.cookie },
    })
    expect(after.statusCode).toBe(302)
  })
})

describe('admin dashboard: moderator actions', () => {
  let b: Built
  let s: { cookie: string; csrf: string }
  beforeAll(async () => {
    b = await build()
    s = await login(b.app)
  })
  const get = (url: string) =>
    b.app.inject({ method: 'GET', url, cookies: { [ADMIN_COOKIE]: s.cookie, ...EN } })

  it('when flags are about users of different age groups, then the queue shows the age group of each', async () => {
    const teen = await insertUser(h.db, { nickname: 'Teen Flagged', ageGroup: '13_17' })
    const adult = await insertUser(h.db, { nickname: 'Adult Flagged', ageGroup: '18_plus' })
    const legacy = await insertUser(h.db, { nickname: 'Legacy Flagged', ageGroup: null })
    const ids = [
      await insertFlag(h.db, { userId: teen, reason: 'age-test' }),
      await insertFlag(h.db, { userId: adult, reason: 'age-test' }),
      await insertFlag(h.db, { userId: legacy, reason: 'age-test' }),
    ]
    const body = (await get('/admin/flags')).body
    const card = (id: number) => body.slice(body.indexOf(`id="flag-${id}"`)).split('</section>')[0] ?? ''
    expect(card(ids[0]!)).toContain('age: 13–17')
    expect(card(ids[1]!)).toContain('age: 18+')
    expect(card(ids[2]!)).toContain('age: not stated')
  })

  it('when a moderator resolves a flag with a note, then it leaves the queue, is stored resolved and audited', async () => {
    const a = await insertUser(h.db, { nickname: 'Flagged <b>One</b>' })
    const r = await insertUser(h.db, { nickname: 'Reporter R' })
    const { sessionId } = await insertActiveSession(h.db, a, r)
    const flagId = await insertFlag(h.db, {
      userId: a,
      reporterId: r,
      sessionId,
      reason: 'harassment',
      context: { messages: [{ from: 'reported', text: '<script>alert(1)</script> call me at [phone]' }] },
      withReport: { reason: 'harassment' },
    })
    const queue = await get('/admin/flags')
    expect(queue.body).toContain(`Flag #${flagId}`)
    expect(queue.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; call me at [phone]')
    expect(queue.body).toContain('Flagged &lt;b&gt;One&lt;/b&gt;')
    expect(queue.body).not.toContain('<script>alert(1)')

    const res = await post(b.app, s, `/admin/flags/${flagId}/close`, {
      outcome: 'resolved',
      note: 'talked to them',
    })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/flags?msg=flag-resolved')
    const [flag] = await h.db.select().from(safetyFlags).where(eq(safetyFlags.id, flagId))
    expect(flag).toMatchObject({
      status: 'resolved',
      resolvedBy: 'admin:Ann',
      resolutionNote: 'talked to them',
    })
    const [entry] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'flag.resolve'), eq(auditLog.targetId, String(flagId))))
    expect(entry?.actor).toBe('admin:Ann')
    expect((await get('/admin/flags?msg=flag-resolved')).body).toContain('Flag resolved.')
    expect((await get('/admin/flags')).body).not.toContain(`Flag #${flagId}<`)
    expect((await get('/admin/flags?status=resolved')).body).toContain('talked to them')

    const twice = await post(b.app, s, `/admin/flags/${flagId}/close`, { outcome: 'dismissed' })
    expect(twice.headers.location).toBe('/admin/flags?msg=already-closed')
    const bad = await post(b.app, s, `/admin/flags/${flagId}/close`, { outcome: 'deleted' })
    expect(bad.statusCode).toBe(400)
  })

  it('when a moderator bans a user, then banned_at and reason are set, the chat hook runs; unban clears them', async () => {
    const u = await insertUser(h.db, { nickname: 'Troll Tom', telegramId: 55_501 })
    const peer = await insertUser(h.db, { nickname: 'Peer P' })
    await insertActiveSession(h.db, u, peer)
    const found = await get('/admin/users?q=troll')
    expect(found.body).toContain(`/admin/users/${u}`)
    const page = await get(`/admin/users/${u}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Troll Tom')
    expect(page.body).not.toContain('55501')

    const noReason = await post(b.app, s, `/admin/users/${u}/ban`, { reason: '' })
    expect(noReason.headers.location).toBe(`/admin/users/${u}?msg=reason-required`)
    const res = await post(b.app, s, `/admin/users/${u}/ban`, { reason: 'threats in chat' })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe(`/admin/users/${u}?msg=banned`)
    expect(b.banned).toEqual([u])
    let [row] = await h.db.select().from(users).where(eq(users.id, u))
    expect(row?.bannedAt).toBeInstanceOf(Date)
    expect(row?.banReason).toBe('threats in chat')
    const shown = await get(`/admin/users/${u}?msg=banned`)
    expect(shown.body).toContain('User banned')
    expect(shown.body).toContain('threats in chat')
    expect(shown.body).toContain(`/admin/users/${u}/unban`)

    const unban = await post(b.app, s, `/admin/users/${u}/unban`, { reason: 'appeal' })
    expect(unban.headers.location).toBe(`/admin/users/${u}?msg=unbanned`)
    ;[row] = await h.db.select().from(users).where(eq(users.id, u))
    expect(row).toMatchObject({ bannedAt: null, banReason: null })
    const actions = await h.db
      .select({ action: auditLog.action, actor: auditLog.actor })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, String(u))))
    expect(actions).toEqual([
      { action: 'user.ban', actor: 'admin:Ann' },
      { action: 'user.unban', actor: 'admin:Ann' },
    ])
    expect((await post(b.app, s, '/admin/users/999999/ban', { reason: 'x' })).statusCode).toBe(404)
    expect((await get('/admin/users/999999')).statusCode).toBe(404)
  })

  it('when a moderator resets a suspended user, then matching_suspended_at is cleared (and the score if ticked)', async () => {
    const u = await insertUser(h.db, {
      nickname: 'Suspended S',
      matchingSuspendedAt: new Date(),
      helpfulnessScore: 0.2,
    })
    const res = await post(b.app, s, `/admin/users/${u}/reset`, { resetScore: '1' })
    expect(res.headers.location).toBe(`/admin/users/${u}?msg=reset-score`)
    const [row] = await h.db.select().from(users).where(eq(users.id, u))
    expect(row).toMatchObject({ matchingSuspendedAt: null, helpfulnessScore: 0.5 })
  })

  it('when a moderator adds and edits a topic, then the catalogue changes and invalid input is explained', async () => {
    const add = await post(b.app, s, '/admin/topics', {
      slug: 'pet_loss',
      nameRu: 'Потеря питомца',
      nameEn: 'Pet loss',
      emoji: '🐾',
      sort: '150',
    })
    expect(add.headers.location).toBe('/admin/topics?msg=topic-added')
    const [t] = await h.db.select().from(topics).where(eq(topics.slug, 'pet_loss'))
    if (!t) throw new Error('topic not added')
    expect(t).toMatchObject({ nameRu: 'Потеря питомца', emoji: '🐾', sort: 150, active: true })
    // Rename, re-sort and deactivate (unchecked checkbox = absent field).
    const edit = await post(b.app, s, `/admin/topics/${t.id}`, {
      nameRu: 'Потеря животного',
      nameEn: 'Losing a pet',
      emoji: '🐾',
      sort: '7',
    })
    expect(edit.headers.location).toBe('/admin/topics?msg=topic-saved')
    const [after] = await h.db.select().from(topics).where(eq(topics.id, t.id))
    expect(after).toMatchObject({
      nameRu: 'Потеря животного',
      nameEn: 'Losing a pet',
      sort: 7,
      active: false,
    })
    const reactivate = await post(b.app, s, `/admin/topics/${t.id}`, {
      nameRu: 'Потеря животного',
      nameEn: 'Losing a pet',
      emoji: '🐾',
      sort: '7',
      active: '1',
    })
    expect(reactivate.headers.location).toBe('/admin/topics?msg=topic-saved')
    expect((await h.db.select().from(topics).where(eq(topics.id, t.id)))[0]?.active).toBe(true)
    const page = await get('/admin/topics')
    expect(page.body).toMatch(/<textarea form="topic-\d+" name="nameEn"[^>]*>Losing a pet<\/textarea>/)
    expect(page.body).toContain('data-topic="burnout"')

    const dup = await post(b.app, s, '/admin/topics', { slug: 'burnout', nameRu: 'a', nameEn: 'b' })
    expect(dup.headers.location).toBe('/admin/topics?msg=slug-taken')
    const badSlug = await post(b.app, s, '/admin/topics', { slug: 'Bad slug', nameRu: 'a', nameEn: 'b' })
    expect(badSlug.headers.location).toBe('/admin/topics?msg=invalid-slug')
    const noName = await post(b.app, s, `/admin/topics/${t.id}`, { nameRu: '', nameEn: 'x' })
    expect(noName.headers.location).toBe('/admin/topics?msg=invalid-name')
    const missing = await post(b.app, s, '/admin/topics/999999', { nameRu: 'a', nameEn: 'b' })
    expect(missing.headers.location).toBe('/admin/topics?msg=topic-not-found')
    const audited = await h.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'topic'), eq(auditLog.targetId, String(t.id))))
    expect(audited.map((a) => a.action)).toEqual(['topic.add', 'topic.update', 'topic.update'])
  })

  it('when a moderator presses Refund, then a confirmation page comes first and only confirming calls the refund port', async () => {
    const p = await insertUser(h.db, { nickname: 'Payer Pam' })
    const r = await insertUser(h.db, { nickname: 'Helper Hal' })
    const tipId = await insertTip(h.db, { payerId: p, recipientId: r, amount: 25 })
    const page = await get('/admin/tips')
    // The table's Refund is a link to the confirmation page, not a form that refunds.
    expect(page.body).toContain(`href="/admin/tips/${tipId}/refund"`)
    expect(page.body).not.toContain(`action="/admin/tips/${tipId}/refund"`)
    const confirm = await get(`/admin/tips/${tipId}/refund`)
    expect(confirm.statusCode).toBe(200)
    expect(confirm.body).toContain('Payer Pam')
    expect(confirm.body).toContain('Helper Hal')
    expect(confirm.body).toContain('cannot be undone')
    expect(confirm.body).toContain(`action="/admin/tips/${tipId}/refund"`)
    expect(confirm.body).toContain('name="confirm" value="yes"')
    // A POST without the confirmation refunds nothing and leads to the confirmation page.
    const unconfirmed = await post(b.app, s, `/admin/tips/${tipId}/refund`)
    expect(unconfirmed.headers.location).toBe(`/admin/tips/${tipId}/refund`)
    expect(b.refunds).toEqual([])
    const res = await post(b.app, s, `/admin/tips/${tipId}/refund`, { confirm: 'yes' })
    expect(res.headers.location).toBe('/admin/tips?msg=refunded')
    expect(b.refunds).toEqual([[tipId, 'admin:Ann']])
    const missing = await post(b.app, s, '/admin/tips/999999/refund', { confirm: 'yes' })
    expect(missing.headers.location).toBe('/admin/tips?msg=tip-not-found')
    expect((await get('/admin/tips/999999/refund')).headers.location).toBe('/admin/tips?msg=tip-not-found')
  })

  it("when Telegram refuses a refund, then the confirmation page shows Telegram's error text and the audit log keeps it", async () => {
    const failing = await build({
      refundResult: {
        ok: false,
        reason: 'telegram-error',
        description: 'Bad Request: CHARGE_ALREADY_REFUNDED <x>',
      },
    })
    const s3 = await login(failing.app)
    const p = await insertUser(h.db, { nickname: 'Payer Pia' })
    const r = await insertUser(h.db, { nickname: 'Helper Hub' })
    const tipId = await insertTip(h.db, { payerId: p, recipientId: r, amount: 30 })
    const res = await post(failing.app, s3, `/admin/tips/${tipId}/refund`, { confirm: 'yes' })
    expect(res.statusCode).toBe(502)
    expect(res.body).toContain('Telegram refused the refund')
    expect(res.body).toContain('Bad Request: CHARGE_ALREADY_REFUNDED &lt;x&gt;')
    const audit = await failing.app.inject({
      method: 'GET',
      url: '/admin/audit',
      cookies: { [ADMIN_COOKIE]: s3.cookie, ...EN },
    })
    expect(audit.body).toContain('CHARGE_ALREADY_REFUNDED')
  })

  it('when the tips page is rendered, then every row has as many cells as the header and the paid date is in "Paid"', async () => {
    const p = await insertUser(h.db, { nickname: 'Payer Cells' })
    const r = await insertUser(h.db, { nickname: 'Helper Cells' })
    const tipId = await insertTip(h.db, { payerId: p, recipientId: r, amount: 15 })
    const [tip] = await h.db
      .select({ createdAt: tipsTable.createdAt })
      .from(tipsTable)
      .where(eq(tipsTable.id, tipId))
    const body = (await get('/admin/tips')).body
    const headers = /<thead><tr>(.*?)<\/tr><\/thead>/s.exec(body)?.[1]?.match(/<th>/g)?.length
    const row = new RegExp(`<tr data-tip-id="${tipId}">(.*?)</tr>`, 's').exec(body)?.[1] ?? ''
    const cells = [...row.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((m) => m[1] ?? '')
    expect(headers).toBe(9)
    expect(cells).toHaveLength(9)
    expect(cells[7]).toContain(formatDate(tip!.createdAt))
    expect(cells[8]).toContain('/refund')
  })

  it('when no refund port is wired, then the tips page says "not available" and a refund POST changes nothing', async () => {
    const { app } = await build({ refund: false })
    const s2 = await login(app)
    const p = await insertUser(h.db, { nickname: 'Payer Two' })
    const r = await insertUser(h.db, { nickname: 'Helper Two' })
    const tipId = await insertTip(h.db, { payerId: p, recipientId: r, amount: 10 })
    const page = await app.inject({
      method: 'GET',
      url: '/admin/tips',
      cookies: { [ADMIN_COOKIE]: s2.cookie, ...EN },
    })
    expect(page.body).toContain('not available')
    expect(page.body).not.toContain(`/admin/tips/${tipId}/refund`)
    const res = await post(app, s2, `/admin/tips/${tipId}/refund`, { confirm: 'yes' })
    expect(res.headers.location).toBe('/admin/tips?msg=refund-not-available')
  })

  it('when the overview and audit pages are opened, then they render the counts and the recorded actions', async () => {
    const a = await insertUser(h.db, { nickname: 'Overview Ola' })
    const c = await insertUser(h.db, { nickname: 'Overview Cid' })
    await insertActiveSession(h.db, a, c)
    await post(b.app, s, `/admin/users/${a}/reset`)
    const sessions = await get('/admin/sessions')
    expect(sessions.statusCode).toBe(200)
    expect(sessions.body).toContain('Chat sessions')
    expect(sessions.body).toContain('Overview Ola')
    const audit = await get('/admin/audit')
    expect(audit.statusCode).toBe(200)
    expect(audit.body).toContain('user.reset')
    expect((await get('/admin')).headers.location).toBe('/admin/flags')
  })
})

describe('admin dashboard: users, audit and language', () => {
  let b: Built
  let s: { cookie: string; csrf: string }
  beforeAll(async () => {
    b = await build()
    s = await login(b.app)
  })
  const get = (url: string, lang: Record<string, string> = EN) =>
    b.app.inject({ method: 'GET', url, cookies: { [ADMIN_COOKIE]: s.cookie, ...lang } })

  it('when the users page is opened without a search, then recent users are listed with last seen, and a deleted one reads "deleted user #id"', async () => {
    const seen = new Date(Date.now() + 86_400_000)
    const active = await insertUser(h.db, { nickname: 'Recent Rita', lastSeenAt: seen })
    const gone = await insertUser(h.db, {
      nickname: null as unknown as string,
      deletedAt: new Date(),
      lastSeenAt: new Date(Date.now() + 3_600_000),
    })
    const body = (await get('/admin/users')).body
    expect(body).toContain('Recently active')
    const rita = new RegExp(`<tr data-user-id="${active}">(.*?)</tr>`, 's').exec(body)?.[1] ?? ''
    expect(rita).toContain('Recent Rita')
    expect(rita).toContain(formatDate(seen))
    // most recently seen first
    expect(body.indexOf(`data-user-id="${active}"`)).toBeLessThan(body.indexOf(`data-user-id="${gone}"`))
    expect(body).toContain(`deleted user #${gone}`)
    expect(body).not.toContain('(no pseudonym')
    expect((await get(`/admin/users/${gone}`)).body).toContain(`deleted user #${gone}`)
    expect((await get('/admin/users', {})).body).toContain(`удалённый пользователь №${gone}`)
  })

  it('when there are more users than fit a page, then the list pages with older/newer links', async () => {
    const now = Date.now()
    await h.db.insert(users).values(
      Array.from({ length: 55 }, (_, i) => ({
        nickname: `Pager ${i}`,
        onboardingStep: 'done',
        lastSeenAt: new Date(now + 2 * 86_400_000 + i * 1000),
      })),
    )
    const first = (await get('/admin/users')).body
    expect(first).toContain('Pager 54')
    expect(first).not.toContain('Pager 4<')
    expect(first).toContain('href="/admin/users?page=2"')
    const second = (await get('/admin/users?page=2')).body
    expect(second).toContain('Pager 4<')
    expect(second).toContain('href="/admin/users?page=1"')
    expect(second).not.toContain('Pager 54<')
  })

  it('when the audit log is opened, then details are labelled fields, not raw JSON', async () => {
    const u = await insertUser(h.db, { nickname: 'Audit Abe' })
    await post(b.app, s, `/admin/users/${u}/ban`, { reason: 'spam "links"' })
    const body = (await get('/admin/audit')).body
    expect(body).not.toMatch(/\{&quot;|\{"/)
    expect(body).toContain('<dt>Reason</dt><dd data-key="reason">spam &quot;links&quot;</dd>')
    expect(body).toContain(`<a href="/admin/users/${u}">user #${u}</a>`)
    const ru = (await get('/admin/audit', {})).body
    expect(ru).toContain('<dt>Причина</dt>')
  })

  it('when no language was chosen, then the dashboard is Russian; the switch sets a cookie and returns to the page', async () => {
    const ru = await get('/admin/flags', {})
    expect(ru.body).toContain('<html lang="ru">')
    expect(ru.body).toContain('Флаги и жалобы')
    expect(ru.body).toContain('href="/admin/lang/en?back=%2Fadmin%2Fflags"')
    const sw = await b.app.inject({ method: 'GET', url: '/admin/lang/en?back=%2Fadmin%2Fusers%3Fpage%3D2' })
    expect(sw.statusCode).toBe(303)
    expect(sw.headers.location).toBe('/admin/users?page=2')
    const cookie = sw.cookies.find((c) => c.name === ADMIN_LANG_COOKIE)
    expect(cookie).toMatchObject({ value: 'en', path: '/admin', httpOnly: true })
    const en = await get('/admin/flags', { [ADMIN_LANG_COOKIE]: cookie?.value ?? '' })
    expect(en.body).toContain('<html lang="en">')
    expect(en.body).toContain('Flags &amp; reports')
    // The login page switches too (no session needed), and only dashboard paths are valid targets.
    const login = await b.app.inject({ method: 'GET', url: '/admin/login', cookies: EN })
    expect(login.body).toContain('Admin token')
    for (const back of ['https://evil.example/', '//evil.example', '/elsewhere'])
      expect(
        (await b.app.inject({ method: 'GET', url: `/admin/lang/ru?back=${encodeURIComponent(back)}` }))
          .headers.location,
      ).toBe('/admin')
    expect((await b.app.inject({ method: 'GET', url: '/admin/lang/de' })).statusCode).toBe(400)
  })
})
