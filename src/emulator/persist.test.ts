import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator, type TgUpdate } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'emu-state-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
const freshFile = () => join(dir, `state-${++n}`, 'emulator-state.json')

const open = (stateFile: string, extra: { resetState?: boolean; token?: string } = {}) =>
  createEmulator({ logger: false, stateFile, ...extra })

async function ok<T = unknown>(e: Emulator, method: string, params: Record<string, unknown> = {}) {
  const res = await e.callApi(method, params)
  if (!res.ok) throw new Error(`${method}: ${res.description}`)
  return res.result as T
}

/** A user who wrote /start, got a message and paid a 25-star invoice (the bot polls getUpdates). */
async function usedEmulator(e: Emulator) {
  const ann = e.control.createUser({ first_name: 'Ann' })
  e.control.send(ann.id, { text: '/start' })
  await ok(e, 'sendMessage', { chat_id: ann.id, text: 'Привет' })
  const invoice = await ok<{ message_id: number }>(e, 'sendInvoice', {
    chat_id: ann.id,
    title: 'Tip',
    description: 'Thanks',
    payload: 'tip:1',
    currency: 'XTR',
    prices: [{ label: 'Tip', amount: 25 }],
  })
  const paying = e.control.pay(ann.id, { message_id: invoice.message_id })
  const updates = await ok<TgUpdate[]>(e, 'getUpdates', {})
  const pre = updates.find((u) => u.pre_checkout_query)?.pre_checkout_query as { id: string }
  await ok(e, 'answerPreCheckoutQuery', { pre_checkout_query_id: pre.id, ok: true })
  const paid = await paying
  if (!paid.ok) throw new Error('payment failed')
  const last = await ok<TgUpdate[]>(e, 'getUpdates', {})
  return { ann, paid, lastUpdateId: Math.max(...[...updates, ...last].map((u) => u.update_id)) }
}

describe('emulator state on disk', () => {
  it('when the emulator restarts with the same state file, then users, chats, payments, webhook and the update counter are kept', async () => {
    const file = freshFile()
    const a = open(file)
    const { ann, paid, lastUpdateId } = await usedEmulator(a)
    await ok(a, 'setWebhook', { url: 'http://127.0.0.1:9/telegram/webhook', secret_token: 'abc' })
    await a.close()
    expect(existsSync(file)).toBe(true)
    expect(readdirSync(join(file, '..'))).toEqual(['emulator-state.json'])

    const b = open(file)
    try {
      expect(b.control.listUsers().map((u) => [u.id, u.first_name, u.started])).toEqual([
        [ann.id, 'Ann', true],
      ])
      expect(b.control.inbox(ann.id).messages.map((m) => m.text ?? m.type)).toEqual(['Привет', 'invoice'])
      expect((await ok<{ url: string }>(b, 'getWebhookInfo')).url).toBe('http://127.0.0.1:9/telegram/webhook')
      expect(await ok(b, 'getMyStarBalance')).toEqual({ amount: 25 })
      // an earlier charge can be refunded
      expect(
        await ok(b, 'refundStarPayment', {
          user_id: ann.id,
          telegram_payment_charge_id: paid.telegram_payment_charge_id,
        }),
      ).toBe(true)
      // new users and updates continue the counters, never reuse them
      const bob = b.control.createUser({ first_name: 'Bob' })
      expect(bob.id).toBeGreaterThan(ann.id)
      const next = b.control.send(ann.id, { text: 'ещё' })
      expect(next.update_id).toBeGreaterThan(lastUpdateId + 1) // +1: the refund's service message
      expect(next.message_id).toBeGreaterThan(3)
    } finally {
      await b.close()
    }
  })

  it('when updates were still pending at shutdown, then they are delivered after the restart', async () => {
    const file = freshFile()
    const a = open(file)
    const ann = a.control.createUser({ first_name: 'Ann' })
    const sent = a.control.send(ann.id, { text: 'не потеряй меня' })
    await a.close()
    const b = open(file)
    try {
      const updates = await ok<TgUpdate[]>(b, 'getUpdates', {})
      expect(updates.map((u) => u.update_id)).toEqual([sent.update_id])
      expect((updates[0]!.message as { text: string }).text).toBe('не потеряй меня')
    } finally {
      await b.close()
    }
  })

  it('when the bot registers its webhook again (same URL, after a restart), then waiting updates go at once, not after their backoff', async () => {
    let hits = 0
    const server = createServer((_req, res) => {
      hits++
      res.writeHead(hits === 1 ? 500 : 200).end()
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
    const e = createEmulator({ logger: false, deliveryRetryBaseMs: 600_000 })
    try {
      await ok(e, 'setWebhook', { url })
      const ann = e.control.createUser({ first_name: 'Ann' })
      e.control.send(ann.id, { text: 'hi' })
      // failed (recorded); the next attempt is 10 minutes away
      await expect
        .poll(async () => (await ok<{ last_error_message?: string }>(e, 'getWebhookInfo')).last_error_message)
        .toMatch(/500/)
      expect(hits).toBe(1)
      await ok(e, 'setWebhook', { url })
      await expect.poll(() => hits).toBe(2)
      expect((await e.control.idle(5000)).idle).toBe(true)
    } finally {
      await e.close()
      server.close()
    }
  })

  it('when started with resetState, then the state is fresh but ids keep growing', async () => {
    const file = freshFile()
    const a = open(file)
    const { ann, lastUpdateId } = await usedEmulator(a)
    await a.close()
    const b = open(file, { resetState: true })
    try {
      expect(b.control.listUsers()).toEqual([])
      expect(b.control.payments()).toEqual([])
      const bob = b.control.createUser({ first_name: 'Bob' })
      expect(bob.id).toBeGreaterThan(ann.id)
      expect(b.control.send(bob.id, { text: 'hi' }).update_id).toBeGreaterThan(lastUpdateId)
    } finally {
      await b.close()
    }
    const c = open(file)
    try {
      expect(c.control.listUsers().map((u) => u.first_name)).toEqual(['Bob'])
    } finally {
      await c.close()
    }
  })

  it('when the state changes, then the file follows shortly, without waiting for close', async () => {
    const file = freshFile()
    const a = open(file)
    try {
      a.control.createUser({ first_name: 'Ann' })
      await expect
        .poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), { timeout: 5000 })
        .toContain('"first_name":"Ann"')
    } finally {
      await a.close()
    }
  })

  it('when the state file is corrupt or of another bot, then it is set aside and the emulator starts fresh', async () => {
    const file = freshFile()
    const a = open(file)
    a.control.createUser({ first_name: 'Ann' })
    await a.close()
    const other = open(file, { token: '123456:another_bot_token_here' })
    expect(other.control.listUsers()).toEqual([])
    await other.close()
    writeFileSync(file, '{ not json')
    const b = open(file)
    try {
      expect(b.control.listUsers()).toEqual([])
      const names = readdirSync(join(file, '..'))
      expect(names.filter((x) => x.includes('.unusable-'))).toHaveLength(2)
    } finally {
      await b.close()
    }
  })

  it('when no state file is given, then nothing is written', async () => {
    const before = readdirSync(dir).length
    const e = createEmulator({ logger: false })
    e.control.createUser({ first_name: 'Ann' })
    await e.close()
    expect(readdirSync(dir).length).toBe(before)
  })
})
