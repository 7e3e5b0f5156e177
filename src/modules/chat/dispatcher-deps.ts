import type { Redis } from 'ioredis'
import type { Db } from '../../db/client.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import type { RenderDeliveryNotice } from './delivery-notices.js'
import type { PaidBroadcastOptions } from './paid-broadcast.js'
import type { SendLimits } from './token-bucket.js'
import type { OutboxTransport } from './transport.js'

/** What the outbox dispatcher (dispatcher.ts) is given: its services and its tuning, each with a default. */
export type DispatcherDeps = {
  db: Db
  redis: Redis
  transport: OutboxTransport
  metrics: Pick<Metrics, 'outboxDepth' | 'relayGlobalRate' | 'relayPaidBroadcasts'>
  logger: Logger
  limits: SendLimits
  /** Fallback polling interval; rows written by this process wake the dispatcher at once (`notify`). */
  pollMs?: number
  /**
   * With nothing to deliver the poll backs off, doubling from `pollMs` up to this: an idle relay costs
   * about one small query per interval. Rows written by this process still wake it at once; rows written
   * by another replica wait at most this long.
   */
  idlePollMaxMs?: number
  batchSize?: number
  /** Chats served concurrently (each chat is strictly sequential). */
  maxLanes?: number
  /**
   * Rows held in memory at most, in all and per chat; the rest wait in the database. Keeps memory and the
   * read query bounded however large the backlog grows (a long Telegram outage), and one stuck chat from
   * filling the dispatcher.
   */
  maxQueued?: number
  maxQueuedPerChat?: number
  /**
   * Back-off between retries of a transient failure (network, 5xx): doubling from `baseMs`, capped at
   * `maxMs`. Retries never stop while the row's session is active; the lane (that chat) waits, later
   * messages of the chat stay behind it, other chats go on.
   */
  retry?: { baseMs: number; maxMs: number }
  /**
   * A row whose session has ended is still retried until it is this old, then given up (the sender is
   * told). Messages accepted before /end are delivered, whatever the reason the session ended.
   */
  endedSessionRetryMs?: number
  /** The sender is told once their message has waited longer than this (and again once delivered). */
  delayNoticeMs?: number
  /** Wording of the notices to senders (delayed, delivered, not delivered); none → nobody is told. */
  renderNotice?: RenderDeliveryNotice
  /** `allow_paid_broadcast` when the backlog is old (off unless the operator enables it). */
  paidBroadcast?: PaidBroadcastOptions
  /** Leadership lease: one dispatcher per deployment keeps per-chat order across processes. */
  leaseMs?: number
  /** Grace for in-flight calls on stop before they are aborted. */
  stopGraceMs?: number
  /**
   * Group commit of the "sent" marks: deliveries of all lanes within this window are marked in one statement
   * (at once when the chat's next row waits and no other lane runs, and during a stop).
   * A lane waits for its own mark before its chat's next send, so at most one row per chat is ever sent and
   * not yet marked (the row a hard kill may send again).
   */
  markBatchMs?: number
  /** Upper bound of the back-off between retries of a bookkeeping write after Telegram accepted a send. */
  bookkeepingBackoffMs?: number
  /** A chat's user blocked the bot: end their session (chat service). */
  onRecipientGone?: (chatId: number) => Promise<void>
  now?: () => number
}
