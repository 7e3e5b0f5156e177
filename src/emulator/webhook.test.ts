import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import type { TgUpdate } from './index.js'
import { perTestEmulators } from './test-support.js'

interface Received {
  update: TgUpdate & { message?: { message_id: number; chat: { id: number } }; callback_query?: unknown }
  secret: string | undefined
  at: number
}

/** A webhook endpoint whose answer per request is decided by the test. */
async function startReceiver(
  respond: (r: Received, res: ServerResponse) => void | Promise<void> = (_r, res) => {
    res.end('ok')
  },
) {
  const received: Received[] = []
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const r: Received = {
        update: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Received['update'],
        secret: req.headers['x-telegram-bot-api-secret-token'] as string | undefined,
        at: Date.now(),
      }
      received.push(r)
      void respond(r, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  return {
    url,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

const { cleanups, setup } = perTestEmulators()

const chatOf = (r: Received) => (r.update.message?.chat.id ?? 0) as number

describe('webhook delivery', () => {
  it('when a secret token is set, then updates arrive as JSON with X-Telegram-Bot-Api-Secret-Token', async () => {
    const t = await setup()
    const hook = await startReceiver()
    cleanups.push(hook.close)
    const set = await t.api('setWebhook', { url: hook.url, secret_token: 's3cr3t_-X' })
    expect(set).toMatchObject({ ok: true, result: true, description: 'Webhook was set' })
    const ann = await t.tg.createUser({ first_name: 'Ann' })
    const sent = await t.tg.send(ann.id, '/start ref_1')
    await t.tg.idle()
    expect(hook.received).toHaveLength(1)
    expect(hook.received[0]!.secret).toBe('s3cr3t_-X')
    expect(hook.received[0]!.update).toMatchObject({
      update_id: sent.update_id,
      message: {
        message_id: sent.message_id,
        from: { id: ann.id, is_bot: false, first_name: 'Ann', language_code: 'ru' },
        chat: { id: ann.id, type: 'private' },
        text: '/start ref_1',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    })
    const info = await t.api('getWebhookInfo')
    expect(info.result).toEqual({
      url: hook.url,
      has_custom_certificate: false,
      pending_update_count: 0,
      max_connections: 40,
    })
    expect((await t.api('setWebhook', { url: hook.url, secret_token: 'bad secret!' })).description).toBe(
      'Bad Request: secret token contains unallowed characters',
    )
  })

  it('when many chats send at once, then each chat is strictly sequential while chats run in parallel', async () => {
    const t = await setup()
    const users = await Promise.all([1, 2, 3].map((i) => t.tg.createUser({ first_name: `U${i}` })))
    const inFlight = new Map<number, number>()
    let maxPerChat = 0
    let maxTotal = 0
    let total = 0
    const seenChats = new Set<number>()
    let openBarrier!: () => void
    const barrier = new Promise<void>((r) => {
      openBarrier = r
    })
    const barrierTimeout = setTimeout(openBarrier, 5000)
    const hook = await startReceiver(async (r, res) => {
      const chat = chatOf(r)
      inFlight.set(chat, (inFlight.get(chat) ?? 0) + 1)
      total++
      maxPerChat = Math.max(maxPerChat, inFlight.get(chat)!)
      maxTotal = Math.max(maxTotal, total)
      seenChats.add(chat)
      if (seenChats.size === users.length) openBarrier()
      // hold every request until all three chats have one in flight: a serial dispatcher would stall here
      await barrier
      await new Promise((resolve) => setTimeout(resolve, 5))
      inFlight.set(chat, inFlight.get(chat)! - 1)
      total--
      res.end()
    })
    cleanups.push(hook.close)
    cleanups.push(async () => clearTimeout(barrierTimeout))
    // queue everything before the webhook exists so the dispatcher sees all chats at once
    for (let i = 1; i <= 5; i++) for (const u of users) await t.tg.send(u.id, `m${i}`)
    await t.api('setWebhook', { url: hook.url })
    await t.tg.idle()
    expect(hook.received).toHaveLength(15)
    expect(maxPerChat).toBe(1)
    expect(maxTotal).toBe(3)
    for (const u of users) {
      const texts = hook.received
        .filter((r) => chatOf(r) === u.id)
        .map((r) => (r.update.message as { text?: string }).text)
      expect(texts).toEqual(['m1', 'm2', 'm3', 'm4', 'm5'])
    }
  })

  it('when max_connections is 1, then deliveries never overlap', async () => {
    const t = await setup()
    let open = 0
    let maxOpen = 0
    const hook = await startReceiver(async (_r, res) => {
      open++
      maxOpen = Math.max(maxOpen, open)
      await new Promise((resolve) => setTimeout(resolve, 5))
      open--
      res.end()
    })
    cleanups.push(hook.close)
    const users = await Promise.all([1, 2, 3].map(() => t.tg.createUser()))
    for (const u of users) await t.tg.send(u.id, 'hi')
    await t.api('setWebhook', { url: hook.url, max_connections: 1 })
    await t.tg.idle()
    expect(hook.received).toHaveLength(3)
    expect(maxOpen).toBe(1)
  })

  it('when the webhook answers 500, then the update is retried with growing backoff, later updates of the chat wait, and the error is reported', async () => {
    const t = await setup({ deliveryRetryBaseMs: 40 })
    let failuresLeft = 3
    const hook = await startReceiver((_r, res) => {
      if (failuresLeft-- > 0) {
        res.statusCode = 500
        res.end('boom')
      } else res.end()
    })
    cleanups.push(hook.close)
    await t.api('setWebhook', { url: hook.url })
    const ann = await t.tg.createUser()
    const first = await t.tg.send(ann.id, 'first')
    const second = await t.tg.send(ann.id, 'second')
    await t.tg.until(async () => hook.received.length >= 2, { what: 'a failed attempt' })
    const info = (await t.api('getWebhookInfo')).result as Record<string, unknown>
    expect(info.last_error_message).toBe('Wrong response from the webhook: 500 Internal Server Error')
    expect(info.last_error_date).toBeTypeOf('number')
    expect(info.pending_update_count).toBe(2)
    await t.tg.idle()
    const ids = hook.received.map((r) => r.update.update_id)
    expect(ids).toEqual([
      first.update_id,
      first.update_id,
      first.update_id,
      first.update_id,
      second.update_id,
    ])
    const gaps = hook.received.slice(1, 4).map((r, i) => r.at - hook.received[i]!.at)
    // 40, 80, 160 ms nominal; timers never fire early, allow clock granularity
    expect(gaps[0]).toBeGreaterThanOrEqual(35)
    expect(gaps[1]).toBeGreaterThanOrEqual(75)
    expect(gaps[2]).toBeGreaterThanOrEqual(155)
    const log = await t.tg.updates({ userId: ann.id })
    expect(log.find((u) => u.update_id === first.update_id)).toMatchObject({
      status: 'delivered',
      attempts: 4,
    })
    const stats = await t.tg.stats()
    expect(stats.updates).toMatchObject({ delivery_failures: 3, retries: 3, delivered: 2 })
  })

  it('when the webhook is unreachable, then updates stay pending with "Connection refused" and go out once it is up', async () => {
    const t = await setup({ deliveryRetryBaseMs: 20, deliveryRetryMaxMs: 100 })
    const hook = await startReceiver()
    const url = hook.url
    await hook.close()
    await t.api('setWebhook', { url })
    const ann = await t.tg.createUser()
    await t.tg.send(ann.id, 'hello')
    await t.tg.until(
      async () => {
        const info = (await t.api('getWebhookInfo')).result as { last_error_message?: string }
        return info.last_error_message === 'Connection refused'
      },
      { what: 'connection refused error' },
    )
    expect((await t.tg.idle(50).catch((e: Error) => e)) instanceof Error).toBe(true)
    const hook2 = await startReceiver()
    cleanups.push(hook2.close)
    await t.api('setWebhook', { url: hook2.url })
    await t.tg.idle()
    expect(hook2.received).toHaveLength(1)
  })

  it('when a webhook fault of mode duplicate is injected, then the bot receives the same update twice', async () => {
    const t = await setup()
    const hook = await startReceiver()
    cleanups.push(hook.close)
    await t.api('setWebhook', { url: hook.url })
    await t.tg.fault({ webhook: { mode: 'duplicate', count: 1 } })
    const ann = await t.tg.createUser()
    const sent = await t.tg.send(ann.id, 'once')
    await t.tg.idle()
    expect(hook.received.map((r) => r.update.update_id)).toEqual([sent.update_id, sent.update_id])
    await t.tg.redeliver(sent.update_id)
    await t.tg.idle()
    expect(hook.received).toHaveLength(3)
  })

  it('when allowed_updates lists only messages, then callback queries are filtered out', async () => {
    const t = await setup()
    const hook = await startReceiver()
    cleanups.push(hook.close)
    await t.api('setWebhook', { url: hook.url, allowed_updates: ['message'] })
    const ann = await t.startedUser()
    const m = await t.api('sendMessage', {
      chat_id: ann.id,
      text: 'x',
      reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: 'b' }]] },
    })
    await t.tg.press(ann.id, (m.result as { message_id: number }).message_id, 'b')
    await t.tg.idle()
    expect(hook.received.map((r) => Object.keys(r.update).filter((k) => k !== 'update_id')[0])).toEqual([
      'message',
    ])
    expect(await t.tg.updates({ status: 'filtered' })).toHaveLength(1)
    expect(((await t.api('getWebhookInfo')).result as { allowed_updates: string[] }).allowed_updates).toEqual(
      ['message'],
    )
  })

  it('when drop_pending_updates is set, then queued updates are discarded', async () => {
    const t = await setup()
    const hook = await startReceiver()
    cleanups.push(hook.close)
    const ann = await t.tg.createUser()
    await t.tg.send(ann.id, 'old1')
    await t.tg.send(ann.id, 'old2')
    await t.api('setWebhook', { url: hook.url, drop_pending_updates: true })
    const fresh = await t.tg.send(ann.id, 'new')
    await t.tg.idle()
    expect(hook.received.map((r) => r.update.update_id)).toEqual([fresh.update_id])
  })

  it('when the webhook replies with a method in its body, then the emulator executes it', async () => {
    const t = await setup()
    const hook = await startReceiver((r, res) => {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ method: 'sendMessage', chat_id: chatOf(r), text: 'webhook reply' }))
    })
    cleanups.push(hook.close)
    await t.api('setWebhook', { url: hook.url })
    const ann = await t.tg.createUser()
    await t.tg.send(ann.id, 'hi')
    await t.tg.waitForText(ann.id, 'webhook reply')
  })
})

describe('getUpdates', () => {
  it('when polling, then updates come in order, offset confirms them, and a long poll wakes on new updates', async () => {
    const t = await setup()
    const ann = await t.tg.createUser()
    const a = await t.tg.send(ann.id, 'a')
    const b = await t.tg.send(ann.id, 'b')
    const first = await t.api('getUpdates', { timeout: 0 })
    expect((first.result as TgUpdate[]).map((u) => u.update_id)).toEqual([a.update_id, b.update_id])
    const afterConfirm = await t.api('getUpdates', { offset: b.update_id + 1, timeout: 0 })
    expect(afterConfirm.result).toEqual([])
    expect((await t.tg.idle(100)).idle).toBe(true)
    const poll = t.api('getUpdates', { offset: b.update_id + 1, timeout: 10 })
    await new Promise((r) => setTimeout(r, 50))
    const c = await t.tg.send(ann.id, 'c')
    expect(((await poll).result as TgUpdate[]).map((u) => u.update_id)).toEqual([c.update_id])
  })

  it('when a webhook is active, then getUpdates is a 409 conflict', async () => {
    const t = await setup()
    await t.api('setWebhook', { url: 'http://127.0.0.1:9/hook' })
    expect(await t.api('getUpdates', {})).toMatchObject({
      status: 409,
      description:
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    })
    expect(await t.api('deleteWebhook', {})).toMatchObject({
      ok: true,
      result: true,
      description: 'Webhook was deleted',
    })
    expect((await t.api('getUpdates', {})).ok).toBe(true)
  })

  it('when a second poll starts, then the first one is terminated with 409', async () => {
    const t = await setup()
    const first = t.api('getUpdates', { timeout: 10 })
    await new Promise((r) => setTimeout(r, 50))
    const second = t.api('getUpdates', { timeout: 0 })
    expect((await first).description).toBe(
      'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
    )
    expect((await second).ok).toBe(true)
  })
})
