import { spelledDigits, unitDigit } from './spelled.js'
import { matchesOf, type PiiFinding, push } from './types.js'

/**
 * Pieces of a phone or a document said apart from the found number, after the other detectors ran:
 *
 * - a false start corrected right before it: "ssn is 123... no, 321-54-9876", «паспорт 45 09… ой, нет, 45 08
 *   123456», "four one five... sorry, four one six 555 0199" — the piece, trailing off, then a correction word;
 * - the start of a phone left hanging after a phone word, the rest found later in the text: «мой номер —
 *   8 912… дальше напишу \n ок: 345 67 89» — 10–12 digits together.
 */

const SPELLED =
  'ноль|нуль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|zero|oh|one|two|three|four|five|six|seven|eight|nine'
const PIECE = `(?:\\+?\\d(?:[\\d \\-]{0,12}\\d)?|(?:${SPELLED})(?:[\\s,\\-]+(?:${SPELLED})){1,6})`
const CORRECTION =
  '(?:no|nope|sorry|oops|wait|i\\s+mean|actually|scratch\\s+that|ой|нет|не\\s+то|то\\s+есть|точнее|вернее|блин|стоп|сорри|сорян)'
// the piece, an ellipsis or a dash, then one to three correction words, right before the found number
const FALSE_START_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${PIECE})\\s*(?:\\.{2,}|…|—|–|-)?[\\s,;:]*(?:${CORRECTION}[\\s,.!…:;—–-]*){1,3}$`,
  'iu',
)
const CORRECTION_CHEAP_RE =
  /(?:\.{2,}|…)|(?:^|[\s,])(?:no|nope|sorry|oops|wait|mean|actually|scratch|ой|нет|не\s+то|то\s+есть|точнее|вернее|блин|стоп|сорри|сорян)[\s,.!…:;—–-]/iu

// a phone word, then the start of a number that trails off
const HANGING_RE =
  /(?<![\p{L}])(?:номер\p{L}*|тел\p{L}*|телефон\p{L}*|мобильн\p{L}*|сотов\p{L}*|number|phone|mobile|cell)(?:\s+(?:такой|is|это))?[\s:—–-]*(\+?\d[\d -]{1,8}\d)\s*(?:\.{2,}|…)/giu

const SPELLED_G_RE = new RegExp(SPELLED, 'giu')
// the digit words of SPELLED read as digits (spelled.ts's values), then every other character dropped
const digitsOf = (s: string): string =>
  s.replace(SPELLED_G_RE, (w) => String(unitDigit(w.toLowerCase()) ?? '')).replace(/\D/g, '')

/** Digits of a found number, number words read as digits («четыреста тринадцать, шестнадцать» → 41316). */
function spokenDigits(value: string): string {
  if (!/\p{L}/u.test(value)) return value.replace(/\D/g, '')
  const words = matchesOf(/\d+|\p{L}+/gu, value)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, value: m[0] }))
    .filter((w) => spelledDigits([w]) !== null)
  return spelledDigits(words) ?? digitsOf(value)
}

/** Pushes false starts before found phones and documents, and hanging starts of found phones, into `out`. */
export function findNumberRestarts(text: string, out: PiiFinding[]): void {
  const numbers = out.filter((f) => f.kind === 'phone' || f.kind === 'id_document')
  if (numbers.length === 0) return
  if (CORRECTION_CHEAP_RE.test(text))
    for (const f of numbers) {
      const before = text.slice(Math.max(0, f.start - 60), f.start)
      const m = before.match(FALSE_START_RE)
      if (!m || m.index === undefined) continue
      const piece = (m[1] ?? '').trimEnd()
      const d = digitsOf(piece).length
      // a false start is a shorter or equal try at the same kind of number
      if (d < 3 || d > spokenDigits(f.value).length + 1) continue
      const start = f.start - before.length + m.index
      push(out, f.kind, start, start + piece.length, text)
    }
  if (!/\.{2,}|…/u.test(text)) return
  const phones = numbers.filter((f) => f.kind === 'phone')
  for (const m of matchesOf(HANGING_RE, text)) {
    const piece = (m[1] ?? '').trimEnd()
    const start = m.index + m[0].lastIndexOf(piece)
    const end = start + piece.length
    if (phones.some((p) => p.start <= start && p.end >= end)) continue
    const rest = phones.find((p) => p.start >= end)
    if (!rest) continue
    const all = digitsOf(piece).length + spokenDigits(rest.value).length
    if (all >= 10 && all <= 12) push(out, 'phone', start, end, text)
  }
}
