import { describe, expect, it } from 'vitest'
import { type WordSearch, wordsAt } from './word-at.js'

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** The per-call regex `wordsAt` replaces, as the detectors built it. */
function viaRegex(
  text: string,
  word: string,
  src: { before: string; after: string; tail?: string },
  flags: string,
) {
  const re = new RegExp(`${src.before}${esc(word)}${src.tail ?? ''}${src.after}`, flags)
  return [...text.matchAll(re)].map((m) => ({ index: m.index, end: m.index + m[0].length }))
}

// a small alphabet with the hard cases: letters of both cases and scripts, look-alike case folds (ſ, K, ᲀ),
// an astral letter (a surrogate pair), separators the boundaries look at
const ALPHABET = [..."aAbBsSkKſKвВᲀоОтТᲅ1_.-/@' ", '𝐀', '\u0130', '\u0131']
function randomText(seed: number, length: number): string {
  let s = seed
  let out = ''
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648
    out += ALPHABET[s % ALPHABET.length]
  }
  return out
}

const CASES: {
  name: string
  words: string[]
  opts: WordSearch
  src: Parameters<typeof viaRegex>[2]
  flags: string
}[] = [
  {
    name: 'a letter boundary, case as typed',
    words: ['ab', 'Ab', 'вот', 'a-b', 'b.s'],
    opts: {},
    src: { before: '(?<![\\p{L}])', after: '(?![\\p{L}])' },
    flags: 'gu',
  },
  {
    name: 'any case (ſ, K and ᲀ fold as the iu flags fold them)',
    words: ['sk', 'ask', 'bas', 'вот', 'kk', '1в'],
    opts: { ignoreCase: true, before: /\p{L}/iu, after: /\p{L}/iu },
    src: { before: '(?<![\\p{L}])', after: '(?![\\p{L}])' },
    flags: 'giu',
  },
  {
    name: 'a letter-or-digit boundary with / and -',
    words: ['1в', '1/1', '11'],
    opts: { ignoreCase: true, before: /[\p{L}\p{N}/-]/iu, after: /[\p{L}\p{N}/-]/iu },
    src: { before: '(?<![\\p{L}\\p{N}/-])', after: '(?![\\p{L}\\p{N}/-])' },
    flags: 'giu',
  },
  {
    name: 'a sticky tail with its own lookahead',
    words: ['ab', 'sk_1'],
    opts: {
      ignoreCase: true,
      before: /[\p{L}\p{N}_@]/iu,
      after: null,
      tail: /(?:[._][A-Za-z0-9]+)*(?![\p{L}\p{N}_])/iuy,
    },
    src: { before: '(?<![\\p{L}\\p{N}_@])', after: '', tail: '(?:[._][A-Za-z0-9]+)*(?![\\p{L}\\p{N}_])' },
    flags: 'giu',
  },
  {
    name: 'a greedy tail and no check after',
    words: ['ab', 'в'],
    opts: { before: /[\p{L}\p{N}._-]/u, after: null, tail: /[\p{L}\p{N}._-]*/uy },
    src: { before: '(?<![\\p{L}\\p{N}._-])', after: '', tail: '[\\p{L}\\p{N}._-]*' },
    flags: 'gu',
  },
  {
    name: 'no check before',
    words: ['Ab', 'ab'],
    opts: { before: null },
    src: { before: '', after: '(?![\\p{L}])' },
    flags: 'gu',
  },
]

describe('wordsAt', () => {
  for (const c of CASES)
    it(`when the boundary is ${c.name}, then it finds what the regex finds on 3,000 random texts`, () => {
      for (let seed = 1; seed <= 3000; seed++) {
        const text = randomText(seed, 4 + (seed % 40))
        for (const w of c.words)
          expect(wordsAt(text, w, c.opts), `${w} in ${text}`).toEqual(viaRegex(text, w, c.src, c.flags))
      }
    })

  it('when a word is typed in another case, then it is found only with ignoreCase', () => {
    expect(wordsAt('Megan and MEGAN', 'megan')).toEqual([])
    expect(wordsAt('Megan and MEGAN', 'megan', { ignoreCase: true })).toEqual([
      { index: 0, end: 5 },
      { index: 10, end: 15 },
    ])
  })

  it('when the word sits inside a longer word (any script), then it is not found there', () => {
    expect(wordsAt('Петровы и Петров', 'Петров')).toEqual([{ index: 10, end: 16 }])
    expect(wordsAt('thompsons, thompson.', 'thompson')).toEqual([{ index: 11, end: 19 }])
  })

  it('when the word is empty, then nothing is found', () => {
    expect(wordsAt('abc', '')).toEqual([])
  })
})
