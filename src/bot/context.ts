import type { I18nFlavor } from '@grammyjs/i18n'
import type { Context } from 'grammy'
import type { UserRow } from '../db/schema/index.js'

/**
 * Per-update context. `user` is the caller's row (null before the first /start or after /delete_me),
 * loaded by the user middleware in bot/index.ts.
 */
export type BotContext = Context &
  I18nFlavor & {
    user: UserRow | null
  }
