import type { FastifyPluginAsync } from 'fastify'

export type HealthCheck = () => Promise<void>

async function probe(
  check: HealthCheck,
  timeoutMs: number,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)
      }),
    ])
    return { ok: true }
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) }
  } finally {
    clearTimeout(timer)
  }
}

/** Liveness (`/health`) and per-dependency readiness (`/health/db`, `/health/redis`: 503 with the reason). */
export const healthRoutes: FastifyPluginAsync<{
  checks: Record<'db' | 'redis', HealthCheck>
  timeoutMs?: number
}> = async (app, opts) => {
  const timeoutMs = opts.timeoutMs ?? 2000
  app.get('/health', async () => ({ status: 'ok', uptimeSec: Math.round(process.uptime()) }))
  for (const name of ['db', 'redis'] as const) {
    app.get(`/health/${name}`, async (_req, reply) => {
      const result = await probe(opts.checks[name], timeoutMs)
      if (result.ok) return { status: 'ok' }
      return reply.code(503).send({ status: 'down', reason: result.reason })
    })
  }
}
