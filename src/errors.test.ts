import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../test/helpers/db.js'
import type { DbHandle } from './db/client.js'
import { isTransient } from './errors.js'

describe('isTransient', () => {
  let db: DbHandle
  beforeAll(async () => {
    db = await createTestDb()
  })
  afterAll(async () => {
    await db?.close()
  })

  /** The error Postgres itself raises with this SQLSTATE, as our query layer surfaces it. */
  const pgError = (code: string) =>
    db.db.execute(sql.raw(`do $$ begin raise exception 'simulated' using errcode = '${code}'; end $$`)).then(
      () => null,
      (err: unknown) => err,
    )

  it('when Postgres is restarting, failing over or resolving a deadlock, then the update is retried, not acknowledged', async () => {
    // 57P03 the database is starting up / shutting down, class 08 connection exceptions, 40P01 deadlock
    // victim, 40001 serialization failure, 53xxx out of resources: a redelivery a moment later succeeds.
    for (const code of ['57P03', '08006', '08001', '40P01', '40001', '53200', '57P01', '53300']) {
      const err = await pgError(code)
      expect(err, code).not.toBeNull()
      expect(isTransient(err), code).toBe(true)
    }
  })

  it('when Postgres rejects the statement itself, then it is not retried', async () => {
    // unique violation, check violation, bad input: a redelivery would fail the same way
    for (const code of ['23505', '23514', '22P02', 'P0001'])
      expect(isTransient(await pgError(code)), code).toBe(false)
  })
})
