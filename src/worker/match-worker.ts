import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import type { Redis } from 'ioredis'
import type { Logger } from '../logger.js'
import { MQ, type StreamEntry, streamEntries } from '../modules/matching/queue.js'
import type { FindEntry } from '../modules/matching/service.js'
import { truncateText } from '../modules/text.js'
import { runStreamLoop } from './stream-loop.js'

export type MatchWorkerOptions = {
  /** Unique per process; default host-pid-random. */
  consumer?: string
  /** Pending longer than this on any consumer (e.g. one that died) → reclaimed with XAUTOCLAIM. */
  minIdleMs: number
  /** Deliveries after which an entry goes to the dead-letter stream instead of the handler. */
  maxDeliveries: number
  /** How often to look for stale entries; also the XREADGROUP BLOCK timeout. Default minIdleMs/2 in 50..5000. */
  claimIntervalMs?: number
  batch?: number
}

export type MatchWorkerDeps = {
  /** Command connection: XACK, XAUTOCLAIM, XPENDING, dead-lettering. */
  redis: Redis
  /** The blocking connection; the worker reads on its own duplicate so stop() can interrupt the BLOCK. */
  blocking: Redis
  /** Must be idempotent: an entry can be handed over again after a crash before its ack. */
  handle: (entry: FindEntry) => Promise<unknown>
  logger: Logger
  options: MatchWorkerOptions
}

function parseEntry(id: string, fields: string[] | null): FindEntry | null {
  if (!fields) return null
  const f: Record<string, string> = {}
  for (let i = 0; i + 1 < fields.length; i += 2) f[fields[i] as string] = fields[i + 1] as string
  const userId = Number(f.u)
  const queuedAt = Number(f.q)
  if (!Number.isInteger(userId) || userId <= 0 || !Number.isFinite(queuedAt)) return null
  return { entryId: id, userId, queuedAt }
}

/**
 * Consumer of the find-request stream (consumer group `matchers`). Reads with XREADGROUP BLOCK, hands each
 * entry to `handle`, and XACKs only after it returned (i.e. after the Postgres commit and the proposal
 * messages). Entries left pending by a dead consumer are XAUTOCLAIMed after `minIdleMs`; one delivered more
 * than `maxDeliveries` times is moved to `mq:dlq` (with its last error) and acked.
 */
export function createMatchWorker(deps: MatchWorkerDeps) {
  const { redis, handle, options } = deps
  const consumer = options.consumer ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`
  const log = deps.logger.child({ module: 'match-worker', consumer })
  const claimEvery =
    options.claimIntervalMs ?? Math.min(5000, Math.max(50, Math.floor(options.minIdleMs / 2)))
  const batch = options.batch ?? 16
  const lastError = new Map<string, string>()
  let conn: Redis | null = null
  let running = false
  let loop: Promise<void> | null = null

  const ensureGroup = async () => {
    try {
      await redis.xgroup('CREATE', MQ.stream, MQ.group, '0', 'MKSTREAM')
    } catch (err) {
      if (!String((err as Error).message).includes('BUSYGROUP')) throw err
    }
  }

  const deliveriesOf = async (id: string): Promise<number> => {
    const rows = (await redis.xpending(MQ.stream, MQ.group, id, id, 1)) as [string, string, number, number][]
    return Number(rows[0]?.[3] ?? 1)
  }

  const deadLetter = async (id: string, fields: string[] | null, deliveries: number, reason: string) => {
    await redis
      .multi()
      .xadd(
        MQ.dlq,
        '*',
        ...(fields ?? []),
        'id',
        id,
        'deliveries',
        String(deliveries),
        'error',
        truncateText(reason, 500),
      )
      .xack(MQ.stream, MQ.group, id)
      .exec()
    lastError.delete(id)
    log.error({ entryId: id, deliveries, reason }, 'match request dead-lettered')
  }

  const processEntry = async (id: string, fields: string[] | null, deliveries: number) => {
    const entry = parseEntry(id, fields)
    if (!entry) return deadLetter(id, fields, deliveries, 'malformed entry')
    if (deliveries > options.maxDeliveries)
      return deadLetter(id, fields, deliveries, lastError.get(id) ?? 'too many deliveries')
    try {
      await handle(entry)
      await redis.xack(MQ.stream, MQ.group, id)
      lastError.delete(id)
    } catch (err) {
      // Not acked: stays pending and comes back through XAUTOCLAIM after minIdleMs.
      if (lastError.size > 10_000) lastError.clear() // entries finished by other consumers never come back
      lastError.set(id, `${(err as Error).name}: ${(err as Error).message}`)
      log.warn({ err, entryId: id, userId: entry.userId, deliveries }, 'match request failed; will retry')
    }
  }

  /** Reclaims entries idle longer than minIdleMs (from any consumer, this one included) and processes them. */
  const claimStale = async (): Promise<number> => {
    let cursor = '0-0'
    let n = 0
    do {
      const [next, entries] = (await redis.xautoclaim(
        MQ.stream,
        MQ.group,
        consumer,
        options.minIdleMs,
        cursor,
        'COUNT',
        100,
      )) as [string, StreamEntry[], string[]]
      for (const [id, fields] of entries) {
        if (!running) return n
        n++
        await processEntry(id, fields, await deliveriesOf(id))
      }
      cursor = next
    } while (cursor !== '0-0' && running)
    return n
  }

  const readNew = async (c: Redis) => {
    const res = await c.call(
      'XREADGROUP',
      'GROUP',
      MQ.group,
      consumer,
      'COUNT',
      batch,
      'BLOCK',
      claimEvery,
      'STREAMS',
      MQ.stream,
      '>',
    )
    for (const [id, fields] of streamEntries(res)) {
      if (!running) return
      await processEntry(id, fields, 1)
    }
  }

  const run = (c: Redis) =>
    runStreamLoop({
      isRunning: () => running,
      claimEvery,
      claimStale,
      readNew: () => readNew(c),
      ensureGroup,
      log,
      errorMessage: 'match worker loop error',
    })

  return {
    name: 'match-worker',
    consumer,
    async start() {
      if (running) return
      await ensureGroup()
      running = true
      conn = deps.blocking.duplicate()
      conn.on('error', () => {})
      loop = run(conn)
      log.info({ minIdleMs: options.minIdleMs, maxDeliveries: options.maxDeliveries }, 'match worker started')
    },
    /** Graceful: finishes the entry in hand, interrupts the blocking read, leaves the group if nothing pends. */
    async stop() {
      if (!running) return
      running = false
      conn?.disconnect()
      await loop
      loop = null
      conn = null
      try {
        const mine = (await redis.xpending(MQ.stream, MQ.group, '-', '+', 1, consumer)) as unknown[]
        if (mine.length === 0) await redis.xgroup('DELCONSUMER', MQ.stream, MQ.group, consumer)
      } catch {
        // best effort: an idle consumer name left in the group is harmless
      }
    },
    /** One XAUTOCLAIM pass (tests, tooling). */
    claimStale: async () => {
      const was = running
      running = true
      try {
        return await claimStale()
      } finally {
        running = was
      }
    },
  }
}

export type MatchWorker = ReturnType<typeof createMatchWorker>
