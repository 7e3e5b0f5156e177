import { Worker } from 'node:worker_threads'
import type { QueryOptions, Results } from '@electric-sql/pglite'
import { MIGRATIONS_DIR } from './migrate.js'
import { isRawOnly, preparePgliteDir } from './pglite.js'
import { bundledWorkerThread } from './pglite-worker-bundle.js'
import {
  deserializeError,
  type Reply,
  type Request,
  type SerializedError,
  type WorkerOptions,
} from './pglite-worker-protocol.js'

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never
type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void }

/** The part of PGlite's `Transaction` drizzle-orm/pglite uses. */
export type PgliteWorkerTransaction = {
  query<T = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<Results<T>>
  exec(sql: string): Promise<Results[]>
}

/** The worker thread is gone (crashed, or closed): every statement after that fails with this. */
export class PgliteWorkerExitedError extends Error {
  override name = 'PgliteWorkerExitedError'
}

/** How the worker is started: from TypeScript as an esbuild bundle of its code, from dist/ as compiled JavaScript. */
async function workerEntry(): Promise<URL> {
  return import.meta.url.endsWith('.ts')
    ? bundledWorkerThread()
    : new URL('./pglite-worker-thread.js', import.meta.url)
}

function checkOptions(options?: QueryOptions): QueryOptions['rowMode'] {
  // functions cannot cross the thread: Drizzle's identity parsers are the worker instance's defaults anyway
  if (options?.parsers && !isRawOnly(options.parsers))
    throw new Error('pglite worker: custom per-query parsers are not supported')
  if (options?.serializers) throw new Error('pglite worker: custom per-query serializers are not supported')
  return options?.rowMode
}

/**
 * PGlite in a worker thread (`PGLITE_WORKER=true`): statements run there, so the main thread — grammY, Fastify,
 * Redis, the crisis check — keeps its event loop (measured with `npx tsx bench/pglite-worker.ts`: main-thread
 * CPU per relayed message 2.4 → 0.7 ms). Returns the subset of PGlite's interface drizzle-orm/pglite uses
 * (`query`, `exec`, `transaction`), plus `migrate` and `close`. Rows come back structured-cloned (Date, bigint,
 * Uint8Array survive); errors keep their fields (`code`, `detail`, `constraint`…). One transaction at a time
 * holds the database, other statements wait — PGlite's own locking, inside the worker.
 */
export async function openPgliteWorker(
  dir: string,
  opts: { maintenanceIntervalMs?: number; onMaintenanceError?: (err: Error) => void } = {},
) {
  await preparePgliteDir(dir)
  const worker = new Worker(await workerEntry(), {
    workerData: {
      dir,
      maintenanceIntervalMs: opts.maintenanceIntervalMs,
      migrationsDir: MIGRATIONS_DIR,
    } satisfies WorkerOptions,
  })
  const pending = new Map<number, Pending>()
  let next = 1
  let exited: Error | undefined
  let started: { resolve: () => void; reject: (err: Error) => void } | undefined
  const ready = new Promise<void>((resolve, reject) => {
    started = { resolve, reject }
  })

  // Like in-process PGlite, the worker keeps the process alive only while a statement is on its way.
  worker.unref()
  worker.on('message', (m: Reply) => {
    if ('event' in m) {
      if (m.event === 'ready') started?.resolve()
      else if (m.event === 'failed') started?.reject(deserializeError(m.error))
      else opts.onMaintenanceError?.(deserializeError(m.error))
      return
    }
    const p = pending.get(m.id)
    if (!p) return
    pending.delete(m.id)
    if (pending.size === 0) worker.unref()
    if ('error' in m) p.reject(deserializeError(m.error as SerializedError))
    else p.resolve(m.result)
  })
  const fail = (err: Error) => {
    exited ??= err
    started?.reject(err)
    for (const p of pending.values()) p.reject(err)
    pending.clear()
  }
  worker.on('error', (err) =>
    fail(new PgliteWorkerExitedError(`pglite worker failed: ${err.message}`, { cause: err })),
  )
  worker.on('exit', (code) => fail(new PgliteWorkerExitedError(`pglite worker exited (code ${code})`)))
  worker.ref()
  await ready
  worker.unref()

  const call = (msg: Distribute<Request>) =>
    new Promise<unknown>((resolve, reject) => {
      if (exited) return reject(exited)
      const id = next++
      if (pending.size === 0) worker.ref()
      pending.set(id, { resolve, reject })
      worker.postMessage({ ...msg, id })
    })

  const view = (tx?: number): PgliteWorkerTransaction => ({
    query: async <T>(sql: string, params?: unknown[], options?: QueryOptions) =>
      (await call({ op: 'query', sql, params, rowMode: checkOptions(options), tx })) as Results<T>,
    exec: async (sql: string) => (await call({ op: 'exec', sql, tx })) as Results[],
  })

  return {
    ...view(),
    /**
     * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. A failing COMMIT
     * rejects with the database's error.
     */
    async transaction<T>(fn: (tx: PgliteWorkerTransaction) => Promise<T>): Promise<T> {
      const tx = (await call({ op: 'begin' })) as number
      let result: T
      try {
        result = await fn(view(tx))
      } catch (err) {
        await call({ op: 'end', tx, commit: false }).catch(() => {})
        throw err
      }
      await call({ op: 'end', tx, commit: true })
      return result
    },
    /** Applies the committed drizzle/ migrations inside the worker. */
    async migrate(): Promise<void> {
      await call({ op: 'migrate' })
    },
    /** Stops the housekeeping, closes PGlite and lets the thread exit. */
    async close(): Promise<void> {
      if (exited) return
      const gone = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
      await call({ op: 'close' })
      exited = new PgliteWorkerExitedError('pglite worker closed')
      // the thread exits once PGlite closed; a stuck one is stopped rather than holding up shutdown
      const timer = setTimeout(() => void worker.terminate(), 5000)
      await gone
      clearTimeout(timer)
    },
  }
}

export type PgliteWorkerClient = Awaited<ReturnType<typeof openPgliteWorker>>
