import type { Redis } from 'ioredis'
import { findContacts } from '../safety/pii.js'
import type { RelayedKind } from './service.js'

/**
 * True when a relayed text carries a way to get in touch off the platform (phone, email, handle, link,
 * address, Telegram id — `CONTACT_KINDS` of the PII module). The one place the relay's contact nudge
 * asks the safety module; injected into the relay from src/app.ts.
 */
export function hasContact(text: string): boolean {
  return findContacts(text).length > 0
}

/**
 * A message the sender has not yet confirmed. Only ids are kept, never the text: on "send anyway" the
 * message is copied from the sender's own chat by its id, exactly as the relay copies any message.
 */
export type HeldMessage = {
  sessionId: number
  userId: number
  /** The sender's private chat (the copy source). */
  chatId: number
  messageId: number
  kind: RelayedKind
  replyToMessageId?: number
}

export type NudgeAction = 'send' | 'drop'

const CALLBACK_RE = /^nudge:(send|drop):(\d{1,10}):(\d{1,10})$/

/** Callback data of the nudge buttons: typed pack/unpack, the 64-byte limit checked here. */
export const nudgeCallback = {
  filter: CALLBACK_RE,
  pack(action: NudgeAction, sessionId: number, messageId: number): string {
    const data = `nudge:${action}:${sessionId}:${messageId}`
    if (Buffer.byteLength(data) > 64 || !CALLBACK_RE.test(data))
      throw new Error(`nudge callback data out of range: ${data}`)
    return data
  },
  unpack(data: string): { action: NudgeAction; sessionId: number; messageId: number } | null {
    const m = CALLBACK_RE.exec(data)
    if (!m) return null
    return { action: m[1] as NudgeAction, sessionId: Number(m[2]), messageId: Number(m[3]) }
  },
} as const

const holdKey = (sessionId: number, messageId: number) => `nudge:hold:${sessionId}:${messageId}`
const allowKey = (sessionId: number, userId: number) => `nudge:ok:${sessionId}:${userId}`

const HOLD_TTL_SEC = 7 * 24 * 3600
const ALLOW_TTL_SEC = 30 * 24 * 3600

/**
 * The contact nudge of the relay: a message with contact details is held (Redis, by message id, survives
 * a restart) until the sender confirms; after one "send anyway" in a chat, later contact messages of that
 * sender in that chat pass without asking. A crisis message is never held: the crisis path (resources to
 * the sender, a moderator flag) must not wait for a button.
 */
export function createContactNudge(deps: {
  redis: Pick<Redis, 'set' | 'get' | 'getdel' | 'exists'>
  hasContact: (text: string) => boolean
  detectCrisis?: (text: string) => { hit: boolean }
}) {
  const { redis } = deps
  return {
    /** Should this text be held for a confirmation (before the per-chat permission is checked)? */
    shouldAsk(text: string | undefined): boolean {
      if (!text || !deps.hasContact(text)) return false
      return !deps.detectCrisis?.(text).hit
    },
    async isAllowed(sessionId: number, userId: number): Promise<boolean> {
      return (await redis.exists(allowKey(sessionId, userId))) === 1
    },
    /** The sender chose "send anyway" in this chat: no more questions in it. */
    async allow(sessionId: number, userId: number): Promise<void> {
      await redis.set(allowKey(sessionId, userId), '1', 'EX', ALLOW_TTL_SEC)
    },
    async hold(m: HeldMessage): Promise<void> {
      await redis.set(holdKey(m.sessionId, m.messageId), JSON.stringify(m), 'EX', HOLD_TTL_SEC)
    },
    /**
     * Takes the held message out atomically (GETDEL): of two taps, or a tap racing a redelivered update,
     * exactly one gets it. Null when it was already decided, expired, or belongs to someone else.
     */
    async take(sessionId: number, messageId: number, userId: number): Promise<HeldMessage | null> {
      const key = holdKey(sessionId, messageId)
      const raw = await redis.getdel(key)
      if (!raw) return null
      let held: HeldMessage
      try {
        held = JSON.parse(raw) as HeldMessage
      } catch {
        return null
      }
      if (held.userId !== userId) {
        // not theirs (a forged callback): put it back untouched
        await redis.set(key, raw, 'EX', HOLD_TTL_SEC)
        return null
      }
      return held
    },
    /** Puts a taken message back when sending it failed, so the sender can try again. */
    async restore(m: HeldMessage): Promise<void> {
      await redis.set(holdKey(m.sessionId, m.messageId), JSON.stringify(m), 'EX', HOLD_TTL_SEC)
    },
  }
}

export type ContactNudge = ReturnType<typeof createContactNudge>
