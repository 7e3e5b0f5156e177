import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { startChattingPair } from '../../../test/helpers/chat-pair.js'
import { users } from '../../db/schema/index.js'
import { seedOnboardedUser } from '../features/start.testkit.js'

const WAIT = { timeoutMs: 20_000 }

/**
 * Prompts armed under the keys used before the armed-prompts hash (one key per feature) still take their
 * answer after a deploy: the claim script moves them into the hash.
 */
describe('armed prompts across the key change (e2e)', () => {
  const h = testAppPerFile()

  it('when a /profile prompt was armed under its old key, then the next text answers it', async () => {
    const u = await h.tg.createUser({ first_name: 'Vera', language_code: 'en' })
    const row = await seedOnboardedUser(h.db.db, u.id, { lang: 'en' })
    await h.redis.redis.set(`users:await:${row.id}`, 'bio', 'EX', 600)
    const { message_id } = await h.tg.send(u.id, 'I like long walks')
    await h.tg.waitForText(u.id, 'Saved', { ...WAIT, afterMessageId: message_id })
    const [saved] = await h.db.db.select({ bio: users.bio }).from(users).where(eq(users.id, row.id))
    expect(saved?.bio).toBe('I like long walks')
    expect(await h.redis.redis.exists(`users:await:${row.id}`)).toBe(0)
  })

  it('when report details were asked for under the old key in an active chat, then the text is not relayed to the partner', async () => {
    const { a, b, ...s } = await startChattingPair(
      h,
      'en',
      { first_name: 'Anna', nickname: 'Quiet Fox' },
      { first_name: 'Boris', nickname: 'Bright Owl' },
    )
    const report = await h.app.services.reports.report({
      reporterId: s.userA,
      sessionId: s.sessionId,
      reason: 'other',
    })
    if (!report.ok) throw new Error('report not filed')
    await h.redis.redis.set(
      `chat:await:${s.userA}`,
      JSON.stringify({ kind: 'report', reportId: report.reportId }),
      'EX',
      600,
    )
    const before = (await h.tg.inbox(b.id)).length
    const { message_id } = await h.tg.send(a.id, 'they keep asking for my address')
    await h.tg.waitForText(a.id, 'the details have been added', { ...WAIT, afterMessageId: message_id })
    await h.app.services.outbox.idle()
    expect((await h.tg.inbox(b.id)).slice(before).map((m) => m.text)).not.toContain(
      'they keep asking for my address',
    )
  })
})
