import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import type { MessageView } from '../../../test/helpers/emulator-driver.js'
import { users } from '../../db/schema/index.js'
import { seedSession } from '../../modules/chat/test-fixtures.js'
import { createI18n } from '../i18n.js'
import { seedOnboardedUser } from './start.testkit.js'

const WAIT = { timeoutMs: 20_000 }
const { translate } = createI18n()
const en = (key: string) => translate('en', key)
const ru = (key: string) => translate('ru', key)

/**
 * Messy-user edge cases found in exploratory testing: every message and button press gets a clear,
 * localised answer — never silence — and nothing is relayed that shouldn't be.
 */
describe('edge cases (e2e through the emulator)', () => {
  let n = 0
  const h = testAppPerFile({ env: { RATE_LIMIT_PER_MIN: '1000', MATCH_SWEEP_INTERVAL_MS: '100' } })

  /** An emulator user who pressed /start and was then onboarded in the database. */
  async function onboarded(lang: 'ru' | 'en' = 'en') {
    n++
    const u = await h.tg.createUser({ first_name: `Edge${n}`, language_code: lang })
    await h.tg.send(u.id, '/start')
    await h.tg.waitForCount(u.id, 1, WAIT)
    const row = await seedOnboardedUser(h.db.db, u.id, {
      lang,
      nickname: `Edge Owl ${n}`,
      topics: ['burnout', 'anxiety'],
    })
    return { tg: u.id, id: row.id }
  }

  /** Two onboarded users talking to each other. */
  async function chatting(lang: 'ru' | 'en' = 'en') {
    const a = await onboarded(lang)
    const b = await onboarded(lang)
    const s = await seedSession(h.db.db, a.id, b.id)
    return { a, b, ...s }
  }

  /** The bot's messages to the user after `mark`. */
  async function botAfter(userId: number, mark: number): Promise<MessageView[]> {
    return (await h.tg.inbox(userId)).filter((m) => m.message_id > mark)
  }

  it('when an onboarded user who is in no conversation writes, then they are told it went nowhere and how to find someone', async () => {
    const u = await onboarded('en')
    const { message_id } = await h.tg.send(u.tg, 'hello? is anyone there')
    const reply = await h.tg.waitForText(u.tg, en('help-not-in-chat'), {
      ...WAIT,
      afterMessageId: message_id,
    })
    expect(reply.text).toContain('/find')

    const sticker = await h.tg.send(u.tg, { sticker: true })
    await h.tg.waitForText(u.tg, en('help-not-in-chat'), { ...WAIT, afterMessageId: sticker.message_id })

    const r = await onboarded('ru')
    const m = await h.tg.send(r.tg, 'привет')
    await h.tg.waitForText(r.tg, ru('help-not-in-chat'), { ...WAIT, afterMessageId: m.message_id })

    // waiting in the queue: told the search goes on (not sent back to /find)
    await h.tg.send(r.tg, '/find')
    await h.tg.waitForText(r.tg, 'Ищу собеседника', WAIT)
    const w = await h.tg.send(r.tg, 'ну где все?')
    await h.tg.waitForText(r.tg, ru('help-not-in-chat-waiting'), { ...WAIT, afterMessageId: w.message_id })
    await h.tg.send(r.tg, '/cancel')
  })

  it('when the partner has ended the chat and the user keeps typing, then they are told, and nothing reaches the old partner', async () => {
    const p = await chatting('en')
    await h.tg.send(p.b.tg, '/end')
    await h.tg.pressButton(p.b.tg, en('chat-end-yes'), WAIT)
    await h.tg.waitForText(p.a.tg, en('chat-ended-by-partner').slice(0, 30), WAIT)
    const before = await h.tg.mark(p.b.tg)
    const { message_id } = await h.tg.send(p.a.tg, 'wait, one more thing')
    await h.tg.waitForText(p.a.tg, en('help-not-in-chat'), { ...WAIT, afterMessageId: message_id })
    await h.tg.idle()
    expect((await botAfter(p.b.tg, before)).filter((m) => m.method === 'copyMessage')).toEqual([])
  })

  it('when someone types an unknown command outside a chat (even before /start), then they are pointed to /help', async () => {
    const stranger = await h.tg.createUser({ first_name: 'Stranger', language_code: 'en' })
    const s = await h.tg.send(stranger.id, '/whatever')
    await h.tg.waitForText(stranger.id, en('help-unknown-command'), { ...WAIT, afterMessageId: s.message_id })

    const u = await onboarded('ru')
    const m = await h.tg.send(u.tg, '/foo')
    await h.tg.waitForText(u.tg, ru('help-unknown-command'), { ...WAIT, afterMessageId: m.message_id })
  })

  it('when a user in a chat sends /cancel, then they are told they are in a conversation (not “not in the queue, /find”)', async () => {
    const p = await chatting('en')
    const { message_id } = await h.tg.send(p.a.tg, '/cancel')
    await h.tg.waitForText(p.a.tg, en('match-cancel-in-chat'), { ...WAIT, afterMessageId: message_id })
  })

  it('when a user erased their data and presses an old proposal, rating or report button, then the press is answered with a reason', async () => {
    const a = await onboarded('en')
    const b = await onboarded('en')
    await h.tg.send(a.tg, '/find')
    await h.tg.waitForText(a.tg, 'Looking for someone', WAIT)
    await h.tg.send(b.tg, '/find')
    const proposal = await h.tg.waitFor(
      a.tg,
      (m) => m.buttons.some((x) => x.callback_data?.startsWith('match:acc:')),
      WAIT,
    )
    // an earlier chat with its rating prompt and an open report picker
    const other = await onboarded('en')
    const s = await seedSession(h.db.db, a.id, other.id)
    await h.tg.send(a.tg, '/report')
    const picker = await h.tg.waitFor(
      a.tg,
      (m) => m.buttons.some((x) => x.callback_data?.startsWith('chat:rep:')),
      WAIT,
    )
    await h.tg.send(other.tg, '/end')
    await h.tg.pressButton(other.tg, en('chat-end-yes'), WAIT)
    const rate = await h.tg.waitFor(
      a.tg,
      (m) => m.buttons.some((x) => x.callback_data === `chat:rate:${s.sessionId}:5`),
      WAIT,
    )

    await h.tg.send(a.tg, '/delete_me')
    await h.tg.pressButton(a.tg, /Yes, delete/, WAIT)
    await h.tg.waitForText(a.tg, 'Your data has been deleted', WAIT)

    const presses = [
      [proposal, proposal.buttons.find((x) => x.callback_data?.startsWith('match:acc:'))!.callback_data!],
      [rate, `chat:rate:${s.sessionId}:5`],
      [picker, picker.buttons[0]!.callback_data!],
    ] as const
    for (const [msg, data] of presses) {
      const { callback_query_id } = await h.tg.press(a.tg, msg.message_id, data)
      const answer = await h.tg.callbackAnswer(a.tg, callback_query_id, WAIT)
      expect(answer.text, data).toBeTruthy()
    }
  })

  it('when a user opens the pseudonym editor in /profile and just types a name (it says “make up your own”), then it is saved', async () => {
    const u = await onboarded('en')
    await h.tg.send(u.tg, '/profile')
    await h.tg.pressButton(u.tg, /Pseudonym/, WAIT)
    await h.tg.waitForText(u.tg, 'make up your own', WAIT)
    const { message_id } = await h.tg.send(u.tg, 'Brave Lynx')
    await h.tg.waitForText(u.tg, 'Pseudonym: Brave Lynx', { ...WAIT, afterMessageId: message_id })
    // another generated one keeps accepting a typed name, Back stops it
    await h.tg.pressButton(u.tg, /Pseudonym/, WAIT)
    await h.tg.pressButton(u.tg, /Another/, WAIT)
    await h.tg.pressButton(u.tg, /Back/, WAIT)
    const later = await h.tg.send(u.tg, 'Calm Heron')
    await h.tg.waitForText(u.tg, en('help-not-in-chat'), { ...WAIT, afterMessageId: later.message_id })
  })

  it('when a user in a chat opens a /profile text editor and types, then the message goes to the partner and the profile stays', async () => {
    const { a, b } = await chatting('en')
    const [before] = await h.db.db.select().from(users).where(eq(users.id, a.id))
    await h.tg.send(a.tg, '/profile')
    await h.tg.pressButton(a.tg, /About me/, WAIT)
    await h.tg.waitForText(a.tg, en('profile-typing-in-chat'), WAIT)
    await h.tg.send(a.tg, 'I am a teacher, are you still there?')
    await h.tg.waitForText(b.tg, 'I am a teacher, are you still there?', WAIT)
    // the pseudonym editor ("make up your own") does not take chat messages either
    await h.tg.pressButton(a.tg, /Back/, WAIT)
    await h.tg.pressButton(a.tg, /Pseudonym/, WAIT)
    await h.tg.waitForText(a.tg, 'make up your own', WAIT)
    await h.tg.send(a.tg, 'Quiet Fox')
    await h.tg.waitForText(b.tg, 'Quiet Fox', WAIT)
    const [after] = await h.db.db.select().from(users).where(eq(users.id, a.id))
    expect(after?.bio).toBe(before?.bio)
    expect(after?.nickname).toBe(before?.nickname)
  })

  it('when a text prompt was armed before a chat started, then the first chat message is relayed, not taken as the answer', async () => {
    const a = await onboarded('en')
    await h.tg.send(a.tg, '/profile')
    await h.tg.pressButton(a.tg, /About me/, WAIT)
    await h.tg.waitForText(a.tg, 'Send a new text', WAIT)
    const b = await onboarded('en')
    await seedSession(h.db.db, a.id, b.id)
    await h.tg.send(a.tg, 'hi, nice to meet you')
    await h.tg.waitForText(b.tg, 'hi, nice to meet you', WAIT)
    const [row] = await h.db.db.select().from(users).where(eq(users.id, a.id))
    expect(row?.bio).toBeNull()
  })
})
