import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { auditLog, type CheckinStatus, checkins, safetyFlags, users } from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import { RecipientGoneError } from '../messenger.js'
import { findContacts } from '../safety/pii.js'
import { graphemeLength } from '../text.js'

/** Longest moderator note (graphemes); the form enforces it too. */
export const CHECKIN_NOTE_MAX = 300
/** A second check-in on the same flag while the first is unanswered waits this long. */
export const CHECKIN_REPEAT_SEC = 3600

/** Delivers the templated message (bot edge: wording by the user's language, the two answer buttons). */
export type CheckinSender = (
  to: { telegramId: number; language: 'ru' | 'en' },
  checkin: { id: number; note: string | null },
) => Promise<void>

export type SendCheckinResult =
  | { ok: true; checkinId: number }
  | {
      ok: false
      reason:
        | 'not-found'
        | 'not-crisis'
        | 'unreachable'
        | 'already-sent'
        | 'note-too-long'
        | 'note-contact'
        | 'send-failed'
    }

export type AnswerResult =
  | { ok: true; answer: 'ok' | 'talk' }
  | { ok: false; reason: 'not-found' | 'already-answered' }

export type CheckinView = {
  id: number
  actor: string
  note: string | null
  status: CheckinStatus
  createdAt: Date
  answeredAt: Date | null
}

/**
 * Moderator check-ins on crisis flags (#16 §5): a short templated message through the bot, the user's
 * answer ("I'm OK" / "I'd like to talk") back on the flag. The moderator names a flag, never a Telegram
 * identity: the chat id is looked up here and never leaves the module. Every check-in is in the audit log.
 */
export function createCheckinService(deps: {
  db: Db
  send: CheckinSender
  metrics: Pick<Metrics, 'checkins'>
  logger: Logger
}) {
  const { db, metrics } = deps
  const log = deps.logger.child({ module: 'checkin' })

  return {
    async send(input: { flagId: number; actor: string; note?: string | null }): Promise<SendCheckinResult> {
      const note = input.note?.trim() ? input.note.trim() : null
      if (note && graphemeLength(note) > CHECKIN_NOTE_MAX) return { ok: false, reason: 'note-too-long' }
      // a note is the team's words: no phone, link, handle or e-mail (nothing to move the talk elsewhere)
      if (note && findContacts(note).length > 0) return { ok: false, reason: 'note-contact' }
      const [flag] = await db
        .select({ kind: safetyFlags.kind, userId: safetyFlags.userId })
        .from(safetyFlags)
        .where(eq(safetyFlags.id, input.flagId))
        .limit(1)
      if (!flag) return { ok: false, reason: 'not-found' }
      if (flag.kind !== 'crisis' || flag.userId === null) return { ok: false, reason: 'not-crisis' }
      const userId = flag.userId
      const [u] = await db
        .select({
          telegramId: users.telegramId,
          language: users.language,
          deletedAt: users.deletedAt,
          bannedAt: users.bannedAt,
        })
        .from(users)
        .where(eq(users.id, userId))
        .limit(1)
      // a banned user's updates stop at the ban gate: they could not answer, so nothing is sent
      if (!u || u.telegramId === null || u.deletedAt || u.bannedAt)
        return { ok: false, reason: 'unreachable' }
      const created = await db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`checkin:${input.flagId}`}))`)
        const [recent] = await tx
          .select({ id: checkins.id })
          .from(checkins)
          .where(
            and(
              eq(checkins.flagId, input.flagId),
              eq(checkins.status, 'sent'),
              gt(checkins.createdAt, sql`now() - make_interval(secs => ${CHECKIN_REPEAT_SEC})`),
            ),
          )
          .limit(1)
        if (recent) return null
        const [row] = await tx
          .insert(checkins)
          .values({ flagId: input.flagId, userId, actor: input.actor, note })
          .returning({ id: checkins.id })
        if (!row) throw new Error('insert into checkins returned nothing')
        await tx.insert(auditLog).values({
          actor: input.actor,
          action: 'flag.checkin',
          targetType: 'safety_flag',
          targetId: String(input.flagId),
          details: { checkinId: row.id, ...(note ? { note } : {}) },
        })
        return row.id
      })
      if (created === null) return { ok: false, reason: 'already-sent' }
      try {
        await deps.send(
          { telegramId: u.telegramId, language: u.language === 'en' ? 'en' : 'ru' },
          { id: created, note },
        )
      } catch (err) {
        await db.update(checkins).set({ status: 'undeliverable' }).where(eq(checkins.id, created))
        metrics.checkins.inc({ event: 'undeliverable' })
        if (err instanceof RecipientGoneError) return { ok: false, reason: 'unreachable' }
        log.warn({ err, checkinId: created }, 'check-in send failed')
        return { ok: false, reason: 'send-failed' }
      }
      metrics.checkins.inc({ event: 'sent' })
      log.info({ checkinId: created, flagId: input.flagId, actor: input.actor }, 'check-in sent')
      return { ok: true, checkinId: created }
    },

    /**
     * The user's answer, once. "I'd like to talk" puts the flag back in front of moderators: reopened if it
     * was closed, and at least `high` so it sorts above the routine ones.
     */
    async answer(input: { checkinId: number; userId: number; answer: 'ok' | 'talk' }): Promise<AnswerResult> {
      const r = await db.transaction(async (tx): Promise<AnswerResult> => {
        const [row] = await tx
          .update(checkins)
          .set({ status: input.answer, answeredAt: sql`now()` })
          .where(
            and(
              eq(checkins.id, input.checkinId),
              eq(checkins.userId, input.userId),
              inArray(checkins.status, ['sent', 'undeliverable']),
            ),
          )
          .returning({ flagId: checkins.flagId })
        if (!row) {
          const [exists] = await tx
            .select({ id: checkins.id })
            .from(checkins)
            .where(and(eq(checkins.id, input.checkinId), eq(checkins.userId, input.userId)))
            .limit(1)
          return { ok: false, reason: exists ? 'already-answered' : 'not-found' }
        }
        if (input.answer === 'talk') {
          await tx
            .update(safetyFlags)
            .set({
              status: 'open',
              severity: sql`case when ${safetyFlags.severity} = 'critical' then 'critical' else 'high' end`,
              resolvedBy: null,
              resolvedAt: null,
            })
            .where(eq(safetyFlags.id, row.flagId))
        }
        return { ok: true, answer: input.answer }
      })
      if (r.ok) metrics.checkins.inc({ event: `answered_${r.answer}` })
      return r
    },

    /** Check-ins per flag, newest first (the dashboard's flag cards). */
    async forFlags(flagIds: number[]): Promise<Map<number, CheckinView[]>> {
      const out = new Map<number, CheckinView[]>()
      if (flagIds.length === 0) return out
      const rows = await db
        .select()
        .from(checkins)
        .where(inArray(checkins.flagId, flagIds))
        .orderBy(desc(checkins.createdAt), desc(checkins.id))
      for (const r of rows) {
        const list = out.get(r.flagId) ?? []
        list.push({
          id: r.id,
          actor: r.actor,
          note: r.note,
          status: r.status,
          createdAt: r.createdAt,
          answeredAt: r.answeredAt,
        })
        out.set(r.flagId, list)
      }
      return out
    },
  }
}

export type CheckinService = ReturnType<typeof createCheckinService>
