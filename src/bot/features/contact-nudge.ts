import { InlineKeyboard } from 'grammy'
import type { Message } from 'grammy/types'
import { type ContactNudge, nudgeCallback } from '../../modules/chat/contact-nudge.js'
import type { ChatService } from '../../modules/chat/service.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'

async function quietly(fn: () => Promise<unknown>) {
  try {
    await fn()
  } catch {
    // the question message may be gone or unchanged: nothing to do
  }
}

/** The question under a held message: "send anyway" / "don't send". */
export async function askAboutContact(ctx: BotContext, sessionId: number, message: Message) {
  const kb = new InlineKeyboard()
    .text(ctx.t('nudge-btn-send'), nudgeCallback.pack('send', sessionId, message.message_id))
    .row()
    .text(ctx.t('nudge-btn-drop'), nudgeCallback.pack('drop', sessionId, message.message_id))
  await ctx.reply(ctx.t('nudge-ask'), {
    reply_markup: kb,
    reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
  })
}

/**
 * The buttons of the contact nudge (the hold itself happens in the relay feature). "Send anyway" relays
 * the held message now — after whatever the sender wrote meanwhile — and stops the questions for this
 * chat; "don't send" forgets it. Each held message is decided exactly once (atomic take).
 */
export function contactNudgeFeature(deps: {
  chat: Pick<ChatService, 'relay' | 'getActiveSessionForUser'>
  nudge: Pick<ContactNudge, 'take' | 'restore' | 'allow'>
}) {
  const c = new Composer<BotContext>()
  const pm = c.chatType('private')

  pm.callbackQuery(nudgeCallback.filter, async (ctx) => {
    const data = nudgeCallback.unpack(ctx.callbackQuery.data)
    const user = ctx.user
    if (!data || !user) return void (await ctx.answerCallbackQuery())
    const held = await deps.nudge.take(data.sessionId, data.messageId, user.id)
    if (!held) {
      await ctx.answerCallbackQuery({ text: ctx.t('nudge-already-decided') })
      return void (await quietly(() => ctx.editMessageReplyMarkup({ reply_markup: undefined })))
    }
    if (data.action === 'drop') {
      await ctx.answerCallbackQuery()
      return void (await quietly(() => ctx.editMessageText(ctx.t('nudge-dropped'))))
    }
    // only into the chat it was written for: never to a partner of a later chat
    const active = await deps.chat.getActiveSessionForUser(user.id)
    if (!active || active.id !== held.sessionId) {
      await ctx.answerCallbackQuery()
      return void (await quietly(() => ctx.editMessageText(ctx.t('nudge-chat-over'))))
    }
    // the question replies to the held message: its text feeds the relay's checks (not stored by us)
    const original = ctx.callbackQuery.message?.reply_to_message
    const text = original?.message_id === held.messageId ? (original.text ?? original.caption) : undefined
    let r: Awaited<ReturnType<typeof deps.chat.relay>>
    try {
      r = await deps.chat.relay({
        userId: user.id,
        chatId: held.chatId,
        messageId: held.messageId,
        kind: held.kind,
        text,
        replyToMessageId: held.replyToMessageId,
      })
    } catch (err) {
      await deps.nudge.restore(held)
      throw err
    }
    await ctx.answerCallbackQuery()
    if (!r.ok) return void (await quietly(() => ctx.editMessageText(ctx.t('nudge-chat-over'))))
    await deps.nudge.allow(held.sessionId, user.id)
    await quietly(() => ctx.editMessageText(ctx.t('nudge-sent')))
  })

  return c
}
