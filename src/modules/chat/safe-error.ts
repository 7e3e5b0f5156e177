import { isTransient, TransientError } from '../../errors.js'
import { truncateText } from '../text.js'

/**
 * Errors from the database, Redis or the Bot API can carry the request (SQL params, command args, the
 * grammY payload) — and with it message text, which must never reach the logs. These helpers keep only
 * what is needed to debug: the class, the code, the first line of the message without parameters.
 */
export function safeError(err: unknown): { name: string; code?: string; message: string } {
  const e = err as { name?: string; code?: unknown; message?: unknown; cause?: { code?: unknown } } | null
  const raw = typeof e?.message === 'string' ? e.message : String(err)
  const message = truncateText(raw.split(/\n|params:/)[0]!, 200)
  const code = e?.code ?? e?.cause?.code
  return { name: e?.name ?? 'Error', ...(code !== undefined ? { code: String(code) } : {}), message }
}

/** `name: message` of safeError, for the outbox's last_error column. */
export function safeErrorText(err: unknown): string {
  const s = safeError(err)
  return `${s.name}${s.code ? ` (${s.code})` : ''}: ${s.message}`
}

/**
 * Rethrow form of safeError for operations whose queries carry user text: the bot's error boundary logs
 * what it catches. Transient infrastructure errors stay transient, so the update is still redelivered.
 */
export function scrubbed(err: unknown): Error {
  const s = safeError(err)
  const out = isTransient(err)
    ? new TransientError(`${s.name}: ${s.message}`)
    : new Error(`${s.name}: ${s.message}`)
  if (s.code) Object.assign(out, { code: s.code })
  return out
}
