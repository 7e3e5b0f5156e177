import { nameTags } from './morph.js'
import { cyrillicRole } from './name-tokens.js'
import { isFunctionWord, isKnownEnglishWord, latinRole } from './names-en.js'
import { mostlyCapitalised } from './names-shapes.js'
import { isPublicFigure, isPublicSurname } from './public-figures.js'
import { type PiiFinding, push } from './types.js'

/**
 * A surname and a first name of one person given apart, for `names.ts` (round 20):
 *
 * - a surname before its cue: «Смирнова — фамилия моей бывшей», «Иванченко её фамилия», "Park, that's his
 *   surname", "Novak — first name Petra";
 * - a first name after a first-name cue: "the first name's Jun-ho", «а зовут её Катя», «имя у него Рустам»;
 * - once a lone surname is found (no first name beside it), the capitalised first names elsewhere in the
 *   same text are taken as that person's: «Алексей, мой коллега, … фамилия у него Дроздов», «Виноват во всём
 *   Кузнецов. … Игорь сразу начал», "Mr. Fitzgerald-Quinn — Desmond, I think", "Dr. Karapetyan, Gohar".
 */

const WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?"
const SURNAME_BEFORE_CUE_RE = new RegExp(
  `(?<![\\p{L}])(${WORD})\\s*(?:[,—–-]\\s*|\\s)(?:а\\s+|это\\s+)?(?:(?:её|ее|его|их|моя|у\\s+(?:него|неё|нее))\\s+)?(?:фамилия|фамилие)(?![\\p{L}])` +
    `|(?<![\\p{L}])(${WORD})\\s*,?\\s*(?:that['’]s|that\\s+is|is)\\s+(?:his|her|their|my)\\s+(?:surname|last\\s+name|family\\s+name)(?![\\p{L}])` +
    `|(?<![\\p{L}])(${WORD})\\s*[,—–-]\\s*(?:first\\s+name|имя)(?![\\p{L}])`,
  'gu',
)
const FIRST_CUE_RE = new RegExp(
  `(?:first\\s+name(?:['’]s|\\s+is|\\s+was)?|given\\s+name(?:['’]s|\\s+is)?|(?<![\\p{L}])зовут\\s+(?:его|её|ее)|(?<![\\p{L}])имя(?:\\s+(?:у\\s+(?:него|неё|нее)|его|её|ее))?)[\\s:—–-]+(${WORD})`,
  'gu',
)
const CUE_HINT_RE =
  /фамили|surname|last\s+name|family\s+name|first\s+name|given\s+name|зовут\s+(?:его|её|ее)|имя/iu

const CYR_RE = /[а-яё]/iu

function isFirst(word: string): boolean {
  return CYR_RE.test(word) ? cyrillicRole(word, true) === 'F' : latinRole(word, true) === 'F'
}

/** A first name; in Latin script, a name of any kind ("Rashid" is a surname to the English lexicon too). */
function firstOrName(word: string): boolean {
  // («в Израиле»: a place more than a first name)
  if (CYR_RE.test(word))
    return cyrillicRole(word, true) === 'F' && nameTags(word).place < nameTags(word).first
  const role = latinRole(word, true)
  return role === 'F' || role === 'S'
}

/** A capitalised word that can be a surname: no function word, no first name, no ordinary word. */
function surnameWord(word: string): boolean {
  if (word.length < 2 || isFunctionWord(word)) return false
  if (CYR_RE.test(word)) {
    const role = cyrillicRole(word, true)
    if (role === 'S' || role === 'U') return true
    return role === null && nameTags(word).common === 0
  }
  const role = latinRole(word, true)
  return role === 'S' || role === 'U' || (role === 'F' && !isKnownEnglishWord(word.toLowerCase()))
}

/** Surnames before their cue and first names after theirs. */
export function findSeparatedNames(text: string, out: PiiFinding[]): void {
  if (!CUE_HINT_RE.test(text)) return
  let surnames = 0
  for (const m of text.matchAll(SURNAME_BEFORE_CUE_RE)) {
    const word = m[1] ?? m[2] ?? m[3]
    // (after an explicit cue any capitalised word but a function word: "Park, that's his surname")
    if (!word || isFunctionWord(word) || word.length < 2 || isPublicSurname(word)) continue
    // (Cyrillic: a surname reading, «Там фамилия с ошибкой» is no name)
    if ((m[3] !== undefined || CYR_RE.test(word)) && !surnameWord(word)) continue
    // «Иванченко её фамилия», not «Смирнова» as the start of a quotation of a form
    const start = m.index + m[0].indexOf(word)
    push(out, 'name', start, start + word.length, text)
    surnames++
  }
  const before = out.length
  for (const m of text.matchAll(FIRST_CUE_RE)) {
    const word = m[1] as string
    if (isFunctionWord(word)) continue
    const start = m.index + m[0].length - word.length
    push(out, 'name', start, start + word.length, text)
  }
  // a first name after its cue is a finding only beside a surname in the same text
  if (surnames === 0 && !/фамили|surname|last\s+name|family\s+name/iu.test(text)) out.splice(before)
}

const FIRST_NAME_RE = /(?<![\p{L}'’-])\p{Lu}\p{Ll}{2,}(?![\p{L}'’-])/gu
// after a found surname: ", Gohar," / " — Desmond, I think" (a first name written after it, as on a form)
const FIRST_AFTER_RE = /^\s*(?:,|\s[—–-])\s*(\p{Lu}\p{Ll}{2,})(?=\s*(?:[,—–-]|$|\.))/u

/**
 * Texts where a lone surname was found (one word, no first name beside it): the capitalised first names the
 * dictionaries know elsewhere in the text, and a word right after the surname as on a form.
 */
export function findFirstNamesOfLoneSurnames(
  text: string,
  found: readonly PiiFinding[],
  out: PiiFinding[],
): void {
  if (mostlyCapitalised(text)) return
  const lone = found.filter((f) => /^\p{Lu}[\p{L}'’-]+$/u.test(f.value) && !isFirst(f.value))
  // one person: one lone surname in the text (maybe found twice), and no full name
  if (new Set(lone.map((f) => f.value)).size !== 1 || found.some((f) => /\s/u.test(f.value))) return
  const f = lone[0] as PiiFinding
  const after = text.slice(f.end, f.end + 40).match(FIRST_AFTER_RE)
  const next = after?.[1]
  const named = (w: string) =>
    CYR_RE.test(w) ? isFirst(w) : isFirst(w) || !isKnownEnglishWord(w.toLowerCase())
  if (next && !isFunctionWord(next) && named(next))
    push(out, 'name', f.end + after[0].length - next.length, f.end + after[0].length, text)
  for (const m of text.matchAll(FIRST_NAME_RE)) {
    if (m.index >= f.start && m.index < f.end + 2) continue
    if (Math.abs(m.index - f.start) > 200 || !firstOrName(m[0])) continue
    if (CYR_RE.test(m[0]) !== CYR_RE.test(f.value)) continue
    if (isPublicFigure([m[0], f.value])) continue
    push(out, 'name', m.index, m.index + m[0].length, text)
  }
}
