import { mkdirSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../../../test/helpers/app.js'
import { launchChromium } from '../../../test/helpers/browser.js'
import { chatSessions, safetyFlags, users } from '../../db/schema/index.js'
import { insertActiveSession, insertFlag, insertUser } from '../../modules/moderation/testing.js'

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
