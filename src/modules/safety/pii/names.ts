import { createRequire } from 'node:module'
import { type NameTags, nameTags } from './morph.js'
import { isPublicFigure, isPublicSurname, isTitledPublicFigure } from './public-figures.js'
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

type Role = 'F' | 'S' | 'P' | 'U' | 'I' | null
type Token = {
  start: number
  end: number
  text: string
  /** the most likely reading */
  role: Role
  /** also readable as a first name / a surname (Роман, Титов, Гарипов are both) */
  canFirst: boolean
  canSurname: boolean
  latin: boolean
  cap: boolean
  /** the first word after «меня зовут» / "my name is" (not after a bare «я» / "I'm") */
  afterStrongIntro: boolean
  /** the first word after any introduction, «я» / "I'm" included */
  afterIntro: boolean
}

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

// "my coach is", "our neighbour,", "her ex": a person in the writer's life is named next.
const EN_ROLE_CUE_RE =
  /(?:^|[^\p{L}])(?:my|our|his|her|their)\s+(?:(?:best|old|new|former|ex|step)[\s-]?)?(?:friend|coach|teacher|neighbou?r|roommate|flatmate|boss|manager|ex|boyfriend|girlfriend|bf|gf|partner|husband|wife|mom|mum|dad|mother|father|sister|brother|cousin|aunt|uncle|grandma|grandpa|therapist|counsell?or|doctor|classmate|colleague|coworker|landlord|tutor|stepdad|stepmom|son|daughter|bully)(?:\s+is|\s*,)?\s+$/iu

// "I met", "talked to", "broke up with": the next words name a person (verbs that also take places or
// films, "saw", "went to", "with", are left out: "saw Hong Kong", "with Qatar Airways").
const EN_PERSON_VERB_RE =
  /(?:^|[^\p{L}])(?:met|meet|meeting|talked\s+to|talking\s+to|talk\s+to|spoke\s+to|speak\s+to|texted|texting|messaged|dm'?e?d|asked|told|hugged|kissed|dating|dated|married|blocked|invited|named|(?:friends|broke\s+up|hanging\s+out|hung\s+out|fight|fighting|argued|talking|chatting)\s+with)\s+$/iu

// What only a person does, right after a name: "… texted me", "… told me", "… and I" (not "said" or
// "is my": places do that too, "Hong Kong said", "Buenos Aires is my favourite").
const EN_PERSON_AFTER_RE =
  /^[\s,]+(?:texted|texts|texting|messaged|dm'?e?d|laughed|yelled|yells|bullies|bullied|punched|pushed|(?:told|tells|asked|asks|called|calls|hates|hated|blocked|ignored|ignores|dumped|kissed|hugged|hit|likes|liked)\s+me|and\s+I|and\s+me)(?![\p{L}])/iu

// Lower-case words that follow a first name in chat without being a surname ("my name is sam btw").
const EN_NOT_SURNAME = new Set(
  'btw im i and but so lol tho hi hey here too also ok okay yeah thanks pls'.split(' '),
)

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

const RU_SURNAME_END =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|овой|евой|иной|овым|евым|иным|ову|еву|ину|ский|цкий|ская|цкая|ского|цкого|енко|ук|юк|чук|як|ич|дзе|швили|ян|янц|иани|ых|их)$/u
const RU_PATRONYMIC_END =
  /(?:ович|евич|ич|овна|евна|ична|инична|овича|евича|овичу|евичем|овичем|овны|евны|ичны|овне|евне|овной|евной)$/u

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
// titles, and role words used as titles ("Coach Reynolds", "Principal Skinner", "Officer Diaz")
const TITLE_RE =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Coach|Principal|Officer|Nurse|Detective|Pastor|Rev)\.?$/u
// Introductions: the next words are names even in lower case.
const INTRO_RE =
  /(?:меня\s+зовут|зовут\s+меня|(?<![\p{L}])зовут|мо[её]\s+имя|(?<![\p{L}])я\s*[—–-]?|это\s+я,?|my\s+name\s+is|my\s+name's|i\s+am|i'm|i’m|call\s+me|it's\s+me,?|this\s+is)\s*$/iu
// Introductions that name the writer beyond doubt: the two words after them are a name even in lower case.
const STRONG_INTRO_RE =
  /(?:меня\s+зовут|зовут\s+меня|мо[её]\s+имя|my\s+name\s+is|my\s+name's|name's|name\s+is)[\s:—–-]*$/iu
const SURNAME_INTRO_RE =
  /(?:фамили\p{L}{1,2}(?:\s+(?:моя|у\s+меня|его|её|ее))?|по\s+фамилии|last\s+name(?:\s+is)?|surname(?:\s+is)?)[\s:—–-]*$/iu
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

// Prepositions before a town named like a surname («в Иванове», «из Королёва», «под Пушкином»; «из-за
// Зуевой» is a person).
const PLACE_PREPOSITION_RE = /(?:^|[^\p{L}-])(?:в|во|на|из|под|до|около|возле|через|за)\s+$/iu

// Words after which a lone surname names an author or an artist («читаю Белова», «стихи Рубцова», «песни
// Высоцкого»), not someone the writer knows.
const WORK_CUE_RE =
  /(?:^|[^\p{L}])(?:(?:пере|про)?чита\p{L}{1,3}|слуша\p{L}{1,3}|смотр\p{L}{1,3}|уч\p{L}{1,2}|проход\p{L}{1,3}|писал\p{L}?|пел\p{L}?|стих\p{L}{0,3}|книг\p{L}{0,2}|песн\p{L}{0,2}|роман\p{L}{0,2}|рассказ\p{L}{0,2}|поэм\p{L}{0,2}|фильм\p{L}{0,2}|картин\p{L}{0,2}|музык\p{L}{0,2}|творчеств\p{L}{0,2}|по)\s+$/iu

/**
 * A Russian surname alone, capitalised in the middle of a sentence («Вчера Петров опять наорал», «скажи
 * Смирновой»): the dictionary reads it as a surname and not as a first name, it ends like a surname, and no
 * public figure has it («как писал Пушкин» stays). The first word of a sentence is never taken alone.
 */
function isLoneSurname(text: string, t: Token): boolean {
  if (t.latin || !t.cap || t.text.length < 5 || t.text.includes('-')) return false
  if (!RU_SURNAME_END.test(t.text.toLowerCase())) return false
  const before = text.slice(Math.max(0, t.start - 24), t.start)
  if (!/[\p{L},]\s+$/u.test(before) || PLACE_PREPOSITION_RE.test(before) || WORK_CUE_RE.test(before))
    return false
  const tags = nameTags(t.text)
  if (!(tags.surname > 0 && tags.surname > tags.first && tags.patronymic === 0)) return false
  return !isPublicSurname(t.text)
}

const isPatronymic = (word: string): boolean => RU_PATRONYMIC_END.test(word.toLowerCase())

/**
 * Russian surnames that are ordinary nouns («Оксана Мельник», «с Денисом Рыбаком», «Ирина Мороз»): a
 * capitalised noun right after a capitalised first name, in the middle of a sentence where nouns are written
 * in lower case. Place and organisation names never count («Лена Москва» is not a name). After «меня зовут»
 * / "my name is" the same holds in lower case for nouns naming people or animals («меня зовут анна кузнец»)
 * and for words with a surname ending the dictionary reads otherwise («игорь лапин»).
 */
// Words that open a sentence before a first name without being a surname: greetings, interjections,
// words addressing someone and nouns for relations or roles («Привет Маша», «Мама Оля», «Тренер Саша»).
const NOT_NOUN_SURNAME_RE =
  /^(?:привет\p{L}*|здравствуй\p{L}*|здорово|спасибо|пока|прости|извини|слушай|смотри|ну|ой|ох|эх|ура|блин|вот|ладно|короче|кстати|мам\p{L}*|пап\p{L}*|бабуш\p{L}*|бабул\p{L}*|баба|дед\p{L}*|т[её]т\p{L}*|дяд\p{L}*|сестр\p{L}*|брат\p{L}*|подруг\p{L}*|друг\p{L}*|учител\p{L}*|тренер\p{L}*|доктор|врач|сосед\p{L}*|кр[её]стн\p{L}*|жена|муж|доч\p{L}*|сын\p{L}*|внуч\p{L}*|внук|малыш\p{L}*|зай\p{L}*|солн\p{L}*|кот\p{L}*|рыб\p{L}*|милая|милый|дорог\p{L}*|добр\p{L}*|спокойной|сладких|с|поздравляю|люблю|бедн\p{L}*)$/iu

/**
 * Mostly a noun (not a conjunction or verb with a rare noun reading), or a noun for an animal or a person
 * whatever else it can be read as: the nouns surnames are made of («Соловей», «Сорока», «Мороз»).
 */
function mostlyNoun(tags: NameTags): boolean {
  return tags.noun > 0 && (tags.noun >= 0.4 * tags.common || tags.animNoun > 0)
}

function markNounSurnames(text: string, tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token
    const prev = tokens[k - 1] as Token
    // «вчера Волк Степан напился»: the noun surname first, in the middle of a sentence only («Привет Маша»
    // at the start of a sentence is a greeting)
    const before = text.slice(Math.max(0, prev.start - 30), prev.start)
    if (
      !t.latin &&
      !prev.latin &&
      t.canFirst &&
      t.cap &&
      prev.cap &&
      prev.role === null &&
      /^ +$/.test(text.slice(prev.end, t.start)) &&
      (/\p{Ll}[\p{L},]*\s+$/u.test(before) ||
        // at a sentence start too, unless the first word greets, addresses or names a relation
        // («Привет Маша», «Мама Оля», «Слушай Катя»); then the name must go on into the sentence
        // («Лиса Анна из параллели дразнит меня»), not stand alone as an address
        (/(?:^|[.!?\n]\s*)$/u.test(before) &&
          !NOT_NOUN_SURNAME_RE.test(prev.text) &&
          /^[ ,]*[а-яё]/u.test(text.slice(t.end))))
    ) {
      const tags = nameTags(prev.text)
      if (prev.text.length > 2 && mostlyNoun(tags)) {
        prev.role = 'S'
        prev.canSurname = true
        continue
      }
    }
    if (t.latin || prev.latin || !prev.canFirst || (t.role !== null && t.role !== 'U')) continue
    if (!/^ +$/.test(text.slice(prev.end, t.start))) continue
    if (t.cap && prev.cap) {
      const tags = nameTags(t.text)
      // mostly a noun (not a conjunction or verb that has a rare noun reading)
      if (t.role === 'U' || (t.text.length > 2 && mostlyNoun(tags))) {
        t.role = 'S'
        t.canSurname = true
      }
    } else if (!t.cap && !prev.cap && prev.afterStrongIntro) {
      const tags = nameTags(t.text)
      const nounForPerson = tags.animNoun > 0 && tags.animNoun >= 0.4 * tags.common
      if (t.text.length > 2 && (nounForPerson || RU_SURNAME_END.test(t.text.toLowerCase()) || !tags.known)) {
        t.role = 'S'
        t.canSurname = true
      }
    }
  }
}

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
