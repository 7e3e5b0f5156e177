/**
 * Plain string search for a word found in the text itself (a found name's surname, a handle, a house number),
 * instead of a `new RegExp(word)` built per call. V8 caches compiled regexes by source, so such a regex costs a
 * compilation (a `u` pattern with `\p{L}` classes is expensive) on every text the process has not seen — the
 * main per-text cost of `anonymize` on fresh text (round 26).
 */

export type WordSearch = {
  /** The code point right before the word must not match this (default: a letter). `null`: no check. */
  readonly before?: RegExp | null
  /** The code point right after the word (or after `tail`) must not match this (default: a letter). */
  readonly after?: RegExp | null
  /** Compare as the `iu` flags do; for words of ASCII letters, digits, `_`, `/` and Russian letters only. */
  readonly ignoreCase?: boolean
  /** A sticky (`y`) regex matched right after the word: its match extends the found span; no match, no span. */
  readonly tail?: RegExp
}

export type WordSpan = { readonly index: number; readonly end: number }

const LETTER_RE = /\p{L}/u

// Simple case folding (what the `iu` flags compare) where it differs from toLowerCase for characters that fold
// into ASCII or Russian letters: the long s, the Kelvin sign, the old Cyrillic letter variants.
const FOLD: Readonly<Record<string, string>> = {
  ſ: 's',
  K: 'k',
  ᲀ: 'в',
  ᲁ: 'д',
  ᲂ: 'о',
  ᲃ: 'с',
  ᲄ: 'т',
  ᲅ: 'т',
  ᲆ: 'ъ',
}

function fold(c: string): string {
  const f = FOLD[c]
  if (f !== undefined) return f
  const l = c.toLowerCase()
  return l.length === 1 ? l : c
}

function sameAt(text: string, at: number, word: string, ignoreCase: boolean): boolean {
  if (!ignoreCase) return text.startsWith(word, at)
  if (at + word.length > text.length) return false
  for (let j = 0; j < word.length; j++) {
    const t = text[at + j] as string
    const w = word[j] as string
    if (t !== w && fold(t) !== fold(w)) return false
  }
  return true
}

/** The code point ending right before `i` (a surrogate pair whole, as a `u` lookbehind reads it). */
function codePointBefore(text: string, i: number): string {
  if (i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2))) return text.slice(i - 2, i)
  return text[i - 1] as string
}

function codePointAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) as number)
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** A `u` regex never matches half a surrogate pair: no span starts or ends inside one. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i))
}

function firstAt(text: string, word: string, from: number, ignoreCase: boolean): number {
  if (!ignoreCase) return text.indexOf(word, from)
  for (let i = from; i + word.length <= text.length; i++) if (sameAt(text, i, word, true)) return i
  return -1
}

/**
 * Every place `word` (non-empty) stands alone in `text`, left to right and not overlapping — what
 * `text.matchAll(new RegExp('(?<![\\p{L}])' + escaped(word) + tail + '(?![\\p{L}])', 'gu'))` finds, with the
 * boundary classes, the `i` flag and the tail as options. `before`, `after` and `tail` must be built with
 * the flags the replaced pattern had (`before`/`after` neither global nor sticky).
 */
export function wordsAt(text: string, word: string, opts: WordSearch = {}): WordSpan[] {
  const before = opts.before === undefined ? LETTER_RE : opts.before
  const after = opts.after === undefined ? LETTER_RE : opts.after
  const ignoreCase = opts.ignoreCase ?? false
  const out: WordSpan[] = []
  if (word === '') return out
  let from = 0
  for (
    let at = firstAt(text, word, from, ignoreCase);
    at !== -1;
    at = firstAt(text, word, from, ignoreCase)
  ) {
    from = at + 1
    if (splitsPair(text, at) || splitsPair(text, at + word.length)) continue
    if (before && at > 0 && before.test(codePointBefore(text, at))) continue
    let end = at + word.length
    if (opts.tail) {
      opts.tail.lastIndex = end
      const m = opts.tail.exec(text)
      if (!m) continue
      end += m[0].length
    }
    if (after && end < text.length && after.test(codePointAt(text, end))) continue
    out.push({ index: at, end })
    from = end
  }
  return out
}
