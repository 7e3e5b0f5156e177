import { sql } from 'drizzle-orm'
import { index, integer, pgTable, serial, smallint, text, timestamp } from 'drizzle-orm/pg-core'
import { matches } from './matches.js'
import { users } from './users.js'

export const SESSION_STATUSES = ['active', 'ended'] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]

export const chatSessions = pgTable(
  'chat_sessions',
  {
    id: serial('id').primaryKey(),
    matchId: integer('match_id')
      .notNull()
      .unique()
      .references(() => matches.id),
    userA: integer('user_a')
      .notNull()
      .references(() => users.id),
    userB: integer('user_b')
      .notNull()
      .references(() => users.id),
    status: text('status').$type<SessionStatus>().notNull().default('active'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** `user` | `idle` | `blocked_bot` | `block` | `report` | `moderator` | `deleted` */
    endReason: text('end_reason'),
    endedBy: integer('ended_by'),
    /** Rating given BY user_a to user_b (1–5), and vice versa. */
    ratingByA: smallint('rating_by_a'),
    ratingByB: smallint('rating_by_b'),
    feedbackByA: text('feedback_by_a'),
    feedbackByB: text('feedback_by_b'),
    messageCount: integer('message_count').notNull().default(0),
  },
  (t) => [
    index('chat_sessions_user_a_idx').on(t.userA, t.status),
    index('chat_sessions_user_b_idx').on(t.userB, t.status),
    // active sessions only (the idle sweep, the gauge), and not on last_activity_at: the relay touches that
    // with every message, and an indexed column would make each of those updates write every index (no HOT)
    index('chat_sessions_active_idx').on(t.id).where(sql`status = 'active'`),
  ],
)

export type ChatSessionRow = typeof chatSessions.$inferSelect
