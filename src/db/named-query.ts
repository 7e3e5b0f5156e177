import { type SQL, sql } from 'drizzle-orm'
import type { Db } from './client.js'

type RawClient = {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>
  /** node-postgres's Pool has it; PGlite has not. */
  totalCount?: number
}

/**
 * `$1`, `$2`… of a hand-written statement as drizzle parameters (the path without a raw client); each value is
 * one parameter (an array too: `$1::bigint[]`, not a list).
 */
function asSql(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/)
  const chunks: SQL[] = []
  for (const [i, part] of parts.entries())
    chunks.push(i % 2 === 0 ? sql.raw(part) : sql`${sql.param(values[Number(part) - 1])}`)
  return sql.join(chunks, sql.raw(''))
}

/**
 * A hand-written hot statement as a NAMED prepared statement on node-postgres: each pooled connection
 * parses and plans it once, later executions send only the name and the values (no query building, no
 * re-parse in Postgres). Elsewhere (PGlite) the same text runs with the values as parameters.
 */
export async function namedQuery<Row>(db: Db, name: string, text: string, values: unknown[]): Promise<Row[]> {
  const client = (db as unknown as { $client?: RawClient }).$client
  if (client && typeof client.totalCount === 'number')
    return (await client.query({ name, text, values })).rows as Row[]
  return (await db.execute(asSql(text, values))).rows as Row[]
}
