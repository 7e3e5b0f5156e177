import type { InlineKeyboard } from 'grammy'
import type { UserRow } from '../../db/schema/index.js'
import type { Metrics } from '../../metrics.js'
import type { AgeService } from '../../modules/users/age-service.js'
import {
  asOnboardingStep,
  BIO_MAX_LENGTH,
  isOnboarded,
  MIN_TOPICS,
  type OnboardingStep,
} from '../../modules/users/onboarding.js'
import type { PendingInputStore } from '../../modules/users/pending-input.js'
import type { UsersService } from '../../modules/users/service.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { languageFromTelegram } from '../i18n.js'
import {
  availabilityKeyboard,
  bioKeyboard,
  consentKeyboard,
  languageKeyboard,
  nicknameKeyboard,
  timezoneKeyboard,
  topicsKeyboard,
} from '../keyboards/onboarding.js'
import { crisisLinesFor } from '../views/crisis.js'
import { ageGroupLabel, ageKeyboard, ageRefusalText, teenWelcomeText } from './age.js'
import { availabilityText, languageName, rejectionText, timezoneText, topicsText } from './profile-render.js'
import {
  answerButton,
  type ButtonHandler,
  editInPlace,
  editKeyboard,
  isCommand,
  isPaymentMessage,
  type ProfileEditing,
  parseData,
  setOffsetFromText,
  telegramNames,
  tOf,
  toggleTopicInPlace,
} from './start-ui.js'

export type StartFeatureDeps = {
  users: ProfileEditing & Pick<UsersService, 'ensureUser' | 'acceptSafety' | 'confirmPseudonym'>
  pending: Pick<PendingInputStore, 'clear' | 'setPrompt' | 'takePrompt'>
  /** The `age` step (users/age-service.ts). */
  ages: Pick<AgeService, 'setAgeGroup'>
  metrics?: Pick<Metrics, 'onboardingCompleted'>
}

/** Which step each wizard callback action belongs to. */
const ACTION_STEP: Record<string, OnboardingStep> = {
  lang: 'language',
  consent: 'consent',
  age: 'age',
  nick: 'nickname',
  topic: 'topics',
  topics: 'topics',
  tz: 'timezone',
  av: 'availability',
  bio: 'bio',
}

/**
 * /start and the onboarding wizard: language → what this is / is not + consent → age group → pseudonym → topics (≥2)
 * → time zone → availability → optional bio. The step lives in users.onboarding_step, so a free-text
 * answer (own pseudonym, UTC offset, bio) is read according to it, across restarts. Each step is a new
 * message; a finished step's buttons are removed (its text becomes a one-line summary) — also when a
 * step offering buttons (pseudonym, time zone, bio) is answered by typing instead.
 */
export function startFeature(deps: StartFeatureDeps) {
  const { users } = deps
  const c = new Composer<BotContext>()
  const pc = c.chatType('private')

  /** A step answerable by text or buttons: remember its message to drop the buttons after a typed answer. */
  async function showTextStep(ctx: BotContext, user: UserRow, text: string, keyboard: InlineKeyboard) {
    const sent = await ctx.reply(text, { reply_markup: keyboard })
    await deps.pending.setPrompt(user.id, sent.message_id)
  }

  /** The step was answered by text: its prompt's buttons are stale now (a late press would only be refused). */
  async function dropPromptButtons(ctx: BotContext, user: UserRow): Promise<void> {
    const messageId = await deps.pending.takePrompt(user.id)
    const chatId = ctx.chat?.id
    if (messageId === null || chatId === undefined) return
    // already gone or too old to edit: nothing to tidy up
    await ctx.api.editMessageReplyMarkup(chatId, messageId).catch(() => {})
  }

  async function showStep(ctx: BotContext, user: UserRow): Promise<void> {
    const t = tOf(ctx)
    const step = asOnboardingStep(user.onboardingStep)
    switch (step) {
      case 'language':
        await ctx.reply(t('onboarding-choose-language'), { reply_markup: languageKeyboard(t, 'ob') })
        return
      case 'consent':
        // the user's time zone is not known yet: lines by language (or an explicit country choice)
        await ctx.reply(t('onboarding-intro', { crisis: crisisLinesFor(t, user) }), {
          reply_markup: consentKeyboard(t),
          link_preview_options: { is_disabled: true },
        })
        return
      case 'age':
        await ctx.reply(t('age-question'), { reply_markup: ageKeyboard(t, 'ob:age') })
        return
      case 'nickname':
        await showTextStep(
          ctx,
          user,
          t('onboarding-nickname', { nickname: user.nickname ?? '' }),
          nicknameKeyboard(t, 'ob'),
        )
        return
      case 'topics': {
        const [all, selected] = await Promise.all([users.listTopics(), users.getTopicIds(user.id)])
        await ctx.reply(t('onboarding-topics', { min: MIN_TOPICS }), {
          reply_markup: topicsKeyboard(t, 'ob', user.language, all, new Set(selected)),
        })
        return
      }
      case 'timezone':
        await showTextStep(ctx, user, t('onboarding-timezone'), timezoneKeyboard(t, 'ob'))
        return
      case 'availability':
        await ctx.reply(t('onboarding-availability'), {
          reply_markup: availabilityKeyboard(t, 'ob', user.availability),
        })
        return
      case 'bio':
        await showTextStep(
          ctx,
          user,
          t('onboarding-bio', { max: BIO_MAX_LENGTH }),
          bioKeyboard(t, 'ob', false),
        )
        return
      case 'done':
        await ctx.reply(t('onboarding-done', { nickname: user.nickname ?? '' }))
        return
    }
  }

  /** After a mutation: keep ctx in sync, count completions, show what comes next. */
  async function advanced(ctx: BotContext, before: UserRow, after: UserRow): Promise<void> {
    ctx.user = after
    if (before.onboardingStep !== 'done' && after.onboardingStep === 'done')
      deps.metrics?.onboardingCompleted.inc()
    await showStep(ctx, after)
  }

  pc.command('start', async (ctx) => {
    const lang = languageFromTelegram(ctx.from.language_code)
    const { user } = ctx.user ? { user: ctx.user } : await users.ensureUser(ctx.from.id, lang)
    ctx.user = user
    await deps.pending.clear(user.id)
    if (isOnboarded(user)) {
      await ctx.reply(ctx.t('onboarding-welcome-back', { nickname: user.nickname ?? '' }))
      return
    }
    await showStep(ctx, user)
  })

  pc.callbackQuery(/^ob:/, async (ctx) => {
    const t = tOf(ctx)
    const user = ctx.user
    const { action, arg } = parseData(ctx.callbackQuery.data)
    if (!user) {
      await ctx.answerCallbackQuery({ text: t('onboarding-press-start'), show_alert: true })
      return
    }
    if (ACTION_STEP[action] !== user.onboardingStep) {
      await ctx.answerCallbackQuery({ text: t('onboarding-stale-button') })
      return
    }
    await answerButton(ctx, await handleAction(ctx, user, action, arg))
  })

  const handleAction: ButtonHandler = async (ctx, user, action, arg) => {
    const t = tOf(ctx)
    switch (action) {
      case 'lang': {
        const lang = arg === 'en' ? 'en' : 'ru'
        const r = await users.setLanguage(user.id, lang)
        ctx.i18n.useLocale(lang)
        await editInPlace(ctx, t('onboarding-language-set', { language: languageName(t, lang) }))
        await advanced(ctx, user, r.user)
        return
      }
      case 'consent': {
        const r = await users.acceptSafety(user.id)
        await editKeyboard(ctx)
        await advanced(ctx, user, r.user)
        return
      }
      case 'age': {
        const r = await deps.ages.setAgeGroup(user.id, arg ?? '')
        if (!r.ok) return
        ctx.user = r.user
        await editInPlace(ctx, t('age-set', { group: ageGroupLabel(t, r.user.ageGroup) }))
        // not served: the refusal, and the age gate (features/age.ts) answers everything after it
        if (r.access === 'under-13' || r.access === 'minors-off') {
          await ctx.reply(ageRefusalText(t, r.user, r.access), {
            link_preview_options: { is_disabled: true },
          })
          return
        }
        if (r.user.ageGroup === '13_17')
          await ctx.reply(teenWelcomeText(t, r.user), { link_preview_options: { is_disabled: true } })
        await advanced(ctx, user, r.user)
        return
      }
      case 'nick': {
        if (arg === 'regen') {
          const r = await users.regeneratePseudonym(user.id)
          ctx.user = r.user
          await editInPlace(
            ctx,
            t('onboarding-nickname', { nickname: r.user.nickname ?? '' }),
            nicknameKeyboard(t, 'ob'),
          )
          return
        }
        const r = await users.confirmPseudonym(user.id)
        await editInPlace(ctx, t('onboarding-nickname-set', { nickname: r.user.nickname ?? '' }))
        await advanced(ctx, user, r.user)
        return
      }
      case 'topic':
        await toggleTopicInPlace(ctx, users, 'ob', user, arg)
        return
      case 'topics': {
        const r = await users.finishTopics(user.id)
        if (!r.ok) return t('onboarding-topics-too-few', { min: r.min, selected: r.selected })
        const profile = await users.getProfile(user.id)
        await editInPlace(
          ctx,
          t('onboarding-topics-set', { topics: topicsText(t, user.language, profile?.topics ?? []) }),
        )
        await advanced(ctx, user, r.user)
        return
      }
      case 'tz': {
        const r = await users.setTimezone(user.id, { zone: arg ?? '' })
        if (!r.ok) return
        await editInPlace(ctx, t('onboarding-timezone-set', { timezone: timezoneText(t, r.user) }))
        await advanced(ctx, user, r.user)
        return
      }
      case 'av': {
        if (arg === 'done') {
          const r = await users.finishAvailability(user.id)
          if (!r.ok) return t('onboarding-availability-none')
          await editInPlace(
            ctx,
            t('onboarding-availability-set', { availability: availabilityText(t, r.user.availability) }),
          )
          await advanced(ctx, user, r.user)
          return
        }
        const r = await users.toggleAvailability(user.id, arg ?? '')
        if (!r.ok) return
        ctx.user = r.user
        await editKeyboard(ctx, availabilityKeyboard(t, 'ob', r.user.availability))
        return
      }
      case 'bio': {
        const r = await users.clearBio(user.id)
        await editKeyboard(ctx)
        await advanced(ctx, user, r.user)
        return
      }
    }
    return
  }

  // Free text and anything else from someone who has not finished the wizard.
  pc.on('message', async (ctx, next) => {
    if (isCommand(ctx) || isPaymentMessage(ctx)) return next()
    const user = ctx.user
    const t = tOf(ctx)
    if (!user) {
      await ctx.reply(t('onboarding-press-start'))
      return
    }
    if (isOnboarded(user)) return next()
    const step = asOnboardingStep(user.onboardingStep)
    const text = ctx.message.text
    const wantsText = step === 'nickname' || step === 'timezone' || step === 'bio'
    if (!wantsText) {
      await ctx.reply(t(step === 'consent' ? 'onboarding-consent-required' : 'onboarding-use-buttons'))
      return
    }
    if (text === undefined) {
      await ctx.reply(t('onboarding-send-text'))
      return
    }
    if (step === 'nickname') {
      const r = await users.setOwnPseudonym(user.id, text, telegramNames(ctx))
      if (!r.ok) {
        await ctx.reply(rejectionText(t, r))
        return
      }
      await dropPromptButtons(ctx, user)
      await ctx.reply(t('onboarding-nickname-set', { nickname: r.user.nickname ?? '' }))
      await advanced(ctx, user, r.user)
      return
    }
    if (step === 'timezone') {
      const r = await setOffsetFromText(t, users, user.id, text)
      if (!r.ok) {
        await ctx.reply(r.error)
        return
      }
      await dropPromptButtons(ctx, user)
      await ctx.reply(t('onboarding-timezone-set', { timezone: timezoneText(t, r.user) }))
      await advanced(ctx, user, r.user)
      return
    }
    const r = await users.setBio(user.id, text)
    if (!r.ok) {
      await ctx.reply(rejectionText(t, r))
      return
    }
    await dropPromptButtons(ctx, user)
    await ctx.reply(t('onboarding-bio-set'))
    await advanced(ctx, user, r.user)
  })

  return c
}
