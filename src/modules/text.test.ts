import { describe, expect, it } from 'vitest'
import { graphemeLength, truncateText } from './text.js'

/** True when the string has no unpaired surrogate (i.e. encodes to valid UTF-8). */
const wellFormed = (s: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

describe('truncateText', () => {
  it('when the text fits, then it is returned unchanged', () => {
    expect(truncateText('Ясный Слон', 32)).toBe('Ясный Слон')
    expect(truncateText('', 5)).toBe('')
  })

  it('when the cut would fall inside an emoji, then the whole emoji is dropped, never half of it', () => {
    // 31 letters + 🦊 (2 code units): a plain .slice(0, 32) leaves a lone high surrogate
    const name = `${'a'.repeat(31)}🦊`
    expect(wellFormed(name.slice(0, 32))).toBe(false)
    const cut = truncateText(name, 32)
    expect(cut).toBe('a'.repeat(31))
    expect(wellFormed(cut)).toBe(true)
  })

  it('when ZWJ families, flags and combining marks are cut, then each stays whole or goes whole', () => {
    const family = '👩‍👩‍👧‍👦' // 11 code units, one grapheme
    expect(truncateText(`ab${family}`, 12)).toBe('ab')
    expect(truncateText(`ab${family}`, 13)).toBe(`ab${family}`)
    expect(truncateText('x🇷🇺🇩🇪', 6)).toBe('x🇷🇺')
    expect(truncateText('e\u0301e\u0301', 3)).toBe('e\u0301') // e + combining acute
    for (let max = 0; max < 20; max++) {
      const out = truncateText(`Тихий 🦊 Лис 👩‍👩‍👧‍👦 и 🇷🇺`, max)
      expect(out.length).toBeLessThanOrEqual(max)
      expect(wellFormed(out)).toBe(true)
    }
  })

  it('when an ellipsis is asked for, then a shortened text ends with it and still fits', () => {
    expect(truncateText('Спасибо за разговор', 10, { ellipsis: '…' })).toBe('Спасибо з…')
    expect(truncateText('Спасибо за разговор', 10, { ellipsis: '…' }).length).toBeLessThanOrEqual(10)
    expect(truncateText('коротко', 10, { ellipsis: '…' })).toBe('коротко')
  })
})

describe('graphemeLength', () => {
  it('when counting, then an emoji sequence is one character', () => {
    expect(graphemeLength('Лис 👩‍👩‍👧‍👦🇷🇺')).toBe(6)
  })
})
