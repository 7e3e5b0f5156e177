import { describe, expect, it } from 'vitest'
import { encodeTipPayload, MAX_PAYLOAD_BYTES, parseTipAmount, parseTipPayload } from './payload.js'

describe('tip payload', () => {
  it('when a payload is encoded, then it parses back to the same ids and stays within 128 bytes', () => {
    const s = encodeTipPayload({ sessionId: 2_147_483_647, recipientId: 2_147_483_646, amount: 10_000 })
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES)
    expect(s).toMatch(/^tip:v1:2147483647:2147483646:10000:[0-9a-f]{12}$/)
    expect(parseTipPayload(s)).toMatchObject({
      sessionId: 2_147_483_647,
      recipientId: 2_147_483_646,
      amount: 10_000,
    })
  })

  it('when two invoices are made for the same tip, then their payloads differ by nonce', () => {
    const a = encodeTipPayload({ sessionId: 1, recipientId: 2, amount: 10 })
    const b = encodeTipPayload({ sessionId: 1, recipientId: 2, amount: 10 })
    expect(a).not.toBe(b)
  })

  it('when a payload is malformed or out of range, then it does not parse', () => {
    for (const bad of [
      '',
      'tip',
      'tip:v2:1:2:10:abcdef12',
      'tip:v1:1:2:10',
      'tip:v1:0:2:10:abcdef12',
      'tip:v1:1:2:0:abcdef12',
      'tip:v1:1:2:10001:abcdef12',
      'tip:v1:01:2:10:abcdef12',
      'tip:v1:1:2:10:ABCDEF12',
      'tip:v1:9999999999:2:10:abcdef12',
      'tip:v1:1:2:10:abcdef12:extra',
      ` tip:v1:1:2:10:abcdef12`,
      `tip:v1:1:2:10:${'a'.repeat(200)}`,
    ])
      expect(parseTipPayload(bad), bad).toBeNull()
  })

  it('when encoding impossible values, then it throws', () => {
    expect(() => encodeTipPayload({ sessionId: 0, recipientId: 1, amount: 10 })).toThrow(RangeError)
    expect(() => encodeTipPayload({ sessionId: 1, recipientId: 1, amount: 10_001 })).toThrow(RangeError)
  })
})

describe('parseTipAmount', () => {
  it('when the user types a whole number 1..10000 (with spaces, ⭐ or separators), then it is accepted', () => {
    const ok: [string, number][] = [
      ['1', 1],
      [' 30 ', 30],
      ['10000', 10_000],
      ['1 000', 1_000],
      ['1,000', 1_000],
      ['50⭐', 50],
      ['⭐️ 75', 75],
      ['100 stars', 100],
      ['200 звёзд', 200],
      ['+5', 5],
    ]
    for (const [text, amount] of ok) expect(parseTipAmount(text), text).toEqual({ ok: true, amount })
  })

  it('when the user types something that is not a valid amount, then the reason says why', () => {
    const bad: [string, string][] = [
      ['', 'not-a-number'],
      ['abc', 'not-a-number'],
      ['10 or 20', 'not-a-number'],
      ['1e3', 'not-a-number'],
      ['2.5', 'not-integer'],
      ['1,5', 'not-integer'],
      ['0', 'too-small'],
      ['-5', 'too-small'],
      ['10001', 'too-large'],
      ['99999999999999999999', 'too-large'],
    ]
    for (const [text, reason] of bad) expect(parseTipAmount(text), text).toEqual({ ok: false, reason })
  })
})
