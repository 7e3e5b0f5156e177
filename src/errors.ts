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
  // Postgres SQLSTATEs: admin shutdown, starting up / shutting down (restart, failover), too many connections
  '57P01',
  '57P03',
  '53300',
  // a deadlock victim or serialization failure succeeds when simply run again
  '40P01',
  '40001',
])

/** Postgres SQLSTATE classes that are about the server or the connection, not the statement. */
const TRANSIENT_CLASSES = ['08', '53']

/** Errors after which the update must be retried rather than acknowledged. */
export function isTransient(err: unknown): boolean {
  if (err instanceof TransientError) return true
  const e = err as { code?: string; name?: string; message?: string; cause?: unknown } | null
  if (!e) return false
  if (e.code && TRANSIENT_CODES.has(e.code)) return true
  // Telegram: a flood wait longer than we wait inside a webhook, its own 5xx, or no answer (grammY's HttpError)
  const tg = err as { error_code?: unknown }
  if (e.name === 'GrammyError' && typeof tg.error_code === 'number')
    return tg.error_code === 429 || tg.error_code >= 500
  if (e.name === 'HttpError') return true
  if (e.code && /^[0-9A-Z]{5}$/.test(e.code) && TRANSIENT_CLASSES.includes(e.code.slice(0, 2))) return true
  // "… is not queryable": node-postgres refusing a statement on a client whose connection died (e.g. the
  // rollback after a backend was terminated mid-transaction)
  if (
    e.message &&
    /Connection is closed|connect ECONNREFUSED|Connection terminated|MaxRetriesPerRequest|connection error and is not queryable/i.test(
      e.message,
    )
  )
    return true
  return e.cause ? isTransient(e.cause) : false
}
