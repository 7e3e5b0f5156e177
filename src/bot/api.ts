import { autoRetry } from '@grammyjs/auto-retry'
import { Api } from 'grammy'

/**
 * Bot API client for sending outside of an update (workers, relay outbox): honours 429 retry_after.
 */
export function createTelegramApi(token: string, apiRoot: string): Api {
  const api = new Api(token, { apiRoot })
  api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60, rethrowInternalServerErrors: false }))
  return api
}

/**
 * Bot API client for calls that spend Stars (sendGift, giftPremiumSubscription): retries only 429s (Telegram did
 * nothing). A network error or a 5xx may come after Telegram already did the work, so it is never resent here —
 * the caller records the outcome as unknown and checks Telegram's own record before trying again.
 */
export function createSpendingApi(token: string, apiRoot: string): Api {
  const api = new Api(token, { apiRoot })
  api.config.use(
    autoRetry({
      maxRetryAttempts: 3,
      maxDelaySeconds: 30,
      rethrowInternalServerErrors: true,
      rethrowHttpErrors: true,
    }),
  )
  return api
}
