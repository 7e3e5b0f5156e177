import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createDb, type DbHandle } from '../../src/db/client.js'
import { runMigrations } from '../../src/db/migrate.js'

/** Names of throw-away test databases (`t_<base36 ms>_<hex>`): global-setup.ts drops those over an hour old. */
export const testDbName = () => `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`

/**
 * The migrated template of the Postgres test databases (global-setup.ts, once per run): copying it costs a
 * `create database` instead of one plus every migration in each test file. Nobody may connect to a template
 * while it is copied, so connections to it are refused once it is migrated. Resolves with its name.
 */
export async function createTemplateDb(url: string): Promise<string> {
  const name = testDbName()
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query(`create database "${name}"`)
    const tplUrl = new URL(url)
    tplUrl.pathname = `/${name}`
    const handle = await createDb({ url: tplUrl.toString(), poolMax: 1 })
    try {
      await runMigrations(handle)
    } finally {
      await handle.close()
    }
    await admin.query(`alter database "${name}" with allow_connections false`)
  } catch (err) {
    await admin.query(`drop database if exists "${name}" with (force)`).catch(() => {})
    throw err
  } finally {
    await admin.end()
  }
  return name
}

/**
 * A fresh, migrated database for one test file.
 * With TEST_DATABASE_URL (CI): a new Postgres database created for the test and dropped after — a copy of
 * the run's migrated template (TEST_DATABASE_TEMPLATE, set by global-setup.ts) unless `fresh` asks for the
 * migrations to run on it. Without it: in-memory PGlite. In CI a missing Postgres is an error, never a skip.
 */
export async function createTestDb(
  opts: { kind?: 'postgres' | 'pglite'; fresh?: boolean } = {},
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
  const name = testDbName()
  const template = opts.fresh ? undefined : process.env.TEST_DATABASE_TEMPLATE
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database "${name}"${template ? ` template "${template}"` : ''}`)
  await admin.end()
  const dbUrl = new URL(url)
  dbUrl.pathname = `/${name}`
  const handle = await createDb({ url: dbUrl.toString(), poolMax: 5 })
  if (!template) await runMigrations(handle)
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
