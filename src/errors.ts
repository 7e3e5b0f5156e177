/** Infrastructure hiccup worth a retry (Telegram will redeliver the update when we answer non-2xx). */
export class TransientError extends Error {
  override name = 'TransientError'
}

const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '53300',
])

/** Errors after which the update must be retried rather than acknowledged. */
export function isTransient(err: unknown): boolean {
  if (err instanceof TransientError) return true
  const e = err as { code?: string; name?: string; message?: string; cause?: unknown } | null
  if (!e) return false
  if (e.code && TRANSIENT_CODES.has(e.code)) return true
  if (
    e.message &&
    /Connection is closed|connect ECONNREFUSED|Connection terminated|MaxRetriesPerRequest/i.test(e.message)
  )
    return true
  return e.cause ? isTransient(e.cause) : false
}
