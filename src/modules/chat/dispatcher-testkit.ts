import type { OutboxItem } from './outbox.js'
import type { OutboxMethod, OutboxTransport } from './transport.js'

export type Sent = { method: OutboxMethod; params: Record<string, unknown>; at: number }

/**
 * A stand-in for Telegram that records what it was asked to send; `failWith` decides per call whether to
 * throw (tests only; Postgres and Redis stay real).
 */
export function recordingTransport(
  failWith?: (method: OutboxMethod, params: Record<string, unknown>, n: number) => Error | null,
) {
  const sent: Sent[] = []
  let calls = 0
  let nextId = 1000
  const transport: OutboxTransport = {
    async call(method, params) {
      calls++
      await new Promise((r) => setTimeout(r, Math.random() * 5))
      const err = failWith?.(method, params, calls)
      if (err) throw err
      sent.push({ method, params, at: Date.now() })
      return method === 'copyMessage' || method === 'sendMessage' ? { messageId: nextId++ } : {}
    },
  }
  const texts = (chatId: number) => sent.filter((s) => s.params.chat_id === chatId).map((s) => s.params.text)
  return {
    transport,
    sent,
    texts,
    get calls() {
      return calls
    },
  }
}

export const textItem = (chatId: number, t: string, sessionId: number | null = null): OutboxItem => ({
  chatId,
  sessionId,
  method: 'sendMessage',
  payload: { text: t },
})

/** A relayed copy of `messageId` from `fromChat` (the sender) to `chatId`. */
export const copyItem = (
  chatId: number,
  fromChat: number,
  messageId: number,
  sessionId: number,
): OutboxItem => ({
  chatId,
  sessionId,
  method: 'copyMessage',
  sourceMessageId: messageId,
  payload: { from_chat_id: fromChat, message_id: messageId, protect_content: true },
})

export const networkError = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
