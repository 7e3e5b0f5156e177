import { describe, expect, it } from 'vitest'
import { seededRandom as prng } from '../seeded-random.js'
import { BPS_DENOMINATOR, MAX_SPLIT_AMOUNT, splitTip } from './commission.js'

/** Reference implementation in BigInt: exact floor division, no floating point at all. */
function reference(amount: number, providerBps: number, commissionBps: number) {
  const a = BigInt(amount)
  const fee = (a * BigInt(providerBps)) / 10_000n
  let commission = (a * BigInt(commissionBps)) / 10_000n
  if (commission > a - fee) commission = a - fee
  return { providerFee: Number(fee), commission: Number(commission), net: Number(a - fee - commission) }
}

describe('splitTip', () => {
  it('when a tip is split with any rates, then the parts are non-negative integers that add up to the amount and match exact floor division', () => {
    const rnd = prng(20_240_607)
    const amounts = [0, 1, 2, 3, 7, 9, 10, 11, 99, 101, 333, 9_999, 10_000, 2_147_483_647, MAX_SPLIT_AMOUNT]
    const bpsEdges = [0, 1, 2, 333, 999, 1_000, 1_500, 3_000, 5_000, 9_999, 10_000]
    const cases: [number, number, number][] = []
    for (const a of amounts) for (const p of bpsEdges) for (const c of bpsEdges) cases.push([a, p, c])
    for (let i = 0; i < 20_000; i++) {
      const amount = i % 3 === 0 ? Math.floor(rnd() * 10_001) : Math.floor(rnd() * MAX_SPLIT_AMOUNT) // small and huge
      cases.push([amount, Math.floor(rnd() * 10_001), Math.floor(rnd() * 10_001)])
    }
    for (const [amount, providerFeeBps, commissionBps] of cases) {
      const s = splitTip(amount, { providerFeeBps, commissionBps })
      expect(s.amount).toBe(amount)
      for (const part of [s.providerFee, s.commission, s.net]) {
        expect(Number.isSafeInteger(part)).toBe(true)
        expect(part).toBeGreaterThanOrEqual(0)
      }
      expect(s.providerFee + s.commission + s.net).toBe(amount)
      expect({ providerFee: s.providerFee, commission: s.commission, net: s.net }).toEqual(
        reference(amount, providerFeeBps, commissionBps),
      )
    }
  })

  it('when the amount is 1 star, then the fractional fees round down and the helper gets the star', () => {
    expect(splitTip(1, { providerFeeBps: 3_000, commissionBps: 1_000 })).toEqual({
      amount: 1,
      providerFee: 0,
      commission: 0,
      net: 1,
    })
  })

  it('when the amount is odd, then each deduction is floored separately', () => {
    // 25 × 10 % = 2.5 → 2; 25 × 30 % = 7.5 → 7; net 16
    expect(splitTip(25, { providerFeeBps: 3_000, commissionBps: 1_000 })).toEqual({
      amount: 25,
      providerFee: 7,
      commission: 2,
      net: 16,
    })
    expect(splitTip(333, { providerFeeBps: 0, commissionBps: 1_500 })).toMatchObject({
      commission: 49,
      net: 284,
    })
  })

  it('when both rates are 0 bps, then the helper gets everything', () => {
    expect(splitTip(10_000, { providerFeeBps: 0, commissionBps: 0 })).toMatchObject({
      providerFee: 0,
      commission: 0,
      net: 10_000,
    })
  })

  it('when a rate is 10000 bps, then that party takes everything and net is 0, never negative', () => {
    expect(splitTip(77, { providerFeeBps: 0, commissionBps: BPS_DENOMINATOR })).toMatchObject({
      commission: 77,
      net: 0,
    })
    expect(splitTip(77, { providerFeeBps: BPS_DENOMINATOR, commissionBps: BPS_DENOMINATOR })).toMatchObject({
      providerFee: 77,
      commission: 0,
      net: 0,
    })
    // 60 % + 60 %: the commission is capped at what is left after Telegram's fee
    expect(splitTip(100, { providerFeeBps: 6_000, commissionBps: 6_000 })).toEqual({
      amount: 100,
      providerFee: 60,
      commission: 40,
      net: 0,
    })
  })

  it('when the amount is very large, then integer math stays exact', () => {
    expect(splitTip(MAX_SPLIT_AMOUNT, { providerFeeBps: 9_999, commissionBps: 1 })).toEqual({
      amount: MAX_SPLIT_AMOUNT,
      ...reference(MAX_SPLIT_AMOUNT, 9_999, 1),
    })
    expect(splitTip(2_147_483_647, { providerFeeBps: 3_333, commissionBps: 1_111 })).toEqual({
      amount: 2_147_483_647,
      ...reference(2_147_483_647, 3_333, 1_111),
    })
  })

  it('when inputs are out of range, then it throws instead of producing a wrong split', () => {
    expect(() => splitTip(-1, { providerFeeBps: 0, commissionBps: 0 })).toThrow(RangeError)
    expect(() => splitTip(1.5, { providerFeeBps: 0, commissionBps: 0 })).toThrow(RangeError)
    expect(() => splitTip(MAX_SPLIT_AMOUNT + 1, { providerFeeBps: 0, commissionBps: 0 })).toThrow(RangeError)
    expect(() => splitTip(10, { providerFeeBps: 10_001, commissionBps: 0 })).toThrow(RangeError)
    expect(() => splitTip(10, { providerFeeBps: 0, commissionBps: -1 })).toThrow(RangeError)
    expect(() => splitTip(10, { providerFeeBps: 0, commissionBps: 0.5 })).toThrow(RangeError)
  })
})
