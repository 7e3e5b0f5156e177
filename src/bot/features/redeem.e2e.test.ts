import { asc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { TestApp } from '../../../test/helpers/app.js'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { redemptions, users } from '../../db/schema/index.js'
import { balanceOf, insertUser, ledgerOf } from '../../modules/tips/testing.js'

const ADMIN_TOKEN = 'redeem-e2e-admin-token-0123'

/** Logs in to the dashboard (English) and returns the cookies for later requests. */
async function adminCookies(t: TestApp) {
  const res = await t.app.server.inject({
    method: 'POST',
    url: '/admin/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ token: ADMIN_TOKEN, name: 'Ann' }).toString(),
  })
  const cookie = res.cookies.find((c) => c.name === 'tno_admin')
  if (!cookie) throw new Error(`login failed: ${res.statusCode}`)
  return { tno_admin: cookie.value, tno_admin_lang: 'en' }
}

/** A helper who wrote to the bot and has `balance` thank-you Stars; the bot holds `bot` Stars. */
async function helper(t: TestApp, opts: { balance: number; bot: number; lang?: 'ru' | 'en' }) {
  const lang = opts.lang ?? 'en'
  const tg = await t.tg.createUser({ first_name: 'Helper', language_code: lang })
  const row = await insertUser(t.db.db, { telegramId: tg.id, nickname: 'Calm Fox', language: lang })
  await t.db.db.update(users).set({ starBalance: opts.balance }).where(eq(users.id, row.id))
  t.emulator.control.setBotBalance({ amount: opts.bot })
  return { tg: tg.id, id: row.id }
}

async function statesOf(t: TestApp, userId: number) {
  const rows = await t.db.db
    .select({ state: redemptions.state })
    .from(redemptions)
    .where(eq(redemptions.userId, userId))
    .orderBy(asc(redemptions.id))
  return rows.map((r) => r.state)
}

/** /balance → press the item's button → press "Yes, spend" on the confirmation; returns the confirmation id. */
async function redeemVia(t: TestApp, h: { tg: number }, item: RegExp) {
  let mark = await t.tg.mark(h.tg)
  await t.tg.send(h.tg, '/balance')
  await t.tg.waitFor(h.tg, (m) => m.buttons.length > 0, { afterMessageId: mark })
  mark = await t.tg.mark(h.tg)
  await t.tg.pressButton(h.tg, item)
  const confirm = await t.tg.waitFor(h.tg, (m) => m.buttons.some((b) => /spend|потратить/i.test(b.text)), {
    afterMessageId: mark,
  })
  const yes = confirm.buttons.find((b) => /spend|потратить/i.test(b.text))!
  await t.tg.press(h.tg, confirm.message_id, yes.callback_data!)
  return confirm.message_id
}

/** The confirmation message edited into its result (not "Sending…"). */
async function resultOf(t: TestApp, h: { tg: number }, messageId: number) {
  const m = await t.tg.waitFor(
    h.tg,
    (m) => m.message_id === messageId && !m.buttons.length && !/Sending|Отправляю/.test(m.text ?? ''),
  )
  return m.text ?? ''
}

describe('redeem e2e (emulator)', () => {
  const t = testAppPerFile({ env: { REDEEM_RECOVER_AFTER_SEC: '1', ADMIN_TOKEN } })

  it('when a helper spends Stars on a gift via /balance, then the gift arrives with a thank-you and the balance drops', async () => {
    const h = await helper(t, { balance: 40, bot: 1000 })
    const id = await redeemVia(t, h, /15 ⭐/)
    expect(await resultOf(t, h, id)).toMatch(/Done! The gift is in this chat\. Your balance: 25 ⭐/)
    const gifts = t.emulator.control.gifts({ user_id: h.tg })
    expect(gifts).toMatchObject([{ kind: 'gift', star_count: 15 }])
    const giftMsg = (await t.tg.inbox(h.tg)).find((m) => m.message.gift)
    expect(giftMsg?.message.gift).toMatchObject({ text: 'Thank you for being there for others 💛' })
    expect(await ledgerOf(t.db.db, h.id)).toEqual([{ kind: 'redeem_debit', amount: -15 }])
    expect(await statesOf(t, h.id)).toEqual(['sent'])
    const metrics = await t.app.metrics.registry.metrics()
    expect(metrics).toMatch(/tno_redemptions_total\{kind="gift",outcome="sent"\} [1-9]/)
  })

  it('when a helper spends 1000 Stars on Premium (ru), then 3 months are gifted and the result is in Russian', async () => {
    const h = await helper(t, { balance: 1100, bot: 5000, lang: 'ru' })
    const id = await redeemVia(t, h, /Premium 3 мес/)
    expect(await resultOf(t, h, id)).toMatch(/Telegram Premium на 3 мес\. — ваш\. Ваш баланс: 100 ⭐/)
    expect(t.emulator.control.gifts({ user_id: h.tg })).toMatchObject([{ kind: 'premium', month_count: 3 }])
  })

  it('when the bot does not have enough Stars, then the helper is told and nothing is debited', async () => {
    const h = await helper(t, { balance: 40, bot: 1000 })
    let mark = await t.tg.mark(h.tg)
    await t.tg.send(h.tg, '/balance')
    await t.tg.waitFor(h.tg, (m) => m.buttons.length > 0, { afterMessageId: mark })
    t.emulator.control.setBotBalance({ amount: 5 })
    mark = await t.tg.mark(h.tg)
    await t.tg.pressButton(h.tg, /15 ⭐/)
    const confirm = await t.tg.waitFor(h.tg, (m) => m.buttons.length === 2, { afterMessageId: mark })
    await t.tg.press(h.tg, confirm.message_id, confirm.buttons[0]!.callback_data!)
    expect(await resultOf(t, h, confirm.message_id)).toMatch(/can't pay for that right now.*\(40 ⭐\)/s)
    expect(await ledgerOf(t.db.db, h.id)).toEqual([])
    expect(t.emulator.control.gifts({ user_id: h.tg })).toEqual([])
  })

  it('when the helper’s settings refuse gifts, then the send fails and the Stars come back to the balance', async () => {
    const h = await helper(t, { balance: 40, bot: 1000 })
    t.emulator.control.giftSettings(h.tg, { gifts: false })
    const id = await redeemVia(t, h, /15 ⭐/)
    expect(await resultOf(t, h, id)).toMatch(/privacy settings.*back on your balance: 40 ⭐/s)
    expect(await ledgerOf(t.db.db, h.id)).toEqual([
      { kind: 'redeem_debit', amount: -15 },
      { kind: 'redeem_refund', amount: 15 },
    ])
    expect(await statesOf(t, h.id)).toEqual(['failed'])
    expect(await balanceOf(t.db.db, h.id)).toBe(40)
  })

  it('when two confirmations of one balance are pressed at once, then only what the balance covers is sent', async () => {
    const h = await helper(t, { balance: 40, bot: 1000 })
    const confirms: { message_id: number; data: string }[] = []
    for (let i = 0; i < 2; i++) {
      let mark = await t.tg.mark(h.tg)
      await t.tg.send(h.tg, '/balance')
      await t.tg.waitFor(h.tg, (m) => m.buttons.length > 0, { afterMessageId: mark })
      mark = await t.tg.mark(h.tg)
      await t.tg.pressButton(h.tg, /25 ⭐/)
      const c = await t.tg.waitFor(h.tg, (m) => m.buttons.length === 2, { afterMessageId: mark })
      confirms.push({ message_id: c.message_id, data: c.buttons[0]!.callback_data! })
    }
    await Promise.all(confirms.map((c) => t.tg.press(h.tg, c.message_id, c.data)))
    const texts = await Promise.all(confirms.map((c) => resultOf(t, h, c.message_id)))
    expect(texts.filter((x) => /Done!/.test(x))).toHaveLength(1)
    expect(texts.filter((x) => /isn't enough for that: 15 ⭐/.test(x))).toHaveLength(1)
    expect(t.emulator.control.gifts({ user_id: h.tg })).toHaveLength(1)
    expect(await balanceOf(t.db.db, h.id)).toBe(15)
  })

  it('when Telegram’s answer to the send is lost, then the helper hears "on its way" and the sweeper delivers exactly one gift', async () => {
    const h = await helper(t, { balance: 40, bot: 1000 })
    await t.tg.fault({ method: 'sendGift', chat_id: h.tg, status: 0 })
    const id = await redeemVia(t, h, /15 ⭐/)
    expect(await resultOf(t, h, id)).toMatch(/on its way/)
    await t.tg.until(async () => (await statesOf(t, h.id))[0] === 'sent', {
      what: 'the sweeper',
      timeoutMs: 15_000,
    })
    // …and the helper, who had only heard "on its way", is told it arrived
    await t.tg.waitForText(h.tg, /Done! The gift is in this chat\. Your balance: 25 ⭐/, {
      afterMessageId: id,
    })
    expect(t.emulator.control.gifts({ user_id: h.tg })).toHaveLength(1)
    expect(await ledgerOf(t.db.db, h.id)).toEqual([{ kind: 'redeem_debit', amount: -15 }])
  })

  it('when the balance is positive, then /tips offers "Spend my Stars" which opens the menu', async () => {
    const h = await helper(t, { balance: 20, bot: 1000 })
    const mark = await t.tg.mark(h.tg)
    await t.tg.send(h.tg, '/tips')
    await t.tg.pressButton(h.tg, /Spend my Stars/)
    await t.tg.waitForText(h.tg, /Your balance: 20 ⭐/, { afterMessageId: mark })
  })

  it('when redemptions exist, then the dashboard lists them and reconciliation flags a gift the ledger does not know', async () => {
    const h = await helper(t, { balance: 40, bot: 1000 })
    await resultOf(t, h, await redeemVia(t, h, /15 ⭐/))
    const cookies = await adminCookies(t)
    let page = await t.app.server.inject({ method: 'GET', url: '/admin/redemptions', cookies })
    expect(page.statusCode).toBe(200)
    expect(page.body).toMatch(/Reconciliation: every redemption matches/)
    expect(page.body).toContain('failed (Stars returned)')
    expect(page.body).toMatch(
      new RegExp(`data-redemption-id="\\d+"><td>\\d+</td><td><a href="/admin/users/${h.id}">Calm Fox`),
    )
    // a gift sent outside the redemption flow: Telegram lists one more than the rows marked sent
    const gift = t.emulator.control.gifts({ user_id: h.tg })[0]!
    await t.app.api.sendGift(h.tg, gift.gift_id!)
    page = await t.app.server.inject({ method: 'GET', url: '/admin/redemptions', cookies })
    expect(page.body).toMatch(
      new RegExp(`User #${h.id}, gift ${gift.gift_id}: 1 marked sent here, 2 at Telegram`),
    )
  })
})
