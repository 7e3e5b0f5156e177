import type { UserRow } from '../../db/schema/index.js'
import { BIO_MAX_LENGTH, isOnboarded, MIN_TOPICS } from '../../modules/users/onboarding.js'
import type { PendingInputStore } from '../../modules/users/pending-input.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import {
  availabilityKeyboard,
  backKeyboard,
  bioKeyboard,
  languageKeyboard,
  nicknameKeyboard,
  profileKeyboard,
  type T,
  timezoneKeyboard,
  topicsKeyboard,
} from '../keyboards/onboarding.js'
import { requireOnboarded } from '../middleware/onboarded.js'
import { profileCardText, rejectionText } from './profile-render.js'
import {
  answerButton,
  type ButtonHandler,
  editInPlace,
  editKeyboard,
  isCommand,
  type ProfileEditing,
  parseData,
  setOffsetFromText,
  telegramNames,
  tOf,
  toggleTopicInPlace,
} from './start-ui.js'

export type ProfileFeatureDeps = {
  users: ProfileEditing
  pending: PendingInputStore
  /**
   * True while the user is in an active anonymous chat. Then their messages belong to the partner: typed
   * profile answers are not awaited (buttons still work), so a message is never swallowed by an editor.
   */
  inActiveChat?: (userId: number) => Promise<boolean>
}

/**
 * /profile: a card with everything the wizard asked, each part editable. Button presses edit the card
 * message in place (card → editor → card); free-text answers (own pseudonym, UTC offset, bio) are awaited
 * via the Redis pending-input state and answered with a fresh card.
 */
export function profileFeature(deps: ProfileFeatureDeps) {
  const { users, pending } = deps
  const c = new Composer<BotContext>()
  const inChat = (userId: number) => deps.inActiveChat?.(userId) ?? Promise.resolve(false)

  /** Awaits a typed answer unless the user is chatting; returns the note to show instead, if any. */
  async function arm(t: T, userId: number, what: Parameters<PendingInputStore['set']>[1]): Promise<string> {
    if (await inChat(userId)) {
      await pending.clear(userId)
      return `\n\n${t('profile-typing-in-chat')}`
    }
    await pending.set(userId, what)
    return ''
  }
  const pc = c.chatType('private')

  async function card(t: T, userId: number): Promise<string> {
    const profile = await users.getProfile(userId)
    return profile ? profileCardText(t, profile) : ''
  }

  pc.command('profile', requireOnboarded(), async (ctx) => {
    const user = ctx.user as UserRow
    await pending.clear(user.id)
    const t = tOf(ctx)
    await ctx.reply(await card(t, user.id), { reply_markup: profileKeyboard(t) })
  })

  pc.callbackQuery(/^pf:/, requireOnboarded(), async (ctx) => {
    const user = ctx.user as UserRow
    const { action, arg } = parseData(ctx.callbackQuery.data)
    await answerButton(ctx, await handle(ctx, user, action, arg))
  })

  const handle: ButtonHandler = async (ctx, user, action, arg) => {
    const t = tOf(ctx)
    const showCard = async () => editInPlace(ctx, await card(t, user.id), profileKeyboard(t))
    switch (action) {
      case 'back':
        await pending.clear(user.id)
        await showCard()
        return
      case 'lang': {
        if (!arg) {
          await editInPlace(ctx, t('onboarding-choose-language'), languageKeyboard(t, 'pf'))
          return
        }
        const lang = arg === 'en' ? 'en' : 'ru'
        const r = await users.setLanguage(user.id, lang)
        ctx.user = r.user
        ctx.i18n.useLocale(lang)
        await showCard()
        return
      }
      case 'nick': {
        if (arg === 'own') {
          const note = await arm(t, user.id, 'nickname')
          await editInPlace(ctx, t('profile-nickname-prompt') + note, backKeyboard(t))
          return
        }
        const nickname =
          arg === 'regen' ? (await users.regeneratePseudonym(user.id)).user.nickname : user.nickname
        // the editor says "make up your own": a name typed right here is the answer, as in the wizard
        const note = await arm(t, user.id, 'nickname')
        await editInPlace(
          ctx,
          t('profile-nickname-editor', { nickname: nickname ?? '' }) + note,
          nicknameKeyboard(t, 'pf'),
        )
        return
      }
      case 'topics': {
        if (arg === 'done') {
          const r = await users.finishTopics(user.id)
          if (!r.ok) return t('onboarding-topics-too-few', { min: r.min, selected: r.selected })
          await showCard()
          return
        }
        const [all, selected] = await Promise.all([users.listTopics(), users.getTopicIds(user.id)])
        await editInPlace(
          ctx,
          t('onboarding-topics', { min: MIN_TOPICS }),
          topicsKeyboard(t, 'pf', user.language, all, new Set(selected)),
        )
        return
      }
      case 'topic':
        await toggleTopicInPlace(ctx, users, 'pf', user, arg)
        return
      case 'tz': {
        if (!arg) {
          const note = await arm(t, user.id, 'timezone')
          await editInPlace(ctx, t('onboarding-timezone') + note, timezoneKeyboard(t, 'pf'))
          return
        }
        const r = await users.setTimezone(user.id, { zone: arg })
        if (!r.ok) return
        await pending.clear(user.id)
        await showCard()
        return
      }
      case 'av': {
        if (!arg) {
          await editInPlace(
            ctx,
            t('onboarding-availability'),
            availabilityKeyboard(t, 'pf', user.availability),
          )
          return
        }
        if (arg === 'done') {
          const r = await users.finishAvailability(user.id)
          if (!r.ok) return t('onboarding-availability-none')
          await showCard()
          return
        }
        const r = await users.toggleAvailability(user.id, arg)
        if (!r.ok) return
        await editKeyboard(ctx, availabilityKeyboard(t, 'pf', r.user.availability))
        return
      }
      case 'bio': {
        if (arg === 'clear') {
          await users.clearBio(user.id)
          await pending.clear(user.id)
          await showCard()
          return
        }
        const note = await arm(t, user.id, 'bio')
        await editInPlace(
          ctx,
          t('profile-bio-editor', { bio: user.bio ?? t('profile-not-set'), max: BIO_MAX_LENGTH }) + note,
          bioKeyboard(t, 'pf', Boolean(user.bio)),
        )
        return
      }
    }
    return
  }

  // Answers to a /profile prompt. Any command cancels a pending prompt, so it never captures a later message.
  pc.on('message', async (ctx, next) => {
    const user = ctx.user
    if (!user || !isOnboarded(user)) return next()
    const armed = ctx.preflight?.hash
    if (isCommand(ctx)) {
      await pending.clear(user.id, armed)
      return next()
    }
    const what = await pending.get(user.id, armed)
    const text = ctx.message.text
    if (!what || text === undefined) return next()
    // a prompt armed before a chat started never takes a message meant for the partner
    if (await inChat(user.id)) {
      await pending.clear(user.id, armed)
      return next()
    }
    const t = tOf(ctx)
    let error: string | undefined
    if (what === 'nickname') {
      const r = await users.setOwnPseudonym(user.id, text, telegramNames(ctx))
      if (!r.ok) error = rejectionText(t, r)
    } else if (what === 'bio') {
      const r = await users.setBio(user.id, text)
      if (!r.ok) error = rejectionText(t, r)
    } else {
      const r = await setOffsetFromText(t, users, user.id, text)
      if (!r.ok) error = r.error
    }
    if (error) {
      await ctx.reply(error)
      return
    }
    await pending.clear(user.id, armed)
    await ctx.reply(`${t('profile-saved')}\n\n${await card(t, user.id)}`, {
      reply_markup: profileKeyboard(t),
    })
  })

  return c
}
