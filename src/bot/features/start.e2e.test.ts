import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { textOf } from '../../../test/helpers/emulator-driver.js'
import { users } from '../../db/schema/index.js'
import { click, onboardViaBot, say, topicSlugsOf, userByTelegramId } from './start.testkit.js'

// the walk-through sends more than the default 30 updates a minute
const h = testAppPerFile({ env: { RATE_LIMIT_PER_MIN: '1000' } })

const userRow = (telegramId: number) => userByTelegramId(h.db.db, telegramId)
const topicSlugs = (userId: number) => topicSlugsOf(h.db.db, userId)

describe('onboarding through the bot', () => {
  it('when the app starts, then the command menu is set for ru, en and the default', async () => {
    const calls = await h.tg.calls({ method: 'setMyCommands' })
    const byLang = new Map(calls.map((c) => [(c.params.language_code as string | undefined) ?? 'default', c]))
    expect([...byLang.keys()].sort()).toEqual(['default', 'en', 'ru'])
    const en = byLang.get('en')?.params.commands as { command: string; description: string }[]
    const ru = byLang.get('ru')?.params.commands as { command: string; description: string }[]
    expect(en.map((c) => c.command)).toEqual(
      expect.arrayContaining(['start', 'profile', 'pause', 'resume', 'help', 'delete_me']),
    )
    expect(en.find((c) => c.command === 'delete_me')?.description).toBe('delete my data')
    expect(ru.find((c) => c.command === 'delete_me')?.description).toBe('удалить мои данные')
  })

  it('when a Russian speaker goes through every step, then the bot guides, validates and stores the profile', async () => {
    const u = await h.tg.createUser({ first_name: 'Анна', username: 'anna_k', language_code: 'ru' })
    const tg = h.tg

    await say(tg, u.id, '/start', 'Выберите язык / Choose your language')
    expect((await userRow(u.id))?.language).toBe('ru')

    // no match/profile features before consent
    await say(tg, u.id, '/profile', 'Сначала давайте познакомимся')
    await say(tg, u.id, '/pause', 'Сначала давайте познакомимся')

    await click(tg, u.id, 'Русский')
    const intro = await tg.waitForText(u.id, 'НЕ психотерапия')
    for (const line of [
      'НЕ служба экстренной помощи',
      '+7 495 989-50-50',
      '8-800-2000-122',
      '8-495-051',
      '112',
      'findahelpline.com',
      'befrienders.org',
    ])
      expect(textOf(intro)).toContain(line)
    expect(intro.buttons.map((b) => b.text)).toEqual(['✅ Понимаю и принимаю'])
    expect((await userRow(u.id))?.safetyAck).toBe(false)

    // typing instead of consenting does not skip it
    await say(tg, u.id, 'привет', 'нажмите «Понимаю и принимаю»')
    await say(tg, u.id, '/profile', 'Сначала давайте познакомимся')

    await click(tg, u.id, 'Понимаю и принимаю')
    await tg.waitForText(u.id, 'Сколько вам лет?')
    await click(tg, u.id, '18 или больше')
    const nickMsg = await tg.waitForText(u.id, 'Ваш псевдоним:')
    const acked = await userRow(u.id)
    expect(acked?.safetyAck).toBe(true)
    expect(acked?.safetyAckAt).toBeInstanceOf(Date)
    const first = acked?.nickname ?? ''
    expect(first).toMatch(/^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/)
    expect(first).not.toContain('Анна')
    expect(textOf(nickMsg)).toContain(first)

    // regenerate: same message, new name
    await click(tg, u.id, 'Другой')
    const second = (await userRow(u.id))?.nickname ?? ''
    expect(second).not.toBe(first)
    expect(textOf(await tg.waitForText(u.id, `Ваш псевдоним: ${second}`))).toContain(second)

    // own pseudonym: the Telegram name and contacts are refused, a fine one is taken
    await say(tg, u.id, 'Анна', 'не должен совпадать с вашим именем в Telegram')
    await say(tg, u.id, '@anna_k', 'нельзя указывать контакты')
    await say(tg, u.id, 'Ночная Сова', 'Псевдоним: Ночная Сова')
    expect((await userRow(u.id))?.nickname).toBe('Ночная Сова')

    // topics: at least two
    const topicsMsg = await tg.waitForText(u.id, 'О чём вам хотелось бы поговорить')
    await click(tg, u.id, 'Выгорание')
    const toggled = await tg.waitFor(
      u.id,
      (m) => m.message_id === topicsMsg.message_id && m.buttons.some((b) => b.text === '✅ 🔥 Выгорание'),
    )
    expect(toggled.buttons.filter((b) => b.text.startsWith('✅'))).toHaveLength(1)
    const tooFew = await click(tg, u.id, 'Готово')
    expect(tooFew.show_alert).toBe(true)
    expect(tooFew.text).toBe('Выберите хотя бы 2 темы (сейчас выбрано: 1).')
    await say(tg, u.id, 'хочу про выгорание', 'ответьте кнопками')
    await click(tg, u.id, 'Одиночество')
    await click(tg, u.id, 'Тревога')
    await click(tg, u.id, 'Одиночество') // off again
    await click(tg, u.id, 'Готово')
    await tg.waitForText(u.id, 'Темы: 🔥 Выгорание, 🌀 Тревога')
    const row = await userRow(u.id)
    expect(await topicSlugs(row!.id)).toEqual(['anxiety', 'burnout'])

    // time zone: typed offsets are validated
    await tg.waitForText(u.id, 'Ваш часовой пояс?')
    await say(tg, u.id, 'UTC+15', 'смещение должно быть от −12 до +14 часов')
    await say(tg, u.id, '-13', 'смещение должно быть от −12 до +14 часов')
    await say(tg, u.id, 'Атлантида', 'Не нашёл такого места')
    await say(tg, u.id, '+5:20', 'Не понял смещение')
    await say(tg, u.id, 'UTC+05:30', 'Часовой пояс: UTC+05:30')
    expect(await userRow(u.id)).toMatchObject({ timezone: 'UTC+05:30', utcOffsetMinutes: 330 })

    // availability: at least one window
    await tg.waitForText(u.id, 'Когда вам обычно удобно')
    const none = await click(tg, u.id, 'Готово')
    expect(none.text).toBe('Отметьте хотя бы одно удобное время.')
    await click(tg, u.id, 'Будни, вечер')
    await click(tg, u.id, 'Ночь')
    await click(tg, u.id, 'Готово')
    await tg.waitForText(u.id, 'Удобное время: Будни, вечер (18–23), Ночь (23–7)')
    expect((await userRow(u.id))?.availability).toEqual(['weekday_evening', 'night'])

    // bio: contacts of every kind are refused with a clear reason
    const bioPrompt = await tg.waitForText(u.id, 'пара слов о себе')
    // the prompt says who will read it and where
    expect(bioPrompt.text).toContain('в предложении и в начале чата')
    await say(tg, u.id, 'Звоните: +7 999 123-45-67', 'я нашёл номер телефона')
    await say(tg, u.id, 'пишите на anna.k@example.com', 'я нашёл адрес почты')
    await say(tg, u.id, 'я в телеге @anna_kot', 'я нашёл @юзернейм')
    await say(tg, u.id, 'мой блог https://anna.example.org', 'я нашёл ссылку')
    await say(tg, u.id, 'б'.repeat(301), 'максимум 300 символов')
    expect((await userRow(u.id))?.bio).toBeNull()
    expect((await userRow(u.id))?.onboardingStep).toBe('bio')
    await say(tg, u.id, 'Выгорела на работе, учусь отдыхать.', 'Готово, Ночная Сова! Добро пожаловать.')

    const done = await userRow(u.id)
    expect(done).toMatchObject({
      onboardingStep: 'done',
      safetyAck: true,
      bio: 'Выгорела на работе, учусь отдыхать.',
      nickname: 'Ночная Сова',
      language: 'ru',
    })
    // a second /start just welcomes back
    await say(tg, u.id, '/start', 'С возвращением, Ночная Сова!')
  })

  it('when the time zone is typed instead of pressed, then the city buttons go and a press queued behind the text is refused as stale', async () => {
    const tg = h.tg
    const u = await tg.createUser({ first_name: 'Тимур', language_code: 'ru' })
    await say(tg, u.id, '/start', 'Выберите язык / Choose your language')
    // straight to the time-zone step
    await h.db.db
      .update(users)
      .set({
        safetyAck: true,
        safetyAckAt: new Date(),
        nickname: 'Тихий Кит',
        onboardingStep: 'timezone',
        ageGroup: '18_plus',
      })
      .where(eq(users.telegramId, u.id))
    const prompt = await say(tg, u.id, '/start', 'Ваш часовой пояс?')
    const city = prompt.buttons.find((b) => b.callback_data?.startsWith('ob:tz:'))
    expect(city).toBeDefined()

    // the typed offset is held in delivery, so the city press is queued behind it (a double input)
    await tg.fault({ webhook: { count: 1, delay_ms: 1000 } })
    await tg.send(u.id, '-4')
    const stale = await tg.press(u.id, prompt.message_id, city!.callback_data!)
    expect(await tg.callbackAnswer(u.id, stale.callback_query_id, { timeoutMs: 10_000 })).toMatchObject({
      text: 'Этот шаг уже пройден.',
    })
    await tg.waitForText(u.id, 'Когда вам обычно удобно')
    // a typed whole-hour offset is kept as the fixed zone Etc/GMT+4 (= UTC−4, POSIX sign)
    expect(await userRow(u.id)).toMatchObject({ timezone: 'Etc/GMT+4', utcOffsetMinutes: -240 })
    const after = (await tg.inbox(u.id)).find((m) => m.message_id === prompt.message_id)
    expect(after).toMatchObject({ text: prompt.text, buttons: [] })
  })

  it('when a city is typed instead of pressed («Берлин», «Алматы»), then its IANA zone is stored, so DST follows', async () => {
    const tg = h.tg
    const u = await tg.createUser({ first_name: 'Вера', language_code: 'ru' })
    await say(tg, u.id, '/start', 'Выберите язык / Choose your language')
    await h.db.db
      .update(users)
      .set({
        safetyAck: true,
        safetyAckAt: new Date(),
        nickname: 'Ясный Слон',
        onboardingStep: 'timezone',
        ageGroup: '18_plus',
      })
      .where(eq(users.telegramId, u.id))
    await say(tg, u.id, '/start', 'Ваш часовой пояс?')
    const berlinNow = new Intl.DateTimeFormat('en', {
      timeZone: 'Europe/Berlin',
      timeZoneName: 'shortOffset',
    })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')!
      .value.replace('GMT', 'UTC')
    await say(tg, u.id, 'берлин', `Часовой пояс: Берлин (${berlinNow})`)
    expect(await userRow(u.id)).toMatchObject({ timezone: 'Europe/Berlin' })
    // /profile: a city the buttons do not have, typed in Russian, resolves through the runtime's zone names
    await h.db.db.update(users).set({ onboardingStep: 'done' }).where(eq(users.telegramId, u.id))
    await say(tg, u.id, '/profile', 'Псевдоним: Ясный Слон')
    await click(tg, u.id, /Часовой пояс/)
    await say(tg, u.id, 'Новосибирск', 'Часовой пояс: Новосибирск (UTC+7)')
    expect(await userRow(u.id)).toMatchObject({ timezone: 'Asia/Novosibirsk', utcOffsetMinutes: 420 })
  })

  it('when an English speaker onboards with buttons only, then everything is in English', async () => {
    const u = await h.tg.createUser({ first_name: 'John', language_code: 'en-GB' })
    const tg = h.tg
    await say(tg, u.id, '/start', 'Choose your language')
    expect((await userRow(u.id))?.language).toBe('en')
    await click(tg, u.id, 'English')
    const intro = await tg.waitForText(u.id, 'NOT therapy')
    expect(textOf(intro)).toContain('NOT a crisis or emergency service')
    expect(textOf(intro)).toContain('befrienders.org')
    await click(tg, u.id, 'I understand and agree')
    await tg.waitForText(u.id, 'How old are you?')
    await click(tg, u.id, '18 or older')
    await tg.waitForText(u.id, 'Your pseudonym:')
    const nickname = (await userRow(u.id))?.nickname ?? ''
    expect(nickname).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/)
    await click(tg, u.id, 'Keep it')
    await tg.waitForText(u.id, 'What would you like to talk about? Pick at least 2 topics')
    const few = await click(tg, u.id, 'Done')
    expect(few.text).toBe('Please pick at least 2 topics (selected now: 0).')
    await click(tg, u.id, 'Burnout')
    await click(tg, u.id, 'Relocation')
    await click(tg, u.id, 'Done')
    await tg.waitForText(u.id, 'What is your time zone?')
    await say(tg, u.id, 'abc', "I couldn't find that place")
    await say(tg, u.id, '+3:7', "I couldn't read that offset")
    await click(tg, u.id, 'Moscow (UTC+3)')
    await tg.waitForText(u.id, 'Time zone: Moscow (UTC+3)')
    expect(await userRow(u.id)).toMatchObject({ timezone: 'Europe/Moscow', utcOffsetMinutes: 180 })
    await click(tg, u.id, 'Weekends, daytime')
    await click(tg, u.id, 'Done')
    await tg.waitForText(u.id, 'Availability: Weekends, daytime (12–18)')
    await say(tg, u.id, 'find me at t.me/johnny', 'I found a link')
    await click(tg, u.id, 'Skip')
    await tg.waitForText(u.id, `All set, ${nickname}! Welcome.`)
    expect(await userRow(u.id)).toMatchObject({
      onboardingStep: 'done',
      bio: null,
      language: 'en',
      availability: ['weekend_day'],
    })
    await say(tg, u.id, '/start', `Welcome back, ${nickname}!`)
  })

  it('when the Telegram language is neither ru nor en, then Russian is the default', async () => {
    const u = await h.tg.createUser({ first_name: 'Klaus', language_code: 'de' })
    await say(h.tg, u.id, '/start', 'Выберите язык / Choose your language')
    expect((await userRow(u.id))?.language).toBe('ru')
    await say(h.tg, u.id, 'hallo', 'ответьте кнопками')
  })

  it('when someone never pressed /start writes, then they are pointed to /start', async () => {
    const u = await h.tg.createUser({ first_name: 'Eve', language_code: 'en' })
    await say(h.tg, u.id, 'hello?', 'To begin, press /start')
    expect(await userRow(u.id)).toBeUndefined()
  })

  it('when the app restarts mid-wizard, then the user continues where they were', async () => {
    const u = await h.tg.createUser({ first_name: 'Ира', language_code: 'ru' })
    await say(h.tg, u.id, '/start', 'Выберите язык')
    await click(h.tg, u.id, 'Русский')
    await click(h.tg, u.id, 'Понимаю')
    await click(h.tg, u.id, '18 или больше')
    await click(h.tg, u.id, 'Оставить')
    await click(h.tg, u.id, 'Выгорание')
    await click(h.tg, u.id, 'Тревога')
    await click(h.tg, u.id, 'Готово')
    await h.tg.waitForText(u.id, 'Ваш часовой пояс?')
    await h.restart()
    await say(h.tg, u.id, '+3', 'Часовой пояс: UTC+03:00')
    // a stale button from an earlier step is refused politely
    const topicsMsg = (await h.tg.inbox(u.id)).find((m) => textOf(m)?.startsWith('Темы:'))
    expect(topicsMsg?.buttons).toEqual([])
    const nickMsg = (await h.tg.inbox(u.id)).find((m) => textOf(m)?.startsWith('Псевдоним:'))
    expect(nickMsg).toBeDefined()
    await say(h.tg, u.id, '/start', 'Когда вам обычно удобно')
  })

  it('when /help is sent before a time zone is known, then commands and the crisis lines for the language are listed', async () => {
    // English, no time zone: we cannot tell the country, so the international directories and the local
    // emergency number — never Russian numbers that would not work abroad
    const u = await h.tg.createUser({ first_name: 'Bob', language_code: 'en' })
    const help = await say(h.tg, u.id, '/help', 'Commands:')
    for (const s of [
      '/start',
      '/profile',
      '/pause',
      '/resume',
      '/delete_me — delete my data',
      'local emergency number',
      'findahelpline.com',
      'befrienders.org',
    ])
      expect(textOf(help)).toContain(s)
    expect(textOf(help)).not.toContain('8-800-2000-122')
    // Russian, no time zone: Russia's lines, an adult national line first, the children's line after it
    const r = await h.tg.createUser({ first_name: 'Вера', language_code: 'ru' })
    const ru = textOf(await say(h.tg, r.id, '/help', 'Команды:')) ?? ''
    expect(ru).toContain('/delete_me — удалить мои данные')
    for (const s of ['+7 495 989-50-50', '8-800-2000-122', '051', '112', 'findahelpline.com'])
      expect(ru).toContain(s)
    expect(ru.indexOf('+7 495 989-50-50')).toBeLessThan(ru.indexOf('8-800-2000-122'))
  })

  it('when a full bot onboarding helper runs, then the user ends onboarded', async () => {
    const u = await h.tg.createUser({ first_name: 'Kit', language_code: 'en' })
    await onboardViaBot(h.tg, u.id, { lang: 'en', topics: ['loneliness', 'loss'], availability: ['night'] })
    const row = await userRow(u.id)
    expect(row?.onboardingStep).toBe('done')
    expect(await topicSlugs(row!.id)).toEqual(['loneliness', 'loss'])
  })
})
