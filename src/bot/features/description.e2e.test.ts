import { describe, expect, it } from 'vitest'
import { testAppPerFile } from '../../../test/helpers/app-per-file.js'
import { createI18n } from '../i18n.js'

const WAIT = { timeoutMs: 20_000 }
const { translate } = createI18n()

describe('bot description and /paysupport (e2e)', () => {
  const h = testAppPerFile()

  const descriptions = async () => {
    const api = h.app.api
    return {
      default: (await api.getMyDescription()).description,
      ru: (await api.getMyDescription({ language_code: 'ru' })).description,
      en: (await api.getMyDescription({ language_code: 'en' })).description,
      shortRu: (await api.getMyShortDescription({ language_code: 'ru' })).short_description,
      shortEn: (await api.getMyShortDescription({ language_code: 'en' })).short_description,
    }
  }

  it('when no support contact is configured, then the bot still has a description and /paysupport says what to do without one', async () => {
    const d = await descriptions()
    expect(d.default).toBe(translate('ru', 'bot-description'))
    expect(d.ru).toBe(translate('ru', 'bot-description'))
    expect(d.en).toBe(translate('en', 'bot-description'))
    expect(d.shortRu).toBe(translate('ru', 'bot-short-description'))
    expect(d.shortEn).toBe(translate('en', 'bot-short-description'))
    const u = await h.tg.createUser({ first_name: 'Ira', language_code: 'ru' })
    await h.tg.send(u.id, '/paysupport')
    const reply = await h.tg.waitForText(u.id, 'Помощь с оплатой', WAIT)
    expect(reply.text).toContain(translate('ru', 'tips-paysupport-no-contact'))
    // it never points to a description that has no contact in it
    expect(reply.text).not.toContain('в описании бота')
  })

  it('when TIPS_SUPPORT_CONTACT is set, then the description (ru/en, long and short) and /paysupport name it', async () => {
    await h.restart({ TIPS_SUPPORT_CONTACT: '@tyneodin_help' })
    const d = await descriptions()
    for (const text of Object.values(d)) expect(text).toContain('@tyneodin_help')
    expect(d.ru).toContain('Помощь с оплатой и возвраты: @tyneodin_help')
    expect(d.en).toContain('Help with payments and refunds: @tyneodin_help')
    for (const text of [d.shortRu, d.shortEn]) expect(text.length).toBeLessThanOrEqual(120)
    const u = await h.tg.createUser({ first_name: 'Oleg', language_code: 'en' })
    await h.tg.send(u.id, '/paysupport')
    const reply = await h.tg.waitForText(u.id, 'Payment help', WAIT)
    expect(reply.text).toContain('Contact us: @tyneodin_help')
  })
})
