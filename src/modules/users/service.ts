import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm'
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core'
import type { Db } from '../../db/client.js'
import { namedQuery } from '../../db/named-query.js'
import {
  chatSessions,
  type TopicRow,
  topics,
  type UserRow,
  users,
  userTopics,
} from '../../db/schema/index.js'
import { USER_JSON, userFromJson } from '../../db/user-json.js'
import { isAvailabilityWindowId, normalizeWindows } from './availability.js'
import {
  MIN_TOPICS,
  nextStep,
  type OnboardingStep,
  type TextRejection,
  validateBio,
  validateNickname,
} from './onboarding.js'
import { type PseudonymLanguage, pseudonymCandidates, type Random } from './pseudonym.js'
import {
  findCommonZone,
  formatUtcOffset,
  isIanaZone,
  MAX_OFFSET_MINUTES,
  MIN_OFFSET_MINUTES,
  zoneForOffset,
  zoneOffsetMinutes,
} from './timezone.js'

export type UserLanguage = 'ru' | 'en'

const USER_BY_TELEGRAM_ID = `select ${USER_JSON} as u from users u where u.telegram_id = $1::bigint limit 1`

/**
 * touchLastSeenMany's statement ($1 the time, $2 the user ids): one text for any number of users, prepared by
 * name (db/named-query.ts), where a drizzle `in (…)` list was a new statement for each batch size.
 */
const TOUCH_LAST_SEEN = `update users set last_seen_at = $1::timestamptz
where id = any($2::int[]) and deleted_at is null`

export type UsersServiceDeps = {
  db: Db
  /**
   * Called after a /delete_me erasure has committed (the row is already anonymised: telegram_id is null,
   * so don't try to message that user). Other features end the active chat / leave the match queue here.
   */
  onUserDeleted?: (userId: number) => Promise<void>
  /** Called after /pause took effect: matching drops the user from the queue. */
  onUserPaused?: (userId: number) => Promise<void>
  /**
   * Called after an edit that changes how the user scores as a match (topics, time zone, availability,
   * language): matching rewrites their queued score card. Errors are the hook's own business.
   */
  onProfileChanged?: (userId: number) => Promise<void>
  /** Pseudonym randomness; injectable for tests. */
  random?: Random
}

type Updated = { ok: true; user: UserRow }

export type TimezoneChoice = { zone: string } | { offsetMinutes: number }

/**
 * Users: lookup, the onboarding wizard, profile edits, pause/resume and erasure. Every mutation returns the
 * updated row so the bot can re-render without another read. Wizard setters also move
 * `onboarding_step` forward when the user is on that step (atomically, in the same UPDATE), and leave it
 * alone when the same setter is used from /profile.
 */
export function createUsersService(deps: UsersServiceDeps) {
  const { db } = deps
  const random = deps.random ?? Math.random
  const profileChanged = async (userId: number) => {
    await deps.onProfileChanged?.(userId)
  }

  /** `onboarding_step` → next one, only when currently on `step`. */
  const advanceFrom = (step: OnboardingStep) =>
    sql`case when ${users.onboardingStep} = ${step} then ${nextStep(step)} else ${users.onboardingStep} end`

  async function update(userId: number, values: PgUpdateSetSource<typeof users>): Promise<UserRow | null> {
    const [row] = await db
      .update(users)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .returning()
    return row ?? null
  }

  function mustExist(row: UserRow | null, userId: number): UserRow {
    if (!row) throw new UserNotFoundError(`user ${userId} not found or deleted`)
    return row
  }

  async function findById(id: number): Promise<UserRow | null> {
    const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1)
    return row ?? null
  }

  async function getTopicIds(userId: number): Promise<number[]> {
    const rows = await db
      .select({ topicId: userTopics.topicId })
      .from(userTopics)
      .innerJoin(topics, eq(topics.id, userTopics.topicId))
      .where(and(eq(userTopics.userId, userId), eq(topics.active, true)))
    return rows.map((r) => r.topicId)
  }

  /** A free pseudonym: not used by any other live user and different from `current`. */
  async function freePseudonym(lang: PseudonymLanguage, userId: number, current: string | null) {
    for (let round = 0; ; round++) {
      if (round > 20) throw new Error('could not find a free pseudonym')
      const candidates = pseudonymCandidates(lang, 12, { random, suffixed: round > 0 }).filter(
        (n) => n !== current,
      )
      if (!candidates.length) continue
      const taken = await db
        .select({ nickname: users.nickname })
        .from(users)
        .where(and(inArray(users.nickname, candidates), isNull(users.deletedAt), ne(users.id, userId)))
      const used = new Set(taken.map((t) => t.nickname))
      const free = candidates.find((n) => !used.has(n))
      if (free) return free
    }
  }

  return {
    /** Runs for every update (bot/index.ts): a named prepared statement, the row as one json column. */
    async findByTelegramId(telegramId: number): Promise<UserRow | null> {
      const [row] = await namedQuery<{ u: string }>(db, 'user_by_telegram_id', USER_BY_TELEGRAM_ID, [
        telegramId,
      ])
      return row ? userFromJson(row.u) : null
    },
    findById,

    /**
     * The row for this Telegram user, created on first contact (language from Telegram, wizard at
     * `language`). A user who erased themselves has no row with this telegram id, so they start fresh.
     */
    async ensureUser(
      telegramId: number,
      language: UserLanguage,
    ): Promise<{ user: UserRow; created: boolean }> {
      const [inserted] = await db
        .insert(users)
        .values({ telegramId, language })
        .onConflictDoNothing({ target: users.telegramId })
        .returning()
      if (inserted) return { user: inserted, created: true }
      const [row] = await db.select().from(users).where(eq(users.telegramId, telegramId)).limit(1)
      return { user: mustExist(row ?? null, telegramId), created: false }
    },

    /**
     * Records that these users were active (the dashboard's "Last seen"), in one statement; a deleted user is
     * never touched. Called by the batched writer (modules/users/last-seen.ts), throttled per user upstream.
     */
    async touchLastSeenMany(userIds: number[], at: Date = new Date()): Promise<void> {
      if (userIds.length === 0) return
      await namedQuery(db, 'users_touch_last_seen', TOUCH_LAST_SEEN, [at.toISOString(), userIds])
    },

    async setLanguage(userId: number, language: UserLanguage): Promise<Updated> {
      const row = await update(userId, { language, onboardingStep: advanceFrom('language') })
      await profileChanged(userId)
      return { ok: true, user: mustExist(row, userId) }
    },

    /**
     * Whose crisis lines the user sees (/profile): a country code of modules/safety/crisis-lines, `intl`, or
     * null = from the time zone and language again.
     */
    async setCrisisCountry(userId: number, country: string | null): Promise<Updated> {
      const row = await update(userId, { crisisCountry: country })
      return { ok: true, user: mustExist(row, userId) }
    },

    /** Explicit consent to the "what this is / is not" notice; also gives the first pseudonym. */
    async acceptSafety(userId: number): Promise<Updated> {
      const current = mustExist(await findById(userId), userId)
      const nickname =
        current.nickname ?? (await freePseudonym(current.language === 'en' ? 'en' : 'ru', userId, null))
      const row = await update(userId, {
        safetyAck: true,
        safetyAckAt: current.safetyAckAt ?? new Date(),
        nickname,
        onboardingStep: advanceFrom('consent'),
      })
      return { ok: true, user: mustExist(row, userId) }
    },

    /** A new random pseudonym in the user's language (never their Telegram name). */
    async regeneratePseudonym(userId: number): Promise<Updated> {
      const current = mustExist(await findById(userId), userId)
      const nickname = await freePseudonym(current.language === 'en' ? 'en' : 'ru', userId, current.nickname)
      const row = await update(userId, { nickname })
      return { ok: true, user: mustExist(row, userId) }
    },

    /** Own pseudonym; `telegramNames` (first/last name, username) are refused to keep the user anonymous. */
    async setOwnPseudonym(
      userId: number,
      input: string,
      telegramNames: readonly (string | undefined)[],
    ): Promise<Updated | TextRejection | { ok: false; reason: 'taken' }> {
      const v = validateNickname(input, telegramNames)
      if (!v.ok) return v
      const [clash] = await db
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            sql`lower(${users.nickname}) = lower(${v.value})`,
            isNull(users.deletedAt),
            ne(users.id, userId),
          ),
        )
        .limit(1)
      if (clash) return { ok: false, reason: 'taken' }
      const row = await update(userId, { nickname: v.value, onboardingStep: advanceFrom('nickname') })
      return { ok: true, user: mustExist(row, userId) }
    },

    /** Keep the current pseudonym and move on (wizard). */
    async confirmPseudonym(userId: number): Promise<Updated> {
      const row = await update(userId, { onboardingStep: advanceFrom('nickname') })
      return { ok: true, user: mustExist(row, userId) }
    },

    /** Active topics in display order. */
    async listTopics(): Promise<TopicRow[]> {
      return db.select().from(topics).where(eq(topics.active, true)).orderBy(asc(topics.sort), asc(topics.id))
    },

    getTopicIds,

    /** Adds or removes one topic (by slug); returns the selection after the change. */
    async toggleTopic(
      userId: number,
      slug: string,
    ): Promise<{ ok: true; topicIds: number[] } | { ok: false; reason: 'unknown-topic' }> {
      const [topic] = await db
        .select({ id: topics.id })
        .from(topics)
        .where(and(eq(topics.slug, slug), eq(topics.active, true)))
        .limit(1)
      if (!topic) return { ok: false, reason: 'unknown-topic' }
      const removed = await db
        .delete(userTopics)
        .where(and(eq(userTopics.userId, userId), eq(userTopics.topicId, topic.id)))
        .returning({ topicId: userTopics.topicId })
      if (!removed.length)
        await db.insert(userTopics).values({ userId, topicId: topic.id }).onConflictDoNothing()
      await profileChanged(userId)
      return { ok: true, topicIds: await getTopicIds(userId) }
    },

    /** Topic selection finished: at least MIN_TOPICS (2) are required. */
    async finishTopics(
      userId: number,
    ): Promise<Updated | { ok: false; reason: 'too-few-topics'; min: number; selected: number }> {
      const selected = (await getTopicIds(userId)).length
      if (selected < MIN_TOPICS) return { ok: false, reason: 'too-few-topics', min: MIN_TOPICS, selected }
      const row = await update(userId, { onboardingStep: advanceFrom('topics') })
      return { ok: true, user: mustExist(row, userId) }
    },

    /**
     * A zone (a city button's key or any IANA id the runtime knows, e.g. from a typed city name) or a typed
     * offset: whole hours → the fixed zone `Etc/GMT∓N`, else the label `UTC+05:30`. utc_offset_minutes keeps
     * the offset at the time of choosing (for display); matching recomputes a zone's offset when it runs.
     */
    async setTimezone(
      userId: number,
      choice: TimezoneChoice,
    ): Promise<Updated | { ok: false; reason: 'unknown-zone' | 'out-of-range' }> {
      let timezone: string
      let utcOffsetMinutes: number
      if ('zone' in choice) {
        const zone = findCommonZone(choice.zone)?.zone ?? (isIanaZone(choice.zone) ? choice.zone : null)
        if (!zone) return { ok: false, reason: 'unknown-zone' }
        timezone = zone
        utcOffsetMinutes = zoneOffsetMinutes(zone)
      } else {
        const m = choice.offsetMinutes
        if (!Number.isInteger(m) || m < MIN_OFFSET_MINUTES || m > MAX_OFFSET_MINUTES)
          return { ok: false, reason: 'out-of-range' }
        timezone = zoneForOffset(m) ?? formatUtcOffset(m)
        utcOffsetMinutes = m
      }
      const row = await update(userId, {
        timezone,
        utcOffsetMinutes,
        onboardingStep: advanceFrom('timezone'),
      })
      await profileChanged(userId)
      return { ok: true, user: mustExist(row, userId) }
    },

    /** Adds or removes one availability window id (atomic on the JSONB array). */
    async toggleAvailability(
      userId: number,
      windowId: string,
    ): Promise<Updated | { ok: false; reason: 'unknown-window' }> {
      if (!isAvailabilityWindowId(windowId)) return { ok: false, reason: 'unknown-window' }
      const row = await update(userId, {
        availability: sql`case when jsonb_exists(${users.availability}, ${windowId}::text)
          then ${users.availability} - ${windowId}::text
          else ${users.availability} || jsonb_build_array(${windowId}::text) end`,
      })
      await profileChanged(userId)
      return { ok: true, user: mustExist(row, userId) }
    },

    /** Availability finished: at least one window. */
    async finishAvailability(userId: number): Promise<Updated | { ok: false; reason: 'no-windows' }> {
      const current = mustExist(await findById(userId), userId)
      if (!normalizeWindows(current.availability).length) return { ok: false, reason: 'no-windows' }
      const row = await update(userId, { onboardingStep: advanceFrom('availability') })
      return { ok: true, user: mustExist(row, userId) }
    },

    /** Bio ≤ 300 characters without contact details; finishes the wizard when on that step. */
    async setBio(userId: number, input: string): Promise<Updated | TextRejection> {
      const v = validateBio(input)
      if (!v.ok) return v
      const row = await update(userId, { bio: v.value, onboardingStep: advanceFrom('bio') })
      return { ok: true, user: mustExist(row, userId) }
    },

    /** No bio (skip in the wizard, "remove" in /profile). */
    async clearBio(userId: number): Promise<Updated> {
      const row = await update(userId, { bio: null, onboardingStep: advanceFrom('bio') })
      return { ok: true, user: mustExist(row, userId) }
    },

    async getProfile(userId: number): Promise<{ user: UserRow; topics: TopicRow[] } | null> {
      const user = await findById(userId)
      if (!user || user.deletedAt) return null
      const rows = await db
        .select({ topic: topics })
        .from(userTopics)
        .innerJoin(topics, eq(topics.id, userTopics.topicId))
        .where(and(eq(userTopics.userId, userId), eq(topics.active, true)))
        .orderBy(asc(topics.sort), asc(topics.id))
      return { user, topics: rows.map((r) => r.topic) }
    },

    /** /pause: no match offers until /resume. */
    async pause(userId: number): Promise<Updated | { ok: false; reason: 'already-paused' }> {
      const [row] = await db
        .update(users)
        .set({ pausedAt: new Date(), updatedAt: new Date() })
        .where(and(eq(users.id, userId), isNull(users.pausedAt), isNull(users.deletedAt)))
        .returning()
      if (!row) return { ok: false, reason: 'already-paused' }
      await deps.onUserPaused?.(userId)
      return { ok: true, user: row }
    },

    async resume(userId: number): Promise<Updated | { ok: false; reason: 'not-paused' }> {
      const [row] = await db
        .update(users)
        .set({ pausedAt: null, updatedAt: new Date() })
        .where(and(eq(users.id, userId), sql`${users.pausedAt} is not null`, isNull(users.deletedAt)))
        .returning()
      if (!row) return { ok: false, reason: 'not-paused' }
      return { ok: true, user: row }
    },

    /**
     * /delete_me: erases personal data in one transaction — telegram id, pseudonym, bio, language, timezone,
     * availability, topics, consent, feedback texts the user wrote — and sets deleted_at. The row stays
     * (anonymous id) so ratings, session counts, tips and moderation history keep their references.
     * Then `onUserDeleted` lets chat/matching end the active chat and leave the queue.
     */
    async eraseUser(userId: number): Promise<{ ok: true } | { ok: false; reason: 'not-found' }> {
      const erased = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(users)
          .set({
            telegramId: null,
            nickname: null,
            bio: null,
            language: 'ru',
            timezone: null,
            utcOffsetMinutes: null,
            crisisCountry: null,
            ageGroup: null,
            availability: [],
            safetyAck: false,
            safetyAckAt: null,
            onboardingStep: 'deleted',
            pausedAt: null,
            lastSeenAt: null,
            deletedAt: new Date(),
            updatedAt: new Date(),
          })
          .where(and(eq(users.id, userId), isNull(users.deletedAt)))
          .returning({ id: users.id })
        if (!row) return false
        await tx.delete(userTopics).where(eq(userTopics.userId, userId))
        await tx.update(chatSessions).set({ feedbackByA: null }).where(eq(chatSessions.userA, userId))
        await tx.update(chatSessions).set({ feedbackByB: null }).where(eq(chatSessions.userB, userId))
        return true
      })
      if (!erased) return { ok: false, reason: 'not-found' }
      await deps.onUserDeleted?.(userId)
      return { ok: true }
    },
  }
}

export type UsersService = ReturnType<typeof createUsersService>

export class UserNotFoundError extends Error {
  override name = 'UserNotFoundError'
}
