import fastifyCookie from '@fastify/cookie'
import fastifyFormbody from '@fastify/formbody'
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type { Redis } from 'ioredis'
import type { Translate } from '../../bot/i18n.js'
import type { CheckinService } from '../../modules/checkin/service.js'
import { FLAG_STATUSES, type FlagStatus, type ModerationService } from '../../modules/moderation/service.js'
import { truncateText } from '../../modules/text.js'
import type { RedemptionReconcileReport } from '../../modules/tips/redeem-recovery.js'
import {
  auditPage,
  disabledPage,
  flagsPage,
  loginPage,
  notFoundPage,
  type RelayHealth,
  refundConfirmPage,
  sessionsPage,
  tipsPage,
  topicsPage,
  userPage,
  usersPage,
} from '../views/admin.js'
import { type RedemptionListRow, redemptionsPage } from '../views/admin-redemptions.js'
import { ADMIN_LANGUAGES, type AdminLanguage, type Flash, type PageLocale } from '../views/layout.js'
import { type AdminSession, createAdminAuth, createLoginLimiter } from './admin-auth.js'
import { CHECKIN_FLASH, registerCheckinRoutes } from './admin-checkin.js'

export type AdminRoutesOptions = {
  moderation: ModerationService
  /** The bot's Fluent catalogue (locales/<lang>/admin.ftl holds the dashboard's texts). */
  translate: Translate
  /** Logout revocations and login lockouts, shared by every replica and kept across restarts. */
  redis: Pick<Redis, 'exists' | 'set' | 'get' | 'eval' | 'del'>
  /** Unset → every /admin route answers 503 "dashboard disabled". */
  adminToken?: string
  sessionSecret?: string
  sessionTtlSec?: number
  /** Mark the cookie `Secure` (set when the public URL is https). */
  secureCookie?: boolean
  /** Relay outbox backlog, shown on the sessions page (an old pending message means delivery is stuck). */
  relayHealth?: () => Promise<RelayHealth>
  /** Moderator check-ins on crisis flags (#16 §5); unset → no check-in form or route. */
  checkin?: Pick<CheckinService, 'send' | 'forFlags'>
  /** Helpers' redemptions and their reconciliation (issue #16 §1); unset → no /admin/redemptions page. */
  redemptions?: {
    list: () => Promise<RedemptionListRow[]>
    reconcile: () => Promise<RedemptionReconcileReport>
  }
  now?: () => number
}

export const ADMIN_COOKIE = 'tno_admin'
/** The dashboard language (ru by default), chosen with the RU/EN switch and kept for a year. */
export const ADMIN_LANG_COOKIE = 'tno_admin_lang'
const LOGIN = '/admin/login'
const LANG_ROUTE = '/admin/lang/:lang'

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
}

/**
 * Fixed flash messages, selected by code in the redirect URL (no free text is ever reflected); the text
 * is `admin-flash-<code>` in admin.ftl.
 */
const FLASH: Record<string, Flash['kind']> = {
  'flag-resolved': 'ok',
  'flag-dismissed': 'ok',
  'already-closed': 'error',
  'flag-not-found': 'error',
  banned: 'ok',
  'banned-no-hook': 'ok',
  'banned-hook-failed': 'error',
  'already-banned': 'error',
  'reason-required': 'error',
  unbanned: 'ok',
  'not-banned': 'error',
  reset: 'ok',
  'reset-score': 'ok',
  refunded: 'ok',
  'refund-not-available': 'error',
  'refund-failed': 'error',
  'tip-not-found': 'error',
  'topic-added': 'ok',
  'topic-saved': 'ok',
  'invalid-slug': 'error',
  'invalid-name': 'error',
  'slug-taken': 'error',
  'topic-not-found': 'error',
  ...CHECKIN_FLASH,
}

type FlashQuery = { msg?: string; reason?: string }

function flashFrom(q: FlashQuery, t: PageLocale['t']): Flash | null {
  const kind = q.msg ? FLASH[q.msg] : undefined
  if (!kind || !q.msg) return null
  const text = t(`admin-flash-${q.msg}`)
  // A refund failure reason comes from the tips service as a short code; show it only if it is one.
  if (q.msg === 'refund-failed' && q.reason && /^[a-z0-9_-]{1,40}$/.test(q.reason))
    return { kind, text: `${text} (${q.reason})` }
  return { kind, text }
}

/** Only a local dashboard path is a valid place to return to after switching the language. */
function safeBack(back: string | undefined): string {
  return back && /^\/admin(?:[/?][\w\-./?=&%]*)?$/.test(back) && !back.startsWith('//') ? back : '/admin'
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
      ? truncateText(
          raw
            .normalize('NFKC')
            .replace(/[^\p{L}\p{N} ._-]/gu, '')
            .trim(),
          40,
        )
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
  await app.register(fastifyCookie)

  const lang = (req: FastifyRequest): AdminLanguage => {
    const c = req.cookies?.[ADMIN_LANG_COOKIE]
    return ADMIN_LANGUAGES.find((l) => l === c) ?? 'ru'
  }
  const loc = (req: FastifyRequest): PageLocale => {
    const l = lang(req)
    return { lang: l, t: (key, vars) => opts.translate(l, key, vars), path: req.url }
  }

  // The language switch: a plain GET link (no state but the cookie), so it also works before logging in.
  app.get<{ Params: { lang: string }; Querystring: { back?: string } }>(
    LANG_ROUTE,
    {
      schema: {
        params: {
          type: 'object',
          properties: { lang: { type: 'string', enum: [...ADMIN_LANGUAGES] } },
          required: ['lang'],
        },
        querystring: { type: 'object', properties: { back: { type: 'string', maxLength: 300 } } },
      },
    },
    async (req, reply) => {
      reply.setCookie(ADMIN_LANG_COOKIE, req.params.lang, {
        path: '/admin',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secureCookie ?? false,
        maxAge: 365 * 86_400,
      })
      return reply.redirect(safeBack(req.query.back), 303)
    },
  )

  if (!opts.adminToken) {
    // Answered in onRequest, before any body parsing: whatever is posted here, the answer is the same.
    const disabled = async (req: FastifyRequest, reply: FastifyReply) =>
      sendPage(reply, disabledPage(loc(req)), 503)
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
  /** Everything a logged-in page needs; `flash` from the redirect's `?msg=` when given. */
  const page = (req: FastifyRequest, q?: FlashQuery) => {
    const l = loc(req)
    return { ...l, session: session(req), flash: q ? flashFrom(q, l.t) : null }
  }

  await app.register(fastifyFormbody, { bodyLimit: 65_536 })

  app.addHook('onRequest', async (req, reply) => {
    if (req.routeOptions.url === LOGIN || req.routeOptions.url === LANG_ROUTE) return
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
    return sendPage(reply, loginPage(loc(req)))
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
        return sendPage(
          reply,
          loginPage({ ...loc(req), error: loc(req).t('admin-login-locked', { minutes }) }),
          429,
        )
      }
      if (!auth.checkToken(req.body?.token ?? '')) {
        req.log.warn({ ip: req.ip }, 'admin login failed')
        return sendPage(reply, loginPage({ ...loc(req), error: loc(req).t('admin-login-wrong') }), 401)
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
      const checkins = opts.checkin ? await opts.checkin.forFlags(flags.map((f) => f.id)) : undefined
      return sendPage(reply, flagsPage({ ...page(req, req.query), status, flags, checkins }))
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

  if (opts.checkin) registerCheckinRoutes(app, { checkin: opts.checkin, actor })

  // ── users ──
  app.get<{ Querystring: { q?: string; page?: number } }>(
    '/admin/users',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            q: queryText(64),
            page: { type: 'integer', minimum: 1, maximum: 100_000 },
          },
        },
      },
    },
    async (req, reply) => {
      const q = req.query.q?.trim() ?? ''
      const results = q ? await m.searchUsers(q) : null
      const recent = q ? null : await m.listRecentUsers({ page: req.query.page ?? 1 })
      return sendPage(reply, usersPage({ ...page(req), q, results, recent }))
    },
  )

  app.get<{ Params: { id: number }; Querystring: FlashQuery }>(
    '/admin/users/:id',
    { schema: { params: idParams, querystring: { type: 'object', properties: flashQuery } } },
    async (req, reply) => {
      const user = await m.getUserSummary(req.params.id)
      if (!user) return sendPage(reply, notFoundPage(page(req), loc(req).t('admin-user-not-found')), 404)
      return sendPage(reply, userPage({ ...page(req, req.query), user }))
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
    const [overview, relay] = await Promise.all([m.overview(), opts.relayHealth?.()])
    return sendPage(reply, sessionsPage({ ...page(req), overview, relay }))
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
          ...page(req, req.query),
          tips,
          refundAvailable: m.refundAvailable,
        }),
      )
    },
  )

  // ── redemptions: the list and its reconciliation (a Telegram failure still shows the list) ──
  const rd = opts.redemptions
  if (rd)
    app.get('/admin/redemptions', async (req, reply) => {
      const [rows, report] = await Promise.all([
        rd.list(),
        rd.reconcile().catch((err: unknown) => {
          req.log.warn({ err }, 'redemption reconciliation failed')
          return null
        }),
      ])
      return sendPage(reply, redemptionsPage({ ...page(req), rows, report }))
    })

  // A refund is irreversible: the table links to this confirmation page, and only its form refunds.
  app.get<{ Params: { id: number } }>(
    '/admin/tips/:id/refund',
    { schema: { params: idParams } },
    async (req, reply) => {
      const tip = await m.getTip(req.params.id)
      if (!tip) return reply.redirect('/admin/tips?msg=tip-not-found', 303)
      if (!m.refundAvailable) return reply.redirect('/admin/tips?msg=refund-not-available', 303)
      return sendPage(reply, refundConfirmPage({ ...page(req), tip }))
    },
  )

  app.post<{ Params: { id: number }; Body: { confirm?: string } }>(
    '/admin/tips/:id/refund',
    { schema: { params: idParams, body: form({ confirm: 8 }) } },
    async (req, reply) => {
      // Not confirmed (an old form, a stray POST): show the confirmation instead of refunding.
      if (req.body?.confirm !== 'yes') return reply.redirect(`/admin/tips/${req.params.id}/refund`, 303)
      const r = await m.refundTip({ tipId: req.params.id, actor: actor(req) })
      if (r.ok) return reply.redirect('/admin/tips?msg=refunded', 303)
      if (r.reason === 'not-available') return reply.redirect('/admin/tips?msg=refund-not-available', 303)
      if (r.reason === 'not-found') return reply.redirect('/admin/tips?msg=tip-not-found', 303)
      const tip = r.description ? await m.getTip(req.params.id) : null
      // Telegram refused: its own words, escaped, on the confirmation page (never put into a URL).
      if (tip) return sendPage(reply, refundConfirmPage({ ...page(req), tip, error: r.description }), 502)
      return reply.redirect(`/admin/tips?msg=refund-failed&reason=${encodeURIComponent(r.reason)}`, 303)
    },
  )

  // ── topics ──
  app.get<{ Querystring: FlashQuery }>(
    '/admin/topics',
    { schema: { querystring: { type: 'object', properties: flashQuery } } },
    async (req, reply) => {
      const topics = await m.listTopics()
      return sendPage(reply, topicsPage({ ...page(req, req.query), topics }))
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
  /** Names come from textareas (so long ones wrap): a line break typed into one is just a space. */
  const oneLine = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ')
  const parseSort = (s: string | undefined) =>
    s && /^-?\d{1,9}$/.test(s.trim()) ? Number(s.trim()) : undefined

  app.post<{ Body: TopicBody }>('/admin/topics', { schema: { body: topicBody } }, async (req, reply) => {
    const b = req.body
    const r = await m.addTopic({
      slug: b.slug ?? '',
      nameRu: oneLine(b.nameRu),
      nameEn: oneLine(b.nameEn),
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
        nameRu: oneLine(b.nameRu),
        nameEn: oneLine(b.nameEn),
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
    return sendPage(reply, auditPage({ ...page(req), entries }))
  })
}
