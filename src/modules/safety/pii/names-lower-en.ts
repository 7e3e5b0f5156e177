import { EN_PLACE_WORDS, LATIN_SURNAME_END_RE } from './name-cues.js'
import { isDescribingWord, isFunctionWord, isKnownEnglishWord, latinRole } from './names-en.js'
import { isPublicFigure } from './public-figures.js'
import { type PiiFinding, push } from './types.js'

/**
 * English full names typed in lower case (round 26), the shapes the capitalisation-led detectors miss:
 *
 * - initials and a surname: "j. patel", "r.k. fernando", "signed by a.m. whitlock", "for s. abdi";
 * - a given name and a surname (particles allowed: "siobhan ni bhriain", "fatima-zahra el idrissi") after a
 *   cue that introduces a person — "my name's actually …", "a guy called …", "ask for …", "search '…'",
 *   "was …", "it's … on my id", "is there a … on the list" — or before one ("… is my legal name",
 *   "… on my id", "… at reception");
 * - with no cue, a given name and a surname the lexicon knows or one by its ending ("maria petrenko"),
 *   neither an ordinary English word.
 */

const title = (w: string): string => (w ? (w[0] as string).toUpperCase() + w.slice(1) : w)

// a word's role, remembered: the same chat words come back in every message (bounded, cleared when full)
const roles = new Map<string, ReturnType<typeof latinRole>>()
function roleOf(w: string): ReturnType<typeof latinRole> {
  let role = roles.get(w)
  if (role === undefined && !roles.has(w)) {
    if (roles.size > 20000) roles.clear()
    role = latinRole(title(w), true)
    roles.set(w, role)
  }
  return role ?? null
}

// "ask for", "called", "my name's actually", "signed by", "it's", "was", "(": the words before a name
const STRONG_BEFORE_RE =
  /(?:^|[^\p{L}])(?:my\s+(?:(?:full|real|legal|actual|birth)\s+)?name(?:['’]s|\s+is|\s*[:=-])|(?:guy|girl|man|woman|lady|bloke|dude|person|someone|somebody|kid|boy)\s+(?:called|named)|called|named|ask\s+for|asking\s+for|search(?:\s+for)?|look\s+up|signed\s+by|signed\s*,\s*(?:an?\s+(?:very\s+|really\s+|so\s+)?\p{L}+)?|is\s+there\s+an?|there['’]?s\s+an?|a\s+certain)(?:\s+(?:actually|really|literally|just|officially))?\s+['"‘“(]?$/iu
const WEAK_BEFORE_RE =
  /(?:^|[^\p{L}])(?:i['’]?m|im|i\s+am|it['’]?s|its|it\s+is|was|is|for|to|from|by|put|tell|with|and|[(])\s*['"‘“]?$/iu
// what follows a name: "… on my id", "… is my legal name", "… at reception", "… as the contact"
const AFTER_RE =
  /^['"’”]?\s*(?:on\s+(?:my|his|her|their|the)\s+(?:id|passport|licen[cs]e|list|mailbox|door|lease|contract|form|card|account|transfer|documents?|papers|birth\s+certificate)|on\s+(?:insta(?:gram)?|facebook|fb|tiktok|linkedin|snap(?:chat)?|twitter|the\s+list)|is\s+my\s+(?:legal|real|full|actual|birth|given)?\s*name|at\s+(?:reception|the\s+desk|the\s+front)|as\s+(?:the\s+)?(?:contact|emergency\s+contact|next\s+of\s+kin)|if\s+(?:the|they|you)\s)/iu

const CLAUSE_END_RE = /^\s*(?:$|[,.;!?)(\n—–]|-\s)/u
const PARTICLES =
  'ni|nic|ní|mac|mc|el|al|te|de|da|di|du|van|von|der|den|le|la|bin|binti|ben|ibn|ap|dos|das|del'
// a given name (maybe hyphenated), particles, a surname
// (in a lookahead, so every word starts a pair: "actually thandiwe mokoena")
const PAIR_RE = new RegExp(
  `(?<![\\p{L}@#./-])(?=(([a-z]{2,}(?:-[a-z]{2,})?)((?:\\s+(?:${PARTICLES}))*)\\s+([a-z]{2,}(?:-[a-z]{2,})?)(?![\\p{L}@-]|['’][a-rt-z])))`,
  'gu',
)
// transliterated Russian chat words («privet», «kak dela»): no surname
const TRANSLIT_WORDS = new Set(
  'privet kak dela poka spasibo tebya menya ochen horosho khorosho eto chto kogda segodnya zavtra davai davay nichego normalno blin kstati pozhaluysta ladno tozhe prosto seychas sejchas'.split(
    ' ',
  ),
)
// "j. patel", "r.k. fernando", "t.j. morrison"
const INITIALS_RE = /(?<![\p{L}\p{N}.])((?:[a-z]\.\s?){1,2})([a-z]{3,}(?:-[a-z]{3,})?)(?![\p{L}\p{N}'’@-])/gu
const NOT_INITIALS_RE = /^(?:i\.e\.|e\.g\.|p\.s\.|n\.b\.|a\.k\.|u\.s\.|u\.k\.|p\.m\.|v\.s\.)/u

const ordinary = (w: string): boolean =>
  w
    .split('-')
    .some((h) => isFunctionWord(h) || isDescribingWord(h) || /(?:ing|ly|ed|ness|ment|tion)$/.test(h))

/** A surname: the lexicon's, one by its ending, or a word no English list knows. */
function surnameWord(w: string, loose: boolean): boolean {
  if (w.length < 3 || EN_PLACE_WORDS.has(w)) return false
  const fits = w.split('-').every((h) => {
    const role = roleOf(h)
    if (role === 'S' || LATIN_SURNAME_END_RE.test(h)) return true
    if (role === 'F') return loose
    return !isKnownEnglishWord(h)
  })
  return fits && !ordinary(w)
}

function givenWord(w: string, loose: boolean): boolean {
  if (!w.split('-').every((h) => roleOf(h) === 'F' || (loose && roleOf(h) === 'U'))) return false
  return !ordinary(w)
}

/** The pair, or the pair and a word beside it, names a public figure ("edgar allan poe", "carrie fisher"). */
function publicAround(text: string, at: number, whole: string, ...parts: string[]): boolean {
  const words = parts.join(' ').split(/\s+/).filter(Boolean).map(title)
  if (isPublicFigure(words)) return true
  const next = text.slice(at + whole.length).match(/^\s+([a-z]{2,})/)?.[1]
  const prev = text.slice(0, at).match(/([a-z]{2,})\s+$/)?.[1]
  return (
    (next !== undefined && isPublicFigure([...words, title(next)])) ||
    (prev !== undefined && isPublicFigure([title(prev), ...words]))
  )
}

export function findLowerEnglishNames(text: string, out: PiiFinding[]): void {
  if (!/[a-z]{2,}\s+[a-z]{3,}/.test(text)) return
  if (/[a-z]\.\s?[a-z]{3}/.test(text))
    for (const m of text.matchAll(INITIALS_RE)) {
      const [whole, initials = '', surname = ''] = m
      if (NOT_INITIALS_RE.test(initials.replace(/\s/g, '')) || !surnameWord(surname, true)) continue
      const before = text.slice(Math.max(0, m.index - 40), m.index)
      // "a.m." after a time is the time ("at 9 a.m. whitlock …" is no name)
      if (/\d\s*$/.test(before)) continue
      // one initial: only after a cue or before one ("it's j. patel on the mailbox", "for s. abdi")
      const one = initials.replace(/\s/g, '').length === 2
      if (one && !STRONG_BEFORE_RE.test(before) && !WEAK_BEFORE_RE.test(before)) continue
      push(out, 'name', m.index, m.index + whole.length, text)
    }
  for (const m of text.matchAll(PAIR_RE)) {
    const [, whole = '', given = '', particles = '', surname = ''] = m
    if (TRANSLIT_WORDS.has(surname) || TRANSLIT_WORDS.has(given)) continue
    // cheap checks first: most words are ordinary ones the lexicon knows
    if (!givenWord(given, true) || !surnameWord(surname, true)) continue
    const before = text.slice(Math.max(0, m.index - 50), m.index)
    const after = text.slice(m.index + whole.length, m.index + whole.length + 40)
    const introduced = STRONG_BEFORE_RE.test(before)
    const cued = introduced || AFTER_RE.test(after) || WEAK_BEFORE_RE.test(before) || particles.trim() !== ''
    // compromise's lexicon lacks many plain nouns ("insurance", "pigeons"): a word it does not know is a
    // surname only after an introduction, before a cue, or ending the clause after a weaker cue
    const known = LATIN_SURNAME_END_RE.test(surname) || latinRole(title(surname), true) === 'S'
    const unknownOk =
      introduced || AFTER_RE.test(after) || (cued && CLAUSE_END_RE.test(after) && !/[^s]s$/.test(surname))
    const ok =
      givenWord(given, introduced) &&
      surnameWord(surname, cued) &&
      (known || (cued && unknownOk) || (cued && latinRole(title(surname), true) === 'F'))
    if (!ok || publicAround(text, m.index, whole, given, particles, surname)) continue
    push(out, 'name', m.index, m.index + whole.length, text)
  }
}
