import { and, eq, or } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { startChattingPair } from '../../../test/helpers/chat-pair.js'
import type { UserView } from '../../../test/helpers/emulator-driver.js'
import { chatSessions, connectionInvites, connections, matches } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { seedSession, sessionRow } from '../../modules/chat/test-fixtures.js'
import { createConnectionsService } from '../../modules/connections/service.js'

const WAIT = { timeoutMs: 20_000 }

describe('talk again: connections (e2e)', () => {
  const h = testAppPerFile({ env: { RATE_LIMIT_PER_MIN: '10000' } })
  let n = 0

  type Side = { tg: UserView; id: number; nick: string }

  /** Two Telegram users with an active chat between them (en). */
  async function pair(): Promise<{ a: Side; b: Side; sessionId: number }> {
    n++
    const s = await startChattingPair(
      h,
      'en',
      { first_name: `Alice${n}`, nickname: `Quiet Fox ${n}` },
      { first_name: `Bob${n}`, nickname: `Bright Owl ${n}` },
    )
    return {
      a: { tg: s.a, id: s.userA, nick: `Quiet Fox ${n}` },
      b: { tg: s.b, id: s.userB, nick: `Bright Owl ${n}` },
      sessionId: s.sessionId,
    }
  }

  /** Ends the chat through /end and rates it through the real rating buttons. */
  async function endAndRate(a: Side, b: Side, starsA: number, starsB: number) {
    await h.tg.send(a.tg.id, '/end')
    await h.tg.pressButton(a.tg.id, 'Yes, end it', WAIT)
    await h.tg.pressButton(a.tg.id, `${starsA} ⭐`, WAIT)
    await h.tg.waitForText(a.tg.id, 'Your rating', WAIT)
    await h.tg.pressButton(b.tg.id, `${starsB} ⭐`, WAIT)
    await h.tg.waitForText(b.tg.id, 'Your rating', WAIT)
  }

  /** A pair connected through the real buttons (5 ⭐ both ways, both tapped "talk again"). */
  async function connected() {
    const p = await pair()
    await endAndRate(p.a, p.b, 5, 5)
    await h.tg.pressButton(p.a.tg.id, "I'd talk with them again", WAIT)
    await h.tg.waitForText(p.a.tg.id, 'Noted', WAIT)
    await h.tg.pressButton(p.b.tg.id, "I'd talk with them again", WAIT)
    await h.tg.waitForText(p.b.tg.id, 'You both want to talk again', WAIT)
    await h.tg.waitForText(p.a.tg.id, 'Someone you talked with wants to talk again too', WAIT)
    return p
  }

  const connectionRows = (x: number, y: number) =>
    h.db.db
      .select()
      .from(connections)
      .where(
        or(
          and(eq(connections.userA, x), eq(connections.userB, y)),
          and(eq(connections.userA, y), eq(connections.userB, x)),
        ),
      )
  const invitesOf = (x: number, y: number) =>
    h.db.db
      .select()
      .from(connectionInvites)
      .where(
        or(
          and(eq(connectionInvites.userA, x), eq(connectionInvites.userB, y)),
          and(eq(connectionInvites.userA, y), eq(connectionInvites.userB, x)),
        ),
      )

  async function invite(from: Side, to: Side) {
    const mark = await h.tg.mark(to.tg.id)
    await h.tg.send(from.tg.id, '/connections')
    await h.tg.pressButton(from.tg.id, `Invite ${to.nick}`, WAIT)
    await h.tg.waitForText(from.tg.id, 'Invitation sent', WAIT)
    return h.tg.waitForText(to.tg.id, `${from.nick} would like to talk with you again`, {
      ...WAIT,
      afterMessageId: mark,
    })
  }

  it('when both rate ≥ 4 and both tap "talk again", then a connection forms; an invitation accepted opens a chat that relays', async () => {
    const { a, b, sessionId } = await connected()
    const rows = await connectionRows(a.id, b.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.sessionId).toBe(sessionId)
    // internal ids only: nothing in the row is a Telegram id
    expect(JSON.stringify(rows[0])).not.toContain(String(a.tg.id))
    const metric = await h.app.metrics.registry.getSingleMetricAsString('tno_connections_total')
    expect(metric).toMatch(/event="created"\} [1-9]/)

    await h.tg.send(a.tg.id, '/connections')
    const list = await h.tg.waitForText(a.tg.id, /People you'd both talk with again/, WAIT)
    expect(list.text).toContain(b.nick)
    expect(list.text).not.toContain(b.tg.first_name)

    const inv = await invite(a, b)
    expect(inv.text).not.toContain(a.tg.first_name)
    const markA = await h.tg.mark(a.tg.id)
    await h.tg.press(b.tg.id, inv.message_id, inv.buttons.find((x) => x.text === 'Accept')!.callback_data!)
    await h.tg.waitForText(b.tg.id, 'The conversation has started', WAIT)
    const opened = await h.tg.waitForText(a.tg.id, 'The conversation has started', {
      ...WAIT,
      afterMessageId: markA,
    })
    expect(opened.text).toContain(b.nick)
    const [i] = await invitesOf(a.id, b.id)
    expect(i!.status).toBe('accepted')
    const s = await sessionRow(h.db.db, i!.sessionId!)
    expect(s.status).toBe('active')
    // a fresh match row, although the pair chatted minutes ago (anti-repeat does not apply)
    expect(s.id).not.toBe(sessionId)
    const [m] = await h.db.db.select().from(matches).where(eq(matches.id, s.matchId))
    expect(m!.status).toBe('active')

    await h.tg.send(a.tg.id, 'hello again')
    await h.tg.waitForText(b.tg.id, 'hello again', WAIT)
    expect(await h.tg.callbackAnswers(b.tg.id)).not.toHaveLength(0)
    expect(await h.app.metrics.registry.getSingleMetricAsString('tno_connections_total')).toMatch(
      /event="accepted"\} [1-9]/,
    )

    // that chat ends and both rate it 5: they are connected already, so nobody is offered it again
    const markOffers = [await h.tg.mark(a.tg.id), await h.tg.mark(b.tg.id)] as const
    await endAndRate(a, b, 5, 5)
    await h.tg.idle()
    for (const [who, mark] of [
      [a, markOffers[0]],
      [b, markOffers[1]],
    ] as const) {
      const later = (await h.tg.inbox(who.tg.id)).filter((m) => m.message_id > mark)
      expect(later.some((m) => m.text?.includes('talk with this person again'))).toBe(false)
    }
    expect(await connectionRows(a.id, b.id)).toHaveLength(1)
    // and /connections is in the command menu, in both languages
    const menus = await h.tg.calls({ method: 'setMyCommands' })
    for (const m of menus)
      expect((m.params.commands as { command: string }[]).map((c) => c.command)).toContain('connections')
  })

  it('when one side rated below 4, then that side is not offered "talk again" and no connection can form', async () => {
    const { a, b, sessionId } = await pair()
    await endAndRate(a, b, 5, 3)
    await h.tg.waitForText(a.tg.id, /talk with this person again/, WAIT)
    await h.tg.pressButton(a.tg.id, "I'd talk with them again", WAIT)
    await h.tg.waitForText(a.tg.id, 'Noted', WAIT)
    await h.tg.idle()
    expect((await h.tg.inbox(b.tg.id)).some((m) => m.text?.includes('talk with this person again'))).toBe(
      false,
    )
    // even pressed directly (an old or forged button), the low-rating side cannot wish
    const r = await h.app.services.connections.wish({ sessionId, userId: b.id })
    expect(r).toEqual({ ok: false, reason: 'low-rating' })
    expect(await connectionRows(a.id, b.id)).toHaveLength(0)
  })

  it('when the invitee declines, then the inviter is told gently and may invite again only after the cool-down', async () => {
    const { a, b } = await connected()
    const inv = await invite(a, b)
    // one pending invitation per pair: the invitee cannot send a second one meanwhile
    await h.tg.send(b.tg.id, '/connections')
    const listB = await h.tg.waitForText(b.tg.id, /invited you/, WAIT)
    expect(listB.text).toContain(`${a.nick} — invited you`)
    await h.tg.pressButton(b.tg.id, `Invite ${a.nick}`, WAIT)
    await h.tg.waitForText(b.tg.id, 'already an open invitation', WAIT)

    await h.tg.press(b.tg.id, inv.message_id, inv.buttons.find((x) => x.text === 'Not now')!.callback_data!)
    await h.tg.waitForText(b.tg.id, 'Okay, not now', WAIT)
    await h.tg.waitForText(a.tg.id, `${b.nick} can't talk right now`, WAIT)
    expect((await invitesOf(a.id, b.id))[0]!.status).toBe('declined')
    expect(await h.app.services.chat.getActiveSessionForUser(a.id)).toBeNull()
    // "not now" is respected: asking again at once is refused, the invitee gets nothing
    const bCount = (await h.tg.inbox(b.tg.id)).length
    await h.tg.send(a.tg.id, '/connections')
    await h.tg.pressButton(a.tg.id, `Invite ${b.nick}`, WAIT)
    await h.tg.waitForText(a.tg.id, 'They said “not now” recently', WAIT)
    await h.tg.idle()
    expect(await h.tg.inbox(b.tg.id)).toHaveLength(bCount)
    // after the cool-down (MATCH_DECLINE_COOLDOWN_SEC, a day by default) the inviter may ask again
    await h.db.db
      .update(connectionInvites)
      .set({ respondedAt: new Date(Date.now() - 86_401_000) })
      .where(eq(connectionInvites.inviterId, a.id))
    await invite(a, b)
    expect((await invitesOf(a.id, b.id)).map((x) => x.status).sort()).toEqual(['declined', 'pending'])
  })

  it('when an invitation is accepted after it expired, then no chat opens and the invitee is told it expired', async () => {
    const { a, b } = await connected()
    const inv = await invite(a, b)
    await h.db.db
      .update(connectionInvites)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(connectionInvites.inviterId, a.id))
    await h.tg.press(b.tg.id, inv.message_id, inv.buttons.find((x) => x.text === 'Accept')!.callback_data!)
    await h.tg.waitForText(b.tg.id, 'This invitation has expired', WAIT)
    expect((await invitesOf(a.id, b.id))[0]!.status).toBe('expired')
    expect(await h.app.services.chat.getActiveSessionForUser(b.id)).toBeNull()
    // the pair is free to invite again
    await invite(b, a)
  })

  it('when one side removes the connection, then it is gone for both, silently, and a pending invitation is void', async () => {
    const { a, b } = await connected()
    const inv = await invite(a, b)
    const bBefore = (await h.tg.inbox(b.tg.id)).length
    await h.tg.send(a.tg.id, '/connections')
    await h.tg.pressButton(a.tg.id, 'Remove', WAIT)
    await h.tg.waitForText(a.tg.id, `Remove ${b.nick} from your connections?`, WAIT)
    await h.tg.pressButton(a.tg.id, 'Yes, remove', WAIT)
    await h.tg.waitForText(a.tg.id, 'You have no connections yet', WAIT)
    expect(await connectionRows(a.id, b.id)).toHaveLength(0)
    await h.tg.idle()
    // silently: b got nothing
    expect(await h.tg.inbox(b.tg.id)).toHaveLength(bBefore)
    await h.tg.press(b.tg.id, inv.message_id, inv.buttons.find((x) => x.text === 'Accept')!.callback_data!)
    await h.tg.waitForText(b.tg.id, 'This invitation is no longer open', WAIT)
    expect(await h.app.services.chat.getActiveSessionForUser(b.id)).toBeNull()
    await h.tg.send(b.tg.id, '/connections')
    await h.tg.waitForText(b.tg.id, 'You have no connections yet', WAIT)
  })

  it('when one side blocks the other after a chat, then the connection goes for good and cannot form again', async () => {
    const { a, b } = await connected()
    const inv = await invite(a, b)
    await h.tg.press(b.tg.id, inv.message_id, inv.buttons.find((x) => x.text === 'Accept')!.callback_data!)
    await h.tg.waitForText(b.tg.id, 'The conversation has started', WAIT)
    const s = (await h.app.services.chat.getActiveSessionForUser(b.id))!
    await h.tg.send(b.tg.id, '/block')
    await h.tg.pressButton(b.tg.id, 'Block', WAIT)
    await h.tg.waitForText(b.tg.id, 'You blocked your partner', WAIT)
    expect(await connectionRows(a.id, b.id)).toHaveLength(0)
    // both rate the blocked chat 5 and wish: still no connection
    await h.db.db.update(chatSessions).set({ ratingByA: 5, ratingByB: 5 }).where(eq(chatSessions.id, s.id))
    expect(await h.app.services.connections.wish({ sessionId: s.id, userId: a.id })).toEqual({
      ok: false,
      reason: 'blocked',
    })
    expect(await h.app.services.connections.wish({ sessionId: s.id, userId: b.id })).toEqual({
      ok: false,
      reason: 'blocked',
    })
    expect(await connectionRows(a.id, b.id)).toHaveLength(0)
  })

  it('when either side is in another chat, then accepting says so clearly and the invitation stays open', async () => {
    const { a, b } = await connected()
    const inv = await invite(a, b)
    const accept = inv.buttons.find((x) => x.text === 'Accept')!.callback_data!
    // the invitee is busy with someone else
    const other = await seedSession(h.db.db, b.id, { telegramId: null, nickname: 'Third' })
    const q1 = await h.tg.press(b.tg.id, inv.message_id, accept)
    expect((await h.tg.callbackAnswer(b.tg.id, q1.callback_query_id, WAIT)).text).toContain(
      "You're in a conversation right now",
    )
    expect((await invitesOf(a.id, b.id))[0]!.status).toBe('pending')
    await h.app.services.chat.endSession({ sessionId: other.sessionId, reason: 'moderator' })
    // now the inviter is busy
    const busy = await seedSession(h.db.db, a.id, { telegramId: null, nickname: 'Fourth' })
    const q2 = await h.tg.press(b.tg.id, inv.message_id, accept)
    expect((await h.tg.callbackAnswer(b.tg.id, q2.callback_query_id, WAIT)).text).toContain(
      "They're in another conversation right now",
    )
    expect((await invitesOf(a.id, b.id))[0]!.status).toBe('pending')
    // an inviter in a chat cannot send an invitation either
    await h.tg.send(a.tg.id, '/connections')
    await h.tg.pressButton(a.tg.id, `Invite ${b.nick}`, WAIT)
    await h.tg.waitForText(a.tg.id, "You're in a conversation right now. Finish it first", WAIT)
    await h.app.services.chat.endSession({ sessionId: busy.sessionId, reason: 'moderator' })
    // both free: the same button opens the chat
    await h.tg.press(b.tg.id, inv.message_id, accept)
    await h.tg.waitForText(b.tg.id, 'The conversation has started', WAIT)
    expect((await invitesOf(a.id, b.id))[0]!.status).toBe('accepted')
  })

  it('when the process dies between opening the chat and the "chat started" notices, then the sweeper sends them', async () => {
    const { a, b } = await connected()
    const inv = await invite(a, b)
    const inviteId = Number(inv.buttons.find((x) => x.text === 'Accept')!.callback_data!.split(':')[2])
    // the same service as the app's, whose after-commit hook never runs (the crash)
    const crashed = createConnectionsService({
      db: h.db.db,
      metrics: h.app.metrics,
      logger: createLogger({ level: 'silent' }),
      config: { inviteTtlSec: 3600, declineCooldownSec: 3600 },
      onSessionOpened: async () => {
        throw new Error('process died')
      },
    })
    const markA = await h.tg.mark(a.tg.id)
    const markB = await h.tg.mark(b.tg.id)
    const r = await crashed.respond({ inviteId, userId: b.id, accept: true })
    expect(r).toMatchObject({ ok: true, accepted: true })
    await h.tg.idle()
    expect((await h.tg.inbox(a.tg.id)).filter((m) => m.message_id > markA)).toEqual([])
    // the matching sweeper's reconcile treats the chat like any accepted match
    await h.app.services.matching.reconcile({ fromSec: 600, graceSec: 0 })
    await h.tg.waitForText(a.tg.id, 'The conversation has started', { ...WAIT, afterMessageId: markA })
    await h.tg.waitForText(b.tg.id, 'The conversation has started', { ...WAIT, afterMessageId: markB })
  })
})
