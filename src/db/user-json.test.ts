import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../test/helpers/db.js'
import type { DbHandle } from './client.js'
import { namedQuery } from './named-query.js'
import { users } from './schema/index.js'
import { USER_JSON, userFromJson } from './user-json.js'

describe('users row as one json column', () => {
  let db: DbHandle
  beforeAll(async () => {
    db = await createTestDb()
  })
  afterAll(async () => {
    await db.close()
  })

  const viaJson = async (id: number) => {
    const [row] = await namedQuery<{ u: string }>(
      db.db,
      'user_json_test',
      `select ${USER_JSON} as u from users u where u.id = $1::int`,
      [id],
    )
    return userFromJson(row!.u)
  }

  it('when a row has every column set (microsecond timestamps, a real, jsonb, a large bigint), then it decodes to what drizzle returns', async () => {
    const [u] = await db.db
      .insert(users)
      .values({
        telegramId: 2 ** 52 + 7,
        nickname: 'Quiet "Fox"',
        language: 'en',
        timezone: 'UTC+05:30',
        utcOffsetMinutes: -330,
        crisisCountry: 'de',
        bio: 'line\nnext ✓',
        ageGroup: '13_17',
        safetyAck: true,
        availability: ['weekday_evening', 'weekend_day'],
        helpfulnessScore: 0.1,
        ratingCount: 3,
        ratingSum: -2,
        onboardingStep: 'done',
        banReason: 'spam',
        starBalance: 42,
      })
      .returning({ id: users.id })
    const at = sql`'2026-11-27 19:50:01.123987+03'::timestamptz`
    await db.db
      .update(users)
      .set({
        safetyAckAt: at,
        pausedAt: at,
        bannedAt: at,
        matchingSuspendedAt: at,
        deletedAt: at,
        lastSeenAt: sql`'1999-12-31 23:59:59.999999+00'::timestamptz`,
      })
      .where(eq(users.id, u!.id))
    const [drizzleRow] = await db.db.select().from(users).where(eq(users.id, u!.id))
    for (const v of Object.values(drizzleRow!)) expect(v).not.toBeNull()
    const decoded = await viaJson(u!.id)
    expect(decoded).toEqual(drizzleRow)
    expect(Object.keys(decoded)).toEqual(Object.keys(drizzleRow!))
    expect(decoded.lastSeenAt).toBeInstanceOf(Date)
  })

  it('when a row has its nullable columns unset, then they decode to null as drizzle returns them', async () => {
    const [u] = await db.db.insert(users).values({ telegramId: 5 }).returning({ id: users.id })
    const [drizzleRow] = await db.db.select().from(users).where(eq(users.id, u!.id))
    expect(await viaJson(u!.id)).toEqual(drizzleRow)
  })
})
