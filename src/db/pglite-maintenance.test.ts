import type { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPglite } from './pglite.js'
import { createPgliteMaintenance } from './pglite-maintenance.js'

const walSinceCheckpoint = async (c: PGlite) =>
  Number(
    (
      await c.query<{ since: string }>(
        'select pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::text as since from pg_control_checkpoint()',
      )
    ).rows[0]?.since,
  )
const deadRows = async (c: PGlite, table: string) => {
  await c.query('select pg_stat_force_next_flush()')
  await c.query('select 1')
  const { rows } = await c.query<{ dead: number }>(
    'select n_dead_tup::int as dead from pg_stat_user_tables where relname = $1',
    [table],
  )
  return rows[0]?.dead ?? 0
}

describe('PGlite maintenance (single-user Postgres has no autovacuum and no checkpointer)', () => {
  let c: PGlite
  beforeAll(async () => {
    c = await openPglite('memory://')
    await c.exec('create table notes (id serial primary key, body text not null)')
  })
  afterAll(async () => {
    await c.close()
  })

  it('when rows were updated and deleted, then a pass vacuums the table and its dead rows are gone', async () => {
    await c.query(`insert into notes (body) select repeat('x', 200) from generate_series(1, 2000)`)
    await c.query(`update notes set body = repeat('y', 200)`)
    await c.query('delete from notes where id % 2 = 0')
    expect(await deadRows(c, 'notes')).toBeGreaterThan(1000)
    const m = createPgliteMaintenance(c, { checkpointAfterBytes: Number.MAX_SAFE_INTEGER })
    const done = await m.runOnce()
    expect(done.vacuumed).toContain('notes')
    expect(await deadRows(c, 'notes')).toBe(0)
  })

  it('when more WAL than the threshold was written since the last checkpoint, then a pass checkpoints', async () => {
    await c.query(`insert into notes (body) select repeat('z', 500) from generate_series(1, 4000)`)
    const before = await walSinceCheckpoint(c)
    expect(before).toBeGreaterThan(1024 * 1024)
    const m = createPgliteMaintenance(c, { checkpointAfterBytes: 1024 * 1024 })
    const done = await m.runOnce()
    expect(done.checkpoint).toBe(true)
    expect(await walSinceCheckpoint(c)).toBeLessThan(64 * 1024)
  })

  it('when nothing changed since, then a pass neither vacuums nor checkpoints', async () => {
    const m = createPgliteMaintenance(c, { checkpointAfterBytes: 1024 * 1024 })
    await m.runOnce()
    expect(await m.runOnce()).toEqual({ vacuumed: [], analyzed: [], checkpoint: false })
  })

  it('when started, then passes run on the interval and stop() waits for the one in progress', async () => {
    await c.query(`update notes set body = 'w'`)
    const m = createPgliteMaintenance(c, {
      intervalMs: 20,
      checkpointAfterBytes: Number.MAX_SAFE_INTEGER,
      quietProbeMs: 5,
      busyShare: () => 0,
    })
    m.start()
    for (let i = 0; i < 100 && (await deadRows(c, 'notes')) > 0; i++)
      await new Promise((r) => setTimeout(r, 20))
    await m.stop()
    expect(await deadRows(c, 'notes')).toBe(0)
  })

  it('when the thread is busy, then a timer pass waits, and it vacuums once the thread is quiet', async () => {
    await c.query(`update notes set body = 'v'`)
    expect(await deadRows(c, 'notes')).toBeGreaterThan(1000) // and the statistics a pass reads are flushed
    let busy = 1
    const m = createPgliteMaintenance(c, {
      intervalMs: 20,
      checkpointAfterBytes: Number.MAX_SAFE_INTEGER,
      quietProbeMs: 5,
      busyShare: () => busy,
    })
    m.start()
    await new Promise((r) => setTimeout(r, 300))
    expect(await deadRows(c, 'notes')).toBeGreaterThan(1000)
    busy = 0
    for (let i = 0; i < 100 && (await deadRows(c, 'notes')) > 0; i++)
      await new Promise((r) => setTimeout(r, 20))
    await m.stop()
    expect(await deadRows(c, 'notes')).toBe(0)
  })

  it('when the thread stays busy past maxDeferMs, then the pass vacuums anyway', async () => {
    await c.query(`update notes set body = 'u'`)
    const m = createPgliteMaintenance(c, {
      intervalMs: 20,
      checkpointAfterBytes: Number.MAX_SAFE_INTEGER,
      quietProbeMs: 5,
      maxDeferMs: 200,
      busyShare: () => 1,
    })
    m.start()
    for (let i = 0; i < 100 && (await deadRows(c, 'notes')) > 0; i++)
      await new Promise((r) => setTimeout(r, 20))
    await m.stop()
    expect(await deadRows(c, 'notes')).toBe(0)
  })

  it('when stopped while a pass waits for quiet, then stop() returns at once and the step is left undone', async () => {
    await c.query(`update notes set body = 't'`)
    expect(await deadRows(c, 'notes')).toBeGreaterThan(1000)
    const m = createPgliteMaintenance(c, {
      intervalMs: 20,
      checkpointAfterBytes: Number.MAX_SAFE_INTEGER,
      quietProbeMs: 60_000,
      busyShare: () => 1,
    })
    m.start()
    await new Promise((r) => setTimeout(r, 100))
    await m.stop() // before the probe's 60 s (the test would time out)
    expect(await deadRows(c, 'notes')).toBeGreaterThan(1000)
    expect((await m.runOnce()).vacuumed).toContain('notes')
  })
})
