import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core'

/** Availability window ids, e.g. `weekday_evening`; see modules/users/availability.ts. */
export type AvailabilityWindows = string[]

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    /** Telegram user id == private chat id. Nulled on /delete_me (row kept for anonymised aggregates). */
    telegramId: bigint('telegram_id', { mode: 'number' }).unique(),
    /** Generated pseudonym shown to partners; never the Telegram name. */
    nickname: text('nickname'),
    language: text('language').notNull().default('ru'),
    /** Label of the chosen zone, e.g. `UTC+03:00`. */
    timezone: text('timezone'),
    utcOffsetMinutes: smallint('utc_offset_minutes'),
    /**
     * Country whose crisis lines the user sees (`de`, `ru`, … or `intl`), chosen in /profile; null = from
     * the time zone / language (modules/safety/crisis-lines).
     */
    crisisCountry: text('crisis_country'),
    bio: text('bio'),
    /**
     * Stated age group (modules/users/age.ts): `under_13`, `13_17` or `18_plus`; null = not asked yet
     * (users from before age groups: asked on their next command). Matching pairs only equal groups.
     */
    ageGroup: text('age_group'),
    safetyAck: boolean('safety_ack').notNull().default(false),
    safetyAckAt: timestamp('safety_ack_at', { withTimezone: true }),
    availability: jsonb('availability').$type<AvailabilityWindows>().notNull().default(sql`'[]'::jsonb`),
    /** Bayesian average of received ratings mapped to [0,1]; 0.5 = no information. */
    helpfulnessScore: real('helpfulness_score').notNull().default(0.5),
    ratingCount: integer('rating_count').notNull().default(0),
    ratingSum: integer('rating_sum').notNull().default(0),
    /** Where the onboarding wizard stands (`language`, `consent`, `topics`, …, `done`). */
    onboardingStep: text('onboarding_step').notNull().default('language'),
    /** Set by /pause: not offered for matching until /resume. */
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    bannedAt: timestamp('banned_at', { withTimezone: true }),
    banReason: text('ban_reason'),
    /** Auto-suspension of matching after repeated reports, until a moderator decides. */
    matchingSuspendedAt: timestamp('matching_suspended_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** Net Telegram Stars credited from tips minus refunds (ledger_entries is the source of truth). */
    starBalance: integer('star_balance').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
  },
  (t) => [
    index('users_nickname_idx').on(t.nickname),
    check('users_age_group_check', sql`${t.ageGroup} in ('under_13', '13_17', '18_plus')`),
  ],
)

export type UserRow = typeof users.$inferSelect
export type NewUser = typeof users.$inferInsert
