/**
 * Worker-thread entry of `PGLITE_WORKER=true` (started by pglite-worker.ts): owns the PGlite instance with its
 * settings (pglite.ts), the housekeeping (pglite-maintenance.ts) and the migrations, and answers the main
 * thread's statements. Transactions: `begin` opens a PGlite transaction that holds the instance (PGlite's own
 * transaction lock: other statements wait, as in-process) until `end` commits or rolls it back.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { PGlite, Transaction as PgTransaction } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import { createIdleGc } from './idle-gc.js'
import { openPglite, withoutRedundantParsers } from './pglite.js'
import { createPgliteMaintenance, type PgliteMaintenance } from './pglite-maintenance.js'
import { preparedQueriesOf } from './pglite-prepared.js'
import { type Reply, type Request, serializeError, type WorkerOptions } from './pglite-worker-protocol.js'

/** Thrown into PGlite's transaction callback to make it roll back; not an error of the caller's. */
const ROLLBACK = Symbol('rollback')
type Open = { tx: PgTransaction; end: (commit: boolean) => void; outcome: Promise<unknown> }

async function main() {
  const port = parentPort
  if (!port) throw new Error('pglite-worker-thread must run in a worker thread')
  const send = (m: Reply) => port.postMessage(m)
  const opts = workerData as WorkerOptions
  let client: PGlite
  try {
    client = await openPglite(opts.dir)
  } catch (err) {
    send({ event: 'failed', error: serializeError(err) })
    port.close()
    return
  }
  const maintenance: PgliteMaintenance = createPgliteMaintenance(client, {
    intervalMs: opts.maintenanceIntervalMs,
    onError: (err) => send({ event: 'maintenance-error', error: serializeError(err) }),
  })
  maintenance.start()
  // the thread's own heap: its nursery grows through the migrations and traffic like the main thread's
  const idleGc = opts.dir.startsWith('memory://') ? undefined : createIdleGc()
  idleGc?.start()
  // statements run prepared, kept by text (pglite-prepared.ts), shared with the migrator's view
  const prepared = preparedQueriesOf(client)
  const open = new Map<number, Open>()
  let nextTx = 1

  const begin = () =>
    new Promise<number>((resolve, reject) => {
      const id = nextTx++
      let started = false
      const done = client.transaction(
        (tx) =>
          new Promise<void>((commit, rollback) => {
            started = true
            open.set(id, { tx, end: (c) => (c ? commit() : rollback(ROLLBACK)), outcome })
            resolve(id)
          }),
      )
      // resolves to the error COMMIT (or BEGIN) failed with, null when it committed or rolled back as asked
      const outcome = done.then(
        () => null,
        (err: unknown) => (err === ROLLBACK ? null : err),
      )
      void outcome.then((err) => {
        if (!started) reject(err)
      })
    })

  const target = (tx: number | undefined) => {
    if (tx === undefined) return client
    const t = open.get(tx)?.tx
    if (!t) throw new Error(`transaction ${tx} is not open`)
    return t
  }

  async function handle(m: Request): Promise<unknown> {
    switch (m.op) {
      case 'query': {
        const options = { rowMode: m.rowMode }
        const t = target(m.tx)
        const r =
          t === client
            ? await prepared.query(m.sql, m.params, options)
            : await prepared.queryInTransaction(t.query.bind(t), m.sql, m.params, options)
        return { rows: r.rows, fields: r.fields, affectedRows: r.affectedRows }
      }
      case 'exec': {
        prepared.forget()
        const rs = await target(m.tx).exec(m.sql)
        return rs.map((r) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows }))
      }
      case 'begin':
        return begin()
      case 'end': {
        const t = open.get(m.tx)
        if (!t) throw new Error(`transaction ${m.tx} is not open`)
        open.delete(m.tx)
        t.end(m.commit)
        const err = await t.outcome
        if (err) throw err
        return null
      }
      case 'migrate':
        await migrate(drizzle(withoutRedundantParsers(client)), { migrationsFolder: opts.migrationsDir })
        return null
      case 'close':
        idleGc?.stop()
        await maintenance.stop()
        for (const t of open.values()) t.end(false)
        await client.close()
        return null
    }
  }

  port.on('message', (m: Request) => {
    handle(m).then(
      (result) => {
        send({ id: m.id, result })
        if (m.op === 'close') port.close()
      },
      (err: unknown) => send({ id: m.id, error: serializeError(err) }),
    )
  })
  send({ event: 'ready' })
}

await main()
