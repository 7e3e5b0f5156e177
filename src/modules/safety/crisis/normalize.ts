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

const LAT_TO_CYR: Record<string, string> = {
  a: 'а',
  A: 'А',
  B: 'В',
  c: 'с',
  C: 'С',
  e: 'е',
  E: 'Е',
  H: 'Н',
  k: 'к',
  K: 'К',
  M: 'М',
  o: 'о',
  O: 'О',
  p: 'р',
  P: 'Р',
  T: 'Т',
  x: 'х',
  X: 'Х',
  y: 'у',
  Y: 'У',
  u: 'и',
  m: 'м',
  t: 'т',
  r: 'г',
  n: 'п',
  b: 'ь',
}
const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  и: 'u',
  г: 'r',
  п: 'n',
  ь: 'b',
  і: 'i',
  ј: 'j',
  ѕ: 's',
}
const LEET_CYR: Record<string, string> = {
  '0': 'о',
  '3': 'з',
  '4': 'ч',
  '6': 'б',
  '@': 'а',
  '8': 'в',
  '1': 'и',
  '9': 'д',
}
const LEET_LAT: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '8': 'b',
  '|': 'l',
}

const CYR = /[\u0400-\u04ff]/
const LAT = /[a-z]/i

/**
 * Per UTF-16 unit: 1 Cyrillic, 2 Cyrillic with no Latin look-alike, 3 Latin, 4 Latin with no Cyrillic
 * look-alike, 0 other; built once from CYR, LAT and the look-alike tables so it cannot drift from them.
 * (Astral characters are neither script, and neither are their surrogate halves.)
 */
const SCRIPT = new Uint8Array(0x500)
for (let c = 0; c < SCRIPT.length; c++) {
  const ch = String.fromCharCode(c)
  if (CYR.test(ch)) SCRIPT[c] = CYR_TO_LAT[ch.toLowerCase()] ? 1 : 2
  else if (LAT.test(ch)) SCRIPT[c] = LAT_TO_CYR[ch] ? 3 : 4
}

/** Letters of each script in a text (countScripts). */
export type ScriptCounts = { cyr: number; lat: number; cyrOnly: number; latOnly: number }

/** Cyrillic and Latin letters in `s`, and how many of each have no look-alike in the other script. */
export function countScripts(s: string): ScriptCounts {
  let cyr = 0
  let lat = 0
  let cyrOnly = 0
  let latOnly = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x500) continue
    const k = SCRIPT[c]!
    if (k === 0) continue
    if (k <= 2) {
      cyr++
      if (k === 2) cyrOnly++
    } else {
      lat++
      if (k === 4) latOnly++
    }
  }
  return { cyr, lat, cyrOnly, latOnly }
}

function foldWord(raw: string, preferCyr: boolean): { text: string; alt?: string } {
  // Letters that exist only in one script decide a mixed word; look-alikes (о/o, р/p…) do not.
  const { cyr, lat, cyrOnly, latOnly } = countScripts(raw)
  const letters = cyr + lat
  // A word of digits only (a year, a count) is not leetspeak.
  if (letters === 0) return { text: raw.toLowerCase() }
  const toCyr =
    cyr > 0 && lat > 0
      ? cyrOnly !== latOnly
        ? cyrOnly > latOnly
        : preferCyr
      : cyr > 0 || (preferCyr && latOnly === 0)
  const map = toCyr ? LAT_TO_CYR : CYR_TO_LAT
  const leet = toCyr ? LEET_CYR : LEET_LAT
  let out = ''
  for (const ch of raw) {
    if (((cyr > 0 && lat > 0) || (toCyr && lat > 0)) && map[ch]) out += map[ch]
    else if (leet[ch] !== undefined) out += leet[ch]
    else out += ch
  }
  out = out.toLowerCase()
  // `1` in a Cyrillic word is usually «и» but at the end an «l/i» typo: keep the simple rule.
  if (toCyr) return { text: out.replace(/ё/g, 'е').replace(/(\p{L})\1{2,}/gu, '$1') }
  if (!/(\p{L})\1{2,}/u.test(out)) return { text: out }
  return { text: out.replace(/(\p{L})\1{2,}/gu, '$1$1'), alt: out.replace(/(\p{L})\1{2,}/gu, '$1') }
}

// Glue splitting: a long token made entirely of these words is split («хочуумереть» → «хочу умереть»).
const GLUE_WORDS = new Set(
  (
    'я хочу хочется умереть умру сдохнуть покончить покончу с собой себя убить убью жить не больше ' +
    'выпилиться выпилюсь повеситься повешусь хочу уйти из жизни нет смысла всем будет лучше без меня ' +
    'прощайте всех спасибо за все порезать режу вены таблетки наглотаться ' +
    'i im want wanna to die kill myself my end life it all dont live anymore going gonna suicide suicidal ' +
    'self harm cut hurt goodbye everyone better off dead without me am i will be not no reason alive'
  ).split(' '),
)

function splitGlued(word: string): string[] {
  if (word.length < 7 || GLUE_WORDS.has(word)) return [word]
  const n = word.length
  const best: (string[] | null)[] = Array(n + 1).fill(null)
  best[0] = []
  for (let i = 0; i < n; i++) {
    const prev = best[i]
    if (!prev) continue
    for (let j = i + 1; j <= Math.min(n, i + 12); j++) {
      const piece = word.slice(i, j)
      if (!GLUE_WORDS.has(piece)) continue
      const cand = [...prev, piece]
      const cur = best[j]
      if (!cur || cand.length < cur.length) best[j] = cand
    }
  }
  const parts = best[n]
  // Only when it splits into ≥2 words, none of them a lone letter except «я»/«i»/«с».
  return parts && parts.length >= 2 ? parts : [word]
}

/**
 * What tokenize makes of one raw word match, memoised per match and script preference (pure; bounded like
 * stem.ts): chat repeats the same words, so a long message mostly costs a look-up per word. `skip`: no
 * letter and no digit (a sentence break); else the word's tokens (`brk` left to the caller) and whether it
 * ends with "!" (a sentence break after it). Callers only read the result.
 */
type RawWord = {
  match: string
  skip: boolean
  parts: WordPart[]
  /** The only part of a word that is one token (most words): read without the list. */
  one: WordPart | undefined
  bang: boolean
}

/**
 * The same object for every token of the same raw word part (per script preference, while the cache holds
 * it): the detector hangs its per-word memo here, so a repeated word costs no second look-up. Opaque here.
 */
export type WordKey = { memo: unknown; gen: number | undefined; tl: number | undefined }

/**
 * One token of a raw word: its text (and stretched spelling), whether it is a clause word; the part is its
 * own key (one object per word part, every field present so all share one shape).
 */
type WordPart = WordKey & { text: string; alt: string | undefined; clause: boolean }

const newPart = (text: string, alt: string | undefined, clause: boolean): WordPart => ({
  text,
  alt,
  clause,
  memo: undefined,
  gen: undefined,
  tl: undefined,
})

const rawWordOf = (match: string, parts: WordPart[], bang: boolean): RawWord => ({
  match,
  skip: false,
  parts,
  one: parts.length === 1 ? parts[0] : undefined,
  bang,
})

const rawCache = [new Map<number, RawWord>(), new Map<number, RawWord>()]
const RAW_CACHE_MAX = 50_000

/** rawWord of src[from, to), looked up by the run's hash and checked against the text (no slice on a hit). */
function rawWord(src: string, from: number, to: number, hash: number, preferCyr: boolean): RawWord {
  const cache = rawCache[preferCyr ? 1 : 0]!
  const hit = cache.get(hash)
  if (hit !== undefined && hit.match.length === to - from && src.startsWith(hit.match, from)) return hit
  const match = src.slice(from, to)
  const made = makeRawWord(match, preferCyr)
  if (cache.size >= RAW_CACHE_MAX) cache.clear()
  cache.set(hash, made)
  return made
}

function makeRawWord(match: string, preferCyr: boolean): RawWord {
  let raw = match
  const bang = match.endsWith('!')
  if (!/\p{L}/u.test(raw)) {
    // «!!!» or «3» alone: a digit run is a word, punctuation a sentence break.
    const digits = raw.replace(/[^\p{N}]/gu, '')
    if (!digits) return { match, skip: true, parts: [], one: undefined, bang }
    raw = digits
  } else {
    // Trailing "!" or "|" are punctuation, not leet ("die!").
    const trail = /[!|]+$/.exec(raw)
    if (trail) raw = raw.slice(0, trail.index)
    raw = raw.replace(/^[!|]+/, '')
  }
  const folded = foldWord(raw, preferCyr)
  const parts = splitGlued(folded.text)
  if (parts.length === 1 && folded.alt)
    return rawWordOf(match, [newPart(folded.text, folded.alt, false)], bang)
  return rawWordOf(
    match,
    parts.map((w) => newPart(w, undefined, CLAUSE_WORDS.has(w))),
    bang,
  )
}

const CLAUSE_WORDS = new Set(['но', 'однако', 'зато', 'but', 'however', 'though', 'although', 'yet'])

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
