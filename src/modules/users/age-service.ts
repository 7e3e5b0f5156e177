import { and, eq, isNull, or, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Db } from '../../db/client.js'
import { chatSessions, type UserRow, users } from '../../db/schema/index.js'
import { type AgeAccess, type AgeGroup, type AgePolicy, ageAccess, asAgeGroup, mayBePaired } from './age.js'
import { nextStep } from './onboarding.js'

export type AgeServiceDeps = {
  db: Db
  policy: AgePolicy
  /**
   * The user's new group no longer fits their active chat (the partner is of another group, or the user is
   * no longer served): end it. The partner gets the usual neutral "partner left" notice, no reason.
   */
  leaveChat: (userId: number) => Promise<void>
  /** The group changed: leave the queue and withdraw from a pending proposal (matched under the old one). */
  leaveQueue: (userId: number) => Promise<void>
}

export type AgeChange =
  | {
      ok: true
      user: UserRow
      before: AgeGroup | null
      access: AgeAccess
      /** An active chat was ended because it no longer fits. */
      leftChat: boolean
    }
  | { ok: false; reason: 'unknown-group' | 'not-found' | 'locked' }

/**
 * Setting a user's age group, and what follows from a change. The wizard step `age` advances to the next one
 * in the same UPDATE (as the other wizard setters do).
 *
 * Decisions (README "Age groups"):
 * - a refused answer (under 13; 13–17 while ALLOW_MINORS is off) is final for this account: the refusal
 *   offers no way back (a child who tries again is the case to prevent; FTC COPPA guidance on neutral age
 *   screens asks the same); /delete_me erases it with everything else, so a mis-tap costs a fresh start;
 * - an active chat ends when the partner's group is not the new one (an unknown partner is kept only when
 *   the new group is 18+: they are asked on their next command and checked then);
 * - any change of group leaves the queue / pending proposal, which were made under the old group.
 */
export function createAgeService(deps: AgeServiceDeps) {
  const { db, policy } = deps
  const partner = alias(users, 'partner')

  /** The age group of the user's current chat partner: undefined = no active chat; null = not stated. */
  async function partnerGroup(userId: number): Promise<string | null | undefined> {
    const [row] = await db
      .select({ group: partner.ageGroup })
      .from(chatSessions)
      .innerJoin(
        partner,
        sql`${partner.id} = case when ${chatSessions.userA} = ${userId} then ${chatSessions.userB} else ${chatSessions.userA} end`,
      )
      .where(
        and(
          eq(chatSessions.status, 'active'),
          or(eq(chatSessions.userA, userId), eq(chatSessions.userB, userId)),
        ),
      )
      .limit(1)
    return row ? row.group : undefined
  }

  return {
    policy,
    access: (user: Pick<UserRow, 'ageGroup'> | null | undefined): AgeAccess =>
      ageAccess(user?.ageGroup, policy),

    /**
     * A user the bot does not serve (e.g. 13–17 after the operator turned ALLOW_MINORS off) leaves any chat and
     * queue they are still in. Called by the age gate on their next update; cheap when there is nothing to leave.
     */
    async enforce(user: Pick<UserRow, 'id' | 'ageGroup'>): Promise<{ leftChat: boolean }> {
      const access = ageAccess(user.ageGroup, policy)
      if (access !== 'under-13' && access !== 'minors-off') return { leftChat: false }
      const inChat = (await partnerGroup(user.id)) !== undefined
      if (inChat) await deps.leaveChat(user.id)
      await deps.leaveQueue(user.id)
      return { leftChat: inChat }
    },

    async setAgeGroup(userId: number, value: string): Promise<AgeChange> {
      const group = asAgeGroup(value)
      if (!group) return { ok: false, reason: 'unknown-group' }
      const [current] = await db.select().from(users).where(eq(users.id, userId)).limit(1)
      if (!current || current.deletedAt) return { ok: false, reason: 'not-found' }
      const before = asAgeGroup(current.ageGroup)
      if (before !== null && ageAccess(before, policy) !== 'ok' && before !== group)
        return { ok: false, reason: 'locked' }
      const [row] = await db
        .update(users)
        .set({
          ageGroup: group,
          onboardingStep: sql`case when ${users.onboardingStep} = 'age' then ${nextStep('age')} else ${users.onboardingStep} end`,
          updatedAt: new Date(),
        })
        .where(and(eq(users.id, userId), isNull(users.deletedAt)))
        .returning()
      if (!row) return { ok: false, reason: 'not-found' }
      const access = ageAccess(group, policy)
      let leftChat = false
      if (before !== group) {
        const other = await partnerGroup(userId)
        const fits =
          other === undefined ||
          (other === null ? access === 'ok' && group === '18_plus' : mayBePaired(group, other, policy))
        if (!fits) {
          await deps.leaveChat(userId)
          leftChat = true
        }
        await deps.leaveQueue(userId)
      }
      return { ok: true, user: row, before, access, leftChat }
    },
  }
}

export type AgeService = ReturnType<typeof createAgeService>
