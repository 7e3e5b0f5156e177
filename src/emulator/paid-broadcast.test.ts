import { describe, expect, it } from 'vitest'
import { perTestEmulators } from './test-support.js'

const { setup } = perTestEmulators()

describe('allow_paid_broadcast', () => {
  it('when the free global rate is spent, then a paid broadcast still goes through and is counted; per-chat limits still hold', async () => {
    const t = await setup()
    const users = await Promise.all([1, 2, 3, 4].map((i) => t.startedUser(`U${i}`)))
    await t.tg.limits({ enabled: true, global_per_sec: 0.1, global_burst: 1, per_chat_burst: 1 })
    expect((await t.api('sendMessage', { chat_id: users[0]!.id, text: 'free' })).ok).toBe(true)
    expect((await t.api('sendMessage', { chat_id: users[1]!.id, text: 'free' })).error_code).toBe(429)
    const paid = await t.api('copyMessage', {
      chat_id: users[2]!.id,
      from_chat_id: users[0]!.id,
      message_id: 1,
      allow_paid_broadcast: true,
    })
    expect(paid.ok).toBe(true)
    expect(
      (await t.api('sendMessage', { chat_id: users[3]!.id, text: 'p', allow_paid_broadcast: true })).ok,
    ).toBe(true)
    // the chat's own limit (burst 1) applies to paid sends too
    const again = await t.api('sendMessage', {
      chat_id: users[3]!.id,
      text: 'p2',
      allow_paid_broadcast: true,
    })
    expect(again.error_code).toBe(429)
    expect((await t.tg.stats()).paid_broadcasts).toBe(2)
  })
})
