import fastifyCookie from '@fastify/cookie'
import fastifyFormbody from '@fastify/formbody'
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type { Redis } from 'ioredis'
import { FLAG_STATUSES, type FlagStatus, type ModerationService } from '../../modules/moderation/service.js'
import {
  auditPage,
  disabledPage,
  flagsPage,
  loginPage,
  notFoundPage,
  sessionsPage,
  tipsPage,
  topicsPage,
  userPage,
  usersPage,
} from '../views/admin.js'
import type { Flash } from '../views/layout.js'
import { type AdminSession, createAdminAuth, createLoginLimiter } from './admin-auth.js'

export type AdminRoutesOptions = {
  moderation: ModerationService
  /** Logout revocations and login lockouts, shared by every replica and kept across restarts. */
  redis: Pick<Redis, 'exists' | 'set' | 'get' | 'eval' | 'del'>
  /** Unset → every /admin route answers 503 "dashboard disabled". */
  adminToken?: string
  sessionSecret?: string
  sessionTtlSec?: number
  /** Mark the cookie `Secure` (set when the public URL is https). */
  secureCookie?: boolean
  now?: () => number
}

export const ADMIN_COOKIE = 'tno_admin'
const LOGIN = '/admin/login'

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
}

/** Fixed flash messages, selected by code in the redirect URL (no free text is ever reflected). */
const FLASH: Record<string, Flash> = {
  'flag-resolved': { kind: 'ok', text: 'Flag resolved.' },
  'flag-dismissed': { kind: 'ok', text: 'Flag dismissed.' },
  'already-closed': { kind: 'error', text: 'That flag was already closed by someone else.' },
  'flag-not-found': { kind: 'error', text: 'No such flag.' },
  banned: { kind: 'ok', text: 'User banned; their active chat (if any) was ended.' },
  'banned-no-hook': {
    kind: 'ok',
    text: 'User banned. Ending the active chat is not wired in this deployment.',
  },
  'banned-hook-failed': {
    kind: 'error',
    text: 'User banned, but ending their active chat failed — see the logs and retry from the chat side.',
  },
  'already-banned': { kind: 'error', text: 'The user is already banned.' },
  'reason-required': { kind: 'error', text: 'A ban needs a reason.' },
  unbanned: { kind: 'ok', text: 'User unbanned.' },
  'not-banned': { kind: 'error', text: 'The user is not banned.' },
  reset: { kind: 'ok', text: 'Matching suspension lifted.' },
  'reset-score': { kind: 'ok', text: 'Matching suspension lifted and rating score reset.' },
  refunded: { kind: 'ok', text: 'Tip refunded.' },
  'refund-not-available': { kind: 'error', text: 'Refunds are not available in this deployment.' },
  'refund-failed': { kind: 'error', text: 'Refund failed.' },
  'tip-not-found': { kind: 'error', text: 'No such tip.' },
  'topic-added': { kind: 'ok', text: 'Topic added.' },
  'topic-saved': { kind: 'ok', text: 'Topic saved.' },
  'invalid-slug': { kind: 'error', text: 'Slug must be 2–40 characters of a-z, 0-9 and _.' },
  'invalid-name': { kind: 'error', text: 'Both names (ru and en) are required.' },
  'slug-taken': { kind: 'error', text: 'A topic with that slug already exists.' },
  'topic-not-found': { kind: 'error', text: 'No such topic.' },
}

/** The lockout page says that even the right token is refused for now, so a moderator doesn't doubt it. */
const lockedOut = (minutes: number) =>
  `Too many failed login attempts from your address. Every attempt from it is refused — even with the correct token — until the lockout ends in about ${minutes} min.`

type FlashQuery = { msg?: string; reason?: string }

function flashFrom(q: FlashQuery): Flash | null {
  const f = q.msg ? FLASH[q.msg] : undefined
  if (!f) return null
  // A refund failure reason comes from the tips service as a short code; show it only if it is one.
  if (q.msg === 'refund-failed' && q.reason && /^[a-z0-9_-]{1,40}$/.test(q.reason))
    return { kind: f.kind, text: `${f.text} (${q.reason})` }
  return f
}

const idParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1, maximum: 2_147_483_647 } },
  required: ['id'],
} as const

/**
 * Query strings: printable text only. Postgres rejects a NUL byte in text, so without this a search for
 * one was a 500; now any control character is a 400 from validation.
 */
const PRINTABLE = '^[^\\u0000-\\u001f\\u007f]*$'
/** Form fields may hold line breaks and tabs (textareas), never a NUL or other control characters. */
const FORM_TEXT = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$'
const queryText = (maxLength: number) => ({ type: 'string', maxLength, pattern: PRINTABLE }) as const

const flashQuery = {
  msg: queryText(40),
  reason: queryText(40),
} as const

/** Form bodies: strings only (form-urlencoded), bounded; `_csrf` is checked before validation. */
const form = (props: Record<string, number>, required: string[] = []) => ({
  type: 'object',
  properties: Object.fromEntries(
    Object.entries(props).map(([k, max]) => [k, { type: 'string', maxLength: max, pattern: FORM_TEXT }]),
  ),
  required,
})

function actorName(raw: unknown): string {
  const name =
    typeof raw === 'string'
      ? raw
          .normalize('NFKC')
          .replace(/[^\p{L}\p{N} ._-]/gu, '')
          .trim()
          .slice(0, 40)
      : ''
  return name ? `admin:${name}` : 'admin'
}

function sendPage(reply: FastifyReply, page: string, code = 200) {
  return reply.code(code).type('text/html; charset=utf-8').send(page)
}

/** Registers the dashboard (or its "disabled" stub) as an encapsulated plugin under /admin. */
export function adminPlugin(opts: AdminRoutesOptions) {
  const plugin = async (app: FastifyInstance) => {
    // On the root instance, so 404s and errors under /admin (answered outside the plugin) get them too.
    app.addHook('onRequest', async (req, reply) => {
      const path = req.url.split('?', 1)[0] ?? ''
      if (path === '/admin' || path.startsWith('/admin/')) reply.headers(SECURITY_HEADERS)
    })
    await app.register(adminRoutes, opts)
  }
  // Not encapsulated even when passed to `app.register`: the header hook must see the root's 404s.
  return Object.assign(plugin, { [Symbol.for('skip-override')]: true })
}

/**
 * The moderation dashboard: server-rendered HTML, no JavaScript. Login with ADMIN_TOKEN → signed httpOnly
 * SameSite=Strict session cookie; every other route requires it (GET → redirect to login, POST → 401),
 * and every POST also carries the per-session CSRF token (→ 403 without it).
 */
export const adminRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, opts) => {
  if (!opts.adminToken) {
    // Answered in onRequest, before any body parsing: whatever is posted here, the answer is the same.
    const disabled = async (_req: FastifyRequest, reply: FastifyReply) => sendPage(reply, disabledPage(), 503)
    app.all('/admin', { onRequest: disabled }, disabled)
    app.all('/admin/*', { onRequest: disabled }, disabled)
    return
  }

  const ttlSec = opts.sessionTtlSec ?? 28_800
  const auth = createAdminAuth({
    adminToken: opts.adminToken,
    sessionSecret: opts.sessionSecret,
    ttlSec,
    redis: opts.redis,
    now: opts.now,
  })
  const limiter = createLoginLimiter({ redis: opts.redis })
  const m = opts.moderation
  const sessions = new WeakMap<FastifyRequest, AdminSession>()
  const session = (req: FastifyRequest) => {
    const s = sessions.get(req)
    if (!s) throw new Error('admin route reached without a session')
    return { csrf: auth.csrfToken(s), actor: s.actor }
  }
  const actor = (req: FastifyRequest) => session(req).actor

  await app.register(fastifyCookie)
  await app.register(fastifyFormbody, { bodyLimit: 65_536 })

  app.addHook('onRequest', async (req, reply) => {
    if (req.routeOptions.url === LOGIN) return
    const s = await auth.verify(req.cookies[ADMIN_COOKIE])
    if (!s) {
      if (req.method === 'GET' || req.method === 'HEAD') return reply.redirect(LOGIN, 302)
      return reply.code(401).type('text/plain; charset=utf-8').send('Unauthorized: log in at /admin/login')
    }
    sessions.set(req, s)
  })

  // After the body is parsed, before schema validation: a POST without this session's token is refused.
  app.addHook('preValidation', async (req, reply) => {
    if (req.method !== 'POST' || req.routeOptions.url === LOGIN) return
    const s = sessions.get(req)
    const token = (req.body as Record<string, unknown> | undefined)?._csrf
    if (!s || !auth.checkCsrf(s, token))
      return reply.code(403).type('text/plain; charset=utf-8').send('Forbidden: invalid CSRF token')
  })

  app.get(LOGIN, async (req, reply) => {
    if (await auth.verify(req.cookies[ADMIN_COOKIE])) return reply.redirect('/admin/flags', 302)
    return sendPage(reply, loginPage())
  })

  app.post<{ Body: { token?: string; name?: string } }>(
    LOGIN,
    { schema: { body: form({ token: 512, name: 200 }) } },
    async (req, reply) => {
      // Counted before the token is checked, so concurrent guesses never exceed the limit.
      const attempt = await limiter.attempt(req.ip)
      if (!attempt.allowed) {
        const minutes = Math.max(1, Math.ceil(attempt.retryAfterMs / 60_000))
        reply.header('retry-after', String(Math.ceil(attempt.retryAfterMs / 1000)))
        return sendPage(reply, loginPage({ error: lockedOut(minutes) }), 429)
      }
      if (!auth.checkToken(req.body?.token ?? '')) {
        req.log.warn({ ip: req.ip }, 'admin login failed')
        return sendPage(reply, loginPage({ error: 'Wrong token.' }), 401)
      }
      await limiter.reset(req.ip)
      const { cookie, session: s } = auth.issue(actorName(req.body?.name))
      req.log.info({ actor: s.actor }, 'admin login')
      reply.setCookie(ADMIN_COOKIE, cookie, {
        path: '/admin',
        httpOnly: true,
        sameSite: 'strict',
        secure: opts.secureCookie ?? false,
        maxAge: ttlSec,
      })
      return reply.redirect('/admin/flags', 303)
    },
  )

  app.post('/admin/logout', async (req, reply) => {
    const s = sessions.get(req)
    if (s) await auth.revoke(s)
    reply.clearCookie(ADMIN_COOKIE, { path: '/admin', httpOnly: true, sameSite: 'strict' })
    return reply.redirect(LOGIN, 303)
  })

  app.get('/admin', async (_req, reply) => reply.redirect('/admin/flags', 302))

  // ── flags & reports ──
  app.get<{ Querystring: FlashQuery & { status?: FlagStatus } }>(
    '/admin/flags',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: { ...flashQuery, status: { type: 'string', enum: FLAG_STATUSES } },
        },
      },
    },
    async (req, reply) => {
      const status = req.query.status ?? 'open'
      const flags = await m.listFlags({ status })
      return sendPage(reply, flagsPage({ session: session(req), flash: flashFrom(req.query), status, flags }))
    },
  )

  app.post<{ Params: { id: number }; Body: { outcome: 'resolved' | 'dismissed'; note?: string } }>(
    '/admin/flags/:id/close',
    {
      schema: {
        params: idParams,
        body: {
          type: 'object',
          properties: {
            outcome: { type: 'string', enum: ['resolved', 'dismissed'] },
            note: { type: 'string', maxLength: 1000, pattern: FORM_TEXT },
          },
          required: ['outcome'],
        },
      },
    },
    async (req, reply) => {
      const r = await m.closeFlag({
        flagId: req.params.id,
        actor: actor(req),
        outcome: req.body.outcome,
        note: req.body.note,
      })
      const msg = r.ok ? (req.body.outcome === 'resolved' ? 'flag-resolved' : 'flag-dismissed') : r.reason
      return reply.redirect(
        `/admin/flags?msg=${r.ok || r.reason !== 'not-found' ? msg : 'flag-not-found'}`,
        303,
      )
    },
  )

  // ── users ──
  app.get<{ Querystring: { q?: string } }>(
    '/admin/users',
    { schema: { querystring: { type: 'object', properties: { q: queryText(64) } } } },
    async (req, reply) => {
      const q = req.query.q?.trim() ?? ''
      const results = q ? await m.searchUsers(q) : null
      return sendPage(reply, usersPage({ session: session(req), q, results }))
    },
  )

  app.get<{ Params: { id: number }; Querystring: FlashQuery }>(
    '/admin/users/:id',
    { schema: { params: idParams, querystring: { type: 'object', properties: flashQuery } } },
    async (req, reply) => {
      const user = await m.getUserSummary(req.params.id)
      if (!user) return sendPage(reply, notFoundPage({ session: session(req) }, 'No such user.'), 404)
      return sendPage(reply, userPage({ session: session(req), flash: flashFrom(req.query), user }))
    },
  )

  app.post<{ Params: { id: number }; Body: { reason?: string } }>(
    '/admin/users/:id/ban',
    { schema: { params: idParams, body: form({ reason: 500 }) } },
    async (req, reply) => {
      const r = await m.banUser({ userId: req.params.id, actor: actor(req), reason: req.body.reason ?? '' })
      if (!r.ok && r.reason === 'not-found') return reply.code(404).send({ error: 'no such user' })
      const msg = r.ok ? (r.chat === 'ended' ? 'banned' : `banned-${r.chat}`) : r.reason
      return reply.redirect(`/admin/users/${req.params.id}?msg=${msg}`, 303)
    },
  )

  app.post<{ Params: { id: number }; Body: { reason?: string } }>(
    '/admin/users/:id/unban',
    { schema: { params: idParams, body: form({ reason: 500 }) } },
    async (req, reply) => {
      const r = await m.unbanUser({ userId: req.params.id, actor: actor(req), reason: req.body.reason })
      if (!r.ok && r.reason === 'not-found') return reply.code(404).send({ error: 'no such user' })
      return reply.redirect(`/admin/users/${req.params.id}?msg=${r.ok ? 'unbanned' : r.reason}`, 303)
    },
  )

  app.post<{ Params: { id: number }; Body: { resetScore?: string } }>(
    '/admin/users/:id/reset',
    { schema: { params: idParams, body: form({ resetScore: 8 }) } },
    async (req, reply) => {
      const resetScore = Boolean(req.body.resetScore)
      const r = await m.resetUser({ userId: req.params.id, actor: actor(req), resetScore })
      if (!r.ok) return reply.code(404).send({ error: 'no such user' })
      return reply.redirect(`/admin/users/${req.params.id}?msg=${resetScore ? 'reset-score' : 'reset'}`, 303)
    },
  )

  // ── sessions & matches ──
  app.get('/admin/sessions', async (req, reply) => {
    const overview = await m.overview()
    return sendPage(reply, sessionsPage({ session: session(req), overview }))
  })

  // ── tips ──
  app.get<{ Querystring: FlashQuery }>(
    '/admin/tips',
    { schema: { querystring: { type: 'object', properties: flashQuery } } },
    async (req, reply) => {
      const tips = await m.listTips()
      return sendPage(
        reply,
        tipsPage({
          session: session(req),
          flash: flashFrom(req.query),
          tips,
          refundAvailable: m.refundAvailable,
        }),
      )
    },
  )

  app.post<{ Params: { id: number } }>(
    '/admin/tips/:id/refund',
    { schema: { params: idParams } },
    async (req, reply) => {
      const r = await m.refundTip({ tipId: req.params.id, actor: actor(req) })
      const q = r.ok
        ? 'msg=refunded'
        : r.reason === 'not-available'
          ? 'msg=refund-not-available'
          : r.reason === 'not-found'
            ? 'msg=tip-not-found'
            : `msg=refund-failed&reason=${encodeURIComponent(r.reason)}`
      return reply.redirect(`/admin/tips?${q}`, 303)
    },
  )

  // ── topics ──
  app.get<{ Querystring: FlashQuery }>(
    '/admin/topics',
    { schema: { querystring: { type: 'object', properties: flashQuery } } },
    async (req, reply) => {
      const topics = await m.listTopics()
      return sendPage(reply, topicsPage({ session: session(req), flash: flashFrom(req.query), topics }))
    },
  )

  type TopicBody = {
    slug?: string
    nameRu?: string
    nameEn?: string
    emoji?: string
    sort?: string
    active?: string
  }
  const topicBody = form({ slug: 40, nameRu: 80, nameEn: 80, emoji: 16, sort: 10, active: 8 })
  const parseSort = (s: string | undefined) =>
    s && /^-?\d{1,9}$/.test(s.trim()) ? Number(s.trim()) : undefined

  app.post<{ Body: TopicBody }>('/admin/topics', { schema: { body: topicBody } }, async (req, reply) => {
    const b = req.body
    const r = await m.addTopic({
      slug: b.slug ?? '',
      nameRu: b.nameRu ?? '',
      nameEn: b.nameEn ?? '',
      emoji: b.emoji,
      sort: parseSort(b.sort),
      actor: actor(req),
    })
    return reply.redirect(`/admin/topics?msg=${r.ok ? 'topic-added' : r.reason}`, 303)
  })

  app.post<{ Params: { id: number }; Body: TopicBody }>(
    '/admin/topics/:id',
    { schema: { params: idParams, body: topicBody } },
    async (req, reply) => {
      const b = req.body
      // The edit form always sends every field; an unchecked "active" checkbox is simply absent.
      const r = await m.updateTopic({
        id: req.params.id,
        nameRu: b.nameRu ?? '',
        nameEn: b.nameEn ?? '',
        emoji: b.emoji ?? '',
        sort: parseSort(b.sort),
        active: Boolean(b.active),
        actor: actor(req),
      })
      return reply.redirect(
        `/admin/topics?msg=${r.ok ? 'topic-saved' : r.reason === 'not-found' ? 'topic-not-found' : r.reason}`,
        303,
      )
    },
  )

  // ── audit ──
  app.get('/admin/audit', async (req, reply) => {
    const entries = await m.listAudit()
    return sendPage(reply, auditPage({ session: session(req), entries }))
  })
}
