import { InlineKeyboard } from 'grammy'
import type { UserRow } from '../../db/schema/index.js'
import { AGE_GROUPS, type AgeAccess, asAgeGroup } from '../../modules/users/age.js'
import type { AgeService } from '../../modules/users/age-service.js'
import { asOnboardingStep, isOnboarded, ONBOARDING_STEPS } from '../../modules/users/onboarding.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import type { T } from '../keyboards/onboarding.js'
import { crisisLinesFor } from '../views/crisis.js'
import { editInPlace, isPaymentMessage, tOf } from './start-ui.js'

/** Age-group buttons; `prefix` is `ob:age` in the /start wizard, `age:set` for the gate and /profile. */
export function ageKeyboard(
  t: T,
  prefix: 'ob:age' | 'age:set',
  opts: { back?: boolean } = {},
): InlineKeyboard {
  const kb = new InlineKeyboard()
  for (const g of AGE_GROUPS) kb.text(t(`age-btn-${g}`), `${prefix}:${g}`)
  // from /profile: back to the card (features/profile.ts handles pf:back)
  if (opts.back) kb.row().text(t('profile-back'), 'pf:back')
  return kb
}

export function ageGroupLabel(t: T, group: string | null | undefined): string {
  const g = asAgeGroup(group)
  return t(g ? `age-group-${g}` : 'age-group-unknown')
}

/** The kind refusal for someone the bot does not serve, with the children & teens lines first. */
export function ageRefusalText(t: T, user: UserRow, access: Exclude<AgeAccess, 'ok' | 'unknown'>): string {
  const crisis = crisisLinesFor(t, user, 'youth')
  return t(access === 'under-13' ? 'age-refused-under-13' : 'age-refused-minors-off', { crisis })
}

/** For 13–17 (when served): who they will meet, and their lines. */
export function teenWelcomeText(t: T, user: UserRow): string {
  return t('age-teen-welcome', { crisis: crisisLinesFor(t, user, 'youth') })
}

const NO_PREVIEW = { link_preview_options: { is_disabled: true } } as const

/** What a refused or not-yet-asked user may still do: erase themselves and read the privacy notes. */
function alwaysAllowed(ctx: BotContext): boolean {
  const text = ctx.message?.text ?? ''
  if (/^\/(delete_me|privacy)(@\w+)?(\s|$)/.test(text)) return true
  const data = ctx.callbackQuery?.data
  return data === 'del:yes' || data === 'del:no'
}

/** Wizard steps up to and including `age` ask the question themselves (start.ts). */
const AGE_STEP = ONBOARDING_STEPS.indexOf('age')
const wizardAsks = (user: UserRow) =>
  ONBOARDING_STEPS.indexOf(asOnboardingStep(user.onboardingStep)) <= AGE_STEP

/**
 * The age gate and the age-group answer outside the wizard (issue #16 §3). Sits before every other user
 * feature (after payments), so that:
 * - under 13, and 13–17 while ALLOW_MINORS is off, get a kind refusal with youth crisis lines for
 *   anything they send, except /delete_me and /privacy (and leave a chat / queue still open from before);
 * - someone past the wizard's `age` step with no age group (accounts from before age groups) is asked on
 *   their next update, which is not handled (a chat message is not relayed: they are asked to resend it);
 * - `age:set:<group>` saves an answer (gate or /profile `age:ask`), ending a chat / queue wait that no
 *   longer fits (users/age-service.ts).
 */
export function ageFeature(deps: { ages: Pick<AgeService, 'access' | 'setAgeGroup' | 'enforce'> }) {
  const { ages } = deps
  const c = new Composer<BotContext>()
  const pc = c.chatType('private')

  pc.use(async (ctx, next) => {
    const user = ctx.user
    if (!user || isPaymentMessage(ctx) || alwaysAllowed(ctx)) return next()
    const access = ages.access(user)
    if (access === 'ok') return next()
    // membership changes (blocked the bot), payments etc. are not requests: they go on as for anyone
    if (!ctx.message && !ctx.callbackQuery && !ctx.editedMessage) return next()
    // an edit is not answered (there is nothing to relay it to)
    if (ctx.editedMessage) return
    const t = tOf(ctx)
    if (access === 'unknown') {
      const data = ctx.callbackQuery?.data
      if (wizardAsks(user) || data?.startsWith('age:set:')) return next()
      if (ctx.callbackQuery) await ctx.answerCallbackQuery()
      const relayable = ctx.message && !ctx.message.text?.startsWith('/') && isOnboarded(user)
      const intro = relayable ? `${t('age-question-first')}\n${t('age-resend')}` : t('age-question-first')
      await ctx.reply(`${intro}\n\n${t('age-question')}`, { reply_markup: ageKeyboard(t, 'age:set') })
      return
    }
    // still in a chat or the queue from before (ALLOW_MINORS was turned off meanwhile): leave them now
    await ages.enforce(user)
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: t('age-refused-short'), show_alert: true })
      return
    }
    await ctx.reply(ageRefusalText(t, user, access), NO_PREVIEW)
  })

  pc.callbackQuery('age:ask', async (ctx) => {
    const t = tOf(ctx)
    await ctx.answerCallbackQuery()
    if (!ctx.user) return
    await editInPlace(
      ctx,
      t('age-profile-ask', { group: ageGroupLabel(t, ctx.user.ageGroup) }),
      ageKeyboard(t, 'age:set', { back: true }),
    )
  })

  pc.callbackQuery(/^age:set:([a-z0-9_]{1,16})$/, async (ctx) => {
    const t = tOf(ctx)
    const user = ctx.user
    if (!user) {
      await ctx.answerCallbackQuery({ text: t('onboarding-press-start'), show_alert: true })
      return
    }
    const r = await ages.setAgeGroup(user.id, ctx.match[1] ?? '')
    if (!r.ok) {
      await ctx.answerCallbackQuery({
        text: t(r.reason === 'locked' ? 'age-locked' : 'onboarding-stale-button'),
      })
      return
    }
    ctx.user = r.user
    await ctx.answerCallbackQuery()
    await editInPlace(ctx, t('age-set', { group: ageGroupLabel(t, r.user.ageGroup) }))
    if (r.access === 'under-13' || r.access === 'minors-off') {
      await ctx.reply(ageRefusalText(t, r.user, r.access), NO_PREVIEW)
      return
    }
    if (r.leftChat) await ctx.reply(t('age-chat-left'))
    if (r.user.ageGroup === '13_17' && r.before !== '13_17')
      await ctx.reply(teenWelcomeText(t, r.user), NO_PREVIEW)
    if (!isOnboarded(r.user)) await ctx.reply(t('age-continue'))
    else if (r.before === null) await ctx.reply(t('age-thanks'))
  })

  return c
}
