import { randomBytes } from 'node:crypto'

/** Telegram caps invoice payloads at 128 bytes. */
export const MAX_PAYLOAD_BYTES = 128
/** Smallest and largest tip, in Stars (Telegram accepts up to 10000 XTR per invoice). */
export const MIN_TIP = 1
export const MAX_TIP = 10_000

/** What an invoice payload says: internal ids only — never a Telegram id, name or text. */
export type TipPayload = {
  sessionId: number
  recipientId: number
  /** The Stars the invoice asks for; pre-checkout rejects any other total. */
  amount: number
  nonce: string
}

const PATTERN = /^tip:v1:([1-9]\d{0,9}):([1-9]\d{0,9}):([1-9]\d{0,4}):([0-9a-f]{8,32})$/

/** `tip:v1:<sessionId>:<recipientUserId>:<amount>:<nonce>`; the nonce keeps every invoice distinct. */
export function encodeTipPayload(p: Omit<TipPayload, 'nonce'> & { nonce?: string }): string {
  const nonce = p.nonce ?? randomBytes(6).toString('hex')
  const s = `tip:v1:${p.sessionId}:${p.recipientId}:${p.amount}:${nonce}`
  if (!parseTipPayload(s)) throw new RangeError('tip payload out of range')
  return s
}

/** Strict parse; null for anything we did not issue (wrong version, junk, out-of-range numbers). */
export function parseTipPayload(s: string): TipPayload | null {
  if (Buffer.byteLength(s, 'utf8') > MAX_PAYLOAD_BYTES) return null
  const m = PATTERN.exec(s)
  if (!m) return null
  const sessionId = Number(m[1])
  const recipientId = Number(m[2])
  const amount = Number(m[3])
  if (sessionId > 2_147_483_647 || recipientId > 2_147_483_647) return null
  if (amount < MIN_TIP || amount > MAX_TIP) return null
  return { sessionId, recipientId, amount, nonce: m[4]! }
}

export type AmountRejection = 'not-a-number' | 'not-integer' | 'too-small' | 'too-large'
export type AmountParse = { ok: true; amount: number } | { ok: false; reason: AmountRejection }

/**
 * The custom-amount step: a whole number of Stars 1..10000. Tolerates spaces, a ⭐ and thousands
 * separators ("1 000", "1,000"); "2.5" is not-integer, anything else that is not a number is not-a-number.
 */
export function parseTipAmount(text: string): AmountParse {
  const cleaned = text
    .trim()
    .replace(/\u2b50|\ufe0f|stars?|звёзд\S*|звезд\S*/giu, '')
    .replace(/[\s\u00a0\u202f]/g, '')
  if (/^[+-]?\d*[.,]\d+$/.test(cleaned) && !/^[+-]?\d{1,3}(?:,\d{3})+$/.test(cleaned))
    return { ok: false, reason: 'not-integer' }
  if (!/^[+-]?\d{1,3}(?:[,']\d{3})*$|^[+-]?\d+$/.test(cleaned)) return { ok: false, reason: 'not-a-number' }
  const n = Number(cleaned.replace(/[,']/g, ''))
  if (!Number.isSafeInteger(n)) return { ok: false, reason: 'too-large' }
  if (n < MIN_TIP) return { ok: false, reason: 'too-small' }
  if (n > MAX_TIP) return { ok: false, reason: 'too-large' }
  return { ok: true, amount: n }
}
