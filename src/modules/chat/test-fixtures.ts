import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { chatSessions, matches, type UserRow, users } from '../../db/schema/index.js'

export type SeedUser = {
  telegramId: number | null
  nickname?: string
  language?: 'ru' | 'en'
  /** Erased their data / banned since (both default to no). */
  deleted?: boolean
  banned?: boolean
}

/** An onboarded user row (tests only; the chat, tips and coach fixtures share it). */
export async function seedUserRow(db: Db, u: SeedUser): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({
      telegramId: u.telegramId,
      nickname: u.nickname ?? null,
      language: u.language ?? 'ru',
      safetyAck: true,
      safetyAckAt: new Date(),
      onboardingStep: 'done',
      ageGroup: '18_plus',
      deletedAt: u.deleted ? new Date() : null,
      bannedAt: u.banned ? new Date() : null,
    })
    .returning()
  return row!
}

/** An onboarded user (tests only); returns the id. */
export async function seedUser(db: Db, u: SeedUser): Promise<number> {
  return (await seedUserRow(db, u)).id
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
