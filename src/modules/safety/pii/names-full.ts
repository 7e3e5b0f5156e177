import { nameTags } from './morph.js'
import {
  EN_DESCRIBED_AFTER_RE,
  EN_PERSON_AFTER_RE,
  INTRO_RE,
  LATIN_SURNAME_END_RE,
  RU_PATRONYMIC_END,
  RU_SURNAME_END,
  STRONG_INTRO_RE,
  SURNAME_INTRO_RE,
} from './name-cues.js'
import { cyrillicRole, tokenize } from './name-tokens.js'
import { findFormNames } from './names-around.js'
import { isEnglishPlace, latinRole, markEnglishPairs } from './names-en.js'
import { findLowerCaseNames, findLowerNounSurnames } from './names-lower.js'
import { findInitialsAndTitles } from './names-titles.js'
import { isPublicFigure } from './public-figures.js'
import {
  isLoneSurname,
  markNounSurnames,
  markShortSurnames,
  markTurkicPatronymics,
  type Role,
  type Token,
} from './surnames.js'
import { type PiiFinding, push } from './types.js'

// Cheap pre-check: two words in a row, at least one capitalised, or an introduction / surname cue.
const PRECHECK_RE =
  /\p{Lu}\p{Ll}+[\s,]+\p{L}|\p{L}[\s,.]+\p{Lu}\p{Ll}|[a-z]{3,} [a-z]{3,}|(?:dr|mr|mrs|ms|prof)\.?\s+[a-z][a-z'’]{2,}/u
const CUE_RE = /зовут|имя|фамили|(?<!\p{L})(?:я|im)(?!\p{L})|name|call me|it's me|i'm|i’m|i am|this is/iu

// Short Russian and transliterated prepositions and conjunctions: never part of a name in lower case.
const LOWER_FUNCTION_WORDS = new Set(
  'из в во на с со к ко у от до по за под над о об при без для через и а но или из-за v iz na s k u ot do po za i a no'.split(
    ' ',
  ),
)

export function collectNames(text: string, out: PiiFinding[]): void {
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
    // (a surname reading is enough: «Бахтиёр Каримов», Каримов also a form of Карим; "Farrukh Tashkentov":
    // a Latin word ending as surnames of the region do)
    const cyrillicSurnameNext =
      !head.latin && second !== undefined && !second.latin && second.canSurname && second.role !== 'P'
    const latinSurnameNext =
      head.latin &&
      second?.latin === true &&
      second.role === 'S' &&
      second.text.length >= 6 &&
      LATIN_SURNAME_END_RE.test(second.text.toLowerCase())
    // (what one says of a person after the words keeps it: "Fionnuala Quinn — that's me", "Vikram Singh
    // Rathore, my husband's brother"; what a person does, after three words: "Ama Kofi Mensah told me")
    if (
      head.role === 'U' &&
      run.length > 1 &&
      !cyrillicSurnameNext &&
      !latinSurnameNext &&
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
  // «Нигора Рахимовна»: a first name no dictionary knows and a patronymic
  if (has('U') && has('P') && !latin) return true
  if (has('S') && has('U') && run.some((t) => t.cap)) return true
  // two first names in a row, English only ("Melissa Grant", "Emily Jane"): Grant is also a surname
  if (latin && count('F') >= 2 && run.every((t) => t.cap)) return true
  if (count('S') >= 2 && run.every((t) => t.cap)) return true
  return false
}
