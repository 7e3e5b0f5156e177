import { sql } from 'drizzle-orm'
import { index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core'
import { chatSessions } from './sessions.js'
import { users } from './users.js'

/** Anonymised context snapshot attached to a flag (PII already scrubbed). */
export type FlagContext = {
  messages?: { from: 'reporter' | 'reported' | 'sender' | 'partner'; text: string }[]
  note?: string
}

export const safetyFlags = pgTable(
  'safety_flags',
  {
    id: serial('id').primaryKey(),
    /** The user the flag is about. */
    userId: integer('user_id').references(() => users.id),
    reporterId: integer('reporter_id').references(() => users.id),
    sessionId: integer('session_id').references(() => chatSessions.id),
    /** `crisis` | `report` | `toxicity` | `auto_suspend` | `ai_hint` */
    kind: text('kind').notNull(),
    severity: text('severity').notNull().default('medium'),
    reason: text('reason'),
    context: jsonb('context').$type<FlagContext>().notNull().default(sql`'{}'::jsonb`),
    /** `open` | `resolved` | `dismissed` */
    status: text('status').notNull().default('open'),
    resolvedBy: text('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolutionNote: text('resolution_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('safety_flags_status_idx').on(t.status, t.createdAt),
    index('safety_flags_user_idx').on(t.userId),
  ],
)

export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    reporterId: integer('reporter_id')
      .notNull()
      .references(() => users.id),
    reportedId: integer('reported_id')
      .notNull()
      .references(() => users.id),
    sessionId: integer('session_id').references(() => chatSessions.id),
    /** `harassment` | `spam` | `inappropriate` | `danger` | `other` */
    reason: text('reason').notNull(),
    text: text('text'),
    flagId: integer('flag_id').references(() => safetyFlags.id),
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_reported_idx').on(t.reportedId, t.createdAt)],
)

export const blocks = pgTable(
  'blocks',
  {
    blockerId: integer('blocker_id')
      .notNull()
      .references(() => users.id),
    blockedId: integer('blocked_id')
      .notNull()
      .references(() => users.id),
    sessionId: integer('session_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.blockerId, t.blockedId] }), index('blocks_blocked_idx').on(t.blockedId)],
)

export const aiHints = pgTable(
  'ai_hints',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    sessionId: integer('session_id').references(() => chatSessions.id),
    /** `openai` | `anthropic` | `offline` */
    provider: text('provider').notNull(),
    topicSlug: text('topic_slug'),
    /** The suggestions shown (generated text only; never the partner's raw words). */
    suggestions: jsonb('suggestions').$type<{ kind: string; text: string }[]>().notNull(),
    safetyFlagged: text('safety_flagged'),
    latencyMs: integer('latency_ms'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ai_hints_user_idx').on(t.userId)],
)

/** Moderator actions, for accountability. */
export const auditLog = pgTable('audit_log', {
  id: serial('id').primaryKey(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  targetType: text('target_type'),
  targetId: text('target_id'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})
