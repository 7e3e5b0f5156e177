import { nameTags } from './morph.js'
import { EN_NOT_SURNAME, EN_ROLE_CUE_RE, RU_PATRONYMIC_END, RU_SURNAME_END } from './name-cues.js'
import { isFunctionWord, isKnownEnglishWord, latinRole } from './names-en.js'
import { isPublicFigure } from './public-figures.js'
import { type PiiFinding, push } from './types.js'

/**
 * Names the main pass misses that sit next to a name it found, or that have a shape of their own:
 *
 * - a second full name joined to a found one by «и»/"and"/"&" ("Kwame Mensah and Priya Lal");
 * - a surname after a first name and patronymic and a remark («Сергей Петрович, ну этот, Валуев»);
 * - a short form of a found first name elsewhere in the text ("call me Kat … Katherine Mills");
 * - a first name, a particle and a surname ("Maria de los Santos", "Pieter van der Berg");
 * - a name typed in capitals ("MICHAEL T. HARGROVE");
 * - a surname and one initial after a comma, as on a form or under a letter ("Brennan, P.", «Гречко, Л.»).
 *
 * Public figures ("Leonardo da Vinci", "Robin Williams and Anthony Bourdain") stay.
 */

const WORD = "\\p{Lu}[\\p{Ll}'’\\-]+"
const AND_AFTER_RE = new RegExp(`^\\s+(?:and|&|и)\\s+(${WORD})\\s+(${WORD})(?![\\p{L}])`, 'u')
const AND_BEFORE_RE = new RegExp(`(?<![\\p{L}])(${WORD})\\s+(${WORD})\\s+(?:and|&|и)\\s+$`, 'u')
const INITIAL_THEN_WORD_RE = /^\.\s*(\p{Lu}\p{Ll}[\p{Ll}'’-]+)(?![\p{L}])/u
const REMARK_THEN_SURNAME_RE = /^,[^.!?\n,]{1,20},\s*(\p{Lu}\p{Ll}{2,})(?![\p{L}])/u
const PARTICLE_RE =
  /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:(?:de|da|del|della|di|du|dos|das|van|von|der|den|ter|le|la|los|las|bin|ibn|al|el)\s+){1,2}(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}])/gu
// "ellie o'brien", "jack mcgrath": a lower-case first name and an Irish or Scottish surname
// "sophie van dijk", "lucia de la vega": a lower-case first name, a Dutch, German or Romance particle, a surname
const LOWER_PARTICLE_RE =
  /(?<![\p{L}'’])([a-z]{3,})\s+(?:van\s+der|van\s+den|van\s+de|van|von|de\s+la|de\s+los|de\s+las|del|della|ter|ten)\s+([a-z]{3,})(?![\p{L}])/gu
const LOWER_GAELIC_RE = /(?<![\p{L}'’-])(?:[a-z]{3,}-)?([a-z]{3,})\s+((?:o['’]|mc|mac)[a-z]{3,})(?![\p{L}])/gu
const CAPS_RE = /(?<![\p{L}])([A-Z]{3,})(?:\s+[A-Z]\.)?\s+([A-Z]{3,}(?:['’][A-Z]+)?)(?![\p{L}])/gu

// "Brennan, P.", «Гречко, Л.»: a capitalised word, a comma and one initial with its full stop
const SURNAME_INITIAL_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}[\p{Ll}'’-]+),\s+\p{Lu}\.(?!\p{L})/gu

const title = (w: string) => w.charAt(0) + w.slice(1).toLowerCase()

function plainPair(a: string, b: string): boolean {
  return !isFunctionWord(a) && !isFunctionWord(b) && !isPublicFigure([a, b])
}

/** Around the names `found` already: coordinated names, a surname after a remark, short forms. */
export function findNamesAround(text: string, found: readonly PiiFinding[], out: PiiFinding[]): void {
  for (const f of found) {
    const after = text.slice(f.end, f.end + 60).match(AND_AFTER_RE)
    if (
      after &&
      plainPair(after[1] as string, after[2] as string) &&
      latinOrRuName(after[1] as string, after[2] as string)
    )
      push(
        out,
        'name',
        f.end + after[0].length - (after[2] as string).length - (after[1] as string).length - 1,
        f.end + after[0].length,
        text,
      )
    const before = text.slice(Math.max(0, f.start - 60), f.start).match(AND_BEFORE_RE)
    if (
      before &&
      plainPair(before[1] as string, before[2] as string) &&
      latinOrRuName(before[1] as string, before[2] as string)
    ) {
      const start = f.start - before[0].length
      push(out, 'name', start, start + (before[1] as string).length + 1 + (before[2] as string).length, text)
    }
    // "Darnell R. Washington": a name that ends in a middle initial goes on to the capitalised word after it
    if (/\s\p{Lu}$/u.test(f.value)) {
      const m = text.slice(f.end, f.end + 40).match(INITIAL_THEN_WORD_RE)
      if (m && !isFunctionWord(m[1] as string))
        push(out, 'name', f.end + m[0].length - (m[1] as string).length, f.end + m[0].length, text)
    }
    // "my name is marcus j. bell": the same in lower case
    if (/\s[a-z]$/u.test(f.value)) {
      const m = text.slice(f.end, f.end + 40).match(/^\.\s*([a-z][a-z'’-]+)(?![\p{L}])/u)
      if (m && !isFunctionWord(m[1] as string) && !EN_NOT_SURNAME.has(m[1] as string))
        push(out, 'name', f.start, f.end + m[0].length, text)
    }
    const words = f.value.split(/\s+/u)
    const last = words[words.length - 1] ?? ''
    // «Олеся Василівна Коваль»: a first name and a patronymic, then a capitalised surname no dictionary reads as one
    if (
      words.length === 2 &&
      /^\p{Lu}/u.test(last) &&
      (RU_PATRONYMIC_END.test(last) || /[іїи]вн\p{L}$/u.test(last))
    ) {
      const m = text.slice(f.end, f.end + 30).match(/^\s+(\p{Lu}[а-яёіїєґ'’-]{2,})(?![\p{L}])/u)
      const word = m?.[1]
      const tags = word ? nameTags(word) : undefined
      if (
        m &&
        word &&
        tags &&
        tags.place === 0 &&
        (!tags.known || tags.surname > 0 || tags.noun > 0) &&
        !isPublicFigure([...words, word])
      )
        push(out, 'name', f.start, f.end + m[0].length, text)
    }
    if (RU_PATRONYMIC_END.test(last)) {
      const m = text.slice(f.end, f.end + 50).match(REMARK_THEN_SURNAME_RE)
      const surname = m?.[1]
      if (m && surname && RU_SURNAME_END.test(surname))
        push(out, 'name', f.end + m[0].length - surname.length, f.end + m[0].length, text)
    }
    const first = words[0] ?? ''
    if (first.length >= 5) {
      for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?![\p{L}])/gu)) {
        if (m.index >= f.start && m.index < f.end) continue
        if (m[0].length < first.length && first.startsWith(m[0]))
          push(out, 'name', m.index, m.index + m[0].length, text)
      }
    }
  }
}

/** Beside a found name, two capitalised words read as a name: Cyrillic, or a first name or surname reading. */
function latinOrRuName(first: string, last: string): boolean {
  if (/[а-яё]/iu.test(first)) return true
  const a = latinRole(first, true)
  const b = latinRole(last, true)
  return a !== null || b !== null || !isKnownEnglishWord(last)
}

/** Names with a particle ("Maria de los Santos") or in capitals ("MICHAEL T. HARGROVE"). */
export function findParticleAndCapsNames(text: string, out: PiiFinding[]): void {
  if (/\s(?:de|da|del|della|di|du|dos|das|van|von|der|den|ter|le|la|los|las|bin|ibn|al|el)\s/u.test(text)) {
    for (const m of text.matchAll(PARTICLE_RE)) {
      const [, first = '', last = ''] = m
      const before = text.slice(Math.max(0, m.index - 40), m.index)
      const prevWord = before.match(/(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+$/u)?.[1]
      // a first name, or an unknown word after one ("Carmen Lucía de la Vega"), or anything after a role
      // ("my landlord, Joost van den Bosch")
      const afterRole = EN_ROLE_CUE_RE.test(before)
      const firstOk =
        latinRole(first, true) === 'F' ||
        (!isKnownEnglishWord(first) && prevWord !== undefined && latinRole(prevWord, true) === 'F')
      if ((afterRole || (firstOk && plainPair(first, last))) && !isPublicFigure(m[0].split(/\s+/u)))
        push(out, 'name', m.index, m.index + m[0].length, text)
    }
    for (const m of text.matchAll(LOWER_PARTICLE_RE)) {
      const [, first = '', last = ''] = m
      if (
        latinRole(title(first), true) === 'F' &&
        !isFunctionWord(first) &&
        !isFunctionWord(last) &&
        !isPublicFigure(m[0].split(/\s+/u).map(title))
      )
        push(out, 'name', m.index, m.index + m[0].length, text)
    }
  }
  if (/\s(?:o['’]|ma?c)[a-z]/u.test(text)) {
    for (const m of text.matchAll(LOWER_GAELIC_RE)) {
      const first = title(m[1] as string)
      if (latinRole(first, true) === 'F' && !isFunctionWord(first))
        push(out, 'name', m.index, m.index + m[0].length, text)
    }
  }
  if (/\p{Ll},\s+\p{Lu}\./u.test(text)) {
    for (const m of text.matchAll(SURNAME_INITIAL_RE)) {
      const word = m[1] as string
      // a surname reading, or a word no dictionary knows ("Kowalczyk"); "Yes, I." is not one
      const surname = /[а-яё]/iu.test(word)
        ? nameTags(word).surname > 0 || (!nameTags(word).known && RU_SURNAME_END.test(word.toLowerCase()))
        : !isFunctionWord(word) && (latinRole(word, true) === 'S' || latinRole(word, true) === 'U')
      if (surname && !isPublicFigure([word])) push(out, 'name', m.index, m.index + m[0].length, text)
    }
  }
  if (/[A-Z]{3,}/u.test(text)) {
    for (const m of text.matchAll(CAPS_RE)) {
      const first = title(m[1] as string)
      const last = title(m[2] as string)
      const role = latinRole(last, true)
      if (latinRole(first, true) === 'F' && (role === 'S' || role === 'U') && plainPair(first, last))
        push(out, 'name', m.index, m.index + m[0].length, text)
    }
  }
}

// "Okafor, Chidi — that's my dad", "Brady, Sean P. — my cousin": a name written as on a form, surname first,
// opening a line before a dash
const FORM_NAME_RE = /(?:^|\n)\s*([A-Z][a-z'’-]+),\s+([A-Z][a-z'’-]+)(?:\s+[A-Z]\.)?(?=\s*[—–-])/gu

/** "Okafor, Chidi —": a surname and a first name, as on a form, opening a line before a dash. */
export function findFormNames(text: string, out: PiiFinding[]): void {
  if (!/^[A-Z][a-z'’-]+,\s/mu.test(text)) return
  for (const m of text.matchAll(FORM_NAME_RE)) {
    const [all, last = '', first = ''] = m
    if (isFunctionWord(last) || isFunctionWord(first)) continue
    if (latinRole(last, true) === null && latinRole(first, true) === null) continue
    const start = m.index + all.indexOf(last)
    push(out, 'name', start, m.index + all.length, text)
  }
}
