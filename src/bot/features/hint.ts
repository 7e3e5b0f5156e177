import { type Api, InlineKeyboard } from 'grammy'
import type { Hint, HintResult } from '../../modules/coach/service.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { asLanguage, type Language, type Translate } from '../i18n.js'
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

/** A /hint to answer outside the webhook request (the AI call may take seconds): see `hintJobHandler`. */
export type HintJob = {
  userId: number
  chatId: number
  lang: Language
  names: string[]
  /** Whose crisis lines to show (language, zone, chosen country): no Telegram identity. */
  audience: CrisisAudience
}

type HintCoach = { getHint(input: { userId: number; names?: string[] }): Promise<HintResult> }
type HintReply = { text: string; more: boolean }

/** What to send for a coach result: the hint (with the "more" button) or why there is none. */
function replyFor(t: BotContext['t'], r: HintResult, who: CrisisAudience): HintReply {
  if (r.ok) return { text: renderHint(t, r.hint, who), more: true }
  if (r.reason === 'too-soon') return { text: t('coach-too-soon', { seconds: r.retryInSec }), more: false }
  return { text: t(r.reason === 'no-user' ? 'coach-need-start' : 'coach-no-session'), more: false }
}

function sendOptions(t: BotContext['t'], reply: HintReply) {
  return {
    ...(reply.more ? { reply_markup: new InlineKeyboard().text(t('coach-more'), HINT_CALLBACK) } : {}),
    link_preview_options: { is_disabled: true },
  }
}

/**
 * Runs a queued /hint (the durable job queue's handler, src/worker/jobs.ts): asks the coach and sends the
 * answer. Run again after a crash, it may send a hint twice — never none.
 */
export function hintJobHandler(deps: {
  coach: HintCoach
  api: Pick<Api, 'sendMessage'>
  translate: Translate
}) {
  return async (job: HintJob) => {
    const t = ((key: string, vars?: Record<string, string | number>) =>
      deps.translate(job.lang, key, vars)) as BotContext['t']
    const reply = replyFor(
      t,
      await deps.coach.getHint({ userId: job.userId, names: job.names }),
      job.audience,
    )
    await deps.api.sendMessage(job.chatId, reply.text, sendOptions(t, reply))
  }
}

/**
 * /hint and the `hint:get` button: private suggestions for the person asking, during an active chat.
 * Must run before the chat relay so the command is never relayed to the partner. With `jobs`, the hint is
 * queued and the update answered at once (the AI call never holds the webhook request); without, it is
 * answered inline.
 */
export function hintFeature({
  coach,
  jobs,
}: {
  coach: HintCoach
  jobs?: { enqueue(job: HintJob): Promise<void> }
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
    if (jobs && ctx.chat) {
      const lang = asLanguage(await ctx.i18n.getLocale())
      const { language, timezone, crisisCountry, ageGroup } = ctx.user
      return void (await jobs.enqueue({
        userId: ctx.user.id,
        chatId: ctx.chat.id,
        lang,
        names,
        audience: { language, timezone, crisisCountry, ageGroup },
      }))
    }
    const reply = replyFor(ctx.t, await coach.getHint({ userId: ctx.user.id, names }), ctx.user)
    await ctx.reply(reply.text, sendOptions(ctx.t, reply))
  }

  pm.command('hint', answer)
  pm.callbackQuery(HINT_CALLBACK, async (ctx) => {
    await ctx.answerCallbackQuery()
    await answer(ctx)
  })
  return c
}
