/**
 * Port through which the outbox dispatcher talks to Telegram. The bot adapter
 * (bot/features/chat-transport.ts) implements it over grammY and maps errors onto the classes below;
 * anything else thrown is treated as transient and retried.
 */
export type OutboxMethod =
  | 'copyMessage'
  | 'sendMessage'
  | 'editMessageText'
  | 'editMessageCaption'
  /** Erasing a conversation (erase.ts): ids resolved when the row is sent. */
  | 'deleteMessages'

export type OutboxTransport = {
  /** Calls a Bot API method; resolves with the id of the message it created (copy/send), if any. */
  call(
    method: OutboxMethod,
    params: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<{ messageId?: number }>
}

/** 429 that survived the API client's own retries: wait `retryAfterSec` before the next send to that chat. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError'
  constructor(
    readonly retryAfterSec: number,
    message = `Too Many Requests: retry after ${retryAfterSec}`,
  ) {
    super(message)
  }
}

/** Telegram refused the call for good (400: message to copy is gone, bad parameters): do not retry. */
export class PermanentSendError extends Error {
  override name = 'PermanentSendError'
}
