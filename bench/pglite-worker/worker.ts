/** Worker side of the PGlite-in-a-worker-thread experiment (see bench/pglite-worker.ts). */
import { parentPort, workerData } from 'node:worker_threads'
import type { Transaction } from '@electric-sql/pglite'
import { openPglite } from '../../src/db/pglite.js'

export type Request =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; rowMode?: 'array' | 'object'; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'close' }
export type Reply = { id: number; result?: unknown; error?: { message: string; code?: string } }

const port = parentPort
if (!port) throw new Error('run as a worker')
const client = await openPglite((workerData as { dir: string }).dir)
/** Open transactions: PGlite's callback waits on `finish` until the main thread commits or rolls back. */
const open = new Map<number, { tx: Transaction; finish: (commit: boolean) => void; closed: Promise<void> }>()
let nextTx = 1

async function handle(m: Request): Promise<unknown> {
  if (m.op === 'query') {
    const target = m.tx ? open.get(m.tx)?.tx : client
    if (!target) throw new Error(`no transaction ${m.tx}`)
    const r = await target.query(m.sql, m.params, { rowMode: m.rowMode })
    return { rows: r.rows, fields: r.fields, affectedRows: r.affectedRows }
  }
  if (m.op === 'begin') {
    const id = nextTx++
    let started: (tx: Transaction) => void = () => {}
    const ready = new Promise<Transaction>((r) => {
      started = r
    })
    let finish: (commit: boolean) => void = () => {}
    const closed = client
      .transaction(
        (tx) =>
          new Promise<void>((resolve, reject) => {
            finish = (commit) => (commit ? resolve() : reject(new Error('rollback')))
            started(tx)
          }),
      )
      .catch(() => {})
    const tx = await ready
    open.set(id, { tx, finish: (c) => finish(c), closed })
    return id
  }
  if (m.op === 'end') {
    const t = open.get(m.tx)
    open.delete(m.tx)
    t?.finish(m.commit)
    await t?.closed
    return true
  }
  await client.close()
  return true
}

port.on('message', (m: Request) => {
  handle(m).then(
    (result) => port.postMessage({ id: m.id, result } satisfies Reply),
    (err: Error & { code?: string }) =>
      port.postMessage({ id: m.id, error: { message: err.message, code: err.code } } satisfies Reply),
  )
})
port.postMessage({ id: 0 } satisfies Reply)
