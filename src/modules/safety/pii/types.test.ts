import { describe, expect, it } from 'vitest'
import { matchesOf } from './types.js'

const viaMatchAll = (re: RegExp, text: string) =>
  [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m])
const viaMatchesOf = (re: RegExp, text: string) => matchesOf(re, text).map((m) => [m.index, ...m])

describe('matchesOf', () => {
  it.each([
    [/\d+/g, 'a 12 b 345 c 6'],
    [/(?<![\p{L}\p{N}])@(\w+)/gu, 'пиши @lena_k или @bob, не @'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}*/gu, '😀ab 😀'],
    [/\d+/g, 'no digits here'],
  ])('when %s runs over %j, then it gives what matchAll gives', (re, text) => {
    expect(viaMatchesOf(re, text)).toEqual(viaMatchAll(re, text))
  })

  it('when the regex was left mid-string by an earlier exec, then it still starts at 0 and ends at 0', () => {
    const re = /\d/g
    re.exec('1 2 3')
    expect(matchesOf(re, '1 2 3').map((m) => m.index)).toEqual([0, 2, 4])
    expect(re.lastIndex).toBe(0)
  })

  it('when the loop body runs the same regex on another text, then the matches already found stay', () => {
    const re = /\d/g
    const seen: number[] = []
    for (const m of matchesOf(re, 'a1b2')) {
      matchesOf(re, '99999')
      seen.push(m.index)
    }
    expect(seen).toEqual([1, 3])
  })

  it('when the regex is not global, then it throws as matchAll does', () => {
    expect(() => matchesOf(/\d/, '1')).toThrow(TypeError)
  })
})
