import { spelledDigits } from './spelled.js'
import { matchesOf, type PiiFinding, push } from './types.js'

/**
 * A phone given in parts, after the phone detectors ran: the pieces around a found phone that belong to
 * it. Once a message holds a phone, the rest of the number is rarely written as one run:
 *
 * - the other part joined by «потом», «дальше», "then" («набери 9161234 потом 567», «плюс семь девять один
 *   шесть, дальше 234 56 78») or split by a remark in brackets («8 964 (это билайн) 123 00 99»);
 * - the area code said apart ("area code 702", «код 84862») and a local number beside it («2-14-56»);
 * - a wrong or partial copy of the same number («не 8 916 12, а 8 916 120 00 14»).
 *
 * Also single digits spaced out in groups ("6 4 7, 5 5 5, 0 1 3 3"), 7–15 digits in all, are a phone.
 */

const SPELLED_DIGIT =
  'ноль|нуль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|zero|oh|one|two|three|four|five|six|seven|eight|nine'
// a piece of a number: digits and spelled digits with separators, «плюс»/"plus"/"+" in front
const PIECE = `(?:(?:\\+|плюс\\s+|plus\\s+)?(?:(?:\\d+|${SPELLED_DIGIT})[\\s.\\-–]*){1,12})`
const JOIN =
  '(?:потом|дальше|далее|затем|после|(?:а|и)\\s+(?:потом|дальше|далее|затем)|then|and\\s+then|after\\s+that|followed\\s+by)'
// the last piece said as the last: «…и в конце 570», «наконец 12», "and finally 0133"
const LAST_JOIN = '(?:(?:и\\s+|а\\s+)?в\\s+конце|наконец|(?:and\\s+)?finally|and\\s+lastly)'
// A number dictated in pieces joined by those words, with no piece found as a phone: "415 and then 555 and
// then 0133", «89161234 и в конце 570» (a phone when the text names one or the digits have a mobile's shape)
const CHAIN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])\\+?\\d[\\d\\s\\-]{0,12}\\d(?:[\\s,.]*(?:${JOIN}|${LAST_JOIN})[\\s,:]*\\d[\\d\\s\\-]{0,10}\\d){1,4}(?![\\p{L}\\p{N}])`,
  'giu',
)
const CHAIN_CHEAP_RE =
  /\d[\s,.]+(?:and\s+|и\s+|а\s+)?(?:потом|дальше|далее|затем|после|then|after|followed|и\s+в\s+конце|а\s+в\s+конце|в\s+конце|наконец|finally|and\s+lastly)/iu
const PIECE_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${PIECE}[\\s,]*${JOIN}[\\s,:]*$`, 'iu')
const PIECE_AFTER_RE = new RegExp(
  `^[\\s,]*${JOIN}[\\s,:]*(\\d[\\d\\s\\-]{0,10}\\d|\\d)(?![\\p{L}\\p{N}])`,
  'iu',
)
// the rest of the number named as the rest after a found phone: "0861 234, the rest is 5678", "…, second
// half 44 19", "…; last four: 0931"
const REST_AFTER_RE =
  /^[\s,;.…]*(?:(?:then|so|ok|um|uh)[\s,.…]*)?(?:and\s+)?(?:the\s+)?(?:rest|remainder|second\s+(?:part|half|bit)|other\s+(?:part|half)|last\s+(?:part|bit|four|digits))(?:\s+(?:is|are|of\s+it\s+is))?\s*[:=—–-]?\s*(\d[\d\s-]{0,10}\d)(?![\p{L}\p{N}])/iu
// an extension after the number: «доб. 442», «добавочный 12», "ext. 442", "x442"
const EXTENSION_RE =
  /^[\s,]*(?:доб\.?|добавочн\p{L}*|вн\.|ext\.?|extension|x)\s*:?\s*\d{1,5}(?![\p{L}\p{N}])/iu
const BRACKETED_BEFORE_RE = /(?<![\p{L}\p{N}])\+?\d[\d\s-]{0,6}\d\s*\([^()\n]{1,30}\)\s*$/u
const AREA_CODE_RE =
  /(?<![\p{L}])(?:area\s+code|код(?:\s+города)?)(?:\s+is)?[\s:—–-]*(\d{3,5})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(\d{3,5})\s+(?:is\s+the\s+)?(?:area\s+code|код\s+города)(?![\p{L}])/giu
// a local number with dashes («2-14-56», «555-0199») or a bare group of 3–4 digits
const LOCAL_RE = /(?<![\p{L}\p{N}-])(?:\d{1,3}-\d{2}-\d{2}|\d{3}-\d{4})(?![\p{N}-])/gu
const DIGIT_GROUP_RE = /(?<![\p{L}\p{N}])\d{3,4}(?![\p{L}\p{N}])/gu
const SPACED_DIGITS_RE = /(?<![\p{N}])\d(?: \d){1,4}(?:,? \d(?: \d){1,4}){1,4}(?![\p{N}])/gu

const AREA_WORD_RE = /area\s+code|код/iu
// three or more single digits or digit words in a row: «3 1 0», "nine one seven"
const DIGIT_BY_DIGIT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d|${SPELLED_DIGIT})(?:[\\s,\\-–]+(?:\\d|${SPELLED_DIGIT})){2,5}(?![\\p{L}\\p{N}])`,
  'giu',
)

const PHONE_CUE_RE =
  /(?<![\p{L}])(?:phone|number|cell|mobile|call|text|тел\p{L}*|номер\p{L}*|моб\p{L}*|сотов\p{L}*|звони\p{L}*|набери)(?![\p{L}])/iu
// a count or an amount, not a piece of a number ("ends in 1000 steps", «на 5000 рублей»)
const UNIT_AFTER_RE =
  /^\s?(?:%|\$|€|£|₽|percent|min\p{L}*|hour\p{L}*|sec\p{L}*|day\p{L}*|step\p{L}*|dollar\p{L}*|мин\p{L}*|час\p{L}*|сек\p{L}*|дн\p{L}*|шаг\p{L}*|руб\p{L}*|р\.|тыс\p{L}*)/iu
// the start or the end of a number said apart: "my mobile starts with 07700 and ends 900 918", «номер
// начинается на 8916, заканчивается на …» — a phone only when a phone is named or found in the text
const START_END_RE =
  /(?<![\p{L}])(?:starts?\s+with|begins?\s+with|ends?(?:\s+(?:with|in))?|начинается\s+(?:на|с)|заканчивается\s+на|кончается\s+на|first\s+(?:digits|part)\s+(?:is|are)|last\s+(?:digits|part)\s+(?:is|are)|первые\s+(?:\p{L}+\s+)?цифры|последние\s+(?:\p{L}+\s+)?цифры)\s*[:—–-]?\s*(\+?\d[\d\s-]{1,12}\d)(?![\p{L}\p{N}])/giu

const digitsOf = (s: string) => s.replace(/\D/g, '')

// Digits and number words glued into one token ("6one7-555-0ninety"): how many digits each word stands for.
const WORD_DIGITS: Record<string, number> = {
  zero: 1,
  oh: 1,
  one: 1,
  two: 1,
  three: 1,
  four: 1,
  five: 1,
  six: 1,
  seven: 1,
  eight: 1,
  nine: 1,
  ten: 2,
  eleven: 2,
  twelve: 2,
  thirteen: 2,
  fourteen: 2,
  fifteen: 2,
  sixteen: 2,
  seventeen: 2,
  eighteen: 2,
  nineteen: 2,
  twenty: 2,
  thirty: 2,
  forty: 2,
  fifty: 2,
  sixty: 2,
  seventy: 2,
  eighty: 2,
  ninety: 2,
}
const WORDS = Object.keys(WORD_DIGITS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const MIXED_TOKEN = `(?:\\d|${WORDS})+`
const MIXED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])${MIXED_TOKEN}(?:[\\s.\\-–]+${MIXED_TOKEN})+(?![\\p{L}\\p{N}])`,
  'giu',
)

const WORDS_RE = new RegExp(WORDS, 'giu')

function findMixedTokens(text: string, out: PiiFinding[]): void {
  if (!/\d\p{L}|\p{L}\d/u.test(text)) return
  for (const m of matchesOf(MIXED_RE, text)) {
    // at least one word glued to a digit, 7–15 digits in all
    if (!/\d[a-z]|[a-z]\d/iu.test(m[0])) continue
    const n = m[0].replace(WORDS_RE, (w) => '0'.repeat(WORD_DIGITS[w.toLowerCase()] ?? 1))
    const count = digitsOf(n).length
    if (count >= 7 && count <= 15) push(out, 'phone', m.index, m.index + m[0].length, text)
  }
}

/** Digits of a found phone, number words read as digits («девять один семь сто пять» → 917105). */
function spokenDigits(value: string): string {
  if (!/\p{L}/u.test(value)) return digitsOf(value)
  const words = matchesOf(/\d+|\p{L}+/gu, value)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, value: m[0] }))
    .filter((w) => spelledDigits([w]) !== null)
  return spelledDigits(words) ?? digitsOf(value)
}

// «первая часть 963 … вторая часть 21 17 480», "first part is 646, second part 720 1188": pieces by their order;
// or by their place: «начало 8 916, середина 123, конец 45 67», "beginning 0161, middle 496, end 0032"
const NAMED_PART_RE =
  /(?<![\p{L}])(?:(?:перв\p{L}*|втор\p{L}*|трет\p{L}*|последн\p{L}*|first|second|third|last)\s+(?:част\p{L}*|кусо?к\p{L}*|part|half|bit)|начало|середина|конец|beginning|middle|end)(?:\s+(?:is|это))?\s*[:—–-]?\s*(\+?\d[\d\s-]{0,12}\d)(?![\p{L}\p{N}])/giu

/** Pieces named by their order where a phone is talked about: 7–15 digits in all. */
function findNamedParts(text: string, out: PiiFinding[]): void {
  if (
    !/част|кус|part|half|bit|начало|середин|конец|beginning|middle|end/iu.test(text) ||
    !PHONE_CUE_RE.test(text)
  )
    return
  const pieces = matchesOf(NAMED_PART_RE, text)
  const all = pieces.map((m) => digitsOf(m[1] ?? '')).join('')
  if (pieces.length < 2 || all.length < 7 || all.length > 15) return
  for (const m of pieces) {
    const piece = (m[1] ?? '').trimEnd()
    const start = m.index + m[0].length - (m[1] ?? '').length
    push(out, 'phone', start, start + piece.length, text)
  }
}

/** A number dictated in pieces ("415 and then 555 and then 0133"): 10–12 digits, a phone named or shaped. */
function findChains(text: string, out: PiiFinding[]): void {
  if (!CHAIN_CHEAP_RE.test(text)) return
  for (const m of matchesOf(CHAIN_RE, text)) {
    const d = digitsOf(m[0])
    if (d.length < 10 || d.length > 12) continue
    // counts and amounts said in steps ("4000 and then 5000 and then 6000"): round pieces are no number
    if ((m[0].match(/\d00(?!\d)/g)?.length ?? 0) >= 2) continue
    if (UNIT_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue
    if (!PHONE_CUE_RE.test(text) && !/^[78]9\d{9}$/.test(d)) continue
    push(out, 'phone', m.index, m.index + m[0].length, text)
  }
}

export function findPhoneParts(text: string, found: PiiFinding[], out: PiiFinding[]): void {
  findChains(text, out)
  findNamedParts(text, out)
  let phones = found
  for (const m of matchesOf(SPACED_DIGITS_RE, text)) {
    const n = digitsOf(m[0]).length
    if (n >= 7 && n <= 15) push(out, 'phone', m.index, m.index + m[0].length, text)
  }
  findMixedTokens(text, out)
  if (
    /start|begin|end|first|last|чина|конча|перв|послед/iu.test(text) &&
    (phones.length > 0 || PHONE_CUE_RE.test(text))
  )
    for (const m of matchesOf(START_END_RE, text)) {
      const piece = (m[1] ?? '').trimEnd()
      if (digitsOf(piece).length < 4) continue
      const start = m.index + m[0].length - (m[1] ?? '').length
      if (UNIT_AFTER_RE.test(text.slice(start + piece.length, start + piece.length + 12))) continue
      push(out, 'phone', start, start + piece.length, text)
      // the start said apart is a found piece too: its continuation («начинается на 8 927, дальше 31») joins it
      phones = [...phones, out[out.length - 1] as PiiFinding]
    }
  const local = matchesOf(LOCAL_RE, text)
  const areaCodes = AREA_WORD_RE.test(text) ? matchesOf(AREA_CODE_RE, text) : []
  if (phones.length === 0 && local.length === 0 && !(areaCodes.length > 0 && PHONE_CUE_RE.test(text))) return
  const known = phones.map((p) => digitsOf(p.value))
  for (const p of phones) {
    const before = text.slice(Math.max(0, p.start - 80), p.start)
    const joined = before.match(PIECE_BEFORE_RE) ?? before.match(BRACKETED_BEFORE_RE)
    if (joined && /\d|[а-яa-z]{3}/iu.test(joined[0]))
      push(out, 'phone', p.start - joined[0].length, p.end, text)
    const tail = text.slice(p.end)
    const after = tail.match(PIECE_AFTER_RE)
    if (after) push(out, 'phone', p.start, p.end + after[0].length, text)
    const rest = tail.match(REST_AFTER_RE)
    if (rest) push(out, 'phone', p.start, p.end + rest[0].length, text)
    const extension = tail.match(EXTENSION_RE)
    if (extension) push(out, 'phone', p.start, p.end + extension[0].length, text)
  }
  for (const m of areaCodes) {
    const code = m[1] ?? m[2] ?? ''
    const start = m[1] ? m.index + m[0].length - code.length : m.index
    push(out, 'phone', start, start + code.length, text)
  }
  if (areaCodes.length > 0) {
    // a number dictated in pieces around its area code: every local part and digit group goes
    for (const m of local) push(out, 'phone', m.index, m.index + m[0].length, text)
    for (const m of matchesOf(DIGIT_GROUP_RE, text)) push(out, 'phone', m.index, m.index + m[0].length, text)
  }
  // a false start dictated digit by digit: single digits or digit words that begin a found number or area code
  const starts = [...phones.map((p) => spokenDigits(p.value)), ...areaCodes.map((m) => m[1] ?? m[2] ?? '')]
  for (const m of phones.length > 0 ? matchesOf(DIGIT_BY_DIGIT_RE, text) : []) {
    if (phones.some((p) => m.index >= p.start && m.index < p.end)) continue
    const d = spokenDigits(m[0])
    // the same start, give or take a country code or trunk digit on either side («+7 nine one seven» → 917…)
    const begins = (k: string) =>
      [d, d.slice(1)].some((x) => x.length >= 3 && (k.startsWith(x) || k.slice(1).startsWith(x)))
    const from = text[m.index - 1] === '+' ? m.index - 1 : m.index
    if (starts.some(begins)) push(out, 'phone', from, m.index + m[0].length, text)
  }
  // a partial or mistyped copy of a found number: its first four digits again
  for (const m of matchesOf(/(?<![\p{L}\p{N}])\+?\d[\d\s\-().]{2,14}\d(?![\p{N}])/gu, text)) {
    const d = digitsOf(m[0])
    if (d.length < 4 || phones.some((p) => m.index >= p.start && m.index < p.end)) continue
    if (known.some((k) => k !== d && k.length > d.length && k.startsWith(d.slice(0, 4))))
      push(out, 'phone', m.index, m.index + m[0].length, text)
  }
}
