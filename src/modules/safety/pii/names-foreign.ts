import { EN_ROLE_CUE_RE, LATIN_SURNAME_END_RE } from './name-cues.js'
import { isFunctionWord, isKnownEnglishWord, isOnlyFirstName, latinRole } from './names-en.js'
import {
  CYR_RE,
  isCap,
  mostlyCapitalised,
  nameLatin,
  ordinaryEnglish,
  RU_FUNCTION_RE,
  title,
} from './names-shapes.js'
import { isPublicFigure } from './public-figures.js'
import { matchesOf, type PiiFinding, push } from './types.js'
import { wordsAt } from './word-at.js'

/**
 * Names in the shapes of other languages, for `names.ts` (round 20; particles are in `names-shapes.ts`):
 *
 * - East Asian names of three short parts or with a hyphenated given name: «Пак Ми Рён», «Нгуен Ван Лам»,
 *   "Zhang Wei Ming", "liu xiao mei", "Min-seo Kang", "su-bin park";
 * - a double-barrelled surname after a first name or an initial: "chloe fairbanks-oduya", "k. osei-wright";
 * - two lower-case Latin words no lexicon knows after a person's role or a kin word: "my flatmate aslan
 *   dzhakupov", "auntie lakshmi iyer"; a lower-case first name and accented words ("ana lucía hernández").
 * (A surname of the region, a comma and given names, "Sargsyan, Levon Ashot": `names-comma-first.ts`.)
 */

// Surnames of Korea, China and Vietnam in Latin and Cyrillic spellings (the most common ones of each).
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  (
    'kim lee li park pak choi choe jung jeong chung kang cho jo yoon yun jang lim han seo shin kwon hwang ahn ' +
    'yoo hong jeon moon bae baek heo nam wang zhang liu chen huang zhao zhou xu sun zhu hu guo lin gao luo ' +
    'zheng liang xie tang feng deng cao peng zeng xiao tian dong yuan cai jiang cheng wei wong chan cheung ' +
    'leung lau tsang chow nguyen tran pham hoang huynh phan vu vo dang bui ngo duong ly truong dinh ' +
    'ким ли пак цой чхве чон чен чан кан пэ юн ян хан сон син квон хван хон мун ван чжан лю чэнь хуан чжао ' +
    'чжоу сюй сунь чжу ху линь гао чжэн лян се тан фэн дэн цао пэн цзэн сяо тянь дун юань цай цзян чэн вэй ' +
    'нгуен чан фам хоанг хюинь фан ву данг буй нго зыонг тран чыонг динь тен тян шин хегай огай югай'
  ).split(' '),
)
// one syllable of a romanised or Cyrillic-spelled Korean, Chinese or Vietnamese given name
const LAT_SYLLABLE_RE = /^(?:[bcdfghjklmnpqrstvwxyz]{0,3})[aeiouy]{1,3}(?:ng|nh|n|m|k|p|l|t|h|c)?$/u
const CYR_SYLLABLE_RE = /^[бвгджзклмнпрстфхцчшщ]{0,3}[аеёиоуыэюя]{1,2}(?:нг|нь|н|м|к|п|ль|л|т|х|й|ь)?$/u

function syllable(w: string): boolean {
  const lower = w.toLowerCase()
  return lower.length <= 5 && (CYR_RE.test(lower) ? CYR_SYLLABLE_RE.test(lower) : LAT_SYLLABLE_RE.test(lower))
}

/** A hyphenated given name of two syllables ("Ji-hoon", «Хе-Рин»), no English word. */
export function hyphenGiven(w: string): boolean {
  const halves = w.split('-')
  return (
    halves.length === 2 &&
    halves.every((h) => h.length >= 1 && syllable(h)) &&
    halves[0]?.toLowerCase() !== halves[1]?.toLowerCase() &&
    !isKnownEnglishWord(w) &&
    // (halves the lexicon knows as names are no English words: "Jing-Yi", "Mei-Ling")
    !halves.every((h) => ordinaryEnglish(h))
  )
}

// Two syllables of Hanyu Pinyin (an initial and a final each), as a Chinese given name is written: "xiaoming",
// "zhiwei", "jiahui"
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)'
const PINYIN_TWO_RE = new RegExp(`^${PINYIN_SYLLABLE}${PINYIN_SYLLABLE}$`, 'u')

/** A given name of two pinyin syllables that is no English word ("xiaoming"; not "bingo", "mango"). */
function pinyinGiven(w: string): boolean {
  const lower = w.toLowerCase()
  return lower.length >= 5 && PINYIN_TWO_RE.test(lower) && !isKnownEnglishWord(lower)
}

// (the given name in a look-ahead, so "think huang zhiwei" tries "huang" after "think")
const SURNAME_PINYIN_RE =
  /(?<![\p{L}\p{N}'’@#./_-])([A-Za-z]{2,6})(?= ([A-Za-z]{5,})(?:['’]s(?![\p{L}])|(?![\p{L}\p{N}'’@_-])))/gu

/** "zhang xiaoming's mum", "Huang Zhiwei": a Chinese surname and a given name of two pinyin syllables, one case. */
export function findPinyinNames(text: string, out: PiiFinding[]): void {
  for (const m of matchesOf(SURNAME_PINYIN_RE, text)) {
    const [, surname = '', given = ''] = m
    if (!EAST_ASIAN_SURNAMES.has(surname.toLowerCase()) || isCap(surname) !== isCap(given)) continue
    if (!pinyinGiven(given) || (isCap(given) && given !== title(given))) continue
    if (isPublicFigure([title(surname), title(given)])) continue
    push(out, 'name', m.index, m.index + surname.length + 1 + given.length, text)
  }
}

const ASIAN_TOKEN_RE = /(?<![\p{L}'’-])\p{L}+(?:-\p{L}+)?(?![\p{L}'’-])/gu

/** «Пак Ми Рён», "Zhang Wei Ming", "liu xiao mei"; "Min-seo Kang", "su-bin park". */
export function findEastAsianNames(text: string, out: PiiFinding[]): void {
  const words = [...text.matchAll(ASIAN_TOKEN_RE)]
  for (let i = 0; i < words.length; i++) {
    const a = words[i] as RegExpMatchArray
    const b = words[i + 1]
    if (!b || !/^ +$/.test(text.slice((a.index ?? 0) + a[0].length, b.index))) continue
    const aw = a[0]
    const bw = b[0]
    const start = a.index ?? 0
    const cyr = CYR_RE.test(aw)
    if (cyr !== CYR_RE.test(bw)) continue
    // a hyphenated given name and a surname, either order, same case
    if (isCap(aw) === isCap(bw)) {
      if (hyphenGiven(aw) && EAST_ASIAN_SURNAMES.has(bw.toLowerCase())) {
        push(out, 'name', start, (b.index ?? 0) + bw.length, text)
        continue
      }
      if (hyphenGiven(bw) && EAST_ASIAN_SURNAMES.has(aw.toLowerCase()) && (isCap(aw) || !cyr)) {
        push(out, 'name', start, (b.index ?? 0) + bw.length, text)
        continue
      }
    }
    // a surname and two one-syllable given names
    const c = words[i + 2]
    if (!c || !/^ +$/.test(text.slice((b.index ?? 0) + bw.length, c.index))) continue
    const cw = c[0]
    if (!EAST_ASIAN_SURNAMES.has(aw.toLowerCase()) || CYR_RE.test(cw) !== cyr) continue
    if (!syllable(bw) || !syllable(cw) || bw.includes('-') || cw.includes('-')) continue
    const caps = [aw, bw, cw].map(isCap)
    const allCap = caps.every(Boolean) && [aw, bw, cw].every((w) => w.length === 1 || w !== w.toUpperCase())
    const allLower = caps.every((x) => !x)
    if (!allCap && !allLower) continue
    // in lower case (Latin only), the given names must not be English words ("li is so", "wang and he")
    if (
      allLower &&
      (cyr || [aw, bw, cw].some(ordinaryEnglish) || ![bw, cw].some((w) => !isKnownEnglishWord(w)))
    )
      continue
    if (!allLower && [bw, cw].some((w) => isFunctionWord(w))) continue
    // («ли» is a Russian particle too, but never before two capitalised syllables)
    const fn = (w: string) => RU_FUNCTION_RE.test(w.toLowerCase())
    if (cyr && ((aw !== 'Ли' && fn(aw)) || fn(bw) || fn(cw) || mostlyCapitalised(text))) continue
    // (Cyrillic capitals: not a sentence of short capitalised words at its start)
    if (isPublicFigure([aw, bw, cw].map(title))) continue
    push(out, 'name', start, (c.index ?? 0) + cw.length, text)
    i += 2
  }
}

// a double-barrelled surname: two halves of three letters at least
const HYPHEN_SURNAME = '\\p{L}{3,}-\\p{L}{3,}'
const FIRST_THEN_HYPHEN_RE = new RegExp(
  `(?<![\\p{L}'’-])(\\p{L}[\\p{L}'’]+|\\p{L}\\.)\\s+(${HYPHEN_SURNAME})(?![\\p{L}'’-])`,
  'gu',
)

/** Both halves surnames or words no lexicon knows, none an ordinary or function word ("well-known"). */
function doubleSurname(word: string): boolean {
  const halves = word.split('-')
  if (CYR_RE.test(word)) return false // (Cyrillic double surnames: `name-tokens.ts`)
  if (halves.some((h) => isFunctionWord(h))) return false
  // "Kondo-ing", "Ross-esque": a name made a verb or an adjective
  if (/^(?:ing|ed|esque|like|style|ish)$/iu.test(halves[1] ?? '')) return false
  const known = halves.filter((h) => isKnownEnglishWord(h) && latinRole(title(h), true) !== 'S')
  const names = halves.filter((h) => nameLatin(h))
  return names.length >= 1 && known.length <= 1 && !isKnownEnglishWord(word)
}

/** "chloe fairbanks-oduya", "Ama Owusu-Ansah", "k. osei-wright"; a found name going on with one. */
export function findHyphenSurnames(text: string, found: readonly PiiFinding[], out: PiiFinding[]): void {
  if (!/\p{L}{3}-\p{L}{3}/u.test(text)) return
  for (const m of text.matchAll(FIRST_THEN_HYPHEN_RE)) {
    const [, first = '', surname = ''] = m
    if (CYR_RE.test(first) || !doubleSurname(surname) || isCap(first) !== isCap(surname)) continue
    const initial = /^\p{L}\.$/u.test(first)
    const unknownPair =
      isCap(first) &&
      latinRole(first, true) === 'U' &&
      !isKnownEnglishWord(first) &&
      surname.split('-').every((h) => !isKnownEnglishWord(h))
    const after = found.some((f) => f.end === m.index + first.length)
    if (!initial && !unknownPair && !after && latinRole(title(first), true) !== 'F') continue
    if (isPublicFigure([first, ...surname.split('-')].map(title))) continue
    push(out, 'name', m.index, m.index + m[0].length, text)
  }
}

// kin words written without "my" before a name ("i keep dreaming about auntie lakshmi iyer")
const KIN_BEFORE_RE =
  /(?:^|[^\p{L}])(?:aunty|auntie|aunt|uncle|nana|nan|gran|granny|nanna|cousin|bro|sis)\s+$/iu
const LOWER_WORD_RE = /(?<![\p{L}'’@#./-])[a-zà-ÿ]{3,}(?![\p{L}'’@-])/gu
const DETERMINER_BEFORE_RE = /(?:^|[^\p{L}])(?:my|our|his|her|their|the|a|an|this|that|from|in)\s+$/iu
const ONLY_PERSON_AFTER_RE =
  /^\s+(?:is|was)\s+the\s+(?:only\s+(?:one|person|friend|adult)|reason\s+(?:i|we|my)|one\s+who|person\s+who)(?![\p{L}])/iu

/** Not a word of the English lexicon, nor a transliterated Russian word («kak», «dela»). */
function foreignWord(w: string): boolean {
  if (isKnownEnglishWord(w) && latinRole(title(w), true) === null) return false
  // (English endings of words the small lexicon lacks: "literally", "suicidal", "cuttingg")
  return !isFunctionWord(w) && !/(?:ly|al|ing|ingg|ed|tion|ment|ness|ous|ive|ful|less|able|s)$/u.test(w)
}

/**
 * "my flatmate aslan dzhakupov", "auntie lakshmi iyer", "meera raghunathan is the only person": two
 * lower-case words no English lexicon knows as ordinary words, after a person's role or a kin word, or
 * before "is the only person".
 */
export function findLowerLatinPairs(text: string, out: PiiFinding[]): void {
  if (!/[a-z]{3,} [a-z]{4,}/u.test(text)) return
  const words = [...text.matchAll(LOWER_WORD_RE)]
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] as RegExpMatchArray
    const b = words[i + 1] as RegExpMatchArray
    const start = a.index ?? 0
    const end = (b.index ?? 0) + b[0].length
    if (!/^ +$/.test(text.slice(start + a[0].length, b.index)) || b[0].length < 4) continue
    if (!foreignWord(a[0]) || !foreignWord(b[0])) continue
    const before = text.slice(Math.max(0, start - 40), start)
    const after = text.slice(end, end + 40)
    // after a role, a first name or a surname ending the lexicons know ("my flatmate aslan dzhakupov";
    // "my friend hsa suicidal" is a typo); after a kin word or before "is the only person", any such pair
    // not after a determiner ("my chem class is the only one")
    const named = latinRole(title(a[0]), true) === 'F' || LATIN_SURNAME_END_RE.test(b[0])
    const cue =
      (EN_ROLE_CUE_RE.test(before) && named) ||
      KIN_BEFORE_RE.test(before) ||
      (ONLY_PERSON_AFTER_RE.test(after) && !DETERMINER_BEFORE_RE.test(before))
    if (!cue || isPublicFigure([title(a[0]), title(b[0])])) continue
    push(out, 'name', start, end, text)
    i++
  }
}

// "maria josé gonzález lópez": a lower-case first name, then words no lexicon knows, one with an accent
const ACCENT_RE = /[à-öø-ÿ]/u
const LATIN_LOWER_RE = /(?<![\p{L}'’@#./-])[a-zà-öø-ÿ]{2,}(?![\p{L}'’@-])/gu

export function findAccentedNames(text: string, out: PiiFinding[]): void {
  if (!ACCENT_RE.test(text)) return
  const words = [...text.matchAll(LATIN_LOWER_RE)]
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as RegExpMatchArray
    if (!/^[a-z]{3,}$/u.test(first[0]) || latinRole(title(first[0]), true) !== 'F') continue
    // the words after it, spaces apart, up to an ordinary English word, then back to the last accented one
    let n = 0
    let prevEnd = (first.index ?? 0) + first[0].length
    for (let k = i + 1; k < words.length && k <= i + 3; k++) {
      const w = words[k] as RegExpMatchArray
      if (!/^ +$/.test(text.slice(prevEnd, w.index)) || ordinaryEnglish(w[0]) || isFunctionWord(w[0])) break
      n = k - i
      prevEnd = (w.index ?? 0) + w[0].length
    }
    while (n > 0 && !ACCENT_RE.test((words[i + n] as RegExpMatchArray)[0])) n--
    const last = words[i + n]
    if (n === 0 || !last) continue
    push(out, 'name', first.index ?? 0, (last.index ?? 0) + last[0].length, text)
    i += n
  }
}

/**
 * "my cousin megan, megan hartigan-moss": the lower-case first name of a found full name, elsewhere in the
 * text, when the English lexicon knows the word only as a first name.
 */
// the boundaries of the `giu` pattern this search replaces
const CI_LETTER = { ignoreCase: true, before: /\p{L}/iu, after: /\p{L}/iu } as const

export function findLowerFirstRepeats(text: string, found: readonly PiiFinding[], out: PiiFinding[]): void {
  for (const f of found) {
    const first = f.value.match(/^([a-z]{3,})\s/u)?.[1]
    if (!first || !isOnlyFirstName(first) || isFunctionWord(first)) continue
    for (const m of wordsAt(text, first, CI_LETTER))
      if (m.index < f.start || m.index >= f.end) push(out, 'name', m.index, m.index + first.length, text)
  }
}
