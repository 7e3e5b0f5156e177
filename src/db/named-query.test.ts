import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, hasPostgres } from '../../test/helpers/db.js'
import type { DbHandle } from './client.js'
import { namedQuery } from './named-query.js'

const STATEMENT = `select v.id, v.flag from unnest($1::bigint[], $2::boolean[]) as v(id, flag) where v.id > $3::bigint`

describe.each([
  ['pglite', true],
  ['postgres', hasPostgres()],
] as const)('namedQuery on %s', (kind, available) => {
  let db: DbHandle
  beforeAll(async () => {
    if (available) db = await createTestDb({ kind })
  })
  afterAll(async () => {
    await db?.close()
  })

  it.runIf(available)('when values are arrays, then each is one array parameter', async () => {
    for (let run = 0; run < 2; run++) {
      const rows = await namedQuery<{ id: string | number; flag: boolean }>(
        db.db,
        'named_query_test',
        STATEMENT,
        [[1, 2, 3], [true, false, true], 1],
      )
      expect(rows.map((r) => [Number(r.id), r.flag])).toEqual([
        [2, false],
        [3, true],
      ])
    }
  })
})
