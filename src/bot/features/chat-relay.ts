import type { Message, MessageEntity } from 'grammy/types'
import type { ContactNudge } from '../../modules/chat/contact-nudge.js'
import type { ChatService, RelayedKind } from '../../modules/chat/service.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { askAboutContact } from './contact-nudge.js'

/** Content kind of a message for the relay, or null when it is not relayed (location, contact, poll, …). */
export function relayKind(m: Message): RelayedKind | null {
  if (m.text !== undefined) return 'text'
  if (m.sticker) return 'sticker'
  if (m.voice) return 'voice'
  if (m.video_note) return 'video_note'
  if (m.photo) return 'photo'
  // an animation also carries `document`: check it first
  if (m.animation) return 'animation'
  if (m.video) return 'video'
  if (m.audio) return 'audio'
  if (m.document) return 'document'
  return null
}

/**
 * A hidden link to a Telegram account: a `text_mention` (carries the user) or a `text_link` to `tg://user`.
 * A copy keeps entities, so e.g. a forwarded group message in which someone mentioned the sender would let
 * the partner open the sender's profile; plain @usernames stay visible text and are the sender's choice.
 */
export function hasAccountLink(entities: readonly MessageEntity[] | undefined): boolean {
  return (entities ?? []).some(
    (e) =>
      e.type === 'text_mention' ||
      (e.type === 'text_link' && /^tg:\/\/(?:user|openmessage)\b/i.test(e.url.trim())),
  )
}

const isCommand = (m: Message) => m.entities?.[0]?.type === 'bot_command' && m.entities[0].offset === 0

/**
 * The anonymous relay: every non-command message of a user in an active session goes to the partner as a
 * protected copy (never a forward) through the durable outbox; edits are mirrored onto the copy.
 * Register LAST: commands and prompts of every other feature win over relaying.
 */
export function chatRelayFeature(deps: {
  chat: Pick<ChatService, 'relay' | 'relayEdit' | 'getActiveSessionForUser'>
  /** Contact nudge (issue 12): a message with contact details waits for the sender's confirmation. */
  nudge?: Pick<ContactNudge, 'shouldAsk' | 'isAllowed' | 'hold'>
}) {
  const c = new Composer<BotContext>()
  const pm = c.chatType('private')

  pm.on('message', async (ctx, next) => {
    const user = ctx.user
    const m = ctx.message
    if (!user) return next()
    if (isCommand(m)) {
      // an unknown command must not reach the partner
      if (await deps.chat.getActiveSessionForUser(user.id))
        return void (await ctx.reply(ctx.t('chat-unknown-command')))
      return next()
    }
    const kind = relayKind(m)
    if (!kind) {
      if (await deps.chat.getActiveSessionForUser(user.id))
        return void (await ctx.reply(ctx.t('chat-unsupported')))
      return next()
    }
    if (hasAccountLink(m.entities ?? m.caption_entities)) {
      if (await deps.chat.getActiveSessionForUser(user.id))
        return void (await ctx.reply(ctx.t('chat-account-link')))
      return next()
    }
    const text = m.text ?? m.caption
    if (deps.nudge?.shouldAsk(text)) {
      const s = await deps.chat.getActiveSessionForUser(user.id)
      if (!s) return next()
      if (!(await deps.nudge.isAllowed(s.id, user.id))) {
        // held by id only; later messages are relayed as usual, this one goes when confirmed
        await deps.nudge.hold({
          sessionId: s.id,
          userId: user.id,
          chatId: ctx.chat.id,
          messageId: m.message_id,
          kind,
          replyToMessageId: m.reply_to_message?.message_id,
        })
        return void (await askAboutContact(ctx, s.id, m))
      }
    }
    const r = await deps.chat.relay(
      {
        userId: user.id,
        chatId: ctx.chat.id,
        messageId: m.message_id,
        kind,
        text,
        replyToMessageId: m.reply_to_message?.message_id,
      },
      // the recent lines go with the update's "handled" marker (one Redis round trip)
      ctx.afterHandled ? { batch: ctx.afterHandled } : {},
    )
    if (!r.ok && r.reason === 'no-session') return next()
  })

  pm.on('edited_message', async (ctx, next) => {
    const user = ctx.user
    const m = ctx.editedMessage
    if (!user) return next()
    const field = m.text !== undefined ? 'text' : m.caption !== undefined ? 'caption' : null
    if (!field) return next()
    if (hasAccountLink(field === 'text' ? m.entities : m.caption_entities)) {
      if (await deps.chat.getActiveSessionForUser(user.id))
        return void (await ctx.reply(ctx.t('chat-account-link')))
      return next()
    }
    const r = await deps.chat.relayEdit({
      userId: user.id,
      chatId: ctx.chat.id,
      messageId: m.message_id,
      field,
      text: (field === 'text' ? m.text : m.caption) ?? '',
      entities: field === 'text' ? m.entities : m.caption_entities,
    })
    if (!r.ok) return next()
  })

  return c
}
