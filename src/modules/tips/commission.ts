/** Telegram Stars have no minor units: 1 ⭐ = 1. One basis point = 1/100 of a percent. */
export const BPS_DENOMINATOR = 10_000

/** Largest amount whose `amount × 10000` is still a safe integer. */
export const MAX_SPLIT_AMOUNT = Math.floor(Number.MAX_SAFE_INTEGER / BPS_DENOMINATOR)

export type CommissionRates = {
  /** Telegram's cut, in basis points of the gross amount (0–10000). */
  providerFeeBps: number
  /** Our service commission, in basis points of the gross amount (0–10000). */
  commissionBps: number
}

export type TipSplit = {
  /** Gross Stars paid by the supported user. */
  amount: number
  providerFee: number
  commission: number
  /** What the helper is credited: amount − providerFee − commission, never negative. */
  net: number
}

/** floor(a × b / 10000) for non-negative safe integers, without floating-point division. */
function mulDivFloor(a: number, bps: number): number {
  const x = a * bps
  return (x - (x % BPS_DENOMINATOR)) / BPS_DENOMINATOR
}

function assertBps(name: string, bps: number): void {
  if (!Number.isSafeInteger(bps) || bps < 0 || bps > BPS_DENOMINATOR)
    throw new RangeError(`${name} must be an integer 0..${BPS_DENOMINATOR}, got ${bps}`)
}

/**
 * Splits a tip into Telegram's fee, our commission and the helper's net — integer math only.
 *
 * Rounding (documented because receipts and the ledger must agree to the star):
 * - provider fee = floor(amount × providerFeeBps / 10000)
 * - commission   = floor(amount × commissionBps / 10000), capped at amount − provider fee
 * - net          = amount − provider fee − commission (≥ 0)
 * Both deductions round down, so any fractional star goes to the helper. The cap only bites when the
 * two rates add up to more than 100 %; then the helper gets 0 and the commission takes the rest.
 * `amount × bps` must stay a safe integer (amount ≤ 2^53 / 10000 ≈ 9 × 10^11), far above any
 * amount a Postgres `integer` column can hold.
 */
export function splitTip(amount: number, rates: CommissionRates): TipSplit {
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > MAX_SPLIT_AMOUNT)
    throw new RangeError(`amount must be an integer 0..${MAX_SPLIT_AMOUNT}, got ${amount}`)
  assertBps('providerFeeBps', rates.providerFeeBps)
  assertBps('commissionBps', rates.commissionBps)
  const providerFee = mulDivFloor(amount, rates.providerFeeBps)
  const commission = Math.min(mulDivFloor(amount, rates.commissionBps), amount - providerFee)
  return { amount, providerFee, commission, net: amount - providerFee - commission }
}
