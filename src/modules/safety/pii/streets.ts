import { nameTags } from './morph.js'
import { type PiiFinding, push } from './types.js'

/**
 * Russian addresses written without a street word, as people type them in chat: «на пушкина 12», «на
 * Горгиладзе 60», «Тбилиси, Руставели 24», «приезжай ко мне, Ленина 45-12», «чуй 120 кв 8», «на 5-й линии
 * В.О. 24». The detector starts from a house number and reads back over the words before it (at most three,
 * plus an ordinal such as «2-й» and an abbreviation such as «В.О.») to what anchors them:
 *
 * - a preposition «на/по/к/до/с/от»: then the street must read as one (a capitalised word that is not an
 *   ordinal, a surname in any case, a feminine adjective form, or an ordinal prefix) — «на уроке 5», «по
 *   русскому 5» stay;
 * - a place name and a comma («Минск, Независимости 95-113», «мы в Астане, Кенесары 52»);
 * - a comma, colon or dash after a clause that speaks of where someone is («ко мне», «у мамы», «в
 *   деревне», «живу», «приезжай»);
 * - or, whatever comes before, what follows the number makes it a house: a flat, building, entrance, floor
 *   or intercom («кв 45», «к 1», «5 этаж», «домофон»), or a house-flat pair «95-113».
 *
 * A number followed by a unit of time, money or count («на Садовой 5 минут») is never a house.
 */

// house: «12», «3а», «45-12», «14/2», «26 к 1», «9 кор.4»
const HOUSE_RE =
  /(?<![\p{L}\p{N}\-/.:,])\d{1,3}[а-и]?(?:\s?[/-]\s?\d{1,4}(?:-\d{1,4})?)?(?:\s?(?:к|корп\.?|кор\.)\s?\d{1,2})?(?![\p{L}\p{N}]|[.:,/-]\d)/gu
const WORD_RE = /(?:\d{1,2}-?(?:я|й|ая|ий|ой|ый)|[А-ЯЁ]\.\s?[А-ЯЁ]\.|[\p{L}][\p{L}-]*)$/u
const ORDINAL_RE = /^\d{1,2}-?(?:я|й|ая|ий|ой|ый)$/u
const ABBREV_RE = /^[А-ЯЁ]\.\s?[А-ЯЁ]\.$/u
const PREP_RE = /^(?:на|по|к|ко|до|с|со|от)$/iu
// Ordinal words («на Второй 2 серии»), «Нов…», and nouns that take a number without being a street.
const NOT_STREET_RE =
  /^(?:(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|нов|последн|следующ|друг)(?:ая|яя|ой|ую|юю|ый|ий|ое|ее|ого|его|ом|ем|ому|ему|ей|ья|ье|ьей|ью|ьего|ьем)$|(?:класс|урок|сери|сезон|глав|част|палат|кабинет|аудитори|школ|гимнази|лице|садик|маршрут|автобус|трамва|троллейбус|вариант|номер|пункт|задани|уровн|курс|групп|смен|вагон|мест|ряд|тур|раунд|игр|матч|сч[её]т|минут|час|год|раз|недел|месяц|верси|размер|рост|вес|этаж|подъезд)(?:а|я|у|ю|е|и|ы|ом|ем|ой|ей|ам|ям|ах|ях|ами|ями|ов|ев|ия|ии|ию|ие|ией|й)?$|(?:лет|день|дня|дней|стр\.?|iphone)$)/iu
const FUNCTION_WORD_RE =
  /^(?:я|ты|он|она|оно|мы|вы|они|меня|тебя|его|её|ее|нас|вас|их|мне|тебе|ему|ей|нам|вам|им|мой|моя|мои|твой|твоя|это|этот|эта|тот|та|все|всё|вот|там|тут|здесь|уже|ещё|еще|и|а|но|или|да|нет|не|ни|же|бы|ли|в|во|на|по|к|ко|до|с|со|от|у|за|из|о|об|про|при|для|без|через|после|около|возле|всего|только|почти|примерно|где|когда|как|что|кто|сейчас|теперь|дом|дома|квартира|кв|этаж|подъезд)$/iu
const FEM_ADJ_RE = /(?:ой|ей|ую|юю|ая|яя)$/u
// «ко мне», «у мамы», «в деревне», «живу», «приезжай»: the clause speaks of where someone is
const WHERE_CUE_RE =
  /(?:^|[^\p{L}])(?:ко\s+мне|к\s+нам|у\s+\p{L}+|в\s+деревн\p{L}*|(?<![\p{L}])в\s+\p{Lu}\p{Ll}+|(?<![\p{L}])(?:дом|домик|дача|дачу|квартир\p{L}*)(?![\p{L}])|в\s+общаг\p{L}*|в\s+общежити\p{L}*|в\s+хостел\p{L}*|в\s+гостиниц\p{L}*|в\s+приют\p{L}*|в\s+кризисн\p{L}*\s+центр\p{L}*|в\s+сел[еу]|в\s+пос[её]лк\p{L}*|жив\p{L}*|прожива\p{L}*|приезжа\p{L}*|приход\p{L}*|приди|заход\p{L}*|забер\p{L}*|адрес\p{L}*|я\s+тут|мы\s+тут|мы\s+здесь|я\s+здесь)/iu
// after the number: a flat, building, entrance, floor or intercom makes it a house
const HOUSE_TAIL_RE =
  /^[\s,]*(?:кв(?:артир\p{L}*)?\.?\s*\d|корп|кор\.|стр\.\s*\d|подъезд|парадн|домофон|комн|оф(?:ис)?\.?\s*\d|\d{1,2}\s*(?:-?й\s+)?(?:этаж|эт\.|подъезд)|(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)\p{L}{1,3}\s+(?:подъезд|этаж))/iu
// after the number: a unit of time, money or count (see NOT_HOUSE_AFTER in addresses.ts)
const QUANTITY_AFTER_RE =
  /^\s*(?:(?:в|за)\s+(?:месяц|мес\.?|год|день|сутки|недел\p{L}*|час|минут\p{L}*)(?![\p{L}])|р\.|мин|час|сек|лет|год|раз|руб|₽|%|км|м\b|кг|дн|недел|месяц|этаж|человек|штук|сообщ|фот|смс|балл|очк|сери|литр|метр|страниц|глав|урок|пар[аиы]?\b|класс|друз|видео|ролик|тыс|к\b|косар|бакс|\$|лайк|подпис)/iu

type Word = { text: string; start: number }
type Before = { words: Word[]; anchor: string; anchorAt: number; comma: boolean }

/**
 * The words right before a house number at `end` (four at most, nearest last) and what anchors them: a
 * preposition, a comma/colon/dash ("," …), the start of the text ("^"), or nothing ("").
 */
function wordsBefore(text: string, end: number): Before {
  const words: Word[] = []
  let pos = end
  // «на Малой Бронной, 14»: a comma between the street's name and the house
  const comma = /[\p{L}],\s$/u.test(text.slice(Math.max(0, end - 3), end))
  if (comma) pos = end - 2
  for (;;) {
    const gap = text.slice(Math.max(0, pos - 8), pos).match(/\s*$/u)?.[0] ?? ''
    const at = pos - gap.length
    const prev = text[at - 1] ?? ''
    if (words.length > 0 && /[,:—–-]/u.test(prev)) return { words, anchor: prev, anchorAt: at - 1, comma }
    if (at === 0) return { words, anchor: '^', anchorAt: 0, comma }
    if ((gap.length === 0 && !(comma && words.length === 0)) || gap.length > 2 || /\n/u.test(gap))
      return { words, anchor: '', anchorAt: at, comma }
    const m = text.slice(Math.max(0, at - 40), at).match(WORD_RE)
    if (!m) return { words, anchor: '', anchorAt: at, comma }
    const start = at - m[0].length
    if (PREP_RE.test(m[0])) return { words, anchor: m[0].toLowerCase(), anchorAt: start, comma }
    words.unshift({ text: m[0], start })
    if (words.length >= 4) return { words, anchor: '', anchorAt: start, comma }
    pos = start
  }
}

const isCap = (w: string) => /^\p{Lu}/u.test(w)

/** A word that can be part of a street's name at all. */
function streetWord(w: string): boolean {
  return /[а-яё]/iu.test(w) && !FUNCTION_WORD_RE.test(w) && !NOT_STREET_RE.test(w)
}

/** A street after на/по: a name that reads as a street, not a lesson or a school subject. */
function readsAsStreet(name: Word[]): boolean {
  if (name.some((w) => ORDINAL_RE.test(w.text))) return true
  // «на Советской армии 12», «на Красной звезды 4»: a capitalised adjective opens the name
  const head = name[0] as Word
  if (name.length >= 2 && isCap(head.text) && FEM_ADJ_RE.test(head.text) && nameTags(head.text).adjective > 0)
    return true
  const last = name[name.length - 1] as Word
  if (isCap(last.text)) return true
  const tags = nameTags(last.text)
  return tags.surname > 0 || (tags.adjective > 0 && FEM_ADJ_RE.test(last.text)) || !tags.known
}

// after a house number that ends the line or the clause
const LINE_END_RE = /^\s*(?:$|[,;.!?)\n]|[—–-]\s)/u
// adjectives that name school subjects and languages, not streets («Русский 5, алгебра 4»)
const SUBJECT_RE =
  /^(?:русск|английск|немецк|французск|испанск|китайск|итальянск|казахск|украинск|родн|физическ)/iu

/** «5-я Парковая», «2-й Лесной»: an ordinal and a capitalised adjective are a street's name. */
function ordinalStreet(words: Word[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] as Word
    const b = words[i + 1] as Word
    if (ORDINAL_RE.test(a.text) && isCap(b.text) && /(?:ая|яя|ий|ый|ой)$/u.test(b.text) && streetWord(b.text))
      return true
  }
  return false
}

/**
 * A capitalised name and a house number alone on a line: a street when the name reads as one (an adjective
 * «Литейный», «Зелёная», not a school subject; a surname or a word with a surname ending in the genitive
 * «Жандосова», «Пушкина»), or when the number is a house with a flat or building «150/3», «14-56» and the
 * name is no plain noun («Глава 12/3»).
 */
function terseStreet(core: Word[], house: string): boolean {
  if (!core.every((w) => isCap(w.text))) return false
  const last = (core[core.length - 1] as Word).text
  const tags = nameTags(last)
  const slashed = /^\d{2,3}[а-и]?\s?[/-]\s?\d/u.test(house)
  if (slashed && (tags.first > 0 || tags.surname > 0 || tags.place > 0 || tags.adjective > 0 || !tags.known))
    return true
  if (SUBJECT_RE.test(last)) return false
  if (tags.adjective > 0 && /(?:ая|яя|ий|ый|ой)$/u.test(last)) return true
  return /(?:ова|ева|ина|ына|ого|его)$/u.test(last) && (tags.surname > 0 || !tags.known || tags.adjective > 0)
}

/**
 * The words that may name a street before a house number at `at`: the words after the anchor (a preposition
 * or punctuation), three at most, or only the last one without an anchor; `core` without ordinals and
 * abbreviations. Undefined when a quantity follows («12 раз», "5 minutes") or no word comes before.
 */
function streetNameBefore(text: string, at: number, end: number) {
  const after = text.slice(end)
  if (QUANTITY_AFTER_RE.test(after)) return undefined
  const before = wordsBefore(text, at)
  let name = before.words
  if (name.length === 0) return undefined
  if (name.length > 3 || before.anchor === '') name = name.slice(-1)
  const core = name.filter((w) => !ORDINAL_RE.test(w.text) && !ABBREV_RE.test(w.text))
  return { after, before, name, core }
}

export function findBareStreets(text: string, out: PiiFinding[]): void {
  for (const m of text.matchAll(HOUSE_RE)) {
    const found = streetNameBefore(text, m.index, m.index + m[0].length)
    if (!found) continue
    const { after, before, name, core } = found
    // (after a comma the number is a house only after на/по… and at the end of a clause or before a flat:
    // «на Малой Бронной, 14, там…», not «на Пятницкой, 3 года»)
    if (
      before.comma &&
      (!/^(?:на|по|к|ко|до|с|со|от)$/u.test(before.anchor) ||
        !(LINE_END_RE.test(after) || HOUSE_TAIL_RE.test(after)))
    )
      continue
    // «на Новый Арбат 21»: an ordinal or «Нов…» word is a street's only before another capitalised word
    const lastCore = core[core.length - 1]
    const nameOk = core.every(
      (w) =>
        streetWord(w.text) ||
        (w !== lastCore &&
          isCap(w.text) &&
          lastCore !== undefined &&
          isCap(lastCore.text) &&
          !FUNCTION_WORD_RE.test(w.text)),
    )
    if (core.length === 0 || !nameOk) continue
    // «Тверская-Ямская 1-я, 22» comes through the ordinal branch below
    const houseFlat =
      /^\d{2,3}-\d{1,3}$/u.test(m[0]) && core.some((w) => isCap(w.text) || nameTags(w.text).surname > 0)
    const tail = HOUSE_TAIL_RE.test(after)
    let ok = tail || houseFlat || ordinalStreet(before.words)
    if (!ok && /^(?:на|по|к|ко|до|с|со|от)$/u.test(before.anchor)) ok = readsAsStreet(name)
    if (!ok && /^[,:—–-]$/u.test(before.anchor)) {
      const clause =
        text
          .slice(Math.max(0, before.anchorAt - 80), before.anchorAt)
          .split(/[.!?\n]/u)
          .pop() ?? ''
      const place = clause.match(/([\p{L}-]+)\s*$/u)?.[1] ?? ''
      ok = (place !== '' && nameTags(place).place > 0) || WHERE_CUE_RE.test(clause)
      // a lower-case name needs more than a comma: a surname, an adjective or a word no dictionary knows
      if (ok && !core.some((w) => isCap(w.text))) {
        const t = nameTags((core[core.length - 1] as Word).text)
        ok = t.surname > 0 || t.adjective > 0 || !t.known
      }
    }
    // «Жандосова 58а», «Литейный 30», «Абая 150/3»: a street and a house as a line of their own
    const opensLine = /(?:^|[\n.!?]\s*)$/u.test(text.slice(0, (name[0] as Word).start))
    if (!ok && opensLine) ok = LINE_END_RE.test(after) && terseStreet(core, m[0])
    if (!ok) continue
    const start = (name[0] as Word).start
    push(out, 'address', start, m.index + m[0].length, text)
  }
  // «Тверская-Ямская 1-я, 22»: a street with its ordinal after the name, then the house
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}])[А-ЯЁ][\p{L}-]+(?:ая|яя|ий|ый|ой)\s+\d{1,2}-?(?:я|й)\s*,?\s+\d{1,3}[а-и]?(?![\p{L}\p{N}])/gu,
  )) {
    if (!QUANTITY_AFTER_RE.test(text.slice(m.index + m[0].length)))
      push(out, 'address', m.index, m.index + m[0].length, text)
  }
}

// A house number in words: «сорок три», «сто пятнадцать», «двенадцать»
const NUM_WORD =
  'один|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|тринадцать|четырнадцать|' +
  'пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать|двадцать|тридцать|сорок|пятьдесят|шестьдесят|' +
  'семьдесят|восемьдесят|девяносто|сто|двести|триста|четыреста|пятьсот'
const SPELLED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NUM_WORD})(?:\\s+(?:${NUM_WORD})){0,2}(?![\\p{L}\\p{N}])`,
  'giu',
)
const ORD = '(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)\\p{L}{1,3}'
// after a house in words: a flat, entrance or floor with a value, or after a comma («, квартира над аптекой»)
const SPELLED_TAIL_RE = new RegExp(
  `^(?:\\s*,\\s*(?:кв\\.?|квартир\\p{L}{0,2}|подъезд|этаж|корп\\p{L}{0,3}\\.?|домофон)(?![\\p{L}])|\\s*,?\\s*(?:кв\\.?|квартир\\p{L}{0,2}|подъезд|корп\\p{L}{0,3}\\.?)\\s*(?:\\d|${NUM_WORD}|${ORD})|\\s*,?\\s*${ORD}\\s+(?:квартир\\p{L}{0,2}|подъезд|этаж)(?![\\p{L}]))`,
  'iu',
)
// «живу на», «я на», «мы на»: the person is there
const BEING_THERE_RE = /(?:^|[^\p{L}])(?:жив\p{L}*|прожива\p{L}*|я|мы|он|она|они)\s*$/iu

/**
 * A street with the house number in words: «ну я на Пушкина сорок три, второй подъезд», «я у друга,
 * Большая Покровская тридцать семь, квартира…», «на Новосибирской двадцать два вторая квартира». Stricter
 * than digits (words like «три» are common): a capitalised name, and a flat/entrance after it, or «живу
 * на»/«я на» before it.
 */
export function findSpelledStreets(text: string, out: PiiFinding[]): void {
  for (const m of text.matchAll(SPELLED_RE)) {
    const found = streetNameBefore(text, m.index, m.index + m[0].length)
    if (!found) continue
    const { after, before, name, core } = found
    // (after a comma the number is a house only after на/по… and at the end of a clause or before a flat:
    // «на Малой Бронной, 14, там…», not «на Пятницкой, 3 года»)
    if (
      before.comma &&
      (!/^(?:на|по|к|ко|до|с|со|от)$/u.test(before.anchor) ||
        !(LINE_END_RE.test(after) || HOUSE_TAIL_RE.test(after)))
    )
      continue
    if (core.length === 0 || !core.every((w) => streetWord(w.text)) || !core.some((w) => isCap(w.text)))
      continue
    const tail = SPELLED_TAIL_RE.test(after)
    const prep = /^(?:на|по)$/u.test(before.anchor) && readsAsStreet(name)
    const there = prep && BEING_THERE_RE.test(text.slice(0, before.anchorAt))
    let ok = (tail && before.anchor !== '') || there || (tail && prep)
    if (!ok && tail && /^[,:—–-]$/u.test(before.anchor)) ok = true
    if (!ok) continue
    push(out, 'address', (name[0] as Word).start, m.index + m[0].length, text)
  }
}
