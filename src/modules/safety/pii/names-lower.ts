import { nameTags, surnameAgreesWithFirst } from './morph.js'
import { NOT_NOUN_SURNAME_RE, RU_PATRONYMIC_END } from './name-cues.js'
import { isPublicFigure } from './public-figures.js'
import { type PiiFinding, push } from './types.js'

/**
 * Russian full names written all in lower case, for `names.ts`: no capital letter tells a name there, so
 * only dictionary readings do («напиши ивану петрову», «олег снегирь, он же мой сосед»).
 */

const isPatronymic = (word: string): boolean => RU_PATRONYMIC_END.test(word.toLowerCase())

// Lower-case Cyrillic words; a pair is looked up only when one of them ends like a surname/patronymic.
const LOWER_WORD_RE = /(?<![\p{L}\p{N}_@.])[а-яё]{3,}(?:-[а-яё]{2,})?(?![\p{L}\p{N}_@])/gu
const LOWER_HINT_RE =
  /[а-яё]{2}(?:ов|ев|ин|ын|ова|ева|ина|ына|ову|еву|ину|овой|евой|иной|овым|евым|иным|овича|евича|ович|евич|овна|евна|ична|овны|евны|овну|евну|ичну|овне|евне|овной|евной|овичу|евичу|ский|цкий|ская|цкая|енко|швили|дзе|иани|ук|юк|ян|янц)(?![\p{L}])/u

const isFirstName = (w: string): boolean => {
  const t = nameTags(w)
  return t.first > 0 && t.first >= t.common
}
const isDictSurname = (w: string): boolean => nameTags(w).surname > 0
const isDictPatronymic = (w: string): boolean => nameTags(w).patronymic > 0
// «кравчук», «мкртчян»: the dictionary reads the word as a surname and as nothing else
const isOnlySurname = (w: string): boolean => {
  const t = nameTags(w)
  return t.surname > 0 && t.first === 0 && t.common === 0
}
// «погосян», «гелашвили»: no dictionary knows the word, and it ends as only Armenian or Georgian surnames do
const isForeignSurname = (w: string): boolean =>
  w.length >= 5 && /(?:ян|янц|швили|дзе|иани)$/u.test(w) && !nameTags(w).known
// «токтарбаев», «нурмаганбетову»: no dictionary knows the word, and it is long and ends as Russian-style
// surnames do in some case (Central Asian and Caucasian surnames the dictionary lacks)
const UNKNOWN_SURNAME_END_RE = /(?:ов|ев|ин|ова|ева|ина|ову|еву|ину|овой|евой|иной|овым|евым|иным|ову|ого)$/u
const isUnknownRuSurname = (w: string): boolean =>
  w.length >= 7 && UNKNOWN_SURNAME_END_RE.test(w) && !nameTags(w).known
// a surname reading and no noun or first-name one («петрова»: also the possessive adjective «Петров»)
const isSurnameNoNoun = (w: string): boolean => {
  const t = nameTags(w)
  return t.surname > 0 && t.first === 0 && t.noun === 0 && t.patronymic === 0
}
// (a feminine or oblique form: «-ов» alone is as often a plural noun misspelt, «поёздов»)
const FEMININE_SURNAME_END_RE = /(?:ова|ева|ина|овой|евой|иной|ову|еву|ину)$/u
// a first name and nothing else in the dictionary («ерлан», «айгерим», «нурлана»)
const isPlainFirstName = (w: string): boolean => {
  const t = nameTags(w)
  return t.first > 0 && t.common === 0 && t.surname === 0
}

/**
 * Full Russian names written all in lower case without any cue («напиши ивану петрову», «петров иван
 * опять орёт», «сидорова марина ивановна»): a dictionary first name that is not mostly an ordinary word
 * beside a dictionary surname or patronymic, in either order (+ a patronymic after them). Guesses from
 * endings alone are not enough here.
 */
export function findLowerCaseNames(text: string, out: PiiFinding[]): void {
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
      (endsA && isDictSurname(a[0]) && isFirstName(b[0])) ||
      // «ильин максим», «максим ильин»: a first name that is also an ordinary word («максим», genitive of
      // «максима»; «роман», «вера») beside a surname in the same case and gender
      (endsA && surnameAgreesWithFirst(a[0], b[0])) ||
      (endsB && surnameAgreesWithFirst(b[0], a[0])) ||
      // «гена ткачук», «ануш погосян»: any first-name reading beside a word that can only be a surname
      (endsB && nameTags(a[0]).first > 0 && (isOnlySurname(b[0]) || isForeignSurname(b[0]))) ||
      (endsB && isPlainFirstName(a[0]) && isUnknownRuSurname(b[0])) ||
      // «бекмуханбетов ержан»: the same, surname first, the first name a dictionary name or unknown too
      (endsA &&
        isUnknownRuSurname(a[0]) &&
        /(?:ов|ев)$/u.test(a[0]) &&
        (isPlainFirstName(b[0]) ||
          // (a first name no dictionary knows only between commas, as one names someone: «препод, X Y,»)
          (!nameTags(b[0]).known &&
            b[0].length >= 4 &&
            /(?:^|,)\s*$/u.test(text.slice(0, a.index)) &&
            /^\s*,/u.test(text.slice((b.index ?? 0) + b[0].length))))) ||
      // «катюха сорокина», «жанар тулегенова»: a word no dictionary knows (a pet form of a name, a name from
      // another language) before a word that can only be a surname
      (endsB &&
        a[0].length >= 4 &&
        !nameTags(a[0]).known &&
        (isSurnameNoNoun(b[0]) || (isUnknownRuSurname(b[0]) && FEMININE_SURNAME_END_RE.test(b[0])))) ||
      // «сабиров ильдар ринатович»: a word ending like a surname and no ordinary word, any first-name
      // reading, then a patronymic
      (endsA &&
        nameTags(a[0]).common === 0 &&
        nameTags(b[0]).first > 0 &&
        words[i + 2] !== undefined &&
        /^ +$/.test(text.slice((b.index ?? 0) + b[0].length, words[i + 2]?.index)) &&
        isDictPatronymic((words[i + 2] as RegExpMatchArray)[0]))
    if (!pair) continue
    let end = (b.index ?? 0) + b[0].length
    const c = words[i + 2]
    if (c && /^ +$/.test(text.slice(end, c.index)) && isDictPatronymic(c[0])) {
      end = (c.index ?? 0) + c[0].length
      i++
    } else if (c && /^ +$/.test(text.slice(end, c.index)) && isDictPatronymic(b[0])) {
      // «ирина павловна соловей»: after a first name and a patronymic, a surname or a noun for a person or
      // an animal is the surname
      const t = nameTags(c[0])
      // (or a word no dictionary knows: «семёна аркадьевича фельдмана»)
      if (
        (t.surname > 0 || t.animNoun > 0 || (!t.known && c[0].length >= 5)) &&
        !NOT_NOUN_SURNAME_RE.test(c[0])
      ) {
        end = (c.index ?? 0) + c[0].length
        i++
      }
    }
    const start = a.index ?? 0
    if (!isPublicFigure(text.slice(start, end).split(/\s+/), isPatronymic))
      push(out, 'name', start, end, text)
    i++
  }
}

// «олег снегирь, он же мой сосед», «евгений кузнец это мой отец»: a lower-case first name and a noun for a
// person or an animal opening the message, then a comma, a dash or «это» — how one names someone in chat
const LOWER_NOUN_SURNAME_RE =
  /(?:^|[.!?\n]\s*)([а-яё]{3,})\s+([а-яё]{3,})(?=\s*(?:,|—|–|-\s|это(?![\p{L}])))/gu

export function findLowerNounSurnames(text: string, out: PiiFinding[]): void {
  for (const m of text.matchAll(LOWER_NOUN_SURNAME_RE)) {
    const [, first = '', second = ''] = m
    if (NOT_NOUN_SURNAME_RE.test(second) || !isFirstName(first)) continue
    const tags = nameTags(second)
    if (tags.animNoun > 0 && tags.animNoun >= 0.5 * tags.common && tags.first === 0) {
      push(out, 'name', m.index + m[0].indexOf(first), m.index + m[0].length, text)
    }
  }
}
