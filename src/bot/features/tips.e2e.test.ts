import { and, asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../../../test/helpers/app.js'
import { tips, users } from '../../db/schema/index.js'
import { encodeTipPayload } from '../../modules/tips/payload.js'
import { balanceOf, insertSession, insertUser, ledgerOf } from '../../modules/tips/testing.js'
import { createI18n } from '../i18n.js'

const { translate } = createI18n()
const RATES = { TIP_PROVIDER_FEE_BPS: '3000', TIP_COMMISSION_BPS: '1000' }

/** Two emulator users who finished a chat (rows inserted straight into the DB) and have started the bot. */
async function pair(t: TestApp) {
  const annTg = await t.tg.createUser({ first_name: 'Ann', language_code: 'ru' })
  const bobTg = await t.tg.createUser({ first_name: 'Bob', language_code: 'en' })
  const ann = await insertUser(t.db.db, { telegramId: annTg.id, nickname: 'Тихий Кит', language: 'ru' })
  const bob = await insertUser(t.db.db, { telegramId: bobTg.id, nickname: 'Calm Fox', language: 'en' })
  const sessionId = await insertSession(t.db.db, ann.id, bob.id)
  // Telegram only lets a bot write to users who wrote to it; /paysupport is harmless and checks the command.
  await t.tg.send(annTg.id, '/paysupport')
  await t.tg.send(bobTg.id, '/paysupport')
  await t.tg.waitForText(annTg.id, 'Помощь с оплатой')
  await t.tg.waitForText(bobTg.id, 'Payment help')
  return { ann, bob, annTg: annTg.id, bobTg: bobTg.id, sessionId }
}
type Pair = Awaited<ReturnType<typeof pair>>

const lastId = async (t: TestApp, chat: number) => (await t.tg.lastMessage(chat))?.message_id ?? 0

/** The chat feature's post-rating message with our `tip:<sessionId>` button → press it → choose a preset. */
async function openInvoice(t: TestApp, p: Pair, amount: 10 | 25 | 50 | 100) {
  await t.app.api.sendMessage(p.annTg, 'Спасибо за оценку!', {
    reply_markup: { inline_keyboard: [[{ text: '⭐ Поблагодарить', callback_data: `tip:${p.sessionId}` }]] },
  })
  await t.tg.pressButton(p.annTg, '⭐ Поблагодарить')
  const before = await lastId(t, p.annTg)
  await t.tg.pressButton(p.annTg, new RegExp(`^${amount} ⭐$`))
  return t.tg.waitFor(p.annTg, (m) => m.type === 'invoice', { afterMessageId: before })
}

async function tipsOfSession(t: TestApp, sessionId: number) {
  return t.db.db.select().from(tips).where(eq(tips.sessionId, sessionId)).orderBy(asc(tips.id))
}

/** Pay the invoice and wait until the tip row exists. */
async function payAndRecord(t: TestApp, p: Pair, messageId: number, opts: { duplicate?: boolean } = {}) {
  const res = await t.tg.pay(p.annTg, { messageId, ...opts })
  if (!res.ok) throw new Error(`payment refused: ${JSON.stringify(res)}`)
  const tip = await t.tg.until(
    async () =>
      (
        await t.db.db
          .select()
          .from(tips)
          .where(eq(tips.telegramPaymentChargeId, res.telegram_payment_charge_id))
      )[0],
    { what: 'tip row' },
  )
  return { res, tip }
}

describe('tips e2e (emulator)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp({ env: RATES })
  })
  afterAll(async () => {
    await t?.close()
  })

  it('when the supported user tips from the post-chat button and pays, then a tip row, a ledger credit, a receipt and a thank-you appear', async () => {
    const p = await pair(t)
    const invoice = await openInvoice(t, p, 25)
    expect(invoice.invoice).toMatchObject({ currency: 'XTR', total_amount: 25 })
    const [sent] = await t.tg.calls({ method: 'sendInvoice', chatId: p.annTg })
    expect(sent?.params).toMatchObject({ currency: 'XTR', provider_token: '' })
    // the split is on the invoice, before paying: 30 % Telegram, 10 % service, the rest to the partner
    expect(sent?.params.title).toBe('Чаевые: Calm Fox')
    expect(String(sent?.params.description)).toContain(
      'Из 25 ⭐ комиссия Telegram — 7 ⭐, комиссия сервиса (10%) — 2 ⭐, собеседник получит 16 ⭐.',
    )

    const { tip } = await payAndRecord(t, p, invoice.message_id)
    expect(tip).toMatchObject({
      payerId: p.ann.id,
      recipientId: p.bob.id,
      amount: 25,
      providerFeeMinor: 7, // floor(25 × 30 %)
      ourCommissionMinor: 2, // floor(25 × 10 %)
      netMinor: 16,
      status: 'paid',
    })
    expect(await ledgerOf(t.db.db, p.bob.id)).toEqual([{ kind: 'tip_credit', amount: 16 }])
    expect(await balanceOf(t.db.db, p.bob.id)).toBe(16)

    const receipt = await t.tg.waitForText(p.annTg, `Чек №${tip.id}`)
    for (const line of [
      'Собеседник: Calm Fox\nСумма: 25 ⭐',
      'Комиссия Telegram: 7 ⭐',
      'Комиссия сервиса: 2 ⭐',
      'Собеседник получит: 16 ⭐',
    ])
      expect(receipt.text).toContain(line)
    // the pseudonym always stands in the nominative (never «для Calm Fox»)
    expect(receipt.text).not.toMatch(/для Calm Fox/)
    const thanks = await t.tg.waitForText(p.bobTg, 'thanked you')
    expect(thanks.text).toContain('Тихий Кит')
    expect(thanks.text).not.toContain('Ann')
    expect(thanks.text).toContain('16 ⭐')
    expect((await t.app.metrics.tipsTotal.get()).values[0]?.value).toBeGreaterThanOrEqual(1)
  })

  it('when the user chooses a custom amount, then wrong input gets a clear error and a valid number gets an invoice', async () => {
    const p = await pair(t)
    await t.tg.send(p.annTg, '/tips')
    await t.tg.waitForText(p.annTg, 'Кого поблагодарить')
    await t.tg.pressButton(p.annTg, '⭐ Calm Fox')
    await t.tg.pressButton(p.annTg, 'Другая сумма')
    await t.tg.waitForText(p.annTg, 'от 1 до 10000')
    const cases: [string, string][] = [
      ['сколько-нибудь', 'tips-amount-not-a-number'],
      ['2.5', 'tips-amount-not-integer'],
      ['0', 'tips-amount-too-small'],
      ['20000', 'tips-amount-too-large'],
    ]
    for (const [text, key] of cases) {
      const before = await lastId(t, p.annTg)
      await t.tg.send(p.annTg, text)
      const reply = await t.tg.waitFor(p.annTg, () => true, { afterMessageId: before })
      expect(reply.text).toBe(translate('ru', key))
    }
    const before = await lastId(t, p.annTg)
    await t.tg.send(p.annTg, '30')
    const invoice = await t.tg.waitFor(p.annTg, (m) => m.type === 'invoice', { afterMessageId: before })
    expect(invoice.invoice).toMatchObject({ currency: 'XTR', total_amount: 30 })
    const { tip } = await payAndRecord(t, p, invoice.message_id)
    expect(tip).toMatchObject({ amount: 30, providerFeeMinor: 9, ourCommissionMinor: 3, netMinor: 18 })
    // The step is over: another number is not taken as an amount any more.
    const after = await lastId(t, p.annTg)
    await t.tg.send(p.annTg, '40')
    await t.tg.idle()
    expect((await t.tg.inbox(p.annTg)).filter((m) => m.message_id > after && m.type === 'invoice')).toEqual(
      [],
    )
    // The prompt's "Cancel" is stale now: a short answer, the keyboard goes, the paid tip stays.
    const stale = await t.tg.pressButton(p.annTg, translate('ru', 'tips-btn-cancel'))
    expect(await t.tg.callbackAnswer(p.annTg, stale.callback_query_id)).toMatchObject({
      text: translate('ru', 'tips-stale-press'),
    })
    await t.tg.until(
      async () =>
        (await t.tg.inbox(p.annTg)).find((m) => m.message_id === stale.message_id)?.buttons.length === 0,
      { what: 'stale cancel keyboard removed' },
    )
    // /tips now shows what Bob received.
    await t.tg.send(p.bobTg, '/tips')
    await t.tg.waitForText(p.bobTg, 'Your balance: 18 ⭐')
  })

  it('when the invoice is sent, then the offer loses its tip button, the picker becomes a note, and the old invoice cannot be paid twice', async () => {
    const p = await pair(t)
    const offer = await t.app.api.sendMessage(p.annTg, 'Если хотите, напишите отзыв.', {
      reply_markup: {
        inline_keyboard: [
          [{ text: '💛 Поблагодарить', callback_data: `tip:${p.sessionId}` }],
          [{ text: 'Пропустить', callback_data: `chat:fb-skip:${p.sessionId}` }],
        ],
      },
    })
    await t.tg.pressButton(p.annTg, '💛 Поблагодарить')
    const picker = await t.tg.waitForText(
      p.annTg,
      translate('ru', 'tips-choose-amount', { name: 'Calm Fox', providerPct: '30%', commissionPct: '10%' }),
    )
    // the fee split is shown before any invoice
    expect(picker.text).toContain('комиссия Telegram (30%) и комиссия сервиса (10%)')
    const offerNow = (await t.tg.inbox(p.annTg)).find((m) => m.message_id === offer.message_id)
    expect(offerNow?.buttons.map((b) => b.text)).toEqual(['Пропустить'])

    await t.tg.press(p.annTg, picker.message_id, `tip:${p.sessionId}:10`)
    const invoice = await t.tg.waitFor(p.annTg, (m) => m.type === 'invoice', {
      afterMessageId: picker.message_id,
    })
    const note = await t.tg.waitForText(p.annTg, 'Счёт на 10 ⭐')
    expect(note.text).toBe(
      translate('ru', 'tips-invoice-sent', {
        amount: 10,
        providerFee: 3,
        commission: 1,
        net: 6,
        commissionPct: '10%',
      }),
    )
    expect(note.text).toContain('собеседник получит: 6 ⭐')
    expect(note).toMatchObject({ message_id: picker.message_id, buttons: [] })
    // the picker's buttons are gone for good: the emulator refuses a press on them, as Telegram's app would
    await expect(t.tg.press(p.annTg, picker.message_id, `tip:${p.sessionId}:25`)).rejects.toMatchObject({
      status: 400,
    })
    await payAndRecord(t, p, invoice.message_id)
    await expect(t.tg.pay(p.annTg, { messageId: invoice.message_id })).rejects.toMatchObject({ status: 400 })
    expect(await tipsOfSession(t, p.sessionId)).toHaveLength(1)
  })

  it('when a second amount is pressed before the first was handled (double tap), then one invoice is sent and the other press gets a short answer', async () => {
    const p = await pair(t)
    await t.app.api.sendMessage(p.annTg, 'Спасибо за оценку!', {
      reply_markup: {
        inline_keyboard: [[{ text: '⭐ Поблагодарить', callback_data: `tip:${p.sessionId}` }]],
      },
    })
    await t.tg.pressButton(p.annTg, '⭐ Поблагодарить')
    const picker = await t.tg.waitFor(p.annTg, (m) => m.buttons.some((b) => b.text === '25 ⭐'))
    // hold the first press in delivery so the second one is queued while the picker still shows its buttons
    await t.tg.fault({ webhook: { count: 1, delay_ms: 1500 } })
    const first = await t.tg.press(p.annTg, picker.message_id, `tip:${p.sessionId}:25`)
    const second = await t.tg.press(p.annTg, picker.message_id, `tip:${p.sessionId}:50`)
    expect(await t.tg.callbackAnswer(p.annTg, second.callback_query_id, { timeoutMs: 10_000 })).toMatchObject(
      {
        text: translate('ru', 'tips-stale-press'),
      },
    )
    await t.tg.callbackAnswer(p.annTg, first.callback_query_id)
    await t.tg.idle()
    const invoices = (await t.tg.inbox(p.annTg)).filter((m) => m.type === 'invoice')
    expect(invoices.map((m) => m.invoice)).toEqual([expect.objectContaining({ total_amount: 25 })])
  })

  it('when the successful_payment update is delivered twice, then there is one tip row and one credit', async () => {
    const p = await pair(t)
    const invoice = await openInvoice(t, p, 50)
    const { res } = await payAndRecord(t, p, invoice.message_id, { duplicate: true })
    await t.tg.redeliver(res.update_id)
    await t.tg.idle()
    expect(await tipsOfSession(t, p.sessionId)).toHaveLength(1)
    expect(await ledgerOf(t.db.db, p.bob.id)).toEqual([{ kind: 'tip_credit', amount: 30 }])
    expect(await balanceOf(t.db.db, p.bob.id)).toBe(30)
    expect((await t.tg.inbox(p.annTg)).filter((m) => m.text?.startsWith('🧾'))).toHaveLength(1)
  })

  it('when an admin refunds a tip, then Telegram records the refund, the ledger is debited once, and a second refund is a no-op', async () => {
    const p = await pair(t)
    const invoice = await openInvoice(t, p, 100)
    const { res, tip } = await payAndRecord(t, p, invoice.message_id)
    await t.tg.idle()

    const r1 = await t.app.services.tips.refund(tip.id, 'admin:e2e')
    expect(r1).toMatchObject({ ok: true, alreadyRefunded: false })
    const payment = (await t.tg.payments()).find(
      (x) => x.telegram_payment_charge_id === res.telegram_payment_charge_id,
    )
    expect(payment?.refunded).toBe(true)
    // Telegram's refunded_payment service message reaches the bot too and changes nothing more.
    await t.tg.idle()
    const [after] = await t.db.db.select().from(tips).where(eq(tips.id, tip.id))
    expect(after).toMatchObject({ status: 'refunded', refundedAt: expect.any(Date) })
    expect(await ledgerOf(t.db.db, p.bob.id)).toEqual([
      { kind: 'tip_credit', amount: 60 },
      { kind: 'refund_debit', amount: -60 },
    ])
    expect(await balanceOf(t.db.db, p.bob.id)).toBe(0)

    const r2 = await t.app.services.tips.refund(tip.id, 'admin:e2e')
    expect(r2).toMatchObject({ ok: true, alreadyRefunded: true })
    const refundCalls = (await t.tg.calls({ method: 'refundStarPayment' })).filter(
      (c) =>
        (c.params as { telegram_payment_charge_id?: string }).telegram_payment_charge_id ===
        res.telegram_payment_charge_id,
    )
    expect(refundCalls).toHaveLength(1)
    expect(await ledgerOf(t.db.db, p.bob.id)).toHaveLength(2)
    // the helper is told, once, how much left their balance (and never who paid)
    const notice = await t.tg.waitForText(p.bobTg, `Tip #${tip.id} (100 ⭐) was refunded`)
    expect(notice.text).toContain('60 ⭐ — your share of that tip — was taken off your balance')
    expect(notice.text).toContain('Your balance now: 0 ⭐')
    expect(notice.text).not.toContain('Тихий Кит')
    await t.tg.idle()
    expect((await t.tg.inbox(p.bobTg)).filter((m) => m.text?.includes(`Tip #${tip.id}`))).toHaveLength(1)
  })

  it('when the invoice payload is not ours, then pre-checkout is rejected with a localised message', async () => {
    const p = await pair(t)
    const inv = await t.app.api.sendInvoice(
      p.annTg,
      'Test',
      'Test',
      'not-a-tip',
      'XTR',
      [{ label: 'x', amount: 5 }],
      {
        provider_token: '',
      },
    )
    const res = await t.tg.pay(p.annTg, { messageId: inv.message_id })
    expect(res).toMatchObject({ ok: false, error_message: translate('ru', 'tips-reject-bad-payload') })
    expect(await tipsOfSession(t, p.sessionId)).toEqual([])
  })

  it('when the recipient deleted their account after the invoice was sent, then pre-checkout is rejected and nothing is charged', async () => {
    const p = await pair(t)
    const invoice = await openInvoice(t, p, 10)
    await t.db.db.update(users).set({ deletedAt: new Date(), telegramId: null }).where(eq(users.id, p.bob.id))
    const res = await t.tg.pay(p.annTg, { messageId: invoice.message_id })
    expect(res).toMatchObject({ ok: false, error_message: translate('ru', 'tips-reject-recipient-gone') })
    expect((await t.tg.payments()).filter((x) => x.user_id === p.annTg)).toEqual([])
    expect(await tipsOfSession(t, p.sessionId)).toEqual([])
  })

  describe('POST /payments/webhook/telegram-stars', () => {
    const url = '/payments/webhook/telegram-stars'
    const secretHeader = () => ({ 'x-telegram-bot-api-secret-token': t.app.webhookSecret })

    it('when the secret token is missing or wrong, then it answers 401 and does nothing', async () => {
      const body = { update_id: 1, message: { chat: { id: 1 }, successful_payment: {} } }
      expect((await t.app.server.inject({ method: 'POST', url, payload: body })).statusCode).toBe(401)
      const wrong = await t.app.server.inject({
        method: 'POST',
        url,
        payload: body,
        headers: { 'x-telegram-bot-api-secret-token': 'nope' },
      })
      expect(wrong.statusCode).toBe(401)
      const ok = await t.app.server.inject({
        method: 'POST',
        url,
        payload: { update_id: 2 },
        headers: secretHeader(),
      })
      expect(ok.json()).toEqual({ ok: true, handled: 'ignored' })
    })

    it('when a successful_payment arrives via this route and via the bot webhook, then it is recorded once', async () => {
      const p = await pair(t)
      const chargeId = `stxRoute${Date.now().toString(36)}`
      const payment = {
        chat: { id: p.annTg, type: 'private' as const, first_name: 'Ann' },
        from: { id: p.annTg, is_bot: false, first_name: 'Ann', language_code: 'ru' },
        message_id: 999_000,
        date: Math.floor(Date.now() / 1000),
        successful_payment: {
          currency: 'XTR',
          total_amount: 10,
          invoice_payload: encodeTipPayload({ sessionId: p.sessionId, recipientId: p.bob.id, amount: 10 }),
          telegram_payment_charge_id: chargeId,
          provider_payment_charge_id: '',
        },
      }
      const viaRoute = await t.app.server.inject({
        method: 'POST',
        url,
        payload: { update_id: 777_000_001, message: payment },
        headers: secretHeader(),
      })
      expect(viaRoute.statusCode).toBe(200)
      expect(viaRoute.json()).toEqual({ ok: true, handled: 'successful-payment' })
      const viaBot = await t.app.server.inject({
        method: 'POST',
        url: '/telegram/webhook',
        payload: { update_id: 777_000_002, message: payment },
        headers: secretHeader(),
      })
      expect(viaBot.statusCode).toBe(200)
      const again = await t.app.server.inject({
        method: 'POST',
        url,
        payload: { update_id: 777_000_003, message: payment },
        headers: secretHeader(),
      })
      expect(again.statusCode).toBe(200)

      const rows = await t.db.db.select().from(tips).where(eq(tips.telegramPaymentChargeId, chargeId))
      expect(rows).toHaveLength(1)
      expect(await ledgerOf(t.db.db, p.bob.id)).toEqual([{ kind: 'tip_credit', amount: 6 }])
      await t.tg.waitForText(p.annTg, `Чек №${rows[0]!.id}`)
      await t.tg.idle()
      expect((await t.tg.inbox(p.annTg)).filter((m) => m.text?.startsWith('🧾'))).toHaveLength(1)
    })

    it('when a payment the bot webhook already recorded is posted to the route, then it is a no-op', async () => {
      const p = await pair(t)
      const invoice = await openInvoice(t, p, 10)
      const { res } = await payAndRecord(t, p, invoice.message_id)
      const [entry] = (await t.tg.updates({ userId: p.annTg })).filter((u) => u.update_id === res.update_id)
      const r = await t.app.server.inject({
        method: 'POST',
        url,
        payload: entry!.update,
        headers: secretHeader(),
      })
      expect(r.json()).toEqual({ ok: true, handled: 'successful-payment' })
      expect(await tipsOfSession(t, p.sessionId)).toHaveLength(1)
      expect(await balanceOf(t.db.db, p.bob.id)).toBe(6)
    })

    it('when a pre_checkout_query arrives via the route, then it is answered through the Bot API', async () => {
      const p = await pair(t)
      const since = (await t.tg.calls({ method: 'answerPreCheckoutQuery' })).at(-1)?.seq
      const r = await t.app.server.inject({
        method: 'POST',
        url,
        headers: secretHeader(),
        payload: {
          update_id: 777_100_001,
          pre_checkout_query: {
            id: 'route-pcq-1',
            from: { id: p.annTg, is_bot: false, first_name: 'Ann', language_code: 'ru' },
            currency: 'XTR',
            total_amount: 10,
            invoice_payload: encodeTipPayload({ sessionId: p.sessionId, recipientId: p.bob.id, amount: 11 }),
          },
        },
      })
      expect(r.json()).toEqual({ ok: true, handled: 'pre-checkout' })
      const calls = await t.tg.calls({ method: 'answerPreCheckoutQuery', ...(since ? { since } : {}) })
      expect(calls.at(-1)?.params).toMatchObject({
        pre_checkout_query_id: 'route-pcq-1',
        ok: false,
        error_message: translate('ru', 'tips-reject-amount-mismatch'),
      })
    })
  })
})

describe('tips reconciliation e2e (emulator)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp({ env: RATES })
  })
  afterAll(async () => {
    await t?.close()
  })

  it('when local tips drift from Telegram, then reconcile reports exactly the differences', async () => {
    const p = await pair(t)
    const paid = []
    for (const amount of [10, 25, 50] as const) {
      const invoice = await openInvoice(t, p, amount)
      paid.push(await payAndRecord(t, p, invoice.message_id))
    }
    const [a, b, c] = paid as [(typeof paid)[0], (typeof paid)[0], (typeof paid)[0]]
    await t.app.services.tips.refund(c.tip.id, 'admin:e2e')
    await t.tg.idle()

    const clean = await t.app.services.tips.reconcile({ pageSize: 2 })
    expect(clean).toMatchObject({
      ok: true,
      telegramCharges: 3,
      localTips: 3,
      telegramTransactions: 4,
      missingLocally: [],
      missingAtTelegram: [],
      refundMismatch: [],
      amountMismatch: [],
    })

    // Drift 1: a refund made at Telegram outside the service heals itself via the refunded_payment update.
    const env = await t.emulator.callApi('refundStarPayment', {
      user_id: p.annTg,
      telegram_payment_charge_id: b.res.telegram_payment_charge_id,
    })
    expect(env.ok).toBe(true)
    await t.tg.until(
      async () =>
        (
          await t.db.db
            .select()
            .from(tips)
            .where(and(eq(tips.id, b.tip.id), eq(tips.status, 'refunded')))
        )[0],
      { what: 'tip b marked refunded' },
    )
    // Drift 2: the local record of a charge got lost (simulated by renaming its charge id).
    await t.db.db.update(tips).set({ telegramPaymentChargeId: 'stxLostLocally' }).where(eq(tips.id, a.tip.id))
    // Drift 3: a refunded tip shows as paid locally.
    await t.db.db.update(tips).set({ status: 'paid', refundedAt: null }).where(eq(tips.id, c.tip.id))

    const report = await t.app.services.tips.reconcile({ pageSize: 2 })
    expect(report.ok).toBe(false)
    expect(report.missingLocally).toEqual([
      expect.objectContaining({ chargeId: a.res.telegram_payment_charge_id, amount: 10, refunded: false }),
    ])
    expect(report.missingAtTelegram).toEqual([
      { tipId: a.tip.id, chargeId: 'stxLostLocally', amount: 10, status: 'paid' },
    ])
    expect(report.refundMismatch).toEqual([
      { tipId: c.tip.id, chargeId: c.res.telegram_payment_charge_id, local: 'paid', telegram: 'refunded' },
    ])
    expect(report.amountMismatch).toEqual([])
  })
})
