import { Writable } from 'node:stream'
import { Bot, webhookCallback } from 'grammy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBotInfo, textUpdate } from '../../test/helpers/bot.js'
import { createTestDb } from '../../test/helpers/db.js'
import { createTestRedis } from '../../test/helpers/redis.js'
import type { DbHandle } from '../db/client.js'
import { TransientError } from '../errors.js'
import { createLogger } from '../logger.js'
import { createRedis, type RedisHandle } from '../redis.js'
import { createServer } from './index.js'

const botInfo = testBotInfo()
const logger = createLogger({ level: 'silent' })
const SECRET = 'the-right-secret'

const update = textUpdate

describe('HTTP server', () => {
  let db: DbHandle
  let redis: RedisHandle & { prefix: string }
  let deadRedis: RedisHandle
  const seen: string[] = []

  beforeAll(async () => {
    db = await createTestDb()
    redis = await createTestRedis()
    // nothing listens on port 1: a real client that can never connect
    deadRedis = createRedis({ url: 'redis://127.0.0.1:1' })
  })
  afterAll(async () => {
    await deadRedis.close()
    await redis.close()
    await db.close()
  })

  async function build(checks: { db: () => Promise<void>; redis: () => Promise<void> }) {
    const bot = new Bot('42:TEST-TOKEN-XXXXXXXX', { botInfo })
    bot.on('message:text', (ctx) => {
      seen.push(ctx.message.text)
    })
    return createServer({
      logger,
      checks,
      webhook: { callback: webhookCallback(bot, 'fastify', { secretToken: SECRET }) },
    })
  }

  it('when everything is up, then /health, /health/db and /health/redis answer 200', async () => {
    const app = await build({ db: () => db.ping(), redis: () => redis.ping() })
    for (const url of ['/health', '/health/db', '/health/redis']) {
      const res = await app.inject({ method: 'GET', url })
      expect(res.statusCode, url).toBe(200)
      expect(res.json().status).toBe('ok')
    }
    await app.close()
  })

  it('when Redis is unreachable, then /health/redis answers 503 with the reason', async () => {
    const app = await build({ db: () => db.ping(), redis: () => deadRedis.ping() })
    const res = await app.inject({ method: 'GET', url: '/health/redis' })
    expect(res.statusCode).toBe(503)
    expect(res.json()).toMatchObject({ status: 'down' })
    expect(res.json().reason).toMatch(/redis/i)
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200)
    await app.close()
  })

  it('when the database is closed, then /health/db answers 503 with the reason', async () => {
    const other = await createTestDb()
    await other.close()
    const app = await build({ db: () => other.ping(), redis: () => redis.ping() })
    const res = await app.inject({ method: 'GET', url: '/health/db' })
    expect(res.statusCode).toBe(503)
    expect(res.json().status).toBe('down')
    expect(typeof res.json().reason).toBe('string')
    await app.close()
  })

  it('when a check hangs, then the probe times out with 503 instead of hanging', async () => {
    const app = await build({ db: () => new Promise(() => {}), redis: () => redis.ping() })
    const res = await app.inject({ method: 'GET', url: '/health/db' })
    expect(res.statusCode).toBe(503)
    expect(res.json().reason).toMatch(/timed out/)
    await app.close()
  })

  it('when the webhook secret is missing or wrong, then 401 and the update is not handled', async () => {
    const app = await build({ db: () => db.ping(), redis: () => redis.ping() })
    const before = seen.length
    const noHeader = await app.inject({ method: 'POST', url: '/telegram/webhook', payload: update(1, 'hi') })
    expect(noHeader.statusCode).toBe(401)
    const wrong = await app.inject({
      method: 'POST',
      url: '/telegram/webhook',
      headers: { 'x-telegram-bot-api-secret-token': 'nope' },
      payload: update(2, 'hi'),
    })
    expect(wrong.statusCode).toBe(401)
    expect(seen.length).toBe(before)

    const ok = await app.inject({
      method: 'POST',
      url: '/telegram/webhook',
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      payload: update(3, 'hello bot'),
    })
    expect(ok.statusCode).toBe(200)
    expect(seen.at(-1)).toBe('hello bot')
    await app.close()
  })

  it('when an update fails with an infrastructure error, then 500 and the log has neither the message text, the sender nor the bot token', async () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk))
        cb()
      },
    })
    const bot = new Bot('42:TEST-TOKEN-XXXXXXXX', { botInfo })
    bot.on('message:text', () => {
      throw new TransientError('database is away')
    })
    const app = await createServer({
      logger: createLogger({ level: 'info' }, sink),
      checks: { db: () => db.ping(), redis: () => redis.ping() },
      webhook: { callback: webhookCallback(bot, 'fastify', { secretToken: SECRET }) },
    })
    const res = await app.inject({
      method: 'POST',
      url: '/telegram/webhook',
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      payload: update(9, 'мне сегодня очень плохо'),
    })
    expect(res.statusCode).toBe(500)
    const out = lines.join('')
    expect(out).toContain('database is away')
    expect(out).toContain('"updateId":9')
    expect(out).toContain('"reqId"')
    for (const leak of ['мне сегодня', 'TEST-TOKEN', '"first_name"']) expect(out, leak).not.toContain(leak)
    await app.close()
  })
})
