import { LATIN_SURNAME_END_RE } from './name-cues.js'
import { isFunctionWord, isKnownEnglishWord, latinRole } from './names-en.js'
import { givenName } from './names-en-forms.js'
import { WORD_GIVEN_NAMES } from './names-en-given.js'
import { EAST_ASIAN_SURNAMES, hyphenGiven } from './names-foreign.js'
import { RU_FUNCTION_RE, title } from './names-shapes.js'
import { isPublicFigure } from './public-figures.js'
import { type PiiFinding, push } from './types.js'

/**
 * Names joined to a found full name, for `names.ts` (round 25):
 *
 * - a given name joined by "and"/"&" to a found "Given Surname", sharing the surname: "Rajiv and Sunita
 *   Malhotra", "tom & ellie okafor" (a couple or siblings named once with one surname: each given name is
 *   theirs);
 * - a surname written first, a comma and the given name: "Nakamura, Hiroshi Kenji", "van der Berg, Pieter".
 */

const JOINED_BEFORE_RE = /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]+)\s+(?:and|&|\+)\s+$/u

export function findJoinedGivenNames(text: string, found: readonly PiiFinding[], out: PiiFinding[]): void {
  if (!/\s(?:and|&|\+)\s/u.test(text)) return
  for (const f of found) {
    const head = f.value.match(/^\p{L}[\p{L}'’-]+(?=\s)/u)?.[0]
    // a found name that opens with a given name (then the surname follows it) and is Latin
    if (!head || !/^[A-Za-zÀ-ÖØ-öø-ÿ'’ -]+$/u.test(f.value) || !givenName(head)) continue
    const m = text.slice(Math.max(0, f.start - 30), f.start).match(JOINED_BEFORE_RE)
    const word = m?.[1]
    if (!m || !word || RU_FUNCTION_RE.test(word) || isFunctionWord(word)) continue
    // the same case as the found name's given name ("Mark and Helen Thornbury", "mark and helen thornbury")
    // ("hope and emma smith": a given name that is also a word counts only capitalised)
    const cap = /^\p{Lu}/u.test(word)
    if (cap !== /^\p{Lu}/u.test(head) || !givenName(word) || (!cap && WORD_GIVEN_NAMES.has(word))) continue
    const start = f.start - m[0].length
    push(out, 'name', start, start + word.length, text)
  }
}

const CAP_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?"
const UPPER_WORD = '\\p{Lu}{2,}(?:-\\p{Lu}{2,})?'
const PARTICLE_RUN =
  '(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Ll]e|[Ll]a|[Tt]er|[Tt]en|[Dd]os|[Dd]as)\\s+){1,2}'
// "Nakamura, Hiroshi Kenji", "García López, Manuel", "van der Berg, Pieter", "CHEN, Mei-Ling"
const SURNAME_FIRST_RE = new RegExp(
  `(?<![\\p{L}'’-])(${PARTICLE_RUN})?(${CAP_WORD}|${UPPER_WORD})(?:\\s+(${CAP_WORD}))?,\\s+(${CAP_WORD})(?:\\s+(${CAP_WORD}))?(?![\\p{L}'’-])`,
  'gu',
)
const LATIN_RE = /^[\p{Script=Latin}\s,'’-]+$/u
// a capitalised name word right before: the pair is the end of a list of full names ("Emma Stone, Ryan …")
const NAME_WORD_BEFORE_RE = /(\p{Lu}[\p{Ll}'’-]+)\s+$/u

/** A surname written before the given name: the lexicon's last name, a word it does not know, an Asian surname. */
function surnameFirstWord(word: string, particles: boolean): boolean {
  if (isFunctionWord(word)) return false
  // after particles any capitalised word ("van der Berg": "berg" is a noun to the lexicon)
  if (particles) return true
  if (/^\p{Lu}+(?:-\p{Lu}+)?$/u.test(word)) {
    // in capitals ("CHEN, Mei-Ling"), only what reads as a surname: capitals are as often an abbreviation
    const t = title(word)
    return (
      latinRole(t, true) === 'S' ||
      EAST_ASIAN_SURNAMES.has(word.toLowerCase()) ||
      (word.length >= 5 && LATIN_SURNAME_END_RE.test(word.toLowerCase()))
    )
  }
  const role = latinRole(word, true)
  if (role === 'S') return true
  return role === 'U' && word.length >= 4 && !isKnownEnglishWord(word) && !givenName(word)
}

/**
 * "Nakamura, Hiroshi Kenji", "García López, Manuel", "van der Berg, Pieter", "CHEN, Mei-Ling": one surname
 * (or two, or particles and one) written first, as forms and registers want it, a comma, then a given name
 * (and a middle one). A lone pair: lists of pairs and pairs after a label are `findCommaFirstLists`'s.
 */
export function findSurnameFirstPairs(text: string, out: PiiFinding[]): void {
  if (!/\p{L},\s+\p{Lu}\p{Ll}/u.test(text)) return
  for (const m of text.matchAll(SURNAME_FIRST_RE)) {
    const [all, particles, first = '', second, given = '', middle] = m
    if (!LATIN_RE.test(all)) continue
    const before = text.slice(Math.max(0, m.index - 30), m.index).match(NAME_WORD_BEFORE_RE)?.[1]
    if (before && !isFunctionWord(before) && latinRole(before, true) !== null) continue
    const surnames = second ? [first, second] : [first]
    if (!surnames.every((w) => surnameFirstWord(w, particles !== undefined))) continue
    const strong = particles !== undefined || surnames.some((w) => latinRole(w, true) === 'S')
    const givenWord = (w: string) =>
      givenName(w) ||
      hyphenGiven(w) ||
      (strong && latinRole(w, true) === 'U' && !isKnownEnglishWord(w) && w.length >= 3)
    if (!givenWord(given)) continue
    // a capitalised word after the given name that is no given name itself ends a full name: "Virginia Woolf,
    // Sylvia Plath" is a list; so is a comma and another capitalised word ("Jordan, Jordy, JJ")
    const withMiddle = middle !== undefined && (givenName(middle) || hyphenGiven(middle))
    if (middle !== undefined && !withMiddle) continue
    const end = withMiddle ? m.index + all.length : m.index + all.lastIndexOf(given) + given.length
    if (/^\s*,\s*\p{Lu}/u.test(text.slice(end, end + 6))) continue
    const words = [...surnames, given, ...(withMiddle && middle ? [middle] : [])].map(title)
    if (isPublicFigure(words)) continue
    push(out, 'name', m.index, end, text)
  }
}
