import { and, desc, eq } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import { createTestRedis } from '../../../test/helpers/redis.js'
import { createI18n } from '../../bot/i18n.js'
import type { DbHandle } from '../../db/client.js'
import { auditLog, checkins, safetyFlags, users } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { createMetrics } from '../../metrics.js'
import { type CheckinSender, createCheckinService } from '../../modules/checkin/service.js'
import { RecipientGoneError } from '../../modules/messenger.js'
import { createModerationService } from '../../modules/moderation/service.js'
import { insertFlag, insertUser } from '../../modules/moderation/testing.js'
import { createServer } from '../index.js'
import { ADMIN_COOKIE, ADMIN_LANG_COOKIE, adminPlugin } from './admin.js'
import { ADMIN_TEST_TOKEN, form, loginAdmin } from './admin.testkit.js'

const logger = createLogger({ level: 'silent' })
const { translate } = createI18n()
const EN = { [ADMIN_LANG_COOKIE]: 'en' }

type Sent = { telegramId: number; language: string; id: number; note: string | null }

let h: DbHandle
let app: FastifyInstance
let redis: Awaited<ReturnType<typeof createTestRedis>>
const sent: Sent[] = []
/** Telegram ids whose chats refuse messages (the user blocked the bot). */
const gone = new Set<number>()
const metrics = createMetrics({ defaultMetrics: false })

beforeAll(async () => {
  h = await createTestDb()
  redis = await createTestRedis()
  // the Telegram edge, recorded: the service, the routes and Postgres are real
  const send: CheckinSender = async (to, c) => {
    if (gone.has(to.telegramId)) throw new RecipientGoneError('blocked')
    sent.push({ telegramId: to.telegramId, language: to.language, id: c.id, note: c.note })
  }
  const checkin = createCheckinService({ db: h.db, send, metrics, logger })
  app = await createServer({
    logger,
    checks: { db: () => h.ping(), redis: async () => {} },
    webhook: { callback: async () => undefined },
    plugins: [
      adminPlugin({
        moderation: createModerationService({ db: h.db, onUserBanned: async () => {} }),
        translate,
        redis: redis.redis,
        adminToken: ADMIN_TEST_TOKEN,
        checkin,
      }),
    ],
  })
})
afterAll(async () => {
  await app?.close()
  await redis?.close()
  await h?.close()
})

const login = () => loginAdmin(app, { name: 'Mira', cookies: EN })

const flagsPage = async (s: { cookie: string }, status = 'open') =>
  (
    await app.inject({
      method: 'GET',
      url: `/admin/flags?status=${status}`,
      cookies: { [ADMIN_COOKIE]: s.cookie, ...EN },
    })
  ).body

/** The flag's card on the page (from its section to the next one). */
const card = (body: string, flagId: number) => {
  const start = body.indexOf(`id="flag-${flagId}"`)
  expect(start).toBeGreaterThan(-1)
  const end = body.indexOf('<section', start)
  return body.slice(start, end < 0 ? undefined : end)
}

async function crisisUser(language: 'ru' | 'en' = 'en') {
  const userId = await insertUser(h.db, { nickname: `Calm Heron ${Math.random()}`, language })
  const flagId = await insertFlag(h.db, {
    userId,
    kind: 'crisis',
    severity: 'medium',
    reason: 'lexicon:passive',
  })
  const [u] = await h.db.select({ telegramId: users.telegramId }).from(users).where(eq(users.id, userId))
  return { userId, flagId, telegramId: u!.telegramId! }
}

describe('admin check-in on a crisis flag', () => {
  it('when not logged in, then the check-in route is refused (401); without the CSRF token, 403', async () => {
    const { flagId } = await crisisUser()
    const anon = await app.inject({
      method: 'POST',
      url: `/admin/flags/${flagId}/checkin`,
      ...form({ note: 'x' }),
    })
    expect(anon.statusCode).toBe(401)
    const s = await login()
    const forged = await app.inject({
      method: 'POST',
      url: `/admin/flags/${flagId}/checkin`,
      cookies: { [ADMIN_COOKIE]: s.cookie },
      ...form({ _csrf: 'not-the-token', note: 'x' }),
    })
    expect(forged.statusCode).toBe(403)
    expect(sent.filter((x) => x.id > 0 && x.note === 'x')).toEqual([])
  })

  it('when a moderator sends a check-in with a note, then the user gets it in their language, the audit log has it and the card shows it escaped, never the Telegram id', async () => {
    const { flagId, telegramId, userId } = await crisisUser('ru')
    const s = await login()
    expect(card(await flagsPage(s), flagId)).toContain(`action="/admin/flags/${flagId}/checkin"`)
    const res = await app.inject({
      method: 'POST',
      url: `/admin/flags/${flagId}/checkin`,
      cookies: { [ADMIN_COOKIE]: s.cookie, ...EN },
      ...form({ _csrf: s.csrf, note: '  <b>We are here</b> & thinking of you  ' }),
    })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/flags?msg=checkin-sent')
    const mine = sent.filter((x) => x.telegramId === telegramId)
    expect(mine).toEqual([
      { telegramId, language: 'ru', id: expect.any(Number), note: '<b>We are here</b> & thinking of you' },
    ])
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'flag.checkin'), eq(auditLog.targetId, String(flagId))))
    expect(audit).toMatchObject({ actor: 'admin:Mira', targetType: 'safety_flag' })
    expect(audit!.details).toMatchObject({ checkinId: mine[0]!.id })
    const body = card(await flagsPage(s), flagId)
    expect(body).toContain('&lt;b&gt;We are here&lt;/b&gt; &amp; thinking of you')
    expect(body).not.toContain('<b>We are here</b>')
    expect(body).toContain('no answer yet')
    expect(await flagsPage(s)).not.toContain(String(telegramId))
    const [row] = await h.db.select().from(checkins).where(eq(checkins.flagId, flagId))
    expect(row).toMatchObject({ userId, status: 'sent', actor: 'admin:Mira' })
  })

  it('when the note has contact details or is too long, or the flag is not a crisis flag, then nothing is sent', async () => {
    const { flagId, telegramId } = await crisisUser()
    const s = await login()
    const post = (id: number, note: string) =>
      app.inject({
        method: 'POST',
        url: `/admin/flags/${id}/checkin`,
        cookies: { [ADMIN_COOKIE]: s.cookie, ...EN },
        ...form({ _csrf: s.csrf, note }),
      })
    expect((await post(flagId, 'call me on +7 999 123-45-67')).headers.location).toBe(
      '/admin/flags?msg=checkin-note-contact',
    )
    expect((await post(flagId, 'write to t.me/somebody')).headers.location).toBe(
      '/admin/flags?msg=checkin-note-contact',
    )
    expect((await post(flagId, 'я'.repeat(301))).headers.location).toBe(
      '/admin/flags?msg=checkin-note-too-long',
    )
    // over the form's character bound: a 400 from validation, before the service
    expect((await post(flagId, 'x'.repeat(1201))).statusCode).toBe(400)
    const reportFlag = await insertFlag(h.db, { userId: (await crisisUser()).userId, kind: 'report' })
    expect((await post(reportFlag, '')).headers.location).toBe('/admin/flags?msg=checkin-not-crisis')
    expect(card(await flagsPage(s), reportFlag)).not.toContain('/checkin"')
    expect((await post(999_999, '')).headers.location).toBe('/admin/flags?msg=flag-not-found')
    expect(sent.filter((x) => x.telegramId === telegramId)).toEqual([])
    const page = await app.inject({
      method: 'GET',
      url: '/admin/flags?msg=checkin-note-contact',
      cookies: { [ADMIN_COOKIE]: s.cookie, ...EN },
    })
    expect(page.body).toContain('must not contain contact details')
  })

  it('when a check-in is unanswered, then a second one within the hour is refused; an unreachable user is reported', async () => {
    const { flagId } = await crisisUser()
    const s = await login()
    const post = (id: number) =>
      app.inject({
        method: 'POST',
        url: `/admin/flags/${id}/checkin`,
        cookies: { [ADMIN_COOKIE]: s.cookie, ...EN },
        ...form({ _csrf: s.csrf }),
      })
    expect((await post(flagId)).headers.location).toBe('/admin/flags?msg=checkin-sent')
    expect((await post(flagId)).headers.location).toBe('/admin/flags?msg=checkin-already-sent')
    const blocked = await crisisUser()
    gone.add(blocked.telegramId)
    expect((await post(blocked.flagId)).headers.location).toBe('/admin/flags?msg=checkin-unreachable')
    expect(card(await flagsPage(s), blocked.flagId)).toContain('not delivered')
    // a banned user's answers would stop at the ban gate: nothing is sent to them
    const banned = await crisisUser()
    await h.db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, banned.userId))
    expect((await post(banned.flagId)).headers.location).toBe('/admin/flags?msg=checkin-unreachable')
    expect(sent.filter((x) => x.telegramId === banned.telegramId)).toEqual([])
  })

  it('when the user answers "I\'d like to talk" to a closed flag, then the flag reopens at high severity and the card shows the answer', async () => {
    const { flagId, userId } = await crisisUser()
    const s = await login()
    await app.inject({
      method: 'POST',
      url: `/admin/flags/${flagId}/checkin`,
      cookies: { [ADMIN_COOKIE]: s.cookie },
      ...form({ _csrf: s.csrf }),
    })
    await app.inject({
      method: 'POST',
      url: `/admin/flags/${flagId}/close`,
      cookies: { [ADMIN_COOKIE]: s.cookie },
      ...form({ _csrf: s.csrf, outcome: 'resolved' }),
    })
    const [c] = await h.db
      .select()
      .from(checkins)
      .where(eq(checkins.flagId, flagId))
      .orderBy(desc(checkins.id))
    const svc = createCheckinService({ db: h.db, send: async () => {}, metrics, logger })
    // someone else's button: not theirs to answer
    expect(await svc.answer({ checkinId: c!.id, userId: userId + 1, answer: 'ok' })).toEqual({
      ok: false,
      reason: 'not-found',
    })
    expect(await svc.answer({ checkinId: c!.id, userId, answer: 'talk' })).toEqual({
      ok: true,
      answer: 'talk',
    })
    expect(await svc.answer({ checkinId: c!.id, userId, answer: 'ok' })).toEqual({
      ok: false,
      reason: 'already-answered',
    })
    const [f] = await h.db.select().from(safetyFlags).where(eq(safetyFlags.id, flagId))
    expect(f).toMatchObject({ status: 'open', severity: 'high' })
    const body = card(await flagsPage(s), flagId)
    expect(body).toContain('answered “I&#39;d like to talk”')
    expect(body).toContain('data-checkin-status="talk"')
  })
})
