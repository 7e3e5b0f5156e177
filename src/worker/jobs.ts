import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import type { Redis } from 'ioredis'
import type { Logger } from '../logger.js'
import { streamEntries } from '../modules/matching/queue.js'
import { runStreamLoop } from './stream-loop.js'

export type JobQueueOptions<T> = {
  /** Queue name: stream `jobs:<name>` (under the key prefix), group `jobs:<name>:workers`, dead letters `jobs:<name>:dlq`. */
  name: string
  /** Command connection: XADD, XACK, XAUTOCLAIM, XPENDING. */
  redis: Redis
  /** Blocking reads happen on a duplicate of this connection, so stop() can interrupt them. */
  blocking: Redis
  logger: Logger
  /** Runs a job; must tolerate running twice (a job whose runner died before its ack is run again). */
  handle: (job: T) => Promise<void>
  /** A job pending this long (its runner died or froze) is reclaimed by a live runner. */
  claimIdleMs: number
  /** Runs after which a failing job is dead-lettered. Default 5. */
  maxDeliveries?: number
  /** Jobs run at once per process. Default 8. */
  concurrency?: number
  consumer?: string
}

/**
 * A durable job queue on a Redis stream, for slow work that must not hold a webhook request (the AI /hint):
 * the handler enqueues (XADD, one round trip) and the update is answered at once; a background runner reads
 * with XREADGROUP, acks only after the job finished, and reclaims jobs left pending by a dead runner
 * (XAUTOCLAIM after `claimIdleMs`) — so a crash delays the job, never loses it. Acked entries are deleted
 * (they may carry names used for masking). After `maxDeliveries` failed runs a job goes to `<name>:dlq`.
 */
export function createJobQueue<T>(opts: JobQueueOptions<T>) {
  const stream = `jobs:${opts.name}`
  const group = `${stream}:workers`
  const dlq = `${stream}:dlq`
  const consumer = opts.consumer ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`
  const log = opts.logger.child({ module: 'jobs', queue: opts.name })
  const maxDeliveries = opts.maxDeliveries ?? 5
  const concurrency = opts.concurrency ?? 8
  const claimEvery = Math.min(5000, Math.max(50, Math.floor(opts.claimIdleMs / 2)))
  const inFlight = new Set<Promise<void>>()
  let conn: Redis | null = null
  let running = false
  let loop: Promise<void> | null = null

  const ensureGroup = async () => {
    try {
      await opts.redis.xgroup('CREATE', stream, group, '0', 'MKSTREAM')
    } catch (err) {
      if (!String((err as Error).message).includes('BUSYGROUP')) throw err
    }
  }

  const runOne = async (id: string, fields: string[], deliveries: number) => {
    const raw = fields[fields.indexOf('job') + 1]
    let job: T
    try {
      job = JSON.parse(raw ?? '') as T
    } catch {
      job = undefined as T
    }
    if (job === undefined || deliveries > maxDeliveries) {
      await opts.redis
        .multi()
        .xadd(dlq, '*', 'id', id, 'deliveries', String(deliveries))
        .xack(stream, group, id)
        .xdel(stream, id)
        .exec()
      log.error({ entryId: id, deliveries }, 'job dead-lettered')
      return
    }
    try {
      await opts.handle(job)
      await opts.redis.multi().xack(stream, group, id).xdel(stream, id).exec()
    } catch (err) {
      // not acked: reclaimed after claimIdleMs and run again
      log.warn({ err, entryId: id, deliveries }, 'job failed; will retry')
    }
  }

  const dispatch = async (id: string, fields: string[], deliveries: number) => {
    while (inFlight.size >= concurrency) await Promise.race(inFlight)
    const p = runOne(id, fields, deliveries).finally(() => inFlight.delete(p))
    inFlight.add(p)
  }

  const claimStale = async () => {
    let cursor = '0-0'
    do {
      const [next, entries] = (await opts.redis.xautoclaim(
        stream,
        group,
        consumer,
        opts.claimIdleMs,
        cursor,
        'COUNT',
        50,
      )) as [string, [string, string[] | null][]]
      for (const [id, fields] of entries) {
        if (!running) return
        const rows = (await opts.redis.xpending(stream, group, id, id, 1)) as [
          string,
          string,
          number,
          number,
        ][]
        if (fields) await dispatch(id, fields, Number(rows[0]?.[3] ?? 1))
      }
      cursor = next
    } while (cursor !== '0-0' && running)
  }

  const readNew = async (c: Redis) => {
    const res = await c.call(
      'XREADGROUP',
      'GROUP',
      group,
      consumer,
      'COUNT',
      concurrency,
      'BLOCK',
      claimEvery,
      'STREAMS',
      stream,
      '>',
    )
    for (const [id, fields] of streamEntries(res)) {
      if (!running) break
      if (fields) await dispatch(id, fields, 1)
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
      errorMessage: 'job runner loop error',
    })

  return {
    name: `jobs:${opts.name}`,
    /** Durably queue a job (one XADD); throws when Redis is away, so the update is retried. */
    async enqueue(job: T): Promise<void> {
      await opts.redis.xadd(stream, '*', 'job', JSON.stringify(job))
    },
    async start() {
      if (running) return
      await ensureGroup()
      running = true
      conn = opts.blocking.duplicate()
      conn.on('error', () => {})
      loop = run(conn)
    },
    /** Lets jobs in hand finish (unfinished ones stay pending and are reclaimed after a restart). */
    async stop() {
      if (!running) return
      running = false
      conn?.disconnect()
      await loop
      await Promise.allSettled([...inFlight])
      loop = null
      conn = null
    },
  }
}

export type JobQueue<T> = ReturnType<typeof createJobQueue<T>>
