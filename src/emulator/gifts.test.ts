import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from './index.js'

const TOKEN = '1234567890:gifts-test'
let em: Emulator | undefined

afterEach(async () => {
  await em?.close()
  em = undefined
})

async function setup() {
  em = createEmulator({ token: TOKEN, logger: false })
  const user = em.control.createUser({ first_name: 'Ann' })
  const call = async (method: string, params: Record<string, unknown> = {}) => em!.callApi(method, params)
  return { em, user, call }
}

const giftIds = async (call: (m: string) => Promise<{ ok: boolean; result?: unknown }>) => {
  const r = (await call('getAvailableGifts')) as { result: { gifts: { id: string; star_count: number }[] } }
  return r.result.gifts
}

describe('emulator gifts', () => {
  it('when gifts are listed, then each has an id, a regular sticker and a Star price', async () => {
    const { call } = await setup()
    const gifts = await giftIds(call)
    expect(gifts.length).toBeGreaterThan(3)
    for (const g of gifts) {
      expect(g).toMatchObject({ id: expect.any(String), star_count: expect.any(Number) })
      expect((g as unknown as { sticker: { type: string } }).sticker.type).toBe('regular')
    }
  })

  it('when the bot has Stars, then sendGift spends them, lists a gift_purchase transaction and shows the gift in the chat', async () => {
    const { em, user, call } = await setup()
    em.control.setBotBalance({ amount: 100 })
    const [gift] = await giftIds(call)
    const r = await call('sendGift', { user_id: user.id, gift_id: gift!.id, text: 'Спасибо!' })
    expect(r).toEqual({ ok: true, result: true })
    expect(em.control.botBalance()).toEqual({ amount: 100 - gift!.star_count })
    expect(await call('getMyStarBalance')).toEqual({ ok: true, result: { amount: 100 - gift!.star_count } })
    expect(em.control.gifts({ user_id: user.id })).toMatchObject([
      { kind: 'gift', user_id: user.id, gift_id: gift!.id, star_count: gift!.star_count },
    ])
    const tx = (await call('getStarTransactions')) as {
      result: { transactions: { amount: number; receiver: Record<string, unknown> }[] }
    }
    expect(tx.result.transactions[0]).toMatchObject({
      amount: gift!.star_count,
      receiver: {
        type: 'user',
        transaction_type: 'gift_purchase',
        user: { id: user.id },
        gift: { id: gift!.id },
      },
    })
    const msg = em.control.inbox(user.id).messages.at(-1)!
    expect(msg.message.gift).toMatchObject({ gift: { id: gift!.id }, text: 'Спасибо!' })
  })

  it('when the balance does not cover the gift, then BALANCE_TOO_LOW and nothing is spent', async () => {
    const { em, user, call } = await setup()
    const [gift] = await giftIds(call)
    em.control.setBotBalance({ amount: gift!.star_count - 1 })
    const r = await call('sendGift', { user_id: user.id, gift_id: gift!.id })
    expect(r).toMatchObject({ ok: false, error_code: 400, description: 'Bad Request: BALANCE_TOO_LOW' })
    expect(em.control.gifts()).toEqual([])
    expect(em.control.botBalance().amount).toBe(gift!.star_count - 1)
  })

  it('when the gift id is unknown, or the user refuses gifts, or the text is too long, then 400 and nothing is spent', async () => {
    const { em, user, call } = await setup()
    em.control.setBotBalance({ amount: 1000 })
    const [gift] = await giftIds(call)
    expect(await call('sendGift', { user_id: user.id, gift_id: '42' })).toMatchObject({
      description: 'Bad Request: STARGIFT_INVALID',
    })
    expect(
      await call('sendGift', { user_id: user.id, gift_id: gift!.id, text: 'x'.repeat(129) }),
    ).toMatchObject({
      description: 'Bad Request: text is too long',
    })
    expect(await call('sendGift', { gift_id: gift!.id })).toMatchObject({ error_code: 400 })
    expect(await call('sendGift', { user_id: 999, gift_id: gift!.id })).toMatchObject({
      description: 'Bad Request: USER_ID_INVALID',
    })
    expect(em.control.giftSettings(user.id, { gifts: false })).toMatchObject({ gifts_disallowed: true })
    expect(await call('sendGift', { user_id: user.id, gift_id: gift!.id })).toMatchObject({
      description: 'Bad Request: USER_DISALLOWED_STARGIFTS',
    })
    expect(em.control.gifts()).toEqual([])
    expect(em.control.botBalance().amount).toBe(1000)
    em.control.giftSettings(user.id, { gifts: true })
    expect(await call('sendGift', { user_id: user.id, gift_id: gift!.id })).toMatchObject({ ok: true })
  })

  it('when Premium is gifted, then only 3/6/12 months at 1000/1500/2500 Stars are accepted', async () => {
    const { em, user, call } = await setup()
    em.control.setBotBalance({ amount: 1200 })
    expect(
      await call('giftPremiumSubscription', { user_id: user.id, month_count: 4, star_count: 1000 }),
    ).toMatchObject({
      description: 'Bad Request: invalid month_count specified',
    })
    expect(
      await call('giftPremiumSubscription', { user_id: user.id, month_count: 6, star_count: 1000 }),
    ).toMatchObject({
      description: 'Bad Request: invalid star_count specified',
    })
    expect(
      await call('giftPremiumSubscription', { user_id: user.id, month_count: 6, star_count: 1500 }),
    ).toMatchObject({
      description: 'Bad Request: BALANCE_TOO_LOW',
    })
    em.control.giftSettings(user.id, { premium: false })
    expect(
      await call('giftPremiumSubscription', { user_id: user.id, month_count: 3, star_count: 1000 }),
    ).toMatchObject({
      description: 'Bad Request: USER_DISALLOWED_PREMIUM_GIFTS',
    })
    em.control.giftSettings(user.id, { premium: true })
    expect(
      await call('giftPremiumSubscription', { user_id: user.id, month_count: 3, star_count: 1000 }),
    ).toEqual({
      ok: true,
      result: true,
    })
    expect(em.control.botBalance().amount).toBe(200)
    expect(em.control.gifts()).toMatchObject([{ kind: 'premium', month_count: 3, star_count: 1000 }])
  })

  it('when reached over HTTP, then the control routes set the balance, the gift settings and list gifts', async () => {
    const { em, user, call } = await setup()
    const url = await em.listen(0, '127.0.0.1')
    const post = (path: string, body: unknown) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      }).then((r) => r.json())
    expect(await post('/control/bot/balance', { amount: 40 })).toEqual({ amount: 40 })
    expect(await fetch(`${url}/control/bot/balance`).then((r) => r.json())).toEqual({ amount: 40 })
    expect(await post(`/control/users/${user.id}/gifts`, { gifts: false })).toMatchObject({
      gifts_disallowed: true,
    })
    await post(`/control/users/${user.id}/gifts`, { gifts: true })
    const [gift] = await giftIds(call)
    await call('sendGift', { chat_id: user.id, gift_id: gift!.id })
    const listed = await fetch(`${url}/control/gifts?user_id=${user.id}`).then((r) => r.json())
    expect(listed).toMatchObject([{ kind: 'gift', gift_id: gift!.id, user_id: user.id }])
  })

  it('when the emulator restarts on its state file, then the balance, the gifts sent and the gift settings are kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-gifts-'))
    const file = join(dir, 'emulator-state.json')
    try {
      const a = createEmulator({ token: TOKEN, logger: false, stateFile: file })
      const ann = a.control.createUser({ first_name: 'Ann' })
      const bob = a.control.createUser({ first_name: 'Bob' })
      a.control.setBotBalance({ amount: 100 })
      a.control.giftSettings(bob.id, { gifts: false })
      const gifts = (
        (await a.callApi('getAvailableGifts')) as { result: { gifts: { id: string; star_count: number }[] } }
      ).result.gifts
      await a.callApi('sendGift', { user_id: ann.id, gift_id: gifts[0]!.id })
      await a.close()
      em = createEmulator({ token: TOKEN, logger: false, stateFile: file })
      expect(em.control.botBalance()).toEqual({ amount: 100 - gifts[0]!.star_count })
      expect(em.control.gifts()).toMatchObject([{ user_id: ann.id, gift_id: gifts[0]!.id }])
      expect(em.control.getUser(bob.id)).toMatchObject({ gifts_disallowed: true })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
