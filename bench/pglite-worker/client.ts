/**
 * Main-thread side of the experiment: the subset of PGlite's interface drizzle-orm/pglite uses (query,
 * transaction), forwarding every statement to PGlite in a worker thread. Rows come back structured-cloned with
 * the worker's parsers (Drizzle's raw-type ones are the instance's defaults there, see src/db/pglite.ts).
 * A prototype: errors keep only message and code, no notices, no LISTEN, no blobs.
 */
import { Worker } from 'node:worker_threads'
import type { Reply, Request } from './worker.js'

type Query = (sql: string, params?: unknown[], options?: { rowMode?: 'array' | 'object' }) => Promise<unknown>
type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void }
type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never

export async function openWorkerPglite(dir: string) {
  const worker = new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { dir } })
  const pending = new Map<number, Pending>()
  let next = 1
  await new Promise<void>((ready) => worker.once('message', () => ready()))
  worker.on('message', (m: Reply) => {
    const p = pending.get(m.id)
    pending.delete(m.id)
    if (m.error) p?.reject(Object.assign(new Error(m.error.message), { code: m.error.code }))
    else p?.resolve(m.result)
  })
  const call = (msg: Distribute<Request>) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++
      pending.set(id, { resolve, reject })
      worker.postMessage({ ...msg, id })
    })
  const query =
    (tx?: number): Query =>
    (sql, params, options) =>
      call({ op: 'query', sql, params, rowMode: options?.rowMode, tx })
  return {
    query: query(),
    async transaction<T>(fn: (tx: { query: Query }) => Promise<T>): Promise<T> {
      const tx = (await call({ op: 'begin' })) as number
      try {
        const result = await fn({ query: query(tx) })
        await call({ op: 'end', tx, commit: true })
        return result
      } catch (err) {
        await call({ op: 'end', tx, commit: false })
        throw err
      }
    },
    async close() {
      await call({ op: 'close' })
      await worker.terminate()
    },
  }
}
