import { createRequire } from 'node:module'
import { nameTags } from './morph.js'
import {
  EN_DESCRIBED_AFTER_RE,
  EN_NOT_SURNAME,
  EN_PERSON_AFTER_RE,
  EN_PERSON_VERB_RE,
  EN_PLACE_WORDS,
  EN_ROLE_CUE_RE,
  LATIN_SURNAME_END_RE,
} from './name-cues.js'
import { GIVEN_NAMES, WORD_GIVEN_NAMES } from './names-en-given.js'
import type { Role, Token } from './surnames.js'

/**
 * English (and Latin-script) side of `names.ts`: the person-name lexicon of `compromise`, transliterated
 * Russian names («ilya morozov»), and the rules that read two words in a row as a first name and a surname
 * from their context ("my neighbour Tendai Moyo", "Kwame Mensah texted me").
 */

let lexicon: Record<string, string | string[]> | undefined

/** compromise's English lexicon, loaded on first use (synchronously, via require). */
function englishLexicon(): Record<string, string | string[]> {
  if (!lexicon) {
    const require = createRequire(import.meta.url)
    const mod = require('compromise/two') as { default?: unknown }
    const nlp = (mod.default ?? mod) as { model(): { one: { lexicon: Record<string, string | string[]> } } }
    lexicon = nlp.model().one.lexicon
  }
  return lexicon
}

/** Loads the English name lexicon now (idempotent). */
export function preloadNameLexicon(): void {
  englishLexicon()
}

function tagsOf(word: string): string[] {
  const tag = englishLexicon()[word.toLowerCase().replace(/’/g, "'")]
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag]
}

/** Every word of the English lexicon with its tags (for the sound keys of `names-cyrillic-en.ts`). */
export function englishLexiconEntries(): [string, string[]][] {
  return Object.entries(englishLexicon()).map(([w, t]) => [w, Array.isArray(t) ? t : [t]])
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place'])
/** Words compromise's lexicon knows together as a place: "Costa Rica", "Hong Kong", "Tel Aviv". */
export function isEnglishPlace(words: readonly string[]): boolean {
  return words.length > 1 && tagsOf(words.join(' ')).some((x) => PLACE_TAGS.has(x))
}

const THING_TAGS = new Set(['Organization', 'Uncountable'])
/** A word compromise's lexicon knows as an organisation or a mass noun: "Google", "YouTube", "internet". */
export function isOrganizationWord(word: string): boolean {
  return tagsOf(word).some((x) => THING_TAGS.has(x))
}

/** A word compromise's lexicon knows, as anything at all. */
export function isKnownEnglishWord(word: string): boolean {
  return tagsOf(word).length > 0
}

const FUNCTION_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Modal',
  'Copula',
  'Auxiliary',
  'Adverb',
  'QuestionWord',
  'Negative',
  'Possessive',
  'Expression',
  'Month',
  'WeekDay',
  'PastTense',
  'PresentTense',
  'Gerund',
])
export function isFunctionWord(word: string): boolean {
  return tagsOf(word).some((x) => FUNCTION_TAGS.has(x))
}

const DESCRIBING_TAGS = new Set([
  'Adjective',
  'Comparable',
  'Superlative',
  'Adverb',
  'Verb',
  'Infinitive',
  'PastTense',
  'PresentTense',
  'Gerund',
  'Participle',
])
function isDescribingStem(stem: string): boolean {
  return stem.length >= 3 && [stem, `${stem}e`].some((w) => tagsOf(w).some((x) => DESCRIBING_TAGS.has(x)))
}

/** An English word that describes or acts ("furious", "down", "posting"): not a handle after "twitter is". */
export function isDescribingWord(word: string): boolean {
  return (
    tagsOf(word).some((x) => DESCRIBING_TAGS.has(x)) ||
    /^[a-z]{3,}(?:ous|ful|less|ive|able|ible|ish)$/.test(word) ||
    // "posting", "blocked", "finally": a known verb or adjective with an ending
    [/ing$/, /e?d$/, /ly$/].some((re) => re.test(word) && isDescribingStem(word.replace(re, '')))
  )
}

function isAdjective(word: string): boolean {
  return tagsOf(word).some(
    (x) => x === 'Adjective' || x === 'Comparable' || x === 'Superlative' || x === 'Demonym',
  )
}

const FIRST_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName'])
const LAST_TAGS = new Set(['LastName'])

/** A first name the lexicon knows as nothing else ("Sarah", "Dave"): after a title it is no surname. */
export function isOnlyFirstName(word: string): boolean {
  const tags = tagsOf(word)
  return tags.some((t) => FIRST_TAGS.has(t)) && !tags.some((t) => LAST_TAGS.has(t))
}

// Latin letters for a transliterated Russian word («ilya morozov eto ya»), longest first.
const TRANSLIT: [RegExp, string][] = [
  [/shch/g, 'щ'],
  [/sch/g, 'щ'],
  [/zh/g, 'ж'],
  [/kh/g, 'х'],
  [/ts/g, 'ц'],
  [/ch/g, 'ч'],
  [/sh/g, 'ш'],
  [/yu|iu/g, 'ю'],
  [/ya|ia/g, 'я'],
  [/yo|jo/g, 'ё'],
  [/ye|je/g, 'е'],
  [/iy$|yy$|y$/g, 'ий'],
  // "aigerim", "nikolai": a vowel and an "i" before a consonant are «ай», «ей», «ой»
  [/([aeou])i(?![aeiouy])/g, '$1й'],
]
const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  v: 'в',
  w: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  j: 'й',
  y: 'ы',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'к',
  x: 'кс',
}
function toCyrillic(word: string): string {
  let w = word.toLowerCase()
  for (const [re, to] of TRANSLIT) w = w.replace(re, to)
  return w.replace(/[a-z]/g, (ch) => LETTERS[ch] ?? ch)
}

/** The reading of a transliterated Russian name: 'F', 'S', 'P' when the dictionary knows it as one. */
function translitRole(word: string): Role {
  if (word.length < 3 || !/^[A-Za-z]+$/.test(word)) return null
  const plain = toCyrillic(word)
  // a soft sign is not written in Latin: "ilya" is «илья», "olga" «ольга»
  for (const form of [
    plain,
    plain.replace(/([бвгдзклмнпрстфх])([яюеёи])/u, '$1ь$2'),
    plain.replace(/л([бвгджзклмнпрстфхцчшщ])/u, 'ль$1'),
  ]) {
    const tags = nameTags(form)
    if (!tags.known) continue
    if (tags.patronymic > 0) return 'P'
    if (tags.first > 0 && tags.first >= tags.common) return 'F'
    if (tags.surname > 0) return 'S'
  }
  return null
}

const MAC_O_SURNAME_RE = /^(?:Ma?c\p{Lu}\p{Ll}{2,}|O['’]\p{Lu}\p{Ll}{2,})$/u

export function latinRole(word: string, cap: boolean): Role {
  const tags = tagsOf(word)
  if (tags.some((t) => FIRST_TAGS.has(t))) return 'F'
  if (tags.some((t) => LAST_TAGS.has(t) || t === 'Person')) return 'S'
  const lower = word.toLowerCase()
  if (EN_PLACE_WORDS.has(lower)) return null
  if (tags.length > 0) return null
  // "Kwame", "Meera", "Tendai": a given name of the list the lexicon lacks (not one that is also a word)
  if (GIVEN_NAMES.has(lower) && !WORD_GIVEN_NAMES.has(lower)) return 'F'
  // "MacLeod", "McTavish", "O'Sullivan": a Scottish or Irish surname by its form
  if (cap && MAC_O_SURNAME_RE.test(word)) return 'S'
  // "Hakobyan", "Kravchuk", "Beridze": a transliterated surname ending
  if (word.length >= 5 && LATIN_SURNAME_END_RE.test(word.toLowerCase())) return 'S'
  // not an English word compromise knows: a surname-like capitalised word ("Whitaker", "O'Brien")
  if (cap && word.length >= 2 && !/^(?:I|I'm|Im|OK|Ok)$/.test(word)) return 'U'
  return null
}

/** Most words capitalised: a text typed in capitals (folded to "Army Buddy Says" for the name pass). */
function typedInCapitals(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? []
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length > 0.6 * words.length
}

const around = (text: string, t: Token, before: number) => text.slice(Math.max(0, t.start - before), t.start)

/**
 * Two Latin words in a row read as a first name and a surname from the words themselves or their context.
 * Marks the tokens' roles; `names.ts` turns runs of marked tokens into findings.
 */
export function markEnglishPairs(text: string, tokens: Token[]): void {
  let caps: boolean | undefined
  const capsText = (): boolean => {
    if (caps === undefined) caps = typedInCapitals(text)
    return caps
  }
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token
    const prev = tokens[k - 1] as Token
    if (!t.latin || !prev.latin || t.role === 'P') continue
    if (!/^ +$/.test(text.slice(prev.end, t.start))) continue
    if (isFunctionWord(t.text) || EN_NOT_SURNAME.has(t.text.toLowerCase())) continue
    if (EN_PLACE_WORDS.has(t.text.toLowerCase()) || isFunctionWord(prev.text)) continue
    const after = text.slice(t.end, t.end + 24)
    // a transliterated Russian name, any case: «ilya morozov», "Olena Kravchuk"
    const unknown = (w: Token) => w.role === 'U' || tagsOf(w.text).length === 0
    const rp = unknown(prev) || unknown(t) ? translitRole(prev.text) : null
    // "aigerim nurlanova": a transliterated first name, then a word with a surname ending no dictionary knows
    const rt = rp
      ? (translitRole(t.text) ??
        (rp === 'F' && t.text.length >= 5 && LATIN_SURNAME_END_RE.test(t.text.toLowerCase()) ? 'S' : null))
      : null
    if ((rp === 'F' && (rt === 'S' || rt === 'P')) || (rp === 'S' && rt === 'F')) {
      prev.role = rp
      t.role = rt
      prev.canFirst = rp === 'F'
      t.canSurname = rt === 'S'
      prev.cap = prev.cap || t.cap
      continue
    }
    // lower-case words get no role in names.ts; read them from the lexicon here
    // (a dictionary first name and a dictionary last name in lower case are a full name: "ilya morozov")
    for (const w of [prev, t]) {
      if (w.cap || w.role !== null) continue
      w.role = latinRole(w.text, false)
      if (w.role === 'F') w.canFirst = true
      // (a last name to the lexicon and nothing else: "hammond" is tagged a person, "moreau" a last name)
      if (w.role === 'S' && tagsOf(w.text).every((x) => LAST_TAGS.has(x) || x === 'Person'))
        w.canSurname = true
    }
    const personContext =
      EN_PERSON_AFTER_RE.test(after) ||
      EN_DESCRIBED_AFTER_RE.test(after) ||
      EN_PERSON_VERB_RE.test(around(text, prev, 24))
    if (t.cap && prev.cap && t.role === null && prev.role === 'F') {
      // "Michael Brown", "Jack White"
      t.role = 'S'
    } else if (
      t.cap &&
      prev.cap &&
      prev.afterIntro &&
      (prev.role === null || prev.role === 'U' || prev.role === 'S') &&
      t.role !== 'F' &&
      !isAdjective(prev.text) &&
      (prev.role === 'S' || !isAdjective(t.text))
    ) {
      // right after "I'm" / "my name is" two capitalised words are a name even when the first one is
      // also an ordinary word: "I'm Maya Fox", "my name is Hope Daniels", "I'm Jordan Gray"
      prev.role = 'U'
      t.role = 'S'
    } else if (
      personContext &&
      (t.role === null ||
        t.role === 'U' ||
        t.role === 'S' ||
        (t.role === 'F' && !t.cap && prev.role === 'F')) &&
      !isAdjective(prev.text) &&
      ((t.cap && prev.cap && prev.role !== 'P') || (prev.role === 'F' && !prev.cap))
    ) {
      // what only a person does, right after two words ("Kwame Mensah texted me", "rebecca young is my
      // sister", "Narine Hakobyan here,"), or a verb of meeting or talking before them ("I met Kwame
      // Mensah"; "went to Kuala Lumpur" has no such verb)
      prev.role = 'F'
      prev.canFirst = true
      t.role = 'S'
      t.canSurname = true
    } else if (
      personContext &&
      t.cap &&
      prev.cap &&
      t.role === 'F' &&
      (prev.role === 'U' || prev.role === 'S') &&
      !isAdjective(prev.text) &&
      // (not in a text typed in capitals, folded to "Army Buddy Says": every word looks like a name there)
      !capsText()
    ) {
      // the same, surname first: "Okoro Chidi from my class", "Tanaka Yuki keeps texting me"
      prev.role = 'S'
      prev.canSurname = true
    } else if (
      t.cap &&
      prev.cap &&
      prev.role !== 'F' &&
      (prev.role === null || prev.role === 'U' || prev.role === 'S') &&
      t.role !== 'F' &&
      EN_ROLE_CUE_RE.test(around(text, prev, 40)) &&
      !isAdjective(prev.text)
    ) {
      // right after a noun for a person in the writer's life, two capitalised words are that person's
      // name even when no lexicon knows them: "my neighbour Tendai Moyo", "My daughter Lily Parker"
      prev.role = 'U'
      t.role = 'S'
    } else if (
      !t.cap &&
      !prev.cap &&
      EN_ROLE_CUE_RE.test(around(text, prev, 40)) &&
      /^\s*(?:is|was|has|had|who|,)/u.test(after) &&
      !isAdjective(prev.text) &&
      !isAdjective(t.text)
    ) {
      // "my grandma rose hill is in hospice": lower case after a person's role, then a verb
      prev.role = 'F'
      prev.canFirst = true
      t.role = 'S'
      t.canSurname = true
    } else if (!t.cap && !prev.cap && prev.role === 'F' && prev.afterStrongIntro && !isAdjective(t.text)) {
      // "my name's olivia grant": lower case, only after a strong introduction
      if (t.role === null) t.role = 'S'
      t.canSurname = true
    }
  }
}
