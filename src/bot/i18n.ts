import { fileURLToPath } from 'node:url'
import { I18n } from '@grammyjs/i18n'
import type { BotContext } from './context.js'

export const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url))
export const SUPPORTED_LANGUAGES = ['ru', 'en'] as const
export type Language = (typeof SUPPORTED_LANGUAGES)[number]

/** ru first: anything that is not clearly English gets Russian. */
export function languageFromTelegram(code: string | undefined): Language {
  return code?.toLowerCase().startsWith('en') ? 'en' : 'ru'
}

export function asLanguage(value: string | null | undefined): Language {
  return value === 'en' ? 'en' : 'ru'
}

/** Translate outside an update (worker, relay notices): `t('en', 'key', { … })`. */
export type Translate = (lang: Language, key: string, vars?: Record<string, string | number>) => string

/**
 * Fluent catalogue from locales/<lang>/*.ftl (one file per feature). Locale per update: the user's saved
 * language, else Telegram's language_code.
 */
export function createI18n() {
  const i18n = new I18n<BotContext>({
    defaultLocale: 'ru',
    useSession: false,
    // No Unicode bidi isolation marks around placeables: they would end up inside Telegram messages.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.user?.language ?? languageFromTelegram(ctx.from?.language_code),
  })
  i18n.loadLocalesDirSync(LOCALES_DIR)
  const translate: Translate = (lang, key, vars) => i18n.t(lang, key, vars)
  return { i18n, translate }
}
