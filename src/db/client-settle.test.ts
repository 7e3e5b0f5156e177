import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type DbHandle } from './client.js'

const count = async (h: DbHandle, q: ReturnType<typeof sql>) =>
  Number((await h.db.execute<{ n: number | string }>(q)).rows[0]?.n)

describe('PGlite settle (the end of start-up, before the bot reports ready)', () => {
  let dir: string
  let h: DbHandle
  const failures: unknown[] = []
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'settle-'))
    h = await createDb({ pgliteDir: dir, onMaintenanceError: (err) => failures.push(err) })
    await h.db.execute(sql`create table notes (id serial primary key, body text not null)`)
    await h.db.execute(sql`insert into notes (body) select 'n' || g from generate_series(1, 300) g`)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const modsSinceAnalyze = async () => {
    await h.db.execute(sql`select pg_stat_force_next_flush()`)
    return count(h, sql`select n_mod_since_analyze as n from pg_stat_user_tables where relname = 'notes'`)
  }

  it('when start-up changed a table past the analyze threshold, then settle analyzes it at once and writes no rows', async () => {
    expect(await modsSinceAnalyze()).toBe(300)
    await h.settle?.()
    expect(await modsSinceAnalyze()).toBe(0)
    expect(await count(h, sql`select count(*) as n from notes`)).toBe(300)
    expect(failures).toEqual([])
  })

  it('when the housekeeping pass fails, then settle still resolves and the error is reported', async () => {
    // the pass reads pg_stat_user_tables unqualified: a table of that name ahead of pg_catalog breaks it
    await h.db.execute(sql`create table public.pg_stat_user_tables (x int)`)
    await h.db.execute(sql`set search_path = public, pg_catalog`)
    try {
      await expect(h.settle?.()).resolves.toBeUndefined()
      expect(failures).toHaveLength(1)
    } finally {
      await h.db.execute(sql`reset search_path`)
      await h.db.execute(sql`drop table public.pg_stat_user_tables`)
    }
  })
})
