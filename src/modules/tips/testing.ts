import { asc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { chatSessions, ledgerEntries, matches, users } from '../../db/schema/index.js'
import type { SessionStatus } from '../../db/schema/sessions.js'
import { seedUserRow } from '../chat/test-fixtures.js'
import type { StarsApi, StarTransactionLike } from './service.js'

/**
 * Test fixtures for tips (not used by the app): users and a finished chat inserted straight into the
 * database, and an in-memory stand-in for Telegram's Stars endpoints that records what was asked.
 */
export const insertUser = seedUserRow

/** A chat between two users (a completed match + its session), `ended` unless told otherwise. */
export async function insertSession(
  db: Db,
  a: number,
  b: number,
  status: SessionStatus = 'ended',
): Promise<number> {
  const [m] = await db
    .insert(matches)
    .values({
      userA: Math.min(a, b),
      userB: Math.max(a, b),
      status: status === 'ended' ? 'completed' : 'active',
      expiresAt: new Date(Date.now() + 600_000),
    })
    .returning({ id: matches.id })
  const [s] = await db
    .insert(chatSessions)
    .values({
      matchId: m!.id,
      userA: a,
      userB: b,
      status,
      endedAt: status === 'ended' ? new Date() : null,
      endReason: status === 'ended' ? 'user' : null,
    })
    .returning({ id: chatSessions.id })
  return s!.id
}

type ApiError = Error & { error_code: number; description: string }
export function telegramError(code: number, description: string): ApiError {
  return Object.assign(new Error(`Call failed! (${code}: ${description})`), { error_code: code, description })
}

/** Fake Telegram Stars: invoices, pre-checkout answers, payments, refunds and the transaction list. */
export function createFakeStars() {
  const invoices: {
    chatId: number
    title: string
    description: string
    payload: string
    currency: string
    prices: { label: string; amount: number }[]
    providerToken?: string
  }[] = []
  const answers: { id: string; ok: boolean; errorMessage?: string }[] = []
  const refunds: { userId: number; chargeId: string }[] = []
  /** Oldest first; served newest first like Telegram. */
  const transactions: StarTransactionLike[] = []
  let now = 1_700_000_000
  let refundFailure: ApiError | null = null
  let seq = 0

  const api: StarsApi = {
    async sendInvoice(chatId, title, description, payload, currency, prices, other) {
      invoices.push({
        chatId,
        title,
        description,
        payload,
        currency,
        prices: [...prices],
        providerToken: other?.provider_token,
      })
      return { message_id: invoices.length }
    },
    async answerPreCheckoutQuery(id, ok, other) {
      answers.push({ id, ok, ...(other?.error_message ? { errorMessage: other.error_message } : {}) })
      return true
    },
    async refundStarPayment(userId, chargeId) {
      if (refundFailure) throw refundFailure
      const paid = transactions.find((t) => t.id === chargeId && t.source?.type === 'user')
      if (!paid || paid.source?.user?.id !== userId) throw telegramError(400, 'Bad Request: CHARGE_NOT_FOUND')
      if (transactions.some((t) => t.id === chargeId && t.receiver?.type === 'user'))
        throw telegramError(400, 'Bad Request: CHARGE_ALREADY_REFUNDED')
      refunds.push({ userId, chargeId })
      transactions.push({
        id: chargeId,
        amount: paid.amount,
        date: ++now,
        receiver: { type: 'user', transaction_type: 'invoice_payment', user: { id: userId } },
      })
      return true
    },
    async getStarTransactions(other) {
      const offset = other?.offset ?? 0
      const limit = other?.limit ?? 100
      return { transactions: [...transactions].reverse().slice(offset, offset + limit) }
    },
  }

  return {
    api,
    invoices,
    answers,
    refunds,
    transactions,
    /** Telegram charges a user: returns the charge id that the successful_payment would carry. */
    charge(userTelegramId: number, amount: number, payload: string): string {
      const id = `stxFake${++seq}_${Date.now().toString(36)}`
      transactions.push({
        id,
        amount,
        date: ++now,
        source: {
          type: 'user',
          transaction_type: 'invoice_payment',
          user: { id: userTelegramId },
          invoice_payload: payload,
        },
      })
      return id
    },
    failRefundsWith(err: ApiError | null) {
      refundFailure = err
    },
  }
}

/** A user's ledger entries (kind, amount in minor units), oldest first. */
export function ledgerOf(db: Db, userId: number) {
  return db
    .select({ kind: ledgerEntries.kind, amount: ledgerEntries.amountMinor })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.userId, userId))
    .orderBy(asc(ledgerEntries.id))
}

/** A user's Star balance now. */
export async function balanceOf(db: Db, userId: number): Promise<number> {
  const [u] = await db.select({ b: users.starBalance }).from(users).where(eq(users.id, userId))
  if (!u) throw new Error(`no user ${userId}`)
  return u.b
}
