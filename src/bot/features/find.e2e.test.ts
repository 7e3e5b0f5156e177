import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { chatSessions, matches } from '../../db/schema/index.js'
import { createMatchUser } from '../../modules/matching/test-fixtures.js'
import { createI18n } from '../i18n.js'

const WAIT = { timeoutMs: 20_000 }
const { translate } = createI18n()
const ru = (key: string, vars?: Record<string, string | number>) => translate('ru', key, vars)
/** First line of a message: enough to recognise it and independent of variables further down. */
const head = (key: string, vars?: Record<string, string | number>) =>
  ru(key, vars).split('\n')[0]!.slice(0, 30)

describe('matching (e2e through the emulator)', () => {
  let n = 0

  const h = testAppPerFile({ env: { RATE_LIMIT_PER_MIN: '10000', MATCH_SWEEP_INTERVAL_MS: '50' } })

  /**
   * Two Telegram users onboarded directly in the database (not through the wizard). Each test uses its own
   * topics so users a previous test left in the queue never match this test's users.
   */
  async function onboardedPair(topics: string[], bio: { a?: string; b?: string } = {}) {
    n++
    const a = await h.tg.createUser({ first_name: `Anna${n}` })
    const b = await h.tg.createUser({ first_name: `Boris${n}` })
    const nickA = `Тихий Лис ${n}`
    const nickB = `Ясный Ёж ${n}`
    const ua = await createMatchUser(h.db.db, { telegramId: a.id, nickname: nickA, topics, bio: bio.a })
    const ub = await createMatchUser(h.db.db, { telegramId: b.id, nickname: nickB, topics, bio: bio.b })
    return { a, b, ua, ub, nickA, nickB }
  }

  /** Both send /find; both get the proposal naming the other's pseudonym. */
  async function proposed(topics: string[], bio: { a?: string; b?: string } = {}) {
    const p = await onboardedPair(topics, bio)
    await h.tg.send(p.a.id, '/find')
    await h.tg.waitForText(p.a.id, head('match-waiting', { hours: 24 }), WAIT)
    await h.tg.send(p.b.id, '/find')
    const toA = await h.tg.waitFor(
      p.a.id,
      (m) => m.buttons.some((x) => x.callback_data?.startsWith('match:acc:')),
      WAIT,
    )
    const toB = await h.tg.waitFor(
      p.b.id,
      (m) => m.buttons.some((x) => x.callback_data?.startsWith('match:acc:')),
      WAIT,
    )
    const matchId = Number(toA.buttons[0]!.callback_data!.split(':')[2])
    return { ...p, toA, toB, matchId }
  }

  const matchRow = async (id: number) => (await h.db.db.select().from(matches).where(eq(matches.id, id)))[0]

  it('when two onboarded users /find and both accept, then both get the proposal and an active session opens', async () => {
    const { a, b, nickA, nickB, toA, toB, matchId } = await proposed(['burnout', 'anxiety', 'job_loss'])
    expect(toA.text).toContain(nickB)
    expect(toA.text).toContain('Выгорание')
    expect(toB.text).toContain(nickA)
    // nothing from the Telegram profile is shown
    expect(toA.text).not.toContain(b.first_name)
    expect(toB.text).not.toContain(a.first_name)

    await h.tg.pressButton(a.id, ru('match-btn-accept'))
    await h.tg.waitForText(a.id, ru('match-accepted-waiting'), WAIT)
    await h.tg.pressButton(b.id, ru('match-btn-accept'))
    const session = await h.tg.until(
      async () =>
        (
          await h.db.db
            .select()
            .from(chatSessions)
            .where(and(eq(chatSessions.matchId, matchId), eq(chatSessions.status, 'active')))
        )[0],
      { ...WAIT, what: 'active session' },
    )
    expect(session).toBeDefined()
    expect(await matchRow(matchId)).toMatchObject({ status: 'active' })
    // the chat module (onSessionOpened) tells both the conversation started
    await h.tg.waitForText(a.id, 'Разговор начался', WAIT)
    await h.tg.waitForText(b.id, 'Разговор начался', WAIT)
    // and /find now says they are in a chat
    await h.tg.send(a.id, '/find')
    await h.tg.waitForText(a.id, ru('match-in-chat'), WAIT)
  })

  it('when the partner wrote an "about me", then it is shown in the proposal and when the chat opens', async () => {
    const bio = 'Учусь жить после переезда, люблю долгие прогулки'
    const { a, b, toA, toB } = await proposed(['relocation', 'loneliness'], { b: bio })
    const about = ru('partner-about', { bio })
    expect(toA.text).toContain(about)
    // the side without a bio shows no empty "about" line to the other
    expect(toB.text).not.toContain(ru('partner-about', { bio: '' }).trim())
    await h.tg.pressButton(a.id, ru('match-btn-accept'))
    await h.tg.pressButton(b.id, ru('match-btn-accept'))
    const openedA = await h.tg.waitForText(a.id, 'Разговор начался', WAIT)
    expect(openedA.text).toContain(about)
    const openedB = await h.tg.waitForText(b.id, 'Разговор начался', WAIT)
    expect(openedB.text).not.toContain(ru('partner-about', { bio: '' }).trim())
  })

  it('when one declines, then both are told and the other goes back to the queue', async () => {
    const { a, b, ua, matchId } = await proposed(['relocation', 'loss'])
    await h.tg.pressButton(b.id, ru('match-btn-decline'))
    await h.tg.waitForText(b.id, ru('match-you-declined'), WAIT)
    await h.tg.waitForText(a.id, ru('match-declined-requeued'), WAIT)
    expect(await matchRow(matchId)).toMatchObject({ status: 'declined' })
    expect(await h.app.services.matching.queueStatus(ua)).toMatchObject({ waiting: true })
    // the proposal in a's chat no longer has buttons
    await h.tg.waitFor(a.id, (m) => Boolean(m.text?.startsWith('🤝')) && m.buttons.length === 0, WAIT)
  })

  it('when a proposal expires after one accepted, then both are told and the acceptor is re-queued', async () => {
    const { a, b, ua, ub, matchId } = await proposed(['breakup', 'loneliness'])
    await h.tg.pressButton(a.id, ru('match-btn-accept'))
    await h.tg.waitForText(a.id, ru('match-accepted-waiting'), WAIT)
    // the deadline passes (instead of waiting MATCH_PROPOSAL_TTL_SEC); the in-process sweeper does the rest
    await h.db.db
      .update(matches)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(matches.id, matchId))
    await h.tg.waitForText(a.id, ru('match-expired-requeued'), WAIT)
    await h.tg.waitForText(b.id, ru('match-expired'), WAIT)
    expect(await matchRow(matchId)).toMatchObject({ status: 'expired' })
    expect(await h.app.services.matching.queueStatus(ua)).toMatchObject({ waiting: true })
    expect(await h.app.services.matching.queueStatus(ub)).toEqual({ waiting: false })
    await h.tg.waitFor(b.id, (m) => Boolean(m.text?.startsWith('🤝')) && m.buttons.length === 0, WAIT)
  })

  it('when a user sends /find twice and then /cancel, then they are queued once and leave the queue', async () => {
    const { a, ua } = await onboardedPair(['parenting', 'illness'])
    await h.tg.send(a.id, '/find')
    const waiting = await h.tg.waitForText(a.id, head('match-waiting', { hours: 24 }), WAIT)
    // windows that never overlap in UTC never match: the waiting message points to /profile
    expect(waiting.text).toBe(ru('match-waiting', { hours: 24 }))
    expect(waiting.text).toContain('/profile')
    await h.tg.send(a.id, '/find')
    await h.tg.waitForText(a.id, ru('match-already-waiting'), WAIT)
    await h.tg.send(a.id, '/cancel')
    await h.tg.waitForText(a.id, ru('match-cancelled-queue'), WAIT)
    expect(await h.app.services.matching.queueStatus(ua)).toEqual({ waiting: false })
    await h.tg.send(a.id, '/cancel')
    await h.tg.waitForText(a.id, ru('match-cancel-nothing'), WAIT)
  })
})
