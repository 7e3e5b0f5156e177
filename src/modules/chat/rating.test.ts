import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { blocks, chatSessions, users } from '../../db/schema/index.js'
import { anonymize } from '../safety/anonymize.js'
import { createRatingService, helpfulnessScore, type RatingService } from './rating.js'
import { seedSession, sessionRow } from './test-fixtures.js'

describe('helpfulness score', () => {
  it('when a user has no ratings, then the score is the neutral 0.5', () => {
    expect(helpfulnessScore(0, 0)).toBe(0.5)
  })
  it('when ratings accumulate, then the score moves from the prior towards their average', () => {
    expect(helpfulnessScore(5, 1)).toBeCloseTo((20 / 6 - 1) / 4)
    expect(helpfulnessScore(25, 5)).toBeCloseTo(0.75)
    expect(helpfulnessScore(250, 50)).toBeCloseTo(((250 + 15) / 55 - 1) / 4)
    expect(helpfulnessScore(1, 1)).toBeLessThan(0.5)
    expect(helpfulnessScore(1000, 1000)).toBeLessThan(0.01)
  })
})

describe('rating service', () => {
  let db: DbHandle
  let rating: RatingService
  let tg = 600_000_000
  beforeAll(async () => {
    db = await createTestDb()
    rating = createRatingService({ db: db.db, anonymize: (t) => anonymize(t) })
  })
  afterAll(async () => {
    await db?.close()
  })

  async function endedPair() {
    const s = await seedSession(db.db, { telegramId: ++tg }, { telegramId: ++tg })
    await db.db
      .update(chatSessions)
      .set({ status: 'ended', endedAt: new Date() })
      .where(eq(chatSessions.id, s.sessionId))
    return s
  }
  const user = async (id: number) => (await db.db.select().from(users).where(eq(users.id, id)))[0]!

  it('when both sides rate, then each rating lands on the other user and in the session row', async () => {
    const s = await endedPair()
    expect(await rating.rate({ sessionId: s.sessionId, userId: s.userA, stars: 4 })).toMatchObject({
      ok: true,
      ratedUserId: s.userB,
    })
    expect(await rating.rate({ sessionId: s.sessionId, userId: s.userB, stars: 2 })).toMatchObject({
      ok: true,
      ratedUserId: s.userA,
    })
    const row = await sessionRow(db.db, s.sessionId)
    const aIsA = row.userA === s.userA
    expect(aIsA ? [row.ratingByA, row.ratingByB] : [row.ratingByB, row.ratingByA]).toEqual([4, 2])
    expect(await user(s.userB)).toMatchObject({ ratingCount: 1, ratingSum: 4 })
    expect((await user(s.userB)).helpfulnessScore).toBeCloseTo(helpfulnessScore(4, 1), 5)
    expect((await user(s.userA)).helpfulnessScore).toBeCloseTo(helpfulnessScore(2, 1), 5)
  })

  it('when the same side rates again, even concurrently, then only one rating counts', async () => {
    const s = await endedPair()
    const results = await Promise.all(
      [1, 5, 3].map((stars) => rating.rate({ sessionId: s.sessionId, userId: s.userA, stars })),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual([
      'already-rated',
      'already-rated',
    ])
    expect(await user(s.userB)).toMatchObject({ ratingCount: 1 })
  })

  it('when the session is still active or the user is not in it, then rating is refused', async () => {
    const s = await seedSession(db.db, { telegramId: ++tg }, { telegramId: ++tg })
    expect(await rating.rate({ sessionId: s.sessionId, userId: s.userA, stars: 5 })).toEqual({
      ok: false,
      reason: 'not-ended',
    })
    const other = await endedPair()
    expect(await rating.rate({ sessionId: other.sessionId, userId: s.userA, stars: 5 })).toEqual({
      ok: false,
      reason: 'not-found',
    })
    expect(await rating.rate({ sessionId: other.sessionId, userId: other.userA, stars: 6 })).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  it('when the rater blocked the partner, then the rating is refused and the partner keeps their score', async () => {
    const s = await endedPair()
    await db.db.insert(blocks).values({ blockerId: s.userA, blockedId: s.userB, sessionId: s.sessionId })
    expect(await rating.rate({ sessionId: s.sessionId, userId: s.userA, stars: 1 })).toEqual({
      ok: false,
      reason: 'blocked',
    })
    expect(await user(s.userB)).toMatchObject({ ratingCount: 0, helpfulnessScore: 0.5 })
    // the blocked side may still rate the session
    expect(await rating.rate({ sessionId: s.sessionId, userId: s.userB, stars: 3 })).toMatchObject({
      ok: true,
    })
  })

  it('when feedback is left, then it is stored once with contacts masked', async () => {
    const s = await endedPair()
    expect(
      await rating.saveFeedback({
        sessionId: s.sessionId,
        userId: s.userB,
        text: '  помогло! пишите: me@example.com ',
      }),
    ).toEqual({ ok: true })
    expect(await rating.saveFeedback({ sessionId: s.sessionId, userId: s.userB, text: 'ещё' })).toEqual({
      ok: false,
      reason: 'already-saved',
    })
    const row = await sessionRow(db.db, s.sessionId)
    expect(row.feedbackByA ?? row.feedbackByB).toBe('помогло! пишите: [email]')
  })
})
