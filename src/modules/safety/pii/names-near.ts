import { cyrillicRole } from './name-tokens.js'
import { isFunctionWord, isKnownEnglishWord, latinRole } from './names-en.js'
import { type PiiFinding, push } from './types.js'
import { wordsAt } from './word-at.js'

/**
 * Names beside a full name already found, which say who it is:
 * - the first name before a surname cue: «Ирина, фамилия Ковальчук», "Rachel, surname Goldberg";
 * - a nickname or short form set before it: «брат Гарик, Гарегин Саркисян», "my bf Vova, Vladimir Ivanenko";
 * - the first name of it in another case form elsewhere: «расстались с Дмитрием. Дмитрий Евгеньевич Белов».
 */
export function findNamesNearFound(text: string, found: readonly PiiFinding[], out: PiiFinding[]): void {
  for (const f of found) {
    const before = text.slice(Math.max(0, f.start - 60), f.start)
    const offset = f.start - before.length
    const cue = before.match(FIRST_BEFORE_CUE_RE)
    if (cue?.[1] && isFirstName(cue[1])) {
      const start = offset + (cue.index ?? 0) + cue[0].indexOf(cue[1])
      push(out, 'name', start, start + cue[1].length, text)
    }
    const nick = before.match(NICK_BEFORE_RE)
    if (nick?.[1] && isNickname(nick[1])) {
      const start = offset + (nick.index ?? 0) + nick[0].indexOf(nick[1])
      push(out, 'name', start, start + nick[1].length, text)
    }
    findOtherForms(text, f, out)
    findShortForms(text, f, out)
  }
}

const CYR_RE = /[а-яё]/iu

// a word, then a comma or dash, then «фамилия (у неё)» / "(her) last name('s)" / "surname" right before the
// found surname
const FIRST_BEFORE_CUE_RE =
  /(?<![\p{L}])(\p{L}{3,})\s*[,—–-]\s*(?:фамили[яюи](?:\s+(?:у\s+(?:неё|нее|него)|е[её]|его))?|по\s+фамилии|(?:(?:his|her|their)\s+)?last\s+name(?:['’]s|\s+is|\s+was)?|surname(?:\s+is|\s+was)?)[\s:—–-]*$/iu

function isFirstName(word: string): boolean {
  return CYR_RE.test(word) ? cyrillicRole(word, true) === 'F' : latinRole(word, true) === 'F'
}

// a capitalised word right before ", " or " — " and the found name («Гарик, Гарегин Саркисян»; "Big Mike —
// Michael Tran" masks "Mike"; "I'm Zoe, Zoe Harrington" masks "Zoe" and leaves "I'm")
const NICK_BEFORE_RE = /(?<![\p{L}'’])(\p{Lu}\p{L}*)\s*(?:,|\s[—–-])\s*$/u

function isNickname(last: string): boolean {
  if (last.length < 3 || isFunctionWord(last)) return false
  if (CYR_RE.test(last)) return cyrillicRole(last, true) === 'F'
  // "Vova", "Big Mike": a first name, or a word no English lexicon knows
  const role = latinRole(last, true)
  return role === 'F' || ((role === null || role === 'U') && !isKnownEnglishWord(last))
}

// a stem's case ending, then no letter
const FORM_ENDING = { tail: /[а-яё]{0,4}(?![\p{L}])/uy, after: null } as const

/** Other case forms of the found name's first name: «Дмитрием» for «Дмитрий». */
function findOtherForms(text: string, f: PiiFinding, out: PiiFinding[]): void {
  for (const word of f.value.match(/\p{Lu}[а-яё]{3,}/gu) ?? []) {
    if (cyrillicRole(word, true) !== 'F') continue
    const stem = word.slice(0, Math.max(4, word.length - 2))
    for (const m of wordsAt(text, stem, FORM_ENDING)) {
      if (m.index >= f.start && m.index < f.end) continue
      if (cyrillicRole(text.slice(m.index, m.end), true) === 'F') push(out, 'name', m.index, m.end, text)
    }
  }
}

// Common Russian first names and the stems of their everyday short forms («Павел» → «Паша», «Пашу»).
const SHORT_FORMS: readonly [RegExp, readonly string[]][] = (
  [
    ['павл|павел', 'паш|павлик'],
    ['александр', 'саш|шур|санёк|санек'],
    ['алексе', 'лёш|леш|алёш|алеш'],
    ['дмитри', 'дим|митя|мите|митю|митей'],
    ['евгени', 'жен'],
    ['михаил', 'миш'],
    ['никола', 'кол'],
    ['владимир', 'вов|володь|володе|володю|володей|володя'],
    ['серге', 'серёж|сереж|серёг|серег'],
    ['андре', 'андрюш'],
    ['иван', 'ван'],
    ['пётр|петр', 'пет'],
    ['константин', 'кост'],
    ['виктор', 'вит'],
    ['юри', 'юр'],
    ['артём|артем', 'тём|тем'],
    ['екатерин', 'кат'],
    ['мари', 'маш'],
    ['анастаси', 'наст'],
    ['наталь', 'наташ'],
    ['татьян', 'тан'],
    ['ольг', 'ол'],
    ['елен', 'лен'],
    ['юли', 'юл'],
    ['светлан', 'свет'],
    ['ирин', 'ир'],
    ['дарь', 'даш'],
    ['виктори', 'вик'],
    ['ксени', 'ксюш'],
  ] as const
).map(([full, short]) => [new RegExp(`^(?:${full})`, 'u'), short.split('|')])

/**
 * «хоронили Пашу. Павел Игоревич Тихонов»: the everyday short form of a found full name's first name
 * elsewhere in the text, in any case form (a capitalised first name or a word no dictionary knows).
 */
function findShortForms(text: string, f: PiiFinding, out: PiiFinding[]): void {
  const first = f.value.match(/^\p{Lu}[а-яё]+/u)?.[0]
  if (!first || !/\s/u.test(f.value) || cyrillicRole(first, true) !== 'F') return
  const entry = SHORT_FORMS.find(([full]) => full.test(first.toLowerCase()))
  if (!entry) return
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[а-яё]{1,7}(?![\p{L}])/gu)) {
    if (m.index >= f.start && m.index < f.end) continue
    const lower = m[0].toLowerCase()
    if (!entry[1].some((stem) => lower.startsWith(stem) && lower.length <= stem.length + 3)) continue
    const role = cyrillicRole(m[0], true)
    if (role === 'F' || role === 'U') push(out, 'name', m.index, m.index + m[0].length, text)
  }
}
