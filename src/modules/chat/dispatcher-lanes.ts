import { AsyncResource } from 'node:async_hooks'
import type { Db } from '../../db/client.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import type { createSendFailures } from './dispatcher-failures.js'
import type { LaneNotices } from './dispatcher-notices.js'
import type { DispatchQueue, Lane } from './dispatcher-queue.js'
import { prepareRow, readsMarks } from './dispatcher-rows.js'
import type { OutboxRepo, OutboxRow } from './outbox.js'
import type { createMarkBatcher } from './outbox-marks.js'
import type { PaidBroadcast } from './paid-broadcast.js'
import { safeError } from './safe-error.js'
import type { SendScheduler } from './token-bucket.js'
import type { OutboxTransport } from './transport.js'

/** Counters of how lanes waited (profiling, the dispatcher's `takeTrace`). */
export type LaneTrace = { globalWaits: number; chatParks: number; pauses: number }

/**
 * Runs the dispatcher's lanes: up to `maxLanes` chats at once, each strictly sequential. A lane sends its
 * head row when the row's `notBefore`, the lane's pause and the token-bucket scheduler allow it; a lane that
 * must wait on its own chat gives its slot to another (`park`), a wait on the bot-wide rate is waited out in
 * place. Delivery resolves copies (dispatcher-rows.ts), claims the paid-broadcast budget, calls Telegram and
 * marks the row sent (group commit, outbox-marks.ts); a failed send goes to the failure policy.
 */
export function createLaneRunner(deps: {
  db: Db
  repo: Pick<OutboxRepo, 'markFailed' | 'markSent' | 'findSourceOfCopy' | 'findCopyId'>
  queue: DispatchQueue
  transport: OutboxTransport
  scheduler: Pick<SendScheduler, 'take' | 'accepted'>
  paid: PaidBroadcast | null
  marks: Pick<ReturnType<typeof createMarkBatcher>, 'mark' | 'settled'>
  notices: Pick<LaneNotices, 'ifDelayed' | 'ifCaughtUp'>
  sendFailed: ReturnType<typeof createSendFailures>
  metrics: Pick<Metrics, 'relayPaidBroadcasts'>
  logger: Logger
  now: () => number
  maxLanes: number
  stats: { sent: number; paid: number }
  trace: LaneTrace
  /** Retries a bookkeeping write until it succeeds (or the dispatcher stops). */
  untilDone: <T>(what: string, fn: () => Promise<T>) => Promise<T>
  /** Waits, cut short by a stop. */
  sleep: (ms: number) => Promise<void>
  leader: () => boolean
  stopping: () => boolean
  /** Aborts in-flight calls once the stop's grace is over. */
  callSignal: () => AbortSignal
  /** A lane stopped running (not on stop): the dispatcher may be idle now. */
  onLaneEnded: () => void
}) {
  const { queue, scheduler, paid, now, stats, trace: tr, untilDone, stopping, logger: log } = deps

  /**
   * The lane must wait: give its slot to another chat and come back when the wait is over. A chat in a long
   * back-off thus never holds up other chats, however many are waiting.
   */
  function park(lane: Lane, ms: number) {
    clearTimeout(lane.timer)
    lane.timer = setTimeout(() => {
      lane.timer = undefined
      if (stopping() || !queue.requeue(lane)) return
      startLanes()
    }, ms)
  }

  function startLanes() {
    while (queue.running < deps.maxLanes && !stopping()) {
      const lane = queue.nextToRun()
      if (!lane) break
      void runLane(lane)
    }
  }

  async function deliver(lane: Lane, row: OutboxRow, paidSend: boolean): Promise<void> {
    // a reply, an edit or an erase finds delivered copies by their "sent" mark: marks still in the group-commit
    // window (a copy delivered to the other chat a moment ago) are written first
    if (readsMarks(row)) await deps.marks.settled()
    const prepared = await prepareRow(deps.db, deps.repo, row)
    if (prepared.kind === 'no-copy-to-edit') {
      await untilDone('markFailed', () => deps.repo.markFailed(row.id, 'no-copy-to-edit'))
      queue.settle(lane, row)
      return
    }
    if (prepared.kind === 'nothing-to-delete') {
      await untilDone('markSent', () => deps.repo.markSent(row.id, undefined, false))
      queue.settle(lane, row)
      return
    }
    const params = prepared.params
    // the budget is claimed right before the call, so lanes sending at once never overshoot it
    const paidNow = paidSend && (paid?.reserve() ?? false)
    if (paidNow) params.allow_paid_broadcast = true
    let accepted = false
    try {
      const sentAt = now()
      const res = await deps.transport.call(row.method as never, params, deps.callSignal())
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
        const urgent = lane.queue.length > 1 && queue.running <= 1
        await untilDone('markSent', () => deps.marks.mark(row, res.messageId, urgent))
      } finally {
        lane.marking = false
      }
      stats.sent++
      queue.settle(lane, row)
      await deps.notices.ifCaughtUp(lane)
    } catch (err) {
      if (paidNow && !accepted) paid?.release()
      await deps.sendFailed(lane, row, params, err)
    }
  }

  async function runLane(lane: Lane) {
    queue.laneStarted(lane)
    try {
      while (lane.queue.length > 0 && !stopping() && deps.leader() && lane.term === queue.term) {
        const row = lane.queue[0]!
        await deps.notices.ifDelayed(lane, row)
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
          await deps.sleep(take.wait)
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
      queue.laneEnded(lane, stopping())
      if (!stopping()) {
        // let the caller's stack unwind before starting more lanes
        queueMicrotask(startLanes)
        deps.onLaneEnded()
      }
    }
  }

  return {
    /** Starts waiting lanes while there are free slots. */
    startLanes,
    /**
     * The same, for lanes started by a handover: they run in the dispatcher's own async context, not in the
     * handler's that handed the row (their I/O is not the update's: tracing, per-update accounting).
     */
    startLanesDetached: AsyncResource.bind(startLanes),
  }
}
