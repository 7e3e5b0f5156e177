import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Redis } from 'ioredis'
import type { Language, Translate } from '../../bot/i18n.js'
import type { Db } from '../../db/client.js'
import {
  type ChatSessionRow,
  chatSessions,
  ledgerEntries,
  type TipRow,
  tips,
  type UserRow,
  users,
} from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import { activeSessionOfUser, partnerOf } from '../chat/sessions.js'
import type { Messenger } from '../messenger.js'
import { truncateText } from '../text.js'
import { type ArmedPrompts, createArmedPrompt } from '../users/armed-prompt.js'
import { type CommissionRates, splitTip, type TipSplit } from './commission.js'
import {
  type AmountRejection,
  encodeTipPayload,
  MAX_TIP,
  MIN_TIP,
  parseTipAmount,
  parseTipPayload,
  type TipPayload,
} from './payload.js'
import { createTipRefunds, type OnRefunded, starTransactions } from './refunds.js'

/** Preset tip buttons, in Stars. */
export const TIP_PRESETS = [10, 25, 50, 100] as const
export const STARS_CURRENCY = 'XTR'

/** Telegram's StarTransaction, reduced to what reconciliation reads. */
export type StarTransactionLike = {
  id: string
  amount: number
  date: number
  source?: { type: string; transaction_type?: string; invoice_payload?: string; user?: { id: number } }
  receiver?: { type: string; transaction_type?: string; invoice_payload?: string; user?: { id: number } }
}

/**
 * The slice of the Telegram Bot API the tips module needs. grammY's `Api` satisfies it; tests pass a fake
 * that records calls. Errors are expected to carry Telegram's `error_code`/`description` (GrammyError).
 */
export type StarsApi = {
  sendInvoice(
    chatId: number,
    title: string,
    description: string,
    payload: string,
    currency: string,
    prices: readonly { label: string; amount: number }[],
    other?: { provider_token?: string },
  ): Promise<unknown>
  answerPreCheckoutQuery(id: string, ok: boolean, other?: { error_message?: string }): Promise<unknown>
  refundStarPayment(userId: number, telegramPaymentChargeId: string): Promise<unknown>
  getStarTransactions(other?: {
    offset?: number
    limit?: number
  }): Promise<{ transactions: readonly StarTransactionLike[] }>
}

export type TipsDeps = {
  db: Db
  redis: Redis
  api: StarsApi
  messenger: Pick<Messenger, 'sendText'>
  translate: Translate
  metrics: Pick<Metrics, 'tipsTotal' | 'tipsStars'>
  rates: CommissionRates
  logger: Logger
  /** How long the "type your custom amount" step waits for the number. */
  customAmountTtlSec?: number
  /** Told after a refund committed (the bot tells the helper); failures are logged, never thrown. */
  onRefunded?: OnRefunded
}

/** What the payer reads on the invoice, worded by the bot feature; the service cuts it to Telegram's limits. */
export type InvoiceTexts = (input: { recipientName: string | null; split: TipSplit }) => {
  title: string
  description: string
  label: string
}

/** Telegram's limits for an invoice title and description (characters). */
export const INVOICE_TITLE_MAX = 32
export const INVOICE_DESCRIPTION_MAX = 255

/** Why a tip to a session partner is not possible (right now). */
export type TargetRejection =
  | 'session-not-found'
  | 'session-not-ended'
  | 'not-participant'
  | 'wrong-recipient'
  | 'recipient-gone'
  | 'recipient-banned'

export type PreCheckoutRejection =
  | 'bad-payload'
  | 'wrong-currency'
  | 'amount-mismatch'
  | 'payer-unknown'
  | 'self-tip'
  | TargetRejection

type Target = { session: ChatSessionRow; recipient: UserRow }

/** A `pre_checkout_query`, as Telegram sends it (only the fields we read). */
export type PreCheckoutQueryLike = {
  id: string
  from: { id: number; language_code?: string }
  currency: string
  total_amount: number
  invoice_payload: string
}

/** A message carrying `successful_payment` or `refunded_payment`. */
export type PaymentMessageLike = {
  chat: { id: number }
  from?: { id: number; language_code?: string }
  successful_payment?: {
    currency: string
    total_amount: number
    invoice_payload: string
    telegram_payment_charge_id: string
    provider_payment_charge_id?: string
  }
  refunded_payment?: { currency: string; total_amount: number; telegram_payment_charge_id: string }
}

/** The part of a Telegram Update the payments path handles; everything else is ignored. */
export type PaymentUpdateLike = {
  update_id?: number
  pre_checkout_query?: PreCheckoutQueryLike
  message?: PaymentMessageLike
}

export type RecordResult =
  | { ok: true; duplicate: false; tip: TipRow; split: TipSplit }
  | { ok: true; duplicate: true; tipId: number }
  | { ok: false; reason: 'bad-payload' | 'wrong-currency' | 'payer-unknown' }

export type { RefundResult } from './refunds.js'

export type ReconcileReport = {
  checkedAt: Date
  /** Transactions read from getStarTransactions (all kinds). */
  telegramTransactions: number
  /** Incoming user payments at Telegram. */
  telegramCharges: number
  localTips: number
  /** Paid at Telegram, no tip row here (e.g. payment update lost): refund or record by hand. */
  missingLocally: { chargeId: string; amount: number; date: Date; refunded: boolean; payload?: string }[]
  /** A tip row whose charge Telegram does not list. */
  missingAtTelegram: { tipId: number; chargeId: string; amount: number; status: string }[]
  refundMismatch: {
    tipId: number
    chargeId: string
    local: 'paid' | 'refunded'
    telegram: 'paid' | 'refunded'
  }[]
  amountMismatch: { tipId: number; chargeId: string; local: number; telegram: number }[]
  /** Nothing to look at. */
  ok: boolean
}

const PICKER_KEY = (userId: number, messageId: number) => `tips:picker:${userId}:${messageId}`
/** How long a used amount picker stays used (its keyboard is removed at once; this covers queued presses). */
const PICKER_TTL_SEC = 7 * 24 * 3600

function lang(value: string | null | undefined, fallbackCode?: string): Language {
  if (value === 'en' || value === 'ru') return value
  return fallbackCode?.toLowerCase().startsWith('en') ? 'en' : 'ru'
}

/**
 * Loggable summary of a failed call. Never the error object itself: grammY errors carry the request
 * payload, i.e. the message text.
 */
function errInfo(err: unknown): { name?: string; code?: number; description?: string } {
  const e = err as { name?: string; error_code?: number; description?: string; message?: string } | null
  return { name: e?.name, code: e?.error_code, description: e?.description ?? e?.message }
}

/**
 * Telegram Stars tips after a finished chat: invoices, pre-checkout validation, the exactly-once payment
 * record with its ledger credit, refunds and reconciliation against Telegram's own transaction list.
 *
 * Money rules: `tips.telegram_payment_charge_id` is unique and the tip row, its `tip_credit` ledger entry
 * and the `users.star_balance` change commit together, so a payment update delivered any number of times,
 * via any path (bot webhook or /payments/webhook/telegram-stars), credits the helper once. Refunds lock the
 * tip row, so concurrent refunds of one tip debit once.
 */
export function createTipsService(deps: TipsDeps) {
  const { db, redis, api, messenger, translate, metrics, rates } = deps
  const log = deps.logger.child({ module: 'tips' })
  const customTtl = deps.customAmountTtlSec ?? 600
  // one field of the user's armed-prompts hash (read with the update's claim, see users/armed-prompt.ts)
  const custom = createArmedPrompt({ redis, field: 'tips', ttlSec: customTtl })
  // Fail at startup, not at the first payment, on a nonsensical rate.
  splitTip(0, rates)
  const refunds = createTipRefunds({ db, api, logger: log, onRefunded: deps.onRefunded })

  async function userByTelegramId(telegramId: number): Promise<UserRow | null> {
    const [row] = await db.select().from(users).where(eq(users.telegramId, telegramId)).limit(1)
    return row ?? null
  }

  async function userById(id: number): Promise<UserRow | null> {
    const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1)
    return row ?? null
  }

  /** May `payerId` tip their partner in `sessionId` (optionally: is `recipientId` that partner)? */
  async function checkTarget(
    payerId: number,
    sessionId: number,
    recipientId?: number,
  ): Promise<{ ok: true; target: Target } | { ok: false; reason: TargetRejection }> {
    const [session] = await db.select().from(chatSessions).where(eq(chatSessions.id, sessionId)).limit(1)
    if (!session) return { ok: false, reason: 'session-not-found' }
    if (session.userA !== payerId && session.userB !== payerId)
      return { ok: false, reason: 'not-participant' }
    if (session.status !== 'ended') return { ok: false, reason: 'session-not-ended' }
    const partnerId = partnerOf(session, payerId)
    if (partnerId === payerId || (recipientId !== undefined && recipientId !== partnerId))
      return { ok: false, reason: 'wrong-recipient' }
    const recipient = await userById(partnerId)
    if (!recipient || recipient.deletedAt || recipient.telegramId === null)
      return { ok: false, reason: 'recipient-gone' }
    if (recipient.bannedAt) return { ok: false, reason: 'recipient-banned' }
    return { ok: true, target: { session, recipient } }
  }

  async function validatePreCheckout(
    q: PreCheckoutQueryLike,
  ): Promise<
    | { ok: true; payload: TipPayload; payer: UserRow; target: Target }
    | { ok: false; reason: PreCheckoutRejection; payer: UserRow | null }
  > {
    const payload = parseTipPayload(q.invoice_payload)
    if (!payload) return { ok: false, reason: 'bad-payload', payer: null }
    const payer = await userByTelegramId(q.from.id)
    if (!payer || payer.deletedAt) return { ok: false, reason: 'payer-unknown', payer }
    if (q.currency !== STARS_CURRENCY) return { ok: false, reason: 'wrong-currency', payer }
    if (q.total_amount !== payload.amount) return { ok: false, reason: 'amount-mismatch', payer }
    if (payload.recipientId === payer.id) return { ok: false, reason: 'self-tip', payer }
    const checked = await checkTarget(payer.id, payload.sessionId, payload.recipientId)
    if (!checked.ok) return { ok: false, reason: checked.reason, payer }
    return { ok: true, payload, payer, target: checked.target }
  }

  async function sendSafely(chatId: number, text: string, what: string): Promise<boolean> {
    try {
      await messenger.sendText(chatId, text)
      return true
    } catch (err) {
      // The money part is committed; a lost receipt must not make Telegram redeliver the payment.
      log.warn({ ...errInfo(err), what }, 'tip notice not delivered')
      return false
    }
  }

  /**
   * Record a successful payment exactly once: tip row + ledger credit + balance in one transaction.
   * The payer is identified by Telegram id (the message sender); the recipient and session by the payload.
   */
  async function recordPayment(p: {
    payerTelegramId: number
    currency: string
    totalAmount: number
    invoicePayload: string
    telegramChargeId: string
    providerChargeId?: string
  }): Promise<RecordResult> {
    const payload = parseTipPayload(p.invoicePayload)
    if (!payload) return { ok: false, reason: 'bad-payload' }
    if (p.currency !== STARS_CURRENCY) return { ok: false, reason: 'wrong-currency' }
    const payer = await userByTelegramId(p.payerTelegramId)
    if (!payer) return { ok: false, reason: 'payer-unknown' }
    const [session] = await db
      .select({ id: chatSessions.id, userA: chatSessions.userA, userB: chatSessions.userB })
      .from(chatSessions)
      .where(eq(chatSessions.id, payload.sessionId))
      .limit(1)
    const recipientOk =
      session &&
      payload.recipientId !== payer.id &&
      (session.userA === payload.recipientId || session.userB === payload.recipientId)
    if (!recipientOk) return { ok: false, reason: 'bad-payload' }

    // Money already moved: record what Telegram charged, even if it differs from the payload.
    const split = splitTip(p.totalAmount, rates)
    const inserted = await db.transaction(async (tx) => {
      const [tip] = await tx
        .insert(tips)
        .values({
          sessionId: payload.sessionId,
          payerId: payer.id,
          recipientId: payload.recipientId,
          amount: split.amount,
          currency: STARS_CURRENCY,
          providerFeeMinor: split.providerFee,
          ourCommissionMinor: split.commission,
          netMinor: split.net,
          telegramPaymentChargeId: p.telegramChargeId,
          providerPaymentChargeId: p.providerChargeId || null,
          invoicePayload: p.invoicePayload,
        })
        .onConflictDoNothing({ target: tips.telegramPaymentChargeId })
        .returning()
      if (!tip) return null
      await tx
        .insert(ledgerEntries)
        .values({ userId: tip.recipientId, tipId: tip.id, kind: 'tip_credit', amountMinor: split.net })
      await tx
        .update(users)
        .set({ starBalance: sql`${users.starBalance} + ${split.net}` })
        .where(eq(users.id, tip.recipientId))
      return tip
    })
    if (!inserted) {
      const [existing] = await db
        .select({ id: tips.id })
        .from(tips)
        .where(eq(tips.telegramPaymentChargeId, p.telegramChargeId))
      log.info({ tipId: existing?.id }, 'duplicate payment update ignored')
      return { ok: true, duplicate: true, tipId: existing?.id ?? 0 }
    }
    metrics.tipsTotal.inc()
    metrics.tipsStars.inc(split.amount)
    log.info(
      { tipId: inserted.id, sessionId: inserted.sessionId, amount: split.amount, net: split.net },
      'tip recorded',
    )
    return { ok: true, duplicate: false, tip: inserted, split }
  }

  /** `armed`: the user's armed prompts as read at the start of this update (no round trip). */
  async function pendingCustomAmount(userId: number, armed?: ArmedPrompts): Promise<number | null> {
    const v = await custom.get(userId, armed)
    const n = v === null ? Number.NaN : Number(v)
    return Number.isSafeInteger(n) ? n : null
  }

  /**
   * Answer a pre_checkout_query: a few indexed lookups, then answer — nothing slow, Telegram waits
   * at most 10 s. Rejections carry a localised reason.
   */
  async function handlePreCheckout(
    q: PreCheckoutQueryLike,
  ): Promise<{ ok: boolean; reason?: PreCheckoutRejection }> {
    const v = await validatePreCheckout(q)
    const l = lang(v.ok ? v.payer.language : v.payer?.language, q.from.language_code)
    try {
      if (v.ok) await api.answerPreCheckoutQuery(q.id, true)
      else
        await api.answerPreCheckoutQuery(q.id, false, {
          error_message: translate(l, `tips-reject-${v.reason}`),
        })
    } catch (err) {
      // Already answered (delivered via both webhooks) or too late: nothing a retry could fix.
      log.warn({ ...errInfo(err), ok: v.ok }, 'answerPreCheckoutQuery failed')
    }
    if (!v.ok) log.info({ reason: v.reason }, 'pre-checkout rejected')
    return v.ok ? { ok: true } : { ok: false, reason: v.reason }
  }

  /** successful_payment: record once, then an itemised receipt to the payer and a thank-you to the helper. */
  async function handleSuccessfulPayment(m: PaymentMessageLike): Promise<RecordResult | null> {
    const sp = m.successful_payment
    if (!sp) return null
    const payerTelegramId = m.from?.id ?? m.chat.id
    const result = await recordPayment({
      payerTelegramId,
      currency: sp.currency,
      totalAmount: sp.total_amount,
      invoicePayload: sp.invoice_payload,
      telegramChargeId: sp.telegram_payment_charge_id,
      providerChargeId: sp.provider_payment_charge_id,
    })
    if (!result.ok) {
      // Paid but not attributable: reconciliation lists it; tell the payer where to get help.
      log.error({ reason: result.reason }, 'successful payment could not be recorded')
      const payer = await userByTelegramId(payerTelegramId)
      await sendSafely(
        m.chat.id,
        translate(lang(payer?.language, m.from?.language_code), 'tips-payment-unmatched'),
        'unmatched',
      )
      return result
    }
    if (result.duplicate) return result
    const { tip, split } = result
    const [payer, recipient] = await Promise.all([userById(tip.payerId), userById(tip.recipientId)])
    const pl = lang(payer?.language, m.from?.language_code)
    await sendSafely(
      m.chat.id,
      translate(pl, 'tips-receipt', {
        name: recipient?.nickname ?? translate(pl, 'tips-someone'),
        amount: String(split.amount),
        providerFee: String(split.providerFee),
        commission: String(split.commission),
        net: String(split.net),
        tipId: String(tip.id),
      }),
      'receipt',
    )
    if (recipient?.telegramId && !recipient.deletedAt) {
      const rl = lang(recipient.language)
      await sendSafely(
        recipient.telegramId,
        translate(rl, 'tips-thanks-received', {
          name: payer?.nickname ?? translate(rl, 'tips-someone'),
          amount: String(split.amount),
          net: String(split.net),
        }),
        'thanks',
      )
    }
    return result
  }

  return {
    /** Exposed for the bot feature and tests: the same split the ledger uses. */
    split: (amount: number) => splitTip(amount, rates),
    /** The configured rates, for showing the fee split before the invoice. */
    rates,
    presets: TIP_PRESETS,
    checkTarget,

    /** `/tips`: the user's recent ended sessions whose partner can still receive a tip. */
    async listTippable(
      userId: number,
      limit = 5,
    ): Promise<{ sessionId: number; partnerNickname: string | null; endedAt: Date | null }[]> {
      const rows = await db
        .select({
          sessionId: chatSessions.id,
          userA: chatSessions.userA,
          userB: chatSessions.userB,
          endedAt: chatSessions.endedAt,
        })
        .from(chatSessions)
        .where(
          and(
            eq(chatSessions.status, 'ended'),
            or(eq(chatSessions.userA, userId), eq(chatSessions.userB, userId)),
          ),
        )
        .orderBy(desc(chatSessions.endedAt), desc(chatSessions.id))
        .limit(limit * 3)
      const partnerIds = [...new Set(rows.map((r) => partnerOf(r, userId)))]
      if (partnerIds.length === 0) return []
      const partners = await db
        .select({ id: users.id, nickname: users.nickname })
        .from(users)
        .where(
          and(
            inArray(users.id, partnerIds),
            isNull(users.deletedAt),
            isNull(users.bannedAt),
            sql`${users.telegramId} is not null`,
          ),
        )
      const byId = new Map(partners.map((p) => [p.id, p]))
      return rows
        .map((r) => ({ r, partner: byId.get(partnerOf(r, userId)) }))
        .filter((x) => x.partner && x.partner.id !== userId)
        .slice(0, limit)
        .map(({ r, partner }) => ({
          sessionId: r.sessionId,
          partnerNickname: partner?.nickname ?? null,
          endedAt: r.endedAt,
        }))
    },

    /** What the user has received: balance (ledger running sum) and count of tips still paid. */
    async receivedSummary(userId: number): Promise<{ starBalance: number; tipsReceived: number }> {
      const [u] = await db.select({ starBalance: users.starBalance }).from(users).where(eq(users.id, userId))
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(tips)
        .where(and(eq(tips.recipientId, userId), eq(tips.status, 'paid')))
      return { starBalance: u?.starBalance ?? 0, tipsReceived: c?.n ?? 0 }
    },

    /** /paysupport: the payer's latest tips, so they can quote a receipt number. */
    async recentPaidBy(
      payerId: number,
      limit = 5,
    ): Promise<{ id: number; amount: number; status: string; createdAt: Date }[]> {
      return db
        .select({ id: tips.id, amount: tips.amount, status: tips.status, createdAt: tips.createdAt })
        .from(tips)
        .where(eq(tips.payerId, payerId))
        .orderBy(desc(tips.id))
        .limit(limit)
    },

    /**
     * Send the Stars invoice (XTR, no provider token, one price) for a tip to the payer's session partner.
     * The payload carries internal ids only; title and description are cut by grapheme to Telegram's limits.
     */
    async sendInvoice(
      payer: UserRow,
      sessionId: number,
      amount: number,
      texts: InvoiceTexts,
    ): Promise<
      | { ok: true; payload: string; recipient: UserRow }
      | { ok: false; reason: TargetRejection | 'bad-amount' | 'payer-unknown' }
    > {
      if (!Number.isInteger(amount) || amount < MIN_TIP || amount > MAX_TIP)
        return { ok: false, reason: 'bad-amount' }
      if (payer.telegramId === null || payer.deletedAt) return { ok: false, reason: 'payer-unknown' }
      const checked = await checkTarget(payer.id, sessionId)
      if (!checked.ok) return checked
      const { recipient } = checked.target
      const t = texts({ recipientName: recipient.nickname, split: splitTip(amount, rates) })
      const payload = encodeTipPayload({ sessionId, recipientId: recipient.id, amount })
      await api.sendInvoice(
        payer.telegramId,
        truncateText(t.title, INVOICE_TITLE_MAX),
        truncateText(t.description, INVOICE_DESCRIPTION_MAX, { ellipsis: '…' }),
        payload,
        STARS_CURRENCY,
        [{ label: t.label, amount }],
        { provider_token: '' },
      )
      return { ok: true, payload, recipient }
    },

    /**
     * One decision per amount-picker message: true for the first press (amount, custom or cancel), false after —
     * a press already queued when the picker was used (double tap) must not send a second invoice.
     */
    async claimPicker(userId: number, messageId: number): Promise<boolean> {
      return (await redis.set(PICKER_KEY(userId, messageId), '1', 'EX', PICKER_TTL_SEC, 'NX')) === 'OK'
    },
    /** Undo `claimPicker` when sending the invoice failed unexpectedly, so the user can press again. */
    async releasePicker(userId: number, messageId: number): Promise<void> {
      await redis.del(PICKER_KEY(userId, messageId))
    },

    /** Custom amount step: remember for a while which session the next number is for. */
    async beginCustomAmount(userId: number, sessionId: number): Promise<void> {
      await custom.set(userId, String(sessionId))
    },
    pendingCustomAmount,
    async cancelCustomAmount(userId: number, armed?: ArmedPrompts): Promise<void> {
      await custom.clear(userId, armed)
    },
    /** Parse a typed amount; on success the waiting state is cleared (a wrong number keeps it). */
    async submitCustomAmount(
      userId: number,
      text: string,
      armed?: ArmedPrompts,
    ): Promise<
      { ok: true; sessionId: number; amount: number } | { ok: false; reason: AmountRejection | 'expired' }
    > {
      const sessionId = await pendingCustomAmount(userId, armed)
      if (sessionId === null) return { ok: false, reason: 'expired' }
      const parsed = parseTipAmount(text)
      if (!parsed.ok) return parsed
      await custom.clear(userId, armed)
      return { ok: true, sessionId, amount: parsed.amount }
    },

    /** Is the user in an active chat (a typed text then belongs to the relay, not to the amount step)? */
    async hasActiveSession(userId: number): Promise<boolean> {
      const [row] = await db
        .select({ id: chatSessions.id })
        .from(chatSessions)
        .where(activeSessionOfUser(userId))
        .limit(1)
      return Boolean(row)
    },

    validatePreCheckout,

    recordPayment,
    handlePreCheckout,
    handleSuccessfulPayment,
    handleRefundedPayment: refunds.handleRefundedPayment,

    /**
     * Dispatch one Telegram Update of the payments kind — the single entry point shared by the bot
     * feature and `POST /payments/webhook/telegram-stars`. Returns what it did, `ignored` otherwise.
     */
    async handleUpdate(
      update: PaymentUpdateLike,
    ): Promise<'pre-checkout' | 'successful-payment' | 'refunded-payment' | 'ignored'> {
      if (update.pre_checkout_query) {
        await handlePreCheckout(update.pre_checkout_query)
        return 'pre-checkout'
      }
      if (update.message?.successful_payment) {
        await handleSuccessfulPayment(update.message)
        return 'successful-payment'
      }
      if (update.message?.refunded_payment) {
        await refunds.handleRefundedPayment(update.message)
        return 'refunded-payment'
      }
      return 'ignored'
    },

    /** Admin refund (see refunds.ts). */
    refund: refunds.refund,

    /**
     * Compare every Stars transaction Telegram lists for the bot with the local tips: charges missing here,
     * tips Telegram does not know, refund state and amount disagreements. Read-only.
     */
    async reconcile(opts: { pageSize?: number; maxPages?: number } = {}): Promise<ReconcileReport> {
      const pageSize = Math.min(Math.max(opts.pageSize ?? 100, 1), 100)
      const charges = new Map<string, { amount: number; date: number; refunded: boolean; payload?: string }>()
      const refundedIds = new Set<string>()
      let seen = 0
      for await (const t of starTransactions(api, log, pageSize, opts.maxPages ?? 1000)) {
        seen++
        if (
          t.source?.type === 'user' &&
          (t.source.transaction_type ?? 'invoice_payment') === 'invoice_payment'
        ) {
          charges.set(t.id, {
            amount: t.amount,
            date: t.date,
            refunded: false,
            ...(t.source.invoice_payload ? { payload: t.source.invoice_payload } : {}),
          })
        } else if (t.receiver?.type === 'user') {
          // A refund carries the id of the payment it returns.
          refundedIds.add(t.id)
        }
      }
      for (const id of refundedIds) {
        const c = charges.get(id)
        if (c) c.refunded = true
      }
      const local = await db
        .select({
          id: tips.id,
          chargeId: tips.telegramPaymentChargeId,
          amount: tips.amount,
          status: tips.status,
        })
        .from(tips)
      const localByCharge = new Map(local.map((t) => [t.chargeId, t]))
      const report: ReconcileReport = {
        checkedAt: new Date(),
        telegramTransactions: seen,
        telegramCharges: charges.size,
        localTips: local.length,
        missingLocally: [],
        missingAtTelegram: [],
        refundMismatch: [],
        amountMismatch: [],
        ok: true,
      }
      for (const [chargeId, c] of charges) {
        if (localByCharge.has(chargeId)) continue
        report.missingLocally.push({
          chargeId,
          amount: c.amount,
          date: new Date(c.date * 1000),
          refunded: c.refunded,
          ...(c.payload ? { payload: c.payload } : {}),
        })
      }
      for (const t of local) {
        const c = charges.get(t.chargeId)
        if (!c) {
          report.missingAtTelegram.push({
            tipId: t.id,
            chargeId: t.chargeId,
            amount: t.amount,
            status: t.status,
          })
          continue
        }
        const localState = t.status === 'refunded' ? 'refunded' : 'paid'
        const tgState = c.refunded ? 'refunded' : 'paid'
        if (localState !== tgState)
          report.refundMismatch.push({
            tipId: t.id,
            chargeId: t.chargeId,
            local: localState,
            telegram: tgState,
          })
        if (c.amount !== t.amount)
          report.amountMismatch.push({
            tipId: t.id,
            chargeId: t.chargeId,
            local: t.amount,
            telegram: c.amount,
          })
      }
      report.ok =
        report.missingLocally.length === 0 &&
        report.missingAtTelegram.length === 0 &&
        report.refundMismatch.length === 0 &&
        report.amountMismatch.length === 0
      log.info(
        {
          charges: charges.size,
          local: local.length,
          missingLocally: report.missingLocally.length,
          missingAtTelegram: report.missingAtTelegram.length,
          refundMismatch: report.refundMismatch.length,
        },
        'tips reconciled',
      )
      return report
    },
  }
}

export type TipsService = ReturnType<typeof createTipsService>
