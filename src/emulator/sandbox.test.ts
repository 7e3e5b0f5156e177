import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../test/helpers/browser.js'
import { startEmulator, startWebhookBot } from './test-support.js'

let t: Awaited<ReturnType<typeof startEmulator>>
let fakeBot: Awaited<ReturnType<typeof startWebhookBot>>

beforeAll(async () => {
  t = await startEmulator()
  // a tiny bot standing in for the real app
  fakeBot = await startWebhookBot(t, (bot) => {
    bot.command('start', (ctx) =>
      ctx.reply('<b>Привет!</b> Ты не один.', {
        parse_mode: 'HTML',
        reply_markup: { inline_keyboard: [[{ text: 'Найти собеседника', callback_data: 'find' }]] },
      }),
    )
    bot.command('tip', (ctx) =>
      ctx.replyWithInvoice('Чай слушателю', 'Спасибо за разговор', 'tip:1', 'XTR', [
        { label: 'Tip', amount: 15 },
      ]),
    )
    bot.callbackQuery('find', async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'Ищем…' })
      await ctx.editMessageText('Ищем собеседника…')
    })
    bot.on('pre_checkout_query', (ctx) => ctx.answerPreCheckoutQuery(true))
    bot.on('message:successful_payment', (ctx) => ctx.reply('Спасибо за ⭐️!'))
    bot.on('message:sticker', (ctx) => ctx.reply(`Стикер ${ctx.message.sticker.emoji ?? ''} получен`))
    bot.on('message:text', (ctx) => ctx.reply(`Эхо: ${ctx.message.text}`))
  })
})

afterAll(async () => {
  await fakeBot?.close()
  await t?.close()
})

describe('sandbox page', () => {
  it('when a person uses the sandbox in a browser, then users chat, press buttons, send stickers and pay', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      const pageErrors: string[] = []
      page.on('pageerror', (e) => pageErrors.push(e.message))
      await page.goto(`${t.url}/sandbox`)
      await page.click('#add-user')
      await page.click('#add-user')
      await page.locator('.col').nth(1).waitFor()
      const [first, second] = [page.locator('.col').nth(0), page.locator('.col').nth(1)]
      const firstId = Number(await first.getAttribute('data-user-id'))

      await first.locator('.composer textarea').fill('/start')
      await first.locator('.composer textarea').press('Enter')
      await first.locator('.msg.bot', { hasText: 'Привет!' }).waitFor()
      expect(await first.locator('.msg.bot b').first().textContent()).toBe('Привет!')

      await first.locator('.kb-btn', { hasText: 'Найти собеседника' }).click()
      await first.locator('.toast', { hasText: 'Ищем…' }).waitFor()
      await first.locator('.msg.bot', { hasText: 'Ищем собеседника…' }).waitFor()
      expect(await first.locator('.kb-btn', { hasText: 'Найти собеседника' }).count()).toBe(0)

      await second.locator('.quick-sticker').click()
      await second.locator('.msg.bot', { hasText: 'Стикер 🙂 получен' }).waitFor()
      await second.locator('.composer textarea').fill('как дела?')
      await second.locator('.send-btn').click()
      await second.locator('.msg.bot', { hasText: 'Эхо: как дела?' }).waitFor()

      await first.locator('.composer textarea').fill('/tip')
      await first.locator('.composer textarea').press('Enter')
      await first.locator('.invoice', { hasText: 'Чай слушателю' }).waitFor()
      await first.locator('.kb-btn.pay').click()
      await first.locator('.msg.bot', { hasText: 'Спасибо за ⭐️!' }).waitFor()
      await first.locator('.service', { hasText: 'Вы оплатили ⭐️15' }).waitFor()
      // like Telegram, the paid invoice offers a receipt instead of a second payment
      const paidBtn = first.locator('.kb-btn.pay.paid')
      await paidBtn.waitFor()
      expect(await paidBtn.textContent()).toBe('Paid ✓ · Receipt')
      expect(await paidBtn.isDisabled()).toBe(true)

      await first.locator('.block-btn').click()
      await first.locator('.status', { hasText: 'бот заблокирован' }).waitFor()

      mkdirSync('test-artifacts', { recursive: true })
      await page.screenshot({ path: 'test-artifacts/emulator-sandbox.png' })

      // the page is a view over the control API: the state it showed is the emulator's state
      const inbox = await t.tg.inbox(firstId)
      expect(inbox.map((m) => m.text ?? m.type)).toEqual(['Ищем собеседника…', 'invoice', 'Спасибо за ⭐️!'])
      expect((await t.tg.user(firstId)).blocked).toBe(true)
      expect(pageErrors).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('when the sandbox opens with no users, then it says what to do first and nothing it loads is missing (no favicon 404)', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      const failed: string[] = []
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`)
      })
      await t.tg.reset()
      await page.goto(`${t.url}/sandbox`)
      const hint = page.locator('#first-steps')
      await hint.waitFor()
      expect(await hint.textContent()).toMatch(/\+ User[\s\S]*\/start/)
      await page.click('#add-user')
      await page.locator('.col').first().waitFor()
      expect(await hint.isVisible()).toBe(false)
      // the page has its icon inline, and a client asking for /favicon.ico anyway is not answered 404
      expect(await page.locator('link[rel=icon]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/)
      expect((await fetch(`${t.url}/favicon.ico`)).status).toBe(204)
      await page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/control/'))
      expect(failed).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
