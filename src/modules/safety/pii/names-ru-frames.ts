import Az from 'az'
import { memoWord } from './memo-word.js'
import { nameTags, preloadMorphology } from './morph.js'
import { NOT_NOUN_SURNAME_RE } from './name-cues.js'
import { RU_FUNCTION_RE } from './names-shapes.js'
import { isPublicFigure } from './public-figures.js'
import { type PiiFinding, push } from './types.js'

/**
 * Russian names told by the sentence around them (round 22), for `names.ts`:
 *
 * - a first name (or a pet form no dictionary knows, «витёк») and a noun or unknown word as its surname, then
 *   a verb of what the person did («ден шульга кинул меня», «Ксюша Ермак сказала всем», «толик гончар опять
 *   занял»): Ukrainian and Belarusian surnames are often nouns («Коваль», «Ткач», «Мельник»), and a noun right
 *   after a first name, agreeing with a personal verb, is one;
 * - and what is not a person although it reads as a name: a family named in the plural with no first name
 *   («у Петровых на даче», «с Ивановыми»), a name on screen or stage («Коля Басков по телику поёт», «… в
 *   каждом фильме»), one a child was named after («… мама назвала меня Зоей в её честь»), a place between
 *   «от … до …» or after a train or a bus («электричка на Сергиев Посад»).
 */

type Parse = { tag: Record<string, unknown> & { toString(): string }; parser: string }
const verbCache = new Map<string, boolean>()

/** A past-tense or third-person verb («кинул», «сказали», «травит»), dictionary readings only. */
function personalVerb(word: string): boolean {
  const key = word.toLowerCase()
  const hit = verbCache.get(key)
  if (hit !== undefined) return hit
  preloadMorphology()
  const parses = Az.Morph(key, { parsers: ['Dictionary'] }) as Parse[]
  // (not a neuter past, «отрезало»: a person is never its subject)
  const yes = parses.some(
    (p) =>
      p.parser === 'Dictionary' &&
      p.tag.VERB === true &&
      ((p.tag.past === true && p.tag.neut !== true) || p.tag['3per'] === true),
  )
  if (verbCache.size > 20_000) verbCache.clear()
  verbCache.set(key, yes)
  return yes
}

/** A noun for a person in the nominative singular («коваль», «ткач»), as a surname is used. */
const nominativeNoun = memoWord((word) => {
  const parses = Az.Morph(word.toLowerCase(), { parsers: ['Dictionary'] }) as Parse[]
  return parses.some(
    (p) => p.tag.NOUN === true && p.tag.anim === true && p.tag.sing === true && p.tag.nomn === true,
  )
})

// a pet form of a first name no dictionary knows: «витёк», «серёга», «ванюша»
const PET_FORM_RE = /^[а-яё]{2,}(?:ёк|ёга|юха|ёха|юша|юня|юля|ёня)$/iu
// a word that can only stand between the name and the verb: «опять», «вчера», «мне»
const FILLER_RE =
  /^(?:опять|снова|уже|не|тоже|вчера|сегодня|всё|все|всегда|постоянно|мне|меня|нам|нас|ещё|так|сам|сама|сами|просто|реально|вообще)$/iu
const WORD_RE = /(?<![\p{L}\p{N}_@.#])[А-ЯЁа-яё][а-яё]*(?:-[а-яё]{2,})?(?![\p{L}\p{N}_@])/gu

/** A first name in the nominative, as the subject of the verb after it (not «на кассе»). */
const nominativeName = memoWord((word) => {
  const cap = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
  const parses = Az.Morph(cap, { parsers: ['Dictionary'] }) as Parse[]
  return parses.some((p) => p.tag.Name === true && p.tag.nomn === true)
})

const firstLike = memoWord((w) => {
  const t = nameTags(w)
  // («катя» is a verb form too: with a surname and a verb after it, the name reading is enough)
  if (t.first > 0 && t.first >= 0.5 * t.common) return nominativeName(w)
  return !t.known && PET_FORM_RE.test(w)
})

// nouns for anyone at all, never read as a surname: «девочка», «парень», «женщина»
const ANYONE_RE =
  /^(?:девочк|девчонк|девушк|мальчик|мальчишк|парень|пацан|женщин|мужчин|мужик|ребён|ребен|человек|тётк|тетк|дядьк|бабк|дедк|старик|старушк|кассир|продав|охранник|водител|сотрудни|начальни|коллег|одноклассни|однокурсни|знаком|незнаком|прохож|школьни|студент)/iu

const OBLIQUE_END_RE = /(?:у|ю|ой|ом|ем|ам|ям|ами|ями|ах|ях|ого|ему|ых|ым)$/iu

const surnameLike = memoWord((w) => {
  if (
    ANYONE_RE.test(w) ||
    NOT_NOUN_SURNAME_RE.test(w) ||
    RU_FUNCTION_RE.test(w.toLowerCase()) ||
    w.length < 3
  )
    return false
  const t = nameTags(w)
  // (an unknown word in an oblique case is no subject: «маргарита берлиозу отрезало»)
  if (!t.known) return w.length >= 4 && !OBLIQUE_END_RE.test(w)
  if (t.surname > 0 && t.adjective === 0) return true
  // «Ермак»: a historical first name that is also a place is used as a surname
  if (t.first > 0 && t.place > 0 && t.common === 0) return true
  return t.animNoun > 0 && t.first === 0 && t.adjective === 0 && nominativeNoun(w)
})

const isPatronymic = (w: string) => nameTags(w).patronymic > 0

/** «ден шульга кинул …», «Ксюша Ермак сказала …»: first name + noun surname + a verb of theirs. */
export function findNounSurnamesBeforeVerb(text: string, out: PiiFinding[]): void {
  if (!/[а-яё]{2}(?:л|ли|ла|ло|лся|лась|лись|ет|ит|ут|ют|ат|ят)(?![\p{L}])/u.test(text)) return
  const words = [...text.matchAll(WORD_RE)]
  for (let i = 0; i + 2 < words.length; i++) {
    const a = words[i] as RegExpMatchArray
    const b = words[i + 1] as RegExpMatchArray
    const aEnd = (a.index ?? 0) + a[0].length
    if (!/^ +$/.test(text.slice(aEnd, b.index))) continue
    const capA = /^\p{Lu}/u.test(a[0])
    if (capA !== /^\p{Lu}/u.test(b[0])) continue
    // (a capitalised pair at a sentence start could be «Маша Кузнец…»; both cases are read the same)
    let j = i + 2
    let prevEnd = (b.index ?? 0) + b[0].length
    let fillers = 0
    let verb = false
    while (j < words.length && fillers <= 2) {
      const w = words[j] as RegExpMatchArray
      if (!/^ +$/.test(text.slice(prevEnd, w.index))) break
      if (personalVerb(w[0])) {
        verb = true
        break
      }
      // «оля рыбак и маша кузнец смеялись»: another such pair joined by «и» before the verb
      const a2 = words[j + 1]
      const b2 = words[j + 2]
      if (w[0] === 'и' && a2 && b2 && firstLike(a2[0]) && surnameLike(b2[0])) {
        prevEnd = (b2.index ?? 0) + b2[0].length
        j += 3
        continue
      }
      if (!FILLER_RE.test(w[0])) break
      fillers++
      prevEnd = (w.index ?? 0) + w[0].length
      j++
    }
    if (!verb) continue
    if (!firstLike(a[0]) || !surnameLike(b[0]) || personalVerb(b[0])) continue
    const start = a.index ?? 0
    const end = (b.index ?? 0) + b[0].length
    if (isPublicFigure([a[0], b[0]], isPatronymic)) continue
    push(out, 'name', start, end, text)
    i++
  }
}

// «у Петровых», «с Ивановыми», «Смирновы»: a Russian-style surname in the plural
const FAMILY_PLURAL_RE = /^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?:ых|ым|ыми|ы)$/u
// a capitalised first name after it («у Макаровых Ильи и Светы»)
const FIRST_AFTER_RE = /^\s+\p{Lu}/u
const MEDIA_AFTER_RE =
  /^\s+(?:по\s+(?:телику|телевизору|телеку|ящику|радио|тв|ютубу)|в\s+(?:телевизоре|телике|кино|клипе|сериале|каждом\s+фильме|фильмах|фильме)|на\s+(?:экране|сцене|ютубе))(?![\p{L}])/iu
const HONOUR_RE = /в\s+(?:его|её|ее|их)\s+честь/iu
const ROUTE_BEFORE_RE = /(?:^|[^\p{L}])от\s+$/iu
const ROUTE_AFTER_RE = /^\s+до\s+\p{Lu}/u
const TRANSPORT_BEFORE_RE =
  /(?:электричк|поезд|автобус|маршрутк|билет|рейс|самол[её]т|трасс|паром|такси)\p{L}*\s+(?:на|до|в|из)\s+$/iu

/** A found "name" that the sentence shows is no private person (a family, a star, a namesake's, a place). */
export function notAPersonRu(text: string, f: PiiFinding): boolean {
  if (!/[а-яё]/iu.test(f.value)) return false
  const after = text.slice(f.end, f.end + 48)
  const before = text.slice(Math.max(0, f.start - 32), f.start)
  if (FAMILY_PLURAL_RE.test(f.value) && !FIRST_AFTER_RE.test(after)) return true
  if (MEDIA_AFTER_RE.test(after)) return true
  if (TRANSPORT_BEFORE_RE.test(before)) return true
  if (!/\s/u.test(f.value) && ROUTE_BEFORE_RE.test(before) && ROUTE_AFTER_RE.test(after)) return true
  const sentenceEnd = text.slice(f.end).search(/[.!?\n]/u)
  const sentence = text.slice(f.end, sentenceEnd < 0 ? undefined : f.end + sentenceEnd)
  return HONOUR_RE.test(sentence)
}
