import { and, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { chatErasures, outbox } from '../../db/schema/index.js'
import { seedSession } from '../../modules/chat/test-fixtures.js'

const WAIT = { timeoutMs: 20_000 }
const HOUR = 3600

describe('erase a conversation (e2e)', () => {
  let n = 0
  // short retry back-off: a chat whose copies failed catches up within a second of the fault ending
  const h = testAppPerFile({
    // the emulator's flood limits are off: the relay's own pacing (1 msg/s a chat) would only slow the
    // 120-message conversation down
    env: { RATE_LIMIT_PER_MIN: '10000', RELAY_RETRY_MAX_MS: '1000', RELAY_RATE_LIMIT: 'false' },
  })

  /** Two users in an active session who exchanged `lines` messages (alternating), all delivered. */
  async function talked(lines: string[]) {
    n++
    const a = await h.tg.createUser({ first_name: `Anna${n}`, language_code: 'ru' })
    const b = await h.tg.createUser({ first_name: `Boris${n}`, language_code: 'ru' })
    const s = await seedSession(
      h.db.db,
      { telegramId: a.id, nickname: `Тихий Лис ${n}`, language: 'ru' },
      { telegramId: b.id, nickname: `Ясный Ёж ${n}`, language: 'ru' },
    )
    for (const u of [a, b]) {
      await h.tg.send(u.id, '/help')
      await h.tg.waitForCount(u.id, 1, WAIT)
    }
    const sent: { from: number; to: number; id: number; text: string }[] = []
    for (const [i, text] of lines.entries()) {
      const [from, to] = i % 2 === 0 ? [a.id, b.id] : [b.id, a.id]
      sent.push({ from, to, id: (await h.tg.send(from, text)).message_id, text })
      await h.tg.waitForText(to, text, WAIT)
    }
    return { a, b, sent, ...s }
  }

  /** Ends the chat as `who` through /end and its confirmation; both get the post-chat message. */
  async function end(who: number, other: number) {
    await h.tg.send(who, '/end')
    await h.tg.pressButton(who, /Да, завершить/, WAIT)
    await h.tg.waitForText(who, 'Вы завершили разговор', WAIT)
    await h.tg.waitForText(other, 'Собеседник завершил разговор', WAIT)
  }

  const visibleTexts = async (userId: number) =>
    (await h.tg.visibleChat(userId)).map((m) => m.text ?? m.caption ?? '').filter(Boolean)

  it('when one side erases after /end, then both chats lose the conversation both ways, the partner is told, old messages stay and are counted', async () => {
    const lines = [`раз ${Date.now()}`, 'два от Бориса', 'три от Анны', 'старое от Бориса']
    const { a, b, sent, sessionId } = await talked(lines)
    // the last message is 48 h old: neither its original nor its copy can be deleted any more
    const old = sent[3]!
    const oldCopy = (await h.tg.inbox(old.to)).find((m) => m.text === old.text)!
    await h.tg.backdate(old.from, old.id, 48 * HOUR)
    await h.tg.backdate(old.to, oldCopy.message_id, 48 * HOUR)
    await h.db.db
      .update(outbox)
      .set({ createdAt: sql`now() - interval '48 hours'`, sentAt: sql`now() - interval '48 hours'` })
      .where(and(eq(outbox.sessionId, sessionId), eq(outbox.sourceMessageId, old.id)))
    await end(a.id, b.id)

    // Boris erases from the button on the post-chat message (rating first: the button stays)
    await h.tg.pressButton(b.id, /^4 ⭐$/, WAIT)
    const rated = await h.tg.waitForText(b.id, 'Ваша оценка: 4', WAIT)
    expect(rated.buttons.map((x) => x.text)).toEqual(['🧹 Стереть переписку'])
    const before = await h.tg.calls({ method: 'deleteMessages' })
    await h.tg.pressButton(b.id, /Стереть переписку/, WAIT)
    await h.tg.pressButton(b.id, /Да, стереть/, WAIT)
    const done = await h.tg.waitForText(b.id, 'Стираю переписку', WAIT)
    expect(done.text).toContain('1 сообщение старше 48 часов')

    await h.tg.waitForText(a.id, 'Собеседник стёр ваш недавний разговор', WAIT)
    await h.app.services.outbox.idle()
    for (const u of [a, b]) {
      const texts = await visibleTexts(u.id)
      for (const line of lines.slice(0, 3))
        expect(
          texts.some((t) => t.includes(line)),
          `${u.id}: ${line}`,
        ).toBe(false)
      // too old: stays on both sides
      expect(texts.filter((t) => t === old.text)).toHaveLength(1)
    }
    // the notice names nobody
    const notice = (await h.tg.visibleChat(a.id)).find((m) => m.text?.includes('стёр'))!
    expect(notice.text).not.toContain(b.first_name)
    expect(notice.text).not.toContain('Ясный Ёж')
    // each call within Telegram's limits
    const calls = (await h.tg.calls({ method: 'deleteMessages' })).slice(before.length)
    expect(calls.length).toBeGreaterThan(0)
    for (const c of calls) {
      const ids = c.params.message_ids as number[]
      expect(ids.length).toBeGreaterThan(0)
      expect(ids.length).toBeLessThanOrEqual(100)
      expect(c.result).toBe(true)
    }
    // the recent-lines buffer for reports is kept
    expect((await h.app.services.chat.getRecentMessages(sessionId)).length).toBe(lines.length)
    const [row] = await h.db.db.select().from(chatErasures).where(eq(chatErasures.sessionId, sessionId))
    expect(row).toMatchObject({ erased: 3, skipped: 1 })

    // a second press (either side) does nothing new
    const callsBefore = (await h.tg.calls({ method: 'deleteMessages' })).length
    const noticesBefore = (await h.tg.inbox(a.id)).filter((m) => m.text?.includes('Собеседник стёр')).length
    await h.tg.pressButton(a.id, /Стереть переписку/, WAIT)
    await h.tg.pressButton(a.id, /Да, стереть/, WAIT)
    await h.tg.waitForText(a.id, 'Этот разговор уже стёрт', WAIT)
    await h.app.services.outbox.idle()
    expect((await h.tg.calls({ method: 'deleteMessages' })).length).toBe(callsBefore)
    expect((await h.tg.inbox(a.id)).filter((m) => m.text?.includes('Собеседник стёр'))).toHaveLength(
      noticesBefore,
    )
    expect((await h.tg.inbox(b.id)).filter((m) => m.text?.includes('Собеседник стёр'))).toHaveLength(0)
    // and /erase has nothing left
    await h.tg.send(b.id, '/erase')
    await h.tg.waitForText(b.id, 'Сейчас нечего стирать', WAIT)
  })

  it('when someone who did not take part, or a chat still going, is to be erased, then it is refused', async () => {
    const { a, b, sessionId, userA } = await talked([`ещё идёт ${Date.now()}`])
    await h.tg.send(a.id, '/erase')
    await h.tg.waitForText(a.id, 'Сейчас нечего стирать', WAIT)
    const erase = h.app.services.erase
    expect(await erase.erase({ userId: userA, sessionId })).toEqual({ ok: false, reason: 'active' })
    await end(a.id, b.id)
    const outsider = await h.tg.createUser({ first_name: 'Outsider' })
    await h.tg.send(outsider.id, '/start')
    await h.tg.send(outsider.id, '/erase')
    await h.tg.waitForText(outsider.id, /нечего стирать|nothing to erase/, WAIT)
    // a forged button (someone else's session id in the callback data) is refused, nothing is queued
    const forged = await h.emulator.callApi('sendMessage', {
      chat_id: outsider.id,
      text: 'forged',
      reply_markup: { inline_keyboard: [[{ text: 'erase it', callback_data: `erase:yes:${sessionId}` }]] },
    })
    expect(forged.ok).toBe(true)
    await h.tg.pressButton(outsider.id, 'erase it', WAIT)
    await h.tg.waitFor(outsider.id, (m) => /нельзя стереть|can't be erased/.test(m.text ?? ''), WAIT)
    expect(await h.db.db.select().from(chatErasures).where(eq(chatErasures.sessionId, sessionId))).toEqual([])
    expect(await erase.erase({ userId: 999_999, sessionId })).toEqual({
      ok: false,
      reason: 'not-participant',
    })
  })

  it('when copies into the partner chat are still queued at the erase, then they are delivered first and then deleted', async () => {
    const { a, b } = await talked([`первое ${Date.now()}`])
    // Telegram refuses copies into Boris's chat for a while: Anna's last message waits in the outbox
    await h.tg.fault({ method: 'copyMessage', chat_id: b.id, status: 502, count: 1000 })
    const late = `застряло ${Date.now()}`
    await h.tg.send(a.id, late)
    await h.tg.send(a.id, '/end')
    await h.tg.pressButton(a.id, /Да, завершить/, WAIT)
    await h.tg.waitForText(a.id, 'Вы завершили разговор', WAIT)
    await h.tg.pressButton(a.id, /Стереть переписку/, WAIT)
    await h.tg.pressButton(a.id, /Да, стереть/, WAIT)
    await h.tg.waitForText(a.id, 'Стираю переписку', WAIT)
    expect((await visibleTexts(b.id)).some((t) => t.includes(late))).toBe(false)
    await h.tg.clearFaults()
    await h.tg.waitForText(b.id, 'Собеседник стёр ваш недавний разговор', WAIT)
    await h.app.services.outbox.idle()
    // the copy was delivered (it is in the chat's history) and then deleted
    const copy = (await h.tg.chat(b.id)).messages.find((m) => m.text === late)
    expect(copy?.deleted).toBe(true)
    expect((await visibleTexts(b.id)).some((t) => t.includes(late))).toBe(false)
    expect((await visibleTexts(a.id)).some((t) => t.includes(late))).toBe(false)
  })

  it('when a conversation has more than 100 messages in a chat, then it is erased in batches of at most 100 ids', async () => {
    const { a, b, sessionId } = await talked([])
    const tag = `пакет ${Date.now()}`
    const before = (await h.tg.inbox(b.id)).length
    for (let i = 0; i < 120; i++) await h.tg.send(a.id, `${tag} #${i}`)
    await h.tg.waitForCount(b.id, before + 120, { timeoutMs: 30_000 })
    await end(a.id, b.id)
    const since = (await h.tg.calls()).at(-1)?.seq ?? 0
    await h.tg.pressButton(b.id, /Стереть переписку/, WAIT)
    await h.tg.pressButton(b.id, /Да, стереть/, WAIT)
    await h.tg.waitForText(a.id, 'Собеседник стёр ваш недавний разговор', WAIT)
    await h.app.services.outbox.idle()
    const calls = await h.tg.calls({ method: 'deleteMessages', since })
    for (const chat of [a.id, b.id])
      expect(
        calls
          .filter((c) => Number(c.params.chat_id) === chat)
          .map((c) => (c.params.message_ids as number[]).length),
      ).toEqual([100, 20])
    for (const u of [a, b]) expect((await visibleTexts(u.id)).some((t) => t.startsWith(tag))).toBe(false)
    const [row] = await h.db.db.select().from(chatErasures).where(eq(chatErasures.sessionId, sessionId))
    expect(row).toMatchObject({ erased: 120, skipped: 0 })
  }, 120_000)

  it('when deleting fails and the app restarts mid-erase, then the new process finishes the job', async () => {
    const lines = [`до сбоя ${Date.now()}`, 'ответ', 'ещё']
    const { a, b } = await talked(lines)
    await end(a.id, b.id)
    // every deleteMessages fails (Telegram 5xx) until the restart: the rows stay pending in Postgres
    await h.tg.fault({ method: 'deleteMessages', status: 502, count: 1000 })
    await h.tg.pressButton(a.id, /Стереть переписку/, WAIT)
    await h.tg.pressButton(a.id, /Да, стереть/, WAIT)
    await h.tg.waitForText(a.id, 'Стираю переписку', WAIT)
    await h.tg.until(
      async () => (await h.tg.calls({ method: 'deleteMessages', chatId: a.id })).some((c) => !c.ok),
      {
        ...WAIT,
        what: 'a failed deleteMessages',
      },
    )
    expect((await visibleTexts(b.id)).some((t) => t.includes(lines[0]!))).toBe(true)
    await h.tg.clearFaults()
    await h.restart()
    await h.tg.waitForText(b.id, 'Собеседник стёр ваш недавний разговор', WAIT)
    await h.app.services.outbox.idle()
    for (const u of [a, b]) {
      const texts = await visibleTexts(u.id)
      for (const line of lines)
        expect(
          texts.some((t) => t.includes(line)),
          `${u.id}: ${line}`,
        ).toBe(false)
    }
  })
})
