import type { PremiumMonths, RedeemChoice } from '../../modules/tips/redeem.js'

/** Telegram's limit for callback_data (bytes). */
export const CALLBACK_DATA_MAX = 64

/** The buttons of the /balance flow: pick an item, confirm it, cancel, open the menu. */
export type RedeemButton =
  | { action: 'menu' }
  | { action: 'pick'; choice: RedeemChoice }
  | { action: 'confirm'; choice: RedeemChoice }
  | { action: 'cancel' }

const choicePart = (c: RedeemChoice) => (c.kind === 'gift' ? `g:${c.giftId}` : `p:${c.months}`)

/** `rdm:menu`, `rdm:pick:g:<giftId>`, `rdm:ok:p:<months>`, `rdm:x` — checked against the 64-byte limit. */
export function packRedeem(b: RedeemButton): string {
  const data =
    b.action === 'menu'
      ? 'rdm:menu'
      : b.action === 'cancel'
        ? 'rdm:x'
        : `rdm:${b.action === 'pick' ? 'pick' : 'ok'}:${choicePart(b.choice)}`
  if (Buffer.byteLength(data) > CALLBACK_DATA_MAX)
    throw new Error(`callback data over ${CALLBACK_DATA_MAX} bytes`)
  return data
}

/** The button a callback_data stands for, or null when it isn't one of ours (or is malformed). */
export function unpackRedeem(data: string): RedeemButton | null {
  if (data === 'rdm:menu') return { action: 'menu' }
  if (data === 'rdm:x') return { action: 'cancel' }
  const m = /^rdm:(pick|ok):(?:g:([\w-]{1,40})|p:(3|6|12))$/.exec(data)
  if (!m) return null
  const choice: RedeemChoice = m[2]
    ? { kind: 'gift', giftId: m[2] }
    : { kind: 'premium', months: Number(m[3]) as PremiumMonths }
  return { action: m[1] === 'pick' ? 'pick' : 'confirm', choice }
}

/** Matches every redeem button (for `callbackQuery(REDEEM_DATA, …)`). */
export const REDEEM_DATA = /^rdm:/
