import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBotInfo, textUpdate } from '../../../test/helpers/bot.js'
import { createTestDb } from '../../../test/helpers/db.js'
import { createTestRedis } from '../../../test/helpers/redis.js'
import type { DbHandle } from '../../db/client.js'
import { createLogger } from '../../logger.js'
import { seedUser } from '../../modules/chat/test-fixtures.js'
import type { HintResult } from '../../modules/coach/service.js'
import { createUsersService } from '../../modules/users/service.js'
import type { RedisHandle } from '../../redis.js'
import { createJobQueue } from '../../worker/jobs.js'
import { createI18n } from '../i18n.js'
import { createBot } from '../index.js'
import { type HintJob, hintFeature, hintJobHandler } from './hint.js'

const logger = createLogger({ level: 'silent' })

describe('/hint from a durable job', () => {
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

  it('when /hint is asked while the coach is slow, then the update is answered at once and the hint is sent by the job when the coach answers', async () => {
    await seedUser(db.db, { telegramId: 7, language: 'en' })
    let coachAnswer!: (r: HintResult) => void
    const coach = {
      getHint: () =>
        new Promise<HintResult>((r) => {
          coachAnswer = r
        }),
    }
    const sent: { chatId: number; text: string }[] = []
    const api = {
      sendMessage: async (chatId: number | string, text: string) => {
        sent.push({ chatId: Number(chatId), text })
        return { message_id: 1 } as never
      },
    }
    const { i18n, translate } = createI18n()
    const jobs = createJobQueue<HintJob>({
      name: 'hint-test',
      redis: redis.redis,
      blocking: redis.blocking,
      logger,
      handle: hintJobHandler({ coach, api, translate }),
      claimIdleMs: 10_000,
    })
    const bot = createBot({
      token: '42:TEST-TOKEN-XXXXXXXXXX',
      apiRoot: 'http://127.0.0.1:1',
      botInfo: testBotInfo(42),
      logger,
      redis: redis.redis,
      i18n,
      users: createUsersService({ db: db.db }),
      features: [hintFeature({ coach, jobs })],
    })
    // the typing action is cosmetic; nothing else may be sent from inside the webhook
    bot.api.config.use(async (prev, method, payload, signal) =>
      method === 'sendChatAction'
        ? ({ ok: true, result: true } as Awaited<ReturnType<typeof prev>>)
        : prev(method, payload, signal),
    )
    const update = textUpdate(1, '/hint')
    update.message!.entities = [{ type: 'bot_command', offset: 0, length: 5 }]
    await bot.handleUpdate(update)
    // answered: the job waits in the stream, the coach has not answered yet
    expect(await redis.redis.xlen('jobs:hint-test')).toBe(1)
    expect(sent).toEqual([])

    await jobs.start()
    try {
      await expect.poll(() => typeof coachAnswer).toBe('function')
      coachAnswer({ ok: false, reason: 'too-soon', retryInSec: 9 })
      await expect.poll(() => sent.length).toBe(1)
      expect(sent[0]!.chatId).toBe(7)
      expect(sent[0]!.text).toBe(translate('en', 'coach-too-soon', { seconds: 9 }))
      await expect.poll(() => redis.redis.xlen('jobs:hint-test')).toBe(0)
    } finally {
      await jobs.stop()
    }
  })
})
