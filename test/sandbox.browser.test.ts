import { mkdirSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createI18n, type Language } from '../src/bot/i18n.js'
import { chatSessions, tips, users } from '../src/db/schema/index.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { launchChromium } from './helpers/browser.js'

const ARTIFACTS = 'test-artifacts'

const { translate } = createI18n()
const t = (lang: Language, key: string, vars?: Record<string, string | number>) => translate(lang, key, vars)
const firstLine = (s: string) => s.split('\n')[0]!.trim()
/** Topic buttons read "<emoji> <name>", ticked ones "✅ <emoji> <name>". */
const TOPICS = { ru: ['Выгорание', 'Тревога'], en: ['Burnout', 'Anxiety'] } as const

/**
 * One user's column on the sandbox page, driven only the way a person would: typing into the composer
 * and clicking the buttons rendered under the bot's messages.
 */
function column(page: Page, userId: number) {
  const root = page.locator(`.col[data-user-id="${userId}"]`)
  const botMessage = (text: string | RegExp) => root.locator('.msg.bot', { hasText: text }).last()
  /** The newest bot message carrying a button with exactly this label. */
  const button = (label: string | RegExp) => {
    const name = typeof label === 'string' ? { name: label, exact: true } : { name: label }
    return root
      .locator('.msg.bot')
      .filter({ has: page.getByRole('button', name) })
      .last()
      .getByRole('button', name)
  }
  return {
    root,
    botMessage,
    button,
    /** Types into the composer and presses Enter; waits until the page shows the message as sent. */
    async type(text: string) {
      const input = root.locator('.composer textarea')
      await input.fill(text)
      await input.press('Enter')
      await root.locator('.msg.user', { hasText: text }).last().waitFor()
    },
    async press(label: string | RegExp) {
      await button(label).click()
    },
    /** Waits for a bot message containing `text` (substring) and returns its locator. */
    async see(text: string | RegExp): Promise<Locator> {
      const m = botMessage(text)
      await m.waitFor()
      return m
    },
  }
}
type Column = ReturnType<typeof column>

/** The onboarding wizard, clicked through as a person: every step waits for the bot's next prompt. */
async function onboard(c: Column, lang: Language, offset: string) {
  const tr = (key: string, vars?: Record<string, string | number>) => t(lang, key, vars)
  await c.type('/start')
  await c.see(t('ru', 'onboarding-choose-language'))
  await c.press(t('ru', lang === 'ru' ? 'onboarding-lang-ru' : 'onboarding-lang-en'))
  // crisis lines at consent: every set (by language before a time zone is known) ends with the directories
  await c.see('findahelpline.com')
  await c.press(tr('onboarding-consent-button'))
  await c.see(firstLine(tr('age-question')).slice(0, 20))
  await c.press(tr('age-btn-18_plus'))
  await c.see(firstLine(tr('onboarding-nickname', { nickname: '' })))
  await c.press(tr('onboarding-nickname-keep'))
  await c.see(firstLine(tr('onboarding-topics', { min: 2 })).slice(0, 20))
  for (const topic of TOPICS[lang]) {
    await c.press(new RegExp(`^(?!✅)\\S* ?${topic}$`))
    // the keyboard is edited in place: wait for the tick before the next press
    await c.button(new RegExp(`^✅ .*${topic}$`)).waitFor()
  }
  await c.press(tr('onboarding-topics-done'))
  await c.see(firstLine(tr('onboarding-timezone')).slice(0, 20))
  await c.type(offset)
  await c.see(firstLine(tr('onboarding-availability')).slice(0, 20))
  const evening = tr('onboarding-av-weekday_evening')
  await c.press(evening)
  await c.button(`✅ ${evening}`).waitFor()
  await c.press(tr('onboarding-availability-done'))
  await c.see(firstLine(tr('onboarding-bio', { max: 0 })).slice(0, 30))
  await c.press(tr('onboarding-bio-skip'))
  await c.see(lang === 'ru' ? 'Готово,' : 'All set,')
}

/**
 * The README promises: `npm start` without BOT_TOKEN opens a sandbox where a person plays several users
 * side by side with the real bot. Here a headless browser is that person, and the bot is the real app
 * (webhook path, Postgres, Redis, match worker) — every action is a click or keystroke on the page.
 */
describe('sandbox page with the real bot', () => {
  let h: TestApp
  let browser: Browser
  beforeAll(async () => {
    h = await startTestApp({ env: { RATE_LIMIT_PER_MIN: '1000', MATCH_SWEEP_INTERVAL_MS: '100' } })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await h?.close()
  })

  it('when a person plays two users on the page, then they onboard, match, chat, end, rate and tip', async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } })
    page.setDefaultTimeout(20_000)
    const pageErrors: string[] = []
    page.on('pageerror', (e) => pageErrors.push(e.message))
    await page.goto(`${h.emulator.url}/sandbox`)

    // ── two users: one with a Russian Telegram client, one with an English one ──
    await page.locator('#lang').selectOption('ru')
    await page.locator('#add-user').click()
    await page.locator('.col').nth(0).waitFor()
    await page.locator('#lang').selectOption('en')
    await page.locator('#add-user').click()
    await page.locator('.col').nth(1).waitFor()
    const [idA, idB] = await Promise.all(
      [0, 1].map(async (i) => Number(await page.locator('.col').nth(i).getAttribute('data-user-id'))),
    )
    const a = column(page, idA!)
    const b = column(page, idB!)
    expect((await h.tg.user(idB!)).language_code).toBe('en')

    // ── onboarding, ru and en ──
    await onboard(a, 'ru', '+3')
    await onboard(b, 'en', '+2')
    const [ua] = await h.db.db.select().from(users).where(eq(users.telegramId, idA!))
    const [ub] = await h.db.db.select().from(users).where(eq(users.telegramId, idB!))
    expect(ua).toMatchObject({
      language: 'ru',
      safetyAck: true,
      onboardingStep: 'done',
      utcOffsetMinutes: 180,
    })
    expect(ub).toMatchObject({
      language: 'en',
      safetyAck: true,
      onboardingStep: 'done',
      utcOffsetMinutes: 120,
    })
    const nickA = ua!.nickname!
    const nickB = ub!.nickname!
    await page.screenshot({ path: `${ARTIFACTS}/sandbox-real-bot-onboarded.png` })

    // ── matching: both /find, both accept ──
    await a.type('/find')
    await b.type('/find')
    await a.see(firstLine(t('ru', 'match-proposal', { nickname: nickB, about: '', topics: '', minutes: 0 })))
    await b.see(firstLine(t('en', 'match-proposal', { nickname: nickA, about: '', topics: '', minutes: 0 })))
    await a.press(t('ru', 'match-btn-accept'))
    await b.press(t('en', 'match-btn-accept'))
    await a.see(firstLine(t('ru', 'chat-opened', { partner: nickB, about: '' })))
    await b.see(firstLine(t('en', 'chat-opened', { partner: nickA, about: '' })))

    // ── user 1 writes; user 2 sees it in their column, as the bot's anonymous copy ──
    const hello = 'Привет. Я совсем выгорела на работе.'
    await a.type(hello)
    const relayed = await b.see(hello)
    // relayed with protect_content: the page marks such messages with a lock
    await relayed.locator('.meta', { hasText: '🔒' }).waitFor()
    await page.screenshot({ path: `${ARTIFACTS}/sandbox-real-bot-chat.png` })

    // ── user 1 ends the chat and confirms; both rate ──
    await a.type('/end')
    await a.press(t('ru', 'chat-end-yes'))
    await b.see(t('en', 'chat-ended-by-partner'))
    await a.see(t('ru', 'chat-rate-prompt'))
    await b.see(t('en', 'chat-rate-prompt'))
    await a.press(t('ru', 'chat-rate-button', { stars: 5 }))
    await b.press(t('en', 'chat-rate-button', { stars: 4 }))
    await a.see(t('ru', 'chat-rated', { stars: 5 }))
    await b.see(t('en', 'chat-rated', { stars: 4 }))

    // ── user 1 thanks user 2 with Stars: tip button → amount → Pay on the invoice ──
    await a.press(t('ru', 'chat-tip-button'))
    await a.press(t('ru', 'tips-btn-amount', { amount: 25 }))
    const invoice = a.root.locator('.msg.bot', { has: page.locator('.invoice') }).last()
    expect(await invoice.locator('.invoice .amount').textContent()).toBe('⭐️ 25')
    await invoice.locator('.kb-btn.pay').click()
    await a.root.locator('.service', { hasText: 'Вы оплатили ⭐️25' }).waitFor()
    const receipt = await a.see(/🧾 Чек №\d+/)
    expect(await receipt.textContent()).toContain(`Собеседник: ${nickB}`)
    expect(await receipt.textContent()).toContain('Сумма: 25 ⭐')
    const thanks = await b.see(`${nickA} thanked you for the chat: 25 ⭐`)
    expect(await thanks.textContent()).toContain('credited to your balance')
    await page.screenshot({ path: `${ARTIFACTS}/sandbox-real-bot.png` })

    // ── the page was a view over the real app: its state is the database's state ──
    const [session] = await h.db.db.select().from(chatSessions)
    const ratingBy = (userId: number) => (session?.userA === userId ? session.ratingByA : session?.ratingByB)
    expect(session?.status).toBe('ended')
    expect([ratingBy(ua!.id), ratingBy(ub!.id)]).toEqual([5, 4])
    const [tip] = await h.db.db.select().from(tips)
    expect(tip).toMatchObject({ amount: 25, payerId: ua!.id, recipientId: ub!.id, status: 'paid' })
    expect(await page.locator('#hook').textContent()).not.toContain('last error')
    expect(pageErrors).toEqual([])
  }, 240_000)
})
