import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { textOf } from '../../../test/helpers/emulator-driver.js'
import { auditLog, safetyFlags } from '../../db/schema/index.js'
import { ADMIN_COOKIE, ADMIN_LANG_COOKIE } from '../../http/routes/admin.js'
import { seedUser } from '../../modules/chat/test-fixtures.js'
import { insertFlag } from '../../modules/moderation/testing.js'

const WAIT = { timeoutMs: 20_000 }
const ADMIN_TOKEN = 'checkin-e2e-admin-token-0123456789'

describe('moderator check-in (e2e)', () => {
  const h = testAppPerFile({ env: { ADMIN_TOKEN, RATE_LIMIT_PER_MIN: '10000' } })

  const form = (fields: Record<string, string>) => ({
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  })

  async function moderator() {
    const server = h.app.server
    const login = await server.inject({
      method: 'POST',
      url: '/admin/login',
      ...form({ token: ADMIN_TOKEN, name: 'Mod' }),
    })
    const cookie = login.cookies.find((c) => c.name === ADMIN_COOKIE)!.value
    const cookies = { [ADMIN_COOKIE]: cookie, [ADMIN_LANG_COOKIE]: 'en' }
    const page = async () => (await server.inject({ method: 'GET', url: '/admin/flags', cookies })).body
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page())![1]!
    const checkin = (flagId: number, note = '') =>
      server.inject({
        method: 'POST',
        url: `/admin/flags/${flagId}/checkin`,
        cookies,
        ...form({ _csrf: csrf, note }),
      })
    return { page, checkin }
  }

  /** A Telegram user who started the bot, with an onboarded row and an open crisis flag about them. */
  async function flagged(lang: 'ru' | 'en') {
    const tg = await h.tg.createUser({
      first_name: `Vera${lang}`,
      username: `vera_${lang}_real`,
      language_code: lang,
    })
    const userId = await seedUser(h.db.db, {
      telegramId: tg.id,
      nickname: `Still Lake ${lang}`,
      language: lang,
    })
    await h.tg.send(tg.id, '/help')
    await h.tg.waitForCount(tg.id, 1, WAIT)
    const flagId = await insertFlag(h.db.db, {
      userId,
      kind: 'crisis',
      severity: 'medium',
      reason: 'lexicon:passive',
    })
    return { tg, userId, flagId }
  }

  it('when a moderator checks in and the user answers "I\'d like to talk", then the user gets lines, the flag rises and the card shows the answer', async () => {
    const u = await flagged('en')
    const mod = await moderator()
    const res = await mod.checkin(u.flagId, 'Thinking of you <3')
    expect(res.headers.location).toBe('/admin/flags?msg=checkin-sent')
    const msg = await h.tg.waitForText(u.tg.id, "this is the “You're Not Alone” team", WAIT)
    expect(textOf(msg)).toContain('A note from the team: Thinking of you <3')
    expect(msg.buttons.map((b) => b.text)).toEqual(["I'm OK", "I'd like to talk"])
    // sent as plain text: the note cannot become markup
    const [call] = (await h.tg.calls({ method: 'sendMessage', chatId: u.tg.id })).slice(-1)
    expect(call!.params.parse_mode).toBeUndefined()

    await h.tg.pressButton(u.tg.id, "I'd like to talk", WAIT)
    const reply = textOf(await h.tg.waitForText(u.tg.id, 'The team has been told', WAIT))!
    expect(reply).toContain('local emergency number')
    const [f] = await h.db.db.select().from(safetyFlags).where(eq(safetyFlags.id, u.flagId))
    expect(f).toMatchObject({ status: 'open', severity: 'high' })
    const page = await mod.page()
    expect(page).toContain('data-checkin-status="talk"')
    // the dashboard never shows who they are on Telegram
    expect(page).not.toContain(u.tg.first_name)
    expect(page).not.toContain(String(u.tg.id))
    const audit = await h.db.db.select().from(auditLog).where(eq(auditLog.action, 'flag.checkin'))
    expect(audit.some((a) => a.targetId === String(u.flagId) && a.actor === 'admin:Mod')).toBe(true)
    // answered once: the buttons are gone from the message, and a replayed tap (old client) is refused
    const after = (await h.tg.inbox(u.tg.id)).find((m) => m.message_id === msg.message_id)!
    expect(after.buttons).toEqual([])
    await expect(h.tg.press(u.tg.id, msg.message_id, msg.buttons[0]!.callback_data!)).rejects.toThrow()
    const svc = h.app.services.checkin
    const checkinId = Number(msg.buttons[0]!.callback_data!.split(':')[2])
    expect(await svc.answer({ checkinId, userId: u.userId, answer: 'ok' })).toEqual({
      ok: false,
      reason: 'already-answered',
    })
    expect((await h.db.db.select().from(safetyFlags).where(eq(safetyFlags.id, u.flagId)))[0]!.severity).toBe(
      'high',
    )
    const metric = await h.app.metrics.registry.getSingleMetricAsString('tno_checkins_total')
    expect(metric).toMatch(/event="answered_talk"\} 1/)
  })

  it('when a Russian-speaking user answers "I\'m OK", then the message was in Russian and the flag keeps its severity', async () => {
    const u = await flagged('ru')
    const mod = await moderator()
    await mod.checkin(u.flagId)
    const msg = await h.tg.waitForText(u.tg.id, 'это команда «Ты не один»', WAIT)
    expect(textOf(msg)).not.toContain('Несколько слов от команды')
    await h.tg.pressButton(u.tg.id, 'Я в порядке', WAIT)
    await h.tg.waitForText(u.tg.id, 'Спасибо, что ответили', WAIT)
    const [f] = await h.db.db.select().from(safetyFlags).where(eq(safetyFlags.id, u.flagId))
    expect(f).toMatchObject({ status: 'open', severity: 'medium' })
    expect(await mod.page()).toContain('answered “I&#39;m OK”')
  })
})
