import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core'
import { users } from './users.js'

/**
 * A helper spending thank-you Stars on a Telegram gift or Premium subscription (issue #16 §1). State machine
 * `pending → sent | failed` (see modules/tips/redeem.ts): the helper's `redeem_debit` ledger entry is written in
 * the same transaction as the `pending` row; a failed send adds `redeem_refund`.
 */
export const redemptions = pgTable(
  'redemptions',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** `gift` | `premium` */
    kind: text('kind').notNull(),
    /** Telegram's gift id (kind `gift`). */
    giftId: text('gift_id'),
    /** 3 | 6 | 12 (kind `premium`). */
    monthCount: integer('month_count'),
    /** Stars debited from the helper (= the price the bot pays). */
    stars: integer('stars').notNull(),
    /** The thank-you text shown with the gift (the bot's own wording, never user content). */
    text: text('text'),
    /** `pending` | `sent` | `failed` */
    state: text('state').notNull().default('pending'),
    /** Send attempts claimed so far; `attemptedAt` is the last claim (the sweeper recovers stale ones). */
    attempts: integer('attempts').notNull().default(0),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }),
    /** Why it failed (`bot-balance-low`, `recipient-refuses`, …) and Telegram's description. */
    failure: text('failure'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp('settled_at', { withTimezone: true }),
  },
  (t) => [index('redemptions_user_idx').on(t.userId), index('redemptions_state_idx').on(t.state)],
)

export type RedemptionRow = typeof redemptions.$inferSelect
