import { Composer, InlineKeyboard } from 'grammy'
import type { Hint, HintResult } from '../../modules/coach/service.js'
import type { BotContext } from '../context.js'
import { type CrisisAudience, crisisLinesFor, renderPartnerGuidance } from '../views/crisis.js'

/** Callback data of the "hint" button (any feature may show it during a chat). */
export const HINT_CALLBACK = 'hint:get'

/** For the command menu and /help (help.ts BotCommandSpec shape). */
export const HINT_COMMANDS = [{ command: 'hint', descriptionKey: 'coach-cmd-hint', order: 35 }] as const

const KIND_KEY = {
  empathy: 'coach-kind-empathy',
  question: 'coach-kind-question',
  boundary: 'coach-kind-boundary',
} as const

/** When the asker is the one in crisis the same kinds mean: for you, grounding, who to reach. */
const SELF_KIND_KEY = {
  empathy: 'coach-self-kind-empathy',
  question: 'coach-self-kind-question',
  boundary: 'coach-self-kind-boundary',
} as const

/**
 * The private hint message: suggestions, crisis resources when relevant (the asker's own country's lines,
 * one renderer with /help and the relay), the not-therapy disclaimer. When the asker's own lines showed
 * crisis language the message speaks to them, not about supporting someone else.
 */
export function renderHint(t: BotContext['t'], hint: Hint, who: CrisisAudience): string {
  const self = hint.crisis.self
  const keys = self ? SELF_KIND_KEY : KIND_KEY
  const parts = [t(self ? 'coach-self-title' : 'coach-title')]
  parts.push(hint.suggestions.map((s) => `${t(keys[s.kind])}\n${s.text}`).join('\n\n'))
  if (self) parts.push(crisisLinesFor(t, who))
  else if (hint.crisis.partner) parts.push(renderPartnerGuidance(t, who))
  else if (hint.crisis.thirdParty) parts.push(`${t('coach-third-party')}\n\n${crisisLinesFor(t, who)}`)
  parts.push(hint.source === 'ai' ? t('coach-disclaimer-ai') : t('coach-disclaimer'))
  return parts.join('\n\n')
}

/**
 * /hint and the `hint:get` button: private suggestions for the person asking, during an active chat.
 * Must run before the chat relay so the command is never relayed to the partner.
 */
export function hintFeature({
  coach,
}: {
  coach: { getHint(input: { userId: number; names?: string[] }): Promise<HintResult> }
}) {
  const c = new Composer<BotContext>()
  const pm = c.chatType('private')

  const answer = async (ctx: BotContext) => {
    if (!ctx.user) return void (await ctx.reply(ctx.t('coach-need-start')))
    try {
      await ctx.replyWithChatAction('typing')
    } catch {
      // cosmetic
    }
    // the asker's real names as Telegram shows them: masked before anything reaches a model
    const names = [ctx.from?.first_name, ctx.from?.last_name, ctx.from?.username].filter((n): n is string =>
      Boolean(n),
    )
    const r = await coach.getHint({ userId: ctx.user.id, names })
    if (!r.ok) {
      if (r.reason === 'too-soon')
        return void (await ctx.reply(ctx.t('coach-too-soon', { seconds: r.retryInSec })))
      return void (await ctx.reply(ctx.t(r.reason === 'no-user' ? 'coach-need-start' : 'coach-no-session')))
    }
    await ctx.reply(renderHint(ctx.t, r.hint, ctx.user), {
      reply_markup: new InlineKeyboard().text(ctx.t('coach-more'), HINT_CALLBACK),
      link_preview_options: { is_disabled: true },
    })
  }

  pm.command('hint', answer)
  pm.callbackQuery(HINT_CALLBACK, async (ctx) => {
    await ctx.answerCallbackQuery()
    await answer(ctx)
  })
  return c
}
