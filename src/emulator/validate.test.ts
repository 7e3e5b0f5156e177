import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator } from './test-support.js'

let t: Awaited<ReturnType<typeof startEmulator>>
beforeAll(async () => {
  t = await startEmulator()
})
afterAll(async () => t.close())

const bad = (detail: string) => ({ ok: false, status: 400, description: `Bad Request: ${detail}` })
const HALF_EMOJI = '🙂'.slice(0, 1)

async function started() {
  return t.startedUser()
}

const invoice = (chatId: number) => ({
  chat_id: chatId,
  title: 'Tip',
  description: 'Thanks',
  payload: 'tip:1',
  currency: 'XTR',
  prices: [{ label: 'Tip', amount: 5 }],
})

describe('parameters are checked the way the Bot API checks them (issue 13 §6)', () => {
  it('when a parameter is not one of the method, then it is refused', async () => {
    const ann = await started()
    expect(await t.api('sendMessage', { chat_id: ann.id, text: 'hi', colour: 'red' })).toMatchObject(
      bad('unsupported parameter "colour"'),
    )
    // deprecated names that the 10.1 spec no longer lists are unknown too
    expect(await t.api('sendMessage', { chat_id: ann.id, text: 'hi', reply_to_message_id: 1 })).toMatchObject(
      bad('unsupported parameter "reply_to_message_id"'),
    )
    expect((await t.api('sendMessage', { chat_id: ann.id, text: 'hi', protect_content: true })).ok).toBe(true)
  })

  it('when an Integer is 1.5 or text, then it is refused instead of truncated', async () => {
    const ann = await started()
    const sent = await t.api('sendMessage', { chat_id: ann.id, text: 'x' })
    const id = (sent.result as { message_id: number }).message_id
    expect(await t.api('deleteMessage', { chat_id: ann.id, message_id: id + 0.5 })).toMatchObject(
      bad('field "message_id" must be of type Integer'),
    )
    expect(await t.api('getStarTransactions', { limit: 'ten' })).toMatchObject(
      bad('field "limit" must be of type Integer'),
    )
    expect(await t.api('sendMessage', { chat_id: 1.5, text: 'x' })).toMatchObject(
      bad('field "chat_id" must be of type Integer or String'),
    )
    expect(
      await t.api('sendMessage', { chat_id: ann.id, text: 'x', protect_content: 'maybe' }),
    ).toMatchObject(bad('field "protect_content" must be of type Boolean'))
    expect(await t.api('sendMessage', { chat_id: ann.id, text: { a: 1 } })).toMatchObject(
      bad('field "text" must be of type String'),
    )
    // the same values as text (form transports) are fine
    expect((await t.api('deleteMessage', { chat_id: String(ann.id), message_id: String(id) })).ok).toBe(true)
  })

  it('when a required parameter is missing, then Telegram names it', async () => {
    expect(await t.api('answerCallbackQuery', {})).toMatchObject(
      bad('parameter "callback_query_id" is required'),
    )
    expect(await t.api('sendMessage', { text: 'x' })).toMatchObject(bad('chat_id is empty'))
    expect(await t.api('getFile', {})).toMatchObject(bad('parameter "file_id" is required'))
  })

  it('when a string holds half an emoji (an unpaired surrogate), then it is refused as invalid UTF-8', async () => {
    const ann = await started()
    expect(
      await t.api('sendInvoice', { ...invoice(ann.id), title: `Чаевые для Ясный ${HALF_EMOJI}` }),
    ).toMatchObject(bad('strings must be encoded in UTF-8'))
    expect(await t.api('sendMessage', { chat_id: ann.id, text: `a${HALF_EMOJI}` })).toMatchObject(
      bad('strings must be encoded in UTF-8'),
    )
    const button = { text: `x${HALF_EMOJI}`, callback_data: 'a' }
    expect(
      await t.api('sendMessage', {
        chat_id: ann.id,
        text: 'a',
        reply_markup: { inline_keyboard: [[button]] },
      }),
    ).toMatchObject(bad('strings must be encoded in UTF-8'))
    // bytes that are not UTF-8 at all, in a form body
    const res = await fetch(`${t.url}/bot${t.emulator.token}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.concat([Buffer.from(`chat_id=${ann.id}&text=`), Buffer.from([0xff, 0xfe])]),
    })
    expect(await res.json()).toMatchObject({
      ok: false,
      description: 'Bad Request: strings must be encoded in UTF-8',
    })
  })

  it('when lengths are at the limit in characters, then they pass even where UTF-16 counts more', async () => {
    const ann = await started()
    const emoji32 = '🙂'.repeat(32) // 32 characters, 64 UTF-16 units
    expect((await t.api('sendInvoice', { ...invoice(ann.id), title: emoji32 })).ok).toBe(true)
    expect(await t.api('sendInvoice', { ...invoice(ann.id), title: `${emoji32}!` })).toMatchObject(
      bad('INVOICE_TITLE_INVALID'),
    )
    expect((await t.api('sendMessage', { chat_id: ann.id, text: '🙂'.repeat(4096) })).ok).toBe(true)
    expect(await t.api('sendMessage', { chat_id: ann.id, text: '🙂'.repeat(4097) })).toMatchObject(
      bad('message is too long'),
    )
    expect((await t.api('setMyShortDescription', { short_description: '🙂'.repeat(120) })).ok).toBe(true)
  })

  it('when currency is "xtr", then it is refused: the code is exact', async () => {
    const ann = await started()
    expect(await t.api('sendInvoice', { ...invoice(ann.id), currency: 'xtr' })).toMatchObject(
      bad('CURRENCY_INVALID'),
    )
  })

  it('when a price or reply parameters have fields of the wrong type, then they are refused', async () => {
    const ann = await started()
    expect(
      await t.api('sendInvoice', { ...invoice(ann.id), prices: [{ label: 'Tip', amount: 1.5 }] }),
    ).toMatchObject(bad('can\'t parse LabeledPrice: Field "amount" must be of type Integer'))
    expect(
      await t.api('sendMessage', { chat_id: ann.id, text: 'x', reply_parameters: { quote: 'y' } }),
    ).toMatchObject(bad('can\'t parse ReplyParameters: Can\'t find field "message_id"'))
  })

  it('when allowed_updates names an unknown update type, then setWebhook and getUpdates refuse it', async () => {
    expect(await t.api('getUpdates', { allowed_updates: ['message', 'messages'] })).toMatchObject(
      bad('unsupported update type "messages" in allowed_updates'),
    )
    expect(
      await t.api('setWebhook', { url: 'https://example.invalid/hook', allowed_updates: ['callback'] }),
    ).toMatchObject(bad('unsupported update type "callback" in allowed_updates'))
    expect((await t.api('getUpdates', { allowed_updates: ['message', 'callback_query'] })).ok).toBe(true)
  })

  it('when language_code is not two letters, then setMyCommands and the descriptions refuse it', async () => {
    const commands = [{ command: 'start', description: 'Start' }]
    expect(await t.api('setMyCommands', { commands, language_code: 'rus' })).toMatchObject(
      bad('invalid language code specified'),
    )
    expect(await t.api('setMyDescription', { description: 'x', language_code: 'EN' })).toMatchObject(
      bad('invalid language code specified'),
    )
    expect((await t.api('setMyCommands', { commands, language_code: 'ru' })).ok).toBe(true)
  })
})

describe('inline keyboards are checked the way the Bot API checks them', () => {
  const send = async (button: Record<string, unknown>) => {
    const ann = await started()
    return t.api('sendMessage', { chat_id: ann.id, text: 'x', reply_markup: { inline_keyboard: [[button]] } })
  }

  it('when callback_data is a number, then it is refused (a String of 1-64 bytes)', async () => {
    expect(await send({ text: 'A', callback_data: 5 })).toMatchObject(
      bad('can\'t parse inline keyboard button: Field "callback_data" must be of type String'),
    )
    expect(await send({ text: 'A', callback_data: '' })).toMatchObject(bad('BUTTON_DATA_INVALID'))
    expect((await send({ text: 'A', callback_data: 'я'.repeat(32) })).ok).toBe(true) // 64 bytes
  })

  it('when a button has empty text, then it is refused', async () => {
    expect(await send({ text: '', callback_data: 'a' })).toMatchObject(
      bad('inline keyboard button text must be non-empty'),
    )
  })

  it('when a button has more than one action, then it is refused', async () => {
    expect(await send({ text: 'A', callback_data: 'a', url: 'https://example.org' })).toMatchObject(
      bad(
        "can't parse inline keyboard button: exactly one of the button kinds must be used, got callback_data, url",
      ),
    )
  })

  it('when a pay button is on a message other than an invoice, then it is refused; on an invoice it is fine', async () => {
    expect(await send({ text: 'Pay', pay: true })).toMatchObject(bad('BUTTON_TYPE_INVALID'))
    const ann = await started()
    const payFirst = {
      inline_keyboard: [[{ text: 'Pay 5', pay: true }], [{ text: 'Later', callback_data: 'l' }]],
    }
    const inv = await t.api('sendInvoice', { ...invoice(ann.id), reply_markup: payFirst })
    expect(inv.ok).toBe(true)
    const id = (inv.result as { message_id: number }).message_id
    const edit = await t.api('editMessageReplyMarkup', {
      chat_id: ann.id,
      message_id: id,
      reply_markup: { inline_keyboard: [[{ text: 'Pay now', pay: true }]] },
    })
    expect(edit.ok).toBe(true)
  })
})

describe('formatting', () => {
  it('when HTML has <tg-time>, then it becomes a date_time entity; a bad format is refused', async () => {
    const ann = await started()
    const ok = await t.api('sendMessage', {
      chat_id: ann.id,
      text: 'Встреча <tg-time unix="1647531900" format="wDT">завтра в 22:45</tg-time>',
      parse_mode: 'HTML',
    })
    expect(ok.result).toMatchObject({
      text: 'Встреча завтра в 22:45',
      entities: [
        { type: 'date_time', offset: 8, length: 14, unix_time: 1647531900, date_time_format: 'wDT' },
      ],
    })
    const md = await t.api('sendMessage', {
      chat_id: ann.id,
      text: '![22:45](tg://time?unix=1647531900&format=r)',
      parse_mode: 'MarkdownV2',
    })
    expect(md.result).toMatchObject({
      entities: [{ type: 'date_time', unix_time: 1647531900, date_time_format: 'r' }],
    })
    const wrong = await t.api('sendMessage', {
      chat_id: ann.id,
      text: '<tg-time unix="1647531900" format="rT">x</tg-time>',
      parse_mode: 'HTML',
    })
    expect(wrong.description).toMatch(
      /^Bad Request: can't parse entities: Invalid date-time entity format "rT"/,
    )
  })
})
