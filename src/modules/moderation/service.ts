import { aliasedTable, and, asc, count, desc, eq, ilike, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import {
  auditLog,
  chatSessions,
  type FlagContext,
  matches,
  reports,
  safetyFlags,
  type TopicRow,
  tips,
  topics,
  users,
  userTopics,
} from '../../db/schema/index.js'
import { activeSessionOfUser } from '../chat/sessions.js'
import { truncateText } from '../text.js'

/**
 * Outcome of the tips engineer's refund (`tips.refund`), adapted in app.ts. The moderation service only
 * records who asked and what came back.
 */
export type RefundResult = { ok: true } | { ok: false; reason: string; description?: string }
export type RefundTipPort = (tipId: number, actor: string) => Promise<RefundResult>

/** `GROUP BY status` rows → `{ [status]: n }`. */
const countsByStatus = (rows: { status: string; n: number }[]): Record<string, number> =>
  Object.fromEntries(rows.map((r) => [r.status, r.n]))

export type ModerationDeps = {
  db: Db
  /** Ends the banned user's active chat (wired to the chat service in app.ts). */
  onUserBanned?: (userId: number) => Promise<unknown>
  /** Refunds a tip through the tips service; absent → refunds are "not available" in the dashboard. */
  refundTip?: RefundTipPort
  /** Told when a hook fails after the ban was committed (for logging); never rethrown. */
  onHookError?: (err: unknown, hook: 'onUserBanned') => void
  now?: () => Date
}

export const FLAG_STATUSES = ['open', 'resolved', 'dismissed'] as const
export type FlagStatus = (typeof FLAG_STATUSES)[number]

const MAX_NOTE = 1000
const MAX_REASON = 500
const SLUG_RE = /^[a-z0-9_]{2,40}$/
/** Rows per page of the dashboard's user list. */
export const USERS_PAGE_SIZE = 50

export type FlagView = {
  id: number
  kind: string
  severity: string
  status: string
  reason: string | null
  context: FlagContext
  userId: number | null
  userNickname: string | null
  /** users.age_group of the flagged user (users/age.ts); null = not stated yet. */
  userAgeGroup: string | null
  reporterId: number | null
  reporterNickname: string | null
  sessionId: number | null
  resolvedBy: string | null
  resolvedAt: Date | null
  resolutionNote: string | null
  createdAt: Date
  reports: { id: number; reason: string; text: string | null; status: string; createdAt: Date }[]
}

export type UserSummary = {
  id: number
  nickname: string | null
  language: string
  timezone: string | null
  onboardingStep: string
  helpfulnessScore: number
  ratingCount: number
  starBalance: number
  pausedAt: Date | null
  bannedAt: Date | null
  banReason: string | null
  matchingSuspendedAt: Date | null
  deletedAt: Date | null
  createdAt: Date
  lastSeenAt: Date | null
  topics: string[]
  sessionsTotal: number
  activeSessionId: number | null
  reportsReceived: number
  openFlags: number
  tipsReceived: { count: number; stars: number }
}

export type TopicInput = { nameRu: string; nameEn: string; emoji?: string; sort?: number }

function clean(s: string | undefined | null, max: number): string {
  return truncateText((s ?? '').trim(), max)
}

/** Escapes LIKE wildcards so a pseudonym search matches literally. */
function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/**
 * Moderator operations behind the /admin dashboard: the flag/report queue, user bans and suspensions,
 * the sessions overview, tips refunds and the topic catalogue. Every state-changing call writes
 * `audit_log` in the same transaction as the change. Users are only ever shown by pseudonym and
 * internal id — never by Telegram identity.
 */
export function createModerationService(deps: ModerationDeps) {
  const { db } = deps
  const now = deps.now ?? (() => new Date())
  const reporter = aliasedTable(users, 'reporter')
  const userA = aliasedTable(users, 'ua')
  const userB = aliasedTable(users, 'ub')
  const payer = aliasedTable(users, 'payer')
  const recipient = aliasedTable(users, 'recipient')
  /** A tip row as the dashboard shows it: pseudonyms only, never Telegram identities. */
  const tipColumns = {
    id: tips.id,
    sessionId: tips.sessionId,
    payerId: tips.payerId,
    payerNickname: payer.nickname,
    payerDeletedAt: payer.deletedAt,
    recipientId: tips.recipientId,
    recipientNickname: recipient.nickname,
    recipientDeletedAt: recipient.deletedAt,
    amount: tips.amount,
    currency: tips.currency,
    netMinor: tips.netMinor,
    status: tips.status,
    createdAt: tips.createdAt,
    refundedAt: tips.refundedAt,
  }

  type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
  const audit = (
    tx: Tx | Db,
    e: {
      actor: string
      action: string
      targetType: string
      targetId: number
      details?: Record<string, unknown>
    },
  ) =>
    tx.insert(auditLog).values({
      actor: e.actor,
      action: e.action,
      targetType: e.targetType,
      targetId: String(e.targetId),
      details: e.details ?? {},
    })

  const service = {
    /** The moderation queue: flags with the anonymised context and any linked user reports. */
    async listFlags(opts: { status?: FlagStatus; limit?: number } = {}): Promise<FlagView[]> {
      const status = opts.status ?? 'open'
      const rows = await db
        .select({
          flag: safetyFlags,
          userNickname: users.nickname,
          userAgeGroup: users.ageGroup,
          reporterNickname: reporter.nickname,
        })
        .from(safetyFlags)
        .leftJoin(users, eq(users.id, safetyFlags.userId))
        .leftJoin(reporter, eq(reporter.id, safetyFlags.reporterId))
        .where(eq(safetyFlags.status, status))
        // Open: most severe first (critical = imminent danger on top), then oldest first (a queue);
        // closed ones newest first (history).
        .orderBy(
          ...(status === 'open'
            ? [
                sql`case ${safetyFlags.severity} when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end`,
                asc(safetyFlags.createdAt),
              ]
            : [desc(safetyFlags.resolvedAt)]),
          asc(safetyFlags.id),
        )
        .limit(Math.min(opts.limit ?? 100, 500))
      const ids = rows.map((r) => r.flag.id)
      const linked = ids.length
        ? await db
            .select({
              id: reports.id,
              flagId: reports.flagId,
              reason: reports.reason,
              text: reports.text,
              status: reports.status,
              createdAt: reports.createdAt,
            })
            .from(reports)
            .where(inArray(reports.flagId, ids))
            .orderBy(asc(reports.id))
        : []
      return rows.map(({ flag, userNickname, userAgeGroup, reporterNickname }) => ({
        id: flag.id,
        kind: flag.kind,
        severity: flag.severity,
        status: flag.status,
        reason: flag.reason,
        context: flag.context,
        userId: flag.userId,
        userNickname,
        userAgeGroup,
        reporterId: flag.reporterId,
        reporterNickname,
        sessionId: flag.sessionId,
        resolvedBy: flag.resolvedBy,
        resolvedAt: flag.resolvedAt,
        resolutionNote: flag.resolutionNote,
        createdAt: flag.createdAt,
        reports: linked.filter((r) => r.flagId === flag.id).map(({ flagId: _f, ...r }) => r),
      }))
    },

    async countOpenFlags(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(safetyFlags).where(eq(safetyFlags.status, 'open'))
      return row?.n ?? 0
    },

    /** Closes an open flag (and the reports attached to it) as `resolved` or `dismissed`. */
    async closeFlag(input: {
      flagId: number
      actor: string
      outcome: 'resolved' | 'dismissed'
      note?: string
    }): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'already-closed' }> {
      const note = clean(input.note, MAX_NOTE) || null
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(safetyFlags)
          .set({ status: input.outcome, resolvedBy: input.actor, resolvedAt: now(), resolutionNote: note })
          .where(and(eq(safetyFlags.id, input.flagId), eq(safetyFlags.status, 'open')))
          .returning({ id: safetyFlags.id, userId: safetyFlags.userId, kind: safetyFlags.kind })
        if (!row) {
          const [exists] = await tx
            .select({ id: safetyFlags.id })
            .from(safetyFlags)
            .where(eq(safetyFlags.id, input.flagId))
          return { ok: false, reason: exists ? 'already-closed' : 'not-found' }
        }
        await tx
          .update(reports)
          .set({ status: input.outcome })
          .where(and(eq(reports.flagId, input.flagId), eq(reports.status, 'open')))
        await audit(tx, {
          actor: input.actor,
          action: input.outcome === 'resolved' ? 'flag.resolve' : 'flag.dismiss',
          targetType: 'flag',
          targetId: input.flagId,
          details: { note, kind: row.kind, userId: row.userId },
        })
        return { ok: true }
      })
    },

    /** Pseudonym search (case-insensitive substring) or `#123` / `123` for an internal id. */
    async searchUsers(query: string, limit = 50) {
      const q = query.trim()
      if (!q) return []
      const idMatch = /^#?(\d{1,9})$/.exec(q)
      const cols = {
        id: users.id,
        nickname: users.nickname,
        bannedAt: users.bannedAt,
        matchingSuspendedAt: users.matchingSuspendedAt,
        deletedAt: users.deletedAt,
        createdAt: users.createdAt,
        lastSeenAt: users.lastSeenAt,
      }
      if (idMatch) {
        return db
          .select(cols)
          .from(users)
          .where(eq(users.id, Number(idMatch[1])))
      }
      return db
        .select(cols)
        .from(users)
        .where(ilike(users.nickname, `%${likeLiteral(truncateText(q, 64))}%`))
        .orderBy(asc(users.nickname), asc(users.id))
        .limit(limit)
    },

    /**
     * The users page without a search: most recently active first (last seen, else joined), a page at a
     * time. `hasMore` says whether a next page exists (one extra row is read instead of a count).
     */
    async listRecentUsers(opts: { page?: number; pageSize?: number } = {}) {
      const pageSize = Math.min(Math.max(opts.pageSize ?? USERS_PAGE_SIZE, 1), 200)
      const page = Math.max(1, Math.trunc(opts.page ?? 1))
      const rows = await db
        .select({
          id: users.id,
          nickname: users.nickname,
          bannedAt: users.bannedAt,
          matchingSuspendedAt: users.matchingSuspendedAt,
          deletedAt: users.deletedAt,
          createdAt: users.createdAt,
          lastSeenAt: users.lastSeenAt,
        })
        .from(users)
        .orderBy(desc(sql`coalesce(${users.lastSeenAt}, ${users.createdAt})`), desc(users.id))
        .limit(pageSize + 1)
        .offset((page - 1) * pageSize)
      return { page, pageSize, hasMore: rows.length > pageSize, users: rows.slice(0, pageSize) }
    },

    /** What a moderator needs to decide, without the Telegram identity (no telegram id, no names). */
    async getUserSummary(userId: number): Promise<UserSummary | null> {
      const [u] = await db.select().from(users).where(eq(users.id, userId))
      if (!u) return null
      const [topicRows, sessionsTotal, active, reportsReceived, openFlags, tipsReceived] = await Promise.all([
        db
          .select({ name: topics.nameEn })
          .from(userTopics)
          .innerJoin(topics, eq(topics.id, userTopics.topicId))
          .where(eq(userTopics.userId, userId))
          .orderBy(asc(topics.sort)),
        db
          .select({ n: count() })
          .from(chatSessions)
          .where(sql`${chatSessions.userA} = ${userId} or ${chatSessions.userB} = ${userId}`),
        db.select({ id: chatSessions.id }).from(chatSessions).where(activeSessionOfUser(userId)).limit(1),
        db.select({ n: count() }).from(reports).where(eq(reports.reportedId, userId)),
        db
          .select({ n: count() })
          .from(safetyFlags)
          .where(and(eq(safetyFlags.userId, userId), eq(safetyFlags.status, 'open'))),
        db
          .select({ n: count(), stars: sql<number>`coalesce(sum(${tips.amount}), 0)::int` })
          .from(tips)
          .where(and(eq(tips.recipientId, userId), eq(tips.status, 'paid'))),
      ])
      return {
        id: u.id,
        nickname: u.nickname,
        language: u.language,
        timezone: u.timezone,
        onboardingStep: u.onboardingStep,
        helpfulnessScore: u.helpfulnessScore,
        ratingCount: u.ratingCount,
        starBalance: u.starBalance,
        pausedAt: u.pausedAt,
        bannedAt: u.bannedAt,
        banReason: u.banReason,
        matchingSuspendedAt: u.matchingSuspendedAt,
        deletedAt: u.deletedAt,
        createdAt: u.createdAt,
        lastSeenAt: u.lastSeenAt,
        topics: topicRows.map((t) => t.name),
        sessionsTotal: sessionsTotal[0]?.n ?? 0,
        activeSessionId: active[0]?.id ?? null,
        reportsReceived: reportsReceived[0]?.n ?? 0,
        openFlags: openFlags[0]?.n ?? 0,
        tipsReceived: { count: tipsReceived[0]?.n ?? 0, stars: tipsReceived[0]?.stars ?? 0 },
      }
    },

    /**
     * Bans a user (the onboarding banned gate then answers them with a notice only) and ends their
     * active chat through `onUserBanned`. The ban is committed first: a failing hook never undoes it.
     */
    async banUser(input: {
      userId: number
      actor: string
      reason: string
    }): Promise<
      | { ok: true; chat: 'ended' | 'hook-failed' | 'no-hook' }
      | { ok: false; reason: 'not-found' | 'already-banned' | 'reason-required' }
    > {
      const reason = clean(input.reason, MAX_REASON)
      if (!reason) return { ok: false, reason: 'reason-required' }
      const result = await db.transaction(async (tx) => {
        const at = now()
        const [row] = await tx
          .update(users)
          .set({ bannedAt: at, banReason: reason, updatedAt: at })
          .where(and(eq(users.id, input.userId), isNull(users.bannedAt)))
          .returning({ id: users.id })
        if (!row) {
          const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId))
          return exists ? ('already-banned' as const) : ('not-found' as const)
        }
        await audit(tx, {
          actor: input.actor,
          action: 'user.ban',
          targetType: 'user',
          targetId: input.userId,
          details: { reason },
        })
        return 'banned' as const
      })
      if (result !== 'banned') return { ok: false, reason: result }
      if (!deps.onUserBanned) return { ok: true, chat: 'no-hook' }
      try {
        await deps.onUserBanned(input.userId)
        return { ok: true, chat: 'ended' }
      } catch (err) {
        deps.onHookError?.(err, 'onUserBanned')
        return { ok: true, chat: 'hook-failed' }
      }
    },

    async unbanUser(input: {
      userId: number
      actor: string
      reason?: string
    }): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'not-banned' }> {
      const reason = clean(input.reason, MAX_REASON) || null
      return db.transaction(async (tx) => {
        const [before] = await tx
          .select({ bannedAt: users.bannedAt, banReason: users.banReason })
          .from(users)
          .where(eq(users.id, input.userId))
          .for('update')
        if (!before) return { ok: false, reason: 'not-found' }
        if (!before.bannedAt) return { ok: false, reason: 'not-banned' }
        await tx
          .update(users)
          .set({ bannedAt: null, banReason: null, updatedAt: now() })
          .where(eq(users.id, input.userId))
        await audit(tx, {
          actor: input.actor,
          action: 'user.unban',
          targetType: 'user',
          targetId: input.userId,
          details: { reason, previousBanReason: before.banReason },
        })
        return { ok: true }
      })
    },

    /**
     * Lifts an automatic matching suspension (after repeated reports); optionally also resets the
     * rating-based helpfulness score to the neutral prior.
     */
    async resetUser(input: {
      userId: number
      actor: string
      resetScore?: boolean
    }): Promise<{ ok: true } | { ok: false; reason: 'not-found' }> {
      return db.transaction(async (tx) => {
        const [before] = await tx
          .select({
            matchingSuspendedAt: users.matchingSuspendedAt,
            helpfulnessScore: users.helpfulnessScore,
            ratingCount: users.ratingCount,
          })
          .from(users)
          .where(eq(users.id, input.userId))
          .for('update')
        if (!before) return { ok: false, reason: 'not-found' }
        await tx
          .update(users)
          .set({
            matchingSuspendedAt: null,
            updatedAt: now(),
            ...(input.resetScore ? { helpfulnessScore: 0.5, ratingCount: 0, ratingSum: 0 } : {}),
          })
          .where(eq(users.id, input.userId))
        await audit(tx, {
          actor: input.actor,
          action: 'user.reset',
          targetType: 'user',
          targetId: input.userId,
          details: {
            resetScore: Boolean(input.resetScore),
            wasSuspended: Boolean(before.matchingSuspendedAt),
            previousScore: before.helpfulnessScore,
            previousRatingCount: before.ratingCount,
          },
        })
        return { ok: true }
      })
    },

    /** Counts by status plus the most recent sessions and matches (pseudonyms only). */
    async overview(limit = 20) {
      const [matchCounts, sessionCounts, recentSessions, recentMatches] = await Promise.all([
        db.select({ status: matches.status, n: count() }).from(matches).groupBy(matches.status),
        db
          .select({ status: chatSessions.status, n: count() })
          .from(chatSessions)
          .groupBy(chatSessions.status),
        db
          .select({
            id: chatSessions.id,
            matchId: chatSessions.matchId,
            userA: chatSessions.userA,
            userB: chatSessions.userB,
            nicknameA: userA.nickname,
            nicknameB: userB.nickname,
            deletedA: userA.deletedAt,
            deletedB: userB.deletedAt,
            status: chatSessions.status,
            startedAt: chatSessions.startedAt,
            endedAt: chatSessions.endedAt,
            endReason: chatSessions.endReason,
            messageCount: chatSessions.messageCount,
            ratingByA: chatSessions.ratingByA,
            ratingByB: chatSessions.ratingByB,
          })
          .from(chatSessions)
          .leftJoin(userA, eq(userA.id, chatSessions.userA))
          .leftJoin(userB, eq(userB.id, chatSessions.userB))
          .orderBy(desc(chatSessions.startedAt), desc(chatSessions.id))
          .limit(limit),
        db
          .select({
            id: matches.id,
            userA: matches.userA,
            userB: matches.userB,
            nicknameA: userA.nickname,
            nicknameB: userB.nickname,
            deletedA: userA.deletedAt,
            deletedB: userB.deletedAt,
            status: matches.status,
            score: matches.score,
            proposedAt: matches.proposedAt,
            respondedAt: matches.respondedAt,
          })
          .from(matches)
          .leftJoin(userA, eq(userA.id, matches.userA))
          .leftJoin(userB, eq(userB.id, matches.userB))
          .orderBy(desc(matches.proposedAt), desc(matches.id))
          .limit(limit),
      ])
      return {
        matchCounts: countsByStatus(matchCounts),
        sessionCounts: countsByStatus(sessionCounts),
        recentSessions,
        recentMatches,
      }
    },

    async listTips(limit = 100) {
      return db
        .select(tipColumns)
        .from(tips)
        .leftJoin(payer, eq(payer.id, tips.payerId))
        .leftJoin(recipient, eq(recipient.id, tips.recipientId))
        .orderBy(desc(tips.createdAt), desc(tips.id))
        .limit(limit)
    },

    refundAvailable: Boolean(deps.refundTip),

    /**
     * Asks the tips service to refund. The request and its outcome are audited here either way (the tips
     * service additionally audits the refund it applies).
     */
    async refundTip(input: {
      tipId: number
      actor: string
    }): Promise<
      | { ok: true }
      | { ok: false; reason: 'not-available' | 'not-found' | (string & {}); description?: string }
    > {
      if (!deps.refundTip) return { ok: false, reason: 'not-available' }
      const [tip] = await db.select({ id: tips.id }).from(tips).where(eq(tips.id, input.tipId))
      if (!tip) return { ok: false, reason: 'not-found' }
      let result: RefundResult
      try {
        result = await deps.refundTip(input.tipId, input.actor)
      } catch (err) {
        await audit(db, {
          actor: input.actor,
          action: 'tip.refund_requested',
          targetType: 'tip',
          targetId: input.tipId,
          details: { ok: false, error: err instanceof Error ? err.message : String(err) },
        })
        throw err
      }
      await audit(db, {
        actor: input.actor,
        action: 'tip.refund_requested',
        targetType: 'tip',
        targetId: input.tipId,
        details: result.ok
          ? { ok: true }
          : {
              ok: false,
              reason: result.reason,
              ...(result.description ? { description: result.description } : {}),
            },
      })
      return result
    },

    async listTopics(): Promise<TopicRow[]> {
      return db.select().from(topics).orderBy(asc(topics.sort), asc(topics.id))
    },

    async addTopic(
      input: TopicInput & { slug: string; actor: string },
    ): Promise<
      { ok: true; id: number } | { ok: false; reason: 'invalid-slug' | 'invalid-name' | 'slug-taken' }
    > {
      const slug = input.slug.trim().toLowerCase()
      if (!SLUG_RE.test(slug)) return { ok: false, reason: 'invalid-slug' }
      const nameRu = clean(input.nameRu, 80)
      const nameEn = clean(input.nameEn, 80)
      if (!nameRu || !nameEn) return { ok: false, reason: 'invalid-name' }
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(topics)
          .values({
            slug,
            nameRu,
            nameEn,
            emoji: clean(input.emoji, 16),
            sort: Number.isFinite(input.sort) ? Math.trunc(input.sort ?? 0) : 0,
          })
          .onConflictDoNothing({ target: topics.slug })
          .returning({ id: topics.id })
        if (!row) return { ok: false, reason: 'slug-taken' }
        await audit(tx, {
          actor: input.actor,
          action: 'topic.add',
          targetType: 'topic',
          targetId: row.id,
          details: { slug, nameRu, nameEn },
        })
        return { ok: true, id: row.id }
      })
    },

    /** Renames / re-sorts / (de)activates a topic; the slug is stable (users' choices reference the id). */
    async updateTopic(
      input: Partial<TopicInput> & { id: number; active?: boolean; actor: string },
    ): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'invalid-name' }> {
      const patch: Partial<Pick<TopicRow, 'nameRu' | 'nameEn' | 'emoji' | 'sort' | 'active'>> = {}
      if (input.nameRu !== undefined) patch.nameRu = clean(input.nameRu, 80)
      if (input.nameEn !== undefined) patch.nameEn = clean(input.nameEn, 80)
      if (patch.nameRu === '' || patch.nameEn === '') return { ok: false, reason: 'invalid-name' }
      if (input.emoji !== undefined) patch.emoji = clean(input.emoji, 16)
      if (input.sort !== undefined && Number.isFinite(input.sort)) patch.sort = Math.trunc(input.sort)
      if (input.active !== undefined) patch.active = input.active
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(topics).where(eq(topics.id, input.id)).for('update')
        if (!before) return { ok: false, reason: 'not-found' }
        const changes: Record<string, { from: unknown; to: unknown }> = {}
        for (const [k, v] of Object.entries(patch) as [keyof typeof patch, unknown][]) {
          if (before[k] !== v) changes[k] = { from: before[k], to: v }
        }
        if (Object.keys(changes).length === 0) return { ok: true }
        await tx.update(topics).set(patch).where(eq(topics.id, input.id))
        await audit(tx, {
          actor: input.actor,
          action: 'topic.update',
          targetType: 'topic',
          targetId: input.id,
          details: { slug: before.slug, changes },
        })
        return { ok: true }
      })
    },

    /** One tip for the refund confirmation page (pseudonyms only). */
    async getTip(tipId: number) {
      const [row] = await db
        .select(tipColumns)
        .from(tips)
        .leftJoin(payer, eq(payer.id, tips.payerId))
        .leftJoin(recipient, eq(recipient.id, tips.recipientId))
        .where(eq(tips.id, tipId))
      return row ?? null
    },

    async listAudit(limit = 100) {
      return db.select().from(auditLog).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(limit)
    },
  }
  return service
}

export type ModerationService = ReturnType<typeof createModerationService>
