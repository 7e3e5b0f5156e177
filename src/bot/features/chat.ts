import { InlineKeyboard } from 'grammy'
import type { InlineKeyboardMarkup } from 'grammy/types'
import type { Logger } from '../../logger.js'
import { chatCallbacks as cb, REPORT_REASONS } from '../../modules/chat/callbacks.js'
import type { ChatPendingStore } from '../../modules/chat/pending.js'
import type { RatingService } from '../../modules/chat/rating.js'
import type { ReportsService } from '../../modules/chat/reports.js'
import type { ChatService } from '../../modules/chat/service.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { quietly } from '../quietly.js'

/** Ratings at or above this get the tip button in the post-rating message. */
export const TIP_OFFER_MIN_STARS = 3

export type ChatFeatureDeps = {
  chat: Pick<
    ChatService,
    | 'getActiveSessionForUser'
    | 'currentOrRecentSession'
    | 'findSessionOfUser'
    | 'endSession'
    | 'endAllForUser'
  >
  rating: Pick<RatingService, 'rate' | 'saveFeedback'>
  reports: Pick<ReportsService, 'report' | 'addDetails' | 'block'>
  pending: ChatPendingStore
  /** Told after a rating is stored (e.g. the tips feature); failures are logged, never shown. */
  onRated?: (input: { sessionId: number; userId: number; ratedUserId: number; stars: number }) => unknown
  logger?: Logger
}

const isCommand = (ctx: BotContext) => {
  const e = ctx.message?.entities?.[0]
  return e?.type === 'bot_command' && e.offset === 0
}

/** Keeps only the tip buttons of a message's keyboard (the tips feature owns them). */
function tipButtonsOnly(markup: InlineKeyboardMarkup | undefined): InlineKeyboard | undefined {
  const rows = (markup?.inline_keyboard ?? [])
    .map((r) => r.filter((b) => 'callback_data' in b && b.callback_data?.startsWith('tip:')))
    .filter((r) => r.length > 0)
  return rows.length ? new InlineKeyboard(rows) : undefined
}

/** Keeps only the erase button of the post-chat message (bot/features/erase.ts owns it) after rating. */
function eraseButtonsOnly(markup: InlineKeyboardMarkup | undefined): InlineKeyboard | undefined {
  const rows = (markup?.inline_keyboard ?? [])
    .map((r) => r.filter((b) => 'callback_data' in b && b.callback_data?.startsWith('erase:')))
    .filter((r) => r.length > 0)
  return rows.length ? new InlineKeyboard(rows) : undefined
}

/**
 * Chat session commands and buttons: /end (confirmed), /report (reason picker + optional details), /block
 * (confirmed), the 1–5 rating and feedback after a chat, and the "user blocked the bot" signal.
 * The relay itself is chatRelayFeature, registered after every other feature.
 */
export function chatFeature(deps: ChatFeatureDeps) {
  const c = new Composer<BotContext>()
  const pm = c.chatType('private')

  pm.command('end', async (ctx) => {
    const s = ctx.user ? await deps.chat.getActiveSessionForUser(ctx.user.id) : null
    if (!s) return void (await ctx.reply(ctx.t('chat-end-none')))
    await ctx.reply(ctx.t('chat-end-confirm'), {
      reply_markup: new InlineKeyboard()
        .text(ctx.t('chat-end-yes'), cb.end(s.id))
        .text(ctx.t('chat-end-no'), cb.endCancel),
    })
  })

  pm.callbackQuery(/^chat:end:(\d{1,10})$/, async (ctx) => {
    const sessionId = Number(ctx.match[1])
    const s = ctx.user ? await deps.chat.findSessionOfUser(sessionId, ctx.user.id) : null
    if (s?.status !== 'active') {
      await ctx.answerCallbackQuery({ text: ctx.t('chat-already-ended') })
      await quietly(() => ctx.editMessageReplyMarkup({ reply_markup: undefined }))
      return
    }
    await deps.chat.endSession({ sessionId, reason: 'user', endedBy: ctx.user!.id })
    await ctx.answerCallbackQuery()
    // the ended notice with the rating prompt follows through the outbox
    await quietly(() => ctx.editMessageText(ctx.t('chat-end-done')))
  })

  pm.callbackQuery(cb.endCancel, async (ctx) => {
    await ctx.answerCallbackQuery()
    await quietly(() => ctx.editMessageText(ctx.t('chat-end-cancelled')))
  })

  pm.command('block', async (ctx) => {
    const s = ctx.user ? await deps.chat.currentOrRecentSession(ctx.user.id) : null
    if (!s) return void (await ctx.reply(ctx.t('chat-block-none')))
    await ctx.reply(ctx.t('chat-block-confirm'), {
      reply_markup: new InlineKeyboard()
        .text(ctx.t('chat-block-yes'), cb.block(s.id))
        .text(ctx.t('chat-block-no'), cb.blockCancel),
    })
  })

  pm.callbackQuery(/^chat:block:(\d{1,10})$/, async (ctx) => {
    const r = ctx.user
      ? await deps.reports.block({ blockerId: ctx.user.id, sessionId: Number(ctx.match[1]) })
      : null
    await ctx.answerCallbackQuery()
    if (!r?.ok) return void (await quietly(() => ctx.editMessageText(ctx.t('chat-block-none'))))
    await quietly(() => ctx.editMessageText(ctx.t('chat-block-done')))
  })

  pm.callbackQuery(cb.blockCancel, async (ctx) => {
    await ctx.answerCallbackQuery()
    await quietly(() => ctx.editMessageText(ctx.t('chat-block-cancelled')))
  })

  pm.command('report', async (ctx) => {
    const s = ctx.user ? await deps.chat.currentOrRecentSession(ctx.user.id) : null
    if (!s) return void (await ctx.reply(ctx.t('chat-report-none')))
    const kb = new InlineKeyboard()
    for (const reason of REPORT_REASONS)
      kb.text(ctx.t(`chat-report-reason-${reason}`), cb.report(s.id, reason)).row()
    kb.text(ctx.t('chat-report-cancel'), cb.reportCancel)
    await ctx.reply(ctx.t('chat-report-ask'), { reply_markup: kb })
  })

  pm.callbackQuery(/^chat:rep:(\d{1,10}):([a-z]{2,20})$/, async (ctx) => {
    // no account (e.g. erased with /delete_me): nothing to report from
    if (!ctx.user) return void (await ctx.answerCallbackQuery({ text: ctx.t('chat-report-none') }))
    const sessionId = Number(ctx.match[1])
    const r = await deps.reports.report({ reporterId: ctx.user.id, sessionId, reason: ctx.match[2]! })
    await ctx.answerCallbackQuery()
    if (!r.ok && r.reason !== 'already-reported') {
      return void (await quietly(() => ctx.editMessageText(ctx.t('chat-report-none'))))
    }
    const reportId = r.ok ? r.reportId : r.reportId
    await deps.pending.set(ctx.user.id, { kind: 'report', reportId })
    const kb = new InlineKeyboard().text(ctx.t('chat-report-done'), cb.reportDone)
    const active = await deps.chat.getActiveSessionForUser(ctx.user.id)
    if (active?.id === sessionId) {
      kb.row()
        .text(ctx.t('chat-report-end'), cb.end(sessionId))
        .text(ctx.t('chat-report-block'), cb.block(sessionId))
    }
    await quietly(() =>
      ctx.editMessageText(ctx.t(r.ok ? 'chat-report-filed' : 'chat-report-already'), { reply_markup: kb }),
    )
  })

  pm.callbackQuery(cb.reportDone, async (ctx) => {
    if (ctx.user) await deps.pending.clear(ctx.user.id)
    await ctx.answerCallbackQuery()
    await quietly(() => ctx.editMessageText(ctx.t('chat-report-closed')))
  })

  pm.callbackQuery(cb.reportCancel, async (ctx) => {
    await ctx.answerCallbackQuery()
    await quietly(() => ctx.editMessageText(ctx.t('chat-report-cancelled')))
  })

  pm.callbackQuery(/^chat:rate:(\d{1,10}):([1-5])$/, async (ctx) => {
    if (!ctx.user) return void (await ctx.answerCallbackQuery({ text: ctx.t('chat-rate-unavailable') }))
    const sessionId = Number(ctx.match[1])
    const stars = Number(ctx.match[2])
    const r = await deps.rating.rate({ sessionId, userId: ctx.user.id, stars })
    // the erase button stays on the post-chat message after rating
    const erase = eraseButtonsOnly(ctx.callbackQuery.message?.reply_markup)
    if (!r.ok) {
      await ctx.answerCallbackQuery({
        text: ctx.t(
          r.reason === 'already-rated'
            ? 'chat-rate-already'
            : r.reason === 'blocked'
              ? 'chat-rate-blocked'
              : 'chat-rate-unavailable',
        ),
      })
      await quietly(() => ctx.editMessageReplyMarkup({ reply_markup: erase }))
      return
    }
    await ctx.answerCallbackQuery({ text: ctx.t('chat-rate-thanks') })
    const original = ctx.callbackQuery.message?.text
    await quietly(() =>
      ctx.editMessageText(
        `${original ? `${original}\n\n` : ''}${ctx.t('chat-rated', { stars })}`,
        erase ? { reply_markup: erase } : {},
      ),
    )
    const kb = new InlineKeyboard()
    if (stars >= TIP_OFFER_MIN_STARS) kb.text(ctx.t('chat-tip-button'), cb.tip(sessionId)).row()
    kb.text(ctx.t('chat-feedback-skip'), cb.feedbackSkip(sessionId))
    await deps.pending.set(ctx.user.id, { kind: 'feedback', sessionId })
    await ctx.reply(ctx.t(stars >= TIP_OFFER_MIN_STARS ? 'chat-feedback-ask-tip' : 'chat-feedback-ask'), {
      reply_markup: kb,
    })
    try {
      await deps.onRated?.({ sessionId, userId: ctx.user.id, ratedUserId: r.ratedUserId, stars })
    } catch (err) {
      deps.logger?.error({ err, sessionId }, 'onRated hook failed')
    }
  })

  pm.callbackQuery(/^chat:fb-skip:(\d{1,10})$/, async (ctx) => {
    if (ctx.user) await deps.pending.clear(ctx.user.id)
    await ctx.answerCallbackQuery()
    const tips = tipButtonsOnly(ctx.callbackQuery.message?.reply_markup)
    await quietly(() =>
      ctx.editMessageText(ctx.t('chat-feedback-skipped'), tips ? { reply_markup: tips } : {}),
    )
  })

  // The answer to a pending prompt (report details, feedback); otherwise on to the relay.
  pm.on('message:text', async (ctx, next) => {
    if (!ctx.user || isCommand(ctx)) return next()
    const armed = ctx.preflight?.hash
    const p = await deps.pending.get(ctx.user.id, armed)
    if (!p) return next()
    if (p.kind === 'report') {
      await deps.pending.clear(ctx.user.id, armed)
      const r = await deps.reports.addDetails({
        reportId: p.reportId,
        reporterId: ctx.user.id,
        text: ctx.message.text,
      })
      await ctx.reply(ctx.t(r.ok ? 'chat-report-details-saved' : 'chat-report-closed'))
      return
    }
    // feedback waits only while the user is not already in a new chat: messages to a partner win
    await deps.pending.clear(ctx.user.id)
    if (await deps.chat.getActiveSessionForUser(ctx.user.id)) return next()
    const r = await deps.rating.saveFeedback({
      sessionId: p.sessionId,
      userId: ctx.user.id,
      text: ctx.message.text,
    })
    await ctx.reply(ctx.t(r.ok ? 'chat-feedback-thanks' : 'chat-feedback-skipped'))
  })

  // The user blocked the bot: their chat (if any) ends now rather than at the next failed delivery.
  c.on('my_chat_member', async (ctx, next) => {
    if (ctx.user && ctx.myChatMember.new_chat_member.status === 'kicked') {
      await deps.chat.endAllForUser(ctx.user.id, 'blocked_bot')
    }
    await next()
  })

  return c
}
