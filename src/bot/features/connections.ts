import { InlineKeyboard } from 'grammy'
import type { Translate } from '../../bot/i18n.js'
import type { Logger } from '../../logger.js'
import { connectionData } from '../../modules/connections/callbacks.js'
import type { ConnectionsService, Recipient } from '../../modules/connections/service.js'
import { type Messenger, RecipientGoneError } from '../../modules/messenger.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { quietly } from '../quietly.js'

export type ConnectionsFeatureDeps = {
  connections: Pick<
    ConnectionsService,
    'wish' | 'list' | 'invite' | 'cancelInvite' | 'respond' | 'remove' | 'partnerNickname'
  >
  messenger: Messenger
  translate: Translate
  /** Shown in the invitation ("expires in N hours"). */
  inviteTtlSec: number
  logger?: Logger
}

export const CONNECTIONS_COMMANDS = [
  { command: 'connections', descriptionKey: 'connections-cmd', order: 45 },
] as const

/** Best effort: the other side may have blocked the bot; that is not the tapping user's problem. */
async function tell(
  deps: ConnectionsFeatureDeps,
  to: Recipient | null,
  key: string,
  vars: Record<string, string | number> = {},
) {
  if (!to) return
  try {
    await deps.messenger.sendText(to.telegramId, deps.translate(to.language, key, vars))
  } catch (err) {
    if (!(err instanceof RecipientGoneError)) deps.logger?.warn({ err, key }, 'connections notice failed')
  }
}

/**
 * "Talk again": the button after a good rating (wish), /connections (list, invite, remove) and the
 * invitation's accept/decline. Decisions are the connections service's; this maps results to messages.
 */
export function connectionsFeature(deps: ConnectionsFeatureDeps) {
  const c = new Composer<BotContext>()
  const pm = c.chatType('private')
  const name = (ctx: BotContext, n: string | null | undefined) => n ?? ctx.t('chat-partner-fallback')
  const pack = connectionData.pack
  const hours = Math.max(1, Math.round(deps.inviteTtlSec / 3600))

  async function showList(ctx: BotContext, edit = false) {
    const list = ctx.user ? await deps.connections.list(ctx.user.id) : []
    if (list.length === 0) {
      const text = ctx.t('connections-empty')
      return edit ? quietly(() => ctx.editMessageText(text)) : ctx.reply(text)
    }
    const kb = new InlineKeyboard()
    const lines: string[] = []
    for (const v of list) {
      const nick = name(ctx, v.partnerNickname)
      lines.push(
        v.invite === 'sent'
          ? ctx.t('connections-line-sent', { name: nick })
          : v.invite === 'received'
            ? ctx.t('connections-line-received', { name: nick })
            : ctx.t('connections-line', { name: nick }),
      )
      kb.text(
        ctx.t('connections-invite-button', { name: nick }),
        pack({ kind: 'invite', connectionId: v.connectionId }),
      )
        .text(ctx.t('connections-remove-button'), pack({ kind: 'remove', connectionId: v.connectionId }))
        .row()
    }
    const text = `${ctx.t('connections-list-title')}\n\n${lines.join('\n')}`
    return edit
      ? quietly(() => ctx.editMessageText(text, { reply_markup: kb }))
      : ctx.reply(text, { reply_markup: kb })
  }

  pm.command('connections', async (ctx) => void (await showList(ctx)))

  pm.callbackQuery(connectionData.filter, async (ctx) => {
    const a = connectionData.unpack(ctx.callbackQuery.data)
    if (!a || !ctx.user)
      return void (await ctx.answerCallbackQuery({ text: ctx.t('connections-unavailable') }))
    const userId = ctx.user.id
    switch (a.kind) {
      case 'wish': {
        const r = await deps.connections.wish({ sessionId: a.sessionId, userId })
        await ctx.answerCallbackQuery()
        if (!r.ok && r.reason !== 'already-connected')
          return void (await quietly(() => ctx.editMessageText(ctx.t('connections-wish-unavailable'))))
        if (!r.ok || r.connected) {
          await quietly(() => ctx.editMessageText(ctx.t('connections-made-you')))
          if (r.ok) await tell(deps, r.other, 'connections-made-other')
          return
        }
        return void (await quietly(() => ctx.editMessageText(ctx.t('connections-wish-saved'))))
      }
      case 'invite': {
        const r = await deps.connections.invite({ connectionId: a.connectionId, userId })
        await ctx.answerCallbackQuery()
        if (!r.ok) {
          const key =
            r.reason === 'pending'
              ? 'connections-invite-pending'
              : r.reason === 'cooldown'
                ? 'connections-invite-cooldown'
                : r.reason === 'you-busy'
                  ? 'connections-you-busy'
                  : 'connections-unavailable'
          return void (await ctx.reply(ctx.t(key)))
        }
        const to = r.invitee
        const t = (key: string, vars?: Record<string, string | number>) =>
          deps.translate(to.language, key, vars)
        try {
          await deps.messenger.sendText(
            to.telegramId,
            t('connections-invite', {
              name: r.inviterNickname ?? t('chat-partner-fallback'),
              hours,
            }),
            {
              buttons: [
                [
                  {
                    text: t('connections-accept-button'),
                    data: pack({ kind: 'accept', inviteId: r.inviteId }),
                  },
                  {
                    text: t('connections-decline-button'),
                    data: pack({ kind: 'decline', inviteId: r.inviteId }),
                  },
                ],
              ],
            },
          )
        } catch (err) {
          if (!(err instanceof RecipientGoneError)) throw err
          await deps.connections.cancelInvite(r.inviteId)
          return void (await ctx.reply(ctx.t('connections-unavailable')))
        }
        return void (await ctx.reply(ctx.t('connections-invite-sent', { hours })))
      }
      case 'accept':
      case 'decline': {
        const r = await deps.connections.respond({
          inviteId: a.inviteId,
          userId,
          accept: a.kind === 'accept',
        })
        if (!r.ok && (r.reason === 'you-busy' || r.reason === 'partner-busy')) {
          // the invitation stays open: accept again once both are free
          return void (await ctx.answerCallbackQuery({
            text: ctx.t(r.reason === 'you-busy' ? 'connections-accept-you-busy' : 'connections-partner-busy'),
            show_alert: true,
          }))
        }
        await ctx.answerCallbackQuery()
        if (!r.ok) {
          const key = r.reason === 'expired' ? 'connections-invite-expired' : 'connections-invite-closed'
          return void (await quietly(() => ctx.editMessageText(ctx.t(key))))
        }
        if (r.accepted) {
          // the "conversation has started" notices follow through the outbox, to both
          return void (await quietly(() => ctx.editMessageText(ctx.t('connections-accepted'))))
        }
        await quietly(() => ctx.editMessageText(ctx.t('connections-declined-you')))
        await tell(deps, r.inviter, 'connections-declined', {
          name: r.inviteeNickname ?? deps.translate(r.inviter?.language ?? 'ru', 'chat-partner-fallback'),
        })
        return
      }
      case 'remove': {
        const nick = await deps.connections.partnerNickname(a.connectionId, userId)
        await ctx.answerCallbackQuery()
        if (nick === undefined) return void (await showList(ctx, true))
        return void (await quietly(() =>
          ctx.editMessageText(ctx.t('connections-remove-confirm', { name: name(ctx, nick) }), {
            reply_markup: new InlineKeyboard()
              .text(
                ctx.t('connections-remove-yes'),
                pack({ kind: 'remove-yes', connectionId: a.connectionId }),
              )
              .text(ctx.t('connections-remove-no'), pack({ kind: 'remove-no' })),
          }),
        ))
      }
      case 'remove-yes': {
        await deps.connections.remove({ connectionId: a.connectionId, userId })
        await ctx.answerCallbackQuery({ text: ctx.t('connections-removed') })
        return void (await showList(ctx, true))
      }
      case 'remove-no': {
        await ctx.answerCallbackQuery()
        return void (await showList(ctx, true))
      }
    }
  })

  return c
}

/**
 * The chat feature's `onRated` hook: after a rating ≥ 4 the rater gets "I'd talk with them again" as a
 * separate message (the feedback prompt and tip button stay as they are).
 */
export function talkAgainOffer(deps: {
  connections: Pick<ConnectionsService, 'canWish' | 'recipientOf'>
  messenger: Messenger
  translate: Translate
}) {
  return async (input: { sessionId: number; userId: number; stars: number }) => {
    if (!(await deps.connections.canWish(input.sessionId, input.userId))) return
    const me = await deps.connections.recipientOf(input.userId)
    if (!me) return
    try {
      await deps.messenger.sendText(me.telegramId, deps.translate(me.language, 'connections-offer'), {
        buttons: [
          [
            {
              text: deps.translate(me.language, 'connections-offer-button'),
              data: connectionData.pack({ kind: 'wish', sessionId: input.sessionId }),
            },
          ],
        ],
      })
    } catch (err) {
      if (!(err instanceof RecipientGoneError)) throw err
    }
  }
}
