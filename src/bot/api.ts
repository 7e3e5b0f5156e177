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
