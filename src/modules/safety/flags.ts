import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { auditLog, type FlagContext, safetyFlags } from '../../db/schema/index.js'
import type { Metrics } from '../../metrics.js'
import { anonymize, findIntroducedNames } from './anonymize.js'

export const FLAG_KINDS = ['crisis', 'report', 'toxicity', 'auto_suspend', 'ai_hint'] as const
export type FlagKind = (typeof FLAG_KINDS)[number]
export const FLAG_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number]
export type FlagStatus = 'open' | 'resolved' | 'dismissed'

/** Position of a severity in FLAG_SEVERITIES (low 0 … critical 3); unknown values count as medium. */
export function severityRank(severity: string): number {
  const i = (FLAG_SEVERITIES as readonly string[]).indexOf(severity)
  return i < 0 ? 1 : i
}

export type SafetyFlagRow = typeof safetyFlags.$inferSelect

export type RaiseFlagInput = {
  /** The user the flag is about. */
  userId: number | null
  reporterId?: number | null
  sessionId?: number | null
  kind: FlagKind
  severity?: FlagSeverity
  /** Short machine-ish reason (`harassment`, `lexicon:suicide`, …); never raw message text. */
  reason?: string | null
  /** Message excerpts and notes; anonymised again here (defence in depth). */
  context?: FlagContext
  /** Names/pseudonyms to mask in the context in addition to contacts. */
  names?: readonly string[]
}

export type ResolveResult =
  | { ok: true; flag: SafetyFlagRow }
  | { ok: false; reason: 'not-found' | 'already-closed' }

/**
 * Anything stored with a flag goes through anonymize(): no phones, links, handles or names — including a
 * name someone gave in any of the lines («меня зовут Аня»), masked in every line.
 */
function scrubContext(context: FlagContext | undefined, given: readonly string[]): FlagContext {
  if (!context) return {}
  const texts = [...(context.messages ?? []).map((m) => m.text), context.note ?? '']
  const names = [...given, ...texts.flatMap((t) => findIntroducedNames(t))]
  const out: FlagContext = {}
  if (context.messages)
    out.messages = context.messages.map((m) => ({ from: m.from, text: anonymize(m.text, { names }) }))
  if (context.note !== undefined) out.note = anonymize(context.note, { names })
  return out
}

/**
 * Safety flags: the moderation queue's input. Raised by the coach (crisis, toxicity, unsafe AI output),
 * reports and auto-suspension; resolved from the dashboard.
 */
export function createSafetyService({ db, metrics }: { db: Db; metrics: Pick<Metrics, 'flagsRaised'> }) {
  async function insertFlag(exec: Db, input: RaiseFlagInput): Promise<SafetyFlagRow> {
    const [row] = await exec
      .insert(safetyFlags)
      .values({
        userId: input.userId,
        reporterId: input.reporterId ?? null,
        sessionId: input.sessionId ?? null,
        kind: input.kind,
        severity: input.severity ?? 'medium',
        reason: input.reason ?? null,
        context: scrubContext(input.context, input.names ?? []),
      })
      .returning()
    if (!row) throw new Error('insert into safety_flags returned no row')
    return row
  }

  return {
    /** Always inserts a new open flag and counts it in `tno_safety_flags_total{kind}`. */
    async raiseFlag(input: RaiseFlagInput): Promise<SafetyFlagRow> {
      const row = await insertFlag(db, input)
      metrics.flagsRaised.inc({ kind: input.kind })
      return row
    },

    /**
     * Like raiseFlag, but at most one OPEN flag per (user, session, kind): a crisis noticed on every hint
     * request must not flood the queue. A more severe input raises the open flag's severity (and reason).
     * Concurrent callers serialise on an advisory lock.
     */
    async raiseFlagOnce(input: RaiseFlagInput): Promise<{ flag: SafetyFlagRow; created: boolean }> {
      const result = await db.transaction(async (tx) => {
        const key = `flag:${input.kind}:${input.userId ?? 0}:${input.sessionId ?? 0}`
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`)
        const [existing] = await tx
          .select()
          .from(safetyFlags)
          .where(
            and(
              eq(safetyFlags.kind, input.kind),
              eq(safetyFlags.status, 'open'),
              input.userId === null ? isNull(safetyFlags.userId) : eq(safetyFlags.userId, input.userId),
              input.sessionId == null
                ? isNull(safetyFlags.sessionId)
                : eq(safetyFlags.sessionId, input.sessionId),
            ),
          )
          .limit(1)
        if (existing) {
          // a more severe signal must not hide under a milder open flag: raise it (an imminent message
          // after a passive one puts the flag at the top of the queue); context stays the first message's
          const wanted = input.severity ?? 'medium'
          if (severityRank(wanted) <= severityRank(existing.severity))
            return { flag: existing, created: false }
          const [raised] = await tx
            .update(safetyFlags)
            .set({ severity: wanted, reason: input.reason ?? existing.reason })
            .where(eq(safetyFlags.id, existing.id))
            .returning()
          return { flag: raised ?? existing, created: false }
        }
        return { flag: await insertFlag(tx as unknown as Db, input), created: true }
      })
      if (result.created) metrics.flagsRaised.inc({ kind: input.kind })
      return result
    },

    async findById(id: number): Promise<SafetyFlagRow | null> {
      const [row] = await db.select().from(safetyFlags).where(eq(safetyFlags.id, id)).limit(1)
      return row ?? null
    },

    /** Open flags, newest first; optionally of one kind / about one user. */
    async listOpen(opts: { kind?: FlagKind; userId?: number; limit?: number; offset?: number } = {}) {
      const where: SQL[] = [eq(safetyFlags.status, 'open')]
      if (opts.kind) where.push(eq(safetyFlags.kind, opts.kind))
      if (opts.userId !== undefined) where.push(eq(safetyFlags.userId, opts.userId))
      return db
        .select()
        .from(safetyFlags)
        .where(and(...where))
        .orderBy(desc(safetyFlags.createdAt), desc(safetyFlags.id))
        .limit(opts.limit ?? 50)
        .offset(opts.offset ?? 0)
    },

    async countOpen(): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(safetyFlags)
        .where(eq(safetyFlags.status, 'open'))
      return row?.n ?? 0
    },

    /**
     * Close an open flag (`resolved` or `dismissed`) and write the moderator's action to audit_log in the
     * same transaction. Closing twice is an expected outcome, not an error.
     */
    async resolve(
      id: number,
      actor: string,
      note?: string | null,
      status: Exclude<FlagStatus, 'open'> = 'resolved',
    ): Promise<ResolveResult> {
      return db.transaction(async (tx) => {
        const [updated] = await tx
          .update(safetyFlags)
          .set({ status, resolvedBy: actor, resolvedAt: new Date(), resolutionNote: note ?? null })
          .where(and(eq(safetyFlags.id, id), eq(safetyFlags.status, 'open')))
          .returning()
        if (!updated) {
          const [exists] = await tx
            .select({ id: safetyFlags.id })
            .from(safetyFlags)
            .where(eq(safetyFlags.id, id))
            .limit(1)
          return { ok: false, reason: exists ? 'already-closed' : 'not-found' } as const
        }
        await tx.insert(auditLog).values({
          actor,
          action: status === 'resolved' ? 'flag.resolve' : 'flag.dismiss',
          targetType: 'safety_flag',
          targetId: String(id),
          details: note ? { note } : {},
        })
        return { ok: true, flag: updated } as const
      })
    },
  }
}

export type SafetyService = ReturnType<typeof createSafetyService>
