/**
 * One raw word of the crisis tokenizer (normalize.ts) → its tokens: look-alikes and leetspeak folded to the
 * word's main script, stretched letters squeezed, glued crisis words split; memoised per word (`rawWord`).
 */
import { CYR_TO_LAT, countScripts, LAT_TO_CYR } from './scripts.js'

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

/** Digits with a Russian ordinal ending: a date or a rank («на 20е», «1го числа», «3й раз»), not leetspeak. */
const ORDINAL = /^\d{1,4}(?:е|й|го|ого|ое|ой|ый|ий|ая|ом|ому|ых|х|ю|я|м)$/iu

function foldWord(raw: string, preferCyr: boolean): { text: string; alt?: string } {
  // Letters that exist only in one script decide a mixed word; look-alikes (о/o, р/p…) do not.
  const { cyr, lat, cyrOnly, latOnly } = countScripts(raw)
  const letters = cyr + lat
  // A word of digits only (a year, a count) is not leetspeak, nor a date or ordinal («20е», «1го», «3й»).
  if (letters === 0 || ORDINAL.test(raw)) return { text: raw.toLowerCase().replace(/ё/g, 'е') }
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
export type RawWord = {
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
export function rawWord(src: string, from: number, to: number, hash: number, preferCyr: boolean): RawWord {
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
