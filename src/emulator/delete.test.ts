import { describe, expect, it } from 'vitest'
import { DELETE_WINDOW_SEC } from './bot-api.js'
import { emulatorPerTest } from './test-support.js'

const t = emulatorPerTest()

const idOf = (env: { result?: unknown }) => (env.result as { message_id: number }).message_id

describe('deleteMessage / deleteMessages', () => {
  it('when a message is older than 48 hours, then deleteMessage refuses it and deleteMessages skips it', async () => {
    const user = await t.startedUser()
    const old = idOf(await t.api('sendMessage', { chat_id: user.id, text: 'old' }))
    const fresh = idOf(await t.api('sendMessage', { chat_id: user.id, text: 'fresh' }))
    await t.tg.backdate(user.id, old, DELETE_WINDOW_SEC)
    expect((await t.api('deleteMessage', { chat_id: user.id, message_id: old })).description).toBe(
      "Bad Request: message can't be deleted",
    )
    // one unknown id, one too old, one live: the live one goes, the call succeeds
    const res = await t.api('deleteMessages', { chat_id: user.id, message_ids: [9999, old, fresh] })
    expect(res.result).toBe(true)
    const view = await t.tg.inbox(user.id)
    expect(view.find((m) => m.message_id === old)?.deleted).toBe(false)
    expect(view.find((m) => m.message_id === fresh)?.deleted).toBe(true)
  })

  it('when a message is just under 48 hours old, then it can still be deleted', async () => {
    const user = await t.startedUser()
    const id = idOf(await t.api('sendMessage', { chat_id: user.id, text: 'x' }))
    await t.tg.backdate(user.id, id, DELETE_WINDOW_SEC - 60)
    expect((await t.api('deleteMessage', { chat_id: user.id, message_id: id })).result).toBe(true)
  })

  it('when deleteMessages gets 0 or more than 100 ids, then it is refused; 100 are accepted', async () => {
    const user = await t.startedUser()
    for (const ids of [[], Array.from({ length: 101 }, (_, i) => i + 1)])
      expect((await t.api('deleteMessages', { chat_id: user.id, message_ids: ids })).description).toBe(
        'Bad Request: message identifiers are not specified',
      )
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1)
    expect((await t.api('deleteMessages', { chat_id: user.id, message_ids: hundred })).result).toBe(true)
  })

  it('when only unknown ids are given, then deleteMessages still returns true (they are skipped)', async () => {
    const user = await t.startedUser()
    expect((await t.api('deleteMessages', { chat_id: user.id, message_ids: [500, 501] })).result).toBe(true)
  })

  it("when the user's own message is deleted, then the visible chat view leaves it out; the full view flags it", async () => {
    const user = await t.startedUser()
    const mine = (await t.tg.send(user.id, 'hello')).message_id
    const reply = idOf(await t.api('sendMessage', { chat_id: user.id, text: 'hi' }))
    await t.api('deleteMessages', { chat_id: user.id, message_ids: [mine, reply] })
    const visible = (await t.tg.visibleChat(user.id)).map((m) => m.message_id)
    expect(visible).not.toContain(mine)
    expect(visible).not.toContain(reply)
    const full = (await t.tg.chat(user.id)).messages
    expect(full.filter((m) => m.deleted).map((m) => m.message_id)).toEqual([mine, reply])
  })

  it('when backdating with a negative or unknown message, then the control API refuses', async () => {
    const user = await t.startedUser()
    await expect(t.tg.backdate(user.id, 4242, 10)).rejects.toThrow(/404/)
    const id = idOf(await t.api('sendMessage', { chat_id: user.id, text: 'x' }))
    await expect(t.tg.backdate(user.id, id, -5)).rejects.toThrow(/400/)
  })
})
