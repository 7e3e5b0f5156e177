import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { redemptions } from './redemptions.js'
import { chatSessions } from './sessions.js'
import { users } from './users.js'

export const tips = pgTable(
  'tips',
  {
    id: serial('id').primaryKey(),
    sessionId: integer('session_id').references(() => chatSessions.id),
    payerId: integer('payer_id')
      .notNull()
      .references(() => users.id),
    recipientId: integer('recipient_id')
      .notNull()
      .references(() => users.id),
    /** Stars paid (XTR has no minor units: 1 ⭐ = 1). */
    amount: integer('amount').notNull(),
    currency: text('currency').notNull().default('XTR'),
    providerFeeMinor: integer('provider_fee_minor').notNull(),
    ourCommissionMinor: integer('our_commission_minor').notNull(),
    netMinor: integer('net_minor').notNull(),
    telegramPaymentChargeId: text('telegram_payment_charge_id').notNull().unique(),
    providerPaymentChargeId: text('provider_payment_charge_id'),
    invoicePayload: text('invoice_payload').notNull(),
    /** `paid` | `refunded` */
    status: text('status').notNull().default('paid'),
    refundedAt: timestamp('refunded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('tips_recipient_idx').on(t.recipientId), index('tips_payer_idx').on(t.payerId)],
)

/** Double-entry-ish ledger of helper balances; users.star_balance is its running sum. */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    tipId: integer('tip_id').references(() => tips.id),
    redemptionId: integer('redemption_id').references(() => redemptions.id),
    /** `tip_credit` | `refund_debit` | `forfeit_on_delete` | `redeem_debit` | `redeem_refund` (modules/tips/) */
    kind: text('kind').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ledger_entries_user_idx').on(t.userId),
    // at most one debit and one refund per redemption, whatever retries do
    uniqueIndex('ledger_entries_redemption_kind_idx').on(t.redemptionId, t.kind),
  ],
)

export type TipRow = typeof tips.$inferSelect
