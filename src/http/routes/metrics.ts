import type { FastifyInstance, FastifyPluginAsync } from 'fastify'
import type { Metrics } from '../../metrics.js'
import { safeEqual } from './admin-auth.js'

/** Gauges that mirror database/Redis state; each is a narrow query run at scrape time. */
export type GaugeSources = Partial<
  Record<
    'activeSessions' | 'outboxDepth' | 'outboxOldestPendingSeconds' | 'queueLength',
    () => Promise<number>
  >
>

export type MetricsRoutesOptions = {
  metrics: Pick<
    Metrics,
    'registry' | 'activeSessions' | 'outboxDepth' | 'outboxOldestPendingSeconds' | 'queueLength'
  >
  /** When set, scrapes must send `Authorization: Bearer <token>`. */
  token?: string
  gauges?: GaugeSources
}

export function metricsPlugin(opts: MetricsRoutesOptions) {
  return async (app: FastifyInstance) => {
    await app.register(metricsRoutes, opts)
  }
}

/**
 * `GET /metrics` in the Prometheus text format. Mirrored gauges are refreshed first; a failing source
 * leaves its last value (and is logged) rather than failing the whole scrape.
 */
export const metricsRoutes: FastifyPluginAsync<MetricsRoutesOptions> = async (app, opts) => {
  const { metrics } = opts
  const sources = Object.entries(opts.gauges ?? {}).filter(
    (e): e is [keyof GaugeSources, () => Promise<number>] => typeof e[1] === 'function',
  )
  app.get('/metrics', async (req, reply) => {
    if (opts.token) {
      const header = req.headers.authorization ?? ''
      const given = header.startsWith('Bearer ') ? header.slice(7) : ''
      if (!safeEqual(given, opts.token))
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer realm="metrics"')
          .send({ error: 'unauthorized' })
    }
    const results = await Promise.allSettled(sources.map(([, read]) => read()))
    results.forEach((r, i) => {
      const name = sources[i]?.[0]
      if (!name) return
      if (r.status === 'fulfilled') metrics[name].set(r.value)
      else req.log.warn({ err: r.reason, gauge: name }, 'metrics gauge refresh failed')
    })
    const body = await metrics.registry.metrics()
    return reply.type(metrics.registry.contentType).header('cache-control', 'no-store').send(body)
  })
}
