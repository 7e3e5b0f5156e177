import type { Db } from '../../db/client.js'
import type { Logger } from '../../logger.js'
import { createDeliveryNotices, type RenderDeliveryNotice, senderOf } from './delivery-notices.js'
import type { OutboxRepo, OutboxRow } from './outbox.js'
import { safeError } from './safe-error.js'

/** What the notices read of a dispatcher lane (one chat's queue). */
export type NoticeLane = {
  queue: OutboxRow[]
  /** Rows of this chat were left in the database because the lane was full. */
  more: boolean
  /** Senders told their message here is delayed (this episode), to be told once it is delivered. */
  delayed: Map<number, number | null>
}

/**
 * The dispatcher's notices to senders: "delayed" once per episode when a lane's head copy waits too long,
 * "delivered" when the episode is over, "not delivered" for rows given up. Best effort: a notice that cannot
 * be queued is logged, never allowed to hold up delivery. Without `render` nobody is told.
 */
export function createLaneNotices(deps: {
  db: Db
  repo: Pick<OutboxRepo, 'markDelayNoticed'>
  render: RenderDeliveryNotice | undefined
  logger: Logger
  now: () => number
  delayNoticeMs: number
  stats: { delayNotices: number }
  /** A notice was queued: read it now. */
  onQueued: () => void
}) {
  const { repo, now, delayNoticeMs, stats, logger: log } = deps
  const notices = deps.render ? createDeliveryNotices({ db: deps.db, render: deps.render }) : null

  /** Best effort: a notice that cannot be queued now is not worth holding up delivery. */
  async function tell(what: string, fn: () => Promise<unknown>) {
    try {
      await fn()
    } catch (err) {
      log.warn({ error: safeError(err), what }, 'outbox delivery notice failed')
    }
  }

  const isLate = (row: OutboxRow) => now() - row.createdAt.getTime() > delayNoticeMs

  /** The lane's head copy has waited over a minute: tell its sender, once per episode. */
  async function noticeIfDelayed(lane: NoticeLane, row: OutboxRow) {
    const sender = senderOf(row)
    if (!notices || sender === null || lane.delayed.has(sender) || !isLate(row)) return
    if (row.payload._delayNoticed) {
      // told before a restart: only the "delivered" notice is still owed
      lane.delayed.set(sender, row.sessionId)
      return
    }
    await notices.send({
      senderChatId: sender,
      sessionId: row.sessionId,
      notice: { kind: 'delayed' },
      replyTo: row.sourceMessageId,
      alongside: (tx) => repo.markDelayNoticed(tx, row.id),
    })
    row.payload._delayNoticed = true
    lane.delayed.set(sender, row.sessionId)
    stats.delayNotices++
    deps.onQueued()
  }

  return {
    /** Before sending the lane's head row: tell its sender if it is late (once per episode). */
    ifDelayed: (lane: NoticeLane, row: OutboxRow) => tell('delayed', () => noticeIfDelayed(lane, row)),

    /** After a delivery: the delay episode is over once nothing late is left at the head of the lane. */
    async ifCaughtUp(lane: NoticeLane) {
      if (!notices || lane.delayed.size === 0) return
      const next = lane.queue[0]
      if (next && isLate(next)) return
      if (!next && lane.more) return
      const told = [...lane.delayed]
      lane.delayed.clear()
      for (const [sender, sessionId] of told)
        await tell('delivered-late', () =>
          notices.send({ senderChatId: sender, sessionId, notice: { kind: 'delivered-late' } }),
        )
      deps.onQueued()
    },

    /** Tell each sender the first of their messages that will not be delivered (and how many in all). */
    async undeliverable(rows: OutboxRow[], reason: 'rejected' | 'recipient-gone' | 'expired') {
      if (!notices) return
      const bySender = new Map<number, { first: OutboxRow; count: number }>()
      for (const r of rows) {
        const sender = senderOf(r)
        if (sender === null) continue
        const seen = bySender.get(sender)
        if (seen) seen.count++
        else bySender.set(sender, { first: r, count: 1 })
      }
      for (const [sender, { first, count }] of bySender)
        await tell('undeliverable', () =>
          notices.send({
            senderChatId: sender,
            sessionId: first.sessionId,
            notice: { kind: 'undeliverable', reason, count },
            replyTo: first.sourceMessageId,
          }),
        )
      if (bySender.size > 0) deps.onQueued()
    },
  }
}

export type LaneNotices = ReturnType<typeof createLaneNotices>
