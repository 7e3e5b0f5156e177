import { readFileSync } from 'node:fs'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../test/helpers/db.js'
import type { DbHandle } from './client.js'
import { users } from './schema/index.js'

const MIGRATION = readFileSync(new URL('../../drizzle/0003_tz_offsets_to_zones.sql', import.meta.url), 'utf8')

describe('migration 0003: stored fixed offsets become zones', () => {
  let db: DbHandle
  beforeAll(async () => {
    db = await createTestDb()
  })
  afterAll(async () => {
    await db?.close()
  })

  it('when rows hold old offset labels, then whole hours map to Etc/GMT∓N and the rest stays', async () => {
    const rows = [
      { timezone: 'UTC+03:00', utcOffsetMinutes: 180 },
      { timezone: 'UTC-05:00', utcOffsetMinutes: -300 },
      { timezone: 'UTC+00:00', utcOffsetMinutes: 0 },
      { timezone: null, utcOffsetMinutes: 120 },
      { timezone: 'UTC+05:30', utcOffsetMinutes: 330 },
      { timezone: 'Europe/Berlin', utcOffsetMinutes: 60 },
      { timezone: null, utcOffsetMinutes: null },
    ]
    const ids: number[] = []
    for (const r of rows) {
      const [u] = await db.db.insert(users).values(r).returning({ id: users.id })
      ids.push(u!.id)
    }
    await db.db.execute(sql.raw(MIGRATION))
    const after = []
    for (const id of ids) {
      const [u] = await db.db
        .select({ timezone: users.timezone, utcOffsetMinutes: users.utcOffsetMinutes })
        .from(users)
        .where(eq(users.id, id))
      after.push(u!.timezone)
    }
    expect(after).toEqual([
      'Etc/GMT-3',
      'Etc/GMT+5',
      'Etc/GMT',
      'Etc/GMT-2',
      'UTC+05:30',
      'Europe/Berlin',
      null,
    ])
  })
})
