import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createDb, type DbHandle } from '../../src/db/client.js'
import { runMigrations } from '../../src/db/migrate.js'

/**
 * A fresh, migrated database for one test file.
 * With TEST_DATABASE_URL (CI): a new Postgres database created for the test and dropped after.
 * Without it: in-memory PGlite. In CI a missing Postgres is an error, never a skip.
 */
export async function createTestDb(
  opts: { kind?: 'postgres' | 'pglite' } = {},
): Promise<DbHandle & { url?: string }> {
  const url = process.env.TEST_DATABASE_URL
  const kind = opts.kind ?? (url ? 'postgres' : 'pglite')
  if (kind === 'pglite') {
    // PGLITE_WORKER=true runs the PGlite-mode tests against PGlite in a worker thread
    const handle = await createDb({
      pgliteDir: 'memory://',
      pgliteWorker: process.env.PGLITE_WORKER === 'true',
    })
    await runMigrations(handle)
    return handle
  }
  if (!url) throw new Error('TEST_DATABASE_URL is not set (needed for a Postgres test)')
  const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  await admin.end()
  const dbUrl = new URL(url)
  dbUrl.pathname = `/${name}`
  const handle = await createDb({ url: dbUrl.toString(), poolMax: 5 })
  await runMigrations(handle)
  return {
    ...handle,
    /** Connection URL of the Postgres test database (for a child process); unset for PGlite. */
    url: dbUrl.toString(),
    async close() {
      await handle.close()
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      await c.query(`drop database if exists "${name}" with (force)`)
      await c.end()
    },
  }
}

/** True when a Postgres for tests is configured; CI always sets it. */
export const hasPostgres = () => Boolean(process.env.TEST_DATABASE_URL)
