import { describe, expect, it } from 'vitest'
import { CALLBACK_DATA_MAX, packRedeem, unpackRedeem } from './redeem-callback.js'

describe('redeem callback data', () => {
  it('when a button is packed, then unpacking gives the same button back', () => {
    const buttons = [
      { action: 'menu' },
      { action: 'cancel' },
      { action: 'pick', choice: { kind: 'gift', giftId: '5170145012310081615' } },
      { action: 'confirm', choice: { kind: 'gift', giftId: '5170145012310081615' } },
      { action: 'pick', choice: { kind: 'premium', months: 6 } },
      { action: 'confirm', choice: { kind: 'premium', months: 12 } },
    ] as const
    for (const b of buttons) expect(unpackRedeem(packRedeem(b))).toEqual(b)
  })

  it('when data is not ours or malformed, then it unpacks to null', () => {
    for (const d of ['tip:1', 'rdm:', 'rdm:ok:p:4', 'rdm:pick:g:', 'rdm:ok:g:a b', 'rdm:pick:x:1'])
      expect(unpackRedeem(d)).toBeNull()
  })

  it('when a gift id would push the data past 64 bytes, then packing refuses', () => {
    expect(() =>
      packRedeem({ action: 'confirm', choice: { kind: 'gift', giftId: 'x'.repeat(CALLBACK_DATA_MAX) } }),
    ).toThrow(/64 bytes/)
  })
})
