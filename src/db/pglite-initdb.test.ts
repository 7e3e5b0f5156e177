import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, describe, expect, it } from 'vitest'
import { openPglite, PGLITE_START_PARAMS } from './pglite.js'
import { initPgliteDir } from './pglite-initdb.js'

describe('PGlite initdb in a child process', () => {
  const root = mkdtempSync(join(tmpdir(), 'tno-initdb-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('when a directory is initialised by the child, then PGlite opens it here with the database in place', async () => {
    const dir = join(root, 'a')
    mkdirSync(dir)
    await initPgliteDir(dir, PGLITE_START_PARAMS)
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true)
    const db = await PGlite.create(dir, { startParams: [...PGLITE_START_PARAMS] })
    try {
      const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from pg_database`)
      expect(rows[0]?.n).toBeGreaterThan(0)
    } finally {
      await db.close()
    }
  }, 180_000) // initdb in a child process: past 60 s seen at load ~10 on 2 cores (a safety net)

  it('when the bot opens a fresh directory, writes and closes, then a reopen sees every committed row', async () => {
    const dir = join(root, 'b')
    const first = await openPglite(dir)
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true)
    await first.exec('create table t (id int primary key, v text)')
    await first.query('insert into t values ($1, $2), ($3, $4)', [1, 'one', 2, 'two'])
    await first.close()
    const again = await openPglite(dir)
    try {
      const { rows } = await again.query<{ id: number; v: string }>('select id, v from t order by id')
      expect(rows).toEqual([
        { id: 1, v: 'one' },
        { id: 2, v: 'two' },
      ])
    } finally {
      await again.close()
    }
  }, 180_000)

  it('when initdb cannot create the directory, then the error says so and names the child', async () => {
    const file = join(root, 'not-a-dir')
    writeFileSync(file, 'x')
    await expect(initPgliteDir(join(file, 'pglite'), PGLITE_START_PARAMS)).rejects.toThrow(
      /PGlite initdb in a child process failed/,
    )
  }, 180_000)
})
