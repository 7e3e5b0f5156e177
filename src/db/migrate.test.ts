import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../test/helpers/db.js'
import type { DbHandle } from './client.js'
import { runMigrations } from './migrate.js'
import { matches, topics, users } from './schema/index.js'

const EXPECTED_TABLES = [
  'ai_hints',
  'audit_log',
  'blocks',
  'chat_sessions',
  'ledger_entries',
  'match_history',
  'matches',
  'outbox',
  'reports',
  'safety_flags',
  'tips',
  'topics',
  'user_topics',
  'users',
]

const kinds = ['pglite', ...(process.env.TEST_DATABASE_URL ? (['postgres'] as const) : [])] as const
if (process.env.CI === 'true' && !kinds.includes('postgres' as never)) {
  throw new Error('CI: TEST_DATABASE_URL must be set; migrations must be tested on real Postgres')
}

describe.each(kinds)('migrations on %s', (kind) => {
  let h: DbHandle
  afterAll(async () => h?.close())

  it('when migrations run, then every table exists and the topic catalogue is seeded', async () => {
    // fresh: not a copy of the run's migrated template, so the migrations run here
    h = await createTestDb({ kind, fresh: true })
    const res = await h.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    )
    const names = res.rows.map((r) => r.table_name)
    for (const t of EXPECTED_TABLES) expect(names).toContain(t)
    const seeded = await h.db.select().from(topics)
    expect(seeded.length).toBeGreaterThanOrEqual(12)
    expect(seeded.every((t) => t.nameRu && t.nameEn)).toBe(true)
  }, 180_000) // a fresh PGlite runs initdb and every migration: ~5 s quiet, past 30 s seen at load ~10 (a safety net)

  it('when migrations run twice, then the second run is a no-op', async () => {
    await runMigrations(h)
    const seeded = await h.db.select().from(topics)
    expect(new Set(seeded.map((t) => t.slug)).size).toBe(seeded.length)
  })

  it('when a second open match for the same pair is inserted, then the partial unique index rejects it', async () => {
    const [a, b] = await h.db
      .insert(users)
      .values([{ telegramId: 1 }, { telegramId: 2 }])
      .returning()
    const expiresAt = new Date(Date.now() + 60_000)
    await h.db.insert(matches).values({ userA: a!.id, userB: b!.id, expiresAt })
    await expect(h.db.insert(matches).values({ userA: a!.id, userB: b!.id, expiresAt })).rejects.toThrow()
    // closed matches are history: a new proposal is allowed after the old one ended
    await h.db.update(matches).set({ status: 'completed' })
    await h.db.insert(matches).values({ userA: a!.id, userB: b!.id, expiresAt })
  })
})
