import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { urlToHttpOptions } from 'node:url'
import { GrammyError, HttpError } from 'grammy'
import type { ApiError, ResponseParameters } from 'grammy/types'
import type { Metrics } from '../../metrics.js'
import {
  type OutboxMethod,
  type OutboxTransport,
  PermanentSendError,
  RateLimitedError,
} from '../../modules/chat/transport.js'
import { RecipientGoneError } from '../../modules/messenger.js'

/** grammY's default: a request with no answer after this long fails (and the dispatcher retries it). */
const TIMEOUT_MS = 500_000

type BotApiAnswer = { ok: true; result: unknown } | (ApiError & { parameters?: ResponseParameters })

/**
 * The relay outbox's way to Telegram: one JSON POST per call on a keep-alive connection, without grammY's
 * API client and its fetch (issue #14: 140 → 60 µs of CPU per delivered message, measured against a local
 * instant server), and without auto-retry, so that every failure reaches the dispatcher: 429s as
 * RateLimitedError (the chat waits `retry_after`, the adaptive global rate slows down), 403 as
 * RecipientGoneError, other 400s as PermanentSendError; network errors (as grammY's HttpError) and 5xx (as
 * GrammyError) are retried with a per-chat back-off that never holds up other chats and is abortable on
 * shutdown. Every 429 is counted. Requests are what grammY sends: the parameters as JSON, nulls dropped.
 */
export function createChatTransport(deps: {
  token: string
  apiRoot: string
  metrics: Pick<Metrics, 'telegram429'>
}): OutboxTransport {
  const https = deps.apiRoot.startsWith('https:')
  const request = https ? httpsRequest : httpRequest
  const agent = https ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true })
  // Each method's URL parsed once, not on every request (what `request(url, options)` does with a string).
  const targets = new Map<OutboxMethod, ReturnType<typeof urlToHttpOptions>>()
  const target = (method: OutboxMethod) => {
    let t = targets.get(method)
    if (!t) {
      t = urlToHttpOptions(new URL(`${deps.apiRoot}/bot${deps.token}/${method}`))
      targets.set(method, t)
    }
    return t
  }

  function post(method: OutboxMethod, params: Record<string, unknown>, signal?: AbortSignal) {
    const body = JSON.stringify(params, (_, v) => v ?? undefined)
    return new Promise<BotApiAnswer>((resolve, reject) => {
      const req = request(
        {
          ...target(method),
          method: 'POST',
          agent,
          signal,
          timeout: TIMEOUT_MS,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            connection: 'keep-alive',
          },
        },
        (res: IncomingMessage) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => {
            text += chunk
          })
          res.on('error', reject)
          res.on('end', () => {
            try {
              resolve(JSON.parse(text) as BotApiAnswer)
            } catch (err) {
              // e.g. a proxy's HTML error page: no answer from Telegram, retried
              reject(err)
            }
          })
        },
      )
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)))
      req.on('error', reject)
      req.end(body)
    }).catch((err: unknown) => {
      // as grammY reports a failed request (errors.ts treats it as transient)
      throw new HttpError(`Network request for '${method}' failed!`, err)
    })
  }

  return {
    async call(method, params, signal) {
      const res = await post(method, params, signal)
      if (res.ok) {
        const id = (res.result as { message_id?: unknown } | null)?.message_id
        return typeof id === 'number' ? { messageId: id } : {}
      }
      if (res.error_code === 403) throw new RecipientGoneError(res.description)
      if (res.error_code === 429) {
        deps.metrics.telegram429.inc()
        throw new RateLimitedError(res.parameters?.retry_after ?? 1, res.description)
      }
      // an edit identical to the current text is already mirrored
      if (res.error_code === 400 && /message is not modified/i.test(res.description)) return {}
      if (res.error_code === 400) throw new PermanentSendError(res.description)
      throw new GrammyError(`Call to '${method}' failed!`, res, method, params)
    },
  }
}
