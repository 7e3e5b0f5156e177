import { GrammyError, type InlineKeyboard } from 'grammy'
import type { UserRow } from '../../db/schema/index.js'
import type { UsersService } from '../../modules/users/service.js'
import { COMMON_ZONES, parseUtcOffset, resolveZoneName } from '../../modules/users/timezone.js'
import type { BotContext } from '../context.js'
import { type EditorMode, type T, topicsKeyboard } from '../keyboards/onboarding.js'

/** Small helpers shared by the onboarding/profile composers. */

export const tOf =
  (ctx: BotContext): T =>
  (key, vars) =>
    ctx.t(key, vars)

const notModified = (err: unknown) =>
  err instanceof GrammyError && err.error_code === 400 && /not modified/i.test(err.description)

/** Edits the message the pressed button belongs to; "message is not modified" is not an error. */
export async function editInPlace(ctx: BotContext, text: string, keyboard?: InlineKeyboard): Promise<void> {
  try {
    await ctx.editMessageText(text, keyboard ? { reply_markup: keyboard } : {})
  } catch (err) {
    if (!notModified(err)) throw err
  }
}

export async function editKeyboard(ctx: BotContext, keyboard?: InlineKeyboard): Promise<void> {
  try {
    await ctx.editMessageReplyMarkup(keyboard ? { reply_markup: keyboard } : {})
  } catch (err) {
    if (!notModified(err)) throw err
  }
}

/** Sender's own names: a custom pseudonym must not reveal them. */
export function telegramNames(ctx: BotContext): (string | undefined)[] {
  return [ctx.from?.first_name, ctx.from?.last_name, ctx.from?.username]
}

/** Callback data `<mode>:<action>[:<arg>]` → parts (arg may itself contain no colon). */
export function parseData(data: string): { action: string; arg: string | undefined } {
  const [, action = '', arg] = data.split(':')
  return { action, arg }
}

/** A message that is a bot command (`/find`, `/start@bot`): left to the command handlers. */
export function isCommand(ctx: BotContext): boolean {
  return Boolean(ctx.message?.text?.startsWith('/'))
}

/** Service messages about payments must reach the tips feature even from unknown/new users. */
export function isPaymentMessage(ctx: BotContext): boolean {
  const m = ctx.message
  return Boolean(m && ('successful_payment' in m || 'refunded_payment' in m))
}

/** The profile parts the wizard asks for and /profile edits: the users-service calls both need. */
export type ProfileEditing = Pick<
  UsersService,
  | 'getProfile'
  | 'setLanguage'
  | 'regeneratePseudonym'
  | 'setOwnPseudonym'
  | 'listTopics'
  | 'getTopicIds'
  | 'toggleTopic'
  | 'finishTopics'
  | 'setTimezone'
  | 'toggleAvailability'
  | 'finishAvailability'
  | 'setBio'
  | 'clearBio'
>

/** A wizard/profile button handler; returns an alert text for the callback answer, if any. */
export type ButtonHandler = (
  ctx: BotContext,
  user: UserRow,
  action: string,
  arg: string | undefined,
) => Promise<string | undefined>

/** Answers the pressed button: with an alert when the handler returned one, silently otherwise. */
export async function answerButton(ctx: BotContext, alert: string | undefined): Promise<void> {
  await ctx.answerCallbackQuery(alert ? { text: alert, show_alert: true } : {})
}

/** Toggles one topic and redraws the topics keyboard in place; an unknown slug changes nothing. */
export async function toggleTopicInPlace(
  ctx: BotContext,
  users: Pick<UsersService, 'toggleTopic' | 'listTopics'>,
  mode: EditorMode,
  user: UserRow,
  slug: string | undefined,
): Promise<void> {
  const r = await users.toggleTopic(user.id, slug ?? '')
  if (!r.ok) return
  const all = await users.listTopics()
  await editKeyboard(ctx, topicsKeyboard(tOf(ctx), mode, user.language, all, new Set(r.topicIds)))
}

/**
 * A typed UTC offset (`+3`, `-05:30`) or place name («Берлин», "Almaty", «Германия») → saved time zone, or
 * the localized reason it was refused. Place names: the city buttons' labels in the user's language, then
 * the runtime's zone names (modules/users/timezone.ts resolveZoneName).
 */
export async function setOffsetFromText(
  t: T,
  users: Pick<UsersService, 'setTimezone'>,
  userId: number,
  text: string,
): Promise<{ ok: true; user: UserRow } | { ok: false; error: string }> {
  const parsed = parseUtcOffset(text)
  if (!parsed.ok && parsed.reason === 'format' && !/\d/.test(text)) {
    const aliases = new Map(COMMON_ZONES.map((z) => [t(`onboarding-tz-${z.key}`), z.zone] as const))
    const place = resolveZoneName(text, aliases)
    if (!place.ok)
      return {
        ok: false,
        error: t(
          place.reason === 'ambiguous'
            ? 'onboarding-timezone-ambiguous'
            : 'onboarding-timezone-unknown-place',
        ),
      }
    const r = await users.setTimezone(userId, { zone: place.zone })
    if (!r.ok) return { ok: false, error: t('onboarding-timezone-unknown-place') }
    return { ok: true, user: r.user }
  }
  if (!parsed.ok)
    return {
      ok: false,
      error: t(
        parsed.reason === 'range' ? 'onboarding-timezone-out-of-range' : 'onboarding-timezone-bad-format',
      ),
    }
  const r = await users.setTimezone(userId, { offsetMinutes: parsed.minutes })
  if (!r.ok) return { ok: false, error: t('onboarding-timezone-out-of-range') }
  return { ok: true, user: r.user }
}
