import { describe, expect, it } from 'vitest'
import { emulatorPerTest } from './test-support.js'

const t = emulatorPerTest()

describe('transport and envelope', () => {
  it('when the token is wrong, then 401 Unauthorized in Telegram envelope', async () => {
    const res = await fetch(`${t.url}/bot123:nope/getMe`)
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' })
  })

  it('when the method is unknown, then 404 Not Found: method not found (telegram-bot-api Client::on_cmd)', async () => {
    const res = await t.api('sendTelepathy', {})
    expect(res).toMatchObject({
      status: 404,
      ok: false,
      error_code: 404,
      description: 'Not Found: method not found',
    })
  })

  it('when getMe is called by GET, form or JSON and any case, then the bot user comes back', async () => {
    const viaGet = (await (await fetch(`${t.url}/bot${t.emulator.token}/getme`)).json()) as {
      result: { id: number; is_bot: boolean }
    }
    expect(viaGet.result).toMatchObject({ id: 7000000001, is_bot: true, username: 'ty_ne_odin_bot' })
    const user = await t.startedUser()
    const form = await fetch(`${t.url}/bot${t.emulator.token}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        chat_id: String(user.id),
        text: 'hi',
        reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] }),
      }),
    })
    const body = (await form.json()) as { ok: boolean; result: { reply_markup: unknown } }
    expect(body.ok).toBe(true)
    expect(body.result.reply_markup).toEqual({ inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] })
    const query = await fetch(`${t.url}/bot${t.emulator.token}/sendMessage?chat_id=${user.id}&text=q`)
    expect(((await query.json()) as { ok: boolean }).ok).toBe(true)
  })

  it('when a multipart upload is sent, then it becomes a new file id', async () => {
    const user = await t.startedUser()
    const form = new FormData()
    form.set('chat_id', String(user.id))
    form.set('photo', 'attach://file1')
    form.set('file1', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), 'a.jpg')
    const res = await fetch(`${t.url}/bot${t.emulator.token}/sendPhoto`, { method: 'POST', body: form })
    const body = (await res.json()) as { ok: boolean; result: { photo: { file_id: string }[] } }
    expect(body.ok).toBe(true)
    expect(body.result.photo).toHaveLength(3)
  })
})

describe('sendMessage', () => {
  it('when sending to a started user, then the message looks like Telegram and ids increase per chat', async () => {
    const user = await t.startedUser()
    const a = await t.api('sendMessage', { chat_id: user.id, text: 'one', protect_content: true })
    const b = await t.api('sendMessage', { chat_id: String(user.id), text: 'two' })
    expect(a.ok).toBe(true)
    expect(a.result).toMatchObject({
      message_id: 2,
      from: { id: 7000000001, is_bot: true, first_name: 'Ты не один' },
      chat: { id: user.id, type: 'private', first_name: 'Ann' },
      text: 'one',
      has_protected_content: true,
    })
    expect(typeof (a.result as { date: number }).date).toBe('number')
    expect((b.result as { message_id: number }).message_id).toBe(3)
    const inbox = await t.tg.inbox(user.id)
    expect(inbox.map((m) => [m.text, m.method, m.protect_content])).toEqual([
      ['one', 'sendMessage', true],
      ['two', 'sendMessage', false],
    ])
  })

  it('when the chat is unknown, empty or the text is empty/too long, then Telegram texts come back', async () => {
    const user = await t.startedUser()
    expect(await t.api('sendMessage', { chat_id: 42, text: 'x' })).toMatchObject({
      status: 400,
      error_code: 400,
      description: 'Bad Request: chat not found',
    })
    expect((await t.api('sendMessage', { chat_id: '@someone', text: 'x' })).description).toBe(
      'Bad Request: chat not found',
    )
    expect((await t.api('sendMessage', { text: 'x' })).description).toBe('Bad Request: chat_id is empty')
    expect((await t.api('sendMessage', { chat_id: user.id, text: '  ' })).description).toBe(
      'Bad Request: message text is empty',
    )
    expect((await t.api('sendMessage', { chat_id: user.id, text: 'x'.repeat(4097) })).description).toBe(
      'Bad Request: message is too long',
    )
    expect((await t.api('sendMessage', { chat_id: user.id, text: 'x'.repeat(4096) })).ok).toBe(true)
  })

  it('when the user never wrote to the bot, then 403 cannot initiate conversation', async () => {
    const user = await t.tg.createUser()
    expect(await t.api('sendMessage', { chat_id: user.id, text: 'hi' })).toMatchObject({
      status: 403,
      description: "Forbidden: bot can't initiate conversation with a user",
    })
  })

  it('when parse_mode is HTML, then markup becomes entities and broken markup is rejected', async () => {
    const user = await t.startedUser()
    const ok = await t.api('sendMessage', {
      chat_id: user.id,
      text: '<b>Hi</b> &lt;3 <a href="https://x.y">link</a>',
      parse_mode: 'HTML',
    })
    expect(ok.result).toMatchObject({
      text: 'Hi <3 link',
      entities: [
        { type: 'bold', offset: 0, length: 2 },
        { type: 'text_link', offset: 6, length: 4, url: 'https://x.y' },
      ],
    })
    const bad = await t.api('sendMessage', { chat_id: user.id, text: 'a <3 b', parse_mode: 'HTML' })
    expect(bad.status).toBe(400)
    expect(bad.description).toMatch(/^Bad Request: can't parse entities: /)
    const md = await t.api('sendMessage', { chat_id: user.id, text: 'Price 5.00', parse_mode: 'MarkdownV2' })
    expect(md.description).toBe(
      "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
    )
  })

  it('when callback_data exceeds 64 bytes or a button has no action, then the keyboard is rejected', async () => {
    const user = await t.startedUser()
    const long = await t.api('sendMessage', {
      chat_id: user.id,
      text: 'x',
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'я'.repeat(33) }]] },
    })
    expect(long).toMatchObject({ status: 400, description: 'Bad Request: BUTTON_DATA_INVALID' })
    const plain = await t.api('sendMessage', {
      chat_id: user.id,
      text: 'x',
      reply_markup: { inline_keyboard: [[{ text: 'A' }]] },
    })
    expect(plain.description).toBe(
      "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    )
    const exactly64 = await t.api('sendMessage', {
      chat_id: user.id,
      text: 'x',
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a'.repeat(64) }]] },
    })
    expect(exactly64.ok).toBe(true)
  })

  it('when a reply keyboard is sent and later removed, then the chat shows and hides it', async () => {
    const user = await t.startedUser()
    await t.api('sendMessage', {
      chat_id: user.id,
      text: 'k',
      reply_markup: { keyboard: [['Yes', { text: 'No' }]], resize_keyboard: true },
    })
    expect((await t.tg.inboxFull(user.id)).reply_keyboard).toMatchObject({
      keyboard: [[{ text: 'Yes' }, { text: 'No' }]],
    })
    await t.api('sendMessage', { chat_id: user.id, text: 'r', reply_markup: { remove_keyboard: true } })
    expect((await t.tg.inboxFull(user.id)).reply_keyboard).toBeNull()
  })

  it('when replying to a message, then reply_to_message is set; to a missing one, then an error', async () => {
    const user = await t.startedUser()
    const r = await t.api('sendMessage', { chat_id: user.id, text: 'r', reply_parameters: { message_id: 1 } })
    expect(
      (r.result as { reply_to_message: { message_id: number; text: string } }).reply_to_message,
    ).toMatchObject({
      message_id: 1,
      text: '/start',
    })
    const missing = await t.api('sendMessage', {
      chat_id: user.id,
      text: 'r',
      reply_parameters: { message_id: 99 },
    })
    expect(missing.description).toBe('Bad Request: message to be replied not found')
  })
})

describe('edit and delete', () => {
  it('when editing text, then content and history update; same content is "not modified"; missing markup drops the keyboard', async () => {
    const user = await t.startedUser()
    const kb = { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] }
    const sent = await t.api('sendMessage', { chat_id: user.id, text: 'v1', reply_markup: kb })
    const id = (sent.result as { message_id: number }).message_id
    const same = await t.api('editMessageText', {
      chat_id: user.id,
      message_id: id,
      text: 'v1',
      reply_markup: kb,
    })
    expect(same.description).toBe(
      'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    )
    const edited = await t.api('editMessageText', { chat_id: user.id, message_id: id, text: 'v2' })
    expect(edited.result).toMatchObject({ message_id: id, text: 'v2' })
    expect((edited.result as { edit_date?: number }).edit_date).toBeTypeOf('number')
    expect((edited.result as { reply_markup?: unknown }).reply_markup).toBeUndefined()
    const [view] = await t.tg.inbox(user.id)
    expect(view).toMatchObject({ text: 'v2', edited: true, reply_markup: null, buttons: [] })
    expect(view!.edit_history).toEqual([expect.objectContaining({ text: 'v1', reply_markup: kb })])

    const markupOnly = await t.api('editMessageReplyMarkup', {
      chat_id: user.id,
      message_id: id,
      reply_markup: kb,
    })
    expect(markupOnly.ok).toBe(true)
    expect((await t.tg.inbox(user.id))[0]!.buttons).toEqual([{ text: 'A', callback_data: 'a' }])
  })

  it('when only the keyboard is edited, then the message is not labelled edited but the history keeps the change', async () => {
    const user = await t.startedUser()
    const kb = { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] }
    const sent = await t.api('sendMessage', { chat_id: user.id, text: 'v1', reply_markup: kb })
    const id = (sent.result as { message_id: number }).message_id
    expect((await t.api('editMessageReplyMarkup', { chat_id: user.id, message_id: id })).ok).toBe(true)
    const [view] = await t.tg.inbox(user.id)
    expect(view).toMatchObject({ text: 'v1', edited: false, buttons: [] })
    expect(view!.edit_history).toEqual([expect.objectContaining({ text: 'v1', reply_markup: kb })])

    await t.api('editMessageText', { chat_id: user.id, message_id: id, text: 'v2', reply_markup: kb })
    await t.api('editMessageReplyMarkup', { chat_id: user.id, message_id: id })
    const [after] = await t.tg.inbox(user.id)
    expect(after).toMatchObject({ text: 'v2', edited: true })
    expect(after!.edit_history).toHaveLength(3)
  })

  it('when editing or deleting an unknown message, then Telegram errors', async () => {
    const user = await t.startedUser()
    expect(
      (await t.api('editMessageText', { chat_id: user.id, message_id: 77, text: 'x' })).description,
    ).toBe('Bad Request: message to edit not found')
    expect((await t.api('editMessageText', { chat_id: user.id, text: 'x' })).description).toBe(
      'Bad Request: message identifier is not specified',
    )
    expect((await t.api('editMessageText', { chat_id: user.id, message_id: 1, text: 'x' })).description).toBe(
      "Bad Request: message can't be edited",
    )
    expect((await t.api('deleteMessage', { chat_id: user.id, message_id: 77 })).description).toBe(
      'Bad Request: message to delete not found',
    )
    const sent = await t.api('sendMessage', { chat_id: user.id, text: 'bye' })
    const id = (sent.result as { message_id: number }).message_id
    expect((await t.api('deleteMessage', { chat_id: user.id, message_id: id })).result).toBe(true)
    expect((await t.api('deleteMessage', { chat_id: user.id, message_id: id })).description).toBe(
      'Bad Request: message to delete not found',
    )
    expect(
      (await t.api('editMessageText', { chat_id: user.id, message_id: id, text: 'x' })).description,
    ).toBe('Bad Request: message to edit not found')
    expect((await t.tg.inbox(user.id)).find((m) => m.message_id === id)?.deleted).toBe(true)
  })
})

describe('copy, forward and media', () => {
  it('when copying a user photo to another user, then only {message_id} returns and no sender identity travels', async () => {
    const ann = await t.startedUser('Ann')
    const bob = await t.startedUser('Bob')
    const photo = await t.tg.send(ann.id, { photo: true, caption: 'sunset' })
    const copy = await t.api('copyMessage', {
      chat_id: bob.id,
      from_chat_id: ann.id,
      message_id: photo.message_id,
      protect_content: true,
    })
    expect(copy).toMatchObject({ ok: true, result: { message_id: expect.any(Number) } })
    expect(Object.keys(copy.result as object)).toEqual(['message_id'])
    const got = (await t.tg.inbox(bob.id)).at(-1)!
    expect(got).toMatchObject({
      type: 'photo',
      caption: 'sunset',
      method: 'copyMessage',
      protect_content: true,
    })
    expect(JSON.stringify(got.message)).not.toContain(String(ann.id))
    expect(got.message.forward_origin).toBeUndefined()
    const recaption = await t.api('copyMessage', {
      chat_id: bob.id,
      from_chat_id: ann.id,
      message_id: photo.message_id,
      caption: 'new',
    })
    expect(recaption.ok).toBe(true)
    expect((await t.tg.inbox(bob.id)).at(-1)!.caption).toBe('new')
  })

  it('when copying text, sticker, voice and video_note, then the content is carried over', async () => {
    const ann = await t.startedUser('Ann')
    const bob = await t.startedUser('Bob')
    for (const content of [
      'hello',
      { sticker: { emoji: '🔥' } },
      { voice: true },
      { video_note: true },
    ] as const) {
      const sent = await t.tg.send(ann.id, content)
      const res = await t.api('copyMessage', {
        chat_id: bob.id,
        from_chat_id: ann.id,
        message_id: sent.message_id,
      })
      expect(res.ok).toBe(true)
    }
    const inbox = await t.tg.inbox(bob.id)
    expect(inbox.map((m) => m.type)).toEqual(['text', 'sticker', 'voice', 'video_note'])
    expect(inbox[1]!.message.sticker).toMatchObject({ emoji: '🔥' })
    expect(inbox.every((m) => m.method === 'copyMessage')).toBe(true)
  })

  it('when forwarding, then forward_origin reveals the original sender', async () => {
    const ann = await t.startedUser('Ann')
    const bob = await t.startedUser('Bob')
    const sent = await t.tg.send(ann.id, 'secret')
    const fwd = await t.api('forwardMessage', {
      chat_id: bob.id,
      from_chat_id: ann.id,
      message_id: sent.message_id,
    })
    expect(fwd.result).toMatchObject({
      text: 'secret',
      forward_origin: { type: 'user', sender_user: { id: ann.id, first_name: 'Ann' } },
    })
    expect((await t.tg.calls({ method: 'forwardMessage' })).length).toBe(1)
  })

  it('when copying missing or protected messages, then Telegram errors', async () => {
    const ann = await t.startedUser('Ann')
    const bob = await t.startedUser('Bob')
    expect(
      (await t.api('copyMessage', { chat_id: bob.id, from_chat_id: ann.id, message_id: 99 })).description,
    ).toBe('Bad Request: message to copy not found')
    const prot = await t.api('sendMessage', { chat_id: ann.id, text: 'p', protect_content: true })
    const id = (prot.result as { message_id: number }).message_id
    expect(
      (await t.api('forwardMessage', { chat_id: bob.id, from_chat_id: ann.id, message_id: id })).description,
    ).toBe("Bad Request: message has protected content and can't be forwarded")
  })

  it('when sending media by file id, then known ids work and unknown or mismatched ones fail', async () => {
    const ann = await t.startedUser('Ann')
    const sticker = await t.tg.send(ann.id, { sticker: true })
    const fileId = (await t.tg.chat(ann.id)).messages.find((m) => m.message_id === sticker.message_id)!
      .file_id!
    expect((await t.api('sendSticker', { chat_id: ann.id, sticker: fileId })).ok).toBe(true)
    expect((await t.api('sendPhoto', { chat_id: ann.id, photo: 'AgACnope' })).description).toBe(
      'Bad Request: wrong file identifier/HTTP URL specified',
    )
    expect((await t.api('sendVoice', { chat_id: ann.id, voice: fileId })).description).toBe(
      'Bad Request: type of file mismatch',
    )
    expect((await t.api('sendDocument', { chat_id: ann.id })).description).toBe(
      'Bad Request: there is no document in the request',
    )
    const doc = await t.api('sendDocument', {
      chat_id: ann.id,
      document: 'https://example.com/a.pdf',
      caption: 'c',
    })
    expect(doc.result).toMatchObject({ document: { file_id: expect.any(String) }, caption: 'c' })
    const note = await t.tg.send(ann.id, { video_note: true })
    const noteId = (await t.tg.chat(ann.id)).messages.find((m) => m.message_id === note.message_id)!.file_id!
    expect((await t.api('sendVideoNote', { chat_id: ann.id, video_note: noteId })).ok).toBe(true)
    const photo = await t.tg.send(ann.id, { photo: true })
    const photoId = (await t.tg.chat(ann.id)).messages.find((m) => m.message_id === photo.message_id)!
      .file_id!
    expect((await t.api('sendPhoto', { chat_id: ann.id, photo: photoId, caption: 'again' })).ok).toBe(true)
  })
})

describe('callbacks, actions, commands', () => {
  it('when a callback query is answered twice or is unknown, then "query is too old"', async () => {
    const ann = await t.startedUser()
    const sent = await t.api('sendMessage', {
      chat_id: ann.id,
      text: 'q',
      reply_markup: { inline_keyboard: [[{ text: 'Go', callback_data: 'go' }]] },
    })
    const press = await t.tg.press(ann.id, (sent.result as { message_id: number }).message_id, 'go')
    expect(
      (
        await t.api('answerCallbackQuery', {
          callback_query_id: press.callback_query_id,
          text: 'ok',
          show_alert: true,
        })
      ).result,
    ).toBe(true)
    const again = await t.api('answerCallbackQuery', { callback_query_id: press.callback_query_id })
    expect(again.description).toBe(
      'Bad Request: query is too old and response timeout expired or query ID is invalid',
    )
    expect((await t.tg.callbackAnswers(ann.id))[0]).toMatchObject({
      answered: true,
      text: 'ok',
      show_alert: true,
      data: 'go',
    })
  })

  it('when sendChatAction is valid, then it shows as chat_action; invalid action is rejected', async () => {
    const ann = await t.startedUser()
    expect((await t.api('sendChatAction', { chat_id: ann.id, action: 'typing' })).result).toBe(true)
    expect((await t.tg.inboxFull(ann.id)).chat_action).toBe('typing')
    expect((await t.api('sendChatAction', { chat_id: ann.id, action: 'dancing' })).description).toBe(
      'Bad Request: wrong parameter action in request',
    )
  })

  it('when commands are set per scope and language, then getMyCommands returns exactly that set', async () => {
    const ru = [{ command: 'start', description: 'Начать' }]
    const en = [{ command: 'start', description: 'Start' }]
    expect((await t.api('setMyCommands', { commands: ru })).result).toBe(true)
    expect(
      (
        await t.api('setMyCommands', {
          commands: en,
          language_code: 'en',
          scope: { type: 'all_private_chats' },
        })
      ).result,
    ).toBe(true)
    expect((await t.api('getMyCommands', {})).result).toEqual(ru)
    expect((await t.api('getMyCommands', { language_code: 'en' })).result).toEqual([])
    expect(
      (await t.api('getMyCommands', { language_code: 'en', scope: { type: 'all_private_chats' } })).result,
    ).toEqual(en)
    expect(
      (await t.api('setMyCommands', { commands: [{ command: 'Bad-Cmd', description: 'x' }] })).description,
    ).toBe('Bad Request: BOT_COMMAND_INVALID')
  })
})

describe('invoices', () => {
  it('when a Stars invoice is valid, then a message with a Pay button appears; invalid ones are rejected', async () => {
    const ann = await t.startedUser()
    const base = {
      chat_id: ann.id,
      title: 'Tip',
      description: 'Thank you',
      payload: 'tip:1',
      currency: 'XTR',
    }
    const ok = await t.api('sendInvoice', { ...base, prices: [{ label: 'Tip', amount: 50 }] })
    expect(ok.result).toMatchObject({
      invoice: { title: 'Tip', description: 'Thank you', currency: 'XTR', total_amount: 50 },
      reply_markup: { inline_keyboard: [[{ text: 'Pay ⭐️50', pay: true }]] },
    })
    expect(JSON.stringify(ok.result)).not.toContain('tip:1')
    expect(
      (await t.api('sendInvoice', { ...base, provider_token: 'x', prices: [{ label: 'Tip', amount: 50 }] }))
        .description,
    ).toBe('Bad Request: STARS_INVOICE_INVALID')
    const two = await t.api('sendInvoice', {
      ...base,
      prices: [
        { label: 'a', amount: 1 },
        { label: 'b', amount: 2 },
      ],
    })
    expect(two).toMatchObject({ status: 400, description: 'Bad Request: STARS_INVOICE_INVALID' })
    expect((await t.api('sendInvoice', { ...base, prices: 'nope' })).description).toBe(
      "Bad Request: can't parse prices JSON object",
    )
  })
})

describe('parameter errors as telegram-bot-api words them', () => {
  it('when a required parameter is missing, then Telegram\'s "parameter ... is required" / "... is empty" texts come back', async () => {
    const ann = await t.startedUser()
    expect((await t.api('sendContact', { chat_id: ann.id, first_name: 'A' })).description).toBe(
      'Bad Request: parameter "phone_number" is required',
    )
    expect((await t.api('sendContact', { chat_id: ann.id, phone_number: '+1' })).description).toBe(
      'Bad Request: parameter "first_name" is required',
    )
    expect((await t.api('sendLocation', { chat_id: ann.id, longitude: 1 })).description).toBe(
      'Bad Request: latitude is empty',
    )
    expect((await t.api('sendLocation', { chat_id: ann.id, latitude: 1 })).description).toBe(
      'Bad Request: longitude is empty',
    )
    expect((await t.api('sendLocation', { chat_id: ann.id, latitude: 91, longitude: 1 })).description).toBe(
      'Bad Request: wrong latitude or longitude specified',
    )
    expect(await t.api('answerPreCheckoutQuery', { pre_checkout_query_id: 'nope', ok: false })).toMatchObject(
      { status: 400, description: 'Bad Request: parameter "error_message" is required' },
    )
    expect(
      (await t.api('answerPreCheckoutQuery', { pre_checkout_query_id: 'nope', ok: true })).description,
    ).toBe('Bad Request: query is too old and response timeout expired or query ID is invalid')
    expect((await t.api('refundStarPayment', { telegram_payment_charge_id: 'stx1' })).description).toBe(
      'Bad Request: invalid user_id specified',
    )
    expect((await t.api('refundStarPayment', { user_id: ann.id })).description).toBe(
      'Bad Request: parameter "telegram_payment_charge_id" is required',
    )
  })

  it('when a Stars invoice has no prices or asks for tips, then it is rejected like Telegram does', async () => {
    const ann = await t.startedUser()
    const base = { chat_id: ann.id, title: 'Tip', description: 'Thanks', payload: 'tip:1', currency: 'XTR' }
    expect((await t.api('sendInvoice', { ...base, prices: [] })).description).toBe(
      'Bad Request: there must be at least one price',
    )
    const price = [{ label: 'Tip', amount: 5 }]
    expect((await t.api('sendInvoice', { ...base, prices: price, max_tip_amount: 10 })).description).toBe(
      'Bad Request: STARS_INVOICE_INVALID',
    )
    expect(
      (await t.api('sendInvoice', { ...base, prices: price, suggested_tip_amounts: [1, 2] })).description,
    ).toBe('Bad Request: STARS_INVOICE_INVALID')
    expect((await t.api('sendInvoice', { ...base, prices: price })).ok).toBe(true)
  })

  it('when setWebhook gets a bad URL or secret, then the telegram-bot-api texts come back; an empty secret is fine', async () => {
    expect((await t.api('setWebhook', { url: 'http://' })).description).toBe(
      'Bad Request: invalid webhook URL specified',
    )
    expect(
      (await t.api('setWebhook', { url: 'https://example.invalid/hook', secret_token: 'a'.repeat(257) }))
        .description,
    ).toBe('Bad Request: secret token is too long')
    const ok = await t.api('setWebhook', { url: 'https://example.invalid/hook', secret_token: '' })
    expect(ok).toMatchObject({ ok: true, description: 'Webhook was set' })
    await t.api('deleteWebhook')
  })
})
