import type { Bot } from 'grammy'
import { describe, expect, it } from 'vitest'
import { perTestEmulators, startWebhookBot } from './test-support.js'

const { cleanups, setup: startClosedEmulator } = perTestEmulators()

type PreCheckoutMode = 'ok' | 'reject' | 'ignore'

/** A bot selling a 30-star tip; its pre-checkout answer is switchable; records payments it saw. */
async function setup(mode: { current: PreCheckoutMode }) {
  const t = await startClosedEmulator({ preCheckoutTimeoutMs: 400 })
  const seen: { update_id: number; charge: string }[] = []
  const refunds: string[] = []
  const fake = await startWebhookBot(t, (bot: Bot) => {
    bot.command('tip', (ctx) =>
      ctx.replyWithInvoice('Tip', 'Support the listener', 'tip:ann', 'XTR', [{ label: 'Tip', amount: 30 }]),
    )
    bot.on('pre_checkout_query', async (ctx) => {
      if (mode.current === 'ok') await ctx.answerPreCheckoutQuery(true)
      if (mode.current === 'reject') await ctx.answerPreCheckoutQuery(false, { error_message: 'Sold out' })
    })
    bot.on('message:successful_payment', async (ctx) => {
      seen.push({
        update_id: ctx.update.update_id,
        charge: ctx.message.successful_payment.telegram_payment_charge_id,
      })
      await ctx.reply(`Спасибо! ⭐️${ctx.message.successful_payment.total_amount}`)
    })
    bot.on('message:refunded_payment', (ctx) => {
      refunds.push(ctx.message.refunded_payment.telegram_payment_charge_id)
    })
  })
  cleanups.push(fake.close)
  const ann = await t.startedUser('Ann')
  await t.tg.send(ann.id, '/tip')
  const invoice = await t.tg.waitFor(ann.id, (m) => m.type === 'invoice')
  return { t, bot: fake.bot, ann, invoice, seen, refunds }
}

describe('Stars payments', () => {
  it('when the bot approves the pre-checkout, then successful_payment arrives and a star transaction is recorded', async () => {
    const { t, bot, ann, seen } = await setup({ current: 'ok' })
    const paid = await t.tg.pay(ann.id)
    expect(paid.ok).toBe(true)
    if (!paid.ok) return
    expect(paid.telegram_payment_charge_id).toMatch(/^stx/)
    await t.tg.waitForText(ann.id, 'Спасибо! ⭐️30')
    expect(seen).toEqual([{ update_id: paid.update_id, charge: paid.telegram_payment_charge_id }])
    const pre = (await t.tg.updates({ userId: ann.id })).find((u) => u.type === 'pre_checkout_query')!
    expect(pre.update.pre_checkout_query).toMatchObject({
      from: { id: ann.id },
      currency: 'XTR',
      total_amount: 30,
      invoice_payload: 'tip:ann',
    })
    const tx = await bot.api.getStarTransactions()
    expect(tx.transactions).toEqual([
      {
        id: paid.telegram_payment_charge_id,
        amount: 30,
        date: expect.any(Number),
        source: {
          type: 'user',
          transaction_type: 'invoice_payment',
          user: expect.objectContaining({ id: ann.id }),
          invoice_payload: 'tip:ann',
        },
      },
    ])
    expect(await t.tg.payments()).toEqual([
      expect.objectContaining({
        telegram_payment_charge_id: paid.telegram_payment_charge_id,
        user_id: ann.id,
        total_amount: 30,
        refunded: false,
      }),
    ])
  })

  it('when the bot rejects the pre-checkout, then pay reports its error_message and nothing is charged', async () => {
    const { t, ann } = await setup({ current: 'reject' })
    const paid = await t.tg.pay(ann.id)
    expect(paid).toMatchObject({ ok: false, error_message: 'Sold out' })
    expect(await t.tg.payments()).toEqual([])
    expect((await t.tg.chat(ann.id)).messages.some((m) => m.type === 'successful_payment')).toBe(false)
  })

  it('when the bot never answers, then pay times out and a late answer is "query is too old"', async () => {
    const { t, ann } = await setup({ current: 'ignore' })
    const paid = await t.tg.pay(ann.id)
    expect(paid).toMatchObject({ ok: false, error: 'timeout' })
    const late = await t.api('answerPreCheckoutQuery', {
      pre_checkout_query_id: paid.pre_checkout_query_id,
      ok: true,
    })
    expect(late.description).toBe(
      'Bad Request: query is too old and response timeout expired or query ID is invalid',
    )
  })

  it('when a payment is delivered twice, then the bot sees the same update_id twice', async () => {
    const { t, ann, seen } = await setup({ current: 'ok' })
    const paid = await t.tg.pay(ann.id, { duplicate: true })
    expect(paid.ok).toBe(true)
    await t.tg.idle()
    expect(seen).toHaveLength(2)
    expect(seen[0]).toEqual(seen[1])
  })

  it('when an invoice is already paid, then paying it again is refused with already_paid and nothing is charged twice', async () => {
    const { t, ann, invoice, seen } = await setup({ current: 'ok' })
    const paid = await t.tg.pay(ann.id, { messageId: invoice.message_id })
    expect(paid.ok).toBe(true)
    expect((await t.tg.inbox(ann.id)).find((m) => m.message_id === invoice.message_id)).toMatchObject({
      paid: true,
    })
    const again = await fetch(`${t.url}/control/users/${ann.id}/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message_id: invoice.message_id }),
    })
    expect(again.status).toBe(400)
    expect(await again.json()).toEqual({ ok: false, error: 'already_paid' })
    const viaDriver = await t.tg
      .pay(ann.id, { messageId: invoice.message_id, duplicate: true })
      .catch((e: Error & { status?: number }) => e)
    expect(viaDriver).toMatchObject({ status: 400, message: expect.stringContaining('already_paid') })
    await t.tg.idle()
    expect(seen).toHaveLength(1)
    expect(await t.tg.payments()).toHaveLength(1)
    expect(
      (await t.tg.updates({ userId: ann.id })).filter((u) => u.type === 'pre_checkout_query'),
    ).toHaveLength(1)
  })

  it('when a second pay starts while the first pre-checkout is pending, then it is refused with payment_in_progress', async () => {
    const mode = { current: 'ignore' as PreCheckoutMode }
    const { t, ann, invoice } = await setup(mode)
    const first = t.tg.pay(ann.id, { messageId: invoice.message_id, timeoutMs: 3000 })
    await t.tg.until(
      async () => (await t.tg.updates({ userId: ann.id })).find((u) => u.type === 'pre_checkout_query'),
      { what: 'pre_checkout_query' },
    )
    const second = await t.tg
      .pay(ann.id, { messageId: invoice.message_id })
      .catch((e: Error & { status?: number }) => e)
    expect(second).toMatchObject({ status: 400, message: expect.stringContaining('payment_in_progress') })
    expect(await first).toMatchObject({ ok: false, error: 'timeout' })
    // a timed-out attempt charged nothing, so the invoice can still be paid
    mode.current = 'ok'
    expect((await t.tg.pay(ann.id, { messageId: invoice.message_id })).ok).toBe(true)
  })

  it('when refunding, then it succeeds once, the transaction list gains a receiver entry, and repeats or unknown charges fail', async () => {
    const { t, bot, ann, refunds } = await setup({ current: 'ok' })
    const paid = await t.tg.pay(ann.id)
    if (!paid.ok) throw new Error('payment failed')
    expect(await bot.api.refundStarPayment(ann.id, paid.telegram_payment_charge_id)).toBe(true)
    const again = await t.api('refundStarPayment', {
      user_id: ann.id,
      telegram_payment_charge_id: paid.telegram_payment_charge_id,
    })
    expect(again).toMatchObject({ status: 400, description: 'Bad Request: CHARGE_ALREADY_REFUNDED' })
    const unknown = await t.api('refundStarPayment', {
      user_id: ann.id,
      telegram_payment_charge_id: 'stxnope',
    })
    expect(unknown.description).toBe('Bad Request: CHARGE_NOT_FOUND')
    const tx = await bot.api.getStarTransactions({ offset: 1, limit: 10 })
    expect(tx.transactions).toEqual([
      {
        id: paid.telegram_payment_charge_id,
        amount: 30,
        date: expect.any(Number),
        receiver: {
          type: 'user',
          transaction_type: 'invoice_payment',
          user: expect.objectContaining({ id: ann.id }),
          invoice_payload: 'tip:ann',
        },
      },
    ])
    await t.tg.idle()
    expect(refunds).toEqual([paid.telegram_payment_charge_id])
    expect((await t.tg.payments())[0]!.refunded).toBe(true)
  })

  it('when pay targets a message that is not an invoice, then the control API refuses', async () => {
    const { t, ann } = await setup({ current: 'ok' })
    const err = await t.tg.pay(ann.id, { messageId: 1 }).catch((e: Error & { status?: number }) => e)
    expect(err).toMatchObject({ status: 404 })
  })
})
