import { EN_LABEL_CUE_RE, LATIN_SURNAME_END_RE } from './name-cues.js'
import { isFunctionWord, isKnownEnglishWord, latinRole } from './names-en.js'
import { givenName, nameRole } from './names-en-forms.js'
import { EAST_ASIAN_SURNAMES, hyphenGiven } from './names-foreign.js'
import { CYR_RE, ordinaryEnglish, title } from './names-shapes.js'
import { isPublicFigure } from './public-figures.js'
import { type PiiFinding, push } from './types.js'

/**
 * Names written surname first, a comma, then the given name, as forms, registers and class lists write them
 * (`names.ts`). One scanner (`commaPairs`: a pair pattern built from the shared word and particle shapes, read
 * into its parts) serves three readings, from the strongest evidence in the pair itself to the weakest:
 *
 * - a lone pair whose surname has an ending of the region: "Sargsyan, Levon Ashot" (round 20, `endingPairs`);
 * - a lone pair of a surname the lexicon knows, or one after particles, or in capitals, and a given name:
 *   "Nakamura, Hiroshi Kenji", "García López, Manuel", "van der Berg, Pieter", "CHEN, Mei-Ling" (round 25,
 *   `lexiconPairs`);
 * - name-like pairs, two or more in a list or one after a label: "Okafor, Chinedu; Smith, Laura", "Rahman,
 *   Nadia and Rahman, Imran", "Name: Okafor, Chinedu" (round 22, `pairLists`).
 */
export function findCommaFirstNames(text: string, out: PiiFinding[]): void {
  // every reading needs Latin letters and a capital after a comma
  if (!/\p{L},\s+\p{Lu}/u.test(text) || !/\p{Script=Latin}/u.test(text)) return
  endingPairs(text, out)
  lexiconPairs(text, out)
  pairLists(text, out)
}

// a capitalised word, maybe with an apostrophe or a second capitalised half: "Okafor", "O'Neil", "Owusu-Ansah"
const CAP = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?"
// a surname in capitals: "CHEN", "OWUSU-ANSAH"
const UPPER = '\\p{Lu}{2,}(?:-\\p{Lu}{2,})?'
// a capitalised word with no apostrophe or hyphen: "Levon"
const PLAIN = '\\p{Lu}\\p{Ll}+'
const PARTICLE_WORDS = 'van von de der den del della di da du le la ter ten dos das'.split(' ')
/**
 * `min` to `max` particles before a surname ("van der", "de la"), the first letter in either case; with `arabic`,
 * "al" and "el" too (lists only: a lone pair after particles takes any capitalised word as the surname).
 */
function particles(min: number, max: number, arabic = false): string {
  const words = arabic ? [...PARTICLE_WORDS, 'al', 'el'] : PARTICLE_WORDS
  const alternatives = words.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|')
  return `(?:(?:${alternatives})\\s+){${min},${max}}`
}

/** A pair pattern: what may not touch it (`edge`), the surname part, the given name, a middle name or not. */
function pairRe(edge: string, surname: string, given: string, middle: boolean): RegExp {
  const mid = middle ? `(?:\\s+(?<middle>${given}))?` : ''
  return new RegExp(`(?<![${edge}])${surname},\\s+(?<given>${given})${mid}(?![${edge}])`, 'dgu')
}

type CommaPair = {
  start: number
  /** The end of the whole match (the middle name's, when there is one). */
  end: number
  /** The end of the given name. */
  givenEnd: number
  particles: string | undefined
  surnames: string[]
  given: string
  middle: string | undefined
}

/** Every match of a pair pattern in `text`, in its parts. */
function commaPairs(re: RegExp, text: string): CommaPair[] {
  return [...text.matchAll(re)].map((m) => {
    const g = m.groups ?? {}
    return {
      start: m.index,
      end: m.index + m[0].length,
      givenEnd: m.indices?.groups?.given?.[1] ?? m.index + m[0].length,
      particles: g.particles,
      surnames: [g.surname ?? '', ...(g.second ? [g.second] : [])],
      given: g.given ?? '',
      middle: g.middle,
    }
  })
}

// "Sargsyan, Levon Ashot": one capitalised word of five letters or more, plain given and middle names
const ENDING_PAIR_RE = pairRe("\\p{L}'’-", '(?<surname>\\p{Lu}\\p{Ll}{4,})', PLAIN, true)

/** "Sargsyan, Levon Ashot": a surname with an ending of the region, no English word; a given name (and another). */
function endingPairs(text: string, out: PiiFinding[]): void {
  if (!/\p{Ll},\s+\p{Lu}/u.test(text)) return
  for (const p of commaPairs(ENDING_PAIR_RE, text)) {
    const surname = p.surnames[0] ?? ''
    if (CYR_RE.test(text.slice(p.start, p.end))) continue
    if (!LATIN_SURNAME_END_RE.test(surname.toLowerCase()) || isKnownEnglishWord(surname)) continue
    const given = (w: string) => !isFunctionWord(w) && !ordinaryEnglish(w)
    if (!given(p.given)) continue
    push(out, 'name', p.start, p.middle && given(p.middle) ? p.end : p.givenEnd, text)
  }
}

// "Nakamura, Hiroshi Kenji", "García López, Manuel", "van der Berg, Pieter", "CHEN, Mei-Ling"
const LEXICON_PAIR_RE = pairRe(
  "\\p{L}'’-",
  `(?<particles>${particles(1, 2)})?(?<surname>${CAP}|${UPPER})(?:\\s+(?<second>${CAP}))?`,
  CAP,
  true,
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
 * One surname (or two, or particles and one) written first, a comma, then a given name (and a middle one), as
 * forms and registers want it: a lone pair, not the end of a list of full names.
 */
function lexiconPairs(text: string, out: PiiFinding[]): void {
  if (!/\p{L},\s+\p{Lu}\p{Ll}/u.test(text)) return
  for (const p of commaPairs(LEXICON_PAIR_RE, text)) {
    const { surnames, given, middle } = p
    if (!LATIN_RE.test(text.slice(p.start, p.end))) continue
    const before = text.slice(Math.max(0, p.start - 30), p.start).match(NAME_WORD_BEFORE_RE)?.[1]
    if (before && !isFunctionWord(before) && latinRole(before, true) !== null) continue
    if (!surnames.every((w) => surnameFirstWord(w, p.particles !== undefined))) continue
    const strong = p.particles !== undefined || surnames.some((w) => latinRole(w, true) === 'S')
    const givenWord = (w: string) =>
      givenName(w) ||
      hyphenGiven(w) ||
      (strong && latinRole(w, true) === 'U' && !isKnownEnglishWord(w) && w.length >= 3)
    if (!givenWord(given)) continue
    // a capitalised word after the given name that is no given name itself ends a full name: "Virginia Woolf,
    // Sylvia Plath" is a list; so is a comma and another capitalised word ("Jordan, Jordy, JJ")
    const withMiddle = middle !== undefined && (givenName(middle) || hyphenGiven(middle))
    if (middle !== undefined && !withMiddle) continue
    const end = withMiddle ? p.end : p.givenEnd
    if (/^\s*,\s*\p{Lu}/u.test(text.slice(end, end + 6))) continue
    const words = [...surnames, given, ...(withMiddle && middle ? [middle] : [])].map(title)
    if (isPublicFigure(words)) continue
    push(out, 'name', p.start, end, text)
  }
}

// (a surname may open with particles: "van der Berg, Pieter", "de la Cruz, Maria", "El Amrani, Youssef")
const LIST_PAIR_RE = pairRe('\\p{L}', `(?<particles>${particles(0, 2, true)})(?<surname>${CAP})`, CAP, false)
const LIST_GAP_RE = /^\s*(?:;|,?\s*(?:and|&)|\/)\s*$/u

/** "Okafor, Chinedu; Smith, Laura": two or more name-like pairs joined by ";", "and", "&", "/"; one after a label. */
function pairLists(text: string, out: PiiFinding[]): void {
  const pairs = commaPairs(LIST_PAIR_RE, text).filter(
    (p) => nameRole(p.surnames[0] ?? '') && nameRole(p.given),
  )
  let run: CommaPair[] = []
  const flush = () => {
    // one pair is enough after a label ("Name: Okafor, Chinedu", "FATHER: van der Berg, Pieter")
    const first = run[0]
    const labelled =
      run.length === 1 &&
      first &&
      EN_LABEL_CUE_RE.test(text.slice(Math.max(0, first.start - 40), first.start))
    if (run.length >= 2 || labelled) for (const p of run) push(out, 'name', p.start, p.end, text)
    run = []
  }
  for (const p of pairs) {
    const prev = run[run.length - 1]
    if (prev && !LIST_GAP_RE.test(text.slice(prev.end, p.start))) flush()
    run.push(p)
  }
  flush()
}
