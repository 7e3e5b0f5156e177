import { eq, inArray, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { chatSessions, outbox } from '../../db/schema/index.js'
import { RecipientGoneError } from '../messenger.js'
import type { RenderDeliveryNotice } from './delivery-notices.js'
import {
  copyItem,
  dispatcherTestkit,
  networkError,
  recordingTransport,
  textItem,
} from './dispatcher.testkit.js'
import { enqueue } from './outbox.js'
import { seedSession } from './test-fixtures.js'
import { PermanentSendError } from './transport.js'

const render: RenderDeliveryNotice = (n, lang) =>
  `${lang}:${n.kind}${n.kind === 'undeliverable' ? `:${n.reason}:${n.count}` : ''}`

/**
 * Issue 15 §3, "nothing lost": transient failures never give a row up while its chat lasts, the lane waits
 * without holding up other chats, and senders are told about delays and about what was not delivered.
 */
describe('outbox dispatcher: delivery guarantees', () => {
  const kit = dispatcherTestkit({ retry: { baseMs: 1, maxMs: 5 }, renderNotice: render })
  const { start } = kit

  const noticesTo = (t: ReturnType<typeof recordingTransport>, chatId: number) =>
    t.sent.filter((s) => s.method === 'sendMessage' && s.params.chat_id === chatId)
  const copiesTo = (t: ReturnType<typeof recordingTransport>, chatId: number) =>
    t.sent
      .filter((s) => s.method === 'copyMessage' && s.params.chat_id === chatId)
      .map((s) => s.params.message_id)

  it('when Telegram fails transiently far longer than 25 attempts, then the chat gets every message after the fault clears, in order', async () => {
    await enqueue(kit.db.db, [
      ...Array.from({ length: 5 }, (_, i) => textItem(501, `m${i + 1}`)),
      textItem(502, 'other chat'),
    ])
    let failures = 0
    const t = recordingTransport((_m, p) => (p.chat_id === 501 && failures++ < 60 ? networkError() : null))
    const d = start(t.transport)
    // the other chat is not held up by the outage of this one
    await expect.poll(() => t.texts(502)).toEqual(['other chat'])
    await d.idle()
    expect(failures).toBeGreaterThan(60)
    expect(t.texts(501)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5'])
    const rows = await kit.db.db.select().from(outbox).where(eq(outbox.chatId, 501)).orderBy(outbox.id)
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent'])
    expect(rows[0]!.attempts).toBe(61)
  })

  it('when more chats are in back-off than there are lanes, then a healthy chat still gets its message', async () => {
    const down = [511, 512, 513, 514, 515]
    await enqueue(
      kit.db.db,
      down.map((c) => textItem(c, 'stuck')),
    )
    await enqueue(kit.db.db, [textItem(520, 'through')])
    const t = recordingTransport((_m, p) => (down.includes(Number(p.chat_id)) ? networkError() : null))
    start(t.transport, { maxLanes: 2, retry: { baseMs: 60_000, maxMs: 60_000 } })
    await expect.poll(() => t.texts(520), { timeout: 10_000 }).toEqual(['through'])
    const rows = await kit.db.db.select().from(outbox).where(inArray(outbox.chatId, down))
    expect(rows.every((r) => r.status === 'pending')).toBe(true)
  })

  it('when a message waits longer than the notice delay, then its sender is told once, and once more when it is delivered', async () => {
    const s = await seedSession(
      kit.db.db,
      { telegramId: 7001, language: 'en', nickname: 'a' },
      { telegramId: 7002, nickname: 'b' },
    )
    await enqueue(kit.db.db, [copyItem(7002, 7001, 11, s.sessionId), copyItem(7002, 7001, 12, s.sessionId)])
    let down = true
    let failed = 0
    const t = recordingTransport((_m, p) => {
      if (p.chat_id === 7002 && down) {
        failed++
        return networkError()
      }
      return null
    })
    const d = start(t.transport, { delayNoticeMs: 150 })
    await expect.poll(() => noticesTo(t, 7001).length, { timeout: 10_000 }).toBe(1)
    // many more failed attempts after the notice: still only one
    const seen = failed
    await expect.poll(() => failed, { timeout: 10_000 }).toBeGreaterThan(seen + 20)
    down = false
    await d.idle()
    expect(copiesTo(t, 7002)).toEqual([11, 12])
    const told = noticesTo(t, 7001)
    expect(told.map((n) => n.params.text)).toEqual(['en:delayed', 'en:delivered-late'])
    expect(told[0]!.params.reply_parameters).toEqual({ message_id: 11, allow_sending_without_reply: true })
    const [first] = await kit.db.db.select().from(outbox).where(eq(outbox.sourceMessageId, 11))
    expect(first!.payload._delayNoticed).toBe(true)
  })

  it('when Telegram refuses a copy for good (400), then the sender is told which message, and the chat goes on', async () => {
    const s = await seedSession(
      kit.db.db,
      { telegramId: 7011, nickname: 'a' },
      { telegramId: 7012, nickname: 'b' },
    )
    await enqueue(kit.db.db, [copyItem(7012, 7011, 21, s.sessionId), copyItem(7012, 7011, 22, s.sessionId)])
    const t = recordingTransport((_m, p) =>
      p.message_id === 21 ? new PermanentSendError('Bad Request: message to copy not found') : null,
    )
    await start(t.transport).idle()
    expect(copiesTo(t, 7012)).toEqual([22])
    const told = noticesTo(t, 7011)
    expect(told.map((n) => n.params.text)).toEqual(['ru:undeliverable:rejected:1'])
    expect(told[0]!.params.reply_parameters).toEqual({ message_id: 21, allow_sending_without_reply: true })
  })

  it('when the recipient blocked the bot (403), then the sender is told from which message on nothing was delivered', async () => {
    const s = await seedSession(
      kit.db.db,
      { telegramId: 7021, nickname: 'a' },
      { telegramId: 7022, nickname: 'b' },
    )
    await enqueue(
      kit.db.db,
      [31, 32, 33].map((m) => copyItem(7022, 7021, m, s.sessionId)),
    )
    const gone: number[] = []
    const t = recordingTransport((_m, p) =>
      p.chat_id === 7022 ? new RecipientGoneError('Forbidden: bot was blocked by the user') : null,
    )
    await start(t.transport, { onRecipientGone: async (c) => void gone.push(c) }).idle()
    expect(gone).toEqual([7022])
    const told = noticesTo(t, 7021)
    expect(told.map((n) => n.params.text)).toEqual(['ru:undeliverable:recipient-gone:3'])
    expect(told[0]!.params.reply_parameters).toEqual({ message_id: 31, allow_sending_without_reply: true })
  })

  it('when a row outlives the retry window, then it is given up only if its session has ended (and the sender is told)', async () => {
    const live = await seedSession(
      kit.db.db,
      { telegramId: 7031, nickname: 'a' },
      { telegramId: 7032, nickname: 'b' },
    )
    const over = await seedSession(
      kit.db.db,
      { telegramId: 7041, nickname: 'c' },
      { telegramId: 7042, nickname: 'd' },
    )
    await kit.db.db.update(chatSessions).set({ status: 'ended' }).where(eq(chatSessions.id, over.sessionId))
    await enqueue(kit.db.db, [
      copyItem(7032, 7031, 41, live.sessionId),
      copyItem(7042, 7041, 51, over.sessionId),
    ])
    await kit.db.db.execute(sql`update outbox set created_at = now() - interval '2 hours'`)
    let down = true
    let liveFailures = 0
    const t = recordingTransport((_m, p) => {
      if (!down) return null
      if (p.chat_id === 7032) liveFailures++
      return p.chat_id === 7032 || p.chat_id === 7042 ? networkError() : null
    })
    const d = start(t.transport, { endedSessionRetryMs: 3_600_000, delayNoticeMs: 86_400_000 })
    await expect
      .poll(() => noticesTo(t, 7041).map((n) => n.params.text), { timeout: 10_000 })
      .toEqual(['ru:undeliverable:expired:1'])
    await expect.poll(() => liveFailures, { timeout: 10_000 }).toBeGreaterThan(5)
    down = false
    await d.idle()
    expect(copiesTo(t, 7032)).toEqual([41])
    expect(copiesTo(t, 7042)).toEqual([])
    const rows = await kit.db.db
      .select()
      .from(outbox)
      .where(inArray(outbox.chatId, [7032, 7042]))
    expect(Object.fromEntries(rows.map((r) => [r.chatId, r.status]))).toEqual({
      7032: 'sent',
      7042: 'failed',
    })
  })
})
