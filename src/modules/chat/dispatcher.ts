import { randomBytes } from 'node:crypto'
import { setMaxListeners } from 'node:events'
import type { Redis } from 'ioredis'
import type { Db } from '../../db/client.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import { RecipientGoneError } from '../messenger.js'
import { createDeliveryNotices, type RenderDeliveryNotice, senderOf } from './delivery-notices.js'
import { idsToDelete } from './erase.js'
import { createOutboxRepo, type OutboxRow } from './outbox.js'
import { createMarkBatcher } from './outbox-marks.js'
import { createOutboxWake } from './outbox-wake.js'
import { createPaidBroadcast, type PaidBroadcastOptions } from './paid-broadcast.js'
import { safeError, safeErrorText } from './safe-error.js'
import { createSendScheduler, type SendLimits } from './token-bucket.js'
import { type OutboxTransport, PermanentSendError, RateLimitedError } from './transport.js'

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
   * (while only one lane runs, at once).
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
}

const LEASE_KEY = 'chat:outbox:leader'
/**
 * Acquire and renew in one: take the lease if free or already ours (then extend it). After a failed renewal
 * (a Redis error, or a reply lost on the way) the holder thus gets its own lease back at once instead of
 * waiting for the key to expire.
 */
const ACQUIRE = `local v = redis.call('get', KEYS[1])
if v == false or v == ARGV[1] then
  redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`

/**
 * Delivers the relay outbox: per-chat FIFO lanes (order = row id), a token-bucket scheduler for Telegram's
 * per-chat and global limits, 429 back-off, retries of transient failures, and resumption of whatever is
 * still `pending` after a restart. Runs as a background entry of the app.
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
  const notices = deps.renderNotice ? createDeliveryNotices({ db: deps.db, render: deps.renderNotice }) : null
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
  const waiting: Lane[] = []
  let runningLanes = 0
  let stopping = false
  let loopDone: Promise<void> | undefined
  let renewTimer: ReturnType<typeof setInterval> | undefined
  let sleepAbort = new AbortController()
  let callAbort = new AbortController()
  let wake: (() => void) | undefined
  let woken = false
  let leader = false
  /** Bumped whenever the lease is lost: whatever was queued before may be delivered by someone else now. */
  let term = 0
  let lastRenew = 0
  let lastDepthAt = 0
  /** The last read left rows in the database because `maxQueued` was reached. */
  let starved = false
  const token = randomBytes(12).toString('hex')
  const idleWaiters = new Set<() => void>()
  const stats = { sent: 0, failed: 0, retried: 0, rateLimited: 0, paid: 0, delayNotices: 0 }
  const tr = { globalWaits: 0, chatParks: 0, pauses: 0, fetches: 0 }
  let marksTraced = 0

  const marks = createMarkBatcher({
    markSentMany: (rows) => repo.markSentMany(rows),
    windowMs: markBatchMs,
    maxBatch: batchSize,
    // a single lane has nobody to share the statement with: no reason to make its chat wait
    flushAtOnce: () => stopping || runningLanes <= 1,
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

  async function holdLease(): Promise<boolean> {
    const t = now()
    if (leader && t - lastRenew < leaseMs / 3) return true
    const wasLeader = leader
    try {
      leader = (await deps.redis.eval(ACQUIRE, 1, LEASE_KEY, token, String(leaseMs))) === 1
      if (wasLeader && !leader) log.warn('outbox lease lost')
      if (!wasLeader && leader) log.info('outbox lease acquired')
      lastRenew = t
    } catch (err) {
      log.warn({ error: safeError(err) }, 'outbox lease check failed')
      leader = false
    }
    if (wasLeader && !leader) forgetQueued()
    return leader
  }

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

  function addRow(row: OutboxRow) {
    let lane = lanes.get(row.chatId)
    // Rows come in id order, so a chat's held rows are always the oldest of its pending ones: a row left
    // out here (and every later one of the chat in this read) is read again once the lane has room.
    if (lane && lane.queue.length >= maxQueuedPerChat) {
      lane.more = true
      return
    }
    if (held.size >= maxQueued) {
      starved = true
      return
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
      }
      lanes.set(row.chatId, lane)
    }
    // ids of one chat commit in order (the session row is locked while enqueuing); insert sorted anyway
    const q = lane.queue
    let i = q.length
    while (i > 0 && q[i - 1]!.id > row.id) i--
    q.splice(i, 0, row)
    if (!lane.running && !lane.timer && !waiting.includes(lane)) waiting.push(lane)
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

  function settle(lane: Lane, row: OutboxRow) {
    if (lane.queue[0] === row) lane.queue.shift()
    held.delete(row.id)
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
    woken = true
    wake?.()
  }

  const wakeUp = createOutboxWake({
    redis: deps.redis,
    logger: log,
    onWake: () => {
      if (leader) poke()
    },
  })

  /** This process queued rows: read them now, or tell the lease holder in another process. */
  function notify() {
    poke()
    if (!leader) wakeUp.publish()
  }

  /** Bot API parameters for a row, resolving copies (edits, replies) through the outbox itself. */
  async function prepare(row: OutboxRow): Promise<Record<string, unknown> | null> {
    const params: Record<string, unknown> = { chat_id: row.chatId }
    for (const [k, v] of Object.entries(row.payload)) if (!k.startsWith('_')) params[k] = v
    const sessionId = row.sessionId
    if (row.method === 'copyMessage' && sessionId !== null && typeof row.payload._replyTo === 'number') {
      const replied = row.payload._replyTo
      const fromChat = Number(row.payload.from_chat_id)
      // the sender replied either to a copy of the partner's message or to one of their own
      const target =
        (await repo.findSourceOfCopy({ chatId: fromChat, sessionId, copyId: replied })) ??
        (await repo.findCopyId({ chatId: row.chatId, sessionId, sourceMessageId: replied }))
      if (target) params.reply_parameters = { message_id: target, allow_sending_without_reply: true }
    }
    if (row.method === 'editMessageText' || row.method === 'editMessageCaption') {
      if (sessionId === null || row.sourceMessageId === null) return null
      const copyId = await repo.findCopyId({
        chatId: row.chatId,
        sessionId,
        sourceMessageId: row.sourceMessageId,
      })
      if (!copyId) return null
      params.message_id = copyId
    }
    return params
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
  async function noticeIfDelayed(lane: Lane, row: OutboxRow) {
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
    poke()
  }

  /** After a delivery: the delay episode is over once nothing late is left at the head of the lane. */
  async function noticeIfCaughtUp(lane: Lane) {
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
    poke()
  }

  /** Tell each sender the first of their messages that will not be delivered (and how many in all). */
  async function noticeUndeliverable(rows: OutboxRow[], reason: 'rejected' | 'recipient-gone' | 'expired') {
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
    if (bySender.size > 0) poke()
  }

  async function deliver(lane: Lane, row: OutboxRow, paidSend: boolean): Promise<void> {
    const params = await prepare(row)
    if (!params) {
      // nothing to edit (copy never delivered or already purged)
      await untilDone('markFailed', () => repo.markFailed(row.id, 'no-copy-to-edit'))
      settle(lane, row)
      return
    }
    if (row.method === 'deleteMessages') {
      // erasing a conversation (erase.ts): copies queued before this row in the lane have their ids by now
      const ids = await idsToDelete(deps.db, row)
      if (ids.length === 0) {
        await untilDone('markSent', () => repo.markSent(row.id, undefined, false))
        settle(lane, row)
        return
      }
      params.message_ids = ids
    }
    // the budget is claimed right before the call, so lanes sending at once never overshoot it
    const paidNow = paidSend && (paid?.reserve() ?? false)
    if (paidNow) params.allow_paid_broadcast = true
    let accepted = false
    try {
      const res = await deps.transport.call(row.method as never, params, callAbort.signal)
      accepted = true
      if (!paidNow) scheduler.accepted()
      if (paidNow) {
        paid?.spent()
        stats.paid++
        deps.metrics.relayPaidBroadcasts.inc()
      }
      await untilDone('markSent', () => marks.mark(row, res.messageId))
      stats.sent++
      settle(lane, row)
      await noticeIfCaughtUp(lane)
    } catch (err) {
      if (paidNow && !accepted) paid?.release()
      if (err instanceof RecipientGoneError && params.chat_id !== row.chatId) {
        // a deletion in another chat than the lane's (erase.ts) whose user blocked the bot: only this row
        await untilDone('markFailed', () => repo.markFailed(row.id, 'recipient-gone'))
        settle(lane, row)
        return
      }
      if (err instanceof RecipientGoneError) {
        const copies = await repo.pendingCopiesForChat(row.chatId)
        const ids = await repo.failAllPendingForChat(row.chatId, 'recipient-gone')
        stats.failed += ids.length
        for (const r of lane.queue) held.delete(r.id)
        lane.queue.length = 0
        lane.delayed.clear()
        log.info({ id: row.id, sessionId: row.sessionId, dropped: ids.length }, 'recipient blocked the bot')
        // before the session ends: the sender reads which messages were lost, then that the partner left
        await noticeUndeliverable(copies, 'recipient-gone')
        try {
          await deps.onRecipientGone?.(row.chatId)
        } catch (hookErr) {
          log.error({ error: safeError(hookErr) }, 'onRecipientGone failed')
        }
        return
      }
      if (err instanceof RateLimitedError) {
        stats.rateLimited++
        if (scheduler.rateLimited(row.chatId))
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
        await noticeUndeliverable([row], 'rejected')
        await noticeIfCaughtUp(lane)
        return
      }
      row.attempts++
      if (
        now() - row.createdAt.getTime() > endedSessionRetryMs &&
        !(await repo.sessionActive(row.sessionId))
      ) {
        stats.failed++
        log.error(
          { id: row.id, sessionId: row.sessionId, attempts: row.attempts, error: safeError(err) },
          'outbox row given up: session over and retry window passed',
        )
        await untilDone('markFailed', () => repo.markFailed(row.id, `expired: ${safeErrorText(err)}`))
        settle(lane, row)
        await noticeUndeliverable([row], 'expired')
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

  async function runLane(lane: Lane) {
    lane.running = true
    runningLanes++
    try {
      while (lane.queue.length > 0 && !stopping && leader && lane.term === term) {
        const row = lane.queue[0]!
        await tell('delayed', () => noticeIfDelayed(lane, row))
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
    const t = now()
    if (t - lastDepthAt < 1000) return
    lastDepthAt = t
    deps.metrics.outboxDepth.set(empty ? 0 : await repo.pendingCount())
    deps.metrics.relayGlobalRate.set(scheduler.globalPerSec)
    if (paid) await paid.refresh(empty ? null : await repo.oldestPendingAt())
  }

  /** One poll: 'follower' without the lease, 'idle' when nothing is pending or held. */
  async function tick(): Promise<'follower' | 'idle' | 'busy'> {
    if (!(await holdLease())) return 'follower'
    let fetched = -1
    if (held.size < maxQueued) {
      const fullChats = [...lanes.values()]
        .filter((l) => l.queue.length >= maxQueuedPerChat)
        .map((l) => l.chatId)
      tr.fetches++
      const rows = await repo.fetchPending({
        limit: Math.min(batchSize, maxQueued - held.size),
        excludeIds: [...held],
        excludeChats: fullChats,
      })
      fetched = rows.length
      for (const row of rows) addRow(row)
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

  async function loop() {
    let idlePolls = 0
    while (!stopping) {
      let state: 'follower' | 'idle' | 'busy' | 'failed' = 'failed'
      try {
        state = await tick()
      } catch (err) {
        log.error({ error: safeError(err) }, 'outbox poll failed')
      }
      if (stopping) break
      idlePolls = state === 'idle' ? idlePolls + 1 : 0
      if (woken) {
        woken = false
        continue
      }
      const waitMs =
        state === 'busy'
          ? pollMs
          : state === 'idle'
            ? Math.min(idlePollMaxMs, pollMs * 2 ** Math.min(idlePolls, 16))
            : Math.max(pollMs, 1000)
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, waitMs)
        function done() {
          clearTimeout(t)
          wake = undefined
          resolve()
        }
        wake = done
      })
      woken = false
    }
  }

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
      tr.globalWaits = tr.chatParks = tr.pauses = tr.fetches = 0
      marksTraced = marks.statements
      return out
    },
    /** New rows were committed: read them now (here, or in the process holding the lease). */
    notify,
    start() {
      if (loopDone) return
      stopping = false
      sleepAbort = new AbortController()
      callAbort = new AbortController()
      // every sleeping lane and in-flight call listens on these
      setMaxListeners(0, sleepAbort.signal, callAbort.signal)
      loopDone = loop()
      // renews only while we hold the lease; taking it (when free) stays with the poll loop
      renewTimer = setInterval(
        () => {
          if (leader) void holdLease()
        },
        Math.max(10, Math.floor(leaseMs / 4)),
      )
      renewTimer.unref()
      wakeUp.start()
    },
    /** Finishes in-flight sends (aborting them after a grace period); pending rows stay for the next start. */
    async stop() {
      if (!loopDone) return
      stopping = true
      clearInterval(renewTimer)
      wakeUp.stop()
      wake?.()
      sleepAbort.abort()
      const lanesDone = new Promise<void>((resolve) => {
        const check = () => (runningLanes === 0 ? resolve() : setTimeout(check, 20))
        check()
      })
      const grace = setTimeout(() => callAbort.abort(), stopGraceMs)
      await Promise.all([loopDone, lanesDone])
      clearTimeout(grace)
      loopDone = undefined
      for (const lane of lanes.values()) clearTimeout(lane.timer)
      lanes.clear()
      held.clear()
      waiting.length = 0
      if (leader) {
        await deps.redis.eval(RELEASE, 1, LEASE_KEY, token).catch(() => {})
        leader = false
      }
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
