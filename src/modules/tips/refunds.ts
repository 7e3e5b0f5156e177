import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { ledgerEntries, type TipRow, tips, users } from '../../db/schema/index.js'
import { auditLog } from '../../db/schema/safety.js'
import type { Logger } from '../../logger.js'
import { type HelperRecipient, helperRecipient } from './recipient.js'
import type { PaymentMessageLike, StarsApi } from './service.js'

export type RefundResult =
  | { ok: true; alreadyRefunded: false; tip: TipRow }
  | { ok: true; alreadyRefunded: true; tip: TipRow }
  | { ok: false; reason: 'not-found' | 'payer-unknown' }
  | { ok: false; reason: 'telegram-error'; description: string }

/** A refund took Stars off a helper's balance (committed); who to tell and what changed. */
export type RefundedEvent = {
  tip: TipRow
  /** The helper, unless erased: their chat, language and balance after the debit. */
  recipient: HelperRecipient | null
}
export type OnRefunded = (event: RefundedEvent) => unknown

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/** Telegram answered the refund with "already refunded": the money is back with the payer either way. */
function isAlreadyRefunded(err: unknown): boolean {
  const e = err as { description?: string; message?: string } | null
  return /CHARGE_ALREADY_REFUNDED/i.test(`${e?.description ?? ''} ${e?.message ?? ''}`)
}

/** Telegram answered (GrammyError has a numeric error_code); anything else is a network/infra failure. */
function isApiError(err: unknown): err is { error_code: number; description?: string; message: string } {
  return typeof (err as { error_code?: unknown } | null)?.error_code === 'number'
}

/** Every Stars transaction of the bot, newest first, page by page. */
export async function* starTransactions(
  api: Pick<StarsApi, 'getStarTransactions'>,
  log: Pick<Logger, 'warn'>,
  pageSize: number,
  maxPages: number,
) {
  let offset = 0
  for (let page = 0; page < maxPages; page++) {
    const { transactions } = await api.getStarTransactions({ offset, limit: pageSize })
    yield* transactions
    if (transactions.length < pageSize) return
    offset += transactions.length
  }
  log.warn({ maxPages }, 'star transaction paging stopped at maxPages')
}

/**
 * Refunds of tips: the admin refund (Telegram refundStarPayment) and Telegram's refunded_payment message
 * for a refund made elsewhere. Either way, once: the tip becomes `refunded`, a `refund_debit` ledger entry
 * takes the helper's net share off their balance, an audit row is written — and after the commit
 * `onRefunded` lets the bot tell the helper (never silently).
 */
export function createTipRefunds(deps: {
  db: Db
  api: Pick<StarsApi, 'refundStarPayment' | 'getStarTransactions'>
  logger: Logger
  onRefunded?: OnRefunded
}) {
  const { db, api, logger: log } = deps

  /** Mark a tip refunded and debit the helper, in the caller's transaction; null if it already was. */
  async function applyRefund(tx: Tx, tip: TipRow, actor: string): Promise<TipRow | null> {
    const [updated] = await tx
      .update(tips)
      .set({ status: 'refunded', refundedAt: new Date() })
      .where(and(eq(tips.id, tip.id), eq(tips.status, 'paid')))
      .returning()
    if (!updated) return null
    await tx
      .insert(ledgerEntries)
      .values({ userId: tip.recipientId, tipId: tip.id, kind: 'refund_debit', amountMinor: -tip.netMinor })
    // May go below zero if the helper's balance was already spent elsewhere; the ledger stays the truth.
    await tx
      .update(users)
      .set({ starBalance: sql`${users.starBalance} - ${tip.netMinor}` })
      .where(eq(users.id, tip.recipientId))
    await tx.insert(auditLog).values({
      actor,
      action: 'tip.refund',
      targetType: 'tip',
      targetId: String(tip.id),
      details: { amount: tip.amount, net: tip.netMinor },
    })
    return updated
  }

  /** After the commit: the helper is told (a failure to tell never undoes the refund). */
  async function refunded(tip: TipRow): Promise<void> {
    if (!deps.onRefunded) return
    try {
      const recipient = await helperRecipient(db, tip.recipientId)
      await deps.onRefunded({ tip, recipient })
    } catch (err) {
      const e = err as { name?: string; description?: string } | null
      log.warn({ tipId: tip.id, name: e?.name, description: e?.description }, 'refund notice failed')
    }
  }

  return {
    /**
     * Admin refund: give the Stars back to the payer (Telegram refundStarPayment), mark the tip refunded and
     * debit the helper's ledger — once. The tip row stays locked across the Telegram call, so a concurrent
     * second refund waits and then sees `alreadyRefunded`. If Telegram says the charge was already
     * refunded (an earlier attempt crashed before committing), the local state is brought in line.
     */
    async refund(tipId: number, actor: string): Promise<RefundResult> {
      let changed: TipRow | null = null
      const result = await db.transaction(async (tx): Promise<RefundResult> => {
        const [tip] = await tx.select().from(tips).where(eq(tips.id, tipId)).for('update')
        if (!tip) return { ok: false, reason: 'not-found' }
        if (tip.status === 'refunded') return { ok: true, alreadyRefunded: true, tip }
        const [payer] = await tx
          .select({ telegramId: users.telegramId })
          .from(users)
          .where(eq(users.id, tip.payerId))
        let payerTelegramId = payer?.telegramId ?? null
        if (payerTelegramId === null) {
          // The payer deleted their account (telegram_id nulled): Telegram still knows who paid.
          for await (const t of starTransactions(api, log, 100, 50)) {
            if (t.id === tip.telegramPaymentChargeId && t.source?.type === 'user' && t.source.user) {
              payerTelegramId = t.source.user.id
              break
            }
          }
        }
        if (payerTelegramId === null) return { ok: false, reason: 'payer-unknown' }
        try {
          await api.refundStarPayment(payerTelegramId, tip.telegramPaymentChargeId)
        } catch (err) {
          if (!isAlreadyRefunded(err)) {
            if (!isApiError(err)) throw err
            log.warn({ tipId, code: err.error_code }, 'refundStarPayment rejected')
            return { ok: false, reason: 'telegram-error', description: err.description ?? err.message }
          }
        }
        const updated = await applyRefund(tx, tip, actor)
        changed = updated
        log.info({ tipId, actor }, 'tip refunded')
        return { ok: true, alreadyRefunded: false, tip: updated ?? tip }
      })
      if (changed) await refunded(changed)
      return result
    },

    /**
     * refunded_payment service message (Telegram confirms a refund): mark the tip refunded if a refund
     * made outside `refund()` (or one that crashed before committing) left it `paid`. Idempotent.
     */
    async handleRefundedPayment(m: PaymentMessageLike): Promise<{ changed: boolean }> {
      const chargeId = m.refunded_payment?.telegram_payment_charge_id
      if (!chargeId) return { changed: false }
      const updated = await db.transaction(async (tx) => {
        const [tip] = await tx
          .select()
          .from(tips)
          .where(eq(tips.telegramPaymentChargeId, chargeId))
          // A refund() holding the row is finishing this very refund: nothing to do here.
          .for('update', { skipLocked: true })
        if (tip?.status !== 'paid') return null
        return applyRefund(tx, tip, 'telegram')
      })
      if (updated) await refunded(updated)
      return { changed: Boolean(updated) }
    },
  }
}
