import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { textOf } from '../../../test/helpers/emulator-driver.js'
import { users } from '../../db/schema/index.js'
import { say, seedOnboardedUser } from '../features/start.testkit.js'

const LIMIT = 5

const h = testAppPerFile({ env: { RATE_LIMIT_PER_MIN: String(LIMIT) } })

describe('banned gate', () => {
  it('when a banned user writes, presses or runs commands, then they only get the ban notice', async () => {
    const tg = h.tg
    const u = await tg.createUser({ first_name: 'Vlad', language_code: 'ru' })
    const row = await seedOnboardedUser(h.db.db, u.id)
    const card = await say(tg, u.id, '/profile', 'Ваш профиль')
    await h.db.db.update(users).set({ bannedAt: new Date(), banReason: 'spam' }).where(eq(users.id, row.id))

    const notice = 'Ваш доступ к боту заблокирован модератором'
    await say(tg, u.id, '/start', notice)
    await say(tg, u.id, 'привет', notice)
    await say(tg, u.id, '/help', notice)
    const press = await tg.press(u.id, card.message_id, 'pf:lang')
    const answer = await tg.callbackAnswer(u.id, press.callback_query_id)
    expect(answer).toMatchObject({ show_alert: true })
    expect(answer.text).toContain(notice)
    await tg.idle()

    const after = (await tg.inbox(u.id)).filter((m) => m.message_id > card.message_id)
    expect(after).toHaveLength(3)
    for (const m of after) expect(textOf(m)).toContain(notice)
    // the card was not turned into the language picker
    expect(textOf((await tg.inbox(u.id)).find((m) => m.message_id === card.message_id)!)).toContain(
      'Ваш профиль',
    )
  })

  it('when the ban is in English, then the notice is in English', async () => {
    const u = await h.tg.createUser({ first_name: 'Ann', language_code: 'en' })
    await seedOnboardedUser(h.db.db, u.id, { lang: 'en' })
    await h.db.db.update(users).set({ bannedAt: new Date() }).where(eq(users.telegramId, u.id))
    await say(h.tg, u.id, '/profile', 'blocked by a moderator')
  })
})

describe('rate limit', () => {
  it('when a user floods the bot, then the excess is dropped with one polite notice per window', async () => {
    const tg = h.tg
    const u = await tg.createUser({ first_name: 'Spammy', language_code: 'en' })
    await seedOnboardedUser(h.db.db, u.id, { lang: 'en' })
    for (let i = 0; i < LIMIT + 4; i++) await tg.send(u.id, '/help')
    await tg.idle()

    const inbox = await tg.inbox(u.id)
    const helps = inbox.filter((m) => textOf(m)?.includes('Commands:'))
    const notices = inbox.filter((m) => textOf(m)?.includes('You are sending messages too fast'))
    expect(helps).toHaveLength(LIMIT)
    expect(notices).toHaveLength(1)
    expect(inbox).toHaveLength(LIMIT + 1)

    // the counter lives in Redis with the window as its expiry
    const ttl = await h.redis.redis.pttl(`ratelimit:${u.id}`)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(60_000)
    const metrics = await h.app.metrics.registry.getSingleMetricAsString('tno_rate_limited_total')
    expect(metrics).toMatch(/tno_rate_limited_total 1$/m)

    // other users are not affected
    const other = await tg.createUser({ first_name: 'Calm', language_code: 'en' })
    await say(tg, other.id, '/help', 'Commands:')
  })
})
