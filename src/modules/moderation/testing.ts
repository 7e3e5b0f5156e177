import { randomBytes, randomInt } from 'node:crypto'
import type { Db } from '../../db/client.js'
import {
  chatSessions,
  type FlagContext,
  matches,
  reports,
  safetyFlags,
  tips,
  users,
} from '../../db/schema/index.js'

/**
 * Test fixtures for the moderation module: rows inserted directly, the way the other services
 * would have left them. Used by the service, route and browser tests.
 */
let lastTelegramId = 7_000_000_000 + randomInt(1_000_000) * 1000
const nextTelegramId = () => ++lastTelegramId

export async function insertUser(
  db: Db,
  values: Partial<typeof users.$inferInsert> & { nickname: string },
): Promise<number> {
  const [row] = await db
    .insert(users)
    .values({
      telegramId: nextTelegramId(),
      onboardingStep: 'done',
      safetyAck: true,
      ageGroup: '18_plus',
      ...values,
    })
    .returning({ id: users.id })
  if (!row) throw new Error('insertUser: nothing inserted')
  return row.id
}

/** An accepted match with its active chat session (as matching leaves it). */
export async function insertActiveSession(
  db: Db,
  a: number,
  b: number,
): Promise<{ matchId: number; sessionId: number }> {
  const [userA, userB] = a < b ? [a, b] : [b, a]
  const [m] = await db
    .insert(matches)
    .values({ userA, userB, status: 'active', expiresAt: new Date(Date.now() + 600_000), score: 0.8 })
    .returning({ id: matches.id })
  if (!m) throw new Error('insertActiveSession: no match')
  const [s] = await db
    .insert(chatSessions)
    .values({ matchId: m.id, userA, userB, status: 'active' })
    .returning({ id: chatSessions.id })
  if (!s) throw new Error('insertActiveSession: no session')
  return { matchId: m.id, sessionId: s.id }
}

export async function insertFlag(
  db: Db,
  values: {
    userId: number
    reporterId?: number
    sessionId?: number
    kind?: string
    severity?: string
    reason?: string
    context?: FlagContext
    withReport?: { reason: string; text?: string }
  },
): Promise<number> {
  const [f] = await db
    .insert(safetyFlags)
    .values({
      userId: values.userId,
      reporterId: values.reporterId,
      sessionId: values.sessionId,
      kind: values.kind ?? 'report',
      severity: values.severity ?? 'medium',
      reason: values.reason,
      context: values.context ?? {},
    })
    .returning({ id: safetyFlags.id })
  if (!f) throw new Error('insertFlag: nothing inserted')
  if (values.withReport && values.reporterId !== undefined) {
    await db.insert(reports).values({
      reporterId: values.reporterId,
      reportedId: values.userId,
      sessionId: values.sessionId,
      reason: values.withReport.reason,
      text: values.withReport.text,
      flagId: f.id,
    })
  }
  return f.id
}

export async function insertTip(
  db: Db,
  values: { payerId: number; recipientId: number; amount: number; sessionId?: number },
): Promise<number> {
  const commission = Math.floor(values.amount / 10)
  const [t] = await db
    .insert(tips)
    .values({
      ...values,
      providerFeeMinor: 0,
      ourCommissionMinor: commission,
      netMinor: values.amount - commission,
      telegramPaymentChargeId: `charge_${randomBytes(6).toString('hex')}`,
      invoicePayload: `tip:${values.sessionId ?? 0}`,
    })
    .returning({ id: tips.id })
  if (!t) throw new Error('insertTip: nothing inserted')
  return t.id
}
