import { asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import { createTestRedis } from '../../../test/helpers/redis.js'
import { invoiceTexts } from '../../bot/features/tips-texts.js'
import { createI18n } from '../../bot/i18n.js'
import type { DbHandle } from '../../db/client.js'
import { auditLog, ledgerEntries, tips, users } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { createMetrics } from '../../metrics.js'
import type { RedisHandle } from '../../redis.js'
import { armedPromptsKey } from '../users/armed-prompt.js'
import { encodeTipPayload } from './payload.js'
import { createTipsService, type TipsService } from './service.js'
import { createFakeStars, insertSession, insertUser, telegramError } from './testing.js'

let db: DbHandle
let redis: RedisHandle & { prefix: string }
const { translate } = createI18n()
/** The bot's Russian invoice wording at the default rates (the tests check ids, prices and limits, not copy). */
const ruInvoice = invoiceTexts((key, vars) => translate('ru', key, vars), {
  providerFeeBps: 0,
  commissionBps: 1000,
})
const logger = createLogger({ level: 'silent' })

beforeAll(async () => {
  db = await createTestDb()
  redis = await createTestRedis()
})
afterAll(async () => {
  await redis?.close()
  await db?.close()
})

let tgSeq = 900_000_000
type World = Awaited<ReturnType<typeof world>>

/** A fresh pair that finished a chat, a service over fake Stars, a recording messenger. */
async function world(opts: { providerFeeBps?: number; commissionBps?: number; db?: DbHandle } = {}) {
  const dbh = opts.db ?? db
  const stars = createFakeStars()
  const sent: { chatId: number; text: string }[] = []
  const metrics = createMetrics({ defaultMetrics: false })
  const service = createTipsService({
    db: dbh.db,
    redis: redis.redis,
    api: stars.api,
    messenger: {
      async sendText(chatId, text) {
        sent.push({ chatId, text })
        return { messageId: sent.length }
      },
    },
    translate,
    metrics,
    rates: { providerFeeBps: opts.providerFeeBps ?? 0, commissionBps: opts.commissionBps ?? 1000 },
    logger,
  })
  const payer = await insertUser(dbh.db, { telegramId: ++tgSeq, nickname: 'Тихий Кит', language: 'ru' })
  const helper = await insertUser(dbh.db, { telegramId: ++tgSeq, nickname: 'Calm Fox', language: 'en' })
  const sessionId = await insertSession(dbh.db, payer.id, helper.id)
  return { stars, sent, metrics, service, payer, helper, sessionId }
}

/** Invoice → Telegram charges → successful_payment message, as the bot would receive it. */
async function payTip(w: World, amount: number, service: TipsService = w.service) {
  const sent = await service.sendInvoice(w.payer, w.sessionId, amount, ruInvoice)
  if (!sent.ok) throw new Error(`invoice refused: ${sent.reason}`)
  const chargeId = w.stars.charge(w.payer.telegramId!, amount, sent.payload)
  const message = {
    chat: { id: w.payer.telegramId! },
    from: { id: w.payer.telegramId! },
    successful_payment: {
      currency: 'XTR',
      total_amount: amount,
      invoice_payload: sent.payload,
      telegram_payment_charge_id: chargeId,
      provider_payment_charge_id: '',
    },
  }
  return { chargeId, payload: sent.payload, message }
}

async function balanceOf(userId: number) {
  const [u] = await db.db.select({ b: users.starBalance }).from(users).where(eq(users.id, userId))
  return u!.b
}
async function ledgerOf(userId: number) {
  return db.db
    .select({ kind: ledgerEntries.kind, amount: ledgerEntries.amountMinor, tipId: ledgerEntries.tipId })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.userId, userId))
    .orderBy(asc(ledgerEntries.id))
}

describe('tips: invoice', () => {
  it('when the payer picks an amount for an ended chat, then a Stars invoice with one price and internal ids only is sent', async () => {
    const w = await world()
    const r = await w.service.sendInvoice(w.payer, w.sessionId, 50, ruInvoice)
    expect(r.ok).toBe(true)
    expect(w.stars.invoices).toHaveLength(1)
    const inv = w.stars.invoices[0]!
    expect(inv).toMatchObject({ chatId: w.payer.telegramId, currency: 'XTR', providerToken: '' })
    expect(inv.prices).toEqual([{ label: 'Чаевые', amount: 50 }])
    expect(inv.title).toContain('Calm Fox')
    expect(inv.payload).toMatch(new RegExp(`^tip:v1:${w.sessionId}:${w.helper.id}:50:[0-9a-f]+$`))
    expect(inv.payload).not.toContain(String(w.payer.telegramId))
    expect(inv.payload).not.toContain(String(w.helper.telegramId))
  })

  it('when the pseudonym would be cut inside an emoji, then the title is cut before it and the split is in the description', async () => {
    const w = await world()
    // "Чаевые: " (8) + 23 letters = 31 code units, then an emoji of 2: a 32-unit slice would split it
    const nickname = `${'Я'.repeat(23)}🦊 Слон`
    await db.db.update(users).set({ nickname }).where(eq(users.id, w.helper.id))
    expect(await w.service.sendInvoice(w.payer, w.sessionId, 50, ruInvoice)).toMatchObject({ ok: true })
    const inv = w.stars.invoices.at(-1)!
    expect(inv.title).toBe(`Чаевые: ${'Я'.repeat(23)}`)
    expect(inv.title.length).toBeLessThanOrEqual(32)
    expect(inv.description).toContain('комиссия сервиса (10%) — 5 ⭐, собеседник получит 45 ⭐')
  })

  it('when the tip is not allowed, then no invoice is sent and the reason is given', async () => {
    const w = await world()
    const stranger = await insertUser(db.db, { telegramId: ++tgSeq, nickname: 'Stranger' })
    expect(await w.service.sendInvoice(stranger, w.sessionId, 10, ruInvoice)).toEqual({
      ok: false,
      reason: 'not-participant',
    })
    expect(await w.service.sendInvoice(w.payer, w.sessionId, 0, ruInvoice)).toEqual({
      ok: false,
      reason: 'bad-amount',
    })
    expect(await w.service.sendInvoice(w.payer, w.sessionId, 10_001, ruInvoice)).toEqual({
      ok: false,
      reason: 'bad-amount',
    })
    expect(await w.service.sendInvoice(w.payer, 999_999, 10, ruInvoice)).toEqual({
      ok: false,
      reason: 'session-not-found',
    })
    const active = await insertSession(db.db, w.payer.id, stranger.id, 'active')
    expect(await w.service.sendInvoice(w.payer, active, 10, ruInvoice)).toEqual({
      ok: false,
      reason: 'session-not-ended',
    })
    await db.db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, w.helper.id))
    expect(await w.service.sendInvoice(w.payer, w.sessionId, 10, ruInvoice)).toEqual({
      ok: false,
      reason: 'recipient-banned',
    })
    await db.db
      .update(users)
      .set({ deletedAt: new Date(), telegramId: null })
      .where(eq(users.id, w.helper.id))
    expect(await w.service.sendInvoice(w.payer, w.sessionId, 10, ruInvoice)).toEqual({
      ok: false,
      reason: 'recipient-gone',
    })
    expect(w.stars.invoices).toHaveLength(0)
  })
})

describe('tips: pre-checkout', () => {
  const query = (
    w: World,
    payload: string,
    amount: number,
    extra: Partial<{ currency: string; fromId: number }> = {},
  ) => ({
    id: `pcq-${Math.random()}`,
    from: { id: extra.fromId ?? w.payer.telegramId!, language_code: 'ru' },
    currency: extra.currency ?? 'XTR',
    total_amount: amount,
    invoice_payload: payload,
  })

  it('when the invoice is valid, then the query is approved', async () => {
    const w = await world()
    const payload = encodeTipPayload({ sessionId: w.sessionId, recipientId: w.helper.id, amount: 25 })
    const q = query(w, payload, 25)
    expect(await w.service.handlePreCheckout(q)).toEqual({ ok: true })
    expect(w.stars.answers).toEqual([{ id: q.id, ok: true }])
  })

  it('when the payload, amount, currency, payer or recipient is wrong, then it is rejected with a localised message', async () => {
    const w = await world()
    const stranger = await insertUser(db.db, { telegramId: ++tgSeq, language: 'en' })
    const good = encodeTipPayload({ sessionId: w.sessionId, recipientId: w.helper.id, amount: 25 })
    const cases: [ReturnType<typeof query>, string][] = [
      [query(w, 'tip:v1:garbage', 25), 'bad-payload'],
      [query(w, good, 26), 'amount-mismatch'],
      [query(w, good, 25, { currency: 'USD' }), 'wrong-currency'],
      [query(w, good, 25, { fromId: stranger.telegramId! }), 'not-participant'],
      [query(w, good, 25, { fromId: 12_345 }), 'payer-unknown'],
      [
        query(w, encodeTipPayload({ sessionId: w.sessionId, recipientId: w.payer.id, amount: 25 }), 25),
        'self-tip',
      ],
      [
        query(w, encodeTipPayload({ sessionId: w.sessionId, recipientId: stranger.id, amount: 25 }), 25),
        'wrong-recipient',
      ],
    ]
    for (const [q, reason] of cases) {
      expect(await w.service.handlePreCheckout(q), reason).toEqual({ ok: false, reason })
      const answer = w.stars.answers.at(-1)!
      expect(answer.id).toBe(q.id)
      expect(answer.ok).toBe(false)
      expect(answer.errorMessage).toBeTruthy()
    }
    // The stranger writes in English: their rejection is in English, the payer's in Russian.
    expect(w.stars.answers[3]!.errorMessage).toBe(translate('en', 'tips-reject-not-participant'))
    expect(w.stars.answers[0]!.errorMessage).toBe(translate('ru', 'tips-reject-bad-payload'))
  })

  it('when the recipient deleted their account or was banned after the invoice, then payment is refused', async () => {
    const w = await world()
    const payload = encodeTipPayload({ sessionId: w.sessionId, recipientId: w.helper.id, amount: 10 })
    await db.db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, w.helper.id))
    expect(await w.service.handlePreCheckout(query(w, payload, 10))).toEqual({
      ok: false,
      reason: 'recipient-banned',
    })
    await db.db.update(users).set({ bannedAt: null, deletedAt: new Date() }).where(eq(users.id, w.helper.id))
    expect(await w.service.handlePreCheckout(query(w, payload, 10))).toEqual({
      ok: false,
      reason: 'recipient-gone',
    })
    expect(w.stars.answers.at(-1)!.errorMessage).toBe(translate('ru', 'tips-reject-recipient-gone'))
  })
})

describe('tips: successful payment', () => {
  it('when a payment succeeds, then one tip row with the split, a ledger credit, the balance, a receipt and a thank-you are made', async () => {
    const w = await world({ providerFeeBps: 3000, commissionBps: 1000 })
    const { chargeId, message } = await payTip(w, 25)
    const r = await w.service.handleSuccessfulPayment(message)
    expect(r).toMatchObject({ ok: true, duplicate: false })

    const rows = await db.db.select().from(tips).where(eq(tips.telegramPaymentChargeId, chargeId))
    expect(rows).toHaveLength(1)
    const tip = rows[0]!
    expect(tip).toMatchObject({
      sessionId: w.sessionId,
      payerId: w.payer.id,
      recipientId: w.helper.id,
      amount: 25,
      currency: 'XTR',
      providerFeeMinor: 7,
      ourCommissionMinor: 2,
      netMinor: 16,
      status: 'paid',
    })
    expect(await ledgerOf(w.helper.id)).toEqual([{ kind: 'tip_credit', amount: 16, tipId: tip.id }])
    expect(await balanceOf(w.helper.id)).toBe(16)
    expect(await balanceOf(w.payer.id)).toBe(0)

    const receipt = w.sent.find((s) => s.chatId === w.payer.telegramId)!
    expect(receipt.text).toBe(
      translate('ru', 'tips-receipt', {
        tipId: String(tip.id),
        name: 'Calm Fox',
        amount: '25',
        providerFee: '7',
        commission: '2',
        net: '16',
      }),
    )
    const thanks = w.sent.find((s) => s.chatId === w.helper.telegramId)!
    expect(thanks.text).toContain('Тихий Кит') // payer's pseudonym…
    expect(thanks.text).not.toContain(String(w.payer.telegramId)) // …never the Telegram identity
    expect(thanks.text).toContain('thanked you') // in the helper's language
    expect((await w.metrics.tipsTotal.get()).values[0]?.value).toBe(1)
    expect((await w.metrics.tipsStars.get()).values[0]?.value).toBe(25)
  })

  it('when the same payment update arrives again (even concurrently), then nothing is recorded or credited twice', async () => {
    const w = await world()
    const { chargeId, message } = await payTip(w, 100)
    const results = await Promise.all(
      Array.from({ length: 6 }, () => w.service.handleSuccessfulPayment(message)),
    )
    expect(results.filter((r) => r?.ok && !r.duplicate)).toHaveLength(1)
    expect(results.filter((r) => r?.ok && r.duplicate)).toHaveLength(5)
    await w.service.handleUpdate({ update_id: 1, message })
    expect(await db.db.select().from(tips).where(eq(tips.telegramPaymentChargeId, chargeId))).toHaveLength(1)
    expect(await ledgerOf(w.helper.id)).toHaveLength(1)
    expect(await balanceOf(w.helper.id)).toBe(90)
    expect(w.sent.filter((s) => s.chatId === w.payer.telegramId)).toHaveLength(1) // one receipt
    expect((await w.metrics.tipsTotal.get()).values[0]?.value).toBe(1)
  })

  it('when a paid payload cannot be attributed, then no tip is made and the payer is pointed to /paysupport', async () => {
    const w = await world()
    const r = await w.service.handleSuccessfulPayment({
      chat: { id: w.payer.telegramId! },
      from: { id: w.payer.telegramId! },
      successful_payment: {
        currency: 'XTR',
        total_amount: 10,
        invoice_payload: 'something-else',
        telegram_payment_charge_id: 'stx-unmatched',
      },
    })
    expect(r).toEqual({ ok: false, reason: 'bad-payload' })
    expect(await db.db.select().from(tips).where(eq(tips.payerId, w.payer.id))).toHaveLength(0)
    expect(w.sent.at(-1)).toEqual({
      chatId: w.payer.telegramId,
      text: translate('ru', 'tips-payment-unmatched'),
    })
  })

  it('when the helper is gone by the time the money arrives, then the tip is still recorded (refundable) and no notice is sent to them', async () => {
    const w = await world()
    const { message } = await payTip(w, 10)
    await db.db
      .update(users)
      .set({ deletedAt: new Date(), telegramId: null })
      .where(eq(users.id, w.helper.id))
    const r = await w.service.handleSuccessfulPayment(message)
    expect(r).toMatchObject({ ok: true, duplicate: false })
    expect(w.sent.map((s) => s.chatId)).toEqual([w.payer.telegramId])
  })

  it('when commission rates are extreme, then the stored split still adds up and net is never negative', async () => {
    const w = await world({ providerFeeBps: 10_000, commissionBps: 10_000 })
    const { message } = await payTip(w, 1)
    const r = await w.service.handleSuccessfulPayment(message)
    expect(r).toMatchObject({ ok: true, duplicate: false })
    const [tip] = await db.db.select().from(tips).where(eq(tips.recipientId, w.helper.id))
    expect(tip).toMatchObject({ amount: 1, providerFeeMinor: 1, ourCommissionMinor: 0, netMinor: 0 })
    expect(await balanceOf(w.helper.id)).toBe(0)
  })
})

describe('tips: refund', () => {
  it('when an admin refunds a tip, then Telegram refunds the payer, the tip is marked, the helper is debited once, and a second refund is a no-op', async () => {
    const w = await world()
    const { chargeId, message } = await payTip(w, 50)
    const paid = await w.service.handleSuccessfulPayment(message)
    if (!paid?.ok || paid.duplicate) throw new Error('not paid')
    const tipId = paid.tip.id

    const r1 = await w.service.refund(tipId, 'admin:test')
    expect(r1).toMatchObject({ ok: true, alreadyRefunded: false, tip: { status: 'refunded' } })
    expect(w.stars.refunds).toEqual([{ userId: w.payer.telegramId, chargeId }])
    expect(await ledgerOf(w.helper.id)).toEqual([
      { kind: 'tip_credit', amount: 45, tipId },
      { kind: 'refund_debit', amount: -45, tipId },
    ])
    expect(await balanceOf(w.helper.id)).toBe(0)
    const audit = await db.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(tipId)))
    expect(audit).toMatchObject([{ actor: 'admin:test', action: 'tip.refund', targetType: 'tip' }])

    const r2 = await w.service.refund(tipId, 'admin:test')
    expect(r2).toMatchObject({ ok: true, alreadyRefunded: true })
    expect(w.stars.refunds).toHaveLength(1)
    // Telegram's refunded_payment service message for the same charge changes nothing either.
    expect(
      await w.service.handleRefundedPayment({
        chat: { id: w.payer.telegramId! },
        refunded_payment: { currency: 'XTR', total_amount: 50, telegram_payment_charge_id: chargeId },
      }),
    ).toEqual({ changed: false })
    expect(await ledgerOf(w.helper.id)).toHaveLength(2)
  })

  it('when two refunds of one tip race, then Telegram is asked once and the ledger is debited once', async () => {
    const w = await world()
    const { message } = await payTip(w, 20)
    const paid = await w.service.handleSuccessfulPayment(message)
    if (!paid?.ok || paid.duplicate) throw new Error('not paid')
    const results = await Promise.all([
      w.service.refund(paid.tip.id, 'a'),
      w.service.refund(paid.tip.id, 'b'),
    ])
    expect(results.map((r) => r.ok && r.alreadyRefunded).sort()).toEqual([false, true])
    expect(w.stars.refunds).toHaveLength(1)
    expect((await ledgerOf(w.helper.id)).filter((l) => l.kind === 'refund_debit')).toHaveLength(1)
  })

  it('when Telegram rejects the refund, then nothing changes locally; when it says already refunded, then local state catches up', async () => {
    const w = await world()
    const { message } = await payTip(w, 30)
    const paid = await w.service.handleSuccessfulPayment(message)
    if (!paid?.ok || paid.duplicate) throw new Error('not paid')
    w.stars.failRefundsWith(telegramError(400, 'Bad Request: BALANCE_TOO_LOW'))
    expect(await w.service.refund(paid.tip.id, 'admin')).toEqual({
      ok: false,
      reason: 'telegram-error',
      description: 'Bad Request: BALANCE_TOO_LOW',
    })
    expect(await balanceOf(w.helper.id)).toBe(27)
    w.stars.failRefundsWith(telegramError(400, 'Bad Request: CHARGE_ALREADY_REFUNDED'))
    expect(await w.service.refund(paid.tip.id, 'admin')).toMatchObject({ ok: true, alreadyRefunded: false })
    expect(await balanceOf(w.helper.id)).toBe(0)
    expect(await w.service.refund(999_999, 'admin')).toEqual({ ok: false, reason: 'not-found' })
  })

  it('when the payer deleted their account, then the refund still reaches them via the Telegram transaction list', async () => {
    const w = await world()
    const { chargeId, message } = await payTip(w, 15)
    const paid = await w.service.handleSuccessfulPayment(message)
    if (!paid?.ok || paid.duplicate) throw new Error('not paid')
    await db.db.update(users).set({ telegramId: null, deletedAt: new Date() }).where(eq(users.id, w.payer.id))
    expect(await w.service.refund(paid.tip.id, 'admin')).toMatchObject({ ok: true, alreadyRefunded: false })
    expect(w.stars.refunds).toEqual([{ userId: w.payer.telegramId, chargeId }])
  })

  it('when Telegram reports a refund we did not record, then the refunded_payment message marks the tip and debits once', async () => {
    const w = await world()
    const { chargeId, message } = await payTip(w, 40)
    await w.service.handleSuccessfulPayment(message)
    const refunded = {
      update_id: 7,
      message: {
        chat: { id: w.payer.telegramId! },
        refunded_payment: { currency: 'XTR', total_amount: 40, telegram_payment_charge_id: chargeId },
      },
    }
    expect(await w.service.handleUpdate(refunded)).toBe('refunded-payment')
    await w.service.handleUpdate(refunded)
    expect((await ledgerOf(w.helper.id)).map((l) => l.kind)).toEqual(['tip_credit', 'refund_debit'])
    expect(await balanceOf(w.helper.id)).toBe(0)
  })
})

describe('tips: reconciliation', () => {
  // Reconciliation reads every local tip: each case gets a database of its own.
  const own: DbHandle[] = []
  const fresh = async () => {
    const h = await createTestDb()
    own.push(h)
    return h
  }
  afterAll(async () => {
    for (const h of own) await h.close()
  })

  it('when Telegram and the local tips disagree, then the report lists missing charges, missing tips and refund mismatches across pages', async () => {
    const w = await world({ db: await fresh() })
    const pay = async (amount: number) => {
      const p = await payTip(w, amount)
      const r = await w.service.handleSuccessfulPayment(p.message)
      if (!r?.ok || r.duplicate) throw new Error('not paid')
      return { ...p, tipId: r.tip.id }
    }
    const fine = await pay(10)
    const refundedOk = await pay(11)
    await w.service.refund(refundedOk.tipId, 'admin')
    // Paid at Telegram, update lost here:
    const lost = await w.service.sendInvoice(w.payer, w.sessionId, 12, ruInvoice)
    if (!lost.ok) throw new Error('no invoice')
    const lostCharge = w.stars.charge(w.payer.telegramId!, 12, lost.payload)
    // Refunded at Telegram behind our back:
    const sneaky = await pay(13)
    await w.stars.api.refundStarPayment(w.payer.telegramId!, sneaky.chargeId)
    // A local tip Telegram never heard of:
    const ghost = await w.service.recordPayment({
      payerTelegramId: w.payer.telegramId!,
      currency: 'XTR',
      totalAmount: 14,
      invoicePayload: encodeTipPayload({ sessionId: w.sessionId, recipientId: w.helper.id, amount: 14 }),
      telegramChargeId: 'stx-ghost',
    })
    if (!ghost.ok || ghost.duplicate) throw new Error('no ghost')

    const report = await w.service.reconcile({ pageSize: 2 })
    expect(report.ok).toBe(false)
    expect(report.telegramTransactions).toBe(w.stars.transactions.length)
    expect(report.telegramCharges).toBe(4)
    expect(report.missingLocally).toEqual([
      expect.objectContaining({ chargeId: lostCharge, amount: 12, refunded: false, payload: lost.payload }),
    ])
    expect(report.missingAtTelegram).toEqual([
      { tipId: ghost.tip.id, chargeId: 'stx-ghost', amount: 14, status: 'paid' },
    ])
    expect(report.refundMismatch).toEqual([
      { tipId: sneaky.tipId, chargeId: sneaky.chargeId, local: 'paid', telegram: 'refunded' },
    ])
    expect(report.amountMismatch).toEqual([])
    expect(JSON.stringify(report)).not.toContain(String(w.payer.telegramId))
    expect(fine.tipId).toBeGreaterThan(0)
  })

  it('when everything matches, then the report is ok', async () => {
    const w = await world({ db: await fresh() })
    for (const amount of [5, 6, 7]) {
      const p = await payTip(w, amount)
      await w.service.handleSuccessfulPayment(p.message)
    }
    const [first] = await w.service.recentPaidBy(w.payer.id, 1)
    await w.service.refund(first!.id, 'admin')
    const report = await w.service.reconcile({ pageSize: 3 })
    expect(report).toMatchObject({
      ok: true,
      localTips: 3,
      telegramCharges: 3,
      telegramTransactions: 4,
      missingLocally: [],
      missingAtTelegram: [],
      refundMismatch: [],
      amountMismatch: [],
    })
  })
})

describe('tips: custom amount and lists', () => {
  it('when the user starts the custom amount step, then a wrong number keeps waiting and a right one ends it', async () => {
    const w = await world()
    await w.service.beginCustomAmount(w.payer.id, w.sessionId)
    expect(await redis.redis.ttl(armedPromptsKey(w.payer.id))).toBeGreaterThan(0)
    expect(await w.service.submitCustomAmount(w.payer.id, 'lots')).toEqual({
      ok: false,
      reason: 'not-a-number',
    })
    expect(await w.service.submitCustomAmount(w.payer.id, '0')).toEqual({ ok: false, reason: 'too-small' })
    expect(await w.service.submitCustomAmount(w.payer.id, '20000')).toEqual({
      ok: false,
      reason: 'too-large',
    })
    expect(await w.service.submitCustomAmount(w.payer.id, '42')).toEqual({
      ok: true,
      sessionId: w.sessionId,
      amount: 42,
    })
    expect(await w.service.pendingCustomAmount(w.payer.id)).toBeNull()
    expect(await w.service.submitCustomAmount(w.payer.id, '42')).toEqual({ ok: false, reason: 'expired' })
  })

  it('when listing tippable chats, then only ended chats with partners who can still receive tips are shown', async () => {
    const w = await world()
    const gone = await insertUser(db.db, { telegramId: null, nickname: 'Gone', deleted: true })
    await insertSession(db.db, w.payer.id, gone.id)
    const busy = await insertUser(db.db, { telegramId: ++tgSeq, nickname: 'Busy' })
    await insertSession(db.db, busy.id, w.payer.id, 'active')
    const list = await w.service.listTippable(w.payer.id)
    expect(list).toEqual([{ sessionId: w.sessionId, partnerNickname: 'Calm Fox', endedAt: expect.any(Date) }])
    expect(await w.service.hasActiveSession(w.payer.id)).toBe(true)
    const { message } = await payTip(w, 10)
    await w.service.handleSuccessfulPayment(message)
    expect(await w.service.receivedSummary(w.helper.id)).toEqual({ starBalance: 9, tipsReceived: 1 })
    expect(await w.service.recentPaidBy(w.payer.id)).toMatchObject([{ amount: 10, status: 'paid' }])
  })
})
