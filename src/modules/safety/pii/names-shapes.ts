import { nameTags } from './morph.js'
import { EN_ROLE_CUE_RE } from './name-cues.js'
import { isEnglishPlace, isFunctionWord, isKnownEnglishWord, latinRole } from './names-en.js'
import { isPublicFigure } from './public-figures.js'
import { matchesOf, type PiiFinding, push } from './types.js'

/**
 * Names with particles, for `names.ts` (round 20; other languages' shapes are in `names-foreign.ts`):
 *
 * - particles inside a name, in either script and any case: «Саид ибн Карим аль-Фаруки», «эдгар ван дер
 *   линден», «фарид оглы мамедов», "mateo de la vega ruiz", "oliver st. john-smythe"; and the particle and
 *   surname after a name already found («Мария Карловна фон Штейнберг», "Yusuf bin Ahmed Al-Harbi");
 * - a father's name and «кызы»/«оглы» after a found name («алиева сабина ильхам кызы»);
 * - lower-case initials after a lower-case surname («сидоренко а.п.»).
 */

const LAT_PARTICLES =
  'de|da|del|della|di|du|dos|das|van|von|der|den|ten|ter|le|la|los|las|bin|ibn|bint|al|el|st\\.'
// («да», «до», «ли» are Russian words: «Маша да Саша» is two people)
const CYR_PARTICLES =
  'де|дель|делла|ди|дю|дос|ван|фон|дер|ден|тер|ле|ла|лос|лас|бин|ибн|бинт|аль|эль|оглы|оглу|кызы|гызы|уулу|улы'
const PARTICLE = `(?:${LAT_PARTICLES}|${CYR_PARTICLES})`
const NAME_WORD = "\\p{L}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*"
// one step of a name after a word: particles then a word («ибн Карим», "de la Vega"), or a word with an
// Arabic article joined by a hyphen («аль-Фаруки», "Al-Harbi")
const PARTICLE_STEP_RE = new RegExp(
  `^(?:(?:\\s+${PARTICLE}(?=[\\s]))+\\s+(${NAME_WORD})|\\s+((?:al|el|аль|эль|ал|ад|ас|ан|ат|аз|ар|ash|as|ad|an|at|ar)-${NAME_WORD}))`,
  'iu',
)
const PARTICLE_HINT_RE = new RegExp(
  `(?<![\\p{L}])${PARTICLE}(?=\\s)|(?<![\\p{L}])(?:al|el|аль|эль)-\\p{L}`,
  'iu',
)
const PARTICLE_AT_RE = new RegExp(`(?<![\\p{L}])(?:${PARTICLE}(?=\\s)|(?:al|el|аль|эль)-\\p{L})`, 'giu')
const WORD_BEFORE_RE = /(?<![\p{L}'’-])(\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)?)\s+$/u
const BIN_BEFORE_RE = /(?<![\p{L}'’-])(\p{L}[\p{L}'’]*)\s+(?:bin|ibn|bint|бин|ибн|бинт)\s+$/iu
// «ильхам кызы» after «алиева сабина»: a father's name and a Turkic word for son or daughter
const TURKIC_AFTER_RE =
  /^\s+(\p{L}{3,})\s+(?:оглы|оглу|кызы|гызы|уулу|улы|ogly|oglu|kyzy|qizi|uulu)(?![\p{L}])/iu

const LOWER_INITIALS_AFTER_RE = /^\s+\p{Ll}\.\s?(?:\p{Ll}\.)?(?![\p{L}])/u
export const CYR_RE = /[а-яё]/iu
export const isCap = (w: string) => /^\p{Lu}/u.test(w)
export const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()

/** A first name by the dictionaries, in any case. */
function firstName(word: string): boolean {
  if (CYR_RE.test(word)) {
    const t = nameTags(word)
    return t.first > 0 && t.first >= t.common
  }
  return latinRole(title(word), true) === 'F'
}

// Russian prepositions, conjunctions and particles: never a name part after a particle
export const RU_FUNCTION_RE =
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
  // (the particle itself tells a name in Cyrillic, where the dictionary reads «Торре», «бос» (as in «ван ден бос») as words)
  if (CYR_RE.test(word)) return !halves.some((h) => RU_FUNCTION_RE.test(h.toLowerCase()))
  return halves.every((h) => !isFunctionWord(h)) && halves.some((h) => nameLatin(h))
}

/** An English word with no name reading ("and", "yes", "king"). */
export function ordinaryEnglish(word: string): boolean {
  return isKnownEnglishWord(word) && latinRole(title(word), true) === null
}

export function nameLatin(word: string): boolean {
  const role = latinRole(title(word), true)
  return role === 'S' || role === 'F' || (role === 'U' && !isKnownEnglishWord(word))
}

/** The particles and words that go on from `end` («ибн Карим аль-Фаруки»): the new end, or `end`. */
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
  // one more word of a double surname: «де ла Торре Морено», "de la vega ruiz" (the same case)
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
    // capitalised, any word but a place («Гарсия Морено»); in lower case, no ordinary word
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
  for (const m of matchesOf(PARTICLE_AT_RE, text)) {
    const head = text.slice(Math.max(0, m.index - 30), m.index)
    const w = head.match(WORD_BEFORE_RE)
    const first = w?.[1]
    if (!w || !first || first.length < 3 || isFunctionWord(first)) continue
    const start = m.index - w[0].length
    // a first name, or a capitalised word no dictionary knows before a capitalised particle chain
    // a first name; a word no dictionary knows as an ordinary word after a person's role ("my ex mateo")
    const ok =
      firstName(first) ||
      // "Lucía Fernández de la Cruz", "Anneke de Vries": a capitalised Latin word no lexicon knows before a
      // particle and a capitalised word ("Tour de France", "Rio de Janeiro" are known or places)
      (!CYR_RE.test(first) &&
        isCap(first) &&
        !isKnownEnglishWord(first) &&
        latinRole(first, true) === 'U' &&
        /^\s*\S+\s+(?:\S+\s+)?\p{Lu}/u.test(text.slice(m.index))) ||
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
    // a capitalised given name before it ("Lucía Fernández de la Cruz")
    const given = isCap(first) ? text.slice(Math.max(0, start - 30), start).match(WORD_BEFORE_RE) : null
    const from =
      given?.[1] && isCap(given[1]) && (firstName(given[1]) || latinRole(given[1], true) === 'U')
        ? start - given[0].length
        : start
    const words = text.slice(from, end).split(/\s+/u).map(title)
    if (
      isPublicFigure(words) ||
      isEnglishPlace(words) ||
      isEnglishPlace(text.slice(start, end).split(/\s+/u))
    )
      continue
    push(out, 'name', from, end, text)
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
