import { describe, expect, it } from 'vitest'
import { type CopyRow, chunk, DELETE_BATCH_MAX, planErase } from './erase-plan.js'

const A = 111
const B = 222
const now = new Date('2026-01-03T00:00:00Z')
const cutoff = new Date(now.getTime() - 47 * 3600_000)
const recent = new Date(now.getTime() - 3600_000)

let nextId = 1
function copy(into: number, source: number, sent: number | null, over: Partial<CopyRow> = {}): CopyRow {
  return {
    id: nextId++,
    chatId: into,
    status: sent === null ? 'pending' : 'sent',
    sourceMessageId: source,
    sentMessageId: sent,
    createdAt: recent,
    ...over,
  }
}

describe('chunk', () => {
  it('when there are 0, 100, 101 or 250 items, then batches hold at most 100 and keep the order', () => {
    expect(chunk([])).toEqual([])
    const hundred = Array.from({ length: 100 }, (_, i) => i)
    expect(chunk(hundred)).toEqual([hundred])
    expect(chunk([...hundred, 100]).map((b) => b.length)).toEqual([100, 1])
    const many = Array.from({ length: 250 }, (_, i) => i)
    const parts = chunk(many)
    expect(parts.map((b) => b.length)).toEqual([100, 100, 50])
    expect(parts.flat()).toEqual(many)
  })

  it('when the size is below 1, then it throws instead of looping', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError)
  })
})

describe('planErase', () => {
  it('when messages went both ways, then each chat loses its own originals and the copies it received', () => {
    const rows = [copy(B, 10, 20), copy(A, 21, 11)]
    const plan = planErase({ rows, chats: [A, B], messageCount: 2, cutoff })
    expect(plan.erased).toBe(2)
    expect(plan.skipped).toBe(0)
    const byChat = Object.fromEntries(plan.batches.map((b) => [b.chatId, b.ids]))
    expect(byChat[A]).toEqual([10, 11])
    expect(byChat[B]).toEqual([20, 21])
  })

  it('when 250 messages were sent one way, then the batches stay within 100 ids and cover every id once', () => {
    const rows = Array.from({ length: 250 }, (_, i) => copy(B, 1000 + i, 5000 + i))
    const plan = planErase({ rows, chats: [A, B], messageCount: 250, cutoff })
    for (const b of plan.batches) {
      expect(b.ids.length + b.copyRows.length).toBeGreaterThan(0)
      expect(b.ids.length).toBeLessThanOrEqual(DELETE_BATCH_MAX)
    }
    const inA = plan.batches.filter((b) => b.chatId === A).flatMap((b) => b.ids)
    const inB = plan.batches.filter((b) => b.chatId === B).flatMap((b) => b.ids)
    expect(inA).toEqual(rows.map((r) => r.sourceMessageId))
    expect(inB).toEqual(rows.map((r) => r.sentMessageId))
    expect(plan.batches.filter((b) => b.chatId === B).map((b) => b.ids.length)).toEqual([100, 100, 50])
  })

  it("when copies are still queued, then they and their originals go from the recipient's lane, after them", () => {
    const queued = copy(B, 30, null)
    const plan = planErase({ rows: [copy(B, 29, 40), queued], chats: [A, B], messageCount: 2, cutoff })
    expect(plan.batches).toEqual([
      { chatId: A, ids: [29], copyRows: [] },
      { chatId: B, ids: [40], copyRows: [] },
      { chatId: B, ids: [], copyRows: [queued.id] },
      // deleting the original before the copy is made would make the copy fail
      { chatId: B, ids: [30], copyRows: [], inChat: A },
    ])
  })

  it('when a copy was never delivered, then only the original is deleted', () => {
    const plan = planErase({
      rows: [copy(B, 31, null, { status: 'failed' })],
      chats: [A, B],
      messageCount: 1,
      cutoff,
    })
    expect(plan.batches).toEqual([{ chatId: A, ids: [31], copyRows: [] }])
    expect(plan.erased).toBe(1)
  })

  it('when messages are older than the cutoff or already purged, then they are counted as skipped', () => {
    const old = copy(B, 1, 2, { createdAt: new Date(cutoff.getTime() - 1) })
    const plan = planErase({ rows: [old, copy(B, 3, 4)], chats: [A, B], messageCount: 5, cutoff })
    // 3 purged (counter 5, 2 rows left) + 1 old row
    expect(plan.skipped).toBe(4)
    expect(plan.erased).toBe(1)
    expect(plan.batches.flatMap((b) => b.ids)).toEqual([3, 4])
  })

  it('when a participant erased their data (no chat), then nothing is deleted in that chat', () => {
    const plan = planErase({ rows: [copy(B, 7, 8)], chats: [null, B], messageCount: 1, cutoff })
    expect(plan.batches).toEqual([{ chatId: B, ids: [8], copyRows: [] }])
  })
})
