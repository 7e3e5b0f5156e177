import { InlineKeyboard } from 'grammy'
import type { UserRow } from '../../db/schema/index.js'
import { CRISIS_COUNTRIES } from '../../modules/safety/crisis-lines/index.js'
import type { UsersService } from '../../modules/users/service.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { profileKeyboard, type T } from '../keyboards/onboarding.js'
import { requireOnboarded } from '../middleware/onboarded.js'
import { crisisCountryLabel } from '../views/crisis.js'
import { profileCardText } from './profile-render.js'
import { answerButton, editInPlace, tOf } from './start-ui.js'

/** Callback data: `cc:open` (the /profile button), `cc:set:<country|intl|auto>`. */
const CHOICES = [...CRISIS_COUNTRIES, 'intl'] as const

function countryKeyboard(t: T): InlineKeyboard {
  const kb = new InlineKeyboard()
  CHOICES.forEach((c, i) => {
    kb.text(t(`crisis-country-name-${c}`), `cc:set:${c}`)
    if (i % 2 === 1) kb.row()
  })
  return kb
    .row()
    .text(t('crisis-country-auto-button'), 'cc:set:auto')
    .row()
    .text(t('profile-back'), 'pf:back')
}

/**
 * /profile → "Helplines: country": which country's crisis lines the user sees everywhere (onboarding is
 * already long; by default they follow the time zone and language). Answers only button presses.
 */
export function crisisCountryFeature({
  users,
}: {
  users: Pick<UsersService, 'setCrisisCountry' | 'getProfile'>
}) {
  const c = new Composer<BotContext>()
  c.chatType('private').callbackQuery(/^cc:/, requireOnboarded(), async (ctx) => {
    const user = ctx.user as UserRow
    const t = tOf(ctx)
    const [, action, arg] = ctx.callbackQuery.data.split(':')
    if (action === 'set' && arg && (arg === 'auto' || (CHOICES as readonly string[]).includes(arg))) {
      const r = await users.setCrisisCountry(user.id, arg === 'auto' ? null : arg)
      ctx.user = r.user
      const profile = await users.getProfile(user.id)
      await answerButton(ctx, undefined)
      if (profile) await editInPlace(ctx, profileCardText(t, profile), profileKeyboard(t))
      return
    }
    await answerButton(ctx, undefined)
    await editInPlace(
      ctx,
      t('crisis-country-prompt', { current: crisisCountryLabel(t, user) }),
      countryKeyboard(t),
    )
  })
  return c
}
