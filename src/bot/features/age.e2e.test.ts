import { and, eq, or } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../../../test/helpers/app.js'
import { textOf } from '../../../test/helpers/emulator-driver.js'
import { chatSessions, matches, users } from '../../db/schema/index.js'
import { seedSession } from '../../modules/chat/test-fixtures.js'
import { createI18n } from '../i18n.js'
import {
  AGE_LABELS,
  click,
  onboardViaBot,
  say,
  seedOnboardedUser,
  userByTelegramId,
} from './start.testkit.js'

const WAIT = { timeoutMs: 20_000 }
const { translate } = createI18n()
const ru = (key: string, vars?: Record<string, string | number>) => translate('ru', key, vars)
/** First line of a message (up to 30 characters): recognises it whatever its variables are. */
const head = (key: string, vars?: Record<string, string | number>) =>
  ru(key, vars).split('\n')[0]!.slice(0, 30)

/** Russian crisis lines: the children's helpline (youth) and the MChS line (adults). */
const YOUTH_LINE = '8-800-2000-122'
const ADULT_LINE = '+7 495 989-50-50'
const youthFirst = (text: string) => {
  expect(text).toContain(YOUTH_LINE)
  expect(text.indexOf(YOUTH_LINE)).toBeLessThan(text.indexOf(ADULT_LINE))
}

/** /start through consent; the next message is the age question. */
async function upToAge(h: TestApp, first_name: string) {
  const u = await h.tg.createUser({ first_name, language_code: 'ru' })
  await say(h.tg, u.id, '/start', 'Выберите язык')
  await click(h.tg, u.id, 'Русский')
  await click(h.tg, u.id, 'Понимаю')
  const q = await h.tg.waitForText(u.id, head('age-question'), WAIT)
  expect(q.buttons.map((b) => b.text)).toEqual(['Меньше 13', '13–17', '18 или больше'])
  return u
}

/** An emulator user who wrote /start, then completed in the database (age group as given). */
async function seeded(h: TestApp, first_name: string, opts: Parameters<typeof seedOnboardedUser>[2]) {
  const u = await h.tg.createUser({ first_name, language_code: 'ru' })
  await say(h.tg, u.id, '/start', 'Выберите язык')
  const row = await seedOnboardedUser(h.db.db, u.id, { nickname: `${first_name} Ник`, ...opts })
  return { tg: u, row }
}

const pairMatches = async (h: TestApp, a: number, b: number) =>
  h.db.db
    .select()
    .from(matches)
    .where(
      or(and(eq(matches.userA, a), eq(matches.userB, b)), and(eq(matches.userA, b), eq(matches.userB, a))),
    )

describe('age groups with ALLOW_MINORS off (e2e through the emulator)', () => {
  let h: TestApp
  beforeAll(async () => {
    h = await startTestApp({ env: { RATE_LIMIT_PER_MIN: '10000' } })
  })
  afterAll(async () => {
    await h?.close()
  })

  it('when an adult onboards, then the answer is stored and the wizard goes on to the pseudonym', async () => {
    const u = await h.tg.createUser({ first_name: 'Вера', language_code: 'ru' })
    await onboardViaBot(h.tg, u.id, { topics: ['burnout', 'anxiety'] })
    expect(await userByTelegramId(h.db.db, u.id)).toMatchObject({
      ageGroup: '18_plus',
      onboardingStep: 'done',
    })
    // the consent message had the adult order of lines
    const intro = await h.tg.waitForText(u.id, 'НЕ психотерапия')
    expect(textOf(intro)!.indexOf(ADULT_LINE)).toBeLessThan(textOf(intro)!.indexOf(YOUTH_LINE))
  })

  it('when someone says they are under 13, then they get a kind refusal with youth lines and nothing else works', async () => {
    const u = await upToAge(h, 'Маша')
    await click(h.tg, u.id, 'Меньше 13')
    const refusal = await h.tg.waitForText(u.id, head('age-refused-under-13', { crisis: '' }), WAIT)
    youthFirst(textOf(refusal)!)
    expect(refusal.buttons).toEqual([])
    expect(await userByTelegramId(h.db.db, u.id)).toMatchObject({ ageGroup: 'under_13' })

    for (const cmd of ['/find', '/profile', '/start', 'привет']) {
      const { message_id } = await h.tg.send(u.id, cmd)
      const again = await h.tg.waitForText(u.id, head('age-refused-under-13', { crisis: '' }), {
        ...WAIT,
        afterMessageId: message_id,
      })
      youthFirst(textOf(again)!)
    }
    // no way to re-answer: the question's buttons are gone (it now reads "Age group: under 13")
    const inbox = await h.tg.inbox(u.id)
    expect(inbox.filter((m) => m.buttons.some((b) => b.callback_data?.includes('age')))).toEqual([])
    expect((await userByTelegramId(h.db.db, u.id))?.ageGroup).toBe('under_13')
    // …but they can erase themselves
    await say(h.tg, u.id, '/delete_me', head('profile-delete-ask'))
    await click(h.tg, u.id, ru('profile-delete-confirm'))
    await h.tg.waitForText(u.id, head('profile-delete-done'), WAIT)
    expect(await userByTelegramId(h.db.db, u.id)).toBeUndefined()
  })

  it('when a 13–17-year-old onboards while minors are not served, then they get the refusal with youth lines', async () => {
    const u = await upToAge(h, 'Петя')
    await click(h.tg, u.id, '13–17')
    const refusal = await h.tg.waitForText(u.id, head('age-refused-minors-off', { crisis: '' }), WAIT)
    youthFirst(textOf(refusal)!)
    const { message_id } = await h.tg.send(u.id, '/find')
    await h.tg.waitForText(u.id, head('age-refused-minors-off', { crisis: '' }), {
      ...WAIT,
      afterMessageId: message_id,
    })
    expect(await userByTelegramId(h.db.db, u.id)).toMatchObject({ ageGroup: '13_17' })
  })

  it('when an existing user has no age group, then their next command asks first and works after the answer', async () => {
    const { tg: u, row } = await seeded(h, 'Олег', { topics: ['parenting', 'illness'] })
    await h.db.db.update(users).set({ ageGroup: null }).where(eq(users.id, row.id))
    const asked = await say(h.tg, u.id, '/find', head('age-question-first'))
    expect(textOf(asked)).toContain(ru('age-question').split('\n')[0])
    // a plain message is not lost silently: they are told to resend it
    await say(h.tg, u.id, 'мне тяжело', ru('age-resend'))
    await click(h.tg, u.id, AGE_LABELS.ru['18_plus'])
    await h.tg.waitForText(u.id, ru('age-thanks'), WAIT)
    expect((await userByTelegramId(h.db.db, u.id))?.ageGroup).toBe('18_plus')
    await say(h.tg, u.id, '/find', head('match-waiting', { hours: 24 }))
    await say(h.tg, u.id, '/cancel', head('match-cancelled-queue'))
  })
  it('when a user the gate stops blocks the bot mid-chat, then the block still ends the chat for the partner', async () => {
    const a = await seeded(h, 'Глеб', { topics: ['breakup', 'loss'] })
    const b = await seeded(h, 'Денис', { topics: ['breakup', 'loss'] })
    const { sessionId } = await seedSession(h.db.db, a.row.id, b.row.id)
    await h.db.db.update(users).set({ ageGroup: null }).where(eq(users.id, a.row.id))
    await h.tg.block(a.tg.id)
    await h.tg.waitForText(b.tg.id, head('chat-ended-partner-left'), WAIT)
    const [s] = await h.db.db.select().from(chatSessions).where(eq(chatSessions.id, sessionId))
    expect(s).toMatchObject({ status: 'ended', endReason: 'blocked_bot' })
  })
})

describe('age groups with ALLOW_MINORS on (e2e through the emulator)', () => {
  let h: TestApp
  beforeAll(async () => {
    h = await startTestApp({
      env: { RATE_LIMIT_PER_MIN: '10000', ALLOW_MINORS: 'true', MATCH_SWEEP_INTERVAL_MS: '50' },
    })
  })
  afterAll(async () => {
    await h?.close()
  })

  it('when a 13–17-year-old onboards, then they see the youth lines first and finish the wizard', async () => {
    const u = await h.tg.createUser({ first_name: 'Лиза', language_code: 'ru' })
    await onboardViaBot(h.tg, u.id, { age: '13_17', topics: ['loneliness', 'relocation'] })
    const welcome = await h.tg.waitForText(u.id, head('age-teen-welcome', { crisis: '' }), WAIT)
    youthFirst(textOf(welcome)!)
    expect(await userByTelegramId(h.db.db, u.id)).toMatchObject({ ageGroup: '13_17', onboardingStep: 'done' })
  })

  it('when a 13–17 and an 18+ user are the only two waiting, then they are never proposed to each other', async () => {
    const topics = ['family_conflict', 'caregiving']
    const teen = await seeded(h, 'Коля', { age: '13_17', topics })
    const adult = await seeded(h, 'Игорь', { age: '18_plus', topics })
    await say(h.tg, teen.tg.id, '/find', head('match-waiting', { hours: 24 }))
    await say(h.tg, adult.tg.id, '/find', head('match-waiting', { hours: 24 }))
    // a second teen arrives: the worker (handling entries in order) pairs the teens and leaves the adult waiting
    const teen2 = await seeded(h, 'Даша', { age: '13_17', topics })
    await h.tg.send(teen2.tg.id, '/find')
    const proposal = await h.tg.waitFor(
      teen2.tg.id,
      (m) => m.buttons.some((b) => b.callback_data?.startsWith('match:acc:')),
      WAIT,
    )
    expect(textOf(proposal)).toContain('Коля Ник')
    expect(await pairMatches(h, teen.row.id, adult.row.id)).toEqual([])
    expect(await pairMatches(h, teen2.row.id, adult.row.id)).toEqual([])
    const toAdult = (await h.tg.inbox(adult.tg.id)).filter((m) =>
      m.buttons.some((b) => b.callback_data?.startsWith('match:')),
    )
    expect(toAdult).toEqual([])
    await say(h.tg, adult.tg.id, '/cancel', head('match-cancelled-queue'))
  })

  it('when an adult says mid-chat they are 13–17, then the chat ends and the partner gets the neutral notice', async () => {
    const a = await seeded(h, 'Антон', { topics: ['addiction_recovery', 'loss'] })
    const b = await seeded(h, 'Борис', { topics: ['addiction_recovery', 'loss'] })
    const { sessionId } = await seedSession(h.db.db, a.row.id, b.row.id)
    await say(h.tg, a.tg.id, '/profile', '👤')
    await click(h.tg, a.tg.id, ru('age-profile-button'))
    await h.tg.waitForText(a.tg.id, ru('age-profile-ask', { group: ru('age-group-18_plus') }), WAIT)
    // "back" returns to the profile card without changing anything
    await click(h.tg, a.tg.id, ru('profile-back'))
    await h.tg.waitForText(a.tg.id, '👤', WAIT)
    await click(h.tg, a.tg.id, ru('age-profile-button'))
    await h.tg.waitForText(a.tg.id, ru('age-profile-ask', { group: ru('age-group-18_plus') }), WAIT)
    await click(h.tg, a.tg.id, AGE_LABELS.ru['13_17'])
    await h.tg.waitForText(a.tg.id, ru('age-chat-left'), WAIT)
    youthFirst(textOf(await h.tg.waitForText(a.tg.id, head('age-teen-welcome', { crisis: '' }), WAIT))!)
    const notice = await h.tg.waitForText(b.tg.id, head('chat-ended-partner-left'), WAIT)
    expect(textOf(notice)).not.toMatch(/возраст|13|лет/i)
    const [s] = await h.db.db.select().from(chatSessions).where(eq(chatSessions.id, sessionId))
    expect(s).toMatchObject({ status: 'ended', endReason: 'age', endedBy: a.row.id })
  })

  // keep last: restarts the app with minors no longer served
  it('when the operator turns ALLOW_MINORS off, then a 13–17 user in a chat is refused and the chat ends neutrally', async () => {
    const a = await seeded(h, 'Ника', { age: '13_17', topics: ['illness', 'parenting'] })
    const b = await seeded(h, 'Соня', { age: '13_17', topics: ['illness', 'parenting'] })
    const { sessionId } = await seedSession(h.db.db, a.row.id, b.row.id)
    await h.restart({ ALLOW_MINORS: 'false' })
    const { message_id } = await h.tg.send(a.tg.id, 'привет')
    await h.tg.waitForText(a.tg.id, head('age-refused-minors-off', { crisis: '' }), {
      ...WAIT,
      afterMessageId: message_id,
    })
    await h.tg.waitForText(b.tg.id, head('chat-ended-partner-left'), WAIT)
    const [s] = await h.db.db.select().from(chatSessions).where(eq(chatSessions.id, sessionId))
    expect(s).toMatchObject({ status: 'ended', endReason: 'age' })
    // the message was not relayed
    expect((await h.tg.inbox(b.tg.id)).some((m) => textOf(m)?.includes('привет'))).toBe(false)
  })
})
