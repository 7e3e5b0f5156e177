import { matchesOf, type PiiFinding, push } from './types.js'

/**
 * Russian addresses typed loosely, with no street word (round 25):
 *
 * - a street in lower case with its house and a building or flat after it («тверская 6 стр 1 кв 24», «лесная
 *   12 корп 3», «садовая 8 кв 14»), and a house with a capital letter («Ново-Садовая 160М кв 3»);
 * - a city in its chat abbreviation («екб», «спб», «мск», «нск»…) or name, then a street and a house, the flat
 *   after a dash or a slash («екб малышева 73а-19», «спб, ленина 5/12»);
 * - a building of a town numbered by buildings and a flat, no street («корпус 1412, кв 88», «корп. 847 кв
 *   5»), as in Zelenograd.
 *
 * The city or district before and the rest after are taken by `address-parts.ts`.
 */

// a house: digits, a letter in either case («12а», «160М»), a fraction («5/2»)
const HOUSE = '\\d{1,4}(?:[а-яА-Я](?![\\p{L}]))?(?:\\/\\d{1,3}[а-я]?)?(?![\\p{L}\\d])'
const BUILDING = '(?:стр(?:оение)?|корп(?:ус)?|к)\\.?\\s*\\d{1,3}[а-я]?(?![\\p{L}\\d])'
// (a year after «кв» is a quarter: «3 кв 2024»)
const FLAT = '(?:кв(?:артира)?|комн(?:ата)?)\\.?\\s*(?!(?:19|20)\\d\\d(?!\\d))\\d{1,4}[а-я]?(?![\\p{L}\\d])'
// a street name in any case: an adjective or a genitive of a name («тверская», «малышева», «ленина»)
const STREET_ANY_CASE =
  '[А-ЯЁа-яё][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:ая|яя|ой|ий|ый|ей|ого|его|ова|ева|ёва|ина|ына|ская|цкая|ского|цкого)'
// what a word with a number and a flat is not: amounts, counts, times («двадцатая 5 кв» never happens, but
// «площадь 45 кв м» does)
const NOT_AREA = '(?!\\s*(?:м(?![\\p{L}])|метр|км))'

// «тверская 6 стр 1 кв 24», «лесная 12 корп 3», «Ново-Садовая 160М кв 3»
const LOOSE_STREET_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])${STREET_ANY_CASE},?\\s+${HOUSE}(?:[\\s,]+(?:${BUILDING}(?:[\\s,]+${FLAT}${NOT_AREA})?|${FLAT}${NOT_AREA}))`,
  'gu',
)

// a city in chat form or in full, lower case or capitalised
const CITY =
  '(?:мск|москва|спб|питер|екб|екат|ёбург|нск|новосиб|нн|нижний|кзн|казань|крд|краснодар|члб|челяба|ростов|рнд|смр|самара|уфа|пермь|омск|тюмень|воронеж|врн|владик|влд|хабаровск|хаб|иркутск|томск|барнаул|тольятти|ижевск|ярик|ярославль|тула|курск|калининград|клд|сочи|минск|алматы|астана|бишкек|ташкент)'
// «екб малышева 73а-19», «спб, ленина 5/12», «Самара Ново-Садовая 160М-3»: a city, a street, a house and a flat
const CITY_STREET_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])${CITY}[,.:]?\\s+${STREET_ANY_CASE},?\\s+\\d{1,4}[а-яА-Я]?[-/]\\d{1,4}(?![\\p{L}\\d-])`,
  'giu',
)

// «корпус 1412, кв 88», «корп. 847 кв 5»: a numbered building and a flat
const BUILDING_FLAT_RE =
  /(?<![\p{L}\p{N}])(?:[Кк]орпус|[Кк]орп\.?)\s*\d{1,4}[а-я]?[\s,]+(?:кв(?:артира)?|квартира)\.?\s*\d{1,4}(?![\p{L}\d])/gu

const GATE_RE = /\d[а-яА-Я]?\s*[,\s]\s*(?:стр|корп|к\.|к\s*\d|кв|комн)|\d[а-яА-Я]?\s?[-/]\s?\d|корп/iu

/** Pushes the forms above into `out` as addresses. */
export function findRuLooseAddresses(text: string, out: PiiFinding[]): void {
  if (!/[а-яё]/iu.test(text) || !/\d/.test(text) || !GATE_RE.test(text)) return
  for (const re of [LOOSE_STREET_RE, CITY_STREET_RE, BUILDING_FLAT_RE])
    for (const m of matchesOf(re, text)) push(out, 'address', m.index, m.index + m[0].length, text)
}
