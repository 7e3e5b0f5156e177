import { and, countDistinct, eq, isNull, ne, or } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { blocks, type FlagContext, reports, users } from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import { truncateText } from '../text.js'
import { REPORT_REASONS, type ReportReason } from './callbacks.js'
import { scrubbed } from './safe-error.js'
import type { ChatService, FlagRaiser } from './service.js'

export const REPORT_TEXT_MAX_LENGTH = 1000

export type ReportsDeps = {
  db: Db
  chat: Pick<ChatService, 'getRecentMessages' | 'endSession' | 'findSessionOfUser'>
  safety: FlagRaiser
  anonymize: (text: string, opts: { names?: string[] }) => string
  /** REPORTS_TO_SUSPEND: distinct reporters after which matching is suspended pending moderation. */
  reportsToSuspend: number
  logger: Logger
  /** After a block is stored (e.g. the connections module drops the pair's connection for good). */
  onBlocked?: (blockerId: number, blockedId: number) => Promise<void>
}

export type ReportResult =
  | { ok: true; reportId: number; reportedId: number; suspended: boolean }
  | { ok: false; reason: 'not-found' | 'invalid-reason' }
  | { ok: false; reason: 'already-reported'; reportId: number }

/**
 * User reports and blocks. A report carries the session's last lines as anonymised context for moderators
 * (the raw lines live only in Redis for 24h); enough distinct reporters suspend the reported user's matching.
 */
export function createReportsService(deps: ReportsDeps) {
  const { db } = deps
  const log = deps.logger.child({ module: 'reports' })

  async function nicknames(ids: number[]): Promise<string[]> {
    const rows = await db
      .select({ nickname: users.nickname })
      .from(users)
      .where(or(...ids.map((id) => eq(users.id, id))))
    return rows.map((r) => r.nickname).filter((n): n is string => Boolean(n))
  }

  async function maybeSuspend(reportedId: number): Promise<boolean> {
    const [row] = await db
      .select({ n: countDistinct(reports.reporterId) })
      .from(reports)
      .where(and(eq(reports.reportedId, reportedId), ne(reports.status, 'dismissed')))
    const reporters = row?.n ?? 0
    if (reporters < deps.reportsToSuspend) return false
    const [suspended] = await db
      .update(users)
      .set({ matchingSuspendedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(users.id, reportedId), isNull(users.matchingSuspendedAt)))
      .returning({ id: users.id })
    if (!suspended) return false
    await deps.safety.raiseFlag({
      userId: reportedId,
      kind: 'auto_suspend',
      severity: 'high',
      reason: `reports from ${reporters} users`,
      context: { note: `Matching suspended automatically after reports from ${reporters} distinct users.` },
    })
    log.info({ userId: reportedId, reporters }, 'matching auto-suspended')
    return true
  }

  return {
    /** Reports the partner of a session the reporter took part in (active or recently ended). */
    async report(input: { reporterId: number; sessionId: number; reason: string }): Promise<ReportResult> {
      if (!(REPORT_REASONS as readonly string[]).includes(input.reason))
        return { ok: false, reason: 'invalid-reason' }
      const reason = input.reason as ReportReason
      const s = await deps.chat.findSessionOfUser(input.sessionId, input.reporterId)
      if (!s) return { ok: false, reason: 'not-found' }
      const reportedId = s.partnerId
      const [existing] = await db
        .select({ id: reports.id })
        .from(reports)
        .where(and(eq(reports.reporterId, input.reporterId), eq(reports.sessionId, s.id)))
        .limit(1)
      if (existing) return { ok: false, reason: 'already-reported', reportId: existing.id }

      const names = await nicknames([s.userA, s.userB])
      const lines = await deps.chat.getRecentMessages(s.id)
      const context: FlagContext = {
        messages: lines.map((m) => ({
          from: m.fromUserId === input.reporterId ? ('reporter' as const) : ('reported' as const),
          text: deps.anonymize(m.text, { names }),
        })),
      }
      const flag = await deps.safety
        .raiseFlag({
          userId: reportedId,
          reporterId: input.reporterId,
          sessionId: s.id,
          kind: 'report',
          severity: reason === 'danger' ? 'high' : 'medium',
          reason,
          context,
          names,
        })
        // the flag insert carries the (anonymised) conversation: keep it out of error logs
        .catch((err: unknown) => {
          throw scrubbed(err)
        })
      const [row] = await db
        .insert(reports)
        .values({ reporterId: input.reporterId, reportedId, sessionId: s.id, reason, flagId: flag.id })
        .returning({ id: reports.id })
      log.info({ reportId: row!.id, sessionId: s.id, reason }, 'user report filed')
      const suspended = await maybeSuspend(reportedId)
      return { ok: true, reportId: row!.id, reportedId, suspended }
    },

    /** Optional free-text details for a report (once; anonymised before storing). */
    async addDetails(input: {
      reportId: number
      reporterId: number
      text: string
    }): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'empty' }> {
      const raw = truncateText(input.text.trim(), REPORT_TEXT_MAX_LENGTH)
      if (!raw) return { ok: false, reason: 'empty' }
      const [r] = await db.select().from(reports).where(eq(reports.id, input.reportId)).limit(1)
      if (!r || r.reporterId !== input.reporterId) return { ok: false, reason: 'not-found' }
      const names = await nicknames([r.reporterId, r.reportedId])
      const [row] = await db
        .update(reports)
        .set({ text: deps.anonymize(raw, { names }) })
        .where(and(eq(reports.id, r.id), isNull(reports.text)))
        .returning({ id: reports.id })
        // the query carries the reporter's words: never let them reach an error log
        .catch((err: unknown) => {
          throw scrubbed(err)
        })
      return row ? { ok: true } : { ok: false, reason: 'not-found' }
    },

    /**
     * Blocks the partner of a session: never matched again (blocks row, read by matching), and the session
     * ends if it is still active.
     */
    async block(input: {
      blockerId: number
      sessionId: number
    }): Promise<{ ok: true; ended: boolean } | { ok: false; reason: 'not-found' }> {
      const s = await deps.chat.findSessionOfUser(input.sessionId, input.blockerId)
      if (!s) return { ok: false, reason: 'not-found' }
      await db
        .insert(blocks)
        .values({ blockerId: input.blockerId, blockedId: s.partnerId, sessionId: s.id })
        .onConflictDoNothing()
      try {
        await deps.onBlocked?.(input.blockerId, s.partnerId)
      } catch (err) {
        log.error({ err, sessionId: s.id }, 'onBlocked hook failed')
      }
      const ended = await deps.chat.endSession({ sessionId: s.id, reason: 'block', endedBy: input.blockerId })
      return { ok: true, ended: ended.ok }
    },

    /** True when either user blocked the other. */
    async isBlocked(a: number, b: number): Promise<boolean> {
      const [row] = await db
        .select({ a: blocks.blockerId })
        .from(blocks)
        .where(
          or(
            and(eq(blocks.blockerId, a), eq(blocks.blockedId, b)),
            and(eq(blocks.blockerId, b), eq(blocks.blockedId, a)),
          ),
        )
        .limit(1)
      return Boolean(row)
    },
  }
}

export type ReportsService = ReturnType<typeof createReportsService>
