import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { numberedPairs, relayedCopies } from '../../../test/helpers/chat-pair.js'
import { chatSessions, outbox } from '../../db/schema/index.js'

const WAIT = { timeoutMs: 60_000, intervalMs: 50 }

/**
 * Issue 15 §3 end to end (real app, emulator with injected Bot API faults): a relayed message survives a
 * Telegram outage of any length, keeps its place in the chat, and its sender hears about the delay once;
 * a message Telegram refuses for good is named to its sender.
 */
describe('relay delivery through Telegram failures (e2e)', () => {
  // back-off capped at 20 ms, the delay notice after 1 s and no pacing of retries at 1/s per chat (the
  // emulator's flood limits are off too): "30 minutes" of 5xx in a few seconds
  const h = testAppPerFile({
    env: {
      RATE_LIMIT_PER_MIN: '10000',
      RELAY_RETRY_MAX_MS: '20',
      RELAY_DELAY_NOTICE_SEC: '1',
      RELAY_RATE_LIMIT: 'false',
    },
  })

  const pair = numberedPairs(h, ['Vera', 'Ilya'], WAIT)

  const copies = (userId: number) => relayedCopies(h, userId)

  it('when Telegram answers 5xx far more often than the old 25 attempts, then the messages arrive in order after the fault clears and the sender was told once', async () => {
    const p = await pair()
    // every copy into B's chat fails 100 times in a row (the old code gave a row up after 25)
    await h.tg.fault({ method: 'copyMessage', chat_id: p.b.id, status: 502, count: 100 })
    const sent: number[] = []
    for (const t of ['one', 'two', 'three']) sent.push((await h.tg.send(p.a.id, t)).message_id)
    const delayed = await h.tg.waitForText(p.a.id, 'пока не доставлено', WAIT)
    expect(delayed.reply_to_message_id).toBe(sent[0])
    await h.tg.until(async () => (await copies(p.b.id)).length >= 3, { ...WAIT, what: 'all copies' })
    await h.tg.waitForText(p.a.id, 'Задержанные сообщения доставлены', WAIT)
    await h.app.services.outbox.idle()
    expect(await copies(p.b.id)).toEqual(['one', 'two', 'three'])
    const calls = await h.tg.calls({ method: 'copyMessage', chatId: p.b.id })
    expect(calls.filter((c) => !c.ok).length).toBe(100)
    const toA = (await h.tg.inbox(p.a.id)).map((m) => m.text ?? '')
    expect(toA.filter((t) => t.includes('пока не доставлено'))).toHaveLength(1)
    expect(toA.filter((t) => t.includes('Задержанные сообщения доставлены'))).toHaveLength(1)
    const rows = await h.db.db.select().from(outbox).where(eq(outbox.sessionId, p.sessionId))
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([])
  }, 120_000)

  it('when Telegram refuses a copy (400), then the sender gets a reply to exactly that message and the chat goes on', async () => {
    const p = await pair()
    await h.tg.fault({
      method: 'copyMessage',
      chat_id: p.b.id,
      status: 400,
      count: 1,
      description: 'Bad Request: message to copy not found',
    })
    const lost = await h.tg.send(p.a.id, 'refused one')
    await h.tg.send(p.a.id, 'next one')
    const notice = await h.tg.waitForText(p.a.id, 'не удалось доставить', WAIT)
    expect(notice.reply_to_message_id).toBe(lost.message_id)
    await h.tg.until(async () => (await copies(p.b.id)).includes('next one'), { ...WAIT, what: 'next copy' })
    expect(await copies(p.b.id)).toEqual(['next one'])
  })

  it('when the partner blocked the bot (403 on the copy), then the sender is told which message was not delivered and that the chat ended', async () => {
    const p = await pair()
    await h.tg.fault({ method: 'copyMessage', chat_id: p.b.id, status: 403, count: 1 })
    const lost = await h.tg.send(p.a.id, 'into the void')
    const notice = await h.tg.waitForText(p.a.id, 'Это сообщение не доставлено', WAIT)
    expect(notice.reply_to_message_id).toBe(lost.message_id)
    await h.tg.waitForText(p.a.id, 'Собеседник покинул разговор', WAIT)
    const [s] = await h.db.db.select().from(chatSessions).where(eq(chatSessions.id, p.sessionId))
    expect(s!.endReason).toBe('blocked_bot')
  })
})
