import { seedSession } from '../../src/modules/chat/test-fixtures.js'
import type { TestApp } from './app.js'
import type { UserView, WaitOptions } from './emulator-driver.js'

type Person = { first_name: string; username?: string; nickname: string }

export type ChattingPair = {
  a: UserView
  b: UserView
  sessionId: number
  matchId: number
  userA: number
  userB: number
}

/**
 * Two Telegram users with an active chat between them (seeded in the database), both in `language`, each
 * having started the bot (a user must have, before the bot may write to them; their /help answer is read).
 */
export async function startChattingPair(
  h: Pick<TestApp, 'tg' | 'db'>,
  language: 'ru' | 'en',
  a: Person,
  b: Person,
  wait: WaitOptions = { timeoutMs: 20_000 },
): Promise<ChattingPair> {
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
    await h.tg.waitForCount(u.id, 1, wait)
  }
  return { a: ta, b: tb, ...s }
}

/**
 * A new Russian-speaking pair on each call (first names `<name>1`, `<name>2`, …; pseudonyms `A1`/`B1`, …), for
 * files that open many chats on one app. `h` may be a `testAppPerFile` harness: it is read at each call.
 */
export function numberedPairs(
  h: Pick<TestApp, 'tg' | 'db'>,
  names: [string, string],
  wait?: WaitOptions,
): () => Promise<ChattingPair> {
  let n = 0
  return () => {
    n++
    return startChattingPair(
      h,
      'ru',
      { first_name: `${names[0]}${n}`, nickname: `A${n}` },
      { first_name: `${names[1]}${n}`, nickname: `B${n}` },
      wait,
    )
  }
}

/** Texts of the relayed copies (copyMessage) in a user's chat, in chat order. */
export async function relayedCopies(h: Pick<TestApp, 'tg'>, userId: number): Promise<(string | undefined)[]> {
  return (await h.tg.inbox(userId)).filter((m) => m.method === 'copyMessage').map((m) => m.text)
}
