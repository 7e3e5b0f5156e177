import { type NameTags, nameTags } from './morph.js'
import { NOT_NOUN_SURNAME_RE, PLACE_PREPOSITION_RE, RU_SURNAME_END, WORK_CUE_RE } from './name-cues.js'
import { isPublicSurname } from './public-figures.js'

/** Surnames beside no first name or made of ordinary nouns, for `names.ts`; tokens are its word tokens. */

export type Role = 'F' | 'S' | 'P' | 'U' | 'I' | null
export type Token = {
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

/**
 * A Russian surname alone, capitalised in the middle of a sentence («Вчера Петров опять наорал», «скажи
 * Смирновой»): the dictionary reads it as a surname and not as a first name, it ends like a surname, and no
 * public figure has it («как писал Пушкин» stays). The first word of a sentence is never taken alone.
 */
export function isLoneSurname(text: string, t: Token): boolean {
  if (t.latin || !t.cap || t.text.length < 5) return false
  // «Голубев-Пятницкий», «Кузьмин-Караваев»: a double-barrelled surname, each half a surname (by the
  // dictionary or by an ending only surnames have)
  if (t.text.includes('-') && !t.text.split('-').every(surnameHalf)) return false
  if (!RU_SURNAME_END.test(t.text.toLowerCase())) return false
  const before = text.slice(Math.max(0, t.start - 24), t.start)
  if (!/[\p{L},]\s+$/u.test(before) || PLACE_PREPOSITION_RE.test(before) || WORK_CUE_RE.test(before))
    return false
  const tags = nameTags(t.text)
  // «прикинь, Хабибуллин опять…»: a word no dictionary knows with an ending only surnames have (not
  // «-ин»: drug names end so, «пью Сертралин»)
  const unknownSurname = !tags.known && t.text.length >= 6 && STRONG_SURNAME_END.test(t.text.toLowerCase())
  // «директор Мусаев», «майор Ахмедов»: the dictionary's first-name reading of a word in «-ов/-ев» is the
  // genitive plural of a first name (Муса, Ахмед), which nobody writes capitalised mid-sentence
  const pluralOfFirst =
    tags.first > 0 &&
    tags.common === 0 &&
    tags.patronymic === 0 &&
    /(?:ов|ев|ёв)$/u.test(t.text.toLowerCase())
  const possessiveAfterRole =
    tags.noun === 0 &&
    tags.first === 0 &&
    (tags.adjective > 0 || !tags.known) &&
    /(?:ин|ина|иной|ину|ова|овой|ову|ева|евой|еву)$/u.test(t.text.toLowerCase()) &&
    RU_ROLE_JUST_BEFORE_RE.test(before)
  if (
    !unknownSurname &&
    !pluralOfFirst &&
    !possessiveAfterRole &&
    !(tags.surname > 0 && tags.surname > tags.first && tags.patronymic === 0)
  )
    return false
  return !isPublicSurname(t.text)
}

// «Тер-Петросян», «Мелик-Пашаев»: Armenian surname prefixes that are no surname themselves
const SURNAME_PREFIX_RE = /^(?:тер|мелик)$/iu

const surnameHalf = (h: string, i: number): boolean =>
  (i === 0 && SURNAME_PREFIX_RE.test(h)) ||
  (h.length >= 4 && (STRONG_SURNAME_END.test(h.toLowerCase()) || nameTags(h).surname > 0))

// «тренер Ласточкина», «врач Чайкина»: a role right before a surname that is also a possessive adjective, or
// that the dictionary does not know and ends in «-ин(а)»
const RU_ROLE_JUST_BEFORE_RE =
  /(?:^|[^\p{L}])(?:тренер\p{L}{0,2}|врач\p{L}{0,2}|доктор\p{L}{0,2}|учител\p{L}{1,2}|учительниц\p{L}{1,2}|преподавател\p{L}{1,2}|препод\p{L}{0,2}|директор\p{L}{0,2}|завуч\p{L}{0,2}|начальни\p{L}{1,2}|начальниц\p{L}{1,2}|следовател\p{L}{1,2}|психолог\p{L}{0,2}|психиатр\p{L}{0,2}|терапевт\p{L}{0,2}|медсестр\p{L}{1,2}|классн\p{L}{2,3}|куратор\p{L}{0,2}|научрук\p{L}{0,2}|майор\p{L}{0,2}|капитан\p{L}{0,2}|лейтенант\p{L}{0,2})\s+$/iu

const STRONG_SURNAME_END =
  /(?:ов|ев|ёв|ова|ева|ёва|овой|евой|ову|еву|овым|евым|ского|цкого|ская|цкая|ский|цкий|енко|швили|дзе|ян|янц|уллин|уллина|уллиной|уллину)$/u

// Short Korean surnames of Central Asia and Russia («Сергей Ли», «Ксения Пак»): ordinary words or particles
// to the dictionary, a surname right after a first name.
const KOREAN_SURNAMES = new Set([
  'ли',
  'пак',
  'цой',
  'тен',
  'тян',
  'шин',
  'хегай',
  'огай',
  'югай',
  'ким',
  'хан',
  'нам',
])

/**
 * «с Сергеем Ли», «Я Ксения Ли», «меня зовут ксюша пак»: a short Korean surname right after a first name,
 * capitalised, or in lower case after «меня зовут» / "my name is".
 */
export function markShortSurnames(text: string, tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token
    const prev = tokens[k - 1] as Token
    if (t.latin || prev.latin || !KOREAN_SURNAMES.has(t.text.toLowerCase())) continue
    if (!/^ +$/.test(text.slice(prev.end, t.start))) continue
    const first = prev.role === 'F' || (prev.canFirst && prev.role !== 'S')
    if (!first || (!t.cap && !prev.afterStrongIntro) || (t.cap && !prev.cap)) continue
    // «Лиза ли это была?»: a particle before a question or a verb is no surname
    if (t.text === 'ли' && /^\s*(?:[?,]|это|то|не)/u.test(text.slice(t.end))) continue
    t.role = 'S'
    t.canSurname = true
  }
}

const HOLIDAY_WORD_RE =
  /^(?:день|дн[яюеи]|год|года|году|ночь|ночи|праздник\p{L}{0,2}|рождеств\p{L}|пасх\p{L})$/iu

/** An adjective in a form a surname takes (masculine or feminine, not neuter or plural). */
function adjectiveSurname(word: string, tags: NameTags): boolean {
  return (
    tags.adjective > 0 && tags.noun === 0 && /(?:ая|яя|ую|юю|ой|ей|ий|ый|ого|его|ому|ему|ым|им)$/u.test(word)
  )
}

/**
 * Mostly a noun (not a conjunction or verb with a rare noun reading), or a noun for an animal or a person
 * whatever else it can be read as: the nouns surnames are made of («Соловей», «Сорока», «Мороз»).
 */
function mostlyNoun(tags: NameTags): boolean {
  return tags.noun > 0 && (tags.noun >= 0.4 * tags.common || tags.animNoun > 0)
}

/**
 * Russian surnames that are ordinary nouns («Оксана Мельник», «с Денисом Рыбаком», «Ирина Мороз»): a
 * capitalised noun right after a capitalised first name, in the middle of a sentence where nouns are written
 * in lower case. Place and organisation names never count («Лена Москва» is not a name). After «меня зовут»
 * / "my name is" the same holds in lower case for nouns naming people or animals («меня зовут анна кузнец»)
 * and for words with a surname ending the dictionary reads otherwise («игорь лапин»).
 */
export function markNounSurnames(text: string, tokens: Token[]): void {
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
      // «а Карп Виктор»: a noun for an animal that is also a rare first name, before a first name
      (prev.role === null || (prev.role === 'F' && t.role === 'F' && nameTags(prev.text).animNoun > 0)) &&
      /^ +$/.test(text.slice(prev.end, t.start)) &&
      (/\p{Ll}[\p{L},]*\s+$/u.test(before) ||
        // at a sentence start too, unless the first word greets, addresses or names a relation
        // («Привет Маша», «Мама Оля», «Слушай Катя»); then the name must go on into the sentence
        // («Лиса Анна из параллели дразнит меня»), not stand alone as an address
        (/(?:^|[.!?\n]\s*)$/u.test(before) &&
          !NOT_NOUN_SURNAME_RE.test(prev.text) &&
          /^[ ,]*[а-яё\d]/u.test(text.slice(t.end))))
    ) {
      const tags = nameTags(prev.text)
      if (prev.text.length > 2 && mostlyNoun(tags)) {
        prev.role = 'S'
        prev.canSurname = true
        continue
      }
    }
    if (t.latin || prev.latin || (t.role !== null && t.role !== 'U')) continue
    if (!/^ +$/.test(text.slice(prev.end, t.start))) continue
    // «Лидия Петровна Гусь», «Людмиле Сергеевне Сова»: any capitalised noun, adjective or unknown word after
    // a first name and a patronymic
    const first = tokens[k - 2]
    if (prev.role === 'P' && t.cap && first?.canFirst && /^ +$/.test(text.slice(first.end, prev.start))) {
      const tags = nameTags(t.text)
      if (t.role === 'U' || mostlyNoun(tags) || tags.adjective > 0) {
        t.role = 'S'
        t.canSurname = true
      }
      continue
    }
    // «видела Ксюху Лесную»: a capitalised adjective after a capitalised word no dictionary knows, in the
    // middle of a sentence (a nickname form of a first name and an adjective surname)
    if (prev.role === 'U' && t.cap && /\p{Ll}[\p{L},]*\s+$/u.test(before)) {
      const tags = nameTags(t.text)
      if (adjectiveSurname(t.text, tags)) {
        t.role = 'S'
        t.canSurname = true
        continue
      }
    }
    if (!prev.canFirst) continue
    if (t.cap && prev.cap) {
      // «у Маши День Рождения», «с Олей Новый Год»: a holiday written in capitals, not a surname
      const next = tokens[k + 1]
      const titlePhrase =
        next?.cap === true && next.role === null && /^ +$/.test(text.slice(t.end, next.start))
      if (titlePhrase || HOLIDAY_WORD_RE.test(t.text)) continue
      const tags = nameTags(t.text)
      // mostly a noun (not a conjunction or verb that has a rare noun reading)
      // or an adjective surname «Катя Снежная», «Дашку Полевую» (not in the neuter: «Бим Чёрное Ухо»)
      if (t.role === 'U' || (t.text.length > 2 && (mostlyNoun(tags) || adjectiveSurname(t.text, tags)))) {
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

// «Бакыт уулу», «Садыр кызы», «Гусейн оглы»: a father's name and a word for "son"/"daughter" make the
// patronymic in Kyrgyz, Kazakh and Azerbaijani names.
const TURKIC_PATRONYMIC_RE = /^(?:уулу|кызы|қызы|оглы|оглу|гызы|улы|ұлы)$/u

/** «Нурсултан Бакыт уулу», «Айпери Садыр кызы»: a first name, the father's name and уулу/кызы/оглы. */
export function markTurkicPatronymics(text: string, tokens: Token[]): void {
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k] as Token
    const father = tokens[k - 1] as Token
    const first = tokens[k - 2] as Token
    if (t.latin || !TURKIC_PATRONYMIC_RE.test(t.text.toLowerCase())) continue
    if (!father.cap || !first.cap || father.latin || first.latin) continue
    if (!/^ +$/.test(text.slice(father.end, t.start)) || !/^ +$/.test(text.slice(first.end, father.start)))
      continue
    first.role = 'F'
    first.canFirst = true
    father.role = 'P'
    t.role = 'P'
  }
}
