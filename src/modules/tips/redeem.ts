import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { ledgerEntries, type RedemptionRow, redemptions, users } from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import type { StarTransactionLike } from './service.js'

/** Telegram's Star prices for gifting Premium (Bot API giftPremiumSubscription: exactly these). */
export const PREMIUM_PRICES = { 3: 1000, 6: 1500, 12: 2500 } as const
export type PremiumMonths = keyof typeof PREMIUM_PRICES
export const PREMIUM_MONTHS = [3, 6, 12] as const satisfies readonly PremiumMonths[]

/** What a helper can spend Stars on. */
export type RedeemChoice = { kind: 'gift'; giftId: string } | { kind: 'premium'; months: PremiumMonths }

/** A gift as Telegram lists it (getAvailableGifts), reduced to what the menu shows. */
export type GiftLike = { id: string; star_count: number; sticker: { emoji?: string } }

/**
 * The slice of the Bot API redemptions use; grammY's `Api` satisfies it. Errors carry Telegram's
 * `error_code`/`description` (GrammyError); anything else (network, abort) means "outcome unknown".
 */
/**
 * An AbortSignal (typed loosely: grammY declares its own AbortSignal type, which the DOM one doesn't match,
 * though it works at run time).
 */
type CallSignal = unknown

export type RedeemApi = {
  getMyStarBalance(signal?: CallSignal): Promise<{ amount: number }>
  getAvailableGifts(signal?: CallSignal): Promise<{ gifts: readonly GiftLike[] }>
  sendGift(userId: number, giftId: string, other?: { text?: string }, signal?: CallSignal): Promise<unknown>
  giftPremiumSubscription(
    userId: number,
    months: PremiumMonths,
    stars: (typeof PREMIUM_PRICES)[PremiumMonths],
    other?: { text?: string },
    signal?: CallSignal,
  ): Promise<unknown>
  getStarTransactions(
    other?: { offset?: number; limit?: number },
    signal?: CallSignal,
  ): Promise<{ transactions: readonly StarTransactionLike[] }>
}

/** Why a redemption was not started (nothing was debited). */
export type RedeemRejection = 'insufficient' | 'bot-balance-low' | 'unknown-item' | 'recipient-gone'
/** Why a started redemption failed (its Stars went back to the helper). */
export type RedeemFailure =
  | 'bot-balance-low'
  | 'recipient-refuses'
  | 'unknown-item'
  | 'recipient-gone'
  | 'telegram-error'

export type RedeemResult =
  | { ok: false; reason: RedeemRejection; balance: number }
  | { ok: true; state: 'sent'; redemption: RedemptionRow; balance: number }
  | { ok: true; state: 'failed'; failure: RedeemFailure; redemption: RedemptionRow; balance: number }
  /** Telegram's answer never came (network, timeout): the sweeper finishes it; the helper is told "on its way". */
  | { ok: true; state: 'pending'; redemption: RedemptionRow; balance: number }

export type RedeemOptions = {
  balance: number
  gifts: { id: string; stars: number; emoji: string; affordable: boolean }[]
  premium: { months: PremiumMonths; stars: number; affordable: boolean }[]
}

/** Where a test stops the process: after the debit committed, or after Telegram accepted the send. */
export type CrashPoint = 'after-debit' | 'after-send'
export class SimulatedCrash extends Error {
  override name = 'SimulatedCrash'
}

export type RedemptionsDeps = {
  db: Db
  api: RedeemApi
  logger: Logger
  metrics: Pick<Metrics, 'redemptionsTotal'>
  /** Give up on one Bot API call after this long (its outcome is then unknown and left to the sweeper). */
  callTimeoutMs?: number
  /** How long the gift list is cached. */
  catalogTtlMs?: number
  /** Tests only: throw `SimulatedCrash` at this point, leaving the database as a killed process would. */
  crashAt?: CrashPoint
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/** Telegram answered (GrammyError has a numeric error_code); anything else is a network/infra failure. */
export function telegramErrorOf(err: unknown): { code: number; description: string } | null {
  const e = err as { error_code?: unknown; description?: unknown; message?: unknown } | null
  if (typeof e?.error_code !== 'number') return null
  return { code: e.error_code, description: String(e.description ?? e.message ?? '') }
}

/** A definite "no" from Telegram (nothing was spent) vs a retryable/unknown answer. */
export function failureOf(err: { code: number; description: string }): RedeemFailure | null {
  if (err.code === 429 || err.code >= 500) return null
  const d = err.description
  if (/BALANCE_TOO_LOW/i.test(d)) return 'bot-balance-low'
  if (/DISALLOWED|PRIVACY|PREMIUM_GIFT/i.test(d)) return 'recipient-refuses'
  if (/STARGIFT_INVALID|STARGIFT_NOT_FOUND/i.test(d)) return 'unknown-item'
  if (err.code === 403 || /USER_ID_INVALID|user not found|deactivated/i.test(d)) return 'recipient-gone'
  return 'telegram-error'
}

/**
 * Helpers spend their thank-you Stars (issue #16 §1): the bot pays a Telegram gift or Premium from its own Star
 * balance on the helper's behalf. Order: the bot's balance is checked (getMyStarBalance), the helper's ledger is
 * debited (`redeem_debit`) in the same transaction as the `pending` redemption row, Telegram is asked to send,
 * and the row becomes `sent`, or `failed` with a `redeem_refund` entry that returns the Stars. A send whose
 * answer never came stays `pending` for the sweeper (redeem-recovery.ts), which first looks in the bot's Star
 * transactions for the gift before sending again — never two gifts for one debit, never a debit without a gift.
 */
export function createRedemptions(deps: RedemptionsDeps) {
  const { db, api, metrics } = deps
  const log = deps.logger.child({ module: 'redeem' })
  const timeoutMs = deps.callTimeoutMs ?? 20_000
  const catalogTtl = deps.catalogTtlMs ?? 10 * 60_000
  let catalog: { at: number; gifts: readonly GiftLike[] } | null = null

  const signal = () => AbortSignal.timeout(timeoutMs)

  async function gifts(refresh = false): Promise<readonly GiftLike[]> {
    if (!refresh && catalog && Date.now() - catalog.at < catalogTtl) return catalog.gifts
    const { gifts } = await api.getAvailableGifts(signal())
    const sorted = [...gifts].sort((a, b) => a.star_count - b.star_count)
    catalog = { at: Date.now(), gifts: sorted }
    return sorted
  }

  async function priceOf(choice: RedeemChoice): Promise<number | null> {
    if (choice.kind === 'premium') return PREMIUM_PRICES[choice.months] ?? null
    const find = (list: readonly GiftLike[]) => list.find((g) => g.id === choice.giftId)?.star_count
    return find(await gifts()) ?? find(await gifts(true)) ?? null
  }

  async function balanceOf(userId: number): Promise<number> {
    const [u] = await db.select({ b: users.starBalance }).from(users).where(eq(users.id, userId))
    return u?.b ?? 0
  }

  /** Stars promised to sends not yet settled: the bot's balance must cover them too. */
  async function pendingStars(): Promise<number> {
    const [r] = await db
      .select({ n: sql<number>`coalesce(sum(${redemptions.stars}), 0)::int` })
      .from(redemptions)
      .where(eq(redemptions.state, 'pending'))
    return r?.n ?? 0
  }

  /** pending → sent (once; a second caller finds it settled). */
  async function markSent(id: number): Promise<RedemptionRow | null> {
    const [row] = await db
      .update(redemptions)
      .set({ state: 'sent', settledAt: new Date() })
      .where(and(eq(redemptions.id, id), eq(redemptions.state, 'pending')))
      .returning()
    if (row) metrics.redemptionsTotal.inc({ kind: row.kind, outcome: 'sent' })
    return row ?? null
  }

  /** pending → failed and the Stars back to the helper (`redeem_refund`), in one transaction, once. */
  async function markFailed(
    id: number,
    failure: RedeemFailure,
    detail?: string,
  ): Promise<RedemptionRow | null> {
    const row = await db.transaction(async (tx: Tx) => {
      const [r] = await tx
        .update(redemptions)
        .set({
          state: 'failed',
          failure: detail ? `${failure}: ${detail}`.slice(0, 300) : failure,
          settledAt: new Date(),
        })
        .where(and(eq(redemptions.id, id), eq(redemptions.state, 'pending')))
        .returning()
      if (!r) return null
      await tx
        .insert(ledgerEntries)
        .values({ userId: r.userId, redemptionId: r.id, kind: 'redeem_refund', amountMinor: r.stars })
      await tx
        .update(users)
        .set({ starBalance: sql`${users.starBalance} + ${r.stars}` })
        .where(eq(users.id, r.userId))
      return r
    })
    if (row) {
      metrics.redemptionsTotal.inc({ kind: row.kind, outcome: 'failed' })
      log.warn({ redemptionId: id, failure }, 'redemption failed; stars returned')
    }
    return row
  }

  /**
   * One send attempt for a claimed pending row and its settlement. Returns the row's state afterwards:
   * `pending` when Telegram's answer never came (the sweeper decides later).
   */
  async function send(
    r: RedemptionRow,
    telegramId: number,
  ): Promise<
    | { state: 'sent' | 'pending'; row: RedemptionRow }
    | { state: 'failed'; row: RedemptionRow; failure: RedeemFailure }
  > {
    try {
      const other = r.text ? { text: r.text } : {}
      if (r.kind === 'gift') await api.sendGift(telegramId, r.giftId ?? '', other, signal())
      else {
        const months = r.monthCount as PremiumMonths
        await api.giftPremiumSubscription(telegramId, months, PREMIUM_PRICES[months], other, signal())
      }
    } catch (err) {
      if (err instanceof SimulatedCrash) throw err
      const tg = telegramErrorOf(err)
      const failure = tg ? failureOf(tg) : null
      if (!tg || !failure) {
        log.warn(
          { redemptionId: r.id, code: tg?.code, name: (err as Error)?.name },
          'redemption send: outcome unknown',
        )
        return { state: 'pending', row: r }
      }
      const row = await markFailed(r.id, failure, tg.description)
      return { state: 'failed', row: row ?? r, failure }
    }
    if (deps.crashAt === 'after-send') throw new SimulatedCrash('after-send')
    const row = await markSent(r.id)
    log.info({ redemptionId: r.id, kind: r.kind, stars: r.stars }, 'redemption sent')
    return { state: 'sent', row: row ?? r }
  }

  return {
    gifts,
    send,
    markSent,
    markFailed,

    /** `/balance`: the helper's balance and what it buys now (gifts cheapest first, Premium 3/6/12 months). */
    async options(userId: number): Promise<RedeemOptions> {
      const balance = await balanceOf(userId)
      const list = await gifts()
      return {
        balance,
        gifts: list.map((g) => ({
          id: g.id,
          stars: g.star_count,
          emoji: g.sticker.emoji ?? '🎁',
          affordable: g.star_count <= balance,
        })),
        premium: PREMIUM_MONTHS.map((months) => ({
          months,
          stars: PREMIUM_PRICES[months],
          affordable: PREMIUM_PRICES[months] <= balance,
        })),
      }
    },

    /** The price of a choice in Stars (null: no such gift / month count). */
    priceOf,

    /**
     * Spend the helper's Stars on `choice`; `text` is the thank-you shown with the gift (≤ 128 characters).
     * Two concurrent redemptions of one balance: the user row is locked for the debit, so only what the
     * balance covers is debited; the other is rejected with `insufficient` and nothing moves.
     */
    async redeem(userId: number, choice: RedeemChoice, text?: string): Promise<RedeemResult> {
      const price = await priceOf(choice)
      if (price === null) return { ok: false, reason: 'unknown-item', balance: await balanceOf(userId) }
      const [helper] = await db
        .select({ telegramId: users.telegramId, deletedAt: users.deletedAt, balance: users.starBalance })
        .from(users)
        .where(eq(users.id, userId))
      if (!helper || helper.telegramId === null || helper.deletedAt)
        return { ok: false, reason: 'recipient-gone', balance: helper?.balance ?? 0 }
      const reject = (reason: RedeemRejection, balance: number): RedeemResult => {
        metrics.redemptionsTotal.inc({ kind: choice.kind, outcome: 'rejected' })
        log.info({ userId, kind: choice.kind, reason }, 'redemption rejected')
        return { ok: false, reason, balance }
      }
      if (helper.balance < price) return reject('insufficient', helper.balance)
      const bot = await api.getMyStarBalance(signal())
      if (bot.amount - (await pendingStars()) < price) return reject('bot-balance-low', helper.balance)

      const started = await db.transaction(async (tx: Tx) => {
        const [u] = await tx
          .select({ balance: users.starBalance })
          .from(users)
          .where(eq(users.id, userId))
          .for('update')
        if (!u || u.balance < price) return { ok: false as const, balance: u?.balance ?? 0 }
        const [r] = await tx
          .insert(redemptions)
          .values({
            userId,
            kind: choice.kind,
            giftId: choice.kind === 'gift' ? choice.giftId : null,
            monthCount: choice.kind === 'premium' ? choice.months : null,
            stars: price,
            text: text ?? null,
            attempts: 1,
            attemptedAt: new Date(),
          })
          .returning()
        await tx
          .insert(ledgerEntries)
          .values({ userId, redemptionId: r!.id, kind: 'redeem_debit', amountMinor: -price })
        await tx
          .update(users)
          .set({ starBalance: sql`${users.starBalance} - ${price}` })
          .where(eq(users.id, userId))
        return { ok: true as const, row: r!, balance: u.balance - price }
      })
      if (!started.ok) return reject('insufficient', started.balance)
      log.info({ redemptionId: started.row.id, kind: choice.kind, stars: price }, 'redemption debited')
      if (deps.crashAt === 'after-debit') throw new SimulatedCrash('after-debit')

      const sent = await send(started.row, helper.telegramId)
      const balance = await balanceOf(userId)
      if (sent.state === 'failed')
        return { ok: true, state: 'failed', failure: sent.failure, redemption: sent.row, balance }
      return { ok: true, state: sent.state, redemption: sent.row, balance }
    },

    /** The helper's latest redemptions (for the /balance screen). */
    async recent(userId: number, limit = 5): Promise<RedemptionRow[]> {
      return db
        .select()
        .from(redemptions)
        .where(eq(redemptions.userId, userId))
        .orderBy(sql`${redemptions.id} desc`)
        .limit(limit)
    },

    /** The dashboard's list: newest first, with the helper's pseudonym (never a Telegram identity). */
    async listRecent(limit = 200) {
      return db
        .select({
          id: redemptions.id,
          userId: redemptions.userId,
          nickname: users.nickname,
          deletedAt: users.deletedAt,
          kind: redemptions.kind,
          giftId: redemptions.giftId,
          monthCount: redemptions.monthCount,
          stars: redemptions.stars,
          state: redemptions.state,
          attempts: redemptions.attempts,
          failure: redemptions.failure,
          createdAt: redemptions.createdAt,
          settledAt: redemptions.settledAt,
        })
        .from(redemptions)
        .leftJoin(users, eq(users.id, redemptions.userId))
        .orderBy(sql`${redemptions.id} desc`)
        .limit(limit)
    },

    /** Rows by id (tests, dashboard). */
    async byIds(ids: number[]): Promise<RedemptionRow[]> {
      if (ids.length === 0) return []
      return db.select().from(redemptions).where(inArray(redemptions.id, ids))
    },
  }
}

export type Redemptions = ReturnType<typeof createRedemptions>
