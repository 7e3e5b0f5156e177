import { nameTags } from './morph.js'
import {
  BUSINESS_LAST_WORD_RE,
  EN_DESCRIBED_AFTER_RE,
  EN_NOT_SURNAME,
  EN_PERSON_AFTER_RE,
  INTRO_RE,
  NAME_IS_A_PLACE_AFTER_RE,
  NAME_IS_A_PLACE_RE,
  NAME_IS_A_WORK_AFTER_IS_RE,
  NAME_IS_A_WORK_RE,
  PET_BEFORE_TITLE_RE,
  PLACE_LAST_WORD_RE,
  RU_PATRONYMIC_END,
  RU_SURNAME_END,
  STRONG_INTRO_RE,
  SURNAME_INTRO_RE,
  TITLE_RE,
} from './name-cues.js'
import { findFormNames, findNamesAround, findParticleAndCapsNames } from './names-around.js'
import { findEnglishNamesInCyrillic } from './names-cyrillic-en.js'
import {
  isEnglishPlace,
  isFunctionWord,
  isKnownEnglishWord,
  isOnlyFirstName,
  latinRole,
  markEnglishPairs,
} from './names-en.js'
import { findLowerCaseNames, findLowerNounSurnames } from './names-lower.js'
import { findLowerRepeats, findNamesByContext, isPetName } from './names-more.js'
import { isPublicFigure, isTitledPublicFigure } from './public-figures.js'
import {
  isLoneSurname,
  markNounSurnames,
  markShortSurnames,
  markTurkicPatronymics,
  type Role,
  type Token,
} from './surnames.js'
import { type PiiFinding, push } from './types.js'

export { preloadNameLexicon } from './names-en.js'

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

function cyrillicRole(word: string, cap: boolean): Role {
  // a double-barrelled surname «Миронова-Белая»: a surname when one half reads as one
  const halves = word.split('-')
  if (halves.length === 2 && halves.every((h) => h.length >= 2)) {
    const whole = nameTags(word)
    if (whole.first === 0 && whole.surname === 0 && halves.some((h) => cyrillicRole(h, cap) === 'S'))
      return 'S'
    // «Анна-Мария», «Мария-Луиза»: two first names make one
    if (whole.first === 0 && whole.surname === 0 && halves.every((h) => cyrillicRole(h, cap) === 'F'))
      return 'F'
  }
  const tags = nameTags(word)
  const lower = word.toLowerCase()
  if (tags.patronymic > 0 || (RU_PATRONYMIC_END.test(lower) && !tags.known && lower.length > 5)) return 'P'
  if (tags.surname > 0 && tags.surname >= tags.first) return 'S'
  if (tags.first > 0) return 'F'
  if (tags.surname > 0) return 'S'
  if (!tags.known && RU_SURNAME_END.test(lower) && lower.length > 3) return 'S'
  // «Сомова», «Совина»: a capitalised word with a surname ending and no noun or name reading
  if (cap && tags.noun === 0 && tags.first === 0 && /(?:ов|ев|ин|ова|ева|ина|овой|евой|иной)$/u.test(lower))
    return lower.length > 4 ? 'S' : null
  if (!tags.known && cap && lower.length >= 3) return 'U'
  return null
}

const TOKEN_RE = /[\p{L}][\p{L}'’-]*/gu
const INITIALS_RE = /^[А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?/u
const LOWER_START_RE = /\p{Ll}/u
const LOWER_TITLE_RE = /^(?:dr|mr|mrs|ms|prof)$/u

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
const PRECHECK_RE =
  /\p{Lu}\p{Ll}+[\s,]+\p{L}|\p{L}[\s,.]+\p{Lu}\p{Ll}|[a-z]{3,} [a-z]{3,}|(?:dr|mr|mrs|ms|prof)\.?\s+[a-z]{3,}/u
const CUE_RE = /зовут|имя|фамили|(?<!\p{L})(?:я|im)(?!\p{L})|name|call me|it's me|i'm|i’m|i am|this is/iu

// Short Russian and transliterated prepositions and conjunctions: never part of a name in lower case.
const LOWER_FUNCTION_WORDS = new Set(
  'из в во на с со к ко у от до по за под над о об при без для через и а но или из-за v iz na s k u ot do po za i a no'.split(
    ' ',
  ),
)

/**
 * Every full name in `text`. A name followed by what one says of a public person's work ("Kate Bush
 * scene", "Anthony Bourdain episodes", «Цой песни») is left alone; once a full name is found, its other
 * mentions in the same text are masked too ("my wife Giorgi... my husband Giorgi Beridze").
 */
export function findNames(text: string, out: PiiFinding[]): void {
  const found: PiiFinding[] = []
  collectNames(text, found)
  findParticleAndCapsNames(text, found)
  findEnglishNamesInCyrillic(text, found)
  findNamesByContext(text, found)
  if (found.length === 0) return
  const kept = found.filter(
    (f) =>
      !NAME_IS_A_WORK_RE.test(text.slice(f.end, f.end + 24)) &&
      !NAME_IS_A_WORK_AFTER_IS_RE.test(text.slice(f.end, f.end + 40)) &&
      !NAME_IS_A_PLACE_AFTER_RE.test(text.slice(f.end, f.end + 16)) &&
      !BUSINESS_LAST_WORD_RE.test(f.value) &&
      !isPetName(text, f.start) &&
      !(
        PLACE_LAST_WORD_RE.test(f.value) &&
        NAME_IS_A_PLACE_RE.test(text.slice(Math.max(0, f.start - 12), f.start))
      ),
  )
  for (const f of kept) out.push(f)
  findNamesAround(text, kept, out)
  findLowerRepeats(text, kept, out)
  for (const f of kept) {
    for (const word of f.value.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []) {
      const re = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu')
      for (const m of text.matchAll(re))
        if (m.index < f.start || m.index >= f.end) push(out, 'name', m.index, m.index + word.length, text)
    }
  }
}

function collectNames(text: string, out: PiiFinding[]): void {
  findLowerCaseNames(text, out)
  findFormNames(text, out)
  findLowerNounSurnames(text, out)
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
  // «фамилия у меня Зарипова. зовут Гузель»: once a surname is given, a first name after «зовут» later is its pair
  let surnameGiven = false
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
      // a lower-case word after an introduction is a name only when the lexicon says so, and never a
      // preposition or conjunction («я из Грозного», «я в Бресте»)
      if (!t.cap && (t.role === 'U' || LOWER_FUNCTION_WORDS.has(t.text.toLowerCase()))) t.role = null
      if (surnameCue && t.role === null && t.cap) t.role = 'S'
      if (surnameCue && t.role !== null) {
        if (t.role === 'F' || t.role === 'U') t.role = 'S'
        push(out, 'name', t.start, t.end, text)
        surnameInSentence = true
        surnameGiven = true
        for (const f of introducedFirst.splice(0)) push(out, 'name', f.start, f.end, text)
      } else if (t.afterIntro && t.role === 'F') {
        const named = surnameGiven && NAMED_RE.test(text.slice(Math.max(0, t.start - 16), t.start))
        if (surnameInSentence || named) push(out, 'name', t.start, t.end, text)
        else introducedFirst.push(t)
      }
    }
    if (introLeft > 0) introLeft--
    prevEnd = t.end
  }
  markEnglishPairs(text, tokens)
  markNounSurnames(text, tokens)
  markShortSurnames(text, tokens)
  markTurkicPatronymics(text, tokens)
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
      // («Петров, Иван»; not across a list of full names: "Robin Williams, Anthony Bourdain")
      const comma =
        /^\s*,\s*$/.test(gap) &&
        ((prev.role === 'S' && next.role === 'F' && run.length === 1 && !fullNameFollows(text, tokens, j)) ||
          next.role === 'P')
      if (!/^\s+$/.test(gap) && !comma) break
      run.push(next)
      j++
    }
    // a capitalised sentence opener the dictionaries do not know ("Called Sarah …") is not a surname
    // («Ерлан Сапаров забрал…», a first name no dictionary knows, then a surname, is a name)
    const head = run[0] as Token
    const second = run[1]
    const cyrillicSurnameNext =
      !head.latin && second !== undefined && !second.latin && second.role === 'S' && second.canSurname
    // (what one says of a person after the words keeps it: "Fionnuala Quinn — that's me", "Vikram Singh
    // Rathore, my husband's brother"; what a person does, after three words: "Ama Kofi Mensah told me")
    if (
      head.role === 'U' &&
      run.length > 1 &&
      !cyrillicSurnameNext &&
      /(?:^|[.!?\n]\s*)$/u.test(text.slice(0, head.start)) &&
      !describedAfter(text, run)
    )
      run.shift()
    // a count before it: "3 Hail Marys", "2 Big Macs"; a place the English lexicon knows ("Costa Rica")
    if (
      /\d\s+$/u.test(text.slice(Math.max(0, head.start - 6), head.start)) ||
      (run.every((r) => r.latin) && isEnglishPlace(run.map((r) => r.text)))
    ) {
      i = j
      continue
    }
    if (
      isFullName(run) &&
      !isPublicFigure(
        run.map((r) => r.text),
        isPatronymic,
      )
    ) {
      const first = run[0] as Token
      const last = run[run.length - 1] as Token
      // «у Макаровых Ильи и Светы»: a family surname before two first names covers both
      const family =
        /(?:ых|их)$/u.test(first.text) && first.role === 'S' ? text.slice(last.end).match(AND_FIRST_RE) : null
      const more = family?.[1] && nameTags(family[1]).first > 0 ? family[0].length : 0
      push(out, 'name', first.start, last.end + more, text)
    } else if (run.length === 1 && isLoneSurname(text, head)) {
      push(out, 'name', head.start, head.end, text)
    }
    i = j
  }
  findInitialsAndTitles(text, tokens, out)
}

/** What the writer says of a person right after the words, or what a person does after three of them. */
function describedAfter(text: string, run: Token[]): boolean {
  const end = (run[run.length - 1] as Token).end
  const tail = text.slice(end, end + 40)
  return EN_DESCRIBED_AFTER_RE.test(tail) || (run.length >= 3 && EN_PERSON_AFTER_RE.test(tail))
}

const AND_FIRST_RE = /^\s+и\s+(\p{Lu}\p{Ll}+)/u
const NAMED_RE = /(?:зовут|имя|name\s+is|name's)[\s:—–-]*$/iu

/** The first name at `j` starts a full name of its own ("…, Anthony Bourdain"): a surname right after it. */
function fullNameFollows(text: string, tokens: Token[], j: number): boolean {
  const a = tokens[j] as Token
  const b = tokens[j + 1]
  return b !== undefined && (b.role === 'S' || b.role === 'U') && /^ +$/.test(text.slice(a.end, b.start))
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
    // any capitalised word before two initials: «Береза Н.А.»
    const twoInitials =
      !t.latin && t.cap && t.text.length > 2 && /^\s+[А-ЯЁ]\.\s?[А-ЯЁ]\./u.test(text.slice(t.end))
    if (t.role === 'S' || t.role === 'U' || surnameLike || twoInitials) {
      const after = text.slice(t.end).match(/^\s+([А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?)/u)
      if (after?.[1]) push(out, 'name', t.start, t.end + (after[0].length ?? 0), text)
      const before = text
        .slice(Math.max(0, t.start - 6), t.start)
        .match(/(?:^|[\s(])([А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?\s*)$/u)
      if (before?.[1] && INITIALS_RE.test(before[1]))
        push(out, 'name', t.start - before[1].length, t.end, text)
    }
    // a title in lower case and a dictionary first name: "dr kevin ward", "mrs anna lee"
    if (t.latin && LOWER_TITLE_RE.test(t.text) && /^\.?\s+$/.test(text.slice(t.end, tokens[i + 1]?.start))) {
      const f = tokens[i + 1] as Token
      const n = tokens[i + 2]
      if (!f.cap && latinRole(f.text, false) === 'F') {
        const withSurname = n && /^ +$/.test(text.slice(f.end, n.start)) && !n.cap && !isFunctionWord(n.text)
        push(out, 'name', f.start, withSurname ? n.end : f.end, text)
      } else if (
        // "dr. nguyen", "mrs okafor": a lower-case word no English lexicon knows is a surname after a title
        // ("mr right", "dr pepper", "mrs doubtfire" are ordinary words or famous characters)
        f &&
        !f.cap &&
        f.text.length >= 3 &&
        ((latinRole(f.text, false) === null && !isKnownEnglishWord(f.text)) ||
          latinRole(f.text, false) === 'S') &&
        !isTitledPublicFigure(t.text, [f.text])
      ) {
        // "dr. ji-hoon kim": a lower-case word after it, not a function word, is the rest of the name
        const withNext =
          n && /^ +$/.test(text.slice(f.end, n.start)) && !n.cap && latinRole(n.text, false) !== null
        push(out, 'name', f.start, withNext ? n.end : f.end, text)
      }
    }
    // a title and a capitalised word: "Mrs. Patterson", "Dr Grant"
    // (not a pet's name: "hamster Sir Nibbles")
    if (TITLE_RE.test(t.text) && !PET_BEFORE_TITLE_RE.test(text.slice(Math.max(0, t.start - 20), t.start))) {
      let j = i + 1
      let end = -1
      while (j < tokens.length && j <= i + 3) {
        const n = tokens[j] as Token
        const gap = text.slice((tokens[j - 1] as Token).end, n.start)
        if (!/^\.?\s+$/.test(gap) || !n.cap || LOWER_START_RE.test(n.text[0] ?? '')) break
        if (n.latin && (isFunctionWord(n.text) || EN_NOT_SURNAME.has(n.text.toLowerCase()))) break
        end = n.end
        j++
      }
      const words = tokens.slice(i + 1, j).map((n) => n.text)
      // "Mr. B", "Ms. K": one letter after a title is what a class calls a teacher, not a name
      const oneLetter = words.length === 1 && words[0]?.length === 1
      // "Coach Dave", "Dr. Sarah", "Pastor John": a title and a first name alone name no one outside the room
      const firstOnly = words.length === 1 && isOnlyFirstName(words[0] as string)
      if (end > 0 && !oneLetter && !firstOnly && !isTitledPublicFigure(t.text, words)) {
        const first = tokens[i + 1] as Token
        push(out, 'name', first.start, end, text)
      }
    }
  }
}
