import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRedis } from '../../../test/helpers/redis.js'
import { createContactNudge, type HeldMessage, hasContact, nudgeCallback } from './contact-nudge.js'

describe('contact nudge', () => {
  let r: Awaited<ReturnType<typeof createTestRedis>>
  beforeAll(async () => {
    r = await createTestRedis()
  })
  afterAll(async () => {
    await r?.close()
  })
  const make = () =>
    createContactNudge({
      redis: r.redis,
      hasContact,
      detectCrisis: (text) => ({ hit: /не хочу жить/i.test(text) }),
    })
  const held = (messageId: number, userId = 7): HeldMessage => ({
    sessionId: 11,
    userId,
    chatId: 7007,
    messageId,
    kind: 'text',
  })

  it('when a text carries a phone, email, handle or link, then it is asked about; plain text and crisis text are not', () => {
    const n = make()
    for (const text of [
      'звони +7 916 123-45-67',
      'mail me: vera@example.com',
      'я в тг @vera_x',
      'https://t.me/x',
    ])
      expect(n.shouldAsk(text), text).toBe(true)
    for (const text of [undefined, '', 'мне сегодня тяжело', 'I slept 7 hours'])
      expect(n.shouldAsk(text)).toBe(false)
    expect(n.shouldAsk('не хочу жить, вот мой номер +7 916 123-45-67')).toBe(false)
  })

  it('when a held message is taken twice (two taps or a redelivery), then only one take gets it', async () => {
    const n = make()
    await n.hold(held(101))
    const takes = await Promise.all([n.take(11, 101, 7), n.take(11, 101, 7), n.take(11, 101, 7)])
    expect(takes.filter(Boolean)).toHaveLength(1)
    expect(takes.find(Boolean)).toEqual(held(101))
  })

  it('when the process restarts, then a fresh instance on the same Redis still finds the hold', async () => {
    await make().hold(held(102))
    expect(await make().take(11, 102, 7)).toEqual(held(102))
  })

  it('when someone else presses the button, then they get nothing and the owner still can', async () => {
    const n = make()
    await n.hold(held(103))
    expect(await n.take(11, 103, 8)).toBeNull()
    expect(await n.take(11, 103, 7)).toEqual(held(103))
  })

  it('when sending failed, then the restored hold can be taken again', async () => {
    const n = make()
    await n.hold(held(104))
    const m = await n.take(11, 104, 7)
    await n.restore(m!)
    expect(await n.take(11, 104, 7)).toEqual(held(104))
  })

  it('when the sender allowed contacts in one chat, then only that chat and sender are allowed', async () => {
    const n = make()
    expect(await n.isAllowed(21, 7)).toBe(false)
    await n.allow(21, 7)
    expect(await n.isAllowed(21, 7)).toBe(true)
    expect(await n.isAllowed(21, 8)).toBe(false)
    expect(await n.isAllowed(22, 7)).toBe(false)
  })

  it('when callback data is packed, then it unpacks to the same values and fits in 64 bytes; junk does not unpack', () => {
    const data = nudgeCallback.pack('send', 2_147_483_647, 2_147_483_647)
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64)
    expect(nudgeCallback.unpack(data)).toEqual({
      action: 'send',
      sessionId: 2_147_483_647,
      messageId: 2_147_483_647,
    })
    expect(nudgeCallback.unpack(nudgeCallback.pack('drop', 1, 2))).toEqual({
      action: 'drop',
      sessionId: 1,
      messageId: 2,
    })
    for (const junk of ['nudge:send:1', 'nudge:keep:1:2', 'nudge:send:a:2', 'chat:end:1'])
      expect(nudgeCallback.unpack(junk)).toBeNull()
    expect(() => nudgeCallback.pack('send', -1, 2)).toThrow()
  })
})
