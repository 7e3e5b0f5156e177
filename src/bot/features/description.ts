import type { Api } from 'grammy'
import { truncateText } from '../../modules/text.js'
import { SUPPORTED_LANGUAGES, type Translate } from '../i18n.js'

/** Telegram's limits (characters) for the bot's description and short description. */
export const DESCRIPTION_MAX = 512
export const SHORT_DESCRIPTION_MAX = 120

/** The bot's description texts in one language; the payment-support contact is added when configured. */
export function botDescriptions(
  translate: Translate,
  lang: (typeof SUPPORTED_LANGUAGES)[number],
  supportContact?: string,
): { description: string; shortDescription: string } {
  const contact = supportContact?.trim()
  const description = contact
    ? `${translate(lang, 'bot-description')}\n\n${translate(lang, 'bot-description-support', { contact })}`
    : translate(lang, 'bot-description')
  const shortDescription = contact
    ? translate(lang, 'bot-short-description-support', { contact })
    : translate(lang, 'bot-short-description')
  return {
    description: truncateText(description, DESCRIPTION_MAX, { ellipsis: '…' }),
    shortDescription: truncateText(shortDescription, SHORT_DESCRIPTION_MAX, { ellipsis: '…' }),
  }
}

/**
 * setMyDescription / setMyShortDescription for ru and en (language_code) plus the default (Russian), so
 * the "What can this bot do?" screen and the profile say what the bot is and — /paysupport points here —
 * where to get help with payments.
 */
export async function registerBotDescription(
  api: Pick<Api, 'setMyDescription' | 'setMyShortDescription'>,
  translate: Translate,
  supportContact?: string,
): Promise<void> {
  const ru = botDescriptions(translate, 'ru', supportContact)
  await api.setMyDescription(ru.description)
  await api.setMyShortDescription(ru.shortDescription)
  for (const lang of SUPPORTED_LANGUAGES) {
    const d = botDescriptions(translate, lang, supportContact)
    await api.setMyDescription(d.description, { language_code: lang })
    await api.setMyShortDescription(d.shortDescription, { language_code: lang })
  }
}
