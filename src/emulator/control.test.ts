import { describe, expect, it } from 'vitest'
import type { TgUpdate } from './index.js'
import { emulatorPerTest } from './test-support.js'

const t = emulatorPerTest()

async function keyboardMessage(userId: number, buttons = [{ text: 'Yes', callback_data: 'yes' }]) {
  const res = await t.api('sendMessage', {
    chat_id: userId,
    text: 'Choose',
    reply_markup: { inline_keyboard: [buttons] },
  })
  return (res.result as { message_id: number }).message_id
}

const pollAll = async () => ((await t.api('getUpdates', { timeout: 0 })).result as TgUpdate[]) ?? []

describe('users and messages', () => {
  it('when users are created, then ids are unique from 100000001 and survive reset without reuse', async () => {
    const a = await t.tg.createUser({ first_name: 'Ann', username: 'ann', language_code: 'en' })
    const b = await t.tg.createUser()
    expect(a).toMatchObject({
      id: 100000001,
      first_name: 'Ann',
      username: 'ann',
      language_code: 'en',
      blocked: false,
      started: false,
    })
    expect(b.id).toBe(100000002)
    await t.tg.reset()
    expect(await t.tg.users()).toEqual([])
    expect((await t.tg.createUser()).id).toBe(100000003)
  })

  it('when a user sends media and unsupported kinds, then Telegram-shaped messages reach the bot', async () => {
    const ann = await t.tg.createUser()
    await t.tg.send(ann.id, { photo: true, caption: 'look' })
    await t.tg.send(ann.id, { voice: true })
    await t.tg.send(ann.id, { document: { file_name: 'cv.pdf' } })
    await t.tg.send(ann.id, { location: true })
    await t.tg.send(ann.id, { contact: true })
    const [photo, voice, doc, loc, contact] = (await pollAll()).map(
      (u) => u.message as Record<string, unknown>,
    )
    expect(photo).toMatchObject({
      caption: 'look',
      photo: expect.arrayContaining([expect.objectContaining({ width: 800 })]),
    })
    expect(voice).toMatchObject({ voice: { mime_type: 'audio/ogg', duration: expect.any(Number) } })
    expect(doc).toMatchObject({ document: { file_name: 'cv.pdf' } })
    expect(loc).toMatchObject({ location: { latitude: expect.any(Number) } })
    expect(contact).toMatchObject({ contact: { phone_number: expect.any(String) } })
    await expect(t.tg.send(ann.id, {} as never)).rejects.toMatchObject({ status: 400 })
    await expect(t.tg.send(999, 'hi')).rejects.toMatchObject({ status: 404 })
  })

  it('when a user edits a message, then an edited_message update is produced', async () => {
    const ann = await t.tg.createUser()
    const sent = await t.tg.send(ann.id, 'helo')
    await t.tg.edit(ann.id, sent.message_id, 'hello')
    const updates = await pollAll()
    expect(updates[1]).toMatchObject({
      edited_message: { message_id: sent.message_id, text: 'hello', edit_date: expect.any(Number) },
    })
    expect(updates[0]).toMatchObject({ message: { text: 'helo' } })
  })
})

describe('press', () => {
  it('when the button exists, then a callback_query with the current message is delivered', async () => {
    const ann = await t.startedUser()
    const id = await keyboardMessage(ann.id)
    const press = await t.tg.press(ann.id, id, 'yes')
    const update = (await pollAll()).find((u) => u.update_id === press.update_id)!
    expect(update.callback_query).toMatchObject({
      id: press.callback_query_id,
      from: { id: ann.id, is_bot: false },
      message: { message_id: id, text: 'Choose' },
      chat_instance: expect.any(String),
      data: 'yes',
    })
    const byText = await t.tg.pressButton(ann.id, /^Ye/)
    expect(byText.message_id).toBe(id)
  })

  it('when the data is not on the message, the keyboard was edited away or the message was deleted, then 400/404', async () => {
    const ann = await t.startedUser()
    const id = await keyboardMessage(ann.id)
    await expect(t.tg.press(ann.id, id, 'no')).rejects.toMatchObject({ status: 400 })
    await expect(t.tg.press(ann.id, 1, 'yes')).rejects.toMatchObject({ status: 400 })
    await t.api('editMessageText', { chat_id: ann.id, message_id: id, text: 'Chosen' })
    await expect(t.tg.press(ann.id, id, 'yes')).rejects.toThrow(/no inline button/)
    const id2 = await keyboardMessage(ann.id)
    await t.api('deleteMessage', { chat_id: ann.id, message_id: id2 })
    await expect(t.tg.press(ann.id, id2, 'yes')).rejects.toMatchObject({ status: 404 })
    await expect(t.tg.pressButton(ann.id, 'Yes', { timeoutMs: 100 })).rejects.toThrow(/timed out/)
  })
})

describe('block', () => {
  it('when the user blocks the bot, then my_chat_member kicked is delivered and sends get 403 until unblocked', async () => {
    const ann = await t.startedUser()
    const blocked = await t.tg.block(ann.id)
    expect(blocked.update_id).toBeTypeOf('number')
    expect((await t.tg.block(ann.id)).update_id).toBeNull()
    expect(await t.api('sendMessage', { chat_id: ann.id, text: 'x' })).toMatchObject({
      status: 403,
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    })
    expect(
      (await t.api('copyMessage', { chat_id: ann.id, from_chat_id: ann.id, message_id: 1 })).error_code,
    ).toBe(403)
    await expect(t.tg.send(ann.id, 'hi')).rejects.toMatchObject({ status: 409 })
    const update = (await pollAll()).find((u) => u.update_id === blocked.update_id)!
    expect(update.my_chat_member).toMatchObject({
      chat: { id: ann.id, type: 'private' },
      from: { id: ann.id },
      old_chat_member: { status: 'member', user: { is_bot: true } },
      new_chat_member: { status: 'kicked', until_date: 0 },
    })
    await t.tg.unblock(ann.id)
    expect((await t.api('sendMessage', { chat_id: ann.id, text: 'back' })).ok).toBe(true)
    await t.tg.deactivate(ann.id)
    expect((await t.api('sendMessage', { chat_id: ann.id, text: 'x' })).description).toBe(
      'Forbidden: user is deactivated',
    )
  })
})

describe('calls log', () => {
  it('when the bot calls methods, then every call is logged with params and outcome, filterable by method, chat and seq', async () => {
    const ann = await t.startedUser('Ann')
    const bob = await t.startedUser('Bob')
    await t.api('sendMessage', { chat_id: ann.id, text: 'to ann' })
    await t.api('sendMessage', { chat_id: bob.id, text: '' })
    const all = await t.tg.calls({ method: 'sendmessage' })
    expect(all).toHaveLength(2)
    expect(all[0]).toMatchObject({
      method: 'sendMessage',
      params: { chat_id: ann.id, text: 'to ann' },
      ok: true,
      time: expect.any(Number),
    })
    expect(all[1]).toMatchObject({
      ok: false,
      error_code: 400,
      description: 'Bad Request: message text is empty',
    })
    expect(await t.tg.calls({ chatId: bob.id })).toHaveLength(1)
    expect(await t.tg.calls({ since: all[0]!.seq })).toHaveLength(1)
  })
})

describe('faults', () => {
  it('when a fault targets a method and chat, then only matching calls fail, count times, without executing', async () => {
    const ann = await t.startedUser('Ann')
    const bob = await t.startedUser('Bob')
    await t.tg.fault({ method: 'sendMessage', chat_id: ann.id, status: 500, count: 2 })
    expect(await t.api('sendMessage', { chat_id: bob.id, text: 'b' })).toMatchObject({ ok: true })
    expect(await t.api('sendMessage', { chat_id: ann.id, text: 'a' })).toMatchObject({
      status: 500,
      ok: false,
      error_code: 500,
      description: 'Internal Server Error',
    })
    expect((await t.api('sendMessage', { chat_id: ann.id, text: 'a' })).error_code).toBe(500)
    expect((await t.api('sendMessage', { chat_id: ann.id, text: 'a' })).ok).toBe(true)
    expect((await t.tg.inbox(ann.id)).map((m) => m.text)).toEqual(['a'])
  })

  it('when a 429 fault is injected, then parameters.retry_after is present', async () => {
    const ann = await t.startedUser()
    await t.tg.fault({ status: 429, retry_after: 7 })
    expect(await t.api('sendMessage', { chat_id: ann.id, text: 'x' })).toMatchObject({
      status: 429,
      description: 'Too Many Requests: retry after 7',
      parameters: { retry_after: 7 },
    })
  })

  it('when status 0 is injected, then the connection drops; delay-only faults still execute', async () => {
    const ann = await t.startedUser()
    await t.tg.fault({ method: 'getMe', status: 0 })
    await expect(t.api('getMe')).rejects.toThrow()
    await t.tg.fault({ method: 'sendMessage', delay_ms: 150 })
    const started = Date.now()
    expect((await t.api('sendMessage', { chat_id: ann.id, text: 'slow' })).ok).toBe(true)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    await t.tg.fault({ status: 502, count: 5 })
    await t.tg.clearFaults()
    expect((await t.api('getMe')).ok).toBe(true)
  })
})

describe('limits', () => {
  it('when limits are off (default), then bursts pass', async () => {
    const ann = await t.startedUser()
    expect(await t.tg.getLimits()).toMatchObject({ enabled: false })
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.api('sendMessage', { chat_id: ann.id, text: `${i}` })),
    )
    expect(results.every((r) => r.ok)).toBe(true)
  })

  it('when a chat exceeds its burst, then 429 with retry_after, the message is not sent, and other chats are unaffected', async () => {
    const ann = await t.startedUser('Ann')
    const bob = await t.startedUser('Bob')
    await t.tg.limits({ enabled: true, per_chat_per_sec: 0.1, per_chat_burst: 3 })
    for (let i = 0; i < 3; i++)
      expect((await t.api('sendMessage', { chat_id: ann.id, text: `${i}` })).ok).toBe(true)
    const limited = await t.api('sendMessage', { chat_id: ann.id, text: 'over' })
    expect(limited).toMatchObject({
      status: 429,
      error_code: 429,
      parameters: { retry_after: expect.any(Number) },
    })
    expect(limited.parameters!.retry_after).toBeGreaterThanOrEqual(9)
    expect(limited.description).toBe(`Too Many Requests: retry after ${limited.parameters!.retry_after}`)
    expect((await t.api('sendChatAction', { chat_id: ann.id, action: 'typing' })).ok).toBe(true)
    expect((await t.api('sendMessage', { chat_id: bob.id, text: 'fine' })).ok).toBe(true)
    expect((await t.tg.inbox(ann.id)).map((m) => m.text)).toEqual(['0', '1', '2'])
    expect((await t.tg.stats()).rate_limited).toBe(1)
  })

  it('when the bot as a whole exceeds the global rate, then 429 across chats', async () => {
    const users = await Promise.all([1, 2, 3].map((i) => t.startedUser(`U${i}`)))
    await t.tg.limits({ enabled: true, global_per_sec: 0.1, global_burst: 2, per_chat_burst: 10 })
    expect((await t.api('sendMessage', { chat_id: users[0]!.id, text: 'a' })).ok).toBe(true)
    expect((await t.api('sendMessage', { chat_id: users[1]!.id, text: 'b' })).ok).toBe(true)
    expect((await t.api('sendMessage', { chat_id: users[2]!.id, text: 'c' })).error_code).toBe(429)
  })

  it('when reset, then limits return to the creation defaults', async () => {
    await t.tg.limits({ enabled: true })
    await t.tg.reset()
    expect((await t.tg.getLimits()).enabled).toBe(false)
  })

  it('when reset with keep_webhook (the sandbox page), then users are gone but the webhook stays; without it, it goes', async () => {
    await t.api('setWebhook', { url: 'http://127.0.0.1:9/hook' })
    await t.tg.createUser()
    await t.tg.reset({ keep_webhook: true })
    expect(await t.tg.users()).toEqual([])
    expect((await t.api('getWebhookInfo')).result).toMatchObject({ url: 'http://127.0.0.1:9/hook' })
    await t.tg.reset()
    expect((await t.api('getWebhookInfo')).result).toMatchObject({ url: '' })
  })
})

describe('idle and stats', () => {
  it('when nobody consumes updates, then idle reports false after the timeout; after polling, true', async () => {
    const ann = await t.tg.createUser()
    const sent = await t.tg.send(ann.id, 'x')
    await expect(t.tg.idle(50)).rejects.toThrow(/not idle/)
    await t.api('getUpdates', { offset: sent.update_id + 1 })
    expect((await t.tg.idle(50)).idle).toBe(true)
    const stats = await t.tg.stats()
    expect(stats.updates).toMatchObject({ enqueued: 1, delivered: 1, pending: 0 })
  })
})
