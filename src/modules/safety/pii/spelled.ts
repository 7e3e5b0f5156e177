import { type PiiFinding, push } from './types.js'

/**
 * Phone numbers spelled in words (ru/en), alone or mixed with digit groups: «восемь девятьсот
 * шестнадцать 123 45 67», "four one five 555 oh one nine eight".
 */

const UNITS: Record<string, number> = {
  ноль: 0,
  нуль: 0,
  один: 1,
  одна: 1,
  раз: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  zero: 0,
  oh: 0,
  o: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
}
/** The digit a digit word stands for («восемь», "oh", "nine"), or undefined for any other word. */
export function unitDigit(word: string): number | undefined {
  return Object.hasOwn(UNITS, word) ? UNITS[word] : undefined
}

const TEENS: Record<string, number> = {
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}
const TENS: Record<string, number> = {
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}
const HUNDREDS: Record<string, number> = {
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
}

// Digit nouns and multipliers: «две семёрки», «три нуля», "double seven", "triple five".
const DIGIT_NOUNS: [RegExp, number][] = [
  [/^(?:нул[ьяей]|нол[ьяей]|нолик(?:а|и|ов)?)$/u, 0],
  [/^единиц[аыу]$/u, 1],
  [/^двойк[аиу]$/u, 2],
  [/^тройк[аиу]$/u, 3],
  [/^четв[её]рк[аиу]$/u, 4],
  [/^пят[её]рк[аиу]$/u, 5],
  [/^шест[её]рк[аиу]$/u, 6],
  [/^сем[её]рк[аиу]$/u, 7],
  [/^восьм[её]рк[аиу]$/u, 8],
  [/^девятк[аиу]$/u, 9],
]
const MULTIPLIERS: Record<string, number> = { double: 2, triple: 3 }

function digitNoun(word: string): number | undefined {
  const w = word.toLowerCase()
  for (const [re, d] of DIGIT_NOUNS) if (re.test(w)) return d
  return undefined
}

type Tok = {
  start: number
  end: number
  kind: 'digits' | 'unit' | 'teen' | 'ten' | 'hundred' | 'noun' | 'mult'
  value: string
}

const TOKEN_RE = /\d+|[\p{L}]+/gu

function classify(word: string): Tok['kind'] | null {
  const w = word.toLowerCase()
  if (/^\d+$/.test(w)) return 'digits'
  if (w in UNITS) return 'unit'
  if (w in TEENS) return 'teen'
  if (w in TENS) return 'ten'
  if (w in HUNDREDS || w === 'hundred') return 'hundred'
  if (w in MULTIPLIERS) return 'mult'
  if (digitNoun(w) !== undefined) return 'noun'
  return null
}

/** Digits of a run of number tokens, grouping «девятьсот шестнадцать» → 916, "twenty one" → 21. */
function digitsOf(tokens: Tok[]): string {
  let out = ''
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i] as Tok
    const w = t.value.toLowerCase()
    if (t.kind === 'digits') {
      out += t.value
      i++
      continue
    }
    const next = tokens[i + 1]
    // «две семёрки» → 77, «три нуля» → 000
    if (t.kind === 'unit' && next?.kind === 'noun' && (UNITS[w] ?? 0) >= 2 && (UNITS[w] ?? 0) <= 4) {
      out += String(digitNoun(next.value) ?? '').repeat(UNITS[w] ?? 0)
      i += 2
      continue
    }
    if (t.kind === 'noun') {
      out += String(digitNoun(t.value) ?? '')
      i++
      continue
    }
    // "double seven" → 77, "triple 5" → 555
    if (t.kind === 'mult') {
      const times = MULTIPLIERS[w] ?? 1
      if (next?.kind === 'unit') out += String(UNITS[next.value.toLowerCase()] ?? '').repeat(times)
      else if (next?.kind === 'digits' && next.value.length === 1) out += next.value.repeat(times)
      else if (next?.kind === 'noun') out += String(digitNoun(next.value) ?? '').repeat(times)
      i += next ? 2 : 1
      continue
    }
    // "nine hundred" → 900, "two hundred twelve" → 212
    if (t.kind === 'unit' && next?.kind === 'hundred' && /^hundred$/i.test(next.value)) {
      const [n, used] = hundredTail(tokens, i + 2, (UNITS[w] ?? 0) * 100)
      out += String(n).padStart(3, '0')
      i = used
      continue
    }
    if (t.kind === 'unit' || t.kind === 'teen') {
      out += String(t.kind === 'unit' ? UNITS[w] : TEENS[w])
      i++
      continue
    }
    let n = 0
    let width = 2
    if (t.kind === 'hundred') {
      width = 3
      ;[n, i] = hundredTail(tokens, i + 1, HUNDREDS[w] ?? 100)
    } else {
      n = TENS[w] ?? 0
      i++
      const unit = tokens[i]
      if (unit?.kind === 'unit' && UNITS[unit.value.toLowerCase()] !== 0) {
        n += UNITS[unit.value.toLowerCase()] ?? 0
        i++
      }
    }
    out += String(n).padStart(width, '0')
  }
  return out
}

/** A hundreds value and the tens and units after it («девятьсот шестнадцать», "nine hundred twelve"). */
function hundredTail(tokens: Tok[], from: number, hundreds: number): [number, number] {
  let n = hundreds
  let i = from
  const next = tokens[i]
  if (next && (next.kind === 'ten' || next.kind === 'teen')) {
    const nw = next.value.toLowerCase()
    n += next.kind === 'ten' ? (TENS[nw] ?? 0) : (TEENS[nw] ?? 0)
    i++
    const unit = tokens[i]
    if (next.kind === 'ten' && unit?.kind === 'unit') {
      n += UNITS[unit.value.toLowerCase()] ?? 0
      i++
    }
  } else if (next?.kind === 'unit' && !/^(?:o|oh)$/i.test(next.value)) {
    n += UNITS[next.value.toLowerCase()] ?? 0
    i++
  }
  return [n, i]
}

/**
 * Digits spelled by a run of words and digit groups taken as one number («сорок шесть ноль два» → 4602,
 * "six one one" → 611), or null when a word is not a number word. For detectors that read a number after
 * their own keyword (documents).
 */
export function spelledDigits(
  words: readonly { start: number; end: number; value: string }[],
): string | null {
  const tokens: Tok[] = []
  for (const w of words) {
    const kind = classify(w.value)
    if (!kind) return null
    tokens.push({ ...w, kind })
  }
  return digitsOf(tokens)
}

// Cheap pre-check: a whole number word next to another number token.
const NUMBER_WORDS = [
  ...Object.keys(UNITS),
  ...Object.keys(TEENS),
  ...Object.keys(TENS),
  ...Object.keys(HUNDREDS),
]
  .filter((w) => w.length > 2)
  .join('|')
const PRECHECK_RE = new RegExp(
  `(?<![\\p{L}])(?:${NUMBER_WORDS}|double|triple|\\d+)[\\s,.\\-–—()+]+(?:${NUMBER_WORDS}|double|triple|oh|o|\\d+|\\p{L}+к[аи]|нул\\p{L}|нол\\p{L}+)(?![\\p{L}])`,
  'iu',
)

// Words between the pieces of a dictated number: sequence words, «в конце», and fillers («эээ», «щас», "um").
const SEQUENCE =
  'потом|дальше|далее|затем|then|next|наконец|finally|в\\s+конце|в\\s+начале|конец|последние|last|at\\s+the\\s+end'
const FILLER =
  'и|а|это|начало|and|эээ|ээ|эм|ммм|ну|щас|сейчас|ой|короче|значит|так|wait|um+|uh+|hmm+|like|ok|okay|sorry'
const CONNECTIVE_RE = new RegExp(`^(?:${SEQUENCE}|${FILLER}|в|конце|начале|at|the|end)$`, 'iu')
const DICTATED_GAP_RE = new RegExp(
  `^[\\s,.\\-–—()+/…:]*(?:(?:${SEQUENCE}|${FILLER})[\\s,.\\-–—()+/…:]+){1,4}$|^[\\s,.\\-–—()+]*[/…][\\s,.\\-–—()+/…]*$`,
  'iu',
)
// digit groups joined by a word of sequence only: "206, then 555, then 0143"
const DICTATED_PRECHECK_RE = new RegExp(`\\d[\\s,.…]*(?:${SEQUENCE})(?![\\p{L}])[\\s,.:…]*\\d`, 'iu')
const DIALLED_CUE_RE =
  /(?<![\p{L}])(?:phone|number|call|text|cell|mobile|digits|dial|starts?\s+with|begins?\s+with|тел\p{L}*|номер\p{L}*|звон\p{L}*|позвон\p{L}*|набер\p{L}*|набира\p{L}*|цифр\p{L}*|начинается|мобильн\p{L}*|сотов\p{L}*)(?![\p{L}])/iu
const SEQUENCE_RE = new RegExp(`(?<![\\p{L}])(?:${SEQUENCE})(?![\\p{L}])|[/…]|\\.\\.`, 'iu')

/** Runs of ≥3 number tokens (words or digit groups, at least one a word) spelling ≥7 digits. */
export function findSpelledPhones(text: string, out: PiiFinding[]): void {
  const precheck = PRECHECK_RE.test(text)
  if (!precheck && !DICTATED_PRECHECK_RE.test(text)) return
  let run: Tok[] = []
  let viaWords = false
  let viaSequence = false
  const flush = () => {
    // a number written before the phone («паспорт 302211, восемь девятьсот…») is not part of it
    while (run.length > 3 && digitsOf(run).length > 15) run.shift()
    // «1 000 000 раз»: a count, not a digit; "раз" only continues a run inside it
    while (run.length > 0 && /^раз$/i.test(run[run.length - 1]?.value ?? '')) run.pop()
    // "… 31 42, one off", «… 42, один раз»: a last "one" before a word is a pronoun, not a digit
    const tail = run[run.length - 1]
    if (
      tail &&
      /^(?:one|один|одна|одно)$/i.test(tail.value) &&
      /^\s+\p{L}/u.test(text.slice(tail.end, tail.end + 3))
    )
      run.pop()
    const spelled = run.some((t) => t.kind !== 'digits')
    // digit groups only count when joined by words, each a short group and none a year («2019 потом 2020»)
    const dictatedDigits =
      viaWords &&
      viaSequence &&
      run.every((t) => t.kind === 'digits' && t.value.length <= 4 && !/^(?:19|20)\d\d$/.test(t.value)) &&
      // "I paid 200, then 300, then 450": groups of digits alone need a word saying they are one number
      (precheck || DIALLED_CUE_RE.test(text))
    if (run.length >= 3 && (spelled || dictatedDigits)) {
      const digits = digitsOf(run)
      // "oh"/"o"/"раз" alone are words; only a long enough number makes a phone
      if (digits.length >= 7 && digits.length <= 15) {
        const first = run[0] as Tok
        const last = run[run.length - 1] as Tok
        push(out, 'phone', first.start, last.end, text)
      }
    }
    run = []
    viaWords = false
    viaSequence = false
  }
  let prevEnd = -1
  for (const m of text.matchAll(TOKEN_RE)) {
    const kind = classify(m[0])
    // a connective word inside a run is judged with the gap around it, when the next number token comes
    if (!kind && run.length > 0 && CONNECTIVE_RE.test(m[0])) continue
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, m.index)
    // tokens joined by spaces, commas, dashes, dots or brackets only
    const joined = prevEnd < 0 || /^[\s,.\-–—()+]*$/u.test(gap)
    // a number dictated in pieces: «…, потом 4 1 8, потом …», «— это начало, а дальше …», "… / … then …"
    // only a number token after the gap makes it one («10, 20, 30, 45, then it crashed» ends at 45)
    const dictated = kind !== null && !joined && prevEnd >= 0 && DICTATED_GAP_RE.test(gap)
    if (dictated) {
      viaWords = true
      // digit groups alone need a word of sequence between them («потом», "then", «…»), not just «это»
      if (SEQUENCE_RE.test(gap)) viaSequence = true
    }
    if (!kind || !(joined || dictated)) flush()
    if (kind) {
      const value = m[0]
      // a lone "o"/"oh"/"раз" only continues a run, never starts one
      if (run.length === 0 && /^(?:o|oh|раз)$/i.test(value)) {
        prevEnd = m.index + value.length
        continue
      }
      run.push({ start: m.index, end: m.index + value.length, kind, value })
      // a phone has at most 15 digits, so at most 15 tokens: keep the window bounded (linear time)
      if (run.length > 15) run.shift()
    }
    prevEnd = m.index + m[0].length
  }
  flush()
}
