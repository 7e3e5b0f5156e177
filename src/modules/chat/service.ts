import { and, count, desc, eq, lt, or, sql } from 'drizzle-orm'
import type { Redis } from 'ioredis'
import type { Language, Translate } from '../../bot/i18n.js'
import type { Db } from '../../db/client.js'
import { type ChatSessionRow, chatSessions, matches, users } from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import { type CrisisResponsePlan, planCrisisResponse } from '../safety/crisis-response.js'
import type { CrisisResult } from '../safety/crisis-types.js'
import type { FlagSeverity, SafetyService } from '../safety/flags.js'
import { chatCallbacks, inlineKeyboard } from './callbacks.js'
import { eraseCallbacks } from './erase-callbacks.js'
import {
  copyExists,
  enqueue,
  forgetEndedSessions,
  type HandedRow,
  type OutboxItem,
  type Tx,
} from './outbox.js'
import { createRecentMessages, type ListWrites, type RecentMessage } from './recent.js'
import { createRelayCopy } from './relay-copy.js'
import { safeError, scrubbed } from './safe-error.js'
import { activeSessionOfUser, lockSession, partnerOf } from './sessions.js'

/** Content kinds relayed with copyMessage; anything else gets a note instead. */
export const RELAYED_KINDS = [
  'text',
  'photo',
  'sticker',
  'voice',
  'video_note',
  'video',
  'document',
  'animation',
  'audio',
] as const
export type RelayedKind = (typeof RELAYED_KINDS)[number]

/** Why a session ended (chat_sessions.end_reason). */
export type EndReason =
  | 'user'
  | 'idle'
  | 'blocked_bot'
  | 'block'
  | 'report'
  | 'moderator'
  | 'deleted'
  | 'banned'
  /** The user's new age group no longer fits this chat (users/age-service.ts); the partner is not told why. */
  | 'age'

export type CrisisDetector = (text: string) => CrisisResult

/** Whose crisis resources a notice carries: the recipient's own language, zone and country choice. */
export type CrisisRecipient = {
  language: Language
  timezone: string | null
  crisisCountry: string | null
  /** users.age_group: minors get the youth lines first. */
  ageGroup?: string | null
}

/**
 * Words the crisis notices (bot view `src/bot/views/crisis.ts`): the service decides who gets what
 * (`CrisisResponsePlan`), the wording and the country's lines live at the edge.
 */
export type CrisisWording = {
  /** The writer's private reply: lines, plus imminent/self-harm/third-party wording as planned. */
  writer(to: CrisisRecipient, plan: CrisisResponsePlan): string
  /** Guidance for the chat partner of someone in crisis, with lines they can forward. */
  partner(to: CrisisRecipient): string
}

/** Port onto the safety service (modules/safety/flags.ts). */
export type FlagRaiser = Pick<SafetyService, 'raiseFlag' | 'raiseFlagOnce'>

export type ChatServiceDeps = {
  db: Db
  redis: Redis
  translate: Translate
  metrics: Pick<Metrics, 'relayed' | 'activeSessions'>
  logger: Logger
  /** SESSION_IDLE_TIMEOUT_SEC. */
  idleTimeoutSec: number
  detectCrisis?: CrisisDetector
  /** Required with detectCrisis: renders the crisis notices queued with the message. */
  crisisWording?: CrisisWording
  detectToxicity?: (text: string) => { hit: boolean; threat: boolean }
  /** Anonymiser for anything a moderator will read. */
  anonymize?: (text: string, opts: { names?: string[] }) => string
  safety?: FlagRaiser
  /** Rows were committed to the outbox: wake the dispatcher (handing it the relayed copy when known). */
  wake?: (handed?: readonly HandedRow[]) => void
  now?: () => Date
}

export type RelayInput = {
  userId: number
  /** The sender's private chat id (== Telegram user id); copies are made from it. */
  chatId: number
  messageId: number
  kind: RelayedKind
  /** Text or caption: crisis check and the short-lived recent list. */
  text?: string
  replyToMessageId?: number
}

export type RelayResult =
  | {
      ok: true
      sessionId: number
      duplicate?: true
      /** The text matched the crisis lexicon (resources/guidance queued unless sent in the last 10 min). */
      crisis: boolean
      /** What the crisis response was (absent when the text was not a crisis hit). */
      crisisPlan?: CrisisResponsePlan
    }
  | { ok: false; reason: 'no-session' }
  | { ok: false; reason: 'partner-gone'; sessionId: number }

export type EditInput = {
  userId: number
  chatId: number
  messageId: number
  field: 'text' | 'caption'
  text: string
  entities?: unknown[]
}

export type ActiveSession = ChatSessionRow & { partnerId: number }

type Party = {
  id: number
  telegramId: number | null
  language: Language
  timezone: string | null
  crisisCountry: string | null
  ageGroup: string | null
  nickname: string | null
  /** "About me", shown to the partner when the chat opens. */
  bio: string | null
  bannedAt: Date | null
}

const CRISIS_THROTTLE_SEC = 600

/** Redis writes collected during an update and sent in one round trip with its "handled" marker. */
export type RedisBatch = ListWrites

const asLang = (v: string | null | undefined): Language => (v === 'en' ? 'en' : 'ru')

/**
 * Anonymous 1-on-1 chat sessions: relaying messages through the durable outbox, opening and ending
 * sessions (with notices and the rating prompt), idle expiry, crisis detection on relayed text.
 * Framework-free: the bot feature parses updates, the outbox dispatcher talks to Telegram.
 */
export function createChatService(deps: ChatServiceDeps) {
  const { db, translate } = deps
  const log = deps.logger.child({ module: 'chat' })
  const now = deps.now ?? (() => new Date())
  const recent = createRecentMessages(deps.redis)
  if (deps.detectCrisis && !deps.crisisWording)
    throw new Error('createChatService: detectCrisis needs crisisWording to word the crisis notices')

  const notice = (
    to: Party,
    sessionId: number,
    text: string,
    extra: Record<string, unknown> = {},
  ): OutboxItem[] =>
    to.telegramId === null
      ? []
      : [{ chatId: to.telegramId, sessionId, method: 'sendMessage', payload: { text, ...extra } }]

  const partnerName = (p: Party, lang: Language) => p.nickname ?? translate(lang, 'chat-partner-fallback')

  async function loadParties(tx: Db | Tx, ids: number[]): Promise<Map<number, Party>> {
    const rows = await tx
      .select({
        id: users.id,
        telegramId: users.telegramId,
        language: users.language,
        timezone: users.timezone,
        crisisCountry: users.crisisCountry,
        ageGroup: users.ageGroup,
        nickname: users.nickname,
        bio: users.bio,
        bannedAt: users.bannedAt,
      })
      .from(users)
      .where(or(...ids.map((id) => eq(users.id, id))))
    return new Map(rows.map((r) => [r.id, { ...r, language: asLang(r.language) }]))
  }

  function rateKeyboard(lang: Language, sessionId: number) {
    return inlineKeyboard([
      [1, 2, 3, 4, 5].map((n) => ({
        text: translate(lang, 'chat-rate-button', { stars: n }),
        data: chatCallbacks.rate(sessionId, n),
      })),
      // #16 §4: erase the conversation from both chats (bot/features/erase.ts)
      [{ text: translate(lang, 'erase-button'), data: eraseCallbacks.ask(sessionId) }],
    ])
  }

  /** The notice each side gets when a session ends, by reason and role. */
  function endNoticeKey(reason: EndReason, role: 'ender' | 'other'): string | null {
    switch (reason) {
      case 'user':
      case 'report':
        return role === 'ender' ? 'chat-ended-by-you' : 'chat-ended-by-partner'
      case 'block':
        return role === 'ender' ? 'chat-ended-blocked-by-you' : 'chat-ended-by-partner'
      case 'idle':
        return 'chat-ended-idle'
      case 'moderator':
        return 'chat-ended-moderator'
      case 'blocked_bot':
      case 'deleted':
      case 'banned':
      case 'age':
        // the leaving user cannot or must not be written to
        return role === 'ender' ? null : 'chat-ended-partner-left'
    }
  }

  async function refreshActiveGauge() {
    try {
      const [row] = await db
        .select({ n: count() })
        .from(chatSessions)
        .where(eq(chatSessions.status, 'active'))
      deps.metrics.activeSessions.set(row?.n ?? 0)
    } catch (err) {
      log.warn({ err }, 'active sessions gauge refresh failed')
    }
  }

  // prepared once: asked for commands and prompts of users in a chat (bot features), never rebuilt
  const activeOfUser = db
    .select()
    .from(chatSessions)
    .where(activeSessionOfUser(sql.placeholder('userId')))
    .limit(1)
    .prepare('active_session_of_user')

  async function getActiveSessionForUser(userId: number): Promise<ActiveSession | null> {
    const [row] = await activeOfUser.execute({ userId })
    return row ? { ...row, partnerId: partnerOf(row, userId) } : null
  }

  /**
   * Ends an active session for both sides in one transaction: status `ended`, the match `completed`,
   * notices (with the rating prompt) queued for whoever may still be written to.
   */
  async function endSession(input: {
    sessionId: number
    reason: EndReason
    /** The user who ended it (or who left: blocked the bot, deleted, banned). */
    endedBy?: number | null
    /** Idle sweep: only if still idle since before this instant (a message may have arrived meanwhile). */
    idleBefore?: Date
  }): Promise<{ ok: true; session: ChatSessionRow } | { ok: false; reason: 'not-active' }> {
    const result = await db.transaction(async (tx) => {
      const at = now()
      const [s] = await tx
        .update(chatSessions)
        .set({ status: 'ended', endedAt: at, endReason: input.reason, endedBy: input.endedBy ?? null })
        .where(
          and(
            eq(chatSessions.id, input.sessionId),
            eq(chatSessions.status, 'active'),
            input.idleBefore ? lt(chatSessions.lastActivityAt, input.idleBefore) : undefined,
          ),
        )
        .returning()
      if (!s) return null
      await tx
        .update(matches)
        .set({ status: 'completed', updatedAt: at })
        .where(and(eq(matches.id, s.matchId), eq(matches.status, 'active')))
      const parties = await loadParties(tx, [s.userA, s.userB])
      const items: OutboxItem[] = []
      for (const uid of [s.userA, s.userB]) {
        const p = parties.get(uid)
        if (!p) continue
        const role = uid === input.endedBy ? 'ender' : 'other'
        const key = endNoticeKey(input.reason, role)
        if (!key) continue
        // no rating after a moderator's decision, nor for the person one just blocked
        const askRating = input.reason !== 'moderator' && !(input.reason === 'block' && role === 'ender')
        const text = askRating
          ? `${translate(p.language, key)}\n\n${translate(p.language, 'chat-rate-prompt')}`
          : translate(p.language, key)
        items.push(
          ...notice(
            p,
            s.id,
            text,
            askRating ? { reply_markup: rateKeyboard(p.language, s.id), _kind: 'ended' } : { _kind: 'ended' },
          ),
        )
      }
      await enqueue(tx, items)
      return s
    })
    if (!result) return { ok: false, reason: 'not-active' }
    log.info({ sessionId: result.id, reason: input.reason }, 'chat session ended')
    // erasure: the short-lived copy of their words goes now, not in 24 h
    if (input.reason === 'deleted') await recent.clear(result.id).catch(() => {})
    deps.wake?.()
    void refreshActiveGauge()
    return { ok: true, session: result }
  }

  /** Ends every active session of a user (deleted account, ban, blocked the bot); tells partners only. */
  async function endAllForUser(userId: number, reason: EndReason): Promise<number> {
    const active = await db
      .select({ id: chatSessions.id })
      .from(chatSessions)
      .where(activeSessionOfUser(userId))
    let ended = 0
    for (const s of active) {
      const r = await endSession({ sessionId: s.id, reason, endedBy: userId })
      if (r.ok) ended++
    }
    return ended
  }

  /**
   * A flag about the sender for moderators, with the message anonymised; one open flag per user, session
   * and kind, so a long hard conversation does not flood the queue.
   */
  async function raiseMessageFlag(
    s: Pick<ChatSessionRow, 'id' | 'userA' | 'userB'>,
    userId: number,
    text: string,
    flag: { kind: 'crisis' | 'toxicity'; severity: FlagSeverity; reason: string },
  ) {
    if (!deps.safety) return
    try {
      const parties = await loadParties(db, [s.userA, s.userB])
      const names = [...parties.values()].map((p) => p.nickname).filter((n): n is string => Boolean(n))
      const scrubbed = deps.anonymize ? deps.anonymize(text, { names }) : '[hidden]'
      await deps.safety.raiseFlagOnce({
        userId,
        sessionId: s.id,
        ...flag,
        context: { messages: [{ from: 'sender', text: scrubbed }] },
        names,
      })
    } catch (err) {
      log.error({ error: safeError(err), sessionId: s.id, kind: flag.kind }, 'safety flag failed')
    }
  }

  const relayCopy = createRelayCopy(db)

  return {
    getActiveSessionForUser,
    endSession,
    endAllForUser,
    refreshActiveGauge,

    /**
     * The user's active session, else their latest one if it ended within `withinSec` (/report and /block
     * right after a chat).
     */
    async currentOrRecentSession(userId: number, withinSec = 86_400): Promise<ActiveSession | null> {
      const active = await getActiveSessionForUser(userId)
      if (active) return active
      const [row] = await db
        .select()
        .from(chatSessions)
        .where(or(eq(chatSessions.userA, userId), eq(chatSessions.userB, userId)))
        .orderBy(desc(chatSessions.startedAt), desc(chatSessions.id))
        .limit(1)
      if (!row?.endedAt || now().getTime() - row.endedAt.getTime() > withinSec * 1000) return null
      return { ...row, partnerId: partnerOf(row, userId) }
    },

    /** The session if this user took part in it (any status); for buttons pressed later. */
    async findSessionOfUser(sessionId: number, userId: number): Promise<ActiveSession | null> {
      const [row] = await db.select().from(chatSessions).where(eq(chatSessions.id, sessionId)).limit(1)
      if (!row || (row.userA !== userId && row.userB !== userId)) return null
      return { ...row, partnerId: partnerOf(row, userId) }
    },

    /**
     * Called by matching once the session row is committed: tells both users the chat started (partner's
     * pseudonym, the rules, the commands). Idempotent: a repeated call queues nothing.
     */
    async onSessionOpened(input: { sessionId: number; matchId: number; userA: number; userB: number }) {
      const queued = await db.transaction(async (tx) => {
        const s = await lockSession(tx, input.sessionId)
        if (s?.status !== 'active') return false
        const [already] = await tx
          .execute<{ n: number }>(
            sql`select 1 as n from outbox where session_id = ${s.id} and payload->>'_kind' = 'opened' limit 1`,
          )
          .then((r) => r.rows)
        if (already) return false
        const parties = await loadParties(tx, [s.userA, s.userB])
        const items: OutboxItem[] = []
        for (const [me, other] of [
          [s.userA, s.userB],
          [s.userB, s.userA],
        ] as const) {
          const p = parties.get(me)
          const o = parties.get(other)
          if (!p || !o) continue
          items.push(
            ...notice(
              p,
              s.id,
              translate(p.language, 'chat-opened', {
                partner: partnerName(o, p.language),
                about: o.bio ? `\n${translate(p.language, 'partner-about', { bio: o.bio })}` : '',
              }),
              {
                _kind: 'opened',
              },
            ),
          )
        }
        await enqueue(tx, items)
        return items.length > 0
      })
      if (queued) {
        deps.wake?.()
        void refreshActiveGauge()
      }
      return queued ? ({ ok: true } as const) : ({ ok: false, reason: 'not-active-or-done' } as const)
    },

    /**
     * Accepts one message for the partner: the copy (and crisis notices) are in the outbox when this
     * resolves, so the webhook may be acknowledged. A redelivered update queues nothing twice.
     * `batch`: Redis writes of the update that are sent with its "handled" marker (the recent lines).
     */
    async relay(input: RelayInput, opts: { batch?: RedisBatch } = {}): Promise<RelayResult> {
      const crisis: CrisisResult =
        input.text && deps.detectCrisis ? deps.detectCrisis(input.text) : { hit: false }
      const plan = crisis.hit ? planCrisisResponse(crisis) : undefined
      const at = now()
      let crisisKey: string | undefined
      // No crisis notices to word: one statement (see relayCopy). Otherwise the transaction below, which
      // reads both parties to word the notices in their languages.
      const result = !plan
        ? await relayCopy(input, at)
        : await db
            .transaction(async (tx) => {
              // finds and locks the sender's active session: enqueues of one session serialise, so outbox ids
              // (the delivery order) follow acceptance order
              const [s] = await tx
                .update(chatSessions)
                .set({ lastActivityAt: at, messageCount: sql`${chatSessions.messageCount} + 1` })
                .where(activeSessionOfUser(input.userId))
                .returning()
              if (!s) return { ok: false, reason: 'no-session' } as const
              const partnerId = partnerOf(s, input.userId)
              const parties = await loadParties(tx, [input.userId, partnerId])
              const me = parties.get(input.userId)
              const partner = parties.get(partnerId)
              if (!me || !partner || partner.telegramId === null || partner.bannedAt) {
                const why: EndReason = partner?.bannedAt ? 'banned' : 'deleted'
                return { ok: false, reason: 'partner-gone', sessionId: s.id, partnerId, why } as const
              }
              if (
                await copyExists(tx, {
                  chatId: partner.telegramId,
                  sessionId: s.id,
                  sourceMessageId: input.messageId,
                })
              ) {
                return { ok: true, sessionId: s.id, duplicate: true, crisis: false, session: s } as const
              }
              const items: OutboxItem[] = [
                {
                  chatId: partner.telegramId,
                  sessionId: s.id,
                  method: 'copyMessage',
                  sourceMessageId: input.messageId,
                  payload: {
                    from_chat_id: input.chatId,
                    message_id: input.messageId,
                    protect_content: true,
                    ...(input.replyToMessageId ? { _replyTo: input.replyToMessageId } : {}),
                  },
                },
              ]
              let crisisNotices = false
              if (plan && deps.crisisWording) {
                // throttled per kind of reply: a later, more urgent message (imminent after passive) or a worry
                // about someone else still gets its own reply within the 10 minutes
                const key = `chat:crisis:${s.id}:${input.userId}:${plan.writer}`
                const fresh = await deps.redis.set(key, '1', 'EX', CRISIS_THROTTLE_SEC, 'NX')
                if (fresh === 'OK') {
                  crisisKey = key
                  crisisNotices = true
                  // resources privately to the sender; gentle guidance to the partner after the message itself
                  // (not when only someone outside the chat is at risk)
                  if (plan.partnerGuidance)
                    items.push(
                      ...notice(partner, s.id, deps.crisisWording.partner(partner), { _kind: 'crisis' }),
                    )
                  items.push(...notice(me, s.id, deps.crisisWording.writer(me, plan), { _kind: 'crisis' }))
                }
              }
              await enqueue(tx, items)
              return { ok: true, sessionId: s.id, crisis: crisisNotices, session: s } as const
            })
            .catch(async (err: unknown) => {
              // not committed: the redelivered update must get the crisis notices again
              if (crisisKey) await deps.redis.del(crisisKey).catch(() => {})
              throw err
            })

      if (!result.ok) {
        if (result.reason === 'partner-gone') {
          // the partner left without their session being closed: close it now, the sender is told
          await endSession({ sessionId: result.sessionId, reason: result.why, endedBy: result.partnerId })
          return { ok: false, reason: 'partner-gone', sessionId: result.sessionId }
        }
        return result
      }
      if (result.duplicate) return { ok: true, sessionId: result.sessionId, duplicate: true, crisis: false }
      deps.wake?.('handed' in result && result.handed ? [result.handed] : undefined)
      deps.metrics.relayed.inc({ kind: input.kind })
      if (input.text) {
        const line = { fromUserId: input.userId, text: input.text, at: at.getTime() }
        // with the update's batch: written with its "handled" marker, no round trip of its own
        if (opts.batch) recent.pushTo(opts.batch, result.sessionId, line)
        else
          try {
            await recent.push(result.sessionId, line)
          } catch (err) {
            // the message itself is safely queued; report context is best effort
            log.warn({ error: safeError(err), sessionId: result.sessionId }, 'recent messages push failed')
          }
      }
      // every hit reaches moderators (one open flag per user and session, raised to `critical` when an
      // imminent/intent message follows); notices are throttled above
      if (crisis.hit && plan)
        await raiseMessageFlag(result.session, input.userId, input.text ?? '', {
          kind: 'crisis',
          severity: plan.flagSeverity,
          reason: `${crisis.source}:${plan.category}`,
        })
      // insults and threats are still delivered (the partner can /block or /report); moderators see a flag
      const toxic = input.text && deps.detectToxicity ? deps.detectToxicity(input.text) : undefined
      if (toxic?.hit)
        await raiseMessageFlag(result.session, input.userId, input.text ?? '', {
          kind: 'toxicity',
          severity: toxic.threat ? 'high' : 'medium',
          reason: `lexicon:${toxic.threat ? 'threat' : 'insult'}`,
        })
      return {
        ok: true,
        sessionId: result.sessionId,
        crisis: crisis.hit,
        ...(plan ? { crisisPlan: plan } : {}),
      }
    },

    /** Mirrors an edit of a relayed message onto its copy (resolved by the dispatcher at send time). */
    async relayEdit(input: EditInput): Promise<{ ok: true } | { ok: false; reason: 'no-session' }> {
      const done = await db
        .transaction(async (tx) => {
          const [s] = await tx
            .select()
            .from(chatSessions)
            .where(activeSessionOfUser(input.userId))
            .for('update')
            .limit(1)
          if (!s) return false
          const partnerId = partnerOf(s, input.userId)
          const partner = (await loadParties(tx, [partnerId])).get(partnerId)
          if (!partner || partner.telegramId === null) return false
          await tx.update(chatSessions).set({ lastActivityAt: now() }).where(eq(chatSessions.id, s.id))
          const payload =
            input.field === 'text'
              ? { text: input.text, ...(input.entities?.length ? { entities: input.entities } : {}) }
              : {
                  caption: input.text,
                  ...(input.entities?.length ? { caption_entities: input.entities } : {}),
                }
          await enqueue(tx, [
            {
              chatId: partner.telegramId,
              sessionId: s.id,
              method: input.field === 'text' ? 'editMessageText' : 'editMessageCaption',
              sourceMessageId: input.messageId,
              payload,
            },
          ])
          return true
        })
        // the queries carry the edited text: never let it reach an error log
        .catch((err: unknown) => {
          throw scrubbed(err)
        })
      if (!done) return { ok: false, reason: 'no-session' }
      deps.wake?.()
      deps.metrics.relayed.inc({ kind: 'edit' })
      return { ok: true }
    },

    /** The partner's Telegram chat stopped accepting messages (403): end their session, tell the other. */
    async handleRecipientGone(chatId: number): Promise<void> {
      const [u] = await db.select({ id: users.id }).from(users).where(eq(users.telegramId, chatId)).limit(1)
      if (u) await endAllForUser(u.id, 'blocked_bot')
    },

    /**
     * /delete_me, once the user's sessions have ended: forgets what the chat still keeps about them — the
     * recent lines of their sessions (Redis, else up to 24 h) and the outbox rows that carry their Telegram
     * id or pseudonym (else up to 48 h). What is still owed to a partner is delivered.
     */
    async forgetUser(userId: number): Promise<void> {
      const ended = await db
        .select({ id: chatSessions.id })
        .from(chatSessions)
        .where(
          and(
            or(eq(chatSessions.userA, userId), eq(chatSessions.userB, userId)),
            eq(chatSessions.status, 'ended'),
          ),
        )
      const ids = ended.map((s) => s.id)
      for (const id of ids) await recent.clear(id)
      await forgetEndedSessions(db, ids)
    },

    /** Ends sessions idle longer than SESSION_IDLE_TIMEOUT_SEC; both sides are told. */
    async sweepIdle(): Promise<number> {
      const cutoff = new Date(now().getTime() - deps.idleTimeoutSec * 1000)
      const idle = await db
        .select({ id: chatSessions.id })
        .from(chatSessions)
        .where(and(eq(chatSessions.status, 'active'), lt(chatSessions.lastActivityAt, cutoff)))
        .limit(500)
      let ended = 0
      for (const s of idle) {
        const r = await endSession({ sessionId: s.id, reason: 'idle', idleBefore: cutoff })
        if (r.ok) ended++
      }
      await refreshActiveGauge()
      return ended
    },

    /** Last ≤10 text lines of a session (raw: anonymise before storing or sending anywhere). */
    getRecentMessages(sessionId: number): Promise<RecentMessage[]> {
      return recent.list(sessionId)
    },
  }
}

export type ChatService = ReturnType<typeof createChatService>
