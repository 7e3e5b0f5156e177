import { fileURLToPath } from 'node:url'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import type { DbHandle } from './client.js'

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../drizzle', import.meta.url))

/** Applies the committed drizzle/ migrations; idempotent, same files for Postgres and PGlite. */
export async function runMigrations(handle: DbHandle): Promise<void> {
  if (handle.migrate) return handle.migrate()
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_DIR })
  } else {
    await migratePg(handle.db, { migrationsFolder: MIGRATIONS_DIR })
  }
}
