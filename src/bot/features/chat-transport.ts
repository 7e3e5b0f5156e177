import { Api, GrammyError } from 'grammy'
import type { Metrics } from '../../metrics.js'
import {
  type OutboxMethod,
  type OutboxTransport,
  PermanentSendError,
  RateLimitedError,
} from '../../modules/chat/transport.js'
import { RecipientGoneError } from '../../modules/messenger.js'

/**
 * The relay outbox's way to Telegram: its own grammY Api, without auto-retry, so that every failure reaches
 * the dispatcher: 429s as RateLimitedError (the chat waits `retry_after`, the adaptive global rate slows
 * down), network errors and 5xx as they are (retried with a per-chat back-off that never holds up other
 * chats and is abortable on shutdown). Every 429 is counted.
 */
export function createChatTransport(deps: {
  token: string
  apiRoot: string
  metrics: Pick<Metrics, 'telegram429'>
}): OutboxTransport {
  const api = new Api(deps.token, { apiRoot: deps.apiRoot })
  api.config.use(async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal)
    if (!res.ok && res.error_code === 429) deps.metrics.telegram429.inc()
    return res
  })

  const call = (method: OutboxMethod, params: Record<string, unknown>, signal?: AbortSignal) => {
    // biome-ignore lint/suspicious/noExplicitAny: raw Bot API call with parameters built by the outbox
    const raw = api.raw as any
    return raw[method](params, signal) as Promise<unknown>
  }

  return {
    async call(method, params, signal) {
      try {
        const res = await call(method, params, signal)
        const id = (res as { message_id?: unknown } | null)?.message_id
        return typeof id === 'number' ? { messageId: id } : {}
      } catch (err) {
        if (err instanceof GrammyError) {
          if (err.error_code === 403) throw new RecipientGoneError(err.description)
          if (err.error_code === 429)
            throw new RateLimitedError(err.parameters.retry_after ?? 1, err.description)
          // an edit identical to the current text is already mirrored
          if (err.error_code === 400 && /message is not modified/i.test(err.description)) return {}
          if (err.error_code === 400) throw new PermanentSendError(err.description)
        }
        throw err
      }
    },
  }
}
