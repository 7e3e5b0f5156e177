import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { type UserRow, users } from '../../db/schema/index.js'

/**
 * Users: lookup and lifecycle. Onboarding/profile operations live here too (see onboarding.ts).
 */
export function createUsersService({ db }: { db: Db }) {
  return {
    async findByTelegramId(telegramId: number): Promise<UserRow | null> {
      const [row] = await db.select().from(users).where(eq(users.telegramId, telegramId)).limit(1)
      return row ?? null
    },
    async findById(id: number): Promise<UserRow | null> {
      const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1)
      return row ?? null
    },
  }
}

export type UsersService = ReturnType<typeof createUsersService>
