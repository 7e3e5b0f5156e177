import { mkdirSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../../../test/helpers/app.js'
import { launchChromium } from '../../../test/helpers/browser.js'
import { chatSessions, safetyFlags, tips, topics, users } from '../../db/schema/index.js'
import { insertActiveSession, insertFlag, insertTip, insertUser } from '../../modules/moderation/testing.js'

const ADMIN_TOKEN = 'browser-test-admin-token-42'
const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url)

let t: TestApp
let browser: Browser
let base: string

beforeAll(async () => {
  t = await startTestApp({ env: { ADMIN_TOKEN } })
  const addr = t.app.server.server.address()
  if (!addr || typeof addr === 'string') throw new Error('app is not listening on a TCP port')
  base = `http://127.0.0.1:${addr.port}`
  browser = await launchChromium()
  mkdirSync(ARTIFACTS, { recursive: true })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await t?.close()
})

describe('admin dashboard in a real browser', () => {
  it('when a moderator logs in, resolves a flag and bans the user, then the flag is closed, the user banned and their chat ended', async () => {
    // Two emulator users in an active chat (as matching leaves them); /help makes both "start" the bot.
    const tgTroll = await t.tg.createUser({ first_name: 'Troll', language_code: 'en' })
    const tgReporter = await t.tg.createUser({ first_name: 'Reporter', language_code: 'en' })
    const troll = await insertUser(t.db.db, {
      nickname: 'Stormy Crow',
      telegramId: tgTroll.id,
      language: 'en',
    })
    const reporter = await insertUser(t.db.db, {
      nickname: 'Gentle Deer',
      telegramId: tgReporter.id,
      language: 'en',
    })
    const { sessionId } = await insertActiveSession(t.db.db, troll, reporter)
    await t.tg.send(tgTroll.id, '/help')
    await t.tg.send(tgReporter.id, '/help')
    await t.tg.idle()
    const flagId = await insertFlag(t.db.db, {
      userId: troll,
      reporterId: reporter,
      sessionId,
      kind: 'report',
      severity: 'high',
      reason: 'harassment',
      context: {
        messages: [
          { from: 'reported', text: 'write me at [email] or else' },
          { from: 'reporter', text: 'please stop' },
        ],
      },
      withReport: { reason: 'harassment' },
    })

    const page = await browser.newPage()
    try {
      // Not logged in: the dashboard sends us to the login form.
      await page.goto(`${base}/admin`)
      expect(new URL(page.url()).pathname).toBe('/admin/login')
      // Russian by default; the switch (a plain link) turns the dashboard English for this browser.
      expect(await page.locator('h1').textContent()).toBe('Панель модерации')
      await page.click('a[hreflang=en]')
      await page.waitForURL('**/admin/login')
      expect(await page.locator('h1').textContent()).toBe('Moderation dashboard')
      await page.fill('#token', ADMIN_TOKEN)
      await page.fill('#name', 'Browser Mod')
      await page.click('button[type=submit]')
      await page.waitForURL('**/admin/flags')

      // The queue shows the anonymised context; resolve with a note.
      const card = page.locator(`#flag-${flagId}`)
      await card.waitFor()
      expect(await card.textContent()).toContain('write me at [email] or else')
      await card.locator('textarea[name=note]').fill('Warned; banning for repeated harassment')
      await card.locator('button[value=resolved]').click()
      await page.locator('.flash.ok', { hasText: 'Flag resolved.' }).waitFor()
      expect(await page.locator(`#flag-${flagId}`).count()).toBe(0)

      // Find the user by pseudonym and ban them.
      await page.click('header a[href="/admin/users"]')
      await page.fill('input[name=q]', 'stormy')
      await page.click('form[action="/admin/users"] button')
      await page.click(`a[href="/admin/users/${troll}"]`)
      await page.waitForURL(`**/admin/users/${troll}`)
      await page.fill('#ban-reason', 'Harassment after a warning')
      await page.click('button.danger')
      await page.locator('.flash.ok', { hasText: 'their active chat (if any) was ended' }).waitFor()
      await page.locator('.badge.banned').waitFor()

      mkdirSync(ARTIFACTS, { recursive: true })
      await page.screenshot({ path: new URL('admin-ban.png', ARTIFACTS).pathname, fullPage: true })
    } finally {
      await page.close()
    }

    const [flag] = await t.db.db.select().from(safetyFlags).where(eq(safetyFlags.id, flagId))
    expect(flag).toMatchObject({
      status: 'resolved',
      resolvedBy: 'admin:Browser Mod',
      resolutionNote: 'Warned; banning for repeated harassment',
    })
    const [user] = await t.db.db.select().from(users).where(eq(users.id, troll))
    expect(user?.bannedAt).toBeInstanceOf(Date)
    expect(user?.banReason).toBe('Harassment after a warning')
    const [session] = await t.db.db.select().from(chatSessions).where(eq(chatSessions.id, sessionId))
    expect(session).toMatchObject({ status: 'ended', endReason: 'banned' })
    // The partner is told the conversation ended; the banned user's words no longer reach anyone.
    await t.tg.waitForText(tgReporter.id, /partner has left/)
    const before = (await t.tg.inbox(tgReporter.id)).length
    await t.tg.send(tgTroll.id, 'are you still there?')
    await t.tg.waitForText(tgTroll.id, /blocked by a moderator/)
    await t.tg.idle()
    expect((await t.tg.inbox(tgReporter.id)).length).toBe(before)
  }, 120_000)
})

describe('admin dashboard at phone and desktop widths', () => {
  const WIDTHS = [
    { name: 'phone', width: 375, height: 740 },
    { name: 'desktop', width: 1280, height: 900 },
  ] as const

  it('when every page is opened at 375 px and at desktop width, then nothing widens the page, the tips table lines up and long topic names wrap', async () => {
    const payer = await insertUser(t.db.db, { nickname: 'Щедрый Барсук', language: 'ru' })
    const helper = await insertUser(t.db.db, { nickname: 'Тихая Сова', language: 'ru' })
    const gone = await insertUser(t.db.db, { nickname: 'Gone Soon', deletedAt: new Date() })
    await t.db.db.update(users).set({ nickname: null }).where(eq(users.id, gone))
    const tipId = await insertTip(t.db.db, { payerId: payer, recipientId: helper, amount: 50 })
    await insertTip(t.db.db, { payerId: gone, recipientId: helper, amount: 5 })
    const longName = 'Очень длинное название темы, которое никак не помещается в одну строку таблицы'
    await t.db.db
      .insert(topics)
      .values({ slug: 'very_long_topic', nameRu: longName, nameEn: 'Long', sort: 999 })

    for (const w of WIDTHS) {
      const ctx = await browser.newContext({ viewport: { width: w.width, height: w.height } })
      const page = await ctx.newPage()
      try {
        await page.goto(`${base}/admin/login`)
        await page.fill('#token', ADMIN_TOKEN)
        await page.click('button[type=submit]')
        await page.waitForURL('**/admin/flags')
        for (const path of [
          '/admin/flags',
          '/admin/users',
          `/admin/users/${payer}`,
          '/admin/sessions',
          '/admin/tips',
          `/admin/tips/${tipId}/refund`,
          '/admin/topics',
          '/admin/audit',
        ]) {
          await page.goto(`${base}${path}`)
          // Wide tables scroll in their own box; the page itself never scrolls sideways.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          expect(overflow, `${w.name} ${path}`).toBeLessThanOrEqual(0)
          const shot = `admin-${w.name}-${path.split('/').filter(Boolean).slice(1).join('-') || 'home'}.png`
          await page.screenshot({ path: new URL(shot, ARTIFACTS).pathname, fullPage: true })
        }

        // Tips: one cell per header in every row; "Paid" holds a date; the refund link sits under its own header.
        await page.goto(`${base}/admin/tips`)
        const heads = await page.locator('table.tips thead th').count()
        const rows = await page
          .locator('table.tips tbody tr')
          .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td').length))
        expect(heads).toBe(9)
        expect(rows.length).toBeGreaterThan(0)
        for (const n of rows) expect(n).toBe(heads)
        const paidIndex = await page
          .locator('table.tips thead th')
          .evaluateAll((ths) => ths.findIndex((th) => th.textContent === 'Оплачено'))
        const row = page.locator(`tr[data-tip-id="${tipId}"] td`)
        expect(await row.nth(paidIndex).textContent()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/)
        expect(
          await row
            .nth(paidIndex + 1)
            .locator('a')
            .textContent(),
        ).toBe('Вернуть…')
        expect(await page.locator('table.tips').textContent()).toContain(`удалённый пользователь №${gone}`)

        // Topics: a header row; the long name wraps inside its cell instead of being cut or widening it.
        await page.goto(`${base}/admin/topics`)
        expect(await page.locator('table.topics thead th').count()).toBe(6)
        const name = page.locator('tr[data-topic-row="very_long_topic"] textarea[name=nameRu]')
        expect(await name.inputValue()).toBe(longName)
        const box = await name.evaluate((el) => ({
          scrollW: el.scrollWidth,
          clientW: el.clientWidth,
          lines: Math.round(el.scrollHeight / Number.parseFloat(getComputedStyle(el).lineHeight)),
        }))
        expect(box.scrollW).toBeLessThanOrEqual(box.clientW)
        expect(box.lines).toBeGreaterThan(1)
      } finally {
        await ctx.close()
      }
    }
  }, 120_000)

  it('when a moderator refunds from the browser, then the confirmation page comes first and the refund is applied only after confirming', async () => {
    const payerTg = await t.tg.createUser({ first_name: 'Payer', language_code: 'en' })
    const payer = await insertUser(t.db.db, { nickname: 'Paying Puma', telegramId: payerTg.id })
    const helper = await insertUser(t.db.db, { nickname: 'Helping Hare' })
    const tipId = await insertTip(t.db.db, { payerId: payer, recipientId: helper, amount: 20 })
    const ctx = await browser.newContext({ viewport: { width: 375, height: 740 } })
    const page = await ctx.newPage()
    try {
      await page.goto(`${base}/admin/lang/en?back=%2Fadmin%2Flogin`)
      await page.fill('#token', ADMIN_TOKEN)
      await page.click('button[type=submit]')
      await page.waitForURL('**/admin/flags')
      await page.goto(`${base}/admin/tips`)
      await page.click(`tr[data-tip-id="${tipId}"] a[href="/admin/tips/${tipId}/refund"]`)
      await page.waitForURL(`**/admin/tips/${tipId}/refund`)
      expect(await page.locator('main').textContent()).toContain('cannot be undone')
      const [before] = await t.db.db.select().from(tips).where(eq(tips.id, tipId))
      expect(before?.status).toBe('paid')
      await page.click('button.danger')
      // The emulator never saw this charge: Telegram's refusal is shown, and nothing is refunded.
      await page.locator('.flash.error', { hasText: 'Telegram refused the refund' }).waitFor()
      const error = await page.locator('.flash.error q').textContent()
      expect(error?.length).toBeGreaterThan(0)
      await page.screenshot({
        path: new URL('admin-refund-error-phone.png', ARTIFACTS).pathname,
        fullPage: true,
      })
      const [after] = await t.db.db.select().from(tips).where(eq(tips.id, tipId))
      expect(after?.status).toBe('paid')
    } finally {
      await ctx.close()
    }
  }, 60_000)
})
