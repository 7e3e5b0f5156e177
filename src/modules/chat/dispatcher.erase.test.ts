import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../../db/schema/index.js'
import { RecipientGoneError } from '../messenger.js'
import { copyItem, dispatcherTestkit, recordingTransport, textItem } from './dispatcher.testkit.js'
import { enqueue, type OutboxItem } from './outbox.js'
import { seedSession } from './test-fixtures.js'
import type { OutboxTransport } from './transport.js'

const A = 710_001
const B = 710_002

/** The dispatcher's one erase branch: `deleteMessages` rows (erase.ts) resolved when they are sent. */
describe('outbox dispatcher: deleteMessages rows', () => {
  const kit = dispatcherTestkit({ retry: { baseMs: 1, maxMs: 5 } })
  let sessionId: number

  beforeAll(async () => {
    sessionId = (await seedSession(kit.db.db, { telegramId: A }, { telegramId: B })).sessionId
  })

  const start = (transport: OutboxTransport, onRecipientGone?: (chatId: number) => Promise<void>) =>
    kit.start(transport, onRecipientGone ? { onRecipientGone } : {})

  const deletion = (chatId: number, payload: Record<string, unknown>): OutboxItem => ({
    chatId,
    sessionId,
    method: 'deleteMessages',
    payload: { _kind: 'erase', ...payload },
  })

  it('when a deletion names a copy queued before it, then the copy is made first and its new id is deleted; an empty one makes no call', async () => {
    const t = recordingTransport()
    const [copyRow] = await enqueue(kit.db.db, [copyItem(B, A, 5, sessionId)])
    const [del, empty] = await enqueue(kit.db.db, [
      deletion(B, { message_ids: [], _copyRows: [copyRow] }),
      deletion(B, { message_ids: [], _copyRows: [999_999_999] }),
    ])
    const d = start(t.transport)
    await d.idle()
    expect(
      t.sent.map((s) => [s.method, s.params.chat_id, s.params.message_ids ?? s.params.message_id]),
    ).toEqual([
      ['copyMessage', B, 5],
      ['deleteMessages', B, [1000]],
    ])
    // nothing of the dispatcher's own instructions reaches Telegram
    expect(t.sent[1]!.params).not.toHaveProperty('_copyRows')
    for (const id of [del!, empty!]) {
      const [row] = await kit.db.db.select().from(outbox).where(eq(outbox.id, id))
      expect(row!.status).toBe('sent')
    }
  })

  it("when a deletion in the other participant's chat meets a user who blocked the bot, then only that row fails and the lane's chat goes on", async () => {
    const gone: number[] = []
    const t = recordingTransport((method, params) =>
      method === 'deleteMessages' && params.chat_id === A
        ? new RecipientGoneError('bot was blocked by the user')
        : null,
    )
    const [cross] = await enqueue(kit.db.db, [
      deletion(B, { chat_id: A, message_ids: [7] }),
      textItem(B, 'after', sessionId),
    ])
    const d = start(t.transport, async (chatId) => void gone.push(chatId))
    await d.idle()
    expect(t.texts(B)).toEqual(['after'])
    expect(gone).toEqual([])
    const [row] = await kit.db.db.select().from(outbox).where(eq(outbox.id, cross!))
    expect(row).toMatchObject({ status: 'failed', lastError: 'recipient-gone' })
  })
})
