import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import { createTestRedis } from '../../../test/helpers/redis.js'
import type { DbHandle } from '../../db/client.js'
import { aiHints, safetyFlags } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { createMetrics, type Metrics } from '../../metrics.js'
import type { RedisHandle } from '../../redis.js'
import type { CrisisResult } from '../safety/crisis-types.js'
import { createSafetyService } from '../safety/flags.js'
import { detectCrisis as lexiconDetectCrisis } from '../safety/lexicon.js'
import { LIBRARY } from './library.js'
import { createProvider } from './providers/index.js'
import type { CoachProvider } from './providers/types.js'
import { type CoachServiceDeps, createCoachService } from './service.js'
import { type FakeLlm, seedActiveSession, startFakeLlm, suggestionsJson } from './testing.js'

const logger = createLogger({ level: 'silent' })

// A conversation full of things that must never reach a model.
const PARTNER_LINES = [
  'Привет, меня зовут Мария. Мой номер +7 (999) 123-45-67, пиши на maria.petrova@mail.ru или в тг @maria_p',
  'Мама умерла месяц назад, Quiet Owl, мне очень тяжело. Марии сейчас никто не звонит.',
]
const MY_LINES = [
  'Я Алексей. Тихий Лис, вот мой сайт https://alexey-blog.example.com и vk.com/id12345',
  'Если нужны деньги, карта 4111 1111 1111 1111, или звони 8 916 555 44 33. Тихому Лису привет.',
]
const LEAKS = [
  '999',
  '123-45-67',
  'maria.petrova',
  'mail.ru',
  'maria_p',
  'alexey-blog',
  'example.com',
  'vk.com',
  'id12345',
  '4111',
  '916',
  '555 44 33',
  'Мария',
  'Марии',
  'Алексей',
  'Alexey',
  'Тихий',
  'Тихому',
  'Лис',
  'Quiet',
  'Owl',
  'Petrov',
]

let seq = 0
const nextTg = () => 5_000_000 + process.pid * 100 + seq++

const counter = async (m: Metrics, name: 'aiHintCalls' | 'aiHintFailures', provider: string) =>
  (await m[name].get()).values.find((v) => v.labels.provider === provider)?.value ?? 0

describe('coach service', () => {
  let handle: DbHandle
  let redis: RedisHandle & { prefix: string }
  let fake: FakeLlm

  beforeAll(async () => {
    handle = await createTestDb()
    redis = await createTestRedis()
    fake = await startFakeLlm()
  })
  afterEach(() => {
    fake.requests.length = 0
  })
  afterAll(async () => {
    await fake.close()
    await redis.close()
    await handle.close()
  })

  function coachWith(
    provider: CoachProvider | null,
    opts: {
      timeoutMs?: number
      cooldownSec?: number
      detectCrisis?: CoachServiceDeps['detectCrisis']
    } = {},
  ) {
    const metrics = createMetrics({ defaultMetrics: false })
    const safety = createSafetyService({ db: handle.db, metrics })
    const coach = createCoachService({
      db: handle.db,
      redis: redis.redis,
      metrics,
      safety,
      logger,
      provider,
      timeoutMs: opts.timeoutMs ?? 5000,
      cooldownSec: opts.cooldownSec ?? 0,
      // the partner's Telegram name, as getChat would return it
      lookupNames: async () => ['Maria', 'Petrova'],
      pick: () => 0,
      ...(opts.detectCrisis ? { detectCrisis: opts.detectCrisis } : {}),
    })
    return { coach, metrics }
  }

  const realProvider = (kind: 'openai' | 'anthropic', timeoutMs = 5000) =>
    createProvider(kind, {
      baseURL: kind === 'openai' ? fake.openaiBaseUrl : fake.url,
      apiKey: 'test-key',
      model: kind === 'openai' ? 'gpt-4o-mini' : 'claude-test',
      timeoutMs,
      maxTokens: 300,
    })

  async function seedLossChat() {
    const chat = await seedActiveSession(handle.db, redis.redis, {
      a: { telegramId: nextTg(), nickname: 'Quiet Owl' },
      b: { telegramId: nextTg(), nickname: 'Тихий Лис' },
      topicSlugs: ['loss', 'loneliness'],
    })
    await chat.say(chat.b, PARTNER_LINES[0]!)
    await chat.say(chat.a, MY_LINES[0]!)
    await chat.say(chat.b, PARTNER_LINES[1]!)
    await chat.say(chat.a, MY_LINES[1]!)
    return chat
  }

  describe.each(['openai', 'anthropic'] as const)('with the real %s SDK against a local fake API', (kind) => {
    it('when a user asks for a hint, then the model gets an anonymised prompt and its suggestions come back', async () => {
      fake.set({
        text: suggestionsJson(
          'Мне очень жаль, что тебе приходится проходить через это.',
          'Какой была твоя мама?',
          'Я не специалист, но могу побыть рядом, пока ты говоришь.',
        ),
      })
      const { coach, metrics } = coachWith(realProvider(kind))
      const chat = await seedLossChat()

      const r = await coach.getHint({ userId: chat.a.id, names: ['Alexey', 'Алексей'] })

      expect(r).toMatchObject({
        ok: true,
        hint: { source: 'ai', provider: kind, topicSlug: 'loss', lang: 'ru' },
      })
      if (!r.ok) return
      expect(r.hint.suggestions).toEqual([
        { kind: 'empathy', text: 'Мне очень жаль, что тебе приходится проходить через это.' },
        { kind: 'question', text: 'Какой была твоя мама?' },
        { kind: 'boundary', text: 'Я не специалист, но могу побыть рядом, пока ты говоришь.' },
      ])
      expect(r.hint.crisis).toEqual({ self: false, partner: false, thirdParty: false })

      expect(fake.requests).toHaveLength(1)
      const req = fake.requests[0]!
      expect(req.path).toBe(kind === 'openai' ? '/v1/chat/completions' : '/v1/messages')
      const prompt = fake.promptText(req)
      const raw = JSON.stringify(req.body)
      for (const leak of LEAKS) {
        expect(prompt, `prompt leaks ${leak}`).not.toContain(leak)
        expect(raw, `request body leaks ${leak}`).not.toContain(leak)
      }
      // the conversation itself did go, with typed placeholders, and the topic guidance
      expect(prompt).toContain('Мама умерла месяц назад')
      for (const p of ['[name]', '[phone]', '[email]', '[username]', '[link]', '[card]'])
        expect(prompt).toContain(p)
      expect(prompt).toContain('Partner: ')
      expect(prompt).toContain('Grief has no timeline')

      expect(await counter(metrics, 'aiHintCalls', kind)).toBe(1)
      expect(await counter(metrics, 'aiHintFailures', kind)).toBe(0)
      const [row] = await handle.db.select().from(aiHints).where(eq(aiHints.id, r.hint.id))
      expect(row).toMatchObject({
        userId: chat.a.id,
        sessionId: chat.session.id,
        provider: kind,
        topicSlug: 'loss',
      })
      // stored: the generated suggestions only, never the partner's words
      expect(JSON.stringify(row?.suggestions)).not.toContain('Мама умерла')
    })

    it('when the provider answers 500, then offline hints answer and the failure is counted', async () => {
      fake.set({ status: 500 })
      const { coach, metrics } = coachWith(realProvider(kind))
      const chat = await seedLossChat()

      const r = await coach.getHint({ userId: chat.b.id })

      expect(r).toMatchObject({
        ok: true,
        hint: { source: 'offline', provider: 'offline', offlineReason: 'provider-error' },
      })
      if (!r.ok) return
      expect(r.hint.suggestions.map((s) => s.kind)).toEqual(['empathy', 'question', 'boundary'])
      expect(r.hint.suggestions[0]?.text).toBe(LIBRARY.loss?.ru.empathy[0])
      expect(fake.requests).toHaveLength(1) // no SDK retries
      expect(await counter(metrics, 'aiHintCalls', kind)).toBe(1)
      expect(await counter(metrics, 'aiHintFailures', kind)).toBe(1)
    })

    it('when the provider never answers, then the deadline passes and offline hints answer', async () => {
      fake.set({ hang: true })
      const { coach, metrics } = coachWith(realProvider(kind, 300), { timeoutMs: 300 })
      const chat = await seedLossChat()

      const r = await coach.getHint({ userId: chat.a.id })

      expect(r).toMatchObject({ ok: true, hint: { source: 'offline', offlineReason: 'provider-error' } })
      expect(await counter(metrics, 'aiHintFailures', kind)).toBe(1)
    })
  })

  it('when AI is off, then the offline library answers and nothing is sent anywhere', async () => {
    const { coach, metrics } = coachWith(null)
    const chat = await seedLossChat()

    const r = await coach.getHint({ userId: chat.a.id })

    expect(r).toMatchObject({
      ok: true,
      hint: { source: 'offline', provider: 'offline', offlineReason: 'ai-disabled' },
    })
    expect(fake.requests).toHaveLength(0)
    expect(await counter(metrics, 'aiHintCalls', 'openai')).toBe(0)
    const rows = await handle.db.select().from(aiHints).where(eq(aiHints.sessionId, chat.session.id))
    expect(rows).toMatchObject([{ provider: 'offline', topicSlug: 'loss' }])
  })

  it('when the model answers in plain lines instead of JSON, then the lines are parsed', async () => {
    fake.set({
      text: 'Вот идеи:\n1. **Эмпатия:** Похоже, тебе очень одиноко.\n2. **Вопрос:** Что тебе сейчас помогает?\n3. **Граница:** Я рядом, но я не психолог.',
    })
    const { coach } = coachWith(realProvider('openai'))
    const chat = await seedLossChat()

    const r = await coach.getHint({ userId: chat.a.id })

    expect(r).toMatchObject({ ok: true, hint: { source: 'ai' } })
    if (r.ok)
      expect(r.hint.suggestions).toEqual([
        { kind: 'empathy', text: 'Похоже, тебе очень одиноко.' },
        { kind: 'question', text: 'Что тебе сейчас помогает?' },
        { kind: 'boundary', text: 'Я рядом, но я не психолог.' },
      ])
  })

  it('when the model suggests something unsafe, then offline hints replace it and an ai_hint flag is raised', async () => {
    fake.set({ text: suggestionsJson('Понимаю.', 'Дашь свой номер? Мой 89991234567', 'Ну и иди нахуй') })
    const { coach, metrics } = coachWith(realProvider('openai'))
    const chat = await seedLossChat()

    const r = await coach.getHint({ userId: chat.a.id })

    expect(r).toMatchObject({ ok: true, hint: { source: 'offline', offlineReason: 'unsafe-output' } })
    const flags = await handle.db
      .select()
      .from(safetyFlags)
      .where(and(eq(safetyFlags.sessionId, chat.session.id), eq(safetyFlags.kind, 'ai_hint')))
    expect(flags).toHaveLength(1)
    expect(flags[0]).toMatchObject({ userId: chat.a.id, reason: 'unsafe-output:contact-info,toxicity' })
    expect(flags[0]?.context.note).not.toContain('89991234567')
    expect((await metrics.flagsRaised.get()).values.find((v) => v.labels.kind === 'ai_hint')?.value).toBe(1)
    if (r.ok) {
      const [row] = await handle.db.select().from(aiHints).where(eq(aiHints.id, r.hint.id))
      expect(row).toMatchObject({ provider: 'offline', safetyFlagged: 'contact-info,toxicity' })
    }
  })

  it('when the model returns nothing usable, then offline hints answer and the failure is counted', async () => {
    fake.set({ text: 'Sorry, I cannot help with that.' })
    const { coach, metrics } = coachWith(realProvider('anthropic'))
    const chat = await seedLossChat()

    const r = await coach.getHint({ userId: chat.a.id })

    expect(r).toMatchObject({ ok: true, hint: { source: 'offline', offlineReason: 'unparseable' } })
    expect(await counter(metrics, 'aiHintFailures', 'anthropic')).toBe(1)
  })

  it('when the partner wrote about wanting to die, then no model is asked, crisis hints and a crisis flag follow', async () => {
    const { coach } = coachWith(realProvider('openai'))
    const chat = await seedActiveSession(handle.db, redis.redis, {
      a: { telegramId: nextTg(), nickname: 'Quiet Owl', language: 'en' },
      b: { telegramId: nextTg(), nickname: 'Тихий Лис' },
      topicSlugs: ['loneliness'],
    })
    await chat.say(chat.b, 'Меня зовут Мария. Я больше не хочу жить, всем будет лучше без меня')

    const r = await coach.getHint({ userId: chat.a.id })

    expect(r).toMatchObject({
      ok: true,
      hint: {
        source: 'offline',
        offlineReason: 'crisis',
        lang: 'en',
        crisis: { self: false, partner: true },
      },
    })
    if (r.ok)
      expect(r.hint.suggestions.map((s) => s.text)).toEqual(
        (['empathy', 'question', 'boundary'] as const).map((k) => LIBRARY.crisis?.en[k][0]),
      )
    expect(fake.requests).toHaveLength(0)
    const flags = await handle.db
      .select()
      .from(safetyFlags)
      .where(and(eq(safetyFlags.sessionId, chat.session.id), eq(safetyFlags.kind, 'crisis')))
    expect(flags).toMatchObject([
      { userId: chat.b.id, severity: 'medium', reason: 'lexicon:passive_ideation', status: 'open' },
    ])
    expect(flags[0]?.context.messages?.[0]?.text).toBe(
      'Меня зовут [name]. Я больше не хочу жить, всем будет лучше без меня',
    )

    // asking again does not flood the moderation queue
    await coach.getHint({ userId: chat.a.id })
    const again = await handle.db
      .select()
      .from(safetyFlags)
      .where(and(eq(safetyFlags.sessionId, chat.session.id), eq(safetyFlags.kind, 'crisis')))
    expect(again).toHaveLength(1)
  })

  it('when the asker themself wrote about self-harm, then the hint carries the sender crisis flag', async () => {
    const { coach } = coachWith(null)
    const chat = await seedActiveSession(handle.db, redis.redis, {
      a: { telegramId: nextTg(), nickname: 'A' },
      b: { telegramId: nextTg(), nickname: 'B' },
    })
    await chat.say(chat.a, 'я опять режу себе руки')
    const r = await coach.getHint({ userId: chat.a.id })
    expect(r).toMatchObject({ ok: true, hint: { crisis: { self: true, partner: false }, topicSlug: null } })
    // the hints speak to the asker, not about supporting someone else
    expect(r.ok && r.hint.suggestions.map((s) => s.text)).toEqual(
      (['empathy', 'question', 'boundary'] as const).map((k) => LIBRARY.crisis_self?.ru[k][0]),
    )
  })

  it('when both sides wrote crisis lines, then the asker in crisis is spoken to first and each author gets a flag of their severity', async () => {
    const scripted = (text: string): CrisisResult =>
      text === 'сегодня ночью всё закончится, всё готово'
        ? {
            hit: true,
            category: 'imminent',
            categories: ['imminent', 'intent'],
            severity: 'critical',
            lang: 'ru',
            term: 't',
            source: 'lexicon',
          }
        : lexiconDetectCrisis(text)
    const { coach } = coachWith(null, { detectCrisis: scripted })
    const chat = await seedActiveSession(handle.db, redis.redis, {
      a: { telegramId: nextTg(), nickname: 'A' },
      b: { telegramId: nextTg(), nickname: 'B' },
    })
    await chat.say(chat.b, 'не хочу жить')
    await chat.say(chat.a, 'сегодня ночью всё закончится, всё готово')
    const r = await coach.getHint({ userId: chat.a.id })
    expect(r).toMatchObject({
      ok: true,
      hint: { crisis: { self: true, partner: true }, offlineReason: 'crisis' },
    })
    expect(r.ok && r.hint.suggestions[0]?.text).toBe(LIBRARY.crisis_self?.ru.empathy[0])
    const flags = await handle.db
      .select()
      .from(safetyFlags)
      .where(and(eq(safetyFlags.sessionId, chat.session.id), eq(safetyFlags.kind, 'crisis')))
    expect(flags.map((f) => [f.userId, f.severity]).sort()).toEqual(
      [
        [chat.a.id, 'critical'],
        // «не хочу жить»: passive ideation (crisis-types.ts CRISIS_SEVERITY)
        [chat.b.id, 'medium'],
      ].sort(),
    )
  })

  it('when only someone outside the chat is at risk, then no model is asked and the hint is not a crisis-self one', async () => {
    const scripted = (text: string): CrisisResult =>
      text === 'my friend says she will kill herself'
        ? {
            hit: true,
            category: 'third_party',
            categories: ['third_party'],
            severity: 'medium',
            lang: 'en',
            term: 't',
            source: 'lexicon',
          }
        : lexiconDetectCrisis(text)
    const { coach } = coachWith(null, { detectCrisis: scripted })
    const chat = await seedActiveSession(handle.db, redis.redis, {
      a: { telegramId: nextTg(), nickname: 'A', language: 'en' },
      b: { telegramId: nextTg(), nickname: 'B', language: 'en' },
    })
    await chat.say(chat.a, 'my friend says she will kill herself')
    const r = await coach.getHint({ userId: chat.a.id })
    expect(r).toMatchObject({
      ok: true,
      hint: { crisis: { self: false, partner: false, thirdParty: true }, offlineReason: 'crisis' },
    })
  })

  it('when the partner insults the asker, then a toxicity flag about the partner is raised', async () => {
    const { coach } = coachWith(null)
    const chat = await seedActiveSession(handle.db, redis.redis, {
      a: { telegramId: nextTg(), nickname: 'A' },
      b: { telegramId: nextTg(), nickname: 'B' },
    })
    await chat.say(chat.b, 'ты тупой идиот, убей себя')
    await coach.getHint({ userId: chat.a.id })
    const flags = await handle.db
      .select()
      .from(safetyFlags)
      .where(and(eq(safetyFlags.sessionId, chat.session.id), eq(safetyFlags.kind, 'toxicity')))
    expect(flags).toMatchObject([{ userId: chat.b.id, severity: 'high' }])
  })

  it('when there is no active chat, then the answer says so', async () => {
    const { coach } = coachWith(null)
    const chat = await seedActiveSession(handle.db, redis.redis, {
      a: { telegramId: nextTg(), nickname: 'A' },
      b: { telegramId: nextTg(), nickname: 'B' },
    })
    await chat.end()
    expect(await coach.getHint({ userId: chat.a.id })).toEqual({ ok: false, reason: 'no-session' })
    expect(await coach.getHint({ userId: 987_654_321 })).toEqual({ ok: false, reason: 'no-user' })
  })

  it('when a user asks twice within the cooldown, then the second ask is refused with the wait time', async () => {
    const { coach } = coachWith(null, { cooldownSec: 60 })
    const chat = await seedActiveSession(handle.db, redis.redis, {
      a: { telegramId: nextTg(), nickname: 'A' },
      b: { telegramId: nextTg(), nickname: 'B' },
    })
    expect(await coach.getHint({ userId: chat.a.id })).toMatchObject({ ok: true })
    const second = await coach.getHint({ userId: chat.a.id })
    expect(second).toMatchObject({ ok: false, reason: 'too-soon' })
    if (!second.ok && second.reason === 'too-soon') expect(second.retryInSec).toBeGreaterThan(0)
    // the partner has their own allowance
    expect(await coach.getHint({ userId: chat.b.id })).toMatchObject({ ok: true })
  })
})
