import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { click, onboardViaBot } from '../src/bot/features/start.testkit.js'
import { createI18n } from '../src/bot/i18n.js'
import { chatSessions, ledgerEntries, tips, users } from '../src/db/schema/index.js'
import { startTestApp, type TestApp } from './helpers/app.js'

const WAIT = { timeoutMs: 20_000 }
const { translate } = createI18n()
const t = (lang: 'ru' | 'en', key: string, vars?: Record<string, string | number>) =>
  translate(lang, key, vars)
const firstLine = (s: string) => s.split('\n')[0]!.trim()

/**
 * The whole product, as two people use it, through the real webhook path: onboarding in ru and en,
 * /find → proposal → both accept → anonymous chat → /end → ratings → a Stars tip with receipt.
 * Finally, over every Bot API call the bot made: neither person's Telegram identity reached the other.
 */
describe('a whole conversation, end to end', () => {
  let h: TestApp
  beforeAll(async () => {
    h = await startTestApp({ env: { RATE_LIMIT_PER_MIN: '1000', MATCH_SWEEP_INTERVAL_MS: '100' } })
  })
  afterAll(async () => h?.close())

  it('when two strangers meet through the bot, then they talk, rate and tip without learning who the other is', async () => {
    const { tg } = h
    const anna = await tg.createUser({
      first_name: 'Анна',
      last_name: 'Смирнова',
      username: 'anna_smirnova',
      language_code: 'ru',
    })
    const bob = await tg.createUser({
      first_name: 'Robert',
      last_name: 'Brown',
      username: 'bob_brown',
      language_code: 'en',
    })

    // ── onboarding through the wizard, one in each language ──
    await onboardViaBot(tg, anna.id, {
      lang: 'ru',
      topics: ['burnout', 'anxiety', 'loneliness'],
      offset: '+3',
    })
    const bobBio = 'Quiet evenings, long walks, learning to rest'
    await onboardViaBot(tg, bob.id, { lang: 'en', topics: ['burnout', 'anxiety'], offset: '+2', bio: bobBio })
    const [ua] = await h.db.db.select().from(users).where(eq(users.telegramId, anna.id))
    const [ub] = await h.db.db.select().from(users).where(eq(users.telegramId, bob.id))
    expect(ua?.safetyAck && ub?.safetyAck).toBe(true)
    expect(ua?.language).toBe('ru')
    expect(ub?.language).toBe('en')
    const nickA = ua!.nickname!
    const nickB = ub!.nickname!
    expect(nickA).not.toContain('Анна')
    expect(nickB).not.toContain('Robert')

    // ── matching ──
    const mark = { a: await tg.mark(anna.id), b: await tg.mark(bob.id) }
    await tg.send(anna.id, '/find')
    await tg.send(bob.id, '/find')
    const hasAccept = (m: { buttons: { callback_data?: string }[] }) =>
      m.buttons.some((x) => x.callback_data?.startsWith('match:acc:'))
    const propA = await tg.waitFor(anna.id, hasAccept, { ...WAIT, afterMessageId: mark.a })
    const propB = await tg.waitFor(bob.id, hasAccept, { ...WAIT, afterMessageId: mark.b })
    expect(propA.text).toContain(nickB)
    expect(propB.text).toContain(nickA)
    // Bob's "about me" is shown to Anna (in her language's wording); Anna wrote none, so Bob sees no such line
    expect(propA.text).toContain(t('ru', 'partner-about', { bio: bobBio }))
    expect(propB.text).not.toContain(t('en', 'partner-about', { bio: '' }).trim())
    await tg.pressButton(anna.id, t('ru', 'match-btn-accept'))
    await tg.pressButton(bob.id, t('en', 'match-btn-accept'))
    await tg.waitForText(anna.id, firstLine(t('ru', 'chat-opened', { partner: nickB, about: '' })), WAIT)
    await tg.waitForText(bob.id, firstLine(t('en', 'chat-opened', { partner: nickA, about: '' })), WAIT)

    // ── the anonymous conversation, in order, as copies with protect_content ──
    const fromAnna = ['Привет. Я совсем выгорела на работе.', 'Не сплю уже неделю.']
    for (const text of fromAnna) await tg.send(anna.id, text)
    for (const text of fromAnna) await tg.waitForText(bob.id, text, WAIT)
    await tg.send(bob.id, 'I hear you. What helped you before?')
    await tg.send(bob.id, { sticker: true })
    const got = await tg.waitForText(anna.id, 'I hear you. What helped you before?', WAIT)
    expect(got.method).toBe('copyMessage')
    expect(got.protect_content).toBe(true)
    await tg.waitFor(anna.id, (m) => m.type === 'sticker', WAIT)
    const bobInbox = (await tg.inbox(bob.id)).filter((m) => fromAnna.includes(m.text ?? ''))
    expect(bobInbox.map((m) => m.text)).toEqual(fromAnna)

    // ── /end, ratings ──
    const [session] = await h.db.db.select().from(chatSessions)
    expect(session?.status).toBe('active')
    await tg.send(anna.id, '/end')
    await click(tg, anna.id, t('ru', 'chat-end-yes'))
    await tg.waitForText(bob.id, t('en', 'chat-ended-by-partner'), WAIT)
    await tg.waitForText(anna.id, t('ru', 'chat-rate-prompt'), WAIT)
    await tg.waitForText(bob.id, t('en', 'chat-rate-prompt'), WAIT)
    await click(tg, anna.id, t('ru', 'chat-rate-button', { stars: 5 }))
    await click(tg, bob.id, t('en', 'chat-rate-button', { stars: 4 }))
    const ended = await tg.until(async () => {
      const [s] = await h.db.db.select().from(chatSessions).where(eq(chatSessions.id, session!.id))
      return s?.ratingByA && s.ratingByB ? s : undefined
    }, WAIT)
    expect(ended.status).toBe('ended')
    const [ratedB] = await h.db.db.select().from(users).where(eq(users.id, ub!.id))
    expect(ratedB!.ratingCount).toBe(1)
    expect(ratedB!.helpfulnessScore).toBeGreaterThan(0.5)

    // ── Anna thanks Bob with 25 ⭐ ──
    await click(tg, anna.id, t('ru', 'chat-tip-button'))
    await click(tg, anna.id, t('ru', 'tips-btn-amount', { amount: 25 }))
    const invoice = await tg.waitFor(anna.id, (m) => m.type === 'invoice', WAIT)
    const paid = await tg.pay(anna.id, { messageId: invoice.message_id })
    expect(paid.ok).toBe(true)
    await tg.waitForText(anna.id, /25 ⭐/, { ...WAIT, afterMessageId: invoice.message_id })
    await tg.waitForText(
      bob.id,
      firstLine(t('en', 'tips-thanks-received', { name: nickA, amount: 25, net: 0 })).split(':')[0]!,
      WAIT,
    )
    const [tip] = await h.db.db.select().from(tips)
    expect(tip).toMatchObject({ amount: 25, payerId: ua!.id, recipientId: ub!.id, status: 'paid' })
    expect(tip!.providerFeeMinor + tip!.ourCommissionMinor + tip!.netMinor).toBe(25)
    const ledger = await h.db.db.select().from(ledgerEntries).where(eq(ledgerEntries.userId, ub!.id))
    expect(ledger.map((e) => e.amountMinor)).toEqual([tip!.netMinor])

    // ── nobody's Telegram identity ever reached the other side ──
    await tg.idle()
    const calls = await tg.calls()
    expect(calls.some((c) => c.method === 'forwardMessage')).toBe(false)
    const identity = {
      [anna.id]: [String(anna.id), 'Анна', 'Смирнова', 'anna_smirnova'],
      [bob.id]: [String(bob.id), 'Robert', 'Brown', 'bob_brown'],
    }
    for (const [recipient, other] of [
      [bob.id, anna.id],
      [anna.id, bob.id],
    ] as const) {
      const toRecipient = calls.filter((c) => Number(c.params.chat_id) === recipient)
      expect(toRecipient.length).toBeGreaterThan(5)
      for (const call of toRecipient) {
        // from_chat_id only tells Telegram where to copy from; the recipient never sees it
        const { from_chat_id: _source, ...visible } = call.params
        const json = JSON.stringify(visible)
        for (const secret of identity[other]!)
          expect(json, `${call.method} to ${recipient}`).not.toContain(secret)
      }
      const seen = JSON.stringify(
        (await tg.inbox(recipient)).map((m) => ({ text: m.text, caption: m.caption, kb: m.reply_markup })),
      )
      for (const secret of identity[other]!) expect(seen).not.toContain(secret)
    }
  }, 180_000)
})
