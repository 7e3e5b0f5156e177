import { Writable } from 'node:stream'
import { sql } from 'drizzle-orm'
import { Composer } from 'grammy'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBotInfo, textUpdate } from '../../test/helpers/bot.js'
import { createTestDb, hasPostgres } from '../../test/helpers/db.js'
import { createEmulatorDriver } from '../../test/helpers/emulator-driver.js'
import { createTestRedis } from '../../test/helpers/redis.js'
import type { DbHandle } from '../db/client.js'
import { createEmulator } from '../emulator/index.js'
import { isTransient, TransientError } from '../errors.js'
import { createLogger } from '../logger.js'
import { createMetrics } from '../metrics.js'
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

  function botWith(
    handler: (ctx: BotContext) => Promise<void>,
    opts: Partial<Pick<Parameters<typeof createBot>[0], 'redis' | 'logger' | 'dedupeLeaseMs' | 'metrics'>> & {
      botId?: number
    } = {},
  ) {
    const feature = new Composer<BotContext>()
    feature.on('message', handler)
    const id = opts.botId ?? BOT_ID
    return createBot({
      token: `${id}:TEST-TOKEN-XXXXXXXXXX`,
      apiRoot: 'http://127.0.0.1:1',
      botInfo: testBotInfo(id),
      logger: opts.logger ?? createLogger({ level: 'silent' }),
      redis: opts.redis ?? redis.redis,
      i18n: createI18n().i18n,
      users: createUsersService({ db: db.db }),
      features: [feature],
      ...(opts.dedupeLeaseMs ? { dedupeLeaseMs: opts.dedupeLeaseMs } : {}),
      ...(opts.metrics ? { metrics: opts.metrics } : {}),
    })
  }

  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => 'acknowledged' as const,
      (err: { error?: unknown }) => err.error ?? err,
    )

  it.skipIf(!hasPostgres())(
    'when the Postgres connection of a running transaction is terminated, then the update fails as retryable (non-2xx) and its redelivery is handled',
    async () => {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
      await admin.connect()
      let runs = 0
      const bot = botWith(async () => {
        runs++
        await db.db.transaction(async (tx) => {
          const { rows } = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`)
          // the first attempt loses its connection while it holds the transaction open
          if (runs === 1) {
            await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid])
            await new Promise((r) => setTimeout(r, 300))
          }
          await tx.execute(sql`select 1`)
        })
      })
      try {
        const first = await outcome(bot.handleUpdate(update(40)))
        expect(isTransient(first)).toBe(true)
        expect(await outcome(bot.handleUpdate(update(40)))).toBe('acknowledged')
        expect(runs).toBe(2)
      } finally {
        await admin.end()
      }
    },
  )

  it('when an attempt dies after its reply was sent, then the re-run does not send that reply again but sends the rest', async () => {
    const sent: string[] = []
    let runs = 0
    const bot = botWith(async (ctx) => {
      runs++
      await ctx.reply('первый ответ')
      // the first attempt loses its database right after Telegram accepted the reply
      if (runs === 1) throw new TransientError('database went away')
      await ctx.reply('второй ответ')
    })
    // Telegram: accept every send and answer with a new message id
    bot.api.config.use(async (_prev, method, payload) => {
      sent.push(`${method}:${(payload as { text?: string }).text}`)
      const answer = {
        ok: true,
        result: { message_id: sent.length, date: 0, chat: { id: 7, type: 'private' } },
      }
      return answer as unknown as Awaited<ReturnType<typeof _prev>>
    })
    expect(isTransient(await outcome(bot.handleUpdate(update(50))))).toBe(true)
    expect(await outcome(bot.handleUpdate(update(50)))).toBe('acknowledged')
    expect(runs).toBe(2)
    expect(sent).toEqual(['sendMessage:первый ответ', 'sendMessage:второй ответ'])
    // the record of the calls is gone once the update is done; the message text was never stored
    expect(await redis.redis.exists(`upd:${BOT_ID}:50:sent`)).toBe(0)
  })

  it('when Telegram answers a reply with a long flood wait, then the update fails as retryable at once instead of sleeping in the webhook, and its redelivery replies once', async () => {
    const emulator = createEmulator({ token: `${BOT_ID}:TEST-TOKEN-XXXXXXXXXX`, logger: false })
    const tg = createEmulatorDriver(await emulator.listen(0, '127.0.0.1'))
    try {
      const user = await tg.createUser({ first_name: 'A' })
      await tg.send(user.id, 'hi') // the user started the bot
      const feature = new Composer<BotContext>()
      feature.on('message', (ctx) => ctx.reply('ответ'))
      const bot = createBot({
        token: `${BOT_ID}:TEST-TOKEN-XXXXXXXXXX`,
        apiRoot: emulator.url,
        botInfo,
        logger: createLogger({ level: 'silent' }),
        redis: redis.redis,
        i18n: createI18n().i18n,
        users: createUsersService({ db: db.db }),
        features: [feature],
      })
      await tg.fault({ method: 'sendMessage', status: 429, retry_after: 60 })
      const chat = { id: user.id, type: 'private' as const, first_name: 'A' }
      const first = await outcome(bot.handleUpdate(textUpdate(60, 'hello', chat)))
      expect(isTransient(first)).toBe(true)
      // one call: no 60 s sleep and retry inside the request
      expect(await tg.calls({ method: 'sendMessage' })).toHaveLength(1)
      expect(await outcome(bot.handleUpdate(textUpdate(60, 'hello', chat)))).toBe('acknowledged')
      expect((await tg.inbox(user.id)).filter((m) => m.text === 'ответ')).toHaveLength(1)
    } finally {
      await emulator.close()
    }
  })

  it('when updates with ids another bot already handled arrive, then they are handled (keys are scoped to the bot)', async () => {
    const ran: number[] = []
    const oldBot = botWith(async () => void ran.push(1), { botId: 1111 })
    const newBot = botWith(async () => void ran.push(2), { botId: 2222 })
    for (const id of [100, 101]) await oldBot.handleUpdate(update(id))
    // a new token or a fresh emulator starts its ids again: same ids, another bot
    for (const id of [100, 101]) await newBot.handleUpdate(update(id))
    expect(ran).toEqual([1, 1, 2, 2])
  })

  it('when the process holding a claim dies, then a redelivery is handled once its lease lapses, not minutes later', async () => {
    // the "dead" process: its own Redis connection, cut while its handler hangs (no renewals any more)
    const dying = await createTestRedis(redis.prefix)
    let reached!: () => void
    const inHandler = new Promise<void>((r) => {
      reached = r
    })
    const dead = botWith(
      async () => {
        reached()
        dying.redis.disconnect()
        await new Promise(() => {}) // never finishes
      },
      { redis: dying.redis, dedupeLeaseMs: 400 },
    )
    void dead.handleUpdate(update(20)).catch(() => {})
    await inHandler
    let runs = 0
    const restarted = botWith(async () => void runs++, { dedupeLeaseMs: 400 })
    // the redelivery while the lease is live is refused (Telegram keeps the update) …
    expect(await outcome(restarted.handleUpdate(update(20)))).toBeInstanceOf(TransientError)
    // … and handled by the next redelivery after the lease lapsed
    await expect
      .poll(async () => outcome(restarted.handleUpdate(update(20))), { timeout: 3000, interval: 100 })
      .toBe('acknowledged')
    expect(runs).toBe(1)
  })

  it('when a handler runs longer than the lease, then its claim is renewed and a redelivery is still refused', async () => {
    let runs = 0
    const bot = botWith(
      async () => {
        runs++
        await new Promise((r) => setTimeout(r, 900))
      },
      { dedupeLeaseMs: 300 },
    )
    const first = bot.handleUpdate(update(30))
    await expect.poll(() => runs).toBe(1)
    await new Promise((r) => setTimeout(r, 600))
    expect(await outcome(bot.handleUpdate(update(30)))).toBeInstanceOf(TransientError)
    await first
    expect(await outcome(bot.handleUpdate(update(30)))).toBe('acknowledged')
    expect(runs).toBe(1)
  })

  it('when duplicates are skipped, then each is logged at debug with its update id, a burst from one chat is a warning, and the outcome is "duplicate"', async () => {
    const lines: { level: number; msg: string; updateId?: number }[] = []
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(JSON.parse(String(chunk)))
        cb()
      },
    })
    const metrics = createMetrics({ defaultMetrics: false })
    const bot = botWith(async () => {}, { logger: createLogger({ level: 'debug' }, sink), metrics })
    for (let id = 200; id < 212; id++) await bot.handleUpdate(update(id))
    for (let id = 200; id < 212; id++) await bot.handleUpdate(update(id))
    const debug = lines.filter((l) => l.level === 20 && l.msg === 'duplicate update skipped')
    expect(debug.map((l) => l.updateId)).toEqual([200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211])
    const warns = lines.filter((l) => l.level === 40 && /duplicates/.test(l.msg))
    expect(warns).toHaveLength(1)
    const handled = await metrics.updatesHandled.get()
    const by = Object.fromEntries(handled.values.map((v) => [v.labels.outcome, v.value]))
    expect(by).toMatchObject({ ok: 12, duplicate: 12 })
  })

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

  it('when a handler defers list writes to the "handled" marker, then they are written with it (in order, trimmed, with expiry), and not when the handler fails', async () => {
    let fail = false
    let seenBefore = -1
    const bot = botWith(async (ctx) => {
      const w = ctx.afterHandled
      if (!w) throw new Error('no deferred writes')
      w.rpush('deferred:list', `v${ctx.update.update_id}`)
        .ltrim('deferred:list', -2, -1)
        .expire('deferred:list', 60)
      w.rpush('deferred:other', 'x').expire('deferred:other', 30)
      // not yet written: they go with the marker
      if (ctx.update.update_id === 901) seenBefore = await redis.redis.exists('deferred:list')
      if (fail) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    })
    for (const id of [901, 902, 903]) await bot.handleUpdate(update(id))
    expect(seenBefore).toBe(0)
    expect(await redis.redis.lrange('deferred:list', 0, -1)).toEqual(['v902', 'v903'])
    expect(await redis.redis.ttl('deferred:list')).toBeGreaterThan(50)
    expect(await redis.redis.lrange('deferred:other', 0, -1)).toEqual(['x', 'x', 'x'])
    expect(await redis.redis.ttl('deferred:other')).toBeLessThanOrEqual(30)
    fail = true
    await expect(bot.handleUpdate(update(904))).rejects.toThrow()
    expect(await redis.redis.lrange('deferred:list', 0, -1)).toEqual(['v902', 'v903'])
    // marked handled: a redelivery is skipped
    fail = false
    await bot.handleUpdate(update(903))
    expect(await redis.redis.lrange('deferred:list', 0, -1)).toEqual(['v902', 'v903'])
  })
})
