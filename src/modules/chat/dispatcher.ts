import { AsyncResource } from 'node:async_hooks'
import { setMaxListeners } from 'node:events'
import type { DispatcherDeps } from './dispatcher-deps.js'
import { createSendFailures } from './dispatcher-failures.js'
import { createSettledIds, olderRowsKnown } from './dispatcher-handoff.js'
import { createOutboxLease } from './dispatcher-lease.js'
import { createLaneNotices } from './dispatcher-notices.js'
import { createPollLoop, type PollState } from './dispatcher-poll.js'
import { prepareRow } from './dispatcher-rows.js'
import { createOutboxRepo, type HandedRow, type OutboxRow } from './outbox.js'
import { createMarkBatcher } from './outbox-marks.js'
import { createOutboxWake } from './outbox-wake.js'
import { createPaidBroadcast } from './paid-broadcast.js'
import { safeError } from './safe-error.js'
import { createSendScheduler } from './token-bucket.js'

export type { DispatcherDeps }

/**
 * `term`: the leadership term the lane was filled in; rows of an earlier term may have been sent by another
 * dispatcher. `more`: rows of this chat were left in the database because the lane was full.
 */
type Lane = {
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

/**
 * Delivers the relay outbox: per-chat FIFO lanes (order = row id), a token-bucket scheduler for Telegram's
 * per-chat and global limits, 429 back-off, retries of transient failures, and resumption of whatever is
 * still `pending` after a restart. Runs as a background entry of the app.
 *
 * Rows reach the lanes two ways: handed over in memory by the relay of this process (`notify(rows)`, taken
 * only by the lease holder and only when every older pending row of the chat is known here), or read from
 * the database (rows of other processes, after a restart or a lease change, rows left for want of room).
 * A row only ever in memory is also committed, so a crash loses nothing; a read or handover that still
 * sees a row pending after it was settled skips it (`done`).
 */
export function createOutboxDispatcher(deps: DispatcherDeps) {
  const log = deps.logger.child({ module: 'outbox' })
  const now = deps.now ?? Date.now
  const repo = createOutboxRepo(deps.db)
  const scheduler = createSendScheduler(deps.limits, now)
  const pollMs = deps.pollMs ?? 250
  const idlePollMaxMs = Math.max(pollMs, deps.idlePollMaxMs ?? 2_000)
  const batchSize = deps.batchSize ?? 500
  const maxLanes = deps.maxLanes ?? 64
  const maxQueued = deps.maxQueued ?? 10_000
  const maxQueuedPerChat = deps.maxQueuedPerChat ?? 100
  const retry = deps.retry ?? { baseMs: 500, maxMs: 30_000 }
  const endedSessionRetryMs = deps.endedSessionRetryMs ?? 24 * 3600_000
  const delayNoticeMs = deps.delayNoticeMs ?? 60_000
  const paid = deps.paidBroadcast?.enabled
    ? createPaidBroadcast({ redis: deps.redis, options: deps.paidBroadcast, logger: log, now })
    : null
  // Short, so a holder that died (kill -9, frozen) blocks the relay for at most ~5 s; renewed on its own
  // timer (below), so a slow database poll never lets a live holder's lease lapse.
  const leaseMs = deps.leaseMs ?? 5_000
  const stopGraceMs = deps.stopGraceMs ?? 5_000
  const bookkeepingBackoffMs = deps.bookkeepingBackoffMs ?? 5_000
  const markBatchMs = deps.markBatchMs ?? 25

  const lanes = new Map<number, Lane>()
  const held = new Set<number>()
  /** Rows settled lately, and those settled while a read is under way (it may still see them pending). */
  const settledIds = createSettledIds()
  let settledDuringRead: Set<number> | undefined
  const waiting: Lane[] = []
  let runningLanes = 0
  let stopping = false
  let loopDone: Promise<void> | undefined
  let sleepAbort = new AbortController()
  let callAbort = new AbortController()
  /** Bumped whenever the lease is lost: whatever was queued before may be delivered by someone else now. */
  let term = 0
  let lastDepthAt = 0
  /** The last read left rows in the database because `maxQueued` was reached. */
  let starved = false
  const idleWaiters = new Set<() => void>()
  const stats = { sent: 0, failed: 0, retried: 0, rateLimited: 0, paid: 0, delayNotices: 0 }
  const tr = { globalWaits: 0, chatParks: 0, pauses: 0, fetches: 0, handed: 0 }
  let marksTraced = 0

  const marks = createMarkBatcher({
    markSentMany: (rows) => repo.markSentMany(rows),
    windowMs: markBatchMs,
    maxBatch: batchSize,
    // a single lane has nobody to share the statement with: no reason to make its chat wait — and a reply to a
    // copy looks the copy up by its sent id, so a lone chat's mark should not sit in the window either
    flushAtOnce: () => stopping || runningLanes <= 1,
  })

  const lease = createOutboxLease({
    redis: deps.redis,
    logger: log,
    leaseMs,
    now,
    onLost: () => forgetQueued(),
  })

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (sleepAbort.signal.aborted) return resolve()
      const signal = sleepAbort.signal
      const t = setTimeout(done, ms)
      function done() {
        clearTimeout(t)
        signal.removeEventListener('abort', done)
        resolve()
      }
      signal.addEventListener('abort', done)
    })

  /**
   * After losing the lease: drop every row held in memory (they stay pending in the database and are read
   * afresh if the lease comes back). Lanes in flight finish their current send and then drop theirs.
   */
  function forgetQueued() {
    term++
    for (const lane of [...lanes.values()]) {
      if (lane.running) continue
      clearTimeout(lane.timer)
      for (const r of lane.queue) held.delete(r.id)
      lanes.delete(lane.chatId)
    }
    waiting.length = 0
  }

  /** Queues a row read or handed over; false when there is no room (it stays in the database). */
  function addRow(row: OutboxRow): boolean {
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
    // the chat's previous row waits for its mark in the group-commit window, alone: this one should not
    if (lane.marking && runningLanes <= 1) marks.flush()
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

  const known = (id: number) => held.has(id) || settledIds.has(id)

  /**
   * Rows this process just committed, handed over in memory: queued without reading them back when this
   * process holds the lease and knows every older pending row of their chats (order). False when any was
   * not taken: the database is read for it then.
   */
  function take(rows: readonly HandedRow[]): boolean {
    if (!lease.leader || stopping || !loopDone) return false
    let all = true
    for (const row of [...rows].sort((a, b) => a.id - b.id)) {
      // already read by a poll (queued, or even sent)
      if (known(row.id)) continue
      const lane = lanes.get(row.chatId)
      // a newer row of the chat is held already (committed first by another writer): let a read sort it out
      const newerHeld = lane !== undefined && (lane.queue.at(-1)?.id ?? 0) > row.id
      if ((lane && lane.term !== term) || newerHeld || !olderRowsKnown(row, known)) {
        all = false
        break
      }
      const { olderPending: _, ...plain } = row
      if (!addRow(plain)) {
        all = false
        break
      }
      tr.handed++
    }
    startLanesDetached()
    return all
  }

  /**
   * The lane must wait: give its slot to another chat and come back when the wait is over. A chat in a long
   * back-off thus never holds up other chats, however many are waiting.
   */
  function park(lane: Lane, ms: number) {
    clearTimeout(lane.timer)
    lane.timer = setTimeout(() => {
      lane.timer = undefined
      if (stopping || lanes.get(lane.chatId) !== lane || lane.running) return
      if (!waiting.includes(lane)) waiting.push(lane)
      startLanes()
    }, ms)
  }

  function startLanes() {
    while (runningLanes < maxLanes && waiting.length > 0 && !stopping) {
      const lane = waiting.shift()!
      if (lane.running || lane.queue.length === 0) continue
      void runLane(lane)
    }
  }
  /**
   * Lanes started by a handover run in the dispatcher's own async context, not in the handler's that
   * handed the row (their I/O is not the update's: tracing, per-update accounting).
   */
  const startLanesDetached = AsyncResource.bind(startLanes)

  function settle(lane: Pick<Lane, 'queue' | 'more'>, row: OutboxRow) {
    if (lane.queue[0] === row) lane.queue.shift()
    done(row.id)
    // rows were left in the database for want of room: read again once there is room for a good batch,
    // not only at the next poll
    if (lane.more && lane.queue.length <= maxQueuedPerChat >> 1) {
      lane.more = false
      poke()
    }
    if (starved && held.size <= maxQueued >> 1) {
      starved = false
      poke()
    }
  }

  function poke() {
    poller.poke()
  }

  const wakeUp = createOutboxWake({
    redis: deps.redis,
    logger: log,
    onWake: () => {
      if (lease.leader) poke()
    },
  })

  /**
   * This process queued rows: take those handed over (see `take`), else read them now, or tell the lease
   * holder in another process.
   */
  function notify(handed?: readonly HandedRow[]) {
    if (handed && handed.length > 0 && take(handed)) return
    poke()
    if (!lease.leader) wakeUp.publish()
  }

  async function untilDone<T>(what: string, fn: () => Promise<T>): Promise<T> {
    // Bookkeeping after Telegram accepted: retry rather than resend, however long the database is away
    // (giving up would leave the row pending and send it again). Only a stop ends the wait; the row then
    // stays pending and the next start sends it again — the one at-least-once window.
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn()
      } catch (err) {
        if (stopping) throw err
        log.warn({ error: safeError(err), what, attempt }, 'outbox bookkeeping failed, retrying')
        await sleep(Math.min(bookkeepingBackoffMs, 100 * 2 ** Math.min(attempt, 16)))
      }
    }
  }

  const notices = createLaneNotices({
    db: deps.db,
    repo,
    render: deps.renderNotice,
    logger: log,
    now,
    delayNoticeMs,
    stats,
    onQueued: poke,
  })

  const sendFailed = createSendFailures({
    repo,
    scheduler,
    notices,
    logger: log,
    now,
    stats,
    retry,
    endedSessionRetryMs,
    onRecipientGone: deps.onRecipientGone,
    untilDone,
    settle,
    // called once the chat's pending rows are marked failed
    dropQueue: (lane) => {
      for (const r of lane.queue) done(r.id)
      lane.queue.length = 0
    },
  })

  async function deliver(lane: Lane, row: OutboxRow, paidSend: boolean): Promise<void> {
    const prepared = await prepareRow(deps.db, repo, row)
    if (prepared.kind === 'no-copy-to-edit') {
      await untilDone('markFailed', () => repo.markFailed(row.id, 'no-copy-to-edit'))
      settle(lane, row)
      return
    }
    if (prepared.kind === 'nothing-to-delete') {
      await untilDone('markSent', () => repo.markSent(row.id, undefined, false))
      settle(lane, row)
      return
    }
    const params = prepared.params
    // the budget is claimed right before the call, so lanes sending at once never overshoot it
    const paidNow = paidSend && (paid?.reserve() ?? false)
    if (paidNow) params.allow_paid_broadcast = true
    let accepted = false
    try {
      const sentAt = now()
      const res = await deps.transport.call(row.method as never, params, callAbort.signal)
      accepted = true
      if (!paidNow) scheduler.accepted(sentAt)
      if (paidNow) {
        paid?.spent()
        stats.paid++
        deps.metrics.relayPaidBroadcasts.inc()
      }
      // The mark waits up to markBatchMs for other lanes' marks (one statement for all), unless the chat's
      // next row is waiting and no other lane runs to share the statement with.
      lane.marking = true
      try {
        const urgent = lane.queue.length > 1 && runningLanes <= 1
        await untilDone('markSent', () => marks.mark(row, res.messageId, urgent))
      } finally {
        lane.marking = false
      }
      stats.sent++
      settle(lane, row)
      await notices.ifCaughtUp(lane)
    } catch (err) {
      if (paidNow && !accepted) paid?.release()
      await sendFailed(lane, row, params, err)
    }
  }

  async function runLane(lane: Lane) {
    lane.running = true
    runningLanes++
    try {
      while (lane.queue.length > 0 && !stopping && lease.leader && lane.term === term) {
        const row = lane.queue[0]!
        await notices.ifDelayed(lane, row)
        const wait = Math.max(lane.pausedUntil, row.notBefore.getTime()) - now()
        if (wait > 0) {
          tr.pauses++
          park(lane, wait)
          break
        }
        const paidSend = row.method === 'copyMessage' && (paid?.active() ?? false)
        const take = scheduler.take(lane.chatId, { paid: paidSend })
        if (take.wait > 0) {
          // the chat's own limit: let other chats use the slot; the bot-wide one: every lane waits anyway
          if (take.on === 'chat') {
            tr.chatParks++
            park(lane, take.wait)
            break
          }
          tr.globalWaits++
          await sleep(take.wait)
          continue
        }
        try {
          await deliver(lane, row, paidSend)
        } catch (err) {
          // bookkeeping failed for good (database down): keep the row, try again later
          log.error({ error: safeError(err), id: row.id, sessionId: row.sessionId }, 'outbox lane error')
          lane.pausedUntil = now() + 2000
        }
      }
    } finally {
      lane.running = false
      runningLanes--
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
      if (!stopping) {
        // let the caller's stack unwind before starting more lanes
        queueMicrotask(startLanes)
        checkIdle()
      }
    }
  }

  function checkIdle() {
    if (held.size === 0 && runningLanes === 0) for (const w of [...idleWaiters]) w()
  }

  /** `empty`: the read just found nothing pending and nothing is held, so the depth is 0 without a count. */
  async function refreshDepth(empty: boolean) {
    // an empty outbox costs no count: say so at once (rows handed over in memory are sent without the reads
    // that used to refresh the gauge, so a count taken mid-burst could otherwise stand after the burst)
    if (empty) deps.metrics.outboxDepth.set(0)
    const t = now()
    if (t - lastDepthAt < 1000) return
    lastDepthAt = t
    deps.metrics.outboxDepth.set(empty ? 0 : await repo.pendingCount())
    deps.metrics.relayGlobalRate.set(scheduler.globalPerSec)
    if (paid) await paid.refresh(empty ? null : await repo.oldestPendingAt())
  }

  /** One poll: 'follower' without the lease, 'idle' when nothing is pending or held. */
  async function tick(): Promise<PollState> {
    if (!(await lease.hold())) return 'follower'
    let fetched = -1
    if (held.size < maxQueued) {
      const fullChats = [...lanes.values()]
        .filter((l) => l.queue.length >= maxQueuedPerChat)
        .map((l) => l.chatId)
      tr.fetches++
      const settled = new Set<number>()
      settledDuringRead = settled
      let rows: OutboxRow[]
      try {
        rows = await repo.fetchPending({
          limit: Math.min(batchSize, maxQueued - held.size),
          excludeIds: [...held],
          excludeChats: fullChats,
        })
      } finally {
        settledDuringRead = undefined
      }
      fetched = rows.length
      // rows handed over while the read ran are held already, or even sent
      for (const row of rows) if (!held.has(row.id) && !settled.has(row.id)) addRow(row)
      startLanes()
      if (rows.length === 0) checkIdle()
    } else {
      starved = true
    }
    const empty = fetched === 0 && held.size === 0 && runningLanes === 0
    await refreshDepth(empty)
    if (lanes.size === 0) scheduler.prune()
    return empty ? 'idle' : 'busy'
  }

  const poller = createPollLoop({ tick, pollMs, idlePollMaxMs, logger: log, stopping: () => stopping })

  return {
    stats,
    /** The adaptive global rate now (msg/s) and paid-broadcast spending (benchmarks, tests). */
    get rate() {
      return {
        perSec: scheduler.globalPerSec,
        /** The ceiling learnt from Telegram's 429s (msg/s), null while none is known. */
        ceiling: scheduler.ceiling,
        ...scheduler.adaptiveStats,
        paidStarsToday: paid?.spentStars ?? 0,
      }
    },
    /**
     * Profiling counters since the last call (benchmarks): waits on the global rate, lanes parked on their
     * chat's rate or a retry_after, database reads and mark statements; and the lanes, rows held now.
     */
    takeTrace() {
      const out = {
        ...tr,
        markStatements: marks.statements - marksTraced,
        running: runningLanes,
        waiting: waiting.length,
        held: held.size,
        lanes: lanes.size,
      }
      tr.globalWaits = tr.chatParks = tr.pauses = tr.fetches = tr.handed = 0
      marksTraced = marks.statements
      return out
    },
    /**
     * New rows were committed: take the ones handed over (`HandedRow`, the relay's), read the others now
     * (here, or in the process holding the lease).
     */
    notify,
    start() {
      if (loopDone) return
      stopping = false
      sleepAbort = new AbortController()
      callAbort = new AbortController()
      // every sleeping lane and in-flight call listens on these
      setMaxListeners(0, sleepAbort.signal, callAbort.signal)
      loopDone = poller.run()
      lease.startRenewing()
      wakeUp.start()
    },
    /** Finishes in-flight sends (aborting them after a grace period); pending rows stay for the next start. */
    async stop() {
      if (!loopDone) return
      stopping = true
      lease.stopRenewing()
      wakeUp.stop()
      poller.interrupt()
      sleepAbort.abort()
      const lanesDone = new Promise<void>((resolve) => {
        const check = () => (runningLanes === 0 ? resolve() : setTimeout(check, 20))
        check()
      })
      marks.flush()
      const grace = setTimeout(() => callAbort.abort(), stopGraceMs)
      await Promise.all([loopDone, lanesDone])
      clearTimeout(grace)
      loopDone = undefined
      for (const lane of lanes.values()) clearTimeout(lane.timer)
      lanes.clear()
      held.clear()
      waiting.length = 0
      await lease.release()
    },
    /** Resolves once nothing is queued or in flight (tests, benchmarks). */
    async idle(): Promise<void> {
      for (;;) {
        if (held.size === 0 && runningLanes === 0 && (await repo.pendingCount()) === 0) return
        await new Promise<void>((resolve) => {
          const t = setTimeout(done, 200)
          function done() {
            clearTimeout(t)
            idleWaiters.delete(done)
            resolve()
          }
          idleWaiters.add(done)
        })
      }
    },
  }
}

export type OutboxDispatcher = ReturnType<typeof createOutboxDispatcher>
