import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify'
import { type HealthCheck, healthRoutes } from '../http/routes/health.js'
import { type GaugeSources, type MetricsRoutesOptions, metricsPlugin } from '../http/routes/metrics.js'
import type { Logger } from '../logger.js'

/**
 * The standalone worker's own small HTTP server: `GET /metrics` (its registry: proposals, expiries, queue
 * length, process stats — these counters live only in the worker process) and `GET /health`,
 * `/health/db`, `/health/redis` for the container health check. The same route plugins as the web process.
 */
export async function createWorkerServer(deps: {
  logger: Logger
  checks: Record<'db' | 'redis', HealthCheck>
  metrics: MetricsRoutesOptions['metrics']
  /** METRICS_TOKEN: scrapes must send `Authorization: Bearer <token>` when set. */
  metricsToken?: string
  gauges?: GaugeSources
}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger.child({ module: 'worker-http' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    // Only probes and scrapes arrive here: nothing in flight is worth waiting for on shutdown.
    forceCloseConnections: true,
  })
  await app.register(healthRoutes, { checks: deps.checks })
  await metricsPlugin({ metrics: deps.metrics, token: deps.metricsToken, gauges: deps.gauges })(app)
  return app
}
