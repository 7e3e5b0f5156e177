import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { users } from '../../db/schema/index.js'

/** The helper a tips notice goes to: their chat, language and balance now. */
export type HelperRecipient = { telegramId: number; language: string; starBalance: number }

/** The helper to tell about a change of their balance; null once they erased their data (nobody to tell). */
export async function helperRecipient(db: Db, userId: number): Promise<HelperRecipient | null> {
  const [u] = await db
    .select({
      telegramId: users.telegramId,
      language: users.language,
      starBalance: users.starBalance,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
  return u && u.telegramId !== null && !u.deletedAt
    ? { telegramId: u.telegramId, language: u.language, starBalance: u.starBalance }
    : null
}
