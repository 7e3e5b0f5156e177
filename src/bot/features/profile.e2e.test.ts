import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { textOf } from '../../../test/helpers/emulator-driver.js'
import { chatSessions, ledgerEntries, matches, users } from '../../db/schema/index.js'
import {
  click,
  onboardViaBot,
  say,
  seedOnboardedUser,
  topicSlugsOf,
  userById,
  userByTelegramId,
} from './start.testkit.js'

const h = testAppPerFile({ env: { RATE_LIMIT_PER_MIN: '1000' } })

const userRow = (telegramId: number) => userByTelegramId(h.db.db, telegramId)
const rowById = (id: number) => userById(h.db.db, id)
const topicSlugs = (userId: number) => topicSlugsOf(h.db.db, userId)

describe('/profile', () => {
  it('when a user edits every part of the profile, then the card and the database follow', async () => {
    const tg = h.tg
    const u = await tg.createUser({ first_name: 'Mary', username: 'mary_q', language_code: 'en' })
    await onboardViaBot(tg, u.id, { lang: 'en', topics: ['burnout', 'anxiety'], offset: '+3' })
    const start = await userRow(u.id)

    const cardMsg = await say(tg, u.id, '/profile', 'Your profile')
    const card = textOf(cardMsg) ?? ''
    expect(card).toContain(`Pseudonym: ${start?.nickname}`)
    expect(card).toContain('Language: English')
    expect(card).toContain('Topics: 🔥 Burnout, 🌀 Anxiety')
    expect(card).toContain('Time zone: UTC+03:00')
    expect(card).toContain('Availability: Weekdays, evening (18–23)')
    expect(card).toContain('About me: —')
    expect(card).toContain('Status: open to new conversations')
    const sameCard = (re: RegExp) =>
      tg.waitFor(u.id, (m) => m.message_id === cardMsg.message_id && re.test(textOf(m) ?? ''))

    // pseudonym: regenerate, then an own one (validated)
    await click(tg, u.id, 'Pseudonym')
    await click(tg, u.id, 'Another')
    const regenerated = (await userRow(u.id))?.nickname
    expect(regenerated).not.toBe(start?.nickname)
    await sameCard(new RegExp(`Your pseudonym: ${regenerated}`))
    await click(tg, u.id, 'My own')
    await tg.waitForText(u.id, 'Send your new pseudonym')
    await say(tg, u.id, 'mary_q', 'must not be your Telegram name')
    await say(tg, u.id, 'call +44 20 7946 0958', 'I found a phone number')
    await say(tg, u.id, 'Night Owl', 'Saved ✅')
    expect((await userRow(u.id))?.nickname).toBe('Night Owl')

    // topics: below two is refused, then a swap
    const card2 = await tg.waitForText(u.id, 'Pseudonym: Night Owl')
    await click(tg, u.id, 'Topics')
    await tg.waitFor(
      u.id,
      (m) => m.message_id === card2.message_id && /Pick at least 2 topics/.test(textOf(m) ?? ''),
    )
    await click(tg, u.id, '✅ 🌀 Anxiety')
    const few = await click(tg, u.id, 'Done')
    expect(few.text).toBe('Please pick at least 2 topics (selected now: 1).')
    await click(tg, u.id, 'Loneliness')
    await click(tg, u.id, 'Done')
    await tg.waitFor(
      u.id,
      (m) => m.message_id === card2.message_id && /Topics: 🔥 Burnout, 🌙 Loneliness/.test(textOf(m) ?? ''),
    )
    expect(await topicSlugs(start!.id)).toEqual(['burnout', 'loneliness'])

    // time zone: a bad offset, then a typed one, then a city
    await click(tg, u.id, 'Time zone')
    await say(tg, u.id, '+14:30', 'between −12 and +14 hours')
    await say(tg, u.id, '-4', 'Time zone: UTC-04:00')
    expect(await userRow(u.id)).toMatchObject({ timezone: 'Etc/GMT+4', utcOffsetMinutes: -240 })
    await click(tg, u.id, 'Time zone')
    await click(tg, u.id, 'Moscow (UTC+3)')
    await tg.waitForText(u.id, 'Time zone: Moscow (UTC+3)')
    expect(await userRow(u.id)).toMatchObject({ timezone: 'Europe/Moscow', utcOffsetMinutes: 180 })

    // availability: emptied is refused, then changed
    await click(tg, u.id, 'Availability')
    await click(tg, u.id, '✅ Weekdays, evening')
    const none = await click(tg, u.id, 'Done')
    expect(none.text).toBe('Please tick at least one time slot.')
    await click(tg, u.id, 'Weekends, morning')
    await click(tg, u.id, 'Night')
    await click(tg, u.id, 'Done')
    await tg.waitForText(u.id, 'Availability: Weekends, morning (7–12), Night (23–7)')
    expect((await userRow(u.id))?.availability).toEqual(['weekend_morning', 'night'])

    // bio: contacts refused, saved, then removed
    await click(tg, u.id, 'About me')
    const bioEditor = await tg.waitForText(u.id, 'About me now: —')
    expect(bioEditor.text).toContain(
      'Your chat partner sees this in the suggestion and at the start of the chat.',
    )
    await say(tg, u.id, 'write to mary@example.com', 'I found an email address')
    await say(tg, u.id, 'ping @mary_q', 'I found an @username')
    await say(tg, u.id, 'Moved to Berlin last year, still adjusting.', 'About me: Moved to Berlin last year')
    expect((await userRow(u.id))?.bio).toBe('Moved to Berlin last year, still adjusting.')
    await click(tg, u.id, 'About me')
    await click(tg, u.id, 'Remove')
    await tg.waitForText(u.id, /About me: —\nStatus/)
    expect((await userRow(u.id))?.bio).toBeNull()

    // language: the card switches to Russian
    await click(tg, u.id, 'Language')
    await click(tg, u.id, 'Русский')
    await tg.waitForText(u.id, 'Ваш профиль')
    expect((await userRow(u.id))?.language).toBe('ru')
    await say(tg, u.id, '/help', 'Команды:')
  })

  it('when a prompt is left for a command, then a later message is not taken as the answer', async () => {
    const tg = h.tg
    const u = await tg.createUser({ first_name: 'Tom', language_code: 'en' })
    await seedOnboardedUser(h.db.db, u.id, { lang: 'en', bio: 'Original bio' })
    await say(tg, u.id, '/profile', 'Your profile')
    await click(tg, u.id, 'About me')
    await say(tg, u.id, '/help', 'Commands:')
    const { message_id } = await tg.send(u.id, 'This is meant for someone else')
    await tg.waitForText(u.id, "You're not in a conversation right now", { afterMessageId: message_id })
    await tg.idle()
    expect((await userRow(u.id))?.bio).toBe('Original bio')
    // not taken as the answer: the only reply is the "not in a conversation" pointer
    expect((await tg.inbox(u.id)).filter((m) => m.message_id > message_id).map((m) => m.text)).toEqual([
      "You're not in a conversation right now, so this message wasn't passed on to anyone. Find someone to talk to — /find, all commands — /help.",
    ])
    // Back also cancels the prompt
    await click(tg, u.id, 'Back')
    await click(tg, u.id, 'About me')
    await click(tg, u.id, 'Back')
    await tg.send(u.id, 'Also not a bio')
    await tg.idle()
    expect((await userRow(u.id))?.bio).toBe('Original bio')
  })
})

describe('/pause and /resume', () => {
  it('when a user pauses and resumes, then paused_at is set and cleared, with clear replies', async () => {
    const tg = h.tg
    const u = await tg.createUser({ first_name: 'Олег', language_code: 'ru' })
    await seedOnboardedUser(h.db.db, u.id)
    await say(tg, u.id, '/resume', 'Вы не на паузе')
    await say(tg, u.id, '/pause', 'Пауза включена')
    expect((await userRow(u.id))?.pausedAt).toBeInstanceOf(Date)
    await say(tg, u.id, '/pause', 'Вы уже на паузе')
    await say(tg, u.id, '/profile', 'Статус: на паузе')
    await say(tg, u.id, '/resume', 'С возвращением!')
    expect((await userRow(u.id))?.pausedAt).toBeNull()
  })
})

describe('/delete_me', () => {
  it('when the user has Stars on their balance, then the confirmation says they stay with the service, and erasure forfeits them in the ledger', async () => {
    const tg = h.tg
    const u = await tg.createUser({ first_name: 'Gleb', language_code: 'en' })
    const me = await seedOnboardedUser(h.db.db, u.id, { lang: 'en' })
    await h.db.db.update(users).set({ starBalance: 42 }).where(eq(users.id, me.id))
    const ask = await say(tg, u.id, '/delete_me', 'Delete your data?')
    expect(ask.text).toContain('Your balance is 42 ⭐')
    expect(ask.text).toContain('they stay with the service and cannot be returned')
    await click(tg, u.id, 'Yes, delete')
    await tg.waitForText(u.id, 'Your data has been deleted')
    await tg.until(async () => ((await rowById(me.id))?.starBalance === 0 ? true : undefined), {
      what: 'balance forfeited',
    })
    const ledger = await h.db.db.select().from(ledgerEntries).where(eq(ledgerEntries.userId, me.id))
    expect(ledger.map((l) => [l.kind, l.amountMinor])).toEqual([['forfeit_on_delete', -42]])
    // no balance, no warning
    const v = await tg.createUser({ first_name: 'Vera', language_code: 'en' })
    await seedOnboardedUser(h.db.db, v.id, { lang: 'en' })
    const plain = await say(tg, v.id, '/delete_me', 'Delete your data?')
    expect(plain.text).not.toContain('balance')
  })

  it('when the user confirms, then personal data is gone, aggregates remain and /start is a fresh start', async () => {
    const tg = h.tg
    const u = await tg.createUser({ first_name: 'Лена', language_code: 'ru' })
    await onboardViaBot(tg, u.id, { bio: 'Переехала и скучаю по дому' })
    const before = await userRow(u.id)
    const partner = await tg.createUser({ first_name: 'P' })
    const other = await seedOnboardedUser(h.db.db, partner.id)
    const [m] = await h.db.db
      .insert(matches)
      .values({ userA: before!.id, userB: other.id, status: 'completed', expiresAt: new Date() })
      .returning()
    await h.db.db.insert(chatSessions).values({
      matchId: m!.id,
      userA: before!.id,
      userB: other.id,
      status: 'ended',
      ratingByA: 5,
      ratingByB: 5,
      feedbackByA: 'спасибо, было тепло',
      messageCount: 7,
    })

    // cancel first: nothing changes
    await say(tg, u.id, '/delete_me', 'Удалить ваши данные?')
    await click(tg, u.id, 'Отмена')
    await tg.waitForText(u.id, 'Удаление отменено')
    expect((await userRow(u.id))?.id).toBe(before?.id)

    await say(tg, u.id, '/delete_me', 'Удалить ваши данные?')
    await click(tg, u.id, 'Да, удалить')
    await tg.waitForText(u.id, 'Ваши данные удалены')

    expect(await userRow(u.id)).toBeUndefined()
    const erased = await rowById(before!.id)
    expect(erased).toMatchObject({
      telegramId: null,
      nickname: null,
      bio: null,
      timezone: null,
      utcOffsetMinutes: null,
      availability: [],
      safetyAck: false,
      safetyAckAt: null,
    })
    expect(erased?.deletedAt).toBeInstanceOf(Date)
    expect(await topicSlugs(before!.id)).toEqual([])
    const [session] = await h.db.db.select().from(chatSessions).where(eq(chatSessions.matchId, m!.id))
    expect(session).toMatchObject({
      userA: before!.id,
      ratingByA: 5,
      ratingByB: 5,
      messageCount: 7,
      feedbackByA: null,
    })
    // nothing anywhere in the users table still carries the old pseudonym or bio
    const all = await h.db.db.select().from(users)
    expect(all.some((r) => r.nickname === before?.nickname || r.bio === before?.bio)).toBe(false)

    // gone means gone: features need /start again, which creates a new user
    await say(tg, u.id, '/profile', 'Сначала давайте познакомимся')
    await say(tg, u.id, '/delete_me', 'удалять нечего')
    await say(tg, u.id, '/start', 'Выберите язык / Choose your language')
    const fresh = await userRow(u.id)
    expect(fresh?.id).not.toBe(before?.id)
    expect(fresh).toMatchObject({ onboardingStep: 'language', safetyAck: false, nickname: null })
  })

  it('when a user in an active chat deletes themselves, then the chat ends through onUserDeleted', async () => {
    const tg = h.tg
    const u = await tg.createUser({ first_name: 'Gone', language_code: 'en' })
    const partner = await tg.createUser({ first_name: 'Stays', language_code: 'en' })
    const me = await seedOnboardedUser(h.db.db, u.id, { lang: 'en' })
    // the partner has talked to the bot, so it may write to them
    await say(tg, partner.id, '/start', 'Choose your language')
    const other = await seedOnboardedUser(h.db.db, partner.id, { lang: 'en' })
    const [a, b] = me.id < other.id ? [me.id, other.id] : [other.id, me.id]
    const [m] = await h.db.db
      .insert(matches)
      .values({ userA: a, userB: b, status: 'active', expiresAt: new Date(Date.now() + 60_000) })
      .returning()
    const [s] = await h.db.db.insert(chatSessions).values({ matchId: m!.id, userA: a, userB: b }).returning()

    await say(tg, u.id, '/delete_me', 'Delete your data?')
    await click(tg, u.id, 'Yes, delete')
    await tg.waitForText(u.id, 'Your data has been deleted')
    const ended = await tg.until(async () => {
      const [row] = await h.db.db.select().from(chatSessions).where(eq(chatSessions.id, s!.id))
      return row?.status === 'ended' ? row : undefined
    })
    expect(ended.endReason).toBe('deleted')
    expect(ended.endedBy).toBe(me.id)
    // the partner is told (by the chat feature); the deleted account is no longer known
    await tg.waitForText(partner.id, /left|ended|закончил|вышел/i, { timeoutMs: 15_000 })
    expect(await userRow(u.id)).toBeUndefined()
  })
})
