import { Composer, webhookCallback } from 'grammy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBotInfo, textUpdate } from '../../../test/helpers/bot.js'
import { createTestDb } from '../../../test/helpers/db.js'
import { createTestRedis } from '../../../test/helpers/redis.js'
import type { BotContext } from '../../bot/context.js'
import { createI18n } from '../../bot/i18n.js'
import { createBot } from '../../bot/index.js'
import type { DbHandle } from '../../db/client.js'
import { createLogger } from '../../logger.js'
import { createUsersService } from '../../modules/users/service.js'
import type { RedisHandle } from '../../redis.js'
import { createServer } from '../index.js'
import type { WebhookRefusal } from './webhook.js'

const SECRET = 'the-right-secret'
const BOT_ID = 5151
const logger = createLogger({ level: 'silent' })
const headers = { 'x-telegram-bot-api-secret-token': SECRET, 'content-type': 'application/json' }

describe('POST /telegram/webhook', () => {
  let db: DbHandle
  let redis: RedisHandle & { prefix: string }
  beforeAll(async () => {
    db = await createTestDb()
    redis = await createTestRedis()
  })
  afterAll(async () => {
    await redis.close()
    await db.close()
  })

  /** The real bot (de-dup claim in Redis) behind the real route; `gate` holds every handler until released. */
  async function build(opts: { maxInFlight?: number; gate?: Promise<void> } = {}) {
    const handled: number[] = []
    const refused: WebhookRefusal[] = []
    const feature = new Composer<BotContext>()
    feature.on('message', async (ctx) => {
      await opts.gate
      handled.push(ctx.update.update_id)
    })
    const bot = createBot({
      token: `${BOT_ID}:TEST-TOKEN-XXXXXXXXXX`,
      apiRoot: 'http://127.0.0.1:1',
      botInfo: testBotInfo(BOT_ID),
      logger,
      redis: redis.redis,
      i18n: createI18n().i18n,
      users: createUsersService({ db: db.db }),
      features: [feature],
    })
    const app = await createServer({
      logger,
      checks: { db: () => db.ping(), redis: () => redis.ping() },
      webhook: {
        callback: webhookCallback(bot, 'fastify', { secretToken: SECRET, timeoutMilliseconds: Infinity }),
        secretToken: SECRET,
        ...(opts.maxInFlight ? { maxInFlight: opts.maxInFlight, retryAfterSec: 2 } : {}),
        onRefused: (reason) => refused.push(reason),
      },
    })
    return { app, handled, refused }
  }

  it('when the body is null, not an object or has no integer update_id, then 400 (not 500) and no de-dup key is written', async () => {
    const { app, refused } = await build()
    const bodies = [
      'null',
      '[]',
      '42',
      '"x"',
      '{}',
      '{"update_id":"7"}',
      '{"update_id":1.5}',
      '{"update_id":null}',
    ]
    for (const payload of bodies) {
      const res = await app.inject({ method: 'POST', url: '/telegram/webhook', headers, payload })
      expect(res.statusCode, payload).toBe(400)
    }
    expect(refused).toEqual(bodies.map(() => 'malformed'))
    expect(await redis.redis.keys(`${redis.prefix}upd:*`)).toEqual([])
    // without the secret nothing is answered but 401, malformed or not
    const anon = await app.inject({
      method: 'POST',
      url: '/telegram/webhook',
      headers: { 'content-type': 'application/json' },
      payload: 'null',
    })
    expect(anon.statusCode).toBe(401)
    await app.close()
  })

  it('when more updates are in flight than allowed, then the extra one is shed with 503 and Retry-After, and handled when redelivered', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => {
      release = r
    })
    const { app, handled, refused } = await build({ maxInFlight: 2, gate })
    const send = (id: number) =>
      app.inject({ method: 'POST', url: '/telegram/webhook', headers, payload: textUpdate(id) })
    const first = [send(1), send(2)]
    // wait until both hold their slot (their claims exist in Redis)
    await expect.poll(async () => (await redis.redis.keys(`${redis.prefix}upd:${BOT_ID}:*`)).length).toBe(2)
    const shed = await send(3)
    expect(shed.statusCode).toBe(503)
    expect(shed.headers['retry-after']).toBe('2')
    expect(refused).toEqual(['overloaded'])
    release()
    expect((await Promise.all(first)).map((r) => r.statusCode)).toEqual([200, 200])
    // Telegram redelivers the shed update: now there is room
    expect((await send(3)).statusCode).toBe(200)
    expect(handled.sort()).toEqual([1, 2, 3])
    await app.close()
  })
})
