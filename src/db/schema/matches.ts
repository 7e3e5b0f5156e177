import { sql } from 'drizzle-orm'
import {
  index,
  integer,
  jsonb,
  pgTable,
  real,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { users } from './users.js'

export const MATCH_STATUSES = ['proposed', 'active', 'declined', 'expired', 'completed'] as const
export type MatchStatus = (typeof MATCH_STATUSES)[number]

/** A pair is stored with user_a < user_b so (a,b) and (b,a) are the same pair. */
export const matches = pgTable(
  'matches',
  {
    id: serial('id').primaryKey(),
    userA: integer('user_a')
      .notNull()
      .references(() => users.id),
    userB: integer('user_b')
      .notNull()
      .references(() => users.id),
    status: text('status').$type<MatchStatus>().notNull().default('proposed'),
    score: real('score').notNull().default(0),
    sharedTopicIds: jsonb('shared_topic_ids').$type<number[]>().notNull().default(sql`'[]'::jsonb`),
    aAcceptedAt: timestamp('a_accepted_at', { withTimezone: true }),
    bAcceptedAt: timestamp('b_accepted_at', { withTimezone: true }),
    declinedBy: integer('declined_by'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open (proposed/active) match per pair; closed ones stay as history.
    uniqueIndex('matches_open_pair_uq').on(t.userA, t.userB).where(sql`status in ('proposed','active')`),
    index('matches_user_a_idx').on(t.userA),
    index('matches_user_b_idx').on(t.userB),
    index('matches_status_expires_idx').on(t.status, t.expiresAt),
  ],
)

/** Anti-repeat memory: one row per pair that got an active chat. */
export const matchHistory = pgTable(
  'match_history',
  {
    id: serial('id').primaryKey(),
    userA: integer('user_a').notNull(),
    userB: integer('user_b').notNull(),
    matchId: integer('match_id'),
    matchedAt: timestamp('matched_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('match_history_pair_idx').on(t.userA, t.userB, t.matchedAt)],
)

export type MatchRow = typeof matches.$inferSelect
