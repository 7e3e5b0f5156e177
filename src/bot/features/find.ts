import { GrammyError } from 'grammy'
import type { FindRefusal, MatchingService } from '../../modules/matching/service.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'

const REFUSAL_KEY: Record<FindRefusal, string> = {
  'already-queued': 'match-already-waiting',
  'in-chat': 'match-in-chat',
  'pending-proposal': 'match-pending-proposal',
  'too-few-topics': 'match-too-few-topics',
  'no-account': 'match-need-onboarding',
  'age-group': 'age-find-refused',
  'not-onboarded': 'match-need-onboarding',
  paused: 'match-paused',
  banned: 'match-unavailable',
  suspended: 'match-unavailable',
  deleted: 'match-need-onboarding',
}

const ANSWER_KEY = {
  'not-found': 'match-proposal-closed',
  expired: 'match-proposal-expired',
  declined: 'match-proposal-declined',
  'already-declined': 'match-proposal-declined',
  'already-active': 'match-already-active',
  closed: 'match-proposal-closed',
} as const

/** Replace the proposal's text (dropping its buttons); a message that can no longer be edited is left as is. */
async function settleMessage(ctx: BotContext, text: string) {
  try {
    await ctx.editMessageText(text)
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 400) return
    throw err
  }
}

/**
 * /find (join the match queue), /cancel (leave it or withdraw from a proposal) and the proposal buttons
 * `match:acc:<id>` / `match:dec:<id>`. Thin: every decision is in the matching service.
 */
export function findFeature({
  matching,
  queueTtlSec,
}: {
  matching: Pick<MatchingService, 'requestFind' | 'cancel' | 'accept' | 'decline'>
  queueTtlSec: number
}) {
  const c = new Composer<BotContext>()
  const pm = c.chatType('private')

  pm.command('find', async (ctx) => {
    if (!ctx.user) return void (await ctx.reply(ctx.t('match-need-onboarding')))
    const r = await matching.requestFind(ctx.user.id)
    if (r.ok)
      return void (await ctx.reply(
        ctx.t('match-waiting', { hours: Math.max(1, Math.round(queueTtlSec / 3600)) }),
      ))
    await ctx.reply(ctx.t(REFUSAL_KEY[r.reason]))
  })

  pm.command('cancel', async (ctx) => {
    if (!ctx.user) return void (await ctx.reply(ctx.t('match-cancel-nothing')))
    const r = await matching.cancel(ctx.user.id)
    const key = !r.ok
      ? r.reason === 'in-chat'
        ? 'match-cancel-in-chat'
        : 'match-cancel-nothing'
      : r.left === 'proposal'
        ? 'match-cancelled-proposal'
        : 'match-cancelled-queue'
    await ctx.reply(ctx.t(key))
  })

  c.callbackQuery(/^match:(acc|dec):(\d+)$/, async (ctx) => {
    const matchId = Number(ctx.match[2])
    // e.g. an old proposal pressed after /delete_me
    if (!ctx.user) return void (await ctx.answerCallbackQuery({ text: ctx.t('match-proposal-closed') }))
    if (ctx.match[1] === 'acc') {
      const r = await matching.accept(matchId, ctx.user.id)
      if (!r.ok) {
        await ctx.answerCallbackQuery({ text: ctx.t(ANSWER_KEY[r.reason]) })
        if (r.reason !== 'already-active') await settleMessage(ctx, ctx.t(ANSWER_KEY[r.reason]))
        return
      }
      if (r.state === 'waiting-partner') {
        await ctx.answerCallbackQuery(r.again ? { text: ctx.t('match-accepted-again') } : undefined)
        if (!r.again) await settleMessage(ctx, ctx.t('match-accepted-waiting'))
        return
      }
      await ctx.answerCallbackQuery()
      await settleMessage(ctx, ctx.t('match-accepted-both'))
      return
    }
    const r = await matching.decline(matchId, ctx.user.id)
    if (!r.ok) {
      await ctx.answerCallbackQuery({ text: ctx.t(ANSWER_KEY[r.reason]) })
      if (r.reason !== 'already-active') await settleMessage(ctx, ctx.t(ANSWER_KEY[r.reason]))
      return
    }
    await ctx.answerCallbackQuery()
    await settleMessage(ctx, ctx.t('match-you-declined'))
  })

  return c
}

/** Menu / help entries for this feature. */
export const MATCHING_COMMANDS = [
  { command: 'find', descriptionKey: 'match-cmd-find', order: 20 },
  { command: 'cancel', descriptionKey: 'match-cmd-cancel', order: 21 },
] as const
