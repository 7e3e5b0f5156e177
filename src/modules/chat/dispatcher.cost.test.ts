import { beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../../db/schema/index.js'
import { dispatcherTestkit, recordingTransport, textItem } from './dispatcher.testkit.js'
import { enqueue, type OutboxItem } from './outbox.js'

/** What the dispatcher costs the database: statements per delivered message, and while idle. */
describe('outbox dispatcher cost', () => {
  const kit = dispatcherTestkit()
  const { start } = kit
  /** Statements run on the test database's client (the dispatcher's and the test's own). */
  let statements = 0

  beforeAll(async () => {
    // the pool (node-postgres) or the PGlite instance the dispatcher's statements go through
    const client = (kit.db.db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client
    const query = client.query.bind(client)
    client.query = (...args: unknown[]) => {
      statements++
      return query(...args)
    }
  })

  it('when a backlog is delivered, then the rows are read and marked sent in batches, not one statement each', async () => {
    const items: OutboxItem[] = []
    for (let c = 0; c < 50; c++) for (let i = 0; i < 4; i++) items.push(textItem(100 + c, `${c}:${i}`))
    await enqueue(kit.db.db, items)
    const t = recordingTransport()
    statements = 0
    const d = start(t.transport)
    await d.idle()
    expect(t.sent).toHaveLength(200)
    // before: one UPDATE per delivered row (200) plus the reads; now the marks of all lanes go together
    expect(statements).toBeLessThan(60)
    const rows = await kit.db.db.select().from(outbox)
    expect(rows.every((r) => r.status === 'sent' && r.sentMessageId !== null && r.attempts === 1)).toBe(true)
    // the copy's source chat is dropped once delivered, the text of a sendMessage kept
    expect(rows.every((r) => r.payload.text !== undefined && r.payload.from_chat_id === undefined)).toBe(true)
  })

  it('when nothing is pending, then the poll backs off, and a notify still wakes it at once', async () => {
    const t = recordingTransport()
    const d = start(t.transport, { idlePollMaxMs: 400 })
    await d.idle()
    statements = 0
    await new Promise((r) => setTimeout(r, 2000))
    // a fixed 20 ms poll read 100 times in these 2 s (plus a depth count each second); backed off to 400 ms:
    // at most ~5 reads (a slow machine only makes it fewer)
    expect(statements).toBeLessThanOrEqual(10)

    // rows this process wrote: notify wakes the sleeping poll
    const slow = start(recordingTransport().transport, { idlePollMaxMs: 600_000 })
    await d.stop()
    // it takes the lease (a follower retries each second), finds nothing, and backs off
    await new Promise((r) => setTimeout(r, 2500))
    await enqueue(kit.db.db, [textItem(7, 'woken')])
    slow.notify()
    await slow.idle()
    expect((await kit.db.db.select().from(outbox)).map((r) => r.status)).toEqual(['sent'])
  })

  it('when rows come from another process while idle, then the backed-off poll still reads them', async () => {
    const t = recordingTransport()
    const d = start(t.transport, { idlePollMaxMs: 300 })
    await d.idle()
    await new Promise((r) => setTimeout(r, 1000))
    await enqueue(kit.db.db, [textItem(8, 'from elsewhere')])
    await d.idle()
    expect(t.texts(8)).toEqual(['from elsewhere'])
  })

  it('when another process queued rows, then the idle lease holder is woken through Redis, not at its next poll', async () => {
    const holder = recordingTransport()
    // its first idle wait is 40 s: whatever it delivers in the next 10 s it was woken for
    const h = start(holder.transport, { pollMs: 20_000, idlePollMaxMs: 600_000 })
    await expect.poll(() => kit.redis.redis.get('chat:outbox:leader')).toBeTruthy()
    await h.idle()
    // another replica (no lease): it accepted a message and notifies
    const other = start(recordingTransport().transport, { idlePollMaxMs: 600_000 })
    await new Promise((r) => setTimeout(r, 1500))
    await enqueue(kit.db.db, [textItem(9, 'via another replica')])
    other.notify()
    await expect
      .poll(() => holder.texts(9), { timeout: 10_000, interval: 50 })
      .toEqual(['via another replica'])
  })
})
