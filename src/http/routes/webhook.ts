import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'

/** grammY's `webhookCallback(bot, 'fastify', { secretToken })` — it answers 401 on a wrong secret. */
export type WebhookCallback = (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>

/**
 * `POST /telegram/webhook`. grammY answers only after the update was handled, so Telegram's per-chat
 * ordering holds and a failed update (non-2xx) is redelivered.
 */
export const webhookRoutes: FastifyPluginAsync<{ callback: WebhookCallback; path?: string }> = async (
  app,
  opts,
) => {
  app.post(opts.path ?? '/telegram/webhook', async (req, reply) => {
    await opts.callback(req, reply)
    return reply
  })
}
