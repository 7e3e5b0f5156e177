import type { I18nFlavor } from '@grammyjs/i18n'
import type { Context } from 'grammy'
import type { UserRow } from '../db/schema/index.js'
import type { ListWrites } from '../modules/chat/recent.js'
import type { ClaimReads } from './middleware/dedupe.js'

/**
 * Per-update context. `user` is the caller's row (null before the first /start or after /delete_me),
 * loaded by the user middleware in bot/index.ts.
 */
export type BotContext = Context &
  I18nFlavor & {
    user: UserRow | null
    /**
     * A message's chat backlog, read with the user row (bot/index.ts): relayed messages not yet delivered
     * to the partner, null when not in an active chat; undefined when it was not read (other updates).
     */
    chatBacklog?: number | null
    /** Read in the de-duplication claim's round trip (rate-limit hits, armed prompts, last-seen throttle). */
    preflight?: ClaimReads
    /** Redis writes sent with the update's "handled" marker, in its one script call, once the handlers succeeded. */
    afterHandled?: ListWrites
  }
