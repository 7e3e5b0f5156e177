import { timingSafeEqual } from 'node:crypto'
import type { FastifyPluginAsync } from 'fastify'
import type { PaymentUpdateLike, TipsService } from '../../modules/tips/service.js'

export type PaymentsRouteOptions = {
  /** The app's webhook secret: Telegram echoes it in X-Telegram-Bot-Api-Secret-Token. */
  secretToken: string
  tips: Pick<TipsService, 'handleUpdate'>
  path?: string
}

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * `POST /payments/webhook/telegram-stars`: Telegram Update JSON carrying `pre_checkout_query` or
 * `message.successful_payment` / `refunded_payment`, handled by the same code as the bot webhook
 * (pre-checkout answered through the Bot API). Payments are keyed by charge id, so an update that
 * arrives here and via the bot webhook is recorded once. Other update kinds are acknowledged and ignored.
 * A failure answers 500 so the sender retries.
 */
export const paymentsRoutes: FastifyPluginAsync<PaymentsRouteOptions> = async (app, opts) => {
  app.post(
    opts.path ?? '/payments/webhook/telegram-stars',
    {
      // Before body validation: without the secret nothing about the request is answered but 401.
      onRequest: async (req, reply) => {
        if (!sameSecret(req.headers['x-telegram-bot-api-secret-token'], opts.secretToken))
          return reply.code(401).send({ error: 'unauthorized' })
      },
      schema: {
        body: {
          type: 'object',
          required: ['update_id'],
          properties: { update_id: { type: 'integer' } },
        },
      },
    },
    async (req) => {
      const handled = await opts.tips.handleUpdate(req.body as PaymentUpdateLike)
      return { ok: true, handled }
    },
  )
}
