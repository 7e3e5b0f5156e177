import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { startChattingPair } from '../../../test/helpers/chat-pair.js'
import type { MessageView } from '../../../test/helpers/emulator-driver.js'
import { expectNoIdentityLeak } from '../../../test/helpers/identity-leak.js'
import { createI18n } from '../i18n.js'

const WAIT = { timeoutMs: 20_000 }
const { translate } = createI18n()
const t = (lang: 'ru' | 'en', key: string) => translate(lang, key)
const firstLine = (s: string) => s.split('\n')[0]!.trim()

const textOf = (m: MessageView) => m.text ?? m.caption ?? ''

describe('contact nudge in the relay (e2e)', () => {
  const h = testAppPerFile({ env: { RATE_LIMIT_PER_MIN: '10000' } })
  let n = 0

  async function pair(lang: 'ru' | 'en' = 'ru') {
    n++
    return startChattingPair(
      h,
      lang,
      { first_name: `Vera${n}`, username: `vera_real_${n}`, nickname: `Тихий Лис ${n}` },
      { first_name: `Gleb${n}`, username: `gleb_real_${n}`, nickname: `Ясный Ёж ${n}` },
    )
  }

  /** Partner's received messages whose text contains `needle`. */
  const received = async (userId: number, needle: string) =>
    (await h.tg.inbox(userId)).filter((m) => textOf(m).includes(needle))

  it('when a message has a phone number, then it is held with a question, the partner sees none of it, and "send anyway" delivers it exactly once', async () => {
    const { a, b } = await pair('ru')
    const phone = 'Мой номер +7 916 123-45-67, пиши'
    const markA = await h.tg.mark(a.id)
    const sent = await h.tg.send(a.id, phone)
    const ask = await h.tg.waitForText(a.id, firstLine(t('ru', 'nudge-ask')), {
      ...WAIT,
      afterMessageId: markA,
    })
    expect(ask.buttons.map((x) => x.text)).toEqual([t('ru', 'nudge-btn-send'), t('ru', 'nudge-btn-drop')])
    for (const x of ask.buttons) expect(Buffer.byteLength(x.callback_data ?? '')).toBeLessThanOrEqual(64)

    // a later message without contacts goes through while the first one waits
    await h.tg.send(a.id, 'а пока просто привет')
    await h.tg.waitForText(b.id, 'а пока просто привет', WAIT)
    await h.tg.idle()
    expect(await received(b.id, '916')).toEqual([])
    expect(await received(b.id, 'Мой номер')).toEqual([])
    const beforeConfirm = await h.tg.calls({ chatId: b.id })
    expect(JSON.stringify(beforeConfirm.map((c) => c.params))).not.toContain('916')
    expect(
      beforeConfirm.some((c) => c.method === 'copyMessage' && c.params.message_id === sent.message_id),
    ).toBe(false)

    // send anyway: delivered once, even when the button is pressed twice
    const press = await h.tg.pressButton(a.id, t('ru', 'nudge-btn-send'))
    await h.tg.waitForText(b.id, phone, WAIT)
    await h.tg.waitForText(a.id, t('ru', 'nudge-sent'), WAIT)
    const again = await h.tg.press(a.id, press.message_id, ask.buttons[0]!.callback_data!).catch(() => null)
    if (again) await h.tg.callbackAnswer(a.id, again.callback_query_id, WAIT)
    await h.tg.idle()
    expect(await received(b.id, phone)).toHaveLength(1)
    const copied = await h.tg.calls({ method: 'copyMessage', chatId: b.id })
    expect(copied.filter((c) => c.params.message_id === sent.message_id)).toHaveLength(1)

    // once per chat: the next contact message is relayed without a question
    const markA2 = await h.tg.mark(a.id)
    const email = 'и почта vera.real@example.com'
    await h.tg.send(a.id, email)
    await h.tg.waitForText(b.id, email, WAIT)
    await h.tg.idle()
    const asked = (await h.tg.inbox(a.id)).filter(
      (m) => m.message_id > markA2 && textOf(m).startsWith(firstLine(t('ru', 'nudge-ask'))),
    )
    expect(asked).toEqual([])

    expectNoIdentityLeak(await h.tg.calls(), await h.tg.inbox(b.id), a, b.id)
  }, 120_000)

  it('when the sender chooses "don\'t send", then the partner never receives it and the next contact is asked about again', async () => {
    const { a, b } = await pair('en')
    const link = 'find me at https://t.me/some_secret_channel'
    await h.tg.send(a.id, link)
    await h.tg.waitForText(a.id, firstLine(t('en', 'nudge-ask')), WAIT)
    await h.tg.pressButton(a.id, t('en', 'nudge-btn-drop'))
    await h.tg.waitForText(a.id, t('en', 'nudge-dropped'), WAIT)

    // a message without contacts is relayed as before
    await h.tg.send(a.id, 'never mind, how are you?')
    await h.tg.waitForText(b.id, 'never mind, how are you?', WAIT)
    await h.tg.idle()
    expect(await received(b.id, 'some_secret_channel')).toEqual([])
    expect(JSON.stringify((await h.tg.calls({ chatId: b.id })).map((c) => c.params))).not.toContain(
      'some_secret_channel',
    )

    // "don't send" gives no permission: a photo caption with a phone is held again
    const markA = await h.tg.mark(a.id)
    await h.tg.send(a.id, { photo: true, caption: 'call +1 415 555 0134' })
    await h.tg.waitForText(a.id, firstLine(t('en', 'nudge-ask')), { ...WAIT, afterMessageId: markA })
    await h.tg.idle()
    expect(await received(b.id, '555')).toEqual([])
    expect((await h.tg.inbox(b.id)).some((m) => m.type === 'photo')).toBe(false)

    expectNoIdentityLeak(await h.tg.calls(), await h.tg.inbox(b.id), a, b.id)
  }, 120_000)

  it('when the chat ended before "send anyway", then the held message is not sent to anyone', async () => {
    const { a, b } = await pair('ru')
    await h.tg.send(a.id, 'телефон 8 (495) 123-45-67')
    await h.tg.waitForText(a.id, firstLine(t('ru', 'nudge-ask')), WAIT)
    await h.tg.send(a.id, '/end')
    await h.tg.pressButton(a.id, t('ru', 'chat-end-yes'))
    await h.tg.waitForText(b.id, t('ru', 'chat-ended-by-partner'), WAIT)
    await h.tg.pressButton(a.id, t('ru', 'nudge-btn-send'))
    await h.tg.waitForText(a.id, t('ru', 'nudge-chat-over'), WAIT)
    await h.tg.idle()
    expect(await received(b.id, '123-45-67')).toEqual([])
  }, 120_000)

  it('when the bot restarts while a message is held, then "send anyway" still delivers it once', async () => {
    const { a, b } = await pair('ru')
    const handle = 'мой телеграм @vera_contact_restart'
    const sent = await h.tg.send(a.id, handle)
    await h.tg.waitForText(a.id, firstLine(t('ru', 'nudge-ask')), WAIT)
    await h.tg.idle()
    await h.restart({ RATE_LIMIT_PER_MIN: '10000' })
    expect(await received(b.id, 'vera_contact_restart')).toEqual([])
    await h.tg.pressButton(a.id, t('ru', 'nudge-btn-send'))
    await h.tg.waitForText(b.id, handle, WAIT)
    await h.tg.waitForText(a.id, t('ru', 'nudge-sent'), WAIT)
    await h.tg.idle()
    const copied = await h.tg.calls({ method: 'copyMessage', chatId: b.id })
    expect(copied.filter((c) => c.params.message_id === sent.message_id)).toHaveLength(1)
  }, 120_000)
})
