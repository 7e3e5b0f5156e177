import { nameTags } from './morph.js'
import { EN_ROLE_CUE_RE, LATIN_SURNAME_END_RE } from './name-cues.js'
import { isEnglishPlace, isFunctionWord, isKnownEnglishWord, isOnlyFirstName, latinRole } from './names-en.js'
import { isPublicFigure } from './public-figures.js'
import { type PiiFinding, push } from './types.js'

/**
 * Name shapes the token runs of `names-full.ts` do not see, for `names.ts` (round 20):
 *
 * - particles inside a name, in either script and any case: «Рашид ибн Халид аль-Мансури», «эрик ван ден
 *   бос», «ибрагим оглы рагимов», "tomás de la fuente ruiz", "oliver st. john-mildmay"; and the particle and
 *   surname after a name already found («Анна Фёдоровна Де ла Торре Морено», "Ahmed ibn Tariq Haddad");
 * - East Asian names of three short parts or with a hyphenated given name: «Ли Ен Сук», «Тран Ван Минь»,
 *   "Wang Li Na", "li xiu ying", "Hye-jin Yoon", "ji-yeon han";
 * - a double-barrelled surname after a first name or an initial: "katie brennan-walsh", "Kofi
 *   Mensah-Bonsu", "j. mbeki-harris";
 * - two lower-case Latin words no lexicon knows after a person's role: "my roommate yerlan sultanbekov".
 */

const LAT_PARTICLES =
  'de|da|del|della|di|du|dos|das|van|von|der|den|ten|ter|le|la|los|las|bin|ibn|bint|al|el|st\\.'
// («да», «до», «ли» are Russian words: «Маша да Саша» is two people)
const CYR_PARTICLES =
  'де|дель|делла|ди|дю|дос|ван|фон|дер|ден|тер|ле|ла|лос|лас|бин|ибн|бинт|аль|эль|оглы|оглу|кызы|гызы|уулу|улы'
const PARTICLE = `(?:${LAT_PARTICLES}|${CYR_PARTICLES})`
const NAME_WORD = "\\p{L}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*"
// one step of a name after a word: particles then a word («ибн Халид», "de la Cruz"), or a word with an
// Arabic article joined by a hyphen («аль-Мансури», "Al-Qasimi")
const PARTICLE_STEP_RE = new RegExp(
  `^(?:(?:\\s+${PARTICLE}(?=[\\s]))+\\s+(${NAME_WORD})|\\s+((?:al|el|аль|эль|ал|ад|ас|ан|ат|аз|ар|ash|as|ad|an|at|ar)-${NAME_WORD}))`,
  'iu',
)
const PARTICLE_HINT_RE = new RegExp(
  `(?<![\\p{L}])${PARTICLE}(?=\\s)|(?<![\\p{L}])(?:al|el|аль|эль)-\\p{L}`,
  'iu',
)
const WORD_BEFORE_RE = /(?<![\p{L}'’-])(\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)?)\s+$/u
const BIN_BEFORE_RE = /(?<![\p{L}'’-])(\p{L}[\p{L}'’]*)\s+(?:bin|ibn|bint|бин|ибн|бинт)\s+$/iu
// «рамиз кызы» after «гулиева айнур»: a father's name and a Turkic word for son or daughter
const TURKIC_AFTER_RE =
  /^\s+(\p{L}{3,})\s+(?:оглы|оглу|кызы|гызы|уулу|улы|ogly|oglu|kyzy|qizi|uulu)(?![\p{L}])/iu

const LOWER_INITIALS_AFTER_RE = /^\s+\p{Ll}\.\s?(?:\p{Ll}\.)?(?![\p{L}])/u
const CYR_RE = /[а-яё]/iu
const isCap = (w: string) => /^\p{Lu}/u.test(w)
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()

/** A first name by the dictionaries, in any case. */
function firstName(word: string): boolean {
  if (CYR_RE.test(word)) {
    const t = nameTags(word)
    return t.first > 0 && t.first >= t.common
  }
  return latinRole(title(word), true) === 'F'
}

// Russian prepositions, conjunctions and particles: never a name part after a particle
const RU_FUNCTION_RE =
  /^(?:и|а|но|или|да|нет|так|в|во|на|с|со|к|ко|у|от|до|по|за|под|над|о|об|при|без|для|из|не|ни|же|ли|бы|что|как|это|он|она|оно|они|мы|вы|я|ты|его|её|ее|их|мой|моя|мне|меня|нам|вам|им|все|всё|был|уже|ещё|еще|тоже|только|там|тут|вот)$/u

/** Most words capitalised: a text typed in capitals (folded to «Нам Он Не» for the name pass) or a title. */
export function mostlyCapitalised(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? []
  if (words.length < 4) return false
  return words.filter((w) => /^\p{Lu}/u.test(w)).length > 0.6 * words.length
}

/** A word that can be a part of a name after a particle: no ordinary or function word of the language. */
function namePart(word: string): boolean {
  if (word.length < 2) return false
  const halves = word.split('-').filter((h) => h.length > 0)
  // (the particle itself tells a name in Cyrillic, where the dictionary reads «Торре», «бос» as words)
  if (CYR_RE.test(word)) return !halves.some((h) => RU_FUNCTION_RE.test(h.toLowerCase()))
  return halves.every((h) => !isFunctionWord(h)) && halves.some((h) => nameLatin(h))
}

/** An English word with no name reading ("and", "yes", "king"). */
export function ordinaryEnglish(word: string): boolean {
  return isKnownEnglishWord(word) && latinRole(title(word), true) === null
}

function nameLatin(word: string): boolean {
  const role = latinRole(title(word), true)
  return role === 'S' || role === 'F' || (role === 'U' && !isKnownEnglishWord(word))
}

/** The particles and words that go on from `end` («ибн Халид аль-Мансури»): the new end, or `end`. */
function particleTail(text: string, end: number): number {
  let at = end
  let steps = 0
  for (;;) {
    const m = text.slice(at, at + 60).match(PARTICLE_STEP_RE)
    const word = m?.[1] ?? m?.[2]
    if (
      !m ||
      !word ||
      !namePart(word.replace(/^(?:al|el|аль|эль|ал|ад|ас|ан|ат|аз|ар|ash|as|ad|an|at|ar)-/iu, ''))
    )
      break
    at += m[0].length
    steps++
  }
  if (steps === 0) return end
  // one more word of a double surname: «Де ла Торре Морено», "de la fuente ruiz" (the same case)
  const last = text.slice(end, at).match(/(\p{L}+)$/u)?.[1] ?? ''
  const next = text.slice(at, at + 30).match(/^ (\p{L}[\p{L}'’-]+)(?![\p{L}])/u)?.[1]
  if (next && isCap(next) === isCap(last) && next.length >= 3 && surnameLike(next)) at += 1 + next.length
  return at
}

/** A word read as a surname or no word of its language at all. */
function surnameLike(word: string): boolean {
  if (CYR_RE.test(word)) {
    if (RU_FUNCTION_RE.test(word.toLowerCase())) return false
    const tags = nameTags(word)
    // capitalised, any word but a place («Де ла Торре Морено»); in lower case, no ordinary word
    return isCap(word) ? tags.place === 0 : !tags.known || tags.surname > 0
  }
  const role = latinRole(title(word), true)
  return !isFunctionWord(word) && (role === 'S' || (role === 'U' && !isKnownEnglishWord(word)))
}

/** Names with particles, alone or going on from a name already found. */
export function findParticleNames(text: string, found: readonly PiiFinding[], out: PiiFinding[]): void {
  const hint = PARTICLE_HINT_RE.test(text)
  for (const f of found) {
    if (hint) {
      const end = particleTail(text, f.end)
      if (end > f.end) push(out, 'name', f.start, end, text)
      const bin = text.slice(Math.max(0, f.start - 30), f.start).match(BIN_BEFORE_RE)
      if (bin?.[1] && (firstName(bin[1]) || (isCap(bin[1]) && !ordinaryEnglish(bin[1]))))
        push(out, 'name', f.start - bin[0].length, f.end, text)
    }
    // «дубинин в.г.», "thompson j.": initials after a surname found in lower case
    const initials = text.slice(f.end, f.end + 12).match(LOWER_INITIALS_AFTER_RE)
    if (initials && /^\p{Ll}/u.test(f.value)) push(out, 'name', f.start, f.end + initials[0].length, text)
    const turkic = text.slice(f.end, f.end + 40).match(TURKIC_AFTER_RE)
    if (turkic?.[1] && !isFunctionWord(turkic[1]) && CYR_RE.test(turkic[1]) === CYR_RE.test(f.value))
      push(out, 'name', f.start, f.end + turkic[0].length, text)
  }
  if (!hint) return
  const particleAt = new RegExp(`(?<![\\p{L}])(?:${PARTICLE}(?=\\s)|(?:al|el|аль|эль)-\\p{L})`, 'giu')
  for (const m of text.matchAll(particleAt)) {
    const head = text.slice(Math.max(0, m.index - 30), m.index)
    const w = head.match(WORD_BEFORE_RE)
    const first = w?.[1]
    if (!w || !first || first.length < 3 || isFunctionWord(first)) continue
    const start = m.index - w[0].length
    // a first name, or a capitalised word no dictionary knows before a capitalised particle chain
    // a first name; a word no dictionary knows as an ordinary word after a person's role ("my bf tomás")
    const ok =
      firstName(first) ||
      // «Родриго де Оливейра»: a capitalised Cyrillic word no dictionary knows, a capitalised name after
      (CYR_RE.test(first) &&
        isCap(first) &&
        !nameTags(first).known &&
        /^\s*\S+\s+\p{Lu}/u.test(text.slice(m.index))) ||
      (!(CYR_RE.test(first) ? nameTags(first).common > 0 : ordinaryEnglish(first)) &&
        EN_ROLE_CUE_RE.test(text.slice(Math.max(0, start - 40), start)))
    if (!ok) continue
    const end = particleTail(text, start + first.length)
    if (end === start + first.length) continue
    const words = text.slice(start, end).split(/\s+/u).map(title)
    if (isPublicFigure(words) || isEnglishPlace(words)) continue
    push(out, 'name', start, end, text)
  }
}

// Surnames of Korea, China and Vietnam in Latin and Cyrillic spellings (the most common ones of each).
const EAST_ASIAN_SURNAMES = new Set(
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
function hyphenGiven(w: string): boolean {
  const halves = w.split('-')
  return (
    halves.length === 2 &&
    halves.every((h) => h.length >= 1 && syllable(h)) &&
    halves[0]?.toLowerCase() !== halves[1]?.toLowerCase() &&
    !isKnownEnglishWord(w) &&
    !halves.every((h) => isKnownEnglishWord(h))
  )
}

const ASIAN_TOKEN_RE = /(?<![\p{L}'’-])\p{L}+(?:-\p{L}+)?(?![\p{L}'’-])/gu

/** «Ли Ен Сук», "Wang Li Na", "li xiu ying"; "Hye-jin Yoon", "ji-yeon han", «Пак Хе-Рин». */
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
  const known = halves.filter((h) => isKnownEnglishWord(h) && latinRole(title(h), true) !== 'S')
  const names = halves.filter((h) => nameLatin(h))
  return names.length >= 1 && known.length <= 1 && !isKnownEnglishWord(word)
}

/** "katie brennan-walsh", "Kofi Mensah-Bonsu", "j. mbeki-harris"; a found name going on with one. */
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

// kin words written without "my" before a name ("i think about aunty kavitha reddy")
const KIN_BEFORE_RE =
  /(?:^|[^\p{L}])(?:aunty|auntie|aunt|uncle|nana|nan|gran|granny|nanna|cousin|bro|sis)\s+$/iu
const LOWER_WORD_RE = /(?<![\p{L}'’@#./-])[a-zà-ÿ]{3,}(?![\p{L}'’@-])/gu
const DETERMINER_BEFORE_RE = /(?:^|[^\p{L}])(?:my|our|his|her|their|the|a|an|this|that|from|in)\s+$/iu
const ONLY_PERSON_AFTER_RE = /^\s+(?:is|was)\s+the\s+only\s+(?:one|person|friend|adult)(?![\p{L}])/iu

/** Not a word of the English lexicon, nor a transliterated Russian word («kak», «dela»). */
function foreignWord(w: string): boolean {
  if (isKnownEnglishWord(w) && latinRole(title(w), true) === null) return false
  // (English endings of words the small lexicon lacks: "literally", "suicidal", "cuttingg")
  return !isFunctionWord(w) && !/(?:ly|al|ing|ingg|ed|tion|ment|ness|ous|ive|ful|less|able|s)$/u.test(w)
}

/**
 * "my roommate yerlan sultanbekov", "aunty kavitha reddy", "priya venkataraman is the only person": two
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
    // after a role, a first name or a surname ending the lexicons know ("my roommate yerlan sultanbekov";
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

// "Hovhannisyan, Arsen Grigori": a surname with an ending of the region, a comma, a given name (and another)
const SURNAME_COMMA_FIRST_RE =
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{4,}),\s+(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}\p{Ll}+))?(?![\p{L}'’-])/gu

export function findSurnameCommaFirst(text: string, out: PiiFinding[]): void {
  if (!/\p{Ll},\s+\p{Lu}/u.test(text)) return
  for (const m of text.matchAll(SURNAME_COMMA_FIRST_RE)) {
    const [all, surname = '', first = '', middle] = m
    if (CYR_RE.test(all) || !LATIN_SURNAME_END_RE.test(surname.toLowerCase()) || isKnownEnglishWord(surname))
      continue
    const given = (w: string) => !isFunctionWord(w) && !ordinaryEnglish(w)
    if (!given(first)) continue
    const end = middle && given(middle) ? m.index + all.length : m.index + all.indexOf(first) + first.length
    push(out, 'name', m.index, end, text)
  }
}

/**
 * "ugh katie, like katie brennan-walsh": the lower-case first name of a found full name, elsewhere in the
 * text, when the English lexicon knows the word only as a first name.
 */
export function findLowerFirstRepeats(text: string, found: readonly PiiFinding[], out: PiiFinding[]): void {
  for (const f of found) {
    const first = f.value.match(/^([a-z]{3,})\s/u)?.[1]
    if (!first || !isOnlyFirstName(first) || isFunctionWord(first)) continue
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'giu')))
      if (m.index < f.start || m.index >= f.end) push(out, 'name', m.index, m.index + first.length, text)
  }
}

// «сидоренко а.п.», «дубинин в.г.»: a lower-case surname and lower-case initials
const LOWER_SURNAME_INITIALS_RE = /(?<![\p{L}])([а-яё]{4,})\s+[а-яё]\.\s?[а-яё]\.(?![\p{L}])/gu

export function findLowerSurnameInitials(text: string, out: PiiFinding[]): void {
  if (!/[а-яё]\.\s?[а-яё]\./u.test(text)) return
  for (const m of text.matchAll(LOWER_SURNAME_INITIALS_RE)) {
    const word = m[1] as string
    const tags = nameTags(word)
    const surname =
      (tags.surname > 0 && tags.common === 0) ||
      (!tags.known && /(?:ов|ев|ин|енко|ко|ук|юк|ский|цкий|ян)$/u.test(word))
    if (surname) push(out, 'name', m.index, m.index + m[0].length, text)
  }
}
