import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../../../test/helpers/app.js'
import { aiHints } from '../../db/schema/index.js'
import {
  type FakeLlm,
  seedActiveSession,
  startFakeLlm,
  suggestionsJson,
} from '../../modules/coach/testing.js'

describe('/hint e2e (emulator + real OpenAI SDK against a local fake API)', () => {
  let t: TestApp
  let fake: FakeLlm

  beforeAll(async () => {
    fake = await startFakeLlm({
      text: suggestionsJson(
        'Похоже, тебе сейчас очень одиноко.',
        'Что обычно помогает тебе вечером?',
        'Я рядом, но я не психолог.',
      ),
    })
    t = await startTestApp({
      env: {
        AI_ENABLED: 'true',
        AI_PROVIDER: 'openai',
        AI_BASE_URL: fake.openaiBaseUrl,
        AI_API_KEY: 'test-key',
        AI_TIMEOUT_MS: '5000',
        AI_HINT_COOLDOWN_SEC: '0',
      },
    })
  })
  afterAll(async () => {
    await t?.close()
    await fake?.close()
  })

  it('when a user in an active chat sends /hint, then only they get the suggestions and nothing personal reaches the model', async () => {
    const annTg = await t.tg.createUser({ first_name: 'Анна', last_name: 'Смирнова', language_code: 'ru' })
    const bobTg = await t.tg.createUser({ first_name: 'Марина', username: 'marina_k', language_code: 'ru' })
    const chat = await seedActiveSession(t.db.db, t.redis.redis, {
      a: { telegramId: annTg.id, nickname: 'Тихий Кит' },
      b: { telegramId: bobTg.id, nickname: 'Calm Fox' },
      topicSlugs: ['loneliness'],
    })
    // the partner has talked to the bot, so the bot *could* write to them
    await t.tg.send(bobTg.id, '/help')
    await t.tg.waitFor(bobTg.id, () => true)
    const bobBefore = (await t.tg.inbox(bobTg.id)).length
    await chat.say(
      chat.b,
      'Марина тут. Мне одиноко по вечерам, Тихий Кит. Мой номер 89991234567, инст marina.k',
    )
    await chat.say(chat.a, 'Анна на связи, понимаю тебя. Пиши anna.smirnova@gmail.com')

    await t.tg.send(annTg.id, '/hint')
    // the reply waits on the model call (real SDK, local fake API): past the driver's 5 s default on a loaded
    // machine (timed out twice at load average 8–10)
    const reply = await t.tg.waitForText(annTg.id, /Подсказки для разговора/, { timeoutMs: 20_000 })

    expect(reply.text).toContain('Похоже, тебе сейчас очень одиноко.')
    expect(reply.text).toContain('Что обычно помогает тебе вечером?')
    expect(reply.text).toContain('не терапия')
    expect(reply.buttons.map((b) => b.text)).toContain('💡 Ещё подсказка')

    await t.tg.idle()
    // nothing went to the partner: no hint, and /hint was not relayed
    expect(await t.tg.inbox(bobTg.id)).toHaveLength(bobBefore)
    expect(await t.tg.calls({ method: 'sendMessage', chatId: bobTg.id })).toHaveLength(bobBefore)
    expect(await t.tg.calls({ method: 'copyMessage', chatId: bobTg.id })).toHaveLength(0)

    expect(fake.requests).toHaveLength(1)
    const prompt = fake.promptText(fake.requests[0]!)
    for (const leak of [
      'Марина',
      'marina',
      'Анна',
      'Смирнова',
      'anna.smirnova',
      'gmail',
      '89991234567',
      'Тихий',
      'Кит',
      'Calm',
      'Fox',
    ])
      expect(prompt, `prompt leaks ${leak}`).not.toContain(leak)
    expect(prompt).toContain('Мне одиноко по вечерам')

    const rows = await t.db.db.select().from(aiHints).where(eq(aiHints.sessionId, chat.session.id))
    expect(rows).toMatchObject([{ userId: chat.a.id, provider: 'openai', topicSlug: 'loneliness' }])
    expect(
      (await t.app.metrics.aiHintCalls.get()).values.find((v) => v.labels.provider === 'openai')?.value,
    ).toBe(1)

    // the button asks again, privately too
    const before = reply.message_id
    await t.tg.pressButton(annTg.id, '💡 Ещё подсказка')
    await t.tg.waitForText(annTg.id, /Подсказки для разговора/, { afterMessageId: before, timeoutMs: 20_000 })
    await t.tg.idle()
    expect(await t.tg.inbox(bobTg.id)).toHaveLength(bobBefore)
    expect(fake.requests).toHaveLength(2)
  })

  it('when a user without a chat sends /hint, then they are told hints work during a chat', async () => {
    const solo = await t.tg.createUser({ first_name: 'Solo', language_code: 'en' })
    await seedActiveSession(t.db.db, t.redis.redis, {
      a: { telegramId: solo.id, nickname: 'Lone Owl', language: 'en' },
      b: { telegramId: solo.id + 1_000_000, nickname: 'Other' },
    }).then((c) => c.end())
    await t.tg.send(solo.id, '/hint')
    await t.tg.waitForText(solo.id, /available during a chat/)
  })
})
