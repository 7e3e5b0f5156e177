import { sql } from 'drizzle-orm'
import {
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { safetyFlags } from './safety.js'
import { chatSessions } from './sessions.js'
import { users } from './users.js'

/**
 * "I'd talk with them again", tapped after a chat this side rated ≥ 4. One row per side and session; the
 * pair becomes a connection only when both sides of the same session tapped.
 */
export const connectionWishes = pgTable(
  'connection_wishes',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => chatSessions.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
)

/** Two users who both want to talk again; internal ids only, stored with user_a < user_b. */
export const connections = pgTable(
  'connections',
  {
    id: serial('id').primaryKey(),
    userA: integer('user_a')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    userB: integer('user_b')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The chat after which both asked for it. */
    sessionId: integer('session_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('connections_pair_uq').on(t.userA, t.userB),
    index('connections_user_b_idx').on(t.userB),
  ],
)

export const INVITE_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'cancelled'] as const
export type InviteStatus = (typeof INVITE_STATUSES)[number]

/** An invitation to talk again, from one side of a connection to the other. */
export const connectionInvites = pgTable(
  'connection_invites',
  {
    id: serial('id').primaryKey(),
    /** The pair (user_a < user_b), kept after the connection is removed for the invite's history. */
    userA: integer('user_a')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    userB: integer('user_b')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    inviterId: integer('inviter_id').notNull(),
    status: text('status').$type<InviteStatus>().notNull().default('pending'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** The chat it opened, once accepted. */
    sessionId: integer('session_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    // one pending invitation per pair, whoever sent it
    uniqueIndex('connection_invites_pending_uq').on(t.userA, t.userB).where(sql`status = 'pending'`),
  ],
)

export const CHECKIN_STATUSES = ['sent', 'ok', 'talk', 'undeliverable'] as const
export type CheckinStatus = (typeof CHECKIN_STATUSES)[number]

/** A moderator's check-in message on a crisis flag, and the user's answer. */
export const checkins = pgTable(
  'checkins',
  {
    id: serial('id').primaryKey(),
    flagId: integer('flag_id')
      .notNull()
      .references(() => safetyFlags.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    actor: text('actor').notNull(),
    /** The moderator's optional note, as sent (length-limited, checked for contact details). */
    note: text('note'),
    status: text('status').$type<CheckinStatus>().notNull().default('sent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('checkins_flag_idx').on(t.flagId)],
)

export type ConnectionRow = typeof connections.$inferSelect
export type ConnectionInviteRow = typeof connectionInvites.$inferSelect
export type CheckinRow = typeof checkins.$inferSelect
