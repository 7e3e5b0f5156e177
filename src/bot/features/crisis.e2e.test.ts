import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import type { MessageView, UserView } from '../../../test/helpers/emulator-driver.js'
import { safetyFlags, users } from '../../db/schema/index.js'
import { ADMIN_COOKIE } from '../../http/routes/admin.js'
import { seedSession } from '../../modules/chat/test-fixtures.js'
import { CRISIS_SEVERITY, type CrisisCategory, type CrisisResult } from '../../modules/safety/crisis-types.js'
import { detectCrisis } from '../../modules/safety/lexicon.js'
import { click, say } from './start.testkit.js'

const WAIT = { timeoutMs: 20_000 }
const ADMIN_TOKEN = 'crisis-e2e-admin-token-0123456789'

/**
 * Today's lexicon only knows suicidal and self-harm phrases; these scripted lines stand for what the v2
 * detector will classify as imminent danger or a third person at risk. Everything else goes to the lexicon.
 */
const SCRIPTED: Record<string, CrisisCategory[]> = {
  'таблетки уже на столе, сегодня ночью всё закончится': ['imminent', 'intent'],
  'my little brother keeps saying he wants to die and I do not know what to do': ['third_party'],
}
function scriptedDetector(text: string): CrisisResult {
  const categories = SCRIPTED[text]
  if (!categories) return detectCrisis(text)
  const category = categories[0]!
  return {
    hit: true,
    category,
    categories,
    severity: CRISIS_SEVERITY[category],
    lang: 'ru',
    term: 'scripted',
    source: 'lexicon',
  }
}

const textOf = (m: MessageView | undefined) => m?.text ?? ''

describe('crisis response (e2e)', () => {
  let n = 0
  const h = testAppPerFile({
    env: { RATE_LIMIT_PER_MIN: '10000', AI_HINT_COOLDOWN_SEC: '0', ADMIN_TOKEN },
    detectCrisis: scriptedDetector,
  })

  type Side = { lang: 'ru' | 'en'; timezone: string | null }
  /** Two users in an active chat; each wrote to the bot once (the emulator only delivers to such users). */
  async function pair(a: Side, b: Side) {
    n++
    const ua = await h.tg.createUser({ first_name: `Ada${n}`, language_code: a.lang })
    const ub = await h.tg.createUser({ first_name: `Ben${n}`, language_code: b.lang })
    const s = await seedSession(
      h.db.db,
      { telegramId: ua.id, nickname: `Тихий Лис ${n}`, language: a.lang },
      { telegramId: ub.id, nickname: `Ясный Ёж ${n}`, language: b.lang },
    )
    await h.db.db.update(users).set({ timezone: a.timezone }).where(eq(users.id, s.userA))
    await h.db.db.update(users).set({ timezone: b.timezone }).where(eq(users.id, s.userB))
    for (const u of [ua, ub]) {
      await h.tg.send(u.id, '/help')
      await h.tg.waitForCount(u.id, 1, WAIT)
    }
    return { a: ua, b: ub, ...s }
  }

  /** Everything the bot sent this user after the /help answer (the crisis notices and relayed copies). */
  async function since(u: UserView, from: number) {
    await h.tg.idle()
    await h.app.services.outbox.idle()
    return (await h.tg.inbox(u.id)).slice(from)
  }

  const crisisFlags = (sessionId: number) =>
    h.db.db
      .select()
      .from(safetyFlags)
      .where(and(eq(safetyFlags.sessionId, sessionId), eq(safetyFlags.kind, 'crisis')))

  it('when users in Berlin, Moscow and New York write a crisis message, then each gets their own country’s lines', async () => {
    const berlin = await pair(
      { lang: 'ru', timezone: 'Europe/Berlin' },
      { lang: 'ru', timezone: 'Europe/Moscow' },
    )
    await h.tg.send(berlin.a.id, 'я больше не хочу жить')
    const de = await h.tg.waitForText(berlin.a.id, 'Похоже, сейчас вам очень больно', WAIT)
    expect(textOf(de)).toContain('0800 111 0 111')
    expect(textOf(de)).toContain('116 111')
    expect(textOf(de)).toContain('112 — если жизнь в опасности')
    expect(textOf(de)).not.toContain('8-800-2000-122')
    // the partner in Moscow forwards lines that work for them, and learns nothing of the writer's country
    const guidance = await h.tg.waitForText(berlin.b.id, 'Кажется, собеседнику сейчас очень тяжело', WAIT)
    expect(textOf(guidance)).toContain('+7 495 989-50-50')
    expect(textOf(guidance)).not.toContain('0800 111 0 111')

    const moscow = await pair(
      { lang: 'ru', timezone: 'Europe/Moscow' },
      { lang: 'ru', timezone: 'Europe/Moscow' },
    )
    await h.tg.send(moscow.a.id, 'хочу умереть')
    const ru = textOf(await h.tg.waitForText(moscow.a.id, 'Похоже, сейчас вам очень больно', WAIT))
    // an adult national line first; the children & teens line is still there, after it
    expect(ru.indexOf('+7 495 989-50-50')).toBeGreaterThan(-1)
    expect(ru.indexOf('+7 495 989-50-50')).toBeLessThan(ru.indexOf('8-800-2000-122'))
    expect(ru).toContain('051')

    const ny = await pair(
      { lang: 'en', timezone: 'America/New_York' },
      { lang: 'en', timezone: 'America/New_York' },
    )
    await h.tg.send(ny.a.id, 'I want to die')
    const us = textOf(await h.tg.waitForText(ny.a.id, "you're in a lot of pain", WAIT))
    expect(us).toContain('988')
    expect(us).toContain('911 — if a life is in danger')
    expect(us).not.toContain('8-800-2000-122')
  })

  it('when a user picks a country in /profile, then their crisis replies carry that country’s lines whatever the zone', async () => {
    const s = await pair({ lang: 'ru', timezone: 'Europe/Moscow' }, { lang: 'ru', timezone: 'Europe/Moscow' })
    await say(h.tg, s.a.id, '/profile', 'Телефоны помощи: Россия (по часовому поясу)')
    await click(h.tg, s.a.id, 'Телефоны помощи: страна')
    await h.tg.waitForText(s.a.id, 'Телефоны помощи какой страны вам показывать')
    await click(h.tg, s.a.id, 'Германия')
    await h.tg.waitForText(s.a.id, 'Телефоны помощи: Германия')
    const [row] = await h.db.db.select().from(users).where(eq(users.id, s.userA))
    expect(row?.crisisCountry).toBe('de')

    await h.tg.send(s.a.id, 'я больше не хочу жить')
    const reply = textOf(await h.tg.waitForText(s.a.id, 'Похоже, сейчас вам очень больно', WAIT))
    expect(reply).toContain('0800 111 0 111')
    expect(reply).not.toContain('+7 495 989-50-50')
    // /help follows the choice too; "from my time zone" undoes it
    const help = textOf(await say(h.tg, s.a.id, '/help', 'Команды:'))
    expect(help).toContain('0800 111 0 111')
    await say(h.tg, s.a.id, '/profile', 'Телефоны помощи: Германия')
    await click(h.tg, s.a.id, 'Телефоны помощи: страна')
    await h.tg.waitForText(s.a.id, 'Телефоны помощи какой страны вам показывать')
    await click(h.tg, s.a.id, 'По часовому поясу')
    await h.tg.waitForText(s.a.id, 'Телефоны помощи: Россия (по часовому поясу)')
    const [after] = await h.db.db.select().from(users).where(eq(users.id, s.userA))
    expect(after?.crisisCountry).toBeNull()
  })

  it('when someone writes about cutting themselves, then they get lines plus harm-reduction wording', async () => {
    const s = await pair({ lang: 'ru', timezone: 'Europe/Moscow' }, { lang: 'ru', timezone: 'Europe/Moscow' })
    await h.tg.send(s.a.id, 'я опять режу себя по ночам')
    const reply = textOf(await h.tg.waitForText(s.a.id, 'Желание навредить себе', WAIT))
    expect(reply).toContain('+7 495 989-50-50')
    expect(reply).toContain('промойте рану')
    expect(reply).toContain('звоните 112')
    await h.tg.waitForText(s.b.id, 'Кажется, собеседнику сейчас очень тяжело', WAIT)
    // the flag is written after the outbox commit: wait until the update is answered
    await h.tg.idle()
    const [flag] = await crisisFlags(s.sessionId)
    expect(flag).toMatchObject({
      userId: s.userA,
      severity: 'high',
      reason: expect.stringMatching(/:self_harm$/),
    })
  })

  it('when someone worries about a third person, then they get guidance on helping them and the partner no crisis notice', async () => {
    const s = await pair({ lang: 'en', timezone: 'Europe/London' }, { lang: 'en', timezone: 'Europe/London' })
    const bFrom = (await h.tg.inbox(s.b.id)).length
    await h.tg.send(s.a.id, 'my little brother keeps saying he wants to die and I do not know what to do')
    const reply = textOf(await h.tg.waitForText(s.a.id, 'worried about someone else', WAIT))
    expect(reply).toContain('Ask them directly')
    expect(reply).toContain('116 123')
    expect(reply).toContain('999')
    expect(reply).not.toContain("you're in a lot of pain")
    await h.tg.waitForText(s.b.id, 'my little brother', WAIT)
    const partnerGot = await since(s.b, bFrom)
    expect(partnerGot.map((m) => m.text ?? '').join('\n')).not.toContain('going through something very hard')
    await h.tg.idle()
    const [flag] = await crisisFlags(s.sessionId)
    expect(flag).toMatchObject({ userId: s.userA, severity: 'medium', reason: 'lexicon:third_party' })
  })

  it('when a message shows imminent danger, then the emergency number comes first and the flag is critical at the top of /admin flags', async () => {
    // an older high flag from another chat is already waiting in the queue
    const older = await pair(
      { lang: 'ru', timezone: 'Europe/Moscow' },
      { lang: 'ru', timezone: 'Europe/Moscow' },
    )
    await h.tg.send(older.a.id, 'не хочу жить')
    await h.tg.waitForText(older.a.id, 'Похоже, сейчас вам очень больно', WAIT)

    const s = await pair({ lang: 'ru', timezone: 'Europe/Moscow' }, { lang: 'ru', timezone: 'Europe/Moscow' })
    // first a high-severity message, then imminent danger: the one open flag is raised to critical
    await h.tg.send(s.a.id, 'хочу умереть')
    await h.tg.waitForText(s.a.id, 'Похоже, сейчас вам очень больно', WAIT)
    await h.tg.idle()
    expect((await crisisFlags(s.sessionId))[0]).toMatchObject({ severity: 'high' })
    await h.tg.send(s.a.id, 'таблетки уже на столе, сегодня ночью всё закончится')
    const urgent = textOf(await h.tg.waitForText(s.a.id, 'в безопасности прямо сейчас', WAIT))
    expect(urgent).toContain('позвоните 112 сейчас')
    expect(urgent.indexOf('112')).toBeLessThan(urgent.indexOf('+7 495 989-50-50'))
    await h.tg.idle()
    const flags = await crisisFlags(s.sessionId)
    expect(flags).toHaveLength(1)
    expect(flags[0]).toMatchObject({ userId: s.userA, severity: 'critical', reason: 'lexicon:imminent' })
    const olderFlag = (await crisisFlags(older.sessionId))[0]!
    expect(olderFlag.createdAt.getTime()).toBeLessThanOrEqual(flags[0]!.createdAt.getTime())

    // the moderator's queue: the critical flag first although the other one is older
    const server = h.app.server
    const login = await server.inject({
      method: 'POST',
      url: '/admin/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ token: ADMIN_TOKEN, name: 'Mod' }).toString(),
    })
    const cookie = login.cookies.find((c) => c.name === ADMIN_COOKIE)
    expect(cookie).toBeDefined()
    const page = await server.inject({
      method: 'GET',
      url: '/admin/flags',
      cookies: { [ADMIN_COOKIE]: cookie!.value },
    })
    expect(page.statusCode).toBe(200)
    // the dashboard speaks Russian by default: «Флаг №<id>»
    const at = (id: number) => page.body.indexOf(`Флаг №${id}<`)
    expect(at(flags[0]!.id)).toBeGreaterThan(-1)
    expect(at(olderFlag.id)).toBeGreaterThan(-1)
    expect(at(flags[0]!.id)).toBeLessThan(at(olderFlag.id))
    // nothing of what was written reaches the dashboard as raw identity
    expect(page.body).not.toContain(s.a.first_name)
  })

  it('when the one asking for a hint is the one in crisis, then the hint speaks to them with their lines', async () => {
    const s = await pair({ lang: 'ru', timezone: 'Europe/Berlin' }, { lang: 'ru', timezone: 'Europe/Moscow' })
    await h.tg.send(s.a.id, 'я больше не хочу жить')
    await h.tg.waitForText(s.a.id, 'Похоже, сейчас вам очень больно', WAIT)
    await h.tg.waitForText(s.b.id, 'не хочу жить', WAIT)

    await h.tg.send(s.a.id, '/hint')
    const own = textOf(await h.tg.waitForText(s.a.id, 'Сейчас — о вас', WAIT))
    expect(own).toContain('Вы тоже заслуживаете поддержки')
    expect(own).toContain('Чтобы стало чуть спокойнее')
    expect(own).toContain('0800 111 0 111')
    // not advice for supporting someone else
    expect(own).not.toContain('Кажется, собеседнику')
    expect(own).not.toContain('Подсказки для разговора')

    // the partner asking gets the supporter's hints and guidance with their own country's lines
    await h.tg.send(s.b.id, '/hint')
    const partner = textOf(await h.tg.waitForText(s.b.id, 'Подсказки для разговора', WAIT))
    expect(partner).toContain('Кажется, собеседнику сейчас очень тяжело')
    expect(partner).toContain('+7 495 989-50-50')
    expect(partner).not.toContain('Сейчас — о вас')
  })
})
