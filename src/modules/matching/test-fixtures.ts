import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { matches, topics, users, userTopics } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { createMetrics } from '../../metrics.js'
import type { InlineButton, Messenger, SendOptions } from '../messenger.js'
import { RecipientGoneError } from '../messenger.js'
import { createMatchingService, type MatchingConfig, type MatchingDeps } from './service.js'

/** Test-only helpers for the matching tests (real Postgres/Redis; only Telegram is replaced). */

/** Matching settings for tests and the bench (the shipped defaults, spelled out so tests don't drift). */
export const TEST_MATCHING_CONFIG: MatchingConfig = {
  proposalTtlSec: 600,
  queueTtlSec: 86_400,
  antiRepeatDays: 30,
  declineCooldownSec: 86_400,
  minSharedTopics: 2,
  candidateWindow: 200,
  maxCandidateScan: 2000,
}

export async function topicIds(db: Db): Promise<Map<string, number>> {
  const rows = await db.select({ id: topics.id, slug: topics.slug }).from(topics)
  return new Map(rows.map((r) => [r.slug, r.id]))
}

let nextTelegramId = 700_000_000

export type TestUserOpts = {
  telegramId?: number
  nickname?: string
  bio?: string
  topics: string[]
  availability?: string[]
  utcOffsetMinutes?: number
  /** users.timezone (default the label `UTC+03:00`, a fixed offset). */
  timezone?: string
  helpfulness?: number
  language?: 'ru' | 'en'
  onboarded?: boolean
  paused?: boolean
  banned?: boolean
  suspended?: boolean
  /** users.age_group (default 18+; null = not stated). */
  ageGroup?: '18_plus' | '13_17' | 'under_13' | null
}

/** An onboarded user with topics (by slug) inserted directly, as the onboarding wizard would leave them. */
export async function createMatchUser(db: Db, opts: TestUserOpts): Promise<number> {
  const ids = await topicIds(db)
  const telegramId = opts.telegramId ?? nextTelegramId++
  const onboarded = opts.onboarded ?? true
  const [u] = await db
    .insert(users)
    .values({
      telegramId,
      nickname: opts.nickname ?? `Nick${telegramId}`,
      bio: opts.bio ?? null,
      language: opts.language ?? 'ru',
      safetyAck: onboarded,
      safetyAckAt: onboarded ? new Date() : null,
      onboardingStep: onboarded ? 'done' : 'topics',
      ageGroup: opts.ageGroup === undefined ? '18_plus' : opts.ageGroup,
      availability: opts.availability ?? [],
      utcOffsetMinutes: opts.utcOffsetMinutes ?? 180,
      timezone: opts.timezone ?? 'UTC+03:00',
      helpfulnessScore: opts.helpfulness ?? 0.5,
      pausedAt: opts.paused ? new Date() : null,
      bannedAt: opts.banned ? new Date() : null,
      matchingSuspendedAt: opts.suspended ? new Date() : null,
    })
    .returning({ id: users.id })
  if (!u) throw new Error('insert user failed')
  const tids = opts.topics.map((s) => {
    const id = ids.get(s)
    if (id === undefined) throw new Error(`unknown topic ${s}`)
    return id
  })
  if (tids.length) await db.insert(userTopics).values(tids.map((topicId) => ({ userId: u.id, topicId })))
  return u.id
}

/** Every match row of the pair (stored with user_a < user_b), any status. */
export async function matchesBetween(db: Db, a: number, b: number) {
  const [lo, hi] = a < b ? [a, b] : [b, a]
  return db
    .select()
    .from(matches)
    .where(and(eq(matches.userA, lo), eq(matches.userB, hi)))
}

export async function telegramIdOf(db: Db, userId: number): Promise<number> {
  const r = await db.execute<{ t: string }>(
    sql`select telegram_id::text as t from users where id = ${userId}`,
  )
  return Number(r.rows[0]?.t)
}

export type SentMessage = { chatId: number; messageId: number; text: string; buttons?: InlineButton[][] }

/**
 * Messenger that records what would have gone to Telegram. `gone` chat ids answer like a user who blocked
 * the bot; `failing` chat ids throw a network-like error.
 */
export function recordingMessenger() {
  let seq = 1
  const sent: SentMessage[] = []
  const removed: { chatId: number; messageId: number }[] = []
  const gone = new Set<number>()
  const failing = new Set<number>()
  const messenger: Messenger = {
    async sendText(chatId: number, text: string, opts?: SendOptions) {
      if (gone.has(chatId)) throw new RecipientGoneError('Forbidden: bot was blocked by the user')
      if (failing.has(chatId)) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
      const messageId = seq++
      sent.push({ chatId, messageId, text, ...(opts?.buttons ? { buttons: opts.buttons } : {}) })
      return { messageId }
    },
    async editText() {},
    async removeButtons(chatId: number, messageId: number) {
      removed.push({ chatId, messageId })
    },
  }
  return {
    messenger,
    sent,
    removed,
    gone,
    failing,
    to: (chatId: number) => sent.filter((m) => m.chatId === chatId),
    proposalsTo: (chatId: number) => sent.filter((m) => m.chatId === chatId && m.buttons),
  }
}

export const silentLogger = () => createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' })
export const testMetrics = () => createMetrics({ defaultMetrics: false })

export const waitUntil = async <T>(
  check: () => Promise<T | undefined | null | false>,
  opts: { timeoutMs?: number; what?: string } = {},
): Promise<T> => {
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000)
  for (;;) {
    const v = await check()
    if (v !== undefined && v !== null && v !== false) return v
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${opts.what ?? 'condition'}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

/**
 * The matching service as the tests build it on real Postgres and Redis: the test settings (`config`
 * overrides some), a recording messenger unless one is given, fresh metrics, silent logs.
 */
export function testMatchingService(
  deps: Pick<MatchingDeps, 'db' | 'redis' | 'translate'> &
    Partial<Omit<MatchingDeps, 'config'>> & { config?: Partial<MatchingConfig> },
) {
  const { config, ...rest } = deps
  return createMatchingService({
    messenger: recordingMessenger().messenger,
    metrics: testMetrics(),
    logger: silentLogger(),
    ...rest,
    config: { ...TEST_MATCHING_CONFIG, ...config },
  })
}
