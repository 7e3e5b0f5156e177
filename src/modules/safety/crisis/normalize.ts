/**
 * Text → tokens for the crisis detector. Pure and synchronous.
 *
 * Steps, in this order because each relies on the previous one:
 * 1. NFKC (fullwidth, ligatures), look-alikes decided per token *before* lower-casing (Latin `H`/`B`/`M`
 *    only look Cyrillic in capitals), then lower case and `ё → е`;
 * 2. apostrophes dropped inside words (`don't → dont`), every other non-letter/digit is a token boundary,
 *    sentence punctuation and commas are kept as clause breaks;
 * 3. leetspeak inside a word (`k1ll`, `su1c1d3`, `у6ить`) and Latin/Cyrillic look-alikes in a mixed-script
 *    word (`xoчу`, `yмереть`) are folded to the word's main script;
 * 4. letters repeated 3+ times squeezed (Cyrillic to one, Latin to two: `хочууу → хочу`, `killlll → kill`);
 * 5. glued words split when a long token is entirely made of known crisis words (`хочуумереть`,
 *    `iwanttodie`).
 */

import { countScripts, SCRIPT, type ScriptCounts } from './scripts.js'
import { rawWord, type WordKey } from './words.js'

export { countScripts, type ScriptCounts } from './scripts.js'
export type { WordKey } from './words.js'

export type Lang = 'ru' | 'en'

/** One normalised word; `brk` marks a clause break *before* this token (comma, full stop, «но», "but"). */
export type Token = {
  text: string
  brk: 0 | 1 | 2
  /** For a Latin word with a letter stretched 3+ times: the spelling with that letter single
   * ("whaaats" → text `whaats`, alt `whats`); the detector picks whichever its rules know. */
  alt?: string
  /** The same object for each token of the same word (see WordKey); absent on tokens made elsewhere. */
  key?: WordKey
}

/**
 * Normalised tokens with clause breaks. `brk` 2 = sentence break (. ! ? ; newline), 1 = clause break
 * (comma, dash, «но»/"but"/…), 0 = none. `key` identifies the word part (see WordKey).
 */
export function tokenize(text: string): Token[] {
  const src = text.normalize('NFKC').replace(/[’'`ʼ]/g, '')
  // one pass over the text finds the runs and counts the scripts (detectLang(src), without a second pass)
  const runs = scanRuns(src)
  const preferCyr = langOf(scanCyr, scanLat, scanCyrOnly, scanLatOnly) === 'ru'
  const out: Token[] = []
  let pending: 0 | 1 | 2 = 0
  for (let r = 0; r < runs; r++) {
    const before = runBrk[r]! as 0 | 1 | 2
    if (before > pending) pending = before
    const w = rawWord(src, runFrom[r]!, runTo[r]!, runHash[r]!, preferCyr)
    if (w.skip) {
      pending = 2
      continue
    }
    const one = w.one
    if (one !== undefined) {
      // one object shape for every token (alt undefined when none), which the detector extends in place
      if (one.clause && pending < 1) pending = 1
      out.push({ text: one.text, brk: pending, alt: one.alt, key: one })
      pending = 0
    } else
      for (const p of w.parts) {
        if (p.clause && pending < 1) pending = 1
        out.push({ text: p.text, brk: pending, alt: p.alt, key: p })
        pending = 0
      }
    if (w.bang) pending = 2
  }
  return out
}

/**
 * Splits normalised text into word runs (`word`) and the breaks between them (`brk`: the strongest break
 * since the previous run, before it; the last one after all runs), and returns the text's letters by script
 * (countScripts(src)). The callback form of the scan tokenize reads from buffers; exported for its test.
 */
export function forEachRun(
  src: string,
  word: (from: number, to: number, hash: number) => void,
  brk: (level: 1 | 2) => void,
): ScriptCounts {
  const runs = scanRuns(src)
  const counts = { cyr: scanCyr, lat: scanLat, cyrOnly: scanCyrOnly, latOnly: scanLatOnly }
  const trail = scanTrail
  // copied: a callback may tokenize again, which reuses the buffers
  const from = runFrom.slice(0, runs)
  const to = runTo.slice(0, runs)
  const hash = runHash.slice(0, runs)
  const before = runBrk.slice(0, runs)
  for (let r = 0; r < runs; r++) {
    if (before[r]! > 0) brk(before[r] as 1 | 2)
    word(from[r]!, to[r]!, hash[r]!)
  }
  if (trail > 0) brk(trail as 1 | 2)
  return counts
}

/** scanRuns' output: per run its start, end, hash and the strongest break before it; reused across calls. */
let runFrom = new Int32Array(1024)
let runTo = new Int32Array(1024)
let runHash = new Int32Array(1024)
let runBrk = new Uint8Array(1024)
/** The strongest break after the last run, and the text's letters by script (countScripts). */
let scanTrail = 0
let scanCyr = 0
let scanLat = 0
let scanCyrOnly = 0
let scanLatOnly = 0

/**
 * Word characters (letters, digits, leet `@$!|`) are runs; between runs, a run of `. ? ; : …` (going on
 * over `!` and newlines) and a newline not preceded by other whitespace break sentences, `, ( ) — – -` clauses, anything else
 * nothing: the same reading as the alternation
 * `([\p{L}\p{N}@$!|]+)|([.!?;:\n…]+)|([,()—–-]+)|(\s+)|([^\s])` it replaces, without a match object per
 * run. Code units below 0x500 (ASCII, Latin, Cyrillic) are read from tables; every unit is visited once, and
 * the Cyrillic and Latin letters are counted on the way (as countScripts counts them). Returns the run count.
 */
function scanRuns(src: string): number {
  const n = src.length
  if (runFrom.length < n + 1) {
    runFrom = new Int32Array(n + 1)
    runTo = new Int32Array(n + 1)
    runHash = new Int32Array(n + 1)
    runBrk = new Uint8Array(n + 1)
  }
  let cyr = 0
  let lat = 0
  let cyrOnly = 0
  let latOnly = 0
  let runs = 0
  let pending = 0
  let i = 0
  while (i < n) {
    let j = i
    // FNV-1a over the run's code units, kept a small integer: the run's look-up key before any slice
    let h = 0x811c9dc5
    for (;;) {
      const c = src.charCodeAt(j)
      if (c < 0x500) {
        const k = UNIT[c]!
        if ((k & U_WORD) === 0) break
        if ((k & U_LETTER) !== 0) {
          if ((k & U_CYR) !== 0) {
            cyr++
            if ((k & U_ONLY) !== 0) cyrOnly++
          } else {
            lat++
            if ((k & U_ONLY) !== 0) latOnly++
          }
        }
        h = Math.imul(h ^ c, 16777619)
        j++
        continue
      }
      const u = wordUnits(src, j)
      if (u === 0) break
      for (const end = j + u; j < end; j++) h = Math.imul(h ^ src.charCodeAt(j), 16777619)
    }
    if (j > i) {
      runFrom[runs] = i
      runTo[runs] = j
      runHash[runs] = (h >>> 2) & 0x3fffffff
      runBrk[runs] = pending
      runs++
      pending = 0
      i = j
      continue
    }
    const c = src.charCodeAt(i)
    const k = c < 0x500 ? UNIT[c]! : 0
    // a Cyrillic sign that is no letter (҂, combining marks) still counts as Cyrillic, as in countScripts
    if ((k & U_LETTER) !== 0) {
      if ((k & U_CYR) !== 0) {
        cyr++
        if ((k & U_ONLY) !== 0) cyrOnly++
      } else {
        lat++
        if ((k & U_ONLY) !== 0) latOnly++
      }
    }
    // a newline right after other whitespace is part of that whitespace run (no break), as it always was
    if ((k & U_SENTENCE) !== 0 || c === 0x2026 || (c === 10 && (i === 0 || !/\s/.test(src[i - 1]!)))) {
      pending = 2
      // the run of sentence punctuation goes on over "!" and newlines («?!», «.\n»); none is a letter
      i++
      for (;;) {
        const d = src.charCodeAt(i)
        if (!(d < 0x500 ? (UNIT[d]! & U_SENTENCE_RUN) !== 0 : d === 0x2026)) break
        i++
      }
      continue
    }
    if ((k & U_CLAUSE) !== 0 || c === 0x2014 || c === 0x2013) pending = Math.max(pending, 1)
    i++
  }
  scanTrail = pending
  scanCyr = cyr
  scanLat = lat
  scanCyrOnly = cyrOnly
  scanLatOnly = latOnly
  return runs
}

/** Per code unit below 0x500: what scanRuns needs to know, from the regexes and tables above. */
const U_WORD = 1
/** A letter either script counts (SCRIPT ≠ 0), Cyrillic, with no look-alike in the other script. */
const U_LETTER = 2
const U_CYR = 4
const U_ONLY = 8
/** `. ? ; : …` start a sentence break; `. ! ? ; : \n …` continue one (… is above 0x500: checked apart). */
const U_SENTENCE = 16
const U_SENTENCE_RUN = 32
/** `, ( ) — – -` (the dashes are above 0x500: checked apart). */
const U_CLAUSE = 64
const UNIT = new Uint8Array(0x500)
for (let c = 0; c < UNIT.length; c++) {
  const ch = String.fromCharCode(c)
  const script = SCRIPT[c]!
  UNIT[c] =
    (/[\p{L}\p{N}@$!|]/u.test(ch) ? U_WORD : 0) |
    (script !== 0 ? U_LETTER : 0) |
    (script === 1 || script === 2 ? U_CYR : 0) |
    (script === 2 || script === 4 ? U_ONLY : 0) |
    ('.?;:'.includes(ch) ? U_SENTENCE : 0) |
    ('.!?;:\n'.includes(ch) ? U_SENTENCE_RUN : 0) |
    (',()-'.includes(ch) ? U_CLAUSE : 0)
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

/** UTF-16 units of the word character at i (2 for an astral letter), 0 when it is not one. */
function wordUnits(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c < 0x500) return UNIT[c]! & U_WORD
  if (Number.isNaN(c)) return 0
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0
  }
  return LETTER_OR_DIGIT.test(s[i]!) ? 1 : 0
}

/** ru when the text has more Cyrillic than Latin letters. */
export function detectLang(text: string): Lang {
  const { cyr, lat, cyrOnly, latOnly } = countScripts(text)
  return langOf(cyr, lat, cyrOnly, latOnly)
}

export function langOf(cyr: number, lat: number, cyrOnly: number, latOnly: number): Lang {
  if (cyrOnly !== latOnly) return cyrOnly > latOnly ? 'ru' : 'en'
  return cyr > lat ? 'ru' : 'en'
}

/**
 * `detectLang(words.map((w) => w.text).join(' '))` without building the joined text (spaces count for
 * neither); `counts` may read a word's memoised countScripts instead of counting again.
 */
export function detectLangOfWords<W extends { text: string }>(
  words: readonly W[],
  counts: (w: W) => ScriptCounts = (w) => countScripts(w.text),
): Lang {
  let cyr = 0
  let lat = 0
  let cyrOnly = 0
  let latOnly = 0
  for (const w of words) {
    const c = counts(w)
    cyr += c.cyr
    lat += c.lat
    cyrOnly += c.cyrOnly
    latOnly += c.latOnly
  }
  return langOf(cyr, lat, cyrOnly, latOnly)
}
