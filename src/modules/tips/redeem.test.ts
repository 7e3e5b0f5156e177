import { asc, eq } from 'drizzle-orm'
import { Api } from 'grammy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { ledgerEntries, redemptions, users } from '../../db/schema/index.js'
import { createEmulator, type Emulator } from '../../emulator/index.js'
import { createLogger } from '../../logger.js'
import { createMetrics } from '../../metrics.js'
import { createTipsLedger } from './ledger.js'
import { type CrashPoint, createRedemptions, SimulatedCrash } from './redeem.js'
import { createRedemptionRecovery } from './redeem-recovery.js'
import { insertUser } from './testing.js'

const TOKEN = '1234567890:redeem-test'
const logger = createLogger({ level: 'silent' })
let db: DbHandle
let emulator: Emulator
let api: Api

beforeAll(async () => {
  db = await createTestDb()
  emulator = createEmulator({ token: TOKEN, logger: false })
  api = new Api(TOKEN, { apiRoot: await emulator.listen(0, '127.0.0.1') })
})
afterAll(async () => {
  await emulator?.close()
  await db?.close()
})

/** A helper known to Telegram (emulator) and to us, with `balance` thank-you Stars; the bot has `bot` Stars. */
async function world(opts: { balance: number; bot: number; crashAt?: CrashPoint }) {
  const tg = emulator.control.createUser({ first_name: 'Helper', language_code: 'en' })
  const helper = await insertUser(db.db, { telegramId: tg.id, nickname: 'Calm Fox', language: 'en' })
  await db.db.update(users).set({ starBalance: opts.balance }).where(eq(users.id, helper.id))
  emulator.control.setBotBalance({ amount: opts.bot })
  const metrics = createMetrics()
  const make = (crashAt?: CrashPoint) =>
    createRedemptions({ db: db.db, api, logger, metrics, ...(crashAt ? { crashAt } : {}) })
  const service = make(opts.crashAt)
  const gifts = await service.gifts()
  /** The restarted process: a fresh service and its recovery (recover at once: no delay). */
  const restart = () => {
    const s = make()
    return createRedemptionRecovery({ db: db.db, api, redemptions: s, logger, recoverAfterMs: 0 })
  }
  return { tg, helper, service, gifts, metrics, restart, cheapest: gifts[0]! }
}

async function balanceOf(userId: number) {
  const [u] = await db.db.select({ b: users.starBalance }).from(users).where(eq(users.id, userId))
  return u!.b
}
async function ledgerOf(userId: number) {
  return db.db
    .select({ kind: ledgerEntries.kind, amount: ledgerEntries.amountMinor })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.userId, userId))
    .orderBy(asc(ledgerEntries.id))
}
async function rowsOf(userId: number) {
  return db.db.select().from(redemptions).where(eq(redemptions.userId, userId)).orderBy(asc(redemptions.id))
}
const metric = async (w: { metrics: ReturnType<typeof createMetrics> }) =>
  (await w.metrics.redemptionsTotal.get()).values.map((v) => ({ ...v.labels, n: v.value }))

describe('redemptions (Postgres + emulator)', () => {
  it('when a helper spends Stars on a gift, then the ledger is debited, the gift arrives with the text and the row is sent', async () => {
    const w = await world({ balance: 100, bot: 500 })
    const r = await w.service.redeem(
      w.helper.id,
      { kind: 'gift', giftId: w.cheapest.id },
      'Thank you for listening',
    )
    expect(r).toMatchObject({ ok: true, state: 'sent', balance: 100 - w.cheapest.star_count })
    expect(await balanceOf(w.helper.id)).toBe(100 - w.cheapest.star_count)
    expect(await ledgerOf(w.helper.id)).toEqual([{ kind: 'redeem_debit', amount: -w.cheapest.star_count }])
    expect(emulator.control.gifts({ user_id: w.tg.id })).toMatchObject([
      { kind: 'gift', gift_id: w.cheapest.id },
    ])
    expect(emulator.control.inbox(w.tg.id).messages.at(-1)?.message.gift).toMatchObject({
      text: 'Thank you for listening',
    })
    expect(emulator.control.botBalance().amount).toBe(500 - w.cheapest.star_count)
    expect(await metric(w)).toEqual([{ kind: 'gift', outcome: 'sent', n: 1 }])
  })

  it('when a helper spends 1000 Stars on Premium, then 3 months are gifted at Telegram’s price', async () => {
    const w = await world({ balance: 1200, bot: 1000 })
    const options = await w.service.options(w.helper.id)
    expect(options.premium).toEqual([
      { months: 3, stars: 1000, affordable: true },
      { months: 6, stars: 1500, affordable: false },
      { months: 12, stars: 2500, affordable: false },
    ])
    const r = await w.service.redeem(w.helper.id, { kind: 'premium', months: 3 })
    expect(r).toMatchObject({ ok: true, state: 'sent', balance: 200 })
    expect(emulator.control.gifts({ user_id: w.tg.id })).toMatchObject([{ kind: 'premium', month_count: 3 }])
  })

  it('when the helper’s balance does not cover it, then nothing is debited or sent', async () => {
    const w = await world({ balance: 10, bot: 500 })
    const r = await w.service.redeem(w.helper.id, { kind: 'gift', giftId: w.cheapest.id })
    expect(r).toEqual({ ok: false, reason: 'insufficient', balance: 10 })
    expect(await ledgerOf(w.helper.id)).toEqual([])
    expect(emulator.control.gifts({ user_id: w.tg.id })).toEqual([])
  })

  it('when the bot’s own Star balance is too low, then the helper is refused before any debit', async () => {
    const w = await world({ balance: 100, bot: 0 })
    const r = await w.service.redeem(w.helper.id, { kind: 'gift', giftId: w.cheapest.id })
    expect(r).toEqual({ ok: false, reason: 'bot-balance-low', balance: 100 })
    expect(await rowsOf(w.helper.id)).toEqual([])
    expect(await metric(w)).toEqual([{ kind: 'gift', outcome: 'rejected', n: 1 }])
  })

  it('when the helper cannot receive gifts, then the send fails and the Stars come back with a redeem_refund entry', async () => {
    const w = await world({ balance: 100, bot: 500 })
    emulator.control.giftSettings(w.tg.id, { gifts: false })
    const r = await w.service.redeem(w.helper.id, { kind: 'gift', giftId: w.cheapest.id })
    expect(r).toMatchObject({ ok: true, state: 'failed', failure: 'recipient-refuses', balance: 100 })
    expect(await ledgerOf(w.helper.id)).toEqual([
      { kind: 'redeem_debit', amount: -w.cheapest.star_count },
      { kind: 'redeem_refund', amount: w.cheapest.star_count },
    ])
    expect((await rowsOf(w.helper.id))[0]?.state).toBe('failed')
    expect(emulator.control.botBalance().amount).toBe(500)
  })

  it('when an unknown gift id is chosen, then it is refused without a debit', async () => {
    const w = await world({ balance: 100, bot: 500 })
    expect(await w.service.redeem(w.helper.id, { kind: 'gift', giftId: 'nope' })).toMatchObject({
      ok: false,
      reason: 'unknown-item',
    })
  })

  it('when two redemptions of one balance run at once, then only what the balance covers is debited and sent', async () => {
    const w = await world({ balance: 40, bot: 5000 })
    const gift = w.gifts.find((g) => g.star_count === 25)!
    const results = await Promise.all([
      w.service.redeem(w.helper.id, { kind: 'gift', giftId: gift.id }),
      w.service.redeem(w.helper.id, { kind: 'gift', giftId: gift.id }),
    ])
    expect(results.filter((r) => r.ok && r.state === 'sent')).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.reason === 'insufficient')).toHaveLength(1)
    expect(await balanceOf(w.helper.id)).toBe(15)
    expect(emulator.control.gifts({ user_id: w.tg.id })).toHaveLength(1)
  })

  it('when the process dies after the debit and before the send, then recovery sends exactly one gift', async () => {
    const w = await world({ balance: 100, bot: 500, crashAt: 'after-debit' })
    await expect(
      w.service.redeem(w.helper.id, { kind: 'gift', giftId: w.cheapest.id }),
    ).rejects.toBeInstanceOf(SimulatedCrash)
    expect((await rowsOf(w.helper.id))[0]?.state).toBe('pending')
    expect(emulator.control.gifts({ user_id: w.tg.id })).toEqual([])
    const recovery = w.restart()
    // two processes sweeping at once: one claims the row, the other finds nothing to do
    const [a, b] = await Promise.all([recovery.recover(), w.restart().recover()])
    expect(a.resent + b.resent).toBe(1)
    expect(await recovery.recover()).toMatchObject({ checked: 0 })
    expect(emulator.control.gifts({ user_id: w.tg.id })).toHaveLength(1)
    expect((await rowsOf(w.helper.id))[0]?.state).toBe('sent')
    expect(await ledgerOf(w.helper.id)).toEqual([{ kind: 'redeem_debit', amount: -w.cheapest.star_count }])
  })

  it('when the process dies after Telegram sent the gift, then recovery marks it sent without a second gift', async () => {
    const w = await world({ balance: 100, bot: 500, crashAt: 'after-send' })
    await expect(
      w.service.redeem(w.helper.id, { kind: 'gift', giftId: w.cheapest.id }),
    ).rejects.toBeInstanceOf(SimulatedCrash)
    expect(emulator.control.gifts({ user_id: w.tg.id })).toHaveLength(1)
    const report = await w.restart().recover()
    expect(report).toMatchObject({ checked: 1, alreadySent: 1, resent: 0 })
    expect(emulator.control.gifts({ user_id: w.tg.id })).toHaveLength(1)
    expect((await rowsOf(w.helper.id))[0]?.state).toBe('sent')
  })

  it('when Telegram’s answer is lost (connection dropped), then the row stays pending and recovery finishes it once', async () => {
    const w = await world({ balance: 100, bot: 500 })
    emulator.control.addFault({ method: 'sendGift', status: 0 })
    const r = await w.service.redeem(w.helper.id, { kind: 'gift', giftId: w.cheapest.id })
    expect(r).toMatchObject({ ok: true, state: 'pending' })
    const report = await w.restart().recover()
    expect(report).toMatchObject({ resent: 1 })
    expect(emulator.control.gifts({ user_id: w.tg.id })).toHaveLength(1)
    const reconcile = await w.restart().reconcile()
    expect(reconcile.ledgerMismatch).toEqual([])
    expect(reconcile.giftMismatch.filter((m) => m.userId === w.helper.id)).toEqual([])
  })

  it('when the ledger and Telegram disagree, then reconciliation lists it', async () => {
    const w = await world({ balance: 100, bot: 500 })
    await w.service.redeem(w.helper.id, { kind: 'gift', giftId: w.cheapest.id })
    // a gift sent behind the ledger's back (e.g. by hand): Telegram lists two, one row is sent
    await api.sendGift(w.tg.id, w.cheapest.id)
    const report = await w.restart().reconcile()
    expect(report.ok).toBe(false)
    expect(report.giftMismatch).toContainEqual({
      userId: w.helper.id,
      kind: 'gift',
      item: w.cheapest.id,
      sent: 1,
      telegram: 2,
    })
  })

  it('when the helper erased their account before recovery, then nothing is sent and the returned Stars are forfeited too', async () => {
    const w = await world({ balance: 100, bot: 500, crashAt: 'after-debit' })
    await expect(
      w.service.redeem(w.helper.id, { kind: 'gift', giftId: w.cheapest.id }),
    ).rejects.toBeInstanceOf(SimulatedCrash)
    // /delete_me: telegram id gone, the balance forfeited
    await db.db
      .update(users)
      .set({ telegramId: null, deletedAt: new Date() })
      .where(eq(users.id, w.helper.id))
    await createTipsLedger({ db: db.db }).forfeitBalance(w.helper.id)
    expect(await w.restart().recover()).toMatchObject({ checked: 1, failed: 1, resent: 0 })
    expect(emulator.control.gifts({ user_id: w.tg.id })).toEqual([])
    const price = w.cheapest.star_count
    expect(await ledgerOf(w.helper.id)).toEqual([
      { kind: 'redeem_debit', amount: -price },
      { kind: 'forfeit_on_delete', amount: -(100 - price) },
      { kind: 'redeem_refund', amount: price },
      { kind: 'forfeit_on_delete', amount: -price },
    ])
    expect(await balanceOf(w.helper.id)).toBe(0)
  })
})
