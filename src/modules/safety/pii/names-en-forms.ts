import { memoWord } from './memo-word.js'
import {
  EN_DESCRIBED_AFTER_RE,
  EN_LABEL_CUE_RE,
  EN_NOT_SURNAME,
  EN_PERSON_AFTER_RE,
  EN_PERSON_VERB_RE,
  EN_ROLE_CUE_RE,
} from './name-cues.js'
import { isFunctionWord, isKnownEnglishWord, isOrganizationWord, latinRole } from './names-en.js'
import { GIVEN_NAMES, WORD_GIVEN_NAMES } from './names-en-given.js'
import { isPublicFigure, isTitledPublicFigure } from './public-figures.js'
import { type PiiFinding, push } from './types.js'
import { wordsAt } from './word-at.js'

/**
 * English name shapes that say "a person's full name" by their form, any case (round 22, `names.ts`):
 *
 * - a middle initial: "lisa m. fontaine", "brian d. collins", "Patricia A. Hendricks", and a title before
 *   an initial and a surname: "dr s. ramanathan", "rev. j. whitaker";
 * - a given name and one or two more name words with a cue: a possessive ("john miller's house", "raj
 *   malhotra's wedding"), an introduction ("his name is kwame asante boateng"), what only a person does
 *   ("arjun venkatesh iyer ghosted me"), a verb of meeting or a role before;
 * - a nickname in quotes between the given name and the surname ("Lachlan 'Lachie' MacGregor");
 * - the Māori particle "Te" inside a name ("Wiremu Te Rangi");
 * - three capitalised name words with a given name that is also a word or a month in the middle ("Doris
 *   May Pritchard", "Maya Sofia Okoro");
 * - accents on a given name the lexicon knows without them ("Chloé Marchand").
 */

// Latin letters only: the shapes here are English ones («РАСКАЛЫВАЕТСЯ ГОЛОВА» is no name)
const LATIN_ONLY_RE = /^[\sA-Za-zÀ-ÖØ-öø-ÿ'’.,-]+$/u
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()
const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** A given name: the lexicon's first names (accents folded) or the list of `names-en-given.ts`. */
export const givenName: (word: string) => boolean = memoWord((word) => {
  const w = fold(word)
  if (w.length < 2 || !/^[a-z'’-]+$/u.test(w) || isFunctionWord(w)) return false
  if (GIVEN_NAMES.has(w) || latinRole(title(w), true) === 'F') return true
  // "lily-rose", "Ava-Grace", "Mary-Kate": two given names joined by a hyphen
  const halves = w.split('-')
  return halves.length === 2 && halves.every((h) => h.length >= 2 && givenName(h))
})

// English endings of words the small lexicon lacks ("literally", "suicidal", "cuttingg")
const ENGLISH_END_RE = /(?:ly|al|ing|ingg|ed|tion|ment|ness|ous|ive|ful|less|able|ies|ers)$/u

// contractions typed without the apostrophe and chat words no lexicon knows ("hope youre well")
const CHAT_WORD_RE =
  /^(?:im|ive|id|ill|youre|youve|youll|youd|hes|shes|theyre|theyve|thats|whats|wheres|theres|dont|doesnt|didnt|cant|couldnt|wont|wouldnt|shouldnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|aint|gonna|wanna|gotta|lol|lmao|omg|idk|tbh|btw|rn|ngl|smh|ok|okay|ya|yall|ur|pls|plz|thx|bc|cuz|coz|tho|ppl|sth|smth)$/u

/** A word that can be a surname: a last name to the lexicon, or no English word it knows. */
const surnameWord = memoWord((word) => {
  const w = fold(word)
  if (w.length < 2 || !/^[a-z'’-]+$/u.test(w) || isFunctionWord(w) || EN_NOT_SURNAME.has(w)) return false
  // a contraction is no name word ("hasn't"); an Irish "O'" is
  if (/['’]/u.test(w) && !/^o['’]\p{L}{2,}$/u.test(w)) return false
  if (CHAT_WORD_RE.test(w)) return false
  const role = latinRole(title(w), true)
  if (role === 'S') return true
  return !knownEnglish(w) && !ENGLISH_END_RE.test(w) && role !== null
})

/**
 * A word no English lexicon or list knows, that is no chat word and has no English ending ("jonno", "benji",
 * "nwosu"): after a role word, a title or a label it can be a nickname or a surname written first.
 */
const unknownWord = memoWord((word) => {
  const w = fold(word)
  if (w.length < 3 || !/^[a-z'’-]+$/u.test(w) || /['’]/u.test(w) || CHAT_WORD_RE.test(w)) return false
  // a letter typed three times is a typo or a drawl ("threeeatens", "sooo"), not a name
  if (/(\p{L})\1\1/u.test(w)) return false
  // "co-parent", "ex-wife": a compound of English words
  if (w.includes('-') && w.split('-').some((part) => knownEnglish(part))) return false
  if (EN_NOT_SURNAME.has(w) || ENGLISH_END_RE.test(w) || knownEnglish(w)) return false
  return latinRole(title(w), true) === 'U'
})

/** A word of the lexicon, or one with an ending on a word it knows ("fans", "texted", "babies"). */
function knownEnglish(w: string): boolean {
  if (isKnownEnglishWord(w)) return true
  const stems = [w.replace(/s$/u, ''), w.replace(/es$/u, ''), w.replace(/ies$/u, 'y'), w.replace(/e?d$/u, '')]
  return stems.some((s) => s !== w && s.length >= 3 && isKnownEnglishWord(s))
}

const TITLE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:dr|mr|mrs|ms|mx|miss|prof|rev|revd|fr|sr|sgt|det|father|sister|pastor|detective|officer|judge|coach|nurse|professor|doctor|captain|inspector|constable|reverend|vicar)\.?\s+$/iu

// a word, a single-letter initial with a dot (and maybe a second one), a word: "lisa m. fontaine"
const MIDDLE_INITIAL_RE =
  /(?<![\p{L}\p{N}'’@#./-])(\p{L}[\p{L}'’-]+)\s+(\p{L})\.\s?(?:\p{L}\.\s?)?(\p{L}[\p{L}'’-]+)/gu
// a title, then initials and a surname: "dr s. ramanathan", "Mr J. R. Okafor"
const TITLE_INITIAL_RE =
  /(?<![\p{L}\p{N}])(?:dr|mr|mrs|ms|mx|miss|prof|rev|revd|fr|sgt|det|detective|officer|judge|coach|nurse|pastor|doctor|inspector|constable)\.?\s+((?:\p{L}\.\s?){1,2})(\p{L}[\p{L}'’-]{2,})/giu

export function findMiddleInitialNames(text: string, out: PiiFinding[]): void {
  if (!/\s\p{L}\.\s?\p{L}/u.test(text)) return
  for (const m of text.matchAll(MIDDLE_INITIAL_RE)) {
    const [all, first = '', initial = '', last = ''] = m
    // a lower-case "i." is the pronoun ("told lisa i. …"); a surname is no function word
    if (initial === 'i' || last.length < 2 || isFunctionWord(last.replace(/['’]s$/u, ''))) continue
    const titled = TITLE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 14), m.index))
    if (!givenName(first) && !(titled && !isFunctionWord(first))) continue
    if (isPublicFigure([title(first), title(last)])) continue
    push(out, 'name', m.index, m.index + all.length, text)
  }
  for (const m of text.matchAll(TITLE_INITIAL_RE)) {
    const [all, initials = '', last = ''] = m
    if (isFunctionWord(last) || /^i\.\s?$/u.test(initials)) continue
    push(out, 'name', m.index + all.indexOf(initials), m.index + all.length, text)
  }
}

const WORD_RE = /(?<![\p{L}\p{N}'’@#./_-])\p{L}[\p{L}-]*(?:['’]\p{L}+)?(?![\p{L}\p{N}@_])/gu
const POSSESSIVE_RE = /['’]s$/u
const INTRO_BEFORE_RE =
  /(?:name\s+is|name\s+was|name['’]s|names\s+are|named|called|call\s+(?:him|her|them)|known\s+as|it['’]s|this\s+is|was|is)\s*[:—–-]?\s*$/iu
const STRONG_INTRO_BEFORE_RE =
  /(?:name\s+is|name\s+was|name['’]s|named|called|call\s+(?:him|her|them)|known\s+as)\s*[:—–-]?\s*$/iu

/**
 * A given name and one or two name words after it, any case, with a cue: a possessive, an introduction,
 * what only a person does after, a verb of meeting or a role before. Words are checked as name words (a
 * surname: a lexicon last name or no English word; the middle one may be a given name too).
 */
export function findCuedFullNames(text: string, out: PiiFinding[]): void {
  const words = [...text.matchAll(WORD_RE)]
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] as RegExpMatchArray
    if (POSSESSIVE_RE.test(a[0])) continue
    if (!givenName(a[0])) {
      if (unknownFirstAfterCue(text, a, words[i + 1], out)) i++
      continue
    }
    // "hope", "grace", "may" in lower case are the words, not the names
    if (
      WORD_GIVEN_NAMES.has(a[0]) ||
      (!/^\p{Lu}/u.test(a[0]) && isKnownEnglishWord(a[0]) && !givenName(a[0]))
    )
      continue
    const start = a.index ?? 0
    let n = 0
    let ok = 0
    let prevEnd = start + a[0].length
    for (let k = i + 1; k < words.length && k <= i + 3; k++) {
      const w = words[k] as RegExpMatchArray
      if (!/^ $/.test(text.slice(prevEnd, w.index))) break
      const bare = w[0].replace(POSSESSIVE_RE, '')
      // a name is written in one case: "Olivia Rodrigo fans" ends at "Rodrigo"
      if (/^\p{Lu}/u.test(bare) !== /^\p{Lu}/u.test(a[0])) break
      const name = surnameWord(bare)
      if (!name && !givenName(bare) && !WORD_GIVEN_NAMES.has(fold(bare))) break
      n = k - i
      if (name) ok = n
      prevEnd = (w.index ?? 0) + w[0].length
      if (POSSESSIVE_RE.test(w[0])) break
    }
    // "my mum is margaret ann doyle": three given names in a row, the last one is the surname ("Doyle",
    // "Grant", "James" are given names to the lexicon too); only with a cue, checked below
    const threeGiven =
      ok === 0 && n === 2 && !WORD_GIVEN_NAMES.has(fold((words[i + 2] as RegExpMatchArray)[0]))
    if (threeGiven) ok = 2
    if (ok === 0) continue
    const last = words[i + ok] as RegExpMatchArray
    const end = (last.index ?? 0) + last[0].length
    const before = text.slice(Math.max(0, start - 40), start)
    const after = text.slice(end, end + 60)
    const allLower = !/\p{Lu}/u.test(text.slice(start, end))
    const cue = threeGiven
      ? STRONG_INTRO_BEFORE_RE.test(before) ||
        INTRO_BEFORE_RE.test(before) ||
        EN_ROLE_CUE_RE.test(before) ||
        EN_LABEL_CUE_RE.test(before)
      : POSSESSIVE_RE.test(last[0]) ||
        STRONG_INTRO_BEFORE_RE.test(before) ||
        (ok >= 2 && INTRO_BEFORE_RE.test(before)) ||
        EN_PERSON_AFTER_RE.test(after) ||
        EN_DESCRIBED_AFTER_RE.test(after) ||
        EN_PERSON_VERB_RE.test(before) ||
        EN_ROLE_CUE_RE.test(before) ||
        EN_LABEL_CUE_RE.test(before) ||
        TITLE_BEFORE_RE.test(before) ||
        // "jean-luc moreau", "Mary-Kate Dawson": two given names joined by a hyphen tell a person by their form
        (a[0].includes('-') &&
          !givenName(last[0]) &&
          latinRole(title(fold(last[0].replace(POSSESSIVE_RE, ''))), true) !== null) ||
        // ", yasmin darwish, i never meant it": a lower-case full name set off by commas, as one addresses someone
        (allLower && ok === n && /,\s*$/u.test(before) && /^\s*,/u.test(after) && !givenName(last[0])) ||
        // capitalised, an accent folded to a known first name and a word no lexicon knows ("Chloé Marchand")
        (!allLower && fold(a[0]) !== a[0].toLowerCase() && /^\p{Lu}/u.test(last[0]))
    if (!cue) continue
    const parts = text.slice(start, end).replace(POSSESSIVE_RE, '').split(/\s+/)
    if (isPublicFigure(parts.map(title))) continue
    push(out, 'name', start, end, text)
    i += ok
  }
}

/**
 * "coach jonno mcallister-reid", "FATHER: NWOSU CHIDI": right after a role word, a title or a label, a word
 * no lexicon knows (a nickname, or a surname written first) and a name word after it, in the same case.
 */
function unknownFirstAfterCue(
  text: string,
  a: RegExpMatchArray,
  b: RegExpMatchArray | undefined,
  out: PiiFinding[],
): boolean {
  if (!b || !unknownWord(a[0])) return false
  const start = a.index ?? 0
  if (!/^ $/u.test(text.slice(start + a[0].length, b.index))) return false
  const bare = b[0].replace(POSSESSIVE_RE, '')
  if (/^\p{Lu}/u.test(bare) !== /^\p{Lu}/u.test(a[0])) return false
  if (!givenName(bare) && !surnameWord(bare)) return false
  const before = text.slice(Math.max(0, start - 40), start)
  if (!EN_LABEL_CUE_RE.test(before) && !TITLE_BEFORE_RE.test(before)) {
    // after a relation or role word a typo is as likely ("my dad sai dhe wishes", "my husband wuold
    // remarry"): a double-barrelled surname after it, or a given name or lexicon surname after a longer word
    if (!EN_ROLE_CUE_RE.test(before)) return false
    const doubleBarrelled = /^\p{L}{2,}-\p{L}{3,}$/u.test(bare) && bare.split('-').every(surnameWord)
    const named = a[0].length >= 4 && (givenName(bare) || latinRole(title(fold(bare)), true) === 'S')
    if (!doubleBarrelled && !named) return false
  }
  let end = (b.index ?? 0) + b[0].length
  if (isPublicFigure([title(a[0]), title(bare)])) return false
  // a third name word in the same case: "my aunt deepa lakshmi nair", "sister Ama Serwaa Boateng"
  const c = text.slice(end).match(/^ (\p{L}[\p{L}'’-]+)(?![\p{L}\p{N}@_])/u)?.[1]
  const cBare = c?.replace(POSSESSIVE_RE, '')
  if (
    c &&
    cBare &&
    !POSSESSIVE_RE.test(b[0]) &&
    /^\p{Lu}/u.test(cBare) === /^\p{Lu}/u.test(bare) &&
    (surnameWord(cBare) || givenName(cBare))
  )
    end += 1 + c.length
  push(out, 'name', start, end, text)
  return true
}

const CAP = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?"
/** A Latin word the lexicon reads as a first name, a last name or a name it does not know; no function word. */
export const nameRole = (w: string): boolean => {
  if (!LATIN_ONLY_RE.test(w)) return false
  const role = latinRole(w, true)
  return (role === 'F' || role === 'S' || role === 'U') && !isFunctionWord(w.toLowerCase())
}

// "Lachlan 'Lachie' MacGregor", 'Robert "Bobby" Tran'
const NICKNAME_RE = new RegExp(
  `(?<![\\p{L}])(${CAP})\\s+['"‘“](${CAP})['"’”]\\s+(${CAP}|\\p{Lu}\\p{Ll}*\\p{Lu}\\p{Ll}+)`,
  'gu',
)
// "Wiremu Te Rangi", "Aroha Te Whata"
const TE_PARTICLE_RE = new RegExp(`(?<![\\p{L}])(${CAP})\\s+Te\\s+(${CAP})(?![\\p{L}])`, 'gu')
// "Doris May Pritchard", "Maya Sofia Okoro", "Emily Rose Carter"
const THREE_CAPS_RE = new RegExp(
  `(?<![\\p{L}'’])(${CAP})\\s+(${CAP})\\s+(${CAP}|\\p{Lu}\\p{Ll}*\\p{Lu}\\p{Ll}+)(?![\\p{L}])`,
  'gu',
)

export function findNameRuns(text: string, out: PiiFinding[]): void {
  for (const m of text.matchAll(NICKNAME_RE)) {
    const [all, first = '', , last = ''] = m
    if (nameRole(first) && (surnameWord(last) || nameRole(last)))
      push(out, 'name', m.index, m.index + all.length, text)
  }
  if (/\sTe\s/u.test(text))
    for (const m of text.matchAll(TE_PARTICLE_RE)) {
      const [all, first = ''] = m
      // (an ordinary word before "Te" only mid-sentence: "Mere Te Awa"; "Visit Te Papa" opens one)
      const opens = /(?:^|[.!?:;]\s*|\n\s*)$/u.test(text.slice(0, m.index))
      if (nameRole(first) || givenName(first) || (!opens && !isFunctionWord(first.toLowerCase())))
        push(out, 'name', m.index, m.index + all.length, text)
    }
  for (const m of text.matchAll(THREE_CAPS_RE)) {
    const [all, first = '', middle = '', last = ''] = m
    const mid = fold(middle)
    if (!givenName(first) || !(givenName(middle) || WORD_GIVEN_NAMES.has(mid)) || !surnameWord(last)) continue
    if (isPublicFigure([first, middle, last])) continue
    push(out, 'name', m.index, m.index + all.length, text)
  }
}

// a capitalised word and the spaces that end the text before a repeat of a surname
const CAP_BEFORE_RE = new RegExp(`(?<![\\p{L}])(${CAP})\\s+$`, 'gu')

/**
 * "Mrs Oyelaran — Folake Oyelaran —": a capitalised given name or unknown word right before another
 * mention of a found surname is that person's first name.
 */
export function findGivenBeforeRepeats(text: string, found: readonly PiiFinding[], out: PiiFinding[]): void {
  for (const f of found) {
    if (!LATIN_ONLY_RE.test(f.value)) continue
    for (const word of f.value.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []) {
      if (!elsewhere(text, word, f) || !surnameWord(word)) continue
      // what `(?<![\p{L}])(CAP)\s+word(?![\p{L}])` (`gu`) finds: each match starts after the last one
      let last = 0
      for (const w of wordsAt(text, word, { before: null })) {
        if (w.index < last) continue
        CAP_BEFORE_RE.lastIndex = last
        const m = CAP_BEFORE_RE.exec(text.slice(0, w.index))
        if (!m) continue
        last = w.end
        const first = m[1] ?? ''
        const at = w.index
        if ((at >= f.start && at < f.end) || /['’]/u.test(first)) continue
        if (givenName(first) || (nameRole(first) && !isKnownEnglishWord(first.toLowerCase())))
          push(out, 'name', m.index, w.end, text)
      }
    }
  }
}

/**
 * `word` (as typed) occurs in `text` outside `f` — where a repeat of a found name's word can be; a cheap
 * check before a regex is built for it.
 */
export function elsewhere(text: string, word: string, f: PiiFinding): boolean {
  const first = text.indexOf(word)
  return first !== -1 && (first < f.start || text.indexOf(word, f.end) !== -1)
}

// "Mr Right", "Miss Perfect": a title before a word of praise or blame is a figure of speech, not a surname
const FIGURATIVE_AFTER_TITLE = new Set(
  'right wrong perfect nice cool popular fixit fix-it know-it-all sunshine grumpy bossy busy lonely average nobody everything tough'.split(
    ' ',
  ),
)
const TITLE_JUST_BEFORE_RE = /(?:^|[^\p{L}])(mr|mrs|ms|miss|dr|doctor|prof|sir|mister)\.?\s+$/iu
// "Ronald McDonald House", "Fred Hollows Foundation": a full name before an institution's word names the place
const INSTITUTION_AFTER_RE =
  /^\s+(?:House|Foundation|Hospital|Hospice|Institute|Centre|Center|Trust|Academy|College|University|Library|Stadium|Memorial|Museum|Clinic|Charity|Fund|Scholarship|Award|Prize|Bridge|Airport)(?![\p{L}])/u
// "Aunt Jean keeps asking", "Uncle Bob": a kin word and one name is a first name alone
const KIN_AND_ONE_NAME_RE =
  /^(?:Aunt|Auntie|Aunty|Uncle|Cousin|Nana|Nanna|Nan|Gran|Granny|Grandma|Grandpa|Grampa|Gramps|Nonna|Nonno|Abuela|Abuelo|Tita|Tito|Lola|Lolo)\s+\p{Lu}[\p{Ll}'’-]+$/u

/** A found name that is a figure of speech, an institution or a kin word and a first name (round 22). */
export function isEnglishNonName(text: string, f: PiiFinding): boolean {
  if (KIN_AND_ONE_NAME_RE.test(f.value) || INSTITUTION_AFTER_RE.test(text.slice(f.end, f.end + 16)))
    return true
  const title = text.slice(Math.max(0, f.start - 10), f.start).match(TITLE_JUST_BEFORE_RE)?.[1]
  if (!title || /\s/u.test(f.value)) return false
  // "Dr. Google", "Dr. YouTube", "Dr. Internet": a title before a company or a mass noun is a figure of speech
  return (
    FIGURATIVE_AFTER_TITLE.has(f.value.toLowerCase()) ||
    isOrganizationWord(f.value) ||
    isTitledPublicFigure(title, [f.value])
  )
}
