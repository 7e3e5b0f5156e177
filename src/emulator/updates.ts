import type { Logger } from 'pino'
import { BotApiError, badRequest } from './errors.js'
import { UPDATE_TYPES } from './spec.js'
import type { Json, TgUpdate } from './types.js'

/** Update types Telegram sends when `allowed_updates` is empty or absent. */
const DEFAULT_EXCLUDED = new Set(['chat_member', 'message_reaction', 'message_reaction_count'])

export interface WebhookConfig {
  url: string
  secretToken?: string
  maxConnections: number
  allowedUpdates?: string[]
  ipAddress?: string
}

/** A webhook-side fault: delay a delivery, drop it (never reaches the bot) or deliver it but treat it as failed. */
export interface WebhookFault {
  count: number
  delayMs?: number
  /** `drop`: not sent, recorded as "Connection timed out". `duplicate`: sent, then retried as if it timed out. `status`: not sent, recorded as that HTTP status. */
  mode?: 'drop' | 'duplicate'
  status?: number
}

export interface UpdateLogEntry {
  update_id: number
  type: string
  chat_id: number
  status: 'pending' | 'delivered' | 'filtered' | 'dropped'
  attempts: number
  last_error?: string
  enqueued_at: number
  delivered_at?: number
  update: TgUpdate
}

interface Queued {
  update: TgUpdate
  chatKey: number
  attempts: number
  nextAttemptAt: number
  inFlight: boolean
  log: UpdateLogEntry
}

export interface UpdateQueueDeps {
  now: () => number
  logger?: Logger | undefined
  retryBaseMs: number
  retryMaxMs: number
  deliveryTimeoutMs: number
  /** Executes a method a webhook returned in its response body (Telegram's "webhook reply"). */
  onWebhookReply: (method: string, params: Json) => Promise<void>
  onChange: () => void
}

export const updateType = (u: TgUpdate): string => Object.keys(u).find((k) => k !== 'update_id') ?? 'unknown'

/**
 * Telegram's update pipeline: one FIFO of pending updates, drained either by webhook delivery
 * (per-chat ordering, at most max_connections in flight, exponential retry, never dropped) or by
 * getUpdates long polling (confirmed by `offset`).
 */
export function createUpdateQueue(deps: UpdateQueueDeps) {
  const pending: Queued[] = []
  const log = new Map<number, UpdateLogEntry>()
  let nextUpdateId = 100_000_001
  let webhook: WebhookConfig | undefined
  let allowedUpdates: string[] | undefined
  let inFlight = 0
  let lastError: { date: number; message: string } | undefined
  let retryTimer: NodeJS.Timeout | undefined
  let retryAt = Number.POSITIVE_INFINITY
  let closed = false
  const abort = new AbortController()
  const webhookFaults: WebhookFault[] = []
  const stats = {
    enqueued: 0,
    delivered: 0,
    delivery_attempts: 0,
    delivery_failures: 0,
    retries: 0,
    filtered: 0,
  }
  let poller:
    | { resolve: (u: TgUpdate[]) => void; reject: (e: unknown) => void; limit: number; timer: NodeJS.Timeout }
    | undefined
  const idleWaiters = new Set<() => void>()

  const isIdle = () => pending.length === 0 && inFlight === 0

  function changed() {
    deps.onChange()
    if (isIdle()) for (const w of [...idleWaiters]) w()
  }

  function allowed(type: string): boolean {
    if (!allowedUpdates || allowedUpdates.length === 0) return !DEFAULT_EXCLUDED.has(type)
    return allowedUpdates.includes(type)
  }

  function backoff(attempts: number): number {
    return Math.min(deps.retryBaseMs * 2 ** Math.max(0, attempts - 1), deps.retryMaxMs)
  }

  function scheduleRetry(at: number) {
    if (at >= retryAt && retryTimer) return
    if (retryTimer) clearTimeout(retryTimer)
    retryAt = at
    retryTimer = setTimeout(
      () => {
        retryTimer = undefined
        retryAt = Number.POSITIVE_INFINITY
        pump()
      },
      Math.max(0, at - deps.now()),
    )
    retryTimer.unref()
  }

  function pump() {
    if (closed || !webhook) return
    const busyChats = new Set<number>()
    let earliest = Number.POSITIVE_INFINITY
    const now = deps.now()
    for (const q of pending) {
      if (inFlight >= webhook.maxConnections) break
      if (busyChats.has(q.chatKey)) continue
      busyChats.add(q.chatKey)
      if (q.inFlight) continue
      if (q.nextAttemptAt > now) {
        earliest = Math.min(earliest, q.nextAttemptAt)
        continue
      }
      void deliver(q, webhook)
    }
    if (earliest < Number.POSITIVE_INFINITY) scheduleRetry(earliest)
  }

  async function deliver(q: Queued, hook: WebhookConfig) {
    q.inFlight = true
    inFlight++
    q.attempts++
    q.log.attempts = q.attempts
    stats.delivery_attempts++
    if (q.attempts > 1) stats.retries++
    const fault = webhookFaults[0]
    if (fault) {
      fault.count--
      if (fault.count <= 0) webhookFaults.shift()
    }
    let failure: string | undefined
    try {
      if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs))
      if (fault?.mode === 'drop') throw new DeliveryFailure('Connection timed out')
      if (fault?.status)
        throw new DeliveryFailure(`Wrong response from the webhook: ${fault.status} Emulated`)
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (hook.secretToken) headers['x-telegram-bot-api-secret-token'] = hook.secretToken
      const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(deps.deliveryTimeoutMs)])
      let res: Response
      try {
        res = await fetch(hook.url, { method: 'POST', headers, body: JSON.stringify(q.update), signal })
      } catch (e) {
        const cause = (e as { cause?: { code?: string } }).cause?.code
        throw new DeliveryFailure(
          (e as Error).name === 'TimeoutError'
            ? 'Read timeout expired'
            : cause === 'ECONNREFUSED'
              ? 'Connection refused'
              : 'Connection failed',
        )
      }
      const body = await res.text().catch(() => '')
      if (fault?.mode === 'duplicate') throw new DeliveryFailure('Read timeout expired')
      if (res.status < 200 || res.status > 299) {
        throw new DeliveryFailure(`Wrong response from the webhook: ${res.status} ${res.statusText}`)
      }
      runWebhookReply(res.headers.get('content-type'), body)
    } catch (e) {
      failure = e instanceof DeliveryFailure ? e.message : String(e)
    } finally {
      q.inFlight = false
      inFlight--
    }
    if (closed) return
    if (failure === undefined) {
      const idx = pending.indexOf(q)
      if (idx >= 0) pending.splice(idx, 1)
      q.log.status = 'delivered'
      q.log.delivered_at = deps.now()
      delete q.log.last_error
      stats.delivered++
    } else {
      stats.delivery_failures++
      lastError = { date: Math.floor(deps.now() / 1000), message: failure }
      q.log.last_error = failure
      q.nextAttemptAt = deps.now() + backoff(q.attempts)
      deps.logger?.debug(
        { update_id: q.update.update_id, attempts: q.attempts, failure },
        'webhook delivery failed',
      )
    }
    changed()
    pump()
  }

  function runWebhookReply(contentType: string | null, body: string) {
    if (!body || !contentType?.includes('application/json')) return
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      return
    }
    if (parsed && typeof parsed === 'object' && typeof (parsed as Json).method === 'string') {
      const { method, ...params } = parsed as Json
      deps.onWebhookReply(method as string, params).catch(() => {})
    }
  }

  function servePoller() {
    if (!poller || pending.length === 0) return
    const p = poller
    poller = undefined
    clearTimeout(p.timer)
    p.resolve(pending.slice(0, p.limit).map((q) => q.update))
  }

  const queue = {
    stats,
    get webhook() {
      return webhook
    },
    get pendingCount() {
      return pending.length
    },
    get inFlight() {
      return inFlight
    },
    log,
    webhookFaults,

    /** Adds an update (assigning its update_id); returns the id, or undefined if allowed_updates filtered it. */
    enqueue(body: Json, chatKey: number): TgUpdate {
      const update = { update_id: nextUpdateId++, ...body } as TgUpdate
      const type = updateType(update)
      const entry: UpdateLogEntry = {
        update_id: update.update_id,
        type,
        chat_id: chatKey,
        status: 'pending',
        attempts: 0,
        enqueued_at: deps.now(),
        update,
      }
      log.set(update.update_id, entry)
      if (!allowed(type)) {
        entry.status = 'filtered'
        stats.filtered++
        changed()
        return update
      }
      stats.enqueued++
      pending.push({ update, chatKey, attempts: 0, nextAttemptAt: 0, inFlight: false, log: entry })
      changed()
      pump()
      servePoller()
      return update
    },

    /** Queues an already-issued update again with the same update_id (Telegram re-sends on timeouts). */
    redeliver(updateId: number): boolean {
      const entry = log.get(updateId)
      if (!entry) return false
      entry.status = 'pending'
      pending.push({
        update: entry.update,
        chatKey: entry.chat_id,
        attempts: 0,
        nextAttemptAt: 0,
        inFlight: false,
        log: entry,
      })
      stats.enqueued++
      changed()
      pump()
      servePoller()
      return true
    },

    setWebhook(cfg: WebhookConfig, dropPending: boolean) {
      if (cfg.allowedUpdates !== undefined) allowedUpdates = cfg.allowedUpdates
      // the bot (re)registered, e.g. after a restart: waiting updates go at once, not after their backoff
      for (const q of pending) q.nextAttemptAt = 0
      webhook = { ...cfg, allowedUpdates }
      lastError = undefined
      if (dropPending) queue.dropPending()
      if (poller) {
        const p = poller
        poller = undefined
        clearTimeout(p.timer)
        p.reject(new BotApiError(409, 'Conflict: terminated by setWebhook request'))
      }
      changed()
      pump()
    },

    deleteWebhook(dropPending: boolean) {
      webhook = undefined
      lastError = undefined
      if (dropPending) queue.dropPending()
      changed()
    },

    dropPending() {
      for (let i = pending.length - 1; i >= 0; i--) {
        const q = pending[i]!
        if (q.inFlight) continue
        q.log.status = 'dropped'
        pending.splice(i, 1)
      }
      changed()
    },

    webhookInfo(): Json {
      const info: Json = {
        url: webhook?.url ?? '',
        has_custom_certificate: false,
        pending_update_count: pending.length,
      }
      if (webhook) {
        info.max_connections = webhook.maxConnections
        if (webhook.ipAddress) info.ip_address = webhook.ipAddress
        if (allowedUpdates && allowedUpdates.length > 0) info.allowed_updates = allowedUpdates
        if (lastError) {
          info.last_error_date = lastError.date
          info.last_error_message = lastError.message
        }
      }
      return info
    },

    /** getUpdates semantics: confirm `< offset`, return at most `limit`, long-poll up to `timeout` seconds. */
    getUpdates(p: {
      offset?: number
      limit?: number
      timeout?: number
      allowedUpdates?: string[]
    }): Promise<TgUpdate[]> {
      if (webhook) {
        throw new BotApiError(
          409,
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        )
      }
      if (p.allowedUpdates !== undefined) allowedUpdates = p.allowedUpdates
      const limit = Math.min(Math.max(p.limit ?? 100, 1), 100)
      if (p.offset !== undefined && p.offset !== 0) {
        const offset = p.offset
        let confirmed = 0
        if (offset > 0) {
          while (pending[0] && pending[0].update.update_id < offset) {
            const q = pending.shift()!
            q.log.status = 'delivered'
            q.log.delivered_at = deps.now()
            confirmed++
          }
        } else {
          while (pending.length > -offset) {
            const q = pending.shift()!
            q.log.status = 'dropped'
          }
        }
        if (confirmed) {
          stats.delivered += confirmed
          changed()
        }
      }
      if (poller) {
        const prev = poller
        poller = undefined
        clearTimeout(prev.timer)
        prev.reject(
          new BotApiError(
            409,
            'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
          ),
        )
      }
      const timeoutMs = Math.min(Math.max(p.timeout ?? 0, 0), 50) * 1000
      if (pending.length > 0 || timeoutMs === 0 || closed) {
        return Promise.resolve(pending.slice(0, limit).map((q) => q.update))
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          if (poller?.timer === timer) poller = undefined
          resolve([])
        }, timeoutMs)
        poller = { resolve, reject, limit, timer }
      })
    },

    /** Resolves true once nothing is pending or in flight, false after `timeoutMs`. */
    waitIdle(timeoutMs: number): Promise<boolean> {
      if (isIdle()) return Promise.resolve(true)
      return new Promise((resolve) => {
        const done = (v: boolean) => {
          idleWaiters.delete(waiter)
          clearTimeout(timer)
          resolve(v)
        }
        const waiter = () => done(true)
        const timer = setTimeout(() => done(false), timeoutMs)
        idleWaiters.add(waiter)
      })
    },

    pendingUpdates(): UpdateLogEntry[] {
      return pending.map((q) => q.log)
    },

    /** What a restart must keep: the update-id counter, the webhook and every update not yet delivered. */
    exportState(): QueueState {
      return {
        nextUpdateId,
        ...(webhook ? { webhook } : {}),
        ...(allowedUpdates ? { allowedUpdates } : {}),
        pending: pending.map((q) => ({
          update: q.update,
          chatKey: q.chatKey,
          enqueuedAt: q.log.enqueued_at,
        })),
      }
    },

    /** Restores an exported state; deliveries start with the next change (setWebhook, a new update). */
    importState(s: QueueState) {
      nextUpdateId = Math.max(nextUpdateId, s.nextUpdateId)
      webhook = s.webhook
      allowedUpdates = s.allowedUpdates
      pending.length = 0
      for (const p of s.pending) {
        const entry: UpdateLogEntry = {
          update_id: p.update.update_id,
          type: updateType(p.update),
          chat_id: p.chatKey,
          status: 'pending',
          attempts: 0,
          enqueued_at: p.enqueuedAt,
          update: p.update,
        }
        log.set(entry.update_id, entry)
        pending.push({
          update: p.update,
          chatKey: p.chatKey,
          attempts: 0,
          nextAttemptAt: 0,
          inFlight: false,
          log: entry,
        })
      }
      changed()
    },

    reset(opts: { keepWebhook?: boolean } = {}) {
      pending.length = 0
      log.clear()
      if (!opts.keepWebhook) {
        webhook = undefined
        allowedUpdates = undefined
      }
      lastError = undefined
      webhookFaults.length = 0
      for (const k of Object.keys(stats) as (keyof typeof stats)[]) stats[k] = 0
      changed()
    },

    close() {
      closed = true
      abort.abort()
      if (retryTimer) clearTimeout(retryTimer)
      if (poller) {
        clearTimeout(poller.timer)
        poller.resolve([])
        poller = undefined
      }
      for (const w of [...idleWaiters]) w()
    },
  }
  return queue
}

/** The persisted part of the update pipeline (see persist.ts). */
export interface QueueState {
  nextUpdateId: number
  webhook?: WebhookConfig
  allowedUpdates?: string[]
  pending: { update: TgUpdate; chatKey: number; enqueuedAt: number }[]
}

class DeliveryFailure extends Error {
  override name = 'DeliveryFailure'
}

export type UpdateQueue = ReturnType<typeof createUpdateQueue>

/** Validates `allowed_updates` (array or JSON string). */
export function parseAllowedUpdates(v: unknown): string[] | undefined {
  if (v === undefined || v === null || v === '') return undefined
  const arr = typeof v === 'string' ? safeParse(v) : v
  if (!Array.isArray(arr) || arr.some((x) => typeof x !== 'string'))
    throw badRequest("can't parse allowed_updates JSON array")
  const unknown = arr.find((x) => !UPDATE_TYPES.includes(x as string))
  if (unknown !== undefined)
    throw badRequest(`unsupported update type "${String(unknown)}" in allowed_updates`)
  return arr as string[]
}

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s)
  } catch {
    return undefined
  }
}
