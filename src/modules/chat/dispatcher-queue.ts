import { createSettledIds } from './dispatcher-handoff.js'
import type { OutboxRow } from './outbox.js'

/**
 * One chat's FIFO of rows held in memory (order = row id). `term`: the leadership term the lane was filled
 * in; rows of an earlier term may have been sent by another dispatcher. `more`: rows of this chat were left
 * in the database because the lane was full.
 */
export type Lane = {
  chatId: number
  queue: OutboxRow[]
  running: boolean
  pausedUntil: number
  term: number
  more: boolean
  /** Set while the lane waits (back-off, retry_after, its chat's rate) without holding a lane slot. */
  timer: NodeJS.Timeout | undefined
  /** Senders told their message here is delayed (this episode), to be told once it is delivered. */
  delayed: Map<number, number | null>
  /** Waiting for its row's "sent" mark: a row queued meanwhile has it written at once. */
  marking: boolean
}

/** What a read of pending rows is asked to leave out and how many rows it may bring. */
export type PendingQuery = { limit: number; excludeIds: number[]; excludeChats: number[] }

/**
 * The rows the outbox dispatcher holds in memory: per-chat lanes, the ids held and lately settled, the
 * lanes waiting for a slot, and the leadership term they were filled in. Bounded in all (`maxQueued`) and
 * per chat (`maxQueuedPerChat`); rows left out wait in the database and are read again once there is room
 * (`readAgain`). Running the lanes is dispatcher-lanes.ts's; this only keeps the books.
 */
export function createDispatchQueue(deps: {
  maxQueued: number
  maxQueuedPerChat: number
  /** A lone lane's previous row waits for its "sent" mark in the group-commit window: write it now. */
  flushMarks: () => void
  /** Rows were left in the database for want of room, and there is room again: read them now. */
  readAgain: () => void
}) {
  const { maxQueued, maxQueuedPerChat } = deps
  const lanes = new Map<number, Lane>()
  const held = new Set<number>()
  /** Rows settled lately, and those settled while a read is under way (it may still see them pending). */
  const settledIds = createSettledIds()
  let settledDuringRead: Set<number> | undefined
  const waiting: Lane[] = []
  let running = 0
  /** Bumped whenever the lease is lost: whatever was queued before may be delivered by someone else now. */
  let term = 0
  /** The last read left rows in the database because `maxQueued` was reached. */
  let starved = false

  /** Queues a row read or handed over; false when there is no room (it stays in the database). */
  function add(row: OutboxRow): boolean {
    let lane = lanes.get(row.chatId)
    // Rows come in id order, so a chat's held rows are always the oldest of its pending ones: a row left
    // out here (and every later one of the chat in this read) is read again once the lane has room.
    if (lane && lane.queue.length >= maxQueuedPerChat) {
      lane.more = true
      return false
    }
    if (held.size >= maxQueued) {
      starved = true
      return false
    }
    held.add(row.id)
    if (!lane) {
      lane = {
        chatId: row.chatId,
        queue: [],
        running: false,
        pausedUntil: 0,
        term,
        more: false,
        timer: undefined,
        delayed: new Map(),
        marking: false,
      }
      lanes.set(row.chatId, lane)
    }
    // the chat's previous row waits for its mark in the group-commit window: this one should not wait with it
    // (every lane's mark waits there now, issue #14; a read that adds many rows flushes once, the rest find the
    // window empty)
    if (lane.marking) deps.flushMarks()
    // ids of one chat commit in order (the session row is locked while enqueuing); insert sorted anyway
    const q = lane.queue
    let i = q.length
    // never before the row in flight (the head of a running lane): settle() takes the head off the queue
    const first = lane.running ? 1 : 0
    while (i > first && q[i - 1]!.id > row.id) i--
    q.splice(i, 0, row)
    if (!lane.running && !lane.timer && !waiting.includes(lane)) waiting.push(lane)
    return true
  }

  /** The row's status is written (sent or failed): a read or handover that saw it pending must skip it. */
  function done(id: number) {
    held.delete(id)
    settledIds.add(id)
    settledDuringRead?.add(id)
  }

  return {
    add,
    done,
    /** Held here, or settled lately. */
    known: (id: number) => held.has(id) || settledIds.has(id),
    lane: (chatId: number) => lanes.get(chatId),
    get term() {
      return term
    },
    /** Lanes running now, rows held, lanes held, lanes waiting for a slot. */
    get running() {
      return running
    },
    get held() {
      return held.size
    },
    get lanes() {
      return lanes.size
    },
    get waiting() {
      return waiting.length
    },
    /** Nothing held, no lane running. */
    get empty() {
      return held.size === 0 && running === 0
    },

    /** The row is done with (sent or failed): off the lane and out of memory. */
    settle(lane: Pick<Lane, 'queue' | 'more'>, row: OutboxRow) {
      if (lane.queue[0] === row) lane.queue.shift()
      done(row.id)
      // rows were left in the database for want of room: read again once there is room for a good batch,
      // not only at the next poll
      if (lane.more && lane.queue.length <= maxQueuedPerChat >> 1) {
        lane.more = false
        deps.readAgain()
      }
      if (starved && held.size <= maxQueued >> 1) {
        starved = false
        deps.readAgain()
      }
    },

    /** Drops every row the lane holds in memory (once the chat's pending rows are marked failed). */
    dropQueue(lane: Pick<Lane, 'queue'>) {
      for (const r of lane.queue) done(r.id)
      lane.queue.length = 0
    },

    /**
     * After losing the lease: drop every row held in memory (they stay pending in the database and are read
     * afresh if the lease comes back). Lanes in flight finish their current send and then drop theirs.
     */
    forgetQueued() {
      term++
      for (const lane of [...lanes.values()]) {
        if (lane.running) continue
        clearTimeout(lane.timer)
        for (const r of lane.queue) held.delete(r.id)
        lanes.delete(lane.chatId)
      }
      waiting.length = 0
    },

    /**
     * Reads pending rows not held here into the lanes (`fetch`: the database query), as many as there is room
     * for; rows settled while the read ran are skipped. The number of rows read, or null when there is no room
     * at all (no read).
     */
    async fill(fetch: (q: PendingQuery) => Promise<OutboxRow[]>, batchSize: number): Promise<number | null> {
      if (held.size >= maxQueued) {
        starved = true
        return null
      }
      const fullChats = [...lanes.values()]
        .filter((l) => l.queue.length >= maxQueuedPerChat)
        .map((l) => l.chatId)
      const settled = new Set<number>()
      settledDuringRead = settled
      let rows: OutboxRow[]
      try {
        rows = await fetch({
          limit: Math.min(batchSize, maxQueued - held.size),
          excludeIds: [...held],
          excludeChats: fullChats,
        })
      } finally {
        settledDuringRead = undefined
      }
      // rows handed over while the read ran are held already, or even sent
      for (const row of rows) if (!held.has(row.id) && !settled.has(row.id)) add(row)
      return rows.length
    },

    /** The next waiting lane with rows to send and not running, taken off the waiting list. */
    nextToRun(): Lane | undefined {
      while (waiting.length > 0) {
        const lane = waiting.shift()!
        if (lane.running || lane.queue.length === 0) continue
        return lane
      }
      return undefined
    },

    /** A parked lane's wait is over: back in line for a slot, unless it was dropped or runs meanwhile. */
    requeue(lane: Lane): boolean {
      if (lanes.get(lane.chatId) !== lane || lane.running) return false
      if (!waiting.includes(lane)) waiting.push(lane)
      return true
    },

    laneStarted(lane: Lane) {
      lane.running = true
      running++
    },

    /** The lane stopped running (queue empty, parked, lease lost, stopping): drop it if it has nothing left. */
    laneEnded(lane: Lane, stopping: boolean) {
      lane.running = false
      running--
      if (lane.queue.length > 0 && !stopping && lane.term !== term) {
        // lost the lease (even if it came back since): another dispatcher may have sent these; forget them
        // (the rows stay pending in the database)
        clearTimeout(lane.timer)
        lane.timer = undefined
        for (const r of lane.queue) held.delete(r.id)
        lane.queue.length = 0
      }
      if (lane.queue.length === 0) {
        clearTimeout(lane.timer)
        lanes.delete(lane.chatId)
      }
    },

    /** On stop: forget everything held (the rows stay pending for the next start). */
    clear() {
      for (const lane of lanes.values()) clearTimeout(lane.timer)
      lanes.clear()
      held.clear()
      waiting.length = 0
    },
  }
}

export type DispatchQueue = ReturnType<typeof createDispatchQueue>
