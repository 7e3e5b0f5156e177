import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { GrammyError, HttpError } from 'grammy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isTransient } from '../../errors.js'
import { PermanentSendError, RateLimitedError } from '../../modules/chat/transport.js'
import { RecipientGoneError } from '../../modules/messenger.js'
import { createChatTransport } from './chat-transport.js'

type Seen = { url: string; contentType: string | undefined; body: unknown }

/** A Bot API stand-in answering what the test queued, recording each request. */
describe('chat transport (outbox → Bot API)', () => {
  let server: Server
  let root: string
  const seen: Seen[] = []
  const answers: { status: number; body: string }[] = []
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = ''
      req.on('data', (c) => {
        body += c
      })
      req.on('end', () => {
        seen.push({ url: req.url ?? '', contentType: req.headers['content-type'], body: JSON.parse(body) })
        const a = answers.shift() ?? { status: 200, body: JSON.stringify({ ok: true, result: true }) }
        res.writeHead(a.status, { 'content-type': 'application/json' }).end(a.body)
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  const answer = (status: number, body: object) => answers.push({ status, body: JSON.stringify(body) })
  const setup = () => {
    const counted = { n: 0 }
    const t = createChatTransport({
      token: '123:secret',
      apiRoot: root,
      metrics: { telegram429: { inc: () => void counted.n++ } } as never,
    })
    return { t, counted }
  }

  it('when Telegram accepts a copy, then the JSON parameters (nulls dropped) went to the method and the new id comes back', async () => {
    const { t } = setup()
    answer(200, { ok: true, result: { message_id: 77 } })
    const r = await t.call('copyMessage', {
      chat_id: 5,
      from_chat_id: 6,
      message_id: 9,
      reply_parameters: null,
    })
    expect(r).toEqual({ messageId: 77 })
    expect(seen.at(-1)).toEqual({
      url: '/bot123:secret/copyMessage',
      contentType: 'application/json',
      body: { chat_id: 5, from_chat_id: 6, message_id: 9 },
    })
    answer(200, { ok: true, result: true })
    expect(await t.call('deleteMessages', { chat_id: 5, message_ids: [1, 2] })).toEqual({})
  })

  it('when Telegram refuses, then each answer maps onto what the dispatcher acts on', async () => {
    const { t, counted } = setup()
    answer(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' })
    await expect(t.call('copyMessage', { chat_id: 5 })).rejects.toBeInstanceOf(RecipientGoneError)

    answer(429, {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests',
      parameters: { retry_after: 7 },
    })
    const limited = await t.call('copyMessage', { chat_id: 5 }).catch((e: unknown) => e)
    expect(limited).toBeInstanceOf(RateLimitedError)
    expect((limited as RateLimitedError).retryAfterSec).toBe(7)
    expect(counted.n).toBe(1)

    answer(400, { ok: false, error_code: 400, description: 'Bad Request: message is not modified' })
    expect(await t.call('editMessageText', { chat_id: 5, message_id: 1, text: 'x' })).toEqual({})

    answer(400, { ok: false, error_code: 400, description: 'Bad Request: message to copy not found' })
    await expect(t.call('copyMessage', { chat_id: 5 })).rejects.toBeInstanceOf(PermanentSendError)

    answer(502, { ok: false, error_code: 502, description: 'Bad Gateway' })
    const gateway = await t.call('copyMessage', { chat_id: 5 }).catch((e: unknown) => e)
    expect(gateway).toBeInstanceOf(GrammyError)
    expect(isTransient(gateway)).toBe(true)
  })

  it('when there is no answer (nothing listens, a non-JSON page, an abort), then it fails as a retryable HttpError', async () => {
    const { t } = setup()
    answers.push({ status: 502, body: '<html>bad gateway</html>' })
    const page = await t.call('copyMessage', { chat_id: 5 }).catch((e: unknown) => e)
    expect(page).toBeInstanceOf(HttpError)
    expect(isTransient(page)).toBe(true)

    const aborted = new AbortController()
    aborted.abort()
    const abort = await t.call('copyMessage', { chat_id: 5 }, aborted.signal).catch((e: unknown) => e)
    expect(abort).toBeInstanceOf(HttpError)

    const nobody = createChatTransport({
      token: '1:x',
      apiRoot: 'http://127.0.0.1:1',
      metrics: { telegram429: { inc() {} } } as never,
    })
    const refused = await nobody.call('copyMessage', { chat_id: 5 }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(HttpError)
    expect(isTransient(refused)).toBe(true)
  })
})
