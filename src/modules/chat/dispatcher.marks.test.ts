import { beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../../db/schema/index.js'
import {
  copyItem,
  dispatcherTestkit,
  enqueueHanded,
  recordingTransport,
  textItem,
} from './dispatcher.testkit.js'
import { seedSession } from './test-fixtures.js'

/** A holder whose poll, once idle, sleeps for minutes: whatever it sends soon after was handed to it. */
const sleepyPoll = { pollMs: 20_000, idlePollMaxMs: 600_000 }

/**
 * The "sent" marks' group commit (outbox-marks.ts) when lanes do not overlap (issue #14: with a fast Bot API each
 * delivery ran alone, and each was marked by a statement and a WAL flush of its own), and the readers that
 * need the marks (a reply looks the replied-to copy up by its "sent" row).
 */
describe('outbox dispatcher: sent marks', () => {
  const kit = dispatcherTestkit()
  const { start } = kit
  /** "Sent" mark statements run on the test database's client. */
  let markStatements = 0

  beforeAll(async () => {
    const client = (kit.db.db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client
    const query = client.query.bind(client)
    client.query = (...args: unknown[]) => {
      const q = args[0] as string | { text?: string }
      const text = typeof q === 'string' ? q : (q?.text ?? '')
      if (/^update outbox set\s+status = 'sent'/.test(text)) markStatements++
      return query(...args)
    }
  })

  async function leaderIdle(d: ReturnType<typeof start>) {
    await expect.poll(() => kit.redis.redis.get('chat:outbox:leader')).toBeTruthy()
    await d.idle()
  }

  it('when chats get one message each, one after the other (never two lanes sending at once), then their marks share statements', async () => {
    const t = recordingTransport()
    const d = start(t.transport, { ...sleepyPoll, markBatchMs: 3_000 })
    await leaderIdle(d)
    markStatements = 0
    for (let c = 0; c < 12; c++) {
      d.notify(await enqueueHanded(kit.db.db, [textItem(300 + c, `m${c}`)]))
      // the next chat's row only once this one was sent: its lane is alone
      await expect.poll(() => t.sent.length).toBe(c + 1)
    }
    await d.idle()
    // each lone lane used to mark its row at once: 12 statements
    expect(markStatements).toBeLessThanOrEqual(3)
    const rows = await kit.db.db.select().from(outbox)
    expect(rows.map((r) => r.status)).toEqual(Array(12).fill('sent'))
  })

  it("when a chat's next row arrives while its previous row's mark waits in the window, then it is sent without waiting for the window", async () => {
    const t = recordingTransport()
    const d = start(t.transport, { ...sleepyPoll, markBatchMs: 30_000 })
    await leaderIdle(d)
    // two chats' rows delivered: both marks wait in the (long) window, two lanes still running
    d.notify(await enqueueHanded(kit.db.db, [textItem(401, 'a1'), textItem(402, 'b1')]))
    await expect.poll(() => t.sent.length).toBe(2)
    d.notify(await enqueueHanded(kit.db.db, [textItem(401, 'a2')]))
    // well before the window would have ended
    await expect.poll(() => t.texts(401), { timeout: 10_000 }).toEqual(['a1', 'a2'])
  })

  it('when the recipient replies to a copy delivered a moment ago, then the reply quotes the original, though the copy’s mark was still waiting in the window', async () => {
    const s = await seedSession(
      kit.db.db,
      { telegramId: 7101, nickname: 'a' },
      { telegramId: 7102, nickname: 'b' },
    )
    const t = recordingTransport()
    const d = start(t.transport, { ...sleepyPoll, markBatchMs: 5_000 })
    await leaderIdle(d)
    d.notify(await enqueueHanded(kit.db.db, [copyItem(7102, 7101, 21, s.sessionId)]))
    await expect.poll(() => t.sent.length).toBe(1)
    const copyId = 1000 // recordingTransport's first message id: the copy in 7102's chat
    const reply = copyItem(7101, 7102, 55, s.sessionId)
    reply.payload._replyTo = copyId
    d.notify(await enqueueHanded(kit.db.db, [reply]))
    await expect.poll(() => t.sent.length).toBe(2)
    expect(t.sent[1]!.params.chat_id).toBe(7101)
    expect(t.sent[1]!.params.reply_parameters).toEqual({ message_id: 21, allow_sending_without_reply: true })
  })
})
