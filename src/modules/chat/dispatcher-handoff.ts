import type { DispatchQueue } from './dispatcher-queue.js'
import type { HandedRow } from './outbox.js'

/**
 * Ids of rows the dispatcher settled lately (sent, given up, dropped with their chat), the newest
 * `capacity`: a handover that still saw them pending knows them. Forgetting an old one is safe: a row
 * whose older rows are not all known is not taken, the database is read instead.
 */
export function createSettledIds(capacity = 10_000) {
  const ids = new Set<number>()
  const ring: number[] = []
  let next = 0
  return {
    add(id: number) {
      if (ids.has(id)) return
      if (ring.length < capacity) ring.push(id)
      else {
        ids.delete(ring[next]!)
        ring[next] = id
        next = (next + 1) % capacity
      }
      ids.add(id)
    },
    has: (id: number) => ids.has(id),
  }
}

/**
 * May a handed row be queued without reading the database? Only if every row of its chat that was pending
 * before it is known here (queued, in flight or settled): otherwise one of them is unknown (written by
 * another process, or left in the database for want of room) and sending this one first would break the
 * chat's order.
 */
export function olderRowsKnown(row: HandedRow, known: (id: number) => boolean): boolean {
  if (row.olderPending === null) return false
  for (const id of row.olderPending) if (!known(id)) return false
  return true
}

/**
 * Queues rows this process just committed without reading them back, in id order, while each may be (its
 * chat's older pending rows all known, no newer row of the chat held, the lane of this term); stops at the
 * first that may not, or finds no room: a read sorts that one and the rest out. `all`: every row was taken
 * (or was known already); `handed`: how many were queued here.
 */
export function queueHanded(
  queue: Pick<DispatchQueue, 'add' | 'known' | 'lane' | 'term'>,
  rows: readonly HandedRow[],
): { all: boolean; handed: number } {
  let handed = 0
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    // already read by a poll (queued, or even sent)
    if (queue.known(row.id)) continue
    const lane = queue.lane(row.chatId)
    // a newer row of the chat is held already (committed first by another writer): let a read sort it out
    const newerHeld = lane !== undefined && (lane.queue.at(-1)?.id ?? 0) > row.id
    if ((lane && lane.term !== queue.term) || newerHeld || !olderRowsKnown(row, queue.known)) {
      return { all: false, handed }
    }
    const { olderPending: _, ...plain } = row
    if (!queue.add(plain)) return { all: false, handed }
    handed++
  }
  return { all: true, handed }
}
