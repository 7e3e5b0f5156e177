import { Composer } from 'grammy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBotInfo, textUpdate } from '../../test/helpers/bot.js'
import { createTestDb } from '../../test/helpers/db.js'
import { createTestRedis } from '../../test/helpers/redis.js'
import type { DbHandle } from '../db/client.js'
import { isTransient, TransientError } from '../errors.js'
import { createLogger } from '../logger.js'
import { createUsersService } from '../modules/users/service.js'
import { createRedis, type RedisHandle } from '../redis.js'
import type { BotContext } from './context.js'
import { createI18n } from './i18n.js'
import { createBot } from './index.js'

const BOT_ID = 4242
const botInfo = testBotInfo(BOT_ID)

const update = (id: number) => textUpdate(id)

describe('createBot: update de-duplication', () => {
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

  function botWith(handler: (ctx: BotContext) => Promise<void>) {
    const feature = new Composer<BotContext>()
    feature.on('message', handler)
    return createBot({
      token: `${BOT_ID}:TEST-TOKEN-XXXXXXXXXX`,
      apiRoot: 'http://127.0.0.1:1',
      botInfo,
      logger: createLogger({ level: 'silent' }),
      redis: redis.redis,
      i18n: createI18n().i18n,
      users: createUsersService({ db: db.db }),
      features: [feature],
    })
  }

  it('when an update is redelivered after it was handled, then the handler runs once', async () => {
    let runs = 0
    const bot = botWith(async () => {
      runs++
    })
    await bot.handleUpdate(update(1))
    await bot.handleUpdate(update(1))
    expect(runs).toBe(1)
  })

  it('when a redelivery arrives while the first attempt still runs, then it is refused as retryable, not acknowledged', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => {
      release = r
    })
    let runs = 0
    const bot = botWith(async () => {
      runs++
      await gate
    })
    const first = bot.handleUpdate(update(2))
    await expect.poll(() => runs).toBe(1)
    const second = await bot.handleUpdate(update(2)).then(
      () => 'acknowledged',
      (err: { error?: unknown }) => err.error ?? err,
    )
    expect(second).toBeInstanceOf(TransientError)
    release()
    await first
    await bot.handleUpdate(update(2))
    expect(runs).toBe(1)
  })

  it('when the handler succeeded but Redis fails before the update is marked handled, then it is still acknowledged', async () => {
    // its own connection, so the test can cut it between the handler and the "done" marker
    const own = await createTestRedis(redis.prefix)
    let runs = 0
    const feature = new Composer<BotContext>()
    feature.on('message', async () => {
      runs++
      own.redis.disconnect()
    })
    const bot = createBot({
      token: `${BOT_ID}:TEST-TOKEN-XXXXXXXXXX`,
      apiRoot: 'http://127.0.0.1:1',
      botInfo,
      logger: createLogger({ level: 'silent' }),
      redis: own.redis,
      i18n: createI18n().i18n,
      users: createUsersService({ db: db.db }),
      features: [feature],
    })
    // the effects are committed: answering non-2xx would only make Telegram redeliver a handled update
    await expect(bot.handleUpdate(update(4))).resolves.toBeUndefined()
    expect(runs).toBe(1)
  })

  it('when Redis is unreachable, then the update is refused as retryable, never acknowledged unhandled', async () => {
    const down = createRedis({ url: 'redis://127.0.0.1:1', keyPrefix: redis.prefix })
    let runs = 0
    const feature = new Composer<BotContext>()
    feature.on('message', async () => {
      runs++
    })
    const bot = createBot({
      token: `${BOT_ID}:TEST-TOKEN-XXXXXXXXXX`,
      apiRoot: 'http://127.0.0.1:1',
      botInfo,
      logger: createLogger({ level: 'silent' }),
      redis: down.redis,
      i18n: createI18n().i18n,
      users: createUsersService({ db: db.db }),
      features: [feature],
      rateLimitPerMin: 30,
    })
    try {
      const err = await bot.handleUpdate(update(5)).then(
        () => null,
        (e: { error?: unknown }) => e.error ?? e,
      )
      expect(isTransient(err)).toBe(true)
      expect(runs).toBe(0)
    } finally {
      await down.close()
    }
  })

  it('when the handler fails with an infrastructure error, then the claim is released and a redelivery runs again', async () => {
    let runs = 0
    const bot = botWith(async () => {
      runs++
      if (runs === 1)
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
    })
    await expect(bot.handleUpdate(update(3))).rejects.toThrow()
    await bot.handleUpdate(update(3))
    expect(runs).toBe(2)
  })
})
