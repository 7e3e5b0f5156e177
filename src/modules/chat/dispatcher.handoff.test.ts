import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { outbox } from '../../db/schema/index.js'
import { createMetrics } from '../../metrics.js'
import {
  dispatcherTestkit,
  enqueueHanded,
  gatedTransport,
  recordingTransport,
  textItem,
} from './dispatcher.testkit.js'
import { enqueue } from './outbox.js'

const text = textItem
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** A holder whose poll, once idle, sleeps for minutes: whatever it sends soon after was handed to it. */
const sleepyPoll = { pollMs: 20_000, idlePollMaxMs: 600_000 }

/**
 * Rows the relay just committed are handed to the dispatcher in memory (issue #14): the lease holder sends
 * them without reading them back, and reads the database only for rows it was not handed.
 */
describe('outbox dispatcher: rows handed over in memory', () => {
  const kit = dispatcherTestkit()
  const { start } = kit

  async function leaderIdle(d: ReturnType<typeof start>) {
    await expect.poll(() => kit.redis.redis.get('chat:outbox:leader')).toBeTruthy()
    await d.idle()
    d.takeTrace()
  }

  it('when rows are handed to the idle lease holder, then they are sent in order without reading the outbox', async () => {
    const t = recordingTransport()
    const d = start(t.transport, sleepyPoll)
    await leaderIdle(d)
    for (let i = 0; i < 5; i++)
      d.notify(await enqueueHanded(kit.db.db, [text(11, `a${i}`), text(12, `b${i}`)]))
    await expect.poll(() => t.sent.length).toBe(10)
    expect(t.texts(11)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4'])
    expect(t.texts(12)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4'])
    expect(d.takeTrace().fetches).toBe(0)
    await expect
      .poll(async () => (await kit.db.db.select().from(outbox)).every((r) => r.status === 'sent'))
      .toBe(true)
  })

  it('when a handed row is also read by a poll running at the same time, then it is sent once', async () => {
    const t = recordingTransport()
    // polls every 5 ms, so reads overlap the handovers and the sends
    const d = start(t.transport, { pollMs: 5, idlePollMaxMs: 5 })
    await leaderIdle(d)
    for (let i = 0; i < 40; i++) {
      const rows = await enqueueHanded(kit.db.db, [text(21 + (i % 4), `${i}`)])
      // half of them are also announced without the row: the poll reads them as well
      if (i % 2) d.notify()
      d.notify(rows)
      if (i % 5 === 0) await sleep(3)
    }
    await d.idle()
    await sleep(200)
    expect(t.sent).toHaveLength(40)
    for (let c = 0; c < 4; c++)
      expect(t.texts(21 + c)).toEqual(Array.from({ length: 10 }, (_, k) => `${c + 4 * k}`))
  })

  it('when a handed row has older pending rows of its chat the holder has not seen, then those go first', async () => {
    const t = recordingTransport()
    const d = start(t.transport, sleepyPoll)
    await leaderIdle(d)
    // written elsewhere (another replica whose wake has not arrived yet): pending, unknown to the holder
    await enqueue(kit.db.db, [text(31, 'older 1'), text(31, 'older 2')])
    d.notify(await enqueueHanded(kit.db.db, [text(31, 'handed')]))
    await expect.poll(() => t.texts(31), { timeout: 5000 }).toEqual(['older 1', 'older 2', 'handed'])
    await sleep(100)
    expect(t.sent).toHaveLength(3)
  })

  it('when a row whose chat held rows are still queued is handed, then it waits behind them', async () => {
    // the chat's first send hangs until released: the handed rows queue behind it
    const t = recordingTransport()
    const { transport: slow, release } = gatedTransport(t.transport, (params) => params.text === 'first')
    const d = start(slow, sleepyPoll)
    await leaderIdle(d)
    d.notify(await enqueueHanded(kit.db.db, [text(41, 'first'), text(41, 'second')]))
    d.notify(await enqueueHanded(kit.db.db, [text(41, 'third')]))
    await sleep(100)
    expect(t.sent).toHaveLength(0)
    release()
    await expect.poll(() => t.texts(41)).toEqual(['first', 'second', 'third'])
    expect(d.takeTrace().fetches).toBe(0)
  })

  it('when a handed row is older than a row its chat already holds (another writer committed first), then it is not put before the row in flight', async () => {
    const t = recordingTransport()
    const { transport: slow, release } = gatedTransport(
      t.transport,
      (params) => params.text === 'newer, in flight',
    )
    const d = start(slow, sleepyPoll)
    await leaderIdle(d)
    const [newer] = await enqueueHanded(kit.db.db, [text(45, 'newer, in flight')])
    d.notify([newer!])
    await sleep(50)
    // a row of the same chat with a smaller id, committed after it (a writer that does not lock the session)
    const [older] = await kit.db.db
      .insert(outbox)
      .values({ id: newer!.id - 1_000_000, chatId: 45, method: 'sendMessage', payload: { text: 'older id' } })
      .returning()
    d.notify([{ ...older!, olderPending: [newer!.id] }])
    release()
    await expect.poll(() => t.sent.length).toBe(2)
    await sleep(100)
    expect(t.texts(45)).toEqual(['newer, in flight', 'older id'])
  })

  it('when the outbox drains, then the depth gauge reads 0 at the next poll, whatever the count throttle says', async () => {
    const metrics = createMetrics({ defaultMetrics: false })
    const depth = async () => (await metrics.outboxDepth.get()).values[0]?.value
    let clock: number | undefined
    const t = recordingTransport()
    const d = start(t.transport, { metrics, now: () => clock ?? Date.now(), idlePollMaxMs: 20 })
    await leaderIdle(d)
    // the clock jumps (the once-a-second count is due) and then stands still: no count is due again
    clock = Date.now() + 10_000
    await enqueue(kit.db.db, [text(21, 'x0'), text(21, 'x1'), text(21, 'x2')])
    await expect.poll(() => t.sent.length).toBe(3)
    await d.idle()
    await expect.poll(depth).toBe(0)
  })

  it('when rows are handed to a process without the lease, then the holder reads and sends them', async () => {
    const holder = recordingTransport()
    const h = start(holder.transport, sleepyPoll)
    await leaderIdle(h)
    const follower = recordingTransport()
    const f = start(follower.transport, sleepyPoll)
    await sleep(300)
    f.notify(await enqueueHanded(kit.db.db, [text(51, 'via a follower')]))
    await expect.poll(() => holder.texts(51), { timeout: 10_000 }).toEqual(['via a follower'])
    expect(follower.sent).toHaveLength(0)
  })

  it('when the holder loses the lease with handed rows queued, then it drops them and the new holder reads and sends each once', async () => {
    const t1 = recordingTransport()
    const { transport: hanging, release } = gatedTransport(t1.transport, (params) => params.text === 'r0')
    const d1 = start(hanging, { ...sleepyPoll, leaseMs: 300 })
    await leaderIdle(d1)
    d1.notify(await enqueueHanded(kit.db.db, [text(61, 'r0'), text(61, 'r1'), text(61, 'r2')]))
    await sleep(50)
    // another process takes the outbox over: d1's renewal fails, its queue is stale
    await kit.redis.redis.set('chat:outbox:leader', 'someone-else', 'PX', 60_000)
    await sleep(300)
    // handed while it no longer holds the lease: not taken
    d1.notify(await enqueueHanded(kit.db.db, [text(61, 'r3')]))
    release()
    await sleep(100)
    expect(t1.texts(61)).toEqual(['r0'])
    await kit.redis.redis.del('chat:outbox:leader')
    await d1.stop()
    const t2 = recordingTransport()
    await start(t2.transport).idle()
    expect(t2.texts(61)).toEqual(['r1', 'r2', 'r3'])
    const rows = await kit.db.db.select().from(outbox).where(eq(outbox.chatId, 61))
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true)
  })
})
