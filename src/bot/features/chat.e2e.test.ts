import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { expectNoIdentityLeak, leaks } from '../../../test/helpers/identity-leak.js'
import { blocks, matches, outbox, reports, safetyFlags, users } from '../../db/schema/index.js'
import { seedSession, sessionRow } from '../../modules/chat/test-fixtures.js'

const WAIT = { timeoutMs: 20_000 }

describe('chat relay (e2e)', () => {
  let n = 0
  const h = testAppPerFile({ env: { RATE_LIMIT_PER_MIN: '10000', SESSION_SWEEP_INTERVAL_SEC: '1' } })

  /** Two Telegram users who talked to the bot, with an active session between them. */
  async function pair(lang: 'ru' | 'en' = 'ru') {
    n++
    const a = await h.tg.createUser({
      first_name: `Anna${n}`,
      username: `anna_real_${n}`,
      language_code: lang,
    })
    const b = await h.tg.createUser({
      first_name: `Boris${n}`,
      username: `boris_real_${n}`,
      language_code: lang,
    })
    const s = await seedSession(
      h.db.db,
      { telegramId: a.id, nickname: `Тихий Лис ${n}`, language: lang },
      { telegramId: b.id, nickname: `Ясный Ёж ${n}`, language: lang },
    )
    for (const u of [a, b]) {
      await h.tg.send(u.id, '/help')
      await h.tg.waitForCount(u.id, 1, WAIT)
    }
    return { a, b, ...s }
  }

  it('when the matching hook opens a session, then both get the pseudonym and rules once, never a real name', async () => {
    const { a, b, sessionId, matchId, userA, userB } = await pair('en')
    const chat = h.app.services.chat
    expect((await chat.onSessionOpened({ sessionId, matchId, userA, userB })).ok).toBe(true)
    // at-least-once hook: the second call queues nothing
    expect((await chat.onSessionOpened({ sessionId, matchId, userA, userB })).ok).toBe(false)
    const toA = await h.tg.waitForText(a.id, 'The conversation has started', WAIT)
    const toB = await h.tg.waitForText(b.id, 'The conversation has started', WAIT)
    expect(toA.text).toContain(`Ясный Ёж ${n}`)
    expect(toB.text).toContain(`Тихий Лис ${n}`)
    expect(toA.text).toMatch(/\/end[\s\S]*\/report[\s\S]*\/block/)
    await h.app.services.outbox.idle()
    expect((await h.tg.inbox(a.id)).filter((m) => m.text?.includes('has started'))).toHaveLength(1)
    expectNoIdentityLeak(await h.tg.calls({ chatId: b.id }), await h.tg.inbox(b.id), a, b.id)
    expectNoIdentityLeak(await h.tg.calls({ chatId: a.id }), await h.tg.inbox(a.id), b, a.id)
  })

  it('when every supported kind is sent, then the partner gets protected copies in order and nothing identifies the sender', async () => {
    const { a, b, sessionId } = await pair()
    const before = (await h.tg.inbox(b.id)).length
    const sent = [
      await h.tg.send(a.id, 'привет, это текст'),
      await h.tg.send(a.id, { sticker: true }),
      await h.tg.send(a.id, { voice: true }),
      await h.tg.send(a.id, { photo: true, caption: 'фото с подписью' }),
      await h.tg.send(a.id, { video_note: true }),
      await h.tg.send(a.id, { video: true, caption: 'видео' }),
      await h.tg.send(a.id, { document: { file_name: 'notes.pdf' } }),
      await h.tg.send(a.id, { animation: true }),
      await h.tg.send(a.id, { audio: true }),
    ]
    const all = await h.tg.waitForCount(b.id, before + sent.length, WAIT)
    const copies = all.slice(before)
    expect(copies.map((m) => m.type)).toEqual([
      'text',
      'sticker',
      'voice',
      'photo',
      'video_note',
      'video',
      'document',
      'animation',
      'audio',
    ])
    for (const [i, m] of copies.entries()) {
      expect(m.method).toBe('copyMessage')
      expect(m.protect_content).toBe(true)
      expect(m.copied_from?.message_id).toBe(sent[i]!.message_id)
    }
    expect(copies[3]!.caption).toBe('фото с подписью')
    expect((await sessionRow(h.db.db, sessionId)).messageCount).toBe(sent.length)
    expectNoIdentityLeak(await h.tg.calls(), await h.tg.inbox(b.id), a, b.id)
    const metrics = await h.app.metrics.registry.getSingleMetricAsString('tno_relay_messages_total')
    expect(metrics).toMatch(/kind="video_note"\} [1-9]/)
  })

  it('when a location, contact or dice is sent, then the sender gets a note and the partner nothing', async () => {
    const { a, b } = await pair()
    const before = (await h.tg.inbox(b.id)).length
    const notesBefore = (await h.tg.inbox(a.id)).length
    await h.tg.send(a.id, { location: true })
    await h.tg.send(a.id, { contact: true })
    await h.tg.send(a.id, { dice: true })
    await h.tg.send(a.id, '/nonsense')
    const notes = (await h.tg.waitForCount(a.id, notesBefore + 4, WAIT)).slice(notesBefore)
    expect(notes.slice(0, 3).every((m) => m.text?.includes('не передаётся'))).toBe(true)
    expect(notes[3]!.text).toContain('Такой команды нет')
    await h.tg.send(a.id, 'после заметок')
    await h.tg.waitForText(b.id, 'после заметок', WAIT)
    const got = (await h.tg.inbox(b.id)).slice(before)
    expect(got.map((m) => m.type)).toEqual(['text'])
  })

  it('when a message or an edit carries a hidden link to a Telegram account, then it is not passed on and the sender is told', async () => {
    const { a, b, sessionId } = await pair()
    const from = { id: a.id, is_bot: false, first_name: a.first_name }
    const chat = { id: a.id, type: 'private' as const, first_name: a.first_name }
    const mention = { type: 'text_mention', offset: 0, length: 4, user: from }
    const link = { type: 'text_link', offset: 0, length: 4, url: `tg://user?id=${a.id}` }
    const base = 900_000_000 + n * 10
    const notesBefore = (await h.tg.inbox(a.id)).length
    // e.g. a forwarded group message in which someone mentioned the sender: the copy would keep the link
    await h.app.bot.handleUpdate({
      update_id: base + 1,
      message: { message_id: base + 1, date: 1, chat, from, text: 'Анна, спасибо', entities: [mention] },
    } as never)
    await h.app.bot.handleUpdate({
      update_id: base + 2,
      message: {
        message_id: base + 2,
        date: 1,
        chat,
        from,
        photo: [],
        caption: 'это я',
        caption_entities: [link],
      },
    } as never)
    const relayed = await h.tg.send(a.id, 'обычный текст')
    await h.tg.waitForText(b.id, 'обычный текст', WAIT)
    await h.app.bot.handleUpdate({
      update_id: base + 3,
      edited_message: {
        message_id: relayed.message_id,
        date: 1,
        edit_date: 2,
        chat,
        from,
        text: 'Анна, обычный текст',
        entities: [mention],
      },
    } as never)
    const notes = (await h.tg.waitForCount(a.id, notesBefore + 3, WAIT)).slice(notesBefore)
    expect(notes.every((m) => m.text?.includes('ссылк'))).toBe(true)
    await h.app.services.outbox.idle()
    const rows = await h.db.db.select().from(outbox).where(eq(outbox.sessionId, sessionId))
    expect(rows.map((r) => [r.method, r.sourceMessageId])).toEqual([['copyMessage', relayed.message_id]])
  })

  it('when a relayed text or caption is edited, then the copy is edited too', async () => {
    const { a, b, userA } = await pair()
    const { message_id } = await h.tg.send(a.id, 'первая версия')
    const copy = await h.tg.waitForText(b.id, 'первая версия', WAIT)
    await h.tg.edit(a.id, message_id, 'вторая версия')
    await h.tg.until(
      async () =>
        (await h.tg.inbox(b.id)).find((m) => m.message_id === copy.message_id && m.text === 'вторая версия'),
      { ...WAIT, what: 'edited copy' },
    )
    const edits = await h.tg.calls({ method: 'editMessageText', chatId: b.id })
    expect(edits.at(-1)!.params.message_id).toBe(copy.message_id)

    // captions: the emulator's users can only edit text, so the edited_message is handed to the service
    const photo = await h.tg.send(a.id, { photo: true, caption: 'старая подпись' })
    const photoCopy = await h.tg.waitForText(b.id, 'старая подпись', WAIT)
    const r = await h.app.services.chat.relayEdit({
      userId: userA,
      chatId: a.id,
      messageId: photo.message_id,
      field: 'caption',
      text: 'новая подпись',
    })
    expect(r.ok).toBe(true)
    await h.tg.until(
      async () =>
        (await h.tg.inbox(b.id)).find(
          (m) => m.message_id === photoCopy.message_id && m.caption === 'новая подпись',
        ),
      { ...WAIT, what: 'edited caption' },
    )
    // the sender's edited words are not kept in the outbox once delivered
    await h.app.services.outbox.idle()
    const rows = await h.db.db.select().from(outbox).where(eq(outbox.chatId, b.id))
    expect(JSON.stringify(rows.filter((x) => x.method.startsWith('edit')))).not.toContain('версия')
  })

  it('when a user replies to a relayed message, then the partner sees the reply to their own original', async () => {
    const { a, b } = await pair()
    const original = await h.tg.send(a.id, 'вопрос от Анны')
    const copyAtB = await h.tg.waitForText(b.id, 'вопрос от Анны', WAIT)
    await h.tg.send(b.id, 'ответ Бориса', { replyTo: copyAtB.message_id })
    await h.tg.waitForText(a.id, 'ответ Бориса', WAIT)
    const call = (await h.tg.calls({ method: 'copyMessage', chatId: a.id })).at(-1)!
    expect((call.params.reply_parameters as { message_id: number }).message_id).toBe(original.message_id)
  })

  it('when a user ends the chat and both rate, then the session closes, scores follow the Bayesian average and the tip button is offered', async () => {
    const { a, b, sessionId, matchId, userA, userB } = await pair()
    await h.tg.send(a.id, '/end')
    await h.tg.pressButton(a.id, 'Да, завершить', WAIT)
    const toB = await h.tg.waitForText(b.id, 'Собеседник завершил разговор', WAIT)
    await h.tg.waitForText(a.id, 'Вы завершили разговор', WAIT)
    const s = await sessionRow(h.db.db, sessionId)
    expect(s.status).toBe('ended')
    expect(s.endReason).toBe('user')
    expect(s.endedBy).toBe(userA)
    const [m] = await h.db.db.select().from(matches).where(eq(matches.id, matchId))
    expect(m!.status).toBe('completed')
    // the 1–5 rating, then erasing the conversation (#16 §4)
    expect(toB.buttons.map((x) => x.callback_data)).toEqual([
      ...[1, 2, 3, 4, 5].map((k) => `chat:rate:${sessionId}:${k}`),
      `erase:ask:${sessionId}`,
    ])

    // after the end nothing is relayed
    const bBefore = (await h.tg.inbox(b.id)).length
    await h.tg.send(a.id, 'уже после конца')

    await h.tg.press(b.id, toB.message_id, `chat:rate:${sessionId}:5`)
    const offer = await h.tg.waitFor(
      b.id,
      (x) => x.buttons.some((k) => k.callback_data === `tip:${sessionId}`),
      WAIT,
    )
    expect(offer.text).toContain('поблагодарить собеседника')
    // the tips feature owns the button: it answers with amounts for this session
    await h.tg.press(b.id, offer.message_id, `tip:${sessionId}`)
    await h.tg.waitFor(
      b.id,
      (x) => x.buttons.some((k) => k.callback_data?.startsWith(`tip:${sessionId}:`)),
      WAIT,
    )
    const [rated] = await h.db.db.select().from(users).where(eq(users.id, userA))
    expect(rated!.ratingCount).toBe(1)
    expect(rated!.ratingSum).toBe(5)
    // (5 + 3·5) / (1 + 5) = 3.33 → (3.33 − 1) / 4
    expect(rated!.helpfulnessScore).toBeCloseTo((20 / 6 - 1) / 4, 5)

    // a second tap on the same prompt counts once
    await h.tg.press(b.id, toB.message_id, `chat:rate:${sessionId}:1`).catch(() => undefined)
    await h.tg.idle()
    const [again] = await h.db.db.select().from(users).where(eq(users.id, userA))
    expect(again!.ratingCount).toBe(1)

    // optional feedback: the next text is stored (contacts masked), not relayed anywhere
    await h.tg.send(b.id, 'Было тепло, спасибо! мой номер +7 999 123-45-67')
    await h.tg.waitForText(b.id, 'Спасибо за отзыв', WAIT)
    expect(
      (await sessionRow(h.db.db, sessionId)).feedbackByB ??
        (await sessionRow(h.db.db, sessionId)).feedbackByA,
    ).toMatch(/Было тепло.*\[phone\]/)

    // a low rating gets no tip button
    const toA = await h.tg.waitForText(a.id, 'Вы завершили разговор', WAIT)
    await h.tg.press(a.id, toA.message_id, `chat:rate:${sessionId}:2`)
    const ask = await h.tg.waitForText(a.id, 'короткий отзыв', WAIT)
    expect(ask.buttons.map((k) => k.callback_data)).toEqual([`chat:fb-skip:${sessionId}`])
    const [ratedB] = await h.db.db.select().from(users).where(eq(users.id, userB))
    expect(ratedB!.ratingCount).toBe(1)
    expect(ratedB!.helpfulnessScore).toBeCloseTo((17 / 6 - 1) / 4, 5)
    expect((await h.tg.inbox(b.id)).slice(bBefore).some((x) => x.text === 'уже после конца')).toBe(false)
  })

  it('when a user reports, then a report and a flag with anonymised recent context exist, and the details are not relayed', async () => {
    const { a, b, sessionId, userA, userB } = await pair()
    // contact details wait for the sender's "send anyway" (the contact nudge)
    await h.tg.send(b.id, `Тихий Лис ${n}, дай телефон или пиши мне @boris_real_${n}`)
    await h.tg.pressButton(b.id, 'Отправить всё равно', WAIT)
    await h.tg.waitForText(a.id, 'дай телефон', WAIT)
    await h.tg.send(a.id, 'не буду, мой номер не дам: +7 912 000-11-22')
    await h.tg.pressButton(a.id, 'Отправить всё равно', WAIT)
    await h.tg.waitForText(b.id, 'не буду', WAIT)
    await h.tg.send(a.id, '/report')
    await h.tg.pressButton(a.id, 'Оскорбления', WAIT)
    await h.tg.waitForText(a.id, 'жалоба отправлена', WAIT)
    const [report] = await h.db.db.select().from(reports).where(eq(reports.sessionId, sessionId))
    expect(report).toMatchObject({ reporterId: userA, reportedId: userB, reason: 'harassment' })
    const [flag] = await h.db.db.select().from(safetyFlags).where(eq(safetyFlags.id, report!.flagId!))
    expect(flag).toMatchObject({ kind: 'report', userId: userB, reporterId: userA, sessionId })
    const ctx = flag!.context.messages!
    expect(ctx.map((m) => m.from)).toEqual(['reported', 'reporter'])
    const json = JSON.stringify(ctx)
    expect(json).not.toMatch(/912|boris_real|Тихий Лис/)
    expect(json).toContain('[phone]')

    const bBefore = (await h.tg.inbox(b.id)).length
    await h.tg.send(a.id, 'он требовал контакты, звонил на +7 912 000-11-22')
    await h.tg.waitForText(a.id, 'подробности добавлены', WAIT)
    const [withText] = await h.db.db.select().from(reports).where(eq(reports.id, report!.id))
    expect(withText!.text).toContain('[phone]')
    // the session goes on, the details never reached the partner
    expect((await sessionRow(h.db.db, sessionId)).status).toBe('active')
    await h.tg.send(a.id, 'ладно, продолжим')
    await h.tg.waitForText(b.id, 'ладно, продолжим', WAIT)
    expect((await h.tg.inbox(b.id)).slice(bBefore).map((m) => m.text)).toEqual(['ладно, продолжим'])
  })

  it('when a user blocks the partner, then the session ends, the partner is told and a blocks row prevents matching', async () => {
    const { a, b, sessionId, userA, userB } = await pair()
    await h.tg.send(a.id, '/block')
    await h.tg.pressButton(a.id, /^Заблокировать$/, WAIT)
    await h.tg.waitForText(b.id, 'Собеседник завершил разговор', WAIT)
    const ended = await h.tg.waitForText(a.id, 'Вы заблокировали собеседника', WAIT)
    // the blocker is not asked to rate the person they just blocked; the other side still may rate
    expect(ended.text).not.toContain('Насколько этот разговор')
    expect(ended.buttons).toEqual([])
    const s = await sessionRow(h.db.db, sessionId)
    expect(s).toMatchObject({ status: 'ended', endReason: 'block', endedBy: userA })
    const rows = await h.db.db
      .select()
      .from(blocks)
      .where(and(eq(blocks.blockerId, userA), eq(blocks.blockedId, userB)))
    expect(rows).toHaveLength(1)
    expect(await h.app.services.reports.isBlocked(userB, userA)).toBe(true)
    const toB = await h.tg.waitForText(b.id, 'Насколько этот разговор', WAIT)
    expect(toB.buttons.filter((x) => x.callback_data?.startsWith('chat:rate:'))).toHaveLength(5)
    // nothing the blocked user says reaches the blocker any more
    const aBefore = (await h.tg.inbox(a.id)).length
    await h.tg.send(b.id, 'эй, ты где?')
    await h.tg.idle()
    await h.app.services.outbox.idle()
    expect((await h.tg.inbox(a.id)).slice(aBefore)).toEqual([])
  })

  it('when a message matches the crisis lexicon, then it is delivered, the sender gets resources, the partner guidance and moderators a flag', async () => {
    const { a, b, sessionId, userA } = await pair()
    await h.tg.send(a.id, 'мне так плохо, я больше не хочу жить, позвони мне +7 900 111-22-33')
    await h.tg.waitForText(b.id, 'не хочу жить', WAIT)
    const guidance = await h.tg.waitForText(b.id, 'Кажется, собеседнику сейчас очень тяжело', WAIT)
    expect(guidance.method).toBe('sendMessage')
    const resources = await h.tg.waitForText(a.id, '8-800-2000-122', WAIT)
    expect(resources.method).toBe('sendMessage')
    // the flag is written once the update is handled (after the outbox commit)
    await h.tg.idle()
    const flags = await h.db.db
      .select()
      .from(safetyFlags)
      .where(and(eq(safetyFlags.sessionId, sessionId), eq(safetyFlags.kind, 'crisis')))
    expect(flags).toHaveLength(1)
    // «я больше не хочу жить»: passive ideation → medium (crisis-types.ts CRISIS_SEVERITY)
    expect(flags[0]).toMatchObject({ userId: userA, severity: 'medium' })
    expect(JSON.stringify(flags[0]!.context)).not.toContain('111-22-33')
    // partner's chat: the message first, then the guidance
    const bInbox = await h.tg.inbox(b.id)
    const iMsg = bInbox.findIndex((m) => m.text?.includes('не хочу жить'))
    expect(bInbox.findIndex((m) => m.message_id === guidance.message_id)).toBeGreaterThan(iMsg)
    // a second crisis message in the same session: delivered, no second flag, no repeated notices
    const aCount = (await h.tg.inbox(a.id)).length
    await h.tg.send(a.id, 'хочу умереть')
    await h.tg.waitForText(b.id, 'хочу умереть', WAIT)
    await h.app.services.outbox.idle()
    expect((await h.tg.inbox(a.id)).length).toBe(aCount)
    const flags2 = await h.db.db.select().from(safetyFlags).where(eq(safetyFlags.sessionId, sessionId))
    expect(flags2.filter((f) => f.kind === 'crisis')).toHaveLength(1)
  })

  it('when a delivery to the partner gets 403, then the session ends and the sender is told', async () => {
    const { a, b, sessionId, userB } = await pair()
    await h.tg.fault({ method: 'copyMessage', chat_id: b.id, status: 403, count: 1 })
    await h.tg.send(a.id, 'ты тут?')
    await h.tg.waitForText(a.id, 'Собеседник покинул разговор', WAIT)
    expect(await sessionRow(h.db.db, sessionId)).toMatchObject({
      status: 'ended',
      endReason: 'blocked_bot',
      endedBy: userB,
    })
    const rows = await h.db.db.select().from(outbox).where(eq(outbox.sessionId, sessionId))
    expect(rows.find((r) => r.method === 'copyMessage')).toMatchObject({
      status: 'failed',
      lastError: 'recipient-gone',
    })
  })

  it('when the partner blocks the bot, then the session ends at once and the other side is told', async () => {
    const { a, b, sessionId } = await pair()
    await h.tg.block(b.id)
    await h.tg.waitForText(a.id, 'Собеседник покинул разговор', WAIT)
    expect((await sessionRow(h.db.db, sessionId)).endReason).toBe('blocked_bot')
  })

  it('when a session stays idle past SESSION_IDLE_TIMEOUT_SEC, then the sweeper ends it and tells both', async () => {
    const { a, b, sessionId } = await pair()
    await h.db.db.execute(
      `update chat_sessions set last_activity_at = now() - interval '2 days' where id = ${sessionId}` as never,
    )
    await h.tg.waitForText(a.id, 'давно не было сообщений', WAIT)
    await h.tg.waitForText(b.id, 'давно не было сообщений', WAIT)
    expect((await sessionRow(h.db.db, sessionId)).endReason).toBe('idle')
  })

  it('when a user deletes their data or is banned, then their session ends and only the partner is told', async () => {
    const first = await pair()
    await h.tg.send(first.a.id, 'слова, которые исчезнут')
    await h.tg.waitForText(first.b.id, 'слова, которые исчезнут', WAIT)
    expect(await h.app.services.chat.getRecentMessages(first.sessionId)).toHaveLength(1)
    await h.app.services.users.eraseUser(first.userA)
    await h.tg.waitForText(first.b.id, 'Собеседник покинул разговор', WAIT)
    expect((await sessionRow(h.db.db, first.sessionId)).endReason).toBe('deleted')
    expect(await h.app.services.chat.getRecentMessages(first.sessionId)).toEqual([])

    const second = await pair()
    const before = (await h.tg.inbox(second.b.id)).length
    expect(await h.app.services.chat.endAllForUser(second.userB, 'banned')).toBe(1)
    await h.tg.waitForText(second.a.id, 'Собеседник покинул разговор', WAIT)
    await h.app.services.outbox.idle()
    expect((await h.tg.inbox(second.b.id)).length).toBe(before)
  })

  it('when a user deletes their data after the chat ended, then neither their words nor their Telegram id or pseudonym stay behind', async () => {
    const p = await pair()
    const pseudonym = `Тихий Лис ${n}`
    const chat = h.app.services.chat
    await chat.onSessionOpened({ sessionId: p.sessionId, matchId: p.matchId, userA: p.userA, userB: p.userB })
    await h.tg.send(p.a.id, 'слова, которые тоже исчезнут')
    await h.tg.waitForText(p.b.id, 'слова, которые тоже исчезнут', WAIT)
    await h.tg.send(p.b.id, 'ответ Бориса')
    await h.tg.waitForText(p.a.id, 'ответ Бориса', WAIT)
    await chat.endSession({ sessionId: p.sessionId, reason: 'user', endedBy: p.userB })
    await h.app.services.outbox.idle()
    expect(await chat.getRecentMessages(p.sessionId)).toHaveLength(2)

    await h.app.services.users.eraseUser(p.userA)
    expect(await chat.getRecentMessages(p.sessionId)).toEqual([])
    const rows = await h.db.db.select().from(outbox).where(eq(outbox.sessionId, p.sessionId))
    for (const r of rows) {
      expect(r.chatId).not.toBe(p.a.id)
      expect(leaks(r.payload, p.a), `outbox row ${r.id}`).toBeNull()
      expect(JSON.stringify(r.payload)).not.toContain(pseudonym)
    }
  })
})
