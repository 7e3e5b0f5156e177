import { timingSafeEqual } from 'node:crypto'
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'

/** grammY's `webhookCallback(bot, 'fastify', { secretToken })` — it answers 401 on a wrong secret. */
export type WebhookCallback = (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>

/** Why a webhook request was answered without reaching the bot (metrics label). */
export type WebhookRefusal = 'overloaded' | 'malformed'

export type WebhookRouteOptions = {
  callback: WebhookCallback
  path?: string
  /** The secret Telegram echoes; checked first, so nothing else is answered without it but 401. */
  secretToken?: string
  /**
   * Updates handled at once by this process; beyond it the request is answered 503 with `Retry-After` and
   * Telegram delivers it again later (load shedding instead of an ever-growing queue of open requests).
   */
  maxInFlight?: number
  retryAfterSec?: number
  onRefused?: (reason: WebhookRefusal) => void
}

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** An Update must be an object with a non-negative integer `update_id` (it keys the de-duplication). */
function isUpdate(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false
  const id = (body as { update_id?: unknown }).update_id
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0
}

/**
 * `POST /telegram/webhook`. grammY answers only after the update was handled, so Telegram's per-chat
 * ordering holds and a failed update (non-2xx) is redelivered. A body that is not an Update is refused with
 * 400 before the bot sees it; past `maxInFlight` concurrent updates the request is shed with 503.
 */
export const webhookRoutes: FastifyPluginAsync<WebhookRouteOptions> = async (app, opts) => {
  let inFlight = 0
  const maxInFlight = opts.maxInFlight ?? Number.POSITIVE_INFINITY
  const retryAfter = String(opts.retryAfterSec ?? 1)
  app.post(opts.path ?? '/telegram/webhook', async (req, reply) => {
    if (
      opts.secretToken !== undefined &&
      !sameSecret(req.headers['x-telegram-bot-api-secret-token'], opts.secretToken)
    )
      return reply.code(401).send({ error: 'unauthorized' })
    if (!isUpdate(req.body)) {
      opts.onRefused?.('malformed')
      return reply.code(400).send({ error: 'not a Telegram update (update_id missing)' })
    }
    if (inFlight >= maxInFlight) {
      opts.onRefused?.('overloaded')
      return reply.code(503).header('retry-after', retryAfter).send({ error: 'overloaded, retry later' })
    }
    inFlight++
    try {
      await opts.callback(req, reply)
    } finally {
      inFlight--
    }
    return reply
  })
}
