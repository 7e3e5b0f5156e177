import { beforeAll, describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { startChattingPair } from '../../../test/helpers/chat-pair.js'
import { countUpdates, type UpdateCost } from '../../../test/helpers/round-trips.js'

const WAIT = { timeoutMs: 20_000 }

/** Ceilings per update (issue #14 targets: a relayed message ≤ 3 SQL statements, ≤ 2 Redis round trips). */
const RELAY = { sql: 2, redisRoundTrips: 2 }
const PRESS = { sql: 1, redisRoundTrips: 2 }

/**
 * What a relayed message and a button press cost in I/O (issue #14), through the real bot on the webhook
 * path: counted per update, so a new query or Redis call on the hot path fails here instead of creeping in.
 * The dispatcher's delivery work is not part of an update and is not counted.
 */
describe('round trips per update (e2e)', () => {
  const h = testAppPerFile({ env: { RATE_LIMIT_PER_MIN: '60' } })
  let costs: Map<number, UpdateCost>
  beforeAll(() => {
    costs = countUpdates(h.app.bot)
  })

  /** Two users in an active chat; each has talked to the bot (Telegram delivers nothing to a user who never did). */
  const pair = () =>
    startChattingPair(
      h,
      'en',
      { first_name: 'Anna', nickname: 'Quiet Fox' },
      { first_name: 'Boris', nickname: 'Bright Owl' },
    )

  /** The cost of an update once the emulator saw it answered. */
  async function costOf(updateId: number): Promise<UpdateCost> {
    await h.tg.idle()
    const cost = costs.get(updateId)
    if (!cost) throw new Error(`update ${updateId} was not handled`)
    return cost
  }

  it(`when a message is relayed in an active chat, then it costs at most ${RELAY.sql} SQL statements and ${RELAY.redisRoundTrips} Redis round trips`, async () => {
    const { a, b } = await pair()
    // the first update of a user also records "last seen" (a throttled write): measured on the next ones
    await h.tg.send(a.id, 'hello')
    await h.tg.waitForText(b.id, 'hello', WAIT)
    const sent = await h.tg.send(a.id, 'how are you?')
    await h.tg.waitForText(b.id, 'how are you?', WAIT)
    const cost = await costOf(sent.update_id)
    console.info('relayed message:', JSON.stringify(cost))
    expect(cost.sql, cost.statements.join('\n')).toBeLessThanOrEqual(RELAY.sql)
    expect(cost.redisRoundTrips, cost.redis.join(' ')).toBeLessThanOrEqual(RELAY.redisRoundTrips)
  })

  it(`when a button is pressed, then it costs at most ${PRESS.sql} SQL statement and ${PRESS.redisRoundTrips} Redis round trips besides its Bot API calls`, async () => {
    const { a } = await pair()
    await h.tg.send(a.id, '/end')
    const confirm = await h.tg.waitForText(a.id, 'End the conversation?', WAIT)
    await h.tg.idle()
    const press = await h.tg.press(a.id, confirm.message_id, confirm.buttons[1]!.callback_data!)
    await h.tg.waitForText(a.id, "Okay, let's carry on.", WAIT)
    const cost = await costOf(press.update_id)
    console.info('button press:', JSON.stringify(cost))
    // the press answers the query and edits the message: each Bot API call is journaled (issue #15)
    const journal = cost.redis.filter((c) => c === 'evalsha:journal').length
    expect(journal).toBe(2)
    expect(cost.sql, cost.statements.join('\n')).toBeLessThanOrEqual(PRESS.sql)
    expect(cost.redisRoundTrips - journal, cost.redis.join(' ')).toBeLessThanOrEqual(PRESS.redisRoundTrips)
  })
})
