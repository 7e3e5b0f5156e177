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
