import { createRequire } from 'node:module'
import { nameTags } from './morph.js'
import {
  EN_NOT_SURNAME,
  EN_PERSON_AFTER_RE,
  EN_PERSON_VERB_RE,
  EN_ROLE_CUE_RE,
  INTRO_RE,
  RU_PATRONYMIC_END,
  RU_SURNAME_END,
  STRONG_INTRO_RE,
  SURNAME_INTRO_RE,
  TITLE_RE,
} from './name-cues.js'
import { isPublicFigure, isTitledPublicFigure } from './public-figures.js'
import { isLoneSurname, markNounSurnames, type Role, type Token } from './surnames.js'
import { type PiiFinding, push } from './types.js'

/**
 * Full person names, ru and en. A first name alone is not PII («Аня сказала», "Sarah texted me"); a
 * first name with a surname or patronymic, a surname with a patronymic or initials, a surname with a
 * name-like neighbour, a surname after «фамилия»/"last name", and a title with a surname ("Mrs.
 * Patterson") are. The whole name is one finding, so every part is masked.
 *
 * Russian: az/OpenCorpora tags (Name/Surn/Patr) in any case form, plus surname and patronymic endings for
 * names the dictionary does not know. English: the person-name lexicon of `compromise` (first names,
 * last names), and capitalised words it does not know as ordinary words. Only capitalised words are
 * looked up (and the words right after an introduction such as «меня зовут» / "my name is"), which keeps
 * the cost per message small.
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
function isFunctionWord(word: string): boolean {
  const tag = englishLexicon()[word.toLowerCase()]
  const tags = tag === undefined ? [] : Array.isArray(tag) ? tag : [tag]
  return tags.some((x) => FUNCTION_TAGS.has(x))
}

function isAdjective(word: string): boolean {
  const tag = englishLexicon()[word.toLowerCase()]
  const tags = tag === undefined ? [] : Array.isArray(tag) ? tag : [tag]
  return tags.some((x) => x === 'Adjective' || x === 'Comparable' || x === 'Superlative' || x === 'Demonym')
}

const FIRST_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName'])
const LAST_TAGS = new Set(['LastName'])

function latinRole(word: string, cap: boolean): Role {
  const tag = englishLexicon()[word.toLowerCase().replace(/’/g, "'")]
  const tags = tag === undefined ? [] : Array.isArray(tag) ? tag : [tag]
  if (tags.some((t) => FIRST_TAGS.has(t))) return 'F'
  if (tags.some((t) => LAST_TAGS.has(t) || t === 'Person')) return 'S'
  if (tags.length > 0) return null
  // not an English word compromise knows: a surname-like capitalised word ("Whitaker", "O'Brien")
  if (cap && word.length >= 2 && !/^(?:I|I'm|Im|OK|Ok)$/.test(word)) return 'U'
  return null
}

function cyrillicRole(word: string, cap: boolean): Role {
  // a double-barrelled surname «Миронова-Белая»: a surname when one half reads as one
  const halves = word.split('-')
  if (halves.length === 2 && halves.every((h) => h.length >= 2)) {
    const whole = nameTags(word)
    if (whole.first === 0 && whole.surname === 0 && halves.some((h) => cyrillicRole(h, cap) === 'S'))
      return 'S'
  }
  const tags = nameTags(word)
  const lower = word.toLowerCase()
  if (tags.patronymic > 0 || (RU_PATRONYMIC_END.test(lower) && !tags.known && lower.length > 5)) return 'P'
  if (tags.surname > 0 && tags.surname >= tags.first) return 'S'
  if (tags.first > 0) return 'F'
  if (tags.surname > 0) return 'S'
  if (!tags.known && RU_SURNAME_END.test(lower) && lower.length > 3) return 'S'
  if (!tags.known && cap && lower.length >= 3) return 'U'
  return null
}

const TOKEN_RE = /[\p{L}][\p{L}'’-]*/gu
const INITIALS_RE = /^[А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?/u
const LOWER_START_RE = /\p{Ll}/u

function isCap(word: string): boolean {
  const first = word[0] ?? ''
  if (first === first.toLowerCase()) return false
  // ALL CAPS words are abbreviations more often than names (ЕГЭ, ОМС, NASA)
  return word.length === 1 || word.slice(1) !== word.slice(1).toUpperCase() || /['’-]/.test(word)
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(TOKEN_RE)) {
    const word = m[0].replace(/['’-]+$/u, '')
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      role: null,
      canFirst: false,
      canSurname: false,
      latin: /^[A-Za-z]/.test(word),
      cap: isCap(word),
      afterStrongIntro: false,
      afterIntro: false,
    })
  }
  return tokens
}

// Cheap pre-check: two words in a row, at least one capitalised, or an introduction / surname cue.
const PRECHECK_RE = /\p{Lu}\p{Ll}+[\s,]+\p{L}|\p{L}[\s,.]+\p{Lu}\p{Ll}/u
const CUE_RE = /зовут|имя|фамили|(?<!\p{L})я(?!\p{L})|name|call me|it's me|i'm|i’m|i am|this is/iu

// Lower-case Cyrillic words; a pair is looked up only when one of them ends like a surname/patronymic.
const LOWER_WORD_RE = /(?<![\p{L}\p{N}_@.])[а-яё]{3,}(?:-[а-яё]{2,})?(?![\p{L}\p{N}_@])/gu
const LOWER_HINT_RE =
  /[а-яё]{2}(?:ов|ев|ин|ын|ова|ева|ина|ына|ову|еву|ину|овой|евой|иной|овым|евым|иным|овича|евича|ович|евич|овна|евна|ична|овны|евны|ский|цкий|ская|цкая|енко|швили|дзе)(?![\p{L}])/u

const isFirstName = (w: string): boolean => {
  const t = nameTags(w)
  return t.first > 0 && t.first >= t.common
}
const isDictSurname = (w: string): boolean => nameTags(w).surname > 0
const isDictPatronymic = (w: string): boolean => nameTags(w).patronymic > 0

/**
 * Full Russian names written all in lower case without any cue («напиши ивану петрову», «петров иван
 * опять орёт», «сидорова марина ивановна»): a dictionary first name that is not mostly an ordinary word
 * beside a dictionary surname or patronymic, in either order (+ a patronymic after them). Guesses from
 * endings alone are not enough here.
 */
function findLowerCaseNames(text: string, out: PiiFinding[]): void {
  if (!LOWER_HINT_RE.test(text)) return
  const words = [...text.matchAll(LOWER_WORD_RE)]
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] as RegExpMatchArray
    const b = words[i + 1] as RegExpMatchArray
    if (!/^ +$/.test(text.slice((a.index ?? 0) + a[0].length, b.index))) continue
    const endsA = LOWER_HINT_RE.test(a[0])
    const endsB = LOWER_HINT_RE.test(b[0])
    if (!endsA && !endsB) continue
    const pair =
      (endsB && isFirstName(a[0]) && (isDictSurname(b[0]) || isDictPatronymic(b[0]))) ||
      (endsA && isDictSurname(a[0]) && isFirstName(b[0]))
    if (!pair) continue
    let end = (b.index ?? 0) + b[0].length
    const c = words[i + 2]
    if (c && /^ +$/.test(text.slice(end, c.index)) && isDictPatronymic(c[0])) {
      end = (c.index ?? 0) + c[0].length
      i++
    }
    const start = a.index ?? 0
    if (!isPublicFigure(text.slice(start, end).split(/\s+/), isPatronymic))
      push(out, 'name', start, end, text)
    i++
  }
}

export function findNames(text: string, out: PiiFinding[]): void {
  findLowerCaseNames(text, out)
  const cues = CUE_RE.test(text)
  if (!cues && !PRECHECK_RE.test(text)) return
  const tokens = tokenize(text)
  if (tokens.length === 0) return
  // Which tokens are looked up: capitalised ones, and up to three after an introduction.
  let introLeft = 0
  let surnameCue = false
  let prevEnd = 0
  // «фамилия Дроздова, зовут Кира» / «зовут Кира, фамилия Дроздова»: a first name given in the same
  // sentence as a surname is part of the same full name
  const introducedFirst: Token[] = []
  let surnameInSentence = false
  for (const t of tokens) {
    if (cues) {
      const before = text.slice(Math.max(0, t.start - 24), t.start)
      t.afterIntro = INTRO_RE.test(before)
      if (t.afterIntro) introLeft = 3
      t.afterStrongIntro = STRONG_INTRO_RE.test(before)
      surnameCue = SURNAME_INTRO_RE.test(before)
    }
    const gap = text.slice(prevEnd, t.start)
    if (/[.!?;:\n()«»"]/u.test(gap) && !/^\s*[А-ЯЁA-Z]\.\s*$/u.test(gap)) introLeft = Math.min(introLeft, 0)
    if (/[.!?\n]/u.test(gap)) {
      introducedFirst.length = 0
      surnameInSentence = false
    }
    if (t.cap || introLeft > 0 || surnameCue) {
      t.role = t.latin ? latinRole(t.text, t.cap) : cyrillicRole(t.text, t.cap)
      if (!t.latin && t.role !== null) {
        const tags = nameTags(t.text)
        t.canFirst = tags.first > 0
        t.canSurname = tags.surname > 0 || (RU_SURNAME_END.test(t.text.toLowerCase()) && t.text.length > 3)
      }
      if (t.role === 'F') t.canFirst = true
      if (t.role === 'S') t.canSurname = true
      // a lower-case word after an introduction is a name only when the lexicon says so
      if (!t.cap && t.role === 'U') t.role = null
      if (surnameCue && t.role === null && t.cap) t.role = 'S'
      if (surnameCue && t.role !== null) {
        if (t.role === 'F' || t.role === 'U') t.role = 'S'
        push(out, 'name', t.start, t.end, text)
        surnameInSentence = true
        for (const f of introducedFirst.splice(0)) push(out, 'name', f.start, f.end, text)
      } else if (t.afterIntro && t.role === 'F') {
        if (surnameInSentence) push(out, 'name', t.start, t.end, text)
        else introducedFirst.push(t)
      }
    }
    if (introLeft > 0) introLeft--
    prevEnd = t.end
  }
  // A capitalised English word right after a first name is a surname even when it is also a word
  // ("Michael Brown", "Jack White"); function words never are ("Sarah Will", "Sarah And").
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token
    const prev = tokens[k - 1] as Token
    if (!t.latin || !prev.latin || t.role === 'P') continue
    if (!/^ +$/.test(text.slice(prev.end, t.start))) continue
    if (isFunctionWord(t.text) || EN_NOT_SURNAME.has(t.text.toLowerCase())) continue
    if (t.cap && prev.cap && t.role === null && prev.role === 'F') {
      // "Michael Brown", "Jack White"
      t.role = 'S'
    } else if (
      t.cap &&
      prev.cap &&
      prev.afterIntro &&
      (prev.role === null || prev.role === 'U') &&
      t.role !== 'F' &&
      !isFunctionWord(prev.text) &&
      !isAdjective(prev.text) &&
      !isAdjective(t.text)
    ) {
      // right after "I'm" / "my name is" two capitalised words are a name even when the first one is
      // also an ordinary word: "I'm Maya Fox", "my name is Hope Daniels"
      prev.role = 'U'
      t.role = 'S'
    } else if (
      t.cap &&
      prev.cap &&
      prev.role === 'U' &&
      t.role === 'U' &&
      EN_PERSON_AFTER_RE.test(text.slice(t.end, t.end + 16))
    ) {
      // two capitalised words no lexicon knows, then what only a person does: "Kwame Mensah texted me",
      // "Amara Osei and I" ("Kuala Lumpur is hot" has no such verb); the first word reads as a first name
      // so a sentence opener is kept
      prev.role = 'F'
      prev.canFirst = true
      t.role = 'S'
    } else if (
      t.cap &&
      prev.cap &&
      prev.role === 'U' &&
      t.role === 'U' &&
      EN_PERSON_VERB_RE.test(text.slice(Math.max(0, prev.start - 24), prev.start))
    ) {
      // after a verb of meeting or talking, two capitalised words no lexicon knows are a person's name:
      // "I met Kwame Mensah", "talked to Priya Raman" ("went to Kuala Lumpur" has no such verb)
      t.role = 'S'
    } else if (
      t.cap &&
      prev.cap &&
      (prev.role === null || prev.role === 'U') &&
      (t.role === null || t.role === 'U') &&
      EN_ROLE_CUE_RE.test(text.slice(Math.max(0, prev.start - 40), prev.start)) &&
      !isFunctionWord(prev.text) &&
      !isAdjective(prev.text) &&
      !isAdjective(t.text)
    ) {
      // right after a noun for a person in the writer's life, two capitalised words are that person's
      // name even when no lexicon knows them: "my neighbour Tendai Moyo", "our teacher is Ngozi Okafor"
      prev.role = 'U'
      t.role = 'S'
    } else if (!t.cap && !prev.cap && prev.role === 'F' && prev.afterStrongIntro && !isAdjective(t.text)) {
      // "my name's olivia grant": lower case, only after a strong introduction
      if (t.role === null) t.role = 'S'
      t.canSurname = true
    }
  }
  markNounSurnames(text, tokens)
  // Runs of adjacent name-like tokens (spaces only; a single comma between a surname and a first name).
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i] as Token
    if (t.role === null) {
      i++
      continue
    }
    const run: Token[] = [t]
    let j = i + 1
    while (j < tokens.length && run.length < 4) {
      const prev = run[run.length - 1] as Token
      const next = tokens[j] as Token
      if (next.role === null) break
      // a possessive ends the name: "Taylor Swift's Eras Tour"
      if (/['’]s$/u.test(prev.text)) break
      const gap = text.slice(prev.end, next.start)
      const comma = /^\s*,\s*$/.test(gap) && ((prev.role === 'S' && next.role === 'F') || next.role === 'P')
      if (!/^\s+$/.test(gap) && !comma) break
      run.push(next)
      j++
    }
    // a capitalised sentence opener the dictionaries do not know ("Called Sarah …") is not a surname
    const head = run[0] as Token
    if (head.role === 'U' && run.length > 1 && /(?:^|[.!?\n]\s*)$/u.test(text.slice(0, head.start)))
      run.shift()
    if (
      isFullName(run) &&
      !isPublicFigure(
        run.map((r) => r.text),
        isPatronymic,
      )
    ) {
      const first = run[0] as Token
      const last = run[run.length - 1] as Token
      push(out, 'name', first.start, last.end, text)
    } else if (run.length === 1 && isLoneSurname(text, head)) {
      push(out, 'name', head.start, head.end, text)
    }
    i = j
  }
  findInitialsAndTitles(text, tokens, out)
}

const isPatronymic = (word: string): boolean => RU_PATRONYMIC_END.test(word.toLowerCase())

function isFullName(run: Token[]): boolean {
  if (run.length < 2) return false
  const roles = run.map((t) => t.role)
  const has = (r: Role) => roles.includes(r)
  const count = (r: Role) => roles.filter((x) => x === r).length
  // a first name and a surname in two different tokens, whichever reading each token prefers
  const firstAndSurname = run.some((a, i) => a.canFirst && run.some((b, j) => j !== i && b.canSurname))
  const latin = run.every((t) => t.latin)
  const allLower = run.every((t) => !t.cap)
  if (allLower) {
    // «игорь лапин», "john smith": both from the dictionaries, never guesses
    return firstAndSurname || ((has('F') || has('S')) && has('P'))
  }
  if (firstAndSurname) return true
  if (has('F') && (has('S') || has('P'))) return true
  if (has('S') && has('P')) return true
  if (has('F') && has('U')) return true
  if (has('S') && has('U') && run.some((t) => t.cap)) return true
  // two first names in a row, English only ("Melissa Grant", "Emily Jane"): Grant is also a surname
  if (latin && count('F') >= 2 && run.every((t) => t.cap)) return true
  if (count('S') >= 2 && run.every((t) => t.cap)) return true
  return false
}

/** «Иванова А.С.», «А. С. Пушкин», "Mrs. Patterson", "Dr. Melissa Grant". */
function findInitialsAndTitles(text: string, tokens: Token[], out: PiiFinding[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    // initials after a surname: «Иванова А.С.»
    const surnameLike = !t.latin && t.cap && RU_SURNAME_END.test(t.text.toLowerCase()) && t.text.length > 3
    if (t.role === 'S' || t.role === 'U' || surnameLike) {
      const after = text.slice(t.end).match(/^\s+([А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?)/u)
      if (after?.[1]) push(out, 'name', t.start, t.end + (after[0].length ?? 0), text)
      const before = text
        .slice(Math.max(0, t.start - 6), t.start)
        .match(/(?:^|[\s(])([А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?\s*)$/u)
      if (before?.[1] && INITIALS_RE.test(before[1]))
        push(out, 'name', t.start - before[1].length, t.end, text)
    }
    // a title and a capitalised word: "Mrs. Patterson", "Dr Grant"
    if (TITLE_RE.test(t.text)) {
      let j = i + 1
      let end = -1
      while (j < tokens.length && j <= i + 3) {
        const n = tokens[j] as Token
        const gap = text.slice((tokens[j - 1] as Token).end, n.start)
        if (!/^\.?\s+$/.test(gap) || !n.cap || LOWER_START_RE.test(n.text[0] ?? '')) break
        if (n.latin && isFunctionWord(n.text)) break
        end = n.end
        j++
      }
      const words = tokens.slice(i + 1, j).map((n) => n.text)
      if (end > 0 && !isTitledPublicFigure(t.text, words)) {
        const first = tokens[i + 1] as Token
        push(out, 'name', first.start, end, text)
      }
    }
  }
}
