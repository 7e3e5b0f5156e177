import { describe, expect, it } from 'vitest'
import { createDispatchQueue } from './dispatcher-queue.js'
import type { OutboxRow } from './outbox.js'

const row = (id: number, chatId: number): OutboxRow => ({
  id,
  chatId,
  sessionId: null,
  method: 'sendMessage',
  payload: { text: String(id) },
  status: 'pending',
  attempts: 0,
  notBefore: new Date(0),
  lastError: null,
  sourceMessageId: null,
  sentMessageId: null,
  createdAt: new Date(0),
  sentAt: null,
})

function queue(maxQueued = 10, maxQueuedPerChat = 3) {
  const calls = { flushMarks: 0, readAgain: 0 }
  const q = createDispatchQueue({
    maxQueued,
    maxQueuedPerChat,
    flushMarks: () => calls.flushMarks++,
    readAgain: () => calls.readAgain++,
  })
  return { q, calls }
}

/** The books of the outbox dispatcher's in-memory rows (driven through the dispatcher in dispatcher*.test.ts). */
describe('dispatch queue', () => {
  it('when a chat or the whole queue is full, then rows are refused, and a read is asked for once there is room again', () => {
    const { q, calls } = queue(4, 2)
    expect([q.add(row(1, 7)), q.add(row(2, 7)), q.add(row(3, 7))]).toEqual([true, true, false])
    expect([q.add(row(4, 8)), q.add(row(5, 9)), q.add(row(6, 10))]).toEqual([true, true, false])
    expect(q.held).toBe(4)
    const lane = q.lane(7)!
    q.settle(lane, lane.queue[0]!)
    // the chat's lane is half empty (1 of 2), and the queue at half (3 ≤ 4 / 2 is false): one read for the chat
    expect(calls.readAgain).toBe(1)
    q.settle(q.lane(8)!, q.lane(8)!.queue[0]!)
    // 2 held ≤ 4 / 2: the read the full queue missed
    expect(calls.readAgain).toBe(2)
    expect(q.known(1) && q.known(4)).toBe(true)
  })

  it('when a row with a smaller id arrives for a running lane, then it goes behind the row in flight, not before it', () => {
    const { q } = queue()
    q.add(row(5, 7))
    const lane = q.nextToRun()!
    q.laneStarted(lane)
    q.add(row(9, 7))
    q.add(row(3, 7))
    expect(lane.queue.map((r) => r.id)).toEqual([5, 3, 9])
  })

  it('when the lease is lost, then idle lanes are forgotten at once and a running one once it ends', () => {
    const { q } = queue()
    q.add(row(1, 7))
    q.add(row(2, 8))
    const running = q.nextToRun()!
    q.laneStarted(running)
    q.forgetQueued()
    expect(q.lane(8)).toBeUndefined()
    expect(q.lane(running.chatId)).toBe(running)
    q.laneEnded(running, false)
    expect(q.lane(running.chatId)).toBeUndefined()
    expect(q.empty).toBe(true)
    // the rows stay pending in the database: a read may queue them again in the new term
    expect(q.known(1) || q.known(2)).toBe(false)
  })

  it('when rows are settled while a read is under way, then the read does not queue them again', async () => {
    const { q } = queue()
    q.add(row(1, 7))
    const read = q.fill(async (query) => {
      expect(query.excludeIds).toEqual([1])
      q.settle(q.lane(7)!, q.lane(7)!.queue[0]!)
      q.add(row(2, 7))
      q.dropQueue(q.lane(7)!)
      return [row(2, 7), row(3, 8)]
    }, 100)
    expect(await read).toBe(2)
    expect(q.lane(7)?.queue ?? []).toEqual([])
    expect(q.lane(8)!.queue.map((r) => r.id)).toEqual([3])
  })
})
