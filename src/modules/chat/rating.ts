import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { blocks, chatSessions, users } from '../../db/schema/index.js'
import { truncateText } from '../text.js'
import { scrubbed } from './safe-error.js'

/**
 * Helpfulness score: Bayesian average of received 1–5 ratings, shrunk towards a prior so that a single
 * rating cannot make or break a newcomer, mapped linearly to [0,1] by (avg − 1) / 4.
 *
 * Prior mean 3.0 (the middle of the scale) with the weight of 5 ratings: a user with no ratings scores
 * exactly 0.5, the column default that means "no information"; five 5★ ratings give 0.75, fifty give 0.95.
 */
export const RATING_PRIOR_MEAN = 3
export const RATING_PRIOR_WEIGHT = 5
export const FEEDBACK_MAX_LENGTH = 500

export function helpfulnessScore(ratingSum: number, ratingCount: number): number {
  const avg = (ratingSum + RATING_PRIOR_MEAN * RATING_PRIOR_WEIGHT) / (ratingCount + RATING_PRIOR_WEIGHT)
  return (avg - 1) / 4
}

export type RateResult =
  | { ok: true; ratedUserId: number; score: number }
  | { ok: false; reason: 'not-found' | 'not-ended' | 'already-rated' | 'blocked' | 'invalid' }

/**
 * One rating per session per side (a conditional update, so double taps and races count once); the
 * rated user's rating_count/rating_sum/helpfulness_score change in the same transaction.
 */
export function createRatingService({
  db,
  anonymize,
}: {
  db: Db
  /** Feedback is kept for the team: contact details are masked before it is stored. */
  anonymize?: (text: string) => string
}) {
  return {
    async rate(input: { sessionId: number; userId: number; stars: number }): Promise<RateResult> {
      const stars = input.stars
      if (!Number.isInteger(stars) || stars < 1 || stars > 5) return { ok: false, reason: 'invalid' }
      return db.transaction(async (tx): Promise<RateResult> => {
        const [s] = await tx.select().from(chatSessions).where(eq(chatSessions.id, input.sessionId)).limit(1)
        if (!s || (s.userA !== input.userId && s.userB !== input.userId))
          return { ok: false, reason: 'not-found' }
        if (s.status !== 'ended') return { ok: false, reason: 'not-ended' }
        const byA = s.userA === input.userId
        const ratedUserId = byA ? s.userB : s.userA
        // someone the rater blocked is not rated (a rating prompt sent before /block may still be tapped)
        const [blocked] = await tx
          .select({ id: blocks.blockerId })
          .from(blocks)
          .where(and(eq(blocks.blockerId, input.userId), eq(blocks.blockedId, ratedUserId)))
          .limit(1)
        if (blocked) return { ok: false, reason: 'blocked' }
        const col = byA ? chatSessions.ratingByA : chatSessions.ratingByB
        const [rated] = await tx
          .update(chatSessions)
          .set(byA ? { ratingByA: stars } : { ratingByB: stars })
          .where(and(eq(chatSessions.id, s.id), isNull(col)))
          .returning({ id: chatSessions.id })
        if (!rated) return { ok: false, reason: 'already-rated' }
        const sum = sql`${users.ratingSum} + ${stars}`
        const cnt = sql`${users.ratingCount} + 1`
        const [u] = await tx
          .update(users)
          .set({
            ratingSum: sum,
            ratingCount: cnt,
            // same formula as helpfulnessScore(), on the incremented values
            helpfulnessScore: sql`((${sum} + ${RATING_PRIOR_MEAN * RATING_PRIOR_WEIGHT})::real / (${cnt} + ${RATING_PRIOR_WEIGHT}) - 1) / 4`,
            updatedAt: new Date(),
          })
          .where(eq(users.id, ratedUserId))
          .returning({ score: users.helpfulnessScore })
        return { ok: true, ratedUserId, score: u?.score ?? 0.5 }
      })
    },

    /** Short optional feedback about the session (once per side); stays in the database for the team. */
    async saveFeedback(input: {
      sessionId: number
      userId: number
      text: string
    }): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'already-saved' | 'empty' }> {
      const trimmed = truncateText(input.text.trim(), FEEDBACK_MAX_LENGTH)
      const text = anonymize ? anonymize(trimmed) : trimmed
      if (!text) return { ok: false, reason: 'empty' }
      const [s] = await db.select().from(chatSessions).where(eq(chatSessions.id, input.sessionId)).limit(1)
      if (!s || (s.userA !== input.userId && s.userB !== input.userId))
        return { ok: false, reason: 'not-found' }
      const byA = s.userA === input.userId
      const [row] = await db
        .update(chatSessions)
        .set(byA ? { feedbackByA: text } : { feedbackByB: text })
        .where(
          and(eq(chatSessions.id, s.id), isNull(byA ? chatSessions.feedbackByA : chatSessions.feedbackByB)),
        )
        .returning({ id: chatSessions.id })
        // the query carries the feedback text: never let it reach an error log
        .catch((err: unknown) => {
          throw scrubbed(err)
        })
      return row ? { ok: true } : { ok: false, reason: 'already-saved' }
    },
  }
}

export type RatingService = ReturnType<typeof createRatingService>
