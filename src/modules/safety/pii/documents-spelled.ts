import { matchesOf, type PiiFinding, push, W } from './types.js'

/**
 * A document's value dictated letter by letter after its keyword: "NI number: Q Q one two three four five six
 * C", "PAN: A B C P E 1 2 3 4 F", "my PPS is one two three four five six seven T A", «паспорт: эм пэ один два
 * три четыре пять шесть семь». Single letters (or Russian letter names), digits and digit words: seven tokens
 * or more, four of them digits. The phone detectors may have found the digits alone; this takes the letters too.
 */

const KEY =
  'ni(?:\\s+(?:number|no\\.?))?|nino|national\\s+insurance(?:\\s+(?:number|no\\.?))?|pan(?:\\s+card)?|ppsn?(?:\\s+(?:number|no\\.?))?|' +
  'sin|social\\s+insurance(?:\\s+number)?|ssn|social\\s+security(?:\\s+number)?|aadhaa?r(?:\\s+(?:number|no\\.?))?|passport(?:\\s+(?:number|no\\.?))?|' +
  'паспорт\\p{L}*|иин|инн|пинфл|снилс|ид(?:ентификационный)?\\s+номер|личный\\s+номер'
const DIGIT_WORD =
  'ноль|нуль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple'
const LETTER_NAME = 'бэ|вэ|гэ|дэ|жэ|зэ|ка|эл|эм|эн|пэ|эр|эс|тэ|эф|ха|цэ|че|ша'
const TOKEN = `(?:\\d|${DIGIT_WORD}|${LETTER_NAME}|\\p{L})`
const SPELLED_DOC_RE = new RegExp(
  `(?<![${W}])(?:${KEY})(?:\\s+(?:is|это|номер|number))?\\s*[:—–-]?\\s*(${TOKEN}(?:[\\s,\\-]+${TOKEN}){5,20})(?![${W}])`,
  'giu',
)
const LETTER_NAME_RE = new RegExp(`^(?:${LETTER_NAME})$`, 'iu')
const DIGIT_TOKEN_RE = new RegExp(`^(?:\\d|${DIGIT_WORD})$`, 'iu')
const CHEAP_RE = /ni|insurance|pan|pps|sin|ssn|social|aadha|passport|паспорт|иин|инн|пинфл|снилс|номер/iu

/** Pushes documents dictated letter by letter after their keyword into `out`. */
export function findSpelledDocuments(text: string, out: PiiFinding[]): void {
  if (!CHEAP_RE.test(text)) return
  for (const m of matchesOf(SPELLED_DOC_RE, text)) {
    const value = m[1] ?? ''
    const tokens = value.split(/[\s,-]+/u).filter(Boolean)
    // a letter is a letter of the value only as a single character or a letter name, never a word
    if (tokens.length < 7 || tokens.filter((t) => DIGIT_TOKEN_RE.test(t)).length < 4) continue
    if (!tokens.some((t) => (t.length === 1 && /\p{L}/u.test(t)) || LETTER_NAME_RE.test(t))) continue
    const start = m.index + m[0].length - value.length
    push(out, 'id_document', start, start + value.length, text)
  }
}
