import { and, asc, eq, inArray, lt } from 'drizzle-orm'
import { afterEach } from 'vitest'
import { testStores } from '../../../test/helpers/stores.js'
import type { DbHandle } from '../../db/client.js'
import { outbox } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { createMetrics } from '../../metrics.js'
import type { RedisHandle } from '../../redis.js'
import { createOutboxDispatcher, type DispatcherDeps, type OutboxDispatcher } from './dispatcher.js'
import { enqueue, type HandedRow, type OutboxItem } from './outbox.js'
import type { OutboxMethod, OutboxTransport } from './transport.js'

/**
 * Dispatcher tests' set-up, called inside a `describe`: a real test database and Redis for the block, and
 * dispatchers built on them (limits off, 20 ms polls, `defaults`, then each call's `extra`). Started ones
 * are stopped after each test and the outbox emptied.
 */
export function dispatcherTestkit(defaults: Partial<DispatcherDeps> = {}) {
  const stores = testStores({ redis: 'per-file' })
  const running: OutboxDispatcher[] = []

  afterEach(async () => {
    for (const d of running.splice(0)) await d.stop()
    await stores.db.db.delete(outbox)
  })

  const kit = {
    get db(): DbHandle {
      return stores.db
    },
    get redis(): RedisHandle & { prefix: string } {
      return stores.redis
    },
    /** A dispatcher not started (nor stopped for you). */
    create(transport: OutboxTransport, extra: Partial<DispatcherDeps> = {}) {
      return createOutboxDispatcher({
        db: kit.db.db,
        redis: kit.redis.redis,
        transport,
        metrics: createMetrics({ defaultMetrics: false }),
        logger: createLogger({ level: 'silent' }),
        limits: { enabled: false, globalPerSec: 30, globalBurst: 30, chatPerSec: 1, chatBurst: 3 },
        pollMs: 20,
        ...defaults,
        ...extra,
      })
    },
    /** A started dispatcher, stopped after the test. */
    start(transport: OutboxTransport, extra: Partial<DispatcherDeps> = {}) {
      const d = kit.create(transport, extra)
      d.start()
      running.push(d)
      return d
    },
  }
  return kit
}

/**
 * Queues rows as the relay does when it hands them over: committed, then described to the dispatcher with
 * the ids of their chat's rows that were pending before them (as the relay's statement reports them).
 */
export async function enqueueHanded(db: DbHandle['db'], items: OutboxItem[]): Promise<HandedRow[]> {
  const ids = await enqueue(db, items)
  const rows = await db.select().from(outbox).where(inArray(outbox.id, ids)).orderBy(asc(outbox.id))
  const handed: HandedRow[] = []
  for (const row of rows) {
    const older = await db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), eq(outbox.chatId, row.chatId), lt(outbox.id, row.id)))
      .orderBy(asc(outbox.id))
    handed.push({ ...row, olderPending: older.map((o) => o.id) })
  }
  return handed
}

export type Sent = { method: OutboxMethod; params: Record<string, unknown>; at: number }

/**
 * A stand-in for Telegram that records what it was asked to send; `failWith` decides per call whether to
 * throw (tests only; Postgres and Redis stay real).
 */
export function recordingTransport(
  failWith?: (method: OutboxMethod, params: Record<string, unknown>, n: number) => Error | null,
) {
  const sent: Sent[] = []
  let calls = 0
  let nextId = 1000
  const transport: OutboxTransport = {
    async call(method, params) {
      calls++
      await new Promise((r) => setTimeout(r, Math.random() * 5))
      const err = failWith?.(method, params, calls)
      if (err) throw err
      sent.push({ method, params, at: Date.now() })
      return method === 'copyMessage' || method === 'sendMessage' ? { messageId: nextId++ } : {}
    },
  }
  const texts = (chatId: number) => sent.filter((s) => s.params.chat_id === chatId).map((s) => s.params.text)
  return {
    transport,
    sent,
    texts,
    get calls() {
      return calls
    },
  }
}

/**
 * `inner` with a gate: calls whose params `holds` hang until `release()` (a send stuck at Telegram), the rest
 * go straight through.
 */
export function gatedTransport(
  inner: OutboxTransport,
  holds: (params: Record<string, unknown>) => boolean,
): { transport: OutboxTransport; release: () => void } {
  let release!: () => void
  const gate = new Promise<void>((r) => {
    release = r
  })
  const transport: OutboxTransport = {
    async call(method, params, signal) {
      if (holds(params)) await gate
      return inner.call(method, params, signal)
    },
  }
  return { transport, release }
}

export const textItem = (chatId: number, t: string, sessionId: number | null = null): OutboxItem => ({
  chatId,
  sessionId,
  method: 'sendMessage',
  payload: { text: t },
})

/** A relayed copy of `messageId` from `fromChat` (the sender) to `chatId`. */
export const copyItem = (
  chatId: number,
  fromChat: number,
  messageId: number,
  sessionId: number,
): OutboxItem => ({
  chatId,
  sessionId,
  method: 'copyMessage',
  sourceMessageId: messageId,
  payload: { from_chat_id: fromChat, message_id: messageId, protect_content: true },
})

export const networkError = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
