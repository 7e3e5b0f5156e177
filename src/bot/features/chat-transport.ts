import { autoRetry } from '@grammyjs/auto-retry'
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
 * The relay outbox's way to Telegram: its own grammY Api so it can (1) count every 429, including the ones
 * auto-retry absorbs, and (2) leave network errors and 5xx to the dispatcher, whose per-chat back-off is
 * abortable on shutdown and does not hold up other chats. 429s are retried here (retry_after ≤ 30 s, 3 times)
 * and then surface as RateLimitedError.
 */
export function createChatTransport(deps: {
  token: string
  apiRoot: string
  metrics: Pick<Metrics, 'telegram429'>
}): OutboxTransport {
  const api = new Api(deps.token, { apiRoot: deps.apiRoot })
  // installed first = innermost: sees each raw response before auto-retry
  api.config.use(async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal)
    if (!res.ok && res.error_code === 429) deps.metrics.telegram429.inc()
    return res
  })
  api.config.use(
    autoRetry({
      maxRetryAttempts: 3,
      maxDelaySeconds: 30,
      rethrowInternalServerErrors: true,
      rethrowHttpErrors: true,
    }),
  )

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
