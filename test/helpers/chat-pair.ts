import { seedSession } from '../../src/modules/chat/test-fixtures.js'
import type { TestApp } from './app.js'
import type { UserView } from './emulator-driver.js'

type Person = { first_name: string; username?: string; nickname: string }

/**
 * Two Telegram users with an active chat between them (seeded in the database), both in `language`, each
 * having started the bot (a user must have, before the bot may write to them; their /help answer is read).
 */
export async function startChattingPair(
  h: Pick<TestApp, 'tg' | 'db'>,
  language: 'ru' | 'en',
  a: Person,
  b: Person,
): Promise<{ a: UserView; b: UserView; sessionId: number; matchId: number; userA: number; userB: number }> {
  const user = (p: Person) =>
    h.tg.createUser({
      first_name: p.first_name,
      ...(p.username ? { username: p.username } : {}),
      language_code: language,
    })
  const ta = await user(a)
  const tb = await user(b)
  const s = await seedSession(
    h.db.db,
    { telegramId: ta.id, nickname: a.nickname, language },
    { telegramId: tb.id, nickname: b.nickname, language },
  )
  for (const u of [ta, tb]) {
    await h.tg.send(u.id, '/help')
    await h.tg.waitForCount(u.id, 1, { timeoutMs: 20_000 })
  }
  return { a: ta, b: tb, ...s }
}
