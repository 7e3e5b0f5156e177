import { setMaxListeners } from 'node:events'
import type { DispatcherDeps } from './dispatcher-deps.js'
import { createSendFailures } from './dispatcher-failures.js'
import { queueHanded } from './dispatcher-handoff.js'
import { createLaneRunner } from './dispatcher-lanes.js'
import { createOutboxLease } from './dispatcher-lease.js'
import { createLaneNotices } from './dispatcher-notices.js'
import { createPollLoop, type PollState } from './dispatcher-poll.js'
import { createDispatchQueue } from './dispatcher-queue.js'
import { createOutboxRepo, type HandedRow } from './outbox.js'
import { createMarkBatcher } from './outbox-marks.js'
import { createOutboxWake } from './outbox-wake.js'
import { createPaidBroadcast } from './paid-broadcast.js'
import { safeError } from './safe-error.js'
import { createSendScheduler } from './token-bucket.js'

export type { DispatcherDeps }

/**
 * Delivers the relay outbox: per-chat FIFO lanes (order = row id), a token-bucket scheduler for Telegram's
 * per-chat and global limits, 429 back-off, retries of transient failures, and resumption of whatever is
 * still `pending` after a restart. Runs as a background entry of the app.
 *
 * This file wires the parts and runs the poll: the rows held in memory (dispatcher-queue.ts), running the
 * lanes (dispatcher-lanes.ts), the handover (dispatcher-handoff.ts), failures (dispatcher-failures.ts),
 * notices to senders (dispatcher-notices.ts), the lease (dispatcher-lease.ts), the poll loop
 * (dispatcher-poll.ts) and the group commit of "sent" marks (outbox-marks.ts).
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

  let stopping = false
  let loopDone: Promise<void> | undefined
  let sleepAbort = new AbortController()
  let callAbort = new AbortController()
  let lastDepthAt = 0
  const idleWaiters = new Set<() => void>()
  const stats = { sent: 0, failed: 0, retried: 0, rateLimited: 0, paid: 0, delayNotices: 0 }
  const tr = { globalWaits: 0, chatParks: 0, pauses: 0, fetches: 0, handed: 0 }
  let marksTraced = 0

  const queue = createDispatchQueue({
    maxQueued,
    maxQueuedPerChat,
    flushMarks: () => marks.flush(),
    readAgain: () => poke(),
  })

  const marks = createMarkBatcher({
    markSentMany: (rows) => repo.markSentMany(rows),
    windowMs: markBatchMs,
    maxBatch: batchSize,
    // a lone lane's mark waits in the window too (issue #14: with a fast Bot API lanes rarely overlap, and each
    // delivery was a statement and a WAL flush of its own); its chat's next row does not wait for it (`urgent`,
    // queue.add), and replies, edits and erasures write the waiting marks before they look copies up (`settled`)
    flushAtOnce: () => stopping,
  })

  const lease = createOutboxLease({
    redis: deps.redis,
    logger: log,
    leaseMs,
    now,
    onLost: () => queue.forgetQueued(),
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
   * Rows this process just committed, handed over in memory: queued without reading them back when this
   * process holds the lease and knows every older pending row of their chats (order). False when any was
   * not taken: the database is read for it then.
   */
  function take(rows: readonly HandedRow[]): boolean {
    if (!lease.leader || stopping || !loopDone) return false
    const { all, handed } = queueHanded(queue, rows)
    tr.handed += handed
    lanes.startLanesDetached()
    return all
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
    settle: queue.settle,
    // called once the chat's pending rows are marked failed
    dropQueue: queue.dropQueue,
  })

  const lanes = createLaneRunner({
    db: deps.db,
    repo,
    queue,
    transport: deps.transport,
    scheduler,
    paid,
    marks,
    notices,
    sendFailed,
    metrics: deps.metrics,
    logger: log,
    now,
    maxLanes,
    stats,
    trace: tr,
    untilDone,
    sleep,
    leader: () => lease.leader,
    stopping: () => stopping,
    callSignal: () => callAbort.signal,
    onLaneEnded: () => checkIdle(),
  })

  function checkIdle() {
    if (queue.empty) for (const w of [...idleWaiters]) w()
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
    const fetched = await queue.fill((q) => {
      tr.fetches++
      return repo.fetchPending(q)
    }, batchSize)
    if (fetched !== null) {
      lanes.startLanes()
      if (fetched === 0) checkIdle()
    }
    const empty = fetched === 0 && queue.empty
    await refreshDepth(empty)
    if (queue.lanes === 0) scheduler.prune()
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
        running: queue.running,
        waiting: queue.waiting,
        held: queue.held,
        lanes: queue.lanes,
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
        const check = () => (queue.running === 0 ? resolve() : setTimeout(check, 20))
        check()
      })
      marks.flush()
      const grace = setTimeout(() => callAbort.abort(), stopGraceMs)
      await Promise.all([loopDone, lanesDone])
      clearTimeout(grace)
      loopDone = undefined
      queue.clear()
      await lease.release()
    },
    /** Resolves once nothing is queued or in flight (tests, benchmarks). */
    async idle(): Promise<void> {
      for (;;) {
        if (queue.empty && (await repo.pendingCount()) === 0) return
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
