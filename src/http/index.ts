import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify'
import type { Logger } from '../logger.js'
import { lazyChildLogger } from './request-logger.js'
import { type HealthCheck, healthRoutes } from './routes/health.js'
import { type WebhookRouteOptions, webhookRoutes } from './routes/webhook.js'

export type ServerDeps = {
  logger: Logger
  checks: Record<'db' | 'redis', HealthCheck>
  webhook: WebhookRouteOptions
  /** Extra route plugins registered by the composition root (payments, admin, metrics). */
  plugins?: ((app: FastifyInstance) => Promise<void> | void)[]
  /** Proxies trusted for `req.ip` (config TRUST_PROXY); default false: the socket peer. */
  trustProxy?: boolean | number | string[]
}

const trustHops = (n: number) => (_address: string, hop: number) => hop < n

/** The HTTP surface: health, Telegram webhook, and whatever plugins the composition root adds. */
export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger.child({ module: 'http' }) as FastifyBaseLogger,
    // request lines are not logged: URLs and bodies may carry user content
    logController: new LogController({ disableRequestLogging: true }),
    // a request's child logger (its reqId) is built only if the request logs something
    childLoggerFactory: lazyChildLogger,
    bodyLimit: 1_048_576,
    // A hop count becomes the function Fastify would build for it (its types omit the number form).
    trustProxy: typeof deps.trustProxy === 'number' ? trustHops(deps.trustProxy) : (deps.trustProxy ?? false),
  })
  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500
    if (status >= 500) req.log.error({ err, url: req.url }, 'request failed')
    reply.code(status).send({ error: status >= 500 ? 'internal error' : err.message })
  })
  await app.register(healthRoutes, { checks: deps.checks })
  await app.register(webhookRoutes, deps.webhook)
  for (const plugin of deps.plugins ?? []) await plugin(app)
  return app
}

/**
 * Fastify's close waits for every keep-alive socket, and clients (Telegram's webhook delivery, a Prometheus
 * scraper) keep theirs open up to the 72 s keep-alive timeout. Close sockets as soon as they go idle; after the grace period, close the rest.
 */
export async function closeServer(server: FastifyInstance, graceMs: number): Promise<void> {
  const closing = server.close()
  const idle = setInterval(() => server.server.closeIdleConnections(), 50)
  const hard = setTimeout(() => server.server.closeAllConnections(), graceMs)
  try {
    await closing
  } finally {
    clearInterval(idle)
    clearTimeout(hard)
  }
}
