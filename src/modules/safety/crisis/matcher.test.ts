import { describe, expect, it } from 'vitest'
import { findAll, type MToken, PatternSet } from './matcher.js'
import { compile } from './pattern.js'
import { stem } from './stem.js'

/** Tokens built by hand: one sentence, no clause breaks. */
const toks = (s: string): MToken[] => s.split(' ').map((text) => ({ text, brk: 0, stem: stem(text) }))

describe('crisis pattern compiler', () => {
  it('when a stem or prefix alternative holds "_" (a word sequence without its "="), then compiling fails instead of keeping an alternative that can never match', () => {
    expect(() => compile('=why_not_me !who|instead_of_him')).toThrow(/instead_of_him/)
    expect(() => compile('=tired ~2 of_it*')).toThrow(/of_it\*/)
  })

  it('when a word sequence has its "=", then it compiles', () => {
    expect(compile('=why_not_me !who|=instead_of_him')).toHaveLength(2)
  })
})

describe('crisis pattern matcher', () => {
  it("when a word sequence and a one-word alternative start alike and the next element needs the sequence's second word, then the one-word reading matches", () => {
    const p = compile('=нашла|=нашла_у ~1 =у')
    expect(findAll(p, toks('я нашла у мамы'))).toEqual([[1, 3]])
    const set = new PatternSet<string>()
    set.add(p, 'found')
    expect(set.match(toks('я нашла у мамы'))).toEqual([{ payload: 'found', start: 1, end: 3 }])
    expect(set.some(toks('я нашла у мамы'))).toBe(true)
  })

  it("when two word sequences start alike and the next element needs the longer one's last word, then the shorter one matches", () => {
    const p = compile('=took_all|=took_all_the ~1 =the pills')
    expect(findAll(p, toks('i took all the pills'))).toEqual([[1, 5]])
  })

  it('when the longest alternative lets the rest match, then it is still the one taken', () => {
    expect(findAll(compile('=нашла|=нашла_у ~1 мамы'), toks('я нашла у мамы'))).toEqual([[1, 4]])
    expect(findAll(compile('=нашла|=нашла_у'), toks('я нашла у мамы'))).toEqual([[1, 3]])
  })

  it('when no reading of the slot lets the rest match, then there is no match', () => {
    expect(findAll(compile('=нашла|=нашла_у =у'), toks('я нашла мамы'))).toEqual([])
  })
})
