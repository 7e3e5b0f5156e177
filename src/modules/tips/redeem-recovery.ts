import { and, eq, isNull, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { ledgerEntries, type RedemptionRow, redemptions, users } from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import { createPeriodic } from '../periodic.js'
import { createTipsLedger } from './ledger.js'
import { type HelperRecipient, helperRecipient } from './recipient.js'
import type { RedeemApi, Redemptions } from './redeem.js'
import { starTransactions } from './refunds.js'
import type { StarTransactionLike } from './service.js'

/** What one Telegram gift transaction is for: `<telegram user>:<kind>:<gift id | months>`. */
const keyOf = (telegramId: number, kind: string, item: string | number | null) =>
  `${telegramId}:${kind}:${item}`
const itemOf = (r: Pick<RedemptionRow, 'kind' | 'giftId' | 'monthCount'>) =>
  r.kind === 'gift' ? r.giftId : r.monthCount

/** Gifts and Premium subscriptions the bot paid, counted per recipient and item (Telegram's view). */
async function telegramGiftCounts(
  api: Pick<RedeemApi, 'getStarTransactions'>,
  log: Logger,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for await (const t of starTransactions(api, log, 100, 1000)) {
    const r = t.receiver as
      | (StarTransactionLike['receiver'] & { gift?: { id: string }; premium_subscription_duration?: number })
      | undefined
    if (r?.type !== 'user' || !r.user) continue
    let key: string | null = null
    if (r.transaction_type === 'gift_purchase' && r.gift) key = keyOf(r.user.id, 'gift', r.gift.id)
    if (r.transaction_type === 'premium_purchase')
      key = keyOf(r.user.id, 'premium', r.premium_subscription_duration ?? 0)
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** A redemption the sweeper settled (the helper had only heard "on its way", or nothing, before a crash). */
export type RedemptionSettledEvent = {
  redemption: RedemptionRow
  state: 'sent' | 'failed'
  /** The helper, unless erased: their chat, language and balance now. */
  recipient: HelperRecipient | null
}
export type OnRedemptionSettled = (event: RedemptionSettledEvent) => unknown

export type RecoveryReport = {
  checked: number
  alreadySent: number
  resent: number
  failed: number
  stillPending: number
}

export type RedemptionReconcileReport = {
  checkedAt: Date
  /** Redemptions by state. */
  counts: { pending: number; sent: number; failed: number }
  /** Pending past the recovery delay (the sweeper should have settled them). */
  stalePending: { id: number; userId: number; kind: string; stars: number; createdAt: Date }[]
  /** Per recipient and item: gifts Telegram lists vs redemptions marked sent. */
  giftMismatch: { userId: number; kind: string; item: string; sent: number; telegram: number }[]
  /** Ledger entries that do not follow the state machine (missing debit, refund of a sent one, …). */
  ledgerMismatch: { redemptionId: number; state: string; problem: string }[]
  ok: boolean
}

/**
 * Finishing what a crash or a lost answer left `pending` (the durable half of redeem.ts). For each stale row it
 * claims the row (attempts + 1, a conditional update: one process wins), then asks Telegram's own record: if the
 * bot's Star transactions hold more gifts of that item to that user than rows marked `sent`, the gift went out
 * before the crash and the row becomes `sent`; otherwise it is sent again. A key with a fresh (in-flight) pending
 * row is left for a later tick, so the count is never read mid-send. After `maxAttempts` without an answer the
 * row fails and the Stars go back (Telegram's list shows no gift, so none was given).
 */
export function createRedemptionRecovery(deps: {
  db: Db
  api: Pick<RedeemApi, 'getStarTransactions'>
  redemptions: Pick<Redemptions, 'send' | 'markSent' | 'markFailed'>
  logger: Logger
  /** A pending row untouched this long is recovered (longer than one send can take). */
  recoverAfterMs: number
  maxAttempts?: number
  /** Told after the sweeper settled a row (the bot tells the helper); failures are logged, never thrown. */
  onSettled?: OnRedemptionSettled
}) {
  const { db } = deps
  const log = deps.logger.child({ module: 'redeem-recovery' })
  const maxAttempts = deps.maxAttempts ?? 5
  const ledger = createTipsLedger({ db })

  async function sentCount(r: RedemptionRow): Promise<number> {
    const [c] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(redemptions)
      .where(
        and(
          eq(redemptions.userId, r.userId),
          eq(redemptions.kind, r.kind),
          eq(redemptions.state, 'sent'),
          r.kind === 'gift'
            ? eq(redemptions.giftId, r.giftId ?? '')
            : eq(redemptions.monthCount, r.monthCount ?? 0),
        ),
      )
    return c?.n ?? 0
  }

  async function settled(row: RedemptionRow | null, state: 'sent' | 'failed') {
    if (!row || !deps.onSettled) return
    try {
      const recipient = await helperRecipient(db, row.userId)
      await deps.onSettled({ redemption: row, state, recipient })
    } catch (err) {
      const e = err as { name?: string; description?: string } | null
      log.warn(
        { redemptionId: row.id, name: e?.name, description: e?.description },
        'redemption notice failed',
      )
    }
  }

  return {
    async recover(): Promise<RecoveryReport> {
      const report: RecoveryReport = { checked: 0, alreadySent: 0, resent: 0, failed: 0, stillPending: 0 }
      const cutoff = new Date(Date.now() - deps.recoverAfterMs)
      const pending = await db
        .select()
        .from(redemptions)
        .where(eq(redemptions.state, 'pending'))
        .orderBy(redemptions.id)
      const isStale = (r: RedemptionRow) => !r.attemptedAt || r.attemptedAt < cutoff
      const stale = pending.filter(isStale)
      if (stale.length === 0) return report
      const inFlight = new Set(
        pending.filter((r) => !isStale(r)).map((r) => `${r.userId}:${r.kind}:${itemOf(r)}`),
      )
      const counts = await telegramGiftCounts(deps.api, log)
      for (const old of stale) {
        if (inFlight.has(`${old.userId}:${old.kind}:${itemOf(old)}`)) continue
        const [r] = await db
          .update(redemptions)
          .set({ attempts: sql`${redemptions.attempts} + 1`, attemptedAt: new Date() })
          .where(
            and(
              eq(redemptions.id, old.id),
              eq(redemptions.state, 'pending'),
              old.attemptedAt
                ? eq(redemptions.attemptedAt, old.attemptedAt)
                : isNull(redemptions.attemptedAt),
            ),
          )
          .returning()
        if (!r) continue // another process claimed it
        report.checked++
        const [u] = await db
          .select({ telegramId: users.telegramId, deletedAt: users.deletedAt })
          .from(users)
          .where(eq(users.id, r.userId))
        const telegramId = u?.telegramId ?? null
        const delivered = telegramId !== null ? (counts.get(keyOf(telegramId, r.kind, itemOf(r))) ?? 0) : 0
        if (telegramId !== null && delivered > (await sentCount(r))) {
          await settled(await deps.redemptions.markSent(r.id), 'sent')
          report.alreadySent++
          log.info({ redemptionId: r.id }, 'redemption found delivered; marked sent')
          continue
        }
        if (telegramId === null || u?.deletedAt) {
          await settled(await deps.redemptions.markFailed(r.id, 'recipient-gone'), 'failed')
          // erased meanwhile: the returned Stars follow the rest of the balance (forfeited, as /delete_me did)
          if (u?.deletedAt) await ledger.forfeitBalance(r.userId)
          report.failed++
          continue
        }
        if (r.attempts > maxAttempts) {
          await settled(
            await deps.redemptions.markFailed(r.id, 'telegram-error', 'no answer after retries'),
            'failed',
          )
          report.failed++
          continue
        }
        const out = await deps.redemptions.send(r, telegramId)
        if (out.state === 'sent') report.resent++
        else if (out.state === 'failed') report.failed++
        else report.stillPending++
        if (out.state !== 'pending') await settled(out.row, out.state)
      }
      if (report.checked) log.info(report, 'redemptions recovered')
      return report
    },

    /**
     * Redemptions against Telegram and the ledger (read-only): stale pending rows, gifts Telegram lists vs rows
     * marked sent per recipient and item, and ledger entries that break the state machine (every row has one
     * `redeem_debit` of −stars; `failed` has one `redeem_refund` of +stars; `pending`/`sent` have none).
     */
    async reconcile(): Promise<RedemptionReconcileReport> {
      const rows = await db
        .select({ r: redemptions, telegramId: users.telegramId })
        .from(redemptions)
        .leftJoin(users, eq(users.id, redemptions.userId))
      const entries = await db
        .select({
          redemptionId: ledgerEntries.redemptionId,
          kind: ledgerEntries.kind,
          amount: ledgerEntries.amountMinor,
        })
        .from(ledgerEntries)
        .where(or(eq(ledgerEntries.kind, 'redeem_debit'), eq(ledgerEntries.kind, 'redeem_refund')))
      const byRedemption = new Map<number, { kind: string; amount: number }[]>()
      for (const e of entries) {
        if (e.redemptionId === null) continue
        const list = byRedemption.get(e.redemptionId) ?? []
        list.push(e)
        byRedemption.set(e.redemptionId, list)
      }
      const cutoff = new Date(Date.now() - deps.recoverAfterMs)
      const report: RedemptionReconcileReport = {
        checkedAt: new Date(),
        counts: { pending: 0, sent: 0, failed: 0 },
        stalePending: [],
        giftMismatch: [],
        ledgerMismatch: [],
        ok: true,
      }
      const sentByKey = new Map<string, { userId: number; kind: string; item: string; sent: number }>()
      for (const { r, telegramId } of rows) {
        const state = r.state as keyof RedemptionReconcileReport['counts']
        if (state in report.counts) report.counts[state]++
        if (r.state === 'pending' && (!r.attemptedAt || r.attemptedAt < cutoff))
          report.stalePending.push({
            id: r.id,
            userId: r.userId,
            kind: r.kind,
            stars: r.stars,
            createdAt: r.createdAt,
          })
        const list = byRedemption.get(r.id) ?? []
        const debit = list.filter((e) => e.kind === 'redeem_debit')
        const refund = list.filter((e) => e.kind === 'redeem_refund')
        const problem = (p: string) =>
          report.ledgerMismatch.push({ redemptionId: r.id, state: r.state, problem: p })
        if (debit.length !== 1 || debit[0]!.amount !== -r.stars) problem('debit missing or not −stars')
        if (r.state === 'failed' && (refund.length !== 1 || refund[0]!.amount !== r.stars))
          problem('failed without a refund of +stars')
        if (r.state !== 'failed' && refund.length > 0) problem('refund on a redemption that is not failed')
        if (telegramId !== null) {
          const key = keyOf(telegramId, r.kind, itemOf(r))
          const s = sentByKey.get(key) ?? { userId: r.userId, kind: r.kind, item: String(itemOf(r)), sent: 0 }
          if (r.state === 'sent') s.sent++
          sentByKey.set(key, s)
        }
      }
      const counts = await telegramGiftCounts(deps.api, log)
      for (const [key, s] of sentByKey) {
        const tg = counts.get(key) ?? 0
        if (tg !== s.sent) report.giftMismatch.push({ ...s, telegram: tg })
      }
      report.ok =
        report.stalePending.length === 0 &&
        report.giftMismatch.length === 0 &&
        report.ledgerMismatch.length === 0
      return report
    },
  }
}

export type RedemptionRecovery = ReturnType<typeof createRedemptionRecovery>

/**
 * Runs `recover()` every `intervalMs` (and once at start): a crash between debit and send is finished within
 * `recoverAfterMs + intervalMs` of the restart. Safe in several processes (rows are claimed one by one).
 */
export function createRedemptionSweeper(deps: {
  recovery: Pick<RedemptionRecovery, 'recover'>
  intervalMs: number
  logger: Logger
}) {
  const log = deps.logger.child({ module: 'redeem-sweeper' })
  const tick = async () => {
    try {
      return await deps.recovery.recover()
    } catch (err) {
      log.warn({ err }, 'redemption sweep failed')
      return null
    }
  }
  return createPeriodic({ name: 'redeem-sweeper', intervalMs: deps.intervalMs, firstDelayMs: 0, tick })
}
