import type { Logger } from '../../logger.js'
import { RecipientGoneError } from '../messenger.js'
import type { LaneNotices, NoticeLane } from './dispatcher-notices.js'
import { goneElsewhere } from './dispatcher-rows.js'
import type { OutboxRepo, OutboxRow } from './outbox.js'
import { safeError, safeErrorText } from './safe-error.js'
import type { SendScheduler } from './token-bucket.js'
import { PermanentSendError, RateLimitedError } from './transport.js'

/** What the failure policy reads and changes of a dispatcher lane (one chat's queue). */
export type FailureLane = NoticeLane & { chatId: number; pausedUntil: number }

/**
 * The dispatcher's policy for a send Telegram did not accept, by cause:
 * - the user blocked the bot (403): every pending row of the chat fails, their senders are told, then
 *   `onRecipientGone` (the session ends) — unless it was an erase row for the other chat, which alone fails;
 * - 429: the lane waits `retry_after` and the global rate is lowered;
 * - 400 (permanent): the row fails and its sender is told;
 * - anything else (network, 5xx): retried with back-off for as long as the session lasts, then given up
 *   once it is also older than `endedSessionRetryMs` (the sender is told).
 */
export function createSendFailures(deps: {
  repo: Pick<
    OutboxRepo,
    'markFailed' | 'pendingCopiesForChat' | 'failAllPendingForChat' | 'recordAttempt' | 'sessionActive'
  >
  scheduler: Pick<SendScheduler, 'rateLimited' | 'globalPerSec'>
  notices: LaneNotices
  logger: Logger
  now: () => number
  stats: { failed: number; rateLimited: number; retried: number }
  retry: { baseMs: number; maxMs: number }
  endedSessionRetryMs: number
  onRecipientGone: ((chatId: number) => Promise<void>) | undefined
  /** Retries a bookkeeping write until it succeeds (or the dispatcher stops). */
  untilDone: <T>(what: string, fn: () => Promise<T>) => Promise<T>
  /** The row is done with (sent or failed): off the lane and out of memory. */
  settle: (lane: FailureLane, row: OutboxRow) => void
  /** Drops every row the lane holds in memory. */
  dropQueue: (lane: FailureLane) => void
}) {
  const { repo, scheduler, notices, now, stats, retry, untilDone, settle, logger: log } = deps

  return async function sendFailed(
    lane: FailureLane,
    row: OutboxRow,
    params: Record<string, unknown>,
    err: unknown,
  ): Promise<void> {
    if (err instanceof RecipientGoneError && goneElsewhere(params, row)) {
      await untilDone('markFailed', () => repo.markFailed(row.id, 'recipient-gone'))
      settle(lane, row)
      return
    }
    if (err instanceof RecipientGoneError) {
      const copies = await repo.pendingCopiesForChat(row.chatId)
      const ids = await repo.failAllPendingForChat(row.chatId, 'recipient-gone')
      stats.failed += ids.length
      deps.dropQueue(lane)
      lane.delayed.clear()
      log.info({ id: row.id, sessionId: row.sessionId, dropped: ids.length }, 'recipient blocked the bot')
      // before the session ends: the sender reads which messages were lost, then that the partner left
      await notices.undeliverable(copies, 'recipient-gone')
      try {
        await deps.onRecipientGone?.(row.chatId)
      } catch (hookErr) {
        log.error({ error: safeError(hookErr) }, 'onRecipientGone failed')
      }
      return
    }
    if (err instanceof RateLimitedError) {
      stats.rateLimited++
      if (scheduler.rateLimited(row.chatId, err.retryAfterSec * 1000))
        log.info(
          { perSec: Number(scheduler.globalPerSec.toFixed(1)) },
          'outbox global rate lowered after 429s',
        )
      lane.pausedUntil = now() + err.retryAfterSec * 1000
      await repo.recordAttempt(row.id, 'rate-limited', new Date(lane.pausedUntil)).catch(() => {})
      return
    }
    if (err instanceof PermanentSendError) {
      stats.failed++
      log.warn(
        { id: row.id, sessionId: row.sessionId, error: safeError(err) },
        'outbox row rejected by Telegram',
      )
      await untilDone('markFailed', () => repo.markFailed(row.id, err.message))
      settle(lane, row)
      await notices.undeliverable([row], 'rejected')
      await notices.ifCaughtUp(lane)
      return
    }
    row.attempts++
    if (
      now() - row.createdAt.getTime() > deps.endedSessionRetryMs &&
      !(await repo.sessionActive(row.sessionId))
    ) {
      stats.failed++
      log.error(
        { id: row.id, sessionId: row.sessionId, attempts: row.attempts, error: safeError(err) },
        'outbox row given up: session over and retry window passed',
      )
      await untilDone('markFailed', () => repo.markFailed(row.id, `expired: ${safeErrorText(err)}`))
      settle(lane, row)
      await notices.undeliverable([row], 'expired')
      return
    }
    stats.retried++
    const delay = Math.min(retry.maxMs, retry.baseMs * 2 ** Math.min(row.attempts - 1, 20))
    row.notBefore = new Date(now() + delay)
    log.warn(
      { id: row.id, sessionId: row.sessionId, attempts: row.attempts, error: safeError(err) },
      'outbox send failed, will retry',
    )
    await repo.recordAttempt(row.id, safeErrorText(err), row.notBefore).catch(() => {})
  }
}
