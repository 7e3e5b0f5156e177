import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { chatSessions, matches, users } from '../../db/schema/index.js'

export type SeedUser = { telegramId: number | null; nickname?: string; language?: 'ru' | 'en' }

/** An onboarded user row (tests only). */
export async function seedUser(db: Db, u: SeedUser): Promise<number> {
  const [row] = await db
    .insert(users)
    .values({
      telegramId: u.telegramId,
      nickname: u.nickname ?? null,
      language: u.language ?? 'ru',
      safetyAck: true,
      safetyAckAt: new Date(),
      onboardingStep: 'done',
    })
    .returning({ id: users.id })
  return row!.id
}

/**
 * Two users with an active match and an active chat session, as the matching engineer's code leaves them
 * (tests only): the pair is stored with user_a < user_b.
 */
export async function seedSession(
  db: Db,
  a: SeedUser | number,
  b: SeedUser | number,
): Promise<{ sessionId: number; matchId: number; userA: number; userB: number }> {
  const idA = typeof a === 'number' ? a : await seedUser(db, a)
  const idB = typeof b === 'number' ? b : await seedUser(db, b)
  const [lo, hi] = idA < idB ? [idA, idB] : [idB, idA]
  const [m] = await db
    .insert(matches)
    .values({ userA: lo, userB: hi, status: 'active', expiresAt: new Date(Date.now() + 600_000) })
    .returning({ id: matches.id })
  const [s] = await db
    .insert(chatSessions)
    .values({ matchId: m!.id, userA: lo, userB: hi, status: 'active' })
    .returning({ id: chatSessions.id })
  return { sessionId: s!.id, matchId: m!.id, userA: idA, userB: idB }
}

export async function sessionRow(db: Db, sessionId: number) {
  const [row] = await db.select().from(chatSessions).where(eq(chatSessions.id, sessionId))
  return row!
}
