import { matchesOf, type PiiFinding, push } from './types.js'

/**
 * Russian address forms `addresses.ts` does not read (round 22), each a family of shapes rather than a
 * street list:
 *
 * - street abbreviations in a case form («на Ленинском пр-кте, д. 64», «по Сиреневому б-ру 7»);
 * - a house marked «вл.»/«влад.» (a holding) and an adjectival street with its house and a flat, room or
 *   building after commas («Молодогвардейская, 196, комн. 412», «ул. Промышленная, вл. 3, стр. 5»);
 * - the house (and flat) in words after a named street («переулок Гончарова, девять», «Пятая Кожуховская,
 *   двадцать четыре, квартира сорок один»), the number closing the phrase;
 * - a settlement before a street or a house («пос. Берёзовка, Лесная, 11», «деревня Лыково, дом 3») and after
 *   a found address («Заречная 8, деревня Лыково»);
 * - a flat given in words anywhere in a text with an address («Квартира двенадцатая.»);
 * - streets of other countries written in Latin letters inside Russian text («Abashidze str. 22», «Király
 *   utca 46, II/3», «Brīvības iela 55»).
 */

const NUM =
  'один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|тринадцать|' +
  'четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать|двадцать|тридцать|сорок|пятьдесят|' +
  'шестьдесят|семьдесят|восемьдесят|девяносто|сто|двести|триста|четыреста|пятьсот'
const ORD =
  '(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат|четырнадцат|' +
  'пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|сороков|пятидесят)(?:ая|ой|ый|ий|ое|ья|ье|ий|ую)'
// («один»/«одна» alone is «alone» as often as a number: «гуляю по Северному проспекту одна»)
const SPELLED = `(?!(?:один|одна|одни|одну)(?![\\p{L}]|\\s+(?:${NUM})))(?:(?:${NUM})(?:\\s+(?:${NUM})){0,2}|(?:(?:${NUM})\\s+)?${ORD})(?![\\p{L}])`
const HOUSE =
  '\\d{1,4}(?:\\s?[а-еж-и](?![\\p{L}.])|[а-и](?![\\p{L}]))?(?:\\s?\\/\\s?\\d{1,3}[а-и]?)?(?![\\p{L}\\d])'
const HOUSE_MARK = '(?:(?:[Дд]|[Дд]ом|[Вв]л|[Вв]лад|[Вв]ладение)\\.?\\s*(?:№\\s*)?)'
const UNIT =
  '(?:[Кк]в\\.?|[Кк]вартир[аеуы]|[Кк]омн\\.?|[Кк]омнат[аеуы]|[Кк]орп\\.?|[Кк]орпус|к\\.|[Сс]тр\\.|[Сс]троение|[Пп]одъезд|[Ээ]т\\.|[Ээ]таж|[Оо]ф\\.|[Оо]фис|[Вв]л\\.|[Вв]лад\\.|[Лл]ит\\.?|[Лл]итер[аы]?)'
const UNIT_VALUE = `(?:№\\s*)?(?:\\d{1,4}[а-и]?|[А-И](?![\\p{L}])|${SPELLED})`
const TAIL = `(?:\\s*,?\\s*${UNIT}\\s*${UNIT_VALUE})*`
const CAP = '[А-ЯЁ][\\p{L}\\-]+'
// A street word, capitalised or not, in any case form.
const STREET_WORD =
  '(?:[Уу]л\\.|[Уу]лиц[аеыу]|[Пп]роспект\\p{L}{0,2}|[Пп]р\\.|[Пп]ереул(?:ок|ке|ка|ку)|[Пп]ер\\.|[Бб]ульвар\\p{L}{0,2}|' +
  '[Шш]оссе|[Нн]абережн\\p{L}{2,3}|[Нн]аб\\.|[Пп]лощад\\p{L}|[Пп]л\\.|[Пп]роезд\\p{L}{0,2}|[Тт]упик\\p{L}{0,2}|[Аа]алле[яеи]|[Лл]ини[яиюей])'
// An adjectival street name, with an ordinal word or number before it («Пятая Кожуховская», «2-я Тверская»).
const ADJ_STREET = `(?:(?:(?:[Пп]ерв|[Вв]тор|[Тт]рет|[Чч]етв[её]рт|[Пп]ят|[Шш]ест|[Сс]едьм|[Вв]осьм|[Дд]евят|[Дд]есят)(?:ая|ой|ий|ый|ья|ье)\\s+|\\d{1,2}-?[яйе]\\s+)?${CAP}(?:ая|яя|ой|ий|ый|ое|ская|цкая|ского|цкого))`
const ORDINAL_FIRST =
  '(?:[Пп]ерв|[Вв]тор|[Тт]рет|[Чч]етв[её]рт|[Пп]ят|[Шш]ест|[Сс]едьм|[Вв]осьм|[Дд]евят|[Дд]есят)(?:ая|ой|ий|ый|ья|ье)\\s+'
const NAMED_STREET = `(?:${STREET_WORD}\\s*${CAP}(?:\\s+${CAP})?|${CAP}(?:\\s+${CAP})?\\s+${STREET_WORD})`
// What makes a number a quantity or a time rather than a house.
const NOT_QUANTITY =
  '(?!\\s*(?:мин|час|сек|лет|год|раз|руб|₽|%|км|м\\b|кг|дн|недел|месяц|человек|штук|метр|шаг|остановк|домов|дворов|жител|семей))'

// 1. «на Ленинском пр-кте, д. 64», «по Сиреневому б-ру 7», «пр-кте Мира 12»: a hyphenated abbreviation in a case form
const ABBREV = '(?:пр-к?т|пр-д|б-р|пр-зд)\\p{L}{0,2}\\.?'
const ABBREV_RE = new RegExp(
  `(?<![\\p{L}])(?:${CAP}\\s+${ABBREV}(?:\\s+${CAP}){0,2}|${ABBREV}(?:\\s+${CAP}){1,2})[\\s,]*${HOUSE_MARK}?${HOUSE}${NOT_QUANTITY}${TAIL}`,
  'gu',
)
const ABBREV_GATE_RE = /пр-|б-р/u

// 2. «Молодогвардейская, 196, комн. 412», «ул. Промышленная, вл. 3, стр. 5», «Коммунальная, влад. 4»
const UNIT_STREET_RE = new RegExp(
  `(?<![\\p{L}])(?:${NAMED_STREET}|${ADJ_STREET})(?:,\\s*${HOUSE_MARK}?${HOUSE}\\s*,?\\s*${UNIT}\\s*${UNIT_VALUE}|[\\s,]+[Вв]л(?:ад|адение)?\\.?\\s*${HOUSE})${TAIL}`,
  'gu',
)
const UNIT_STREET_GATE_RE =
  /\d\s*,?\s*(?:кв|комн|корп|к\.|стр|подъезд|эт|оф|вл|лит)|вл(?:ад|адение)?\.?\s*\d/iu

// 3. «переулок Гончарова, девять», «Пятая Кожуховская, двадцать четыре, квартира сорок один»: the house in
// words after a named street, closing the phrase (a comma, a stop, a dash or a flat after it)
const SPELLED_STREET_RE = new RegExp(
  `(?<![\\p{L}])(?:${NAMED_STREET}|${ORDINAL_FIRST}${CAP}(?:ая|яя|ой|ий|ый|ое|ская|цкая))[\\s,]+${HOUSE_MARK}?(?:${SPELLED})(?=\\s*(?:[,.;!?)—–]|$|кв|квартир))${TAIL}`,
  'gu',
)
const SPELLED_STREET_GATE_RE = new RegExp(`(?:${NUM}|${ORD})[\\s]*(?:[,.;!?)—–]|$|кв|квартир)`, 'iu')

// 4. a settlement: «деревня Лыково», «пос. Берёзовка», «с. Ключи», «СНТ «Ромашка»»
const SETTLEMENT =
  // («д.», «с.» in lower case only: «Д. Петров» is an initial)
  `(?:[Дд]еревн[яеиюй]|д\\.|[Дд]ер\\.|[Сс]ел[оеау]|с\\.|[Пп]ос[её]л(?:ок|ке|ка|ку)|[Пп]ос\\.|пгт|ПГТ|[Хх]утор[аеу]?|` +
  `[Сс]таниц[аеыу]|ст-ц[аеы]|СНТ|снт|ДНТ|днт|[Кк]ишлак[аеу]?)\\s*[«"“]?${CAP}(?:\\s+${CAP})?[»"”]?`
// …before a street and a house, or before the house alone: «пос. Берёзовка, Лесная, 11», «деревня Лыково, дом 3»
const SETTLEMENT_HOUSE_RE = new RegExp(
  `(?<![\\p{L}])${SETTLEMENT}[\\s,]+(?:(?:${STREET_WORD}\\s*)?${CAP}(?:\\s+${STREET_WORD})?[\\s,]+${HOUSE_MARK}?|${HOUSE_MARK})${HOUSE}${NOT_QUANTITY}${TAIL}`,
  'gu',
)
// …after a found address: «Заречная 8, деревня Лыково»
const SETTLEMENT_AFTER_RE = new RegExp(`^[\\s,]+${SETTLEMENT}`, 'u')
const SETTLEMENT_GATE_RE =
  /деревн|(?:^|[^\p{L}])(?:д|дер|с|пос)\.|сел[оеау]|пос[её]л|пгт|хутор|станиц|ст-ц|снт|днт|кишлак/iu

// 5. a flat in words («Квартира двенадцатая», «кв. сорок один»), in a text with an address
const SPELLED_FLAT_RE = new RegExp(
  `(?<![\\p{L}])(?:[Кк]вартир[аеуы]|[Кк]в\\.|[Кк]омнат[аеуы]|[Кк]омн\\.)\\s*(?:№\\s*|номер\\s+|у\\s+нас\\s+)?${SPELLED}`,
  'gu',
)

// 6. a street written in Latin letters with another country's street word after it, then the house
const LAT_WORD = "(?=\\p{Script=Latin})\\p{Lu}[\\p{L}'’\\-]+"
const LAT_SUFFIX =
  '(?:str\\.|utca|út|útja|körút|krt\\.|köz|tér|iela|gatve|prospektas|pr\\.|tänav|mnt\\.|maantee|katu|tie|ulica|ulice|cesta|' +
  'ulitsa|prospekt|pereulok|shosse|gasse|straat|gatan|gata|gade|vej|veien|vegen|sokak|caddesi|rruga|bulevardi)'
const LAT_STREET_RE = new RegExp(
  `(?<![\\p{L}])(?:${LAT_WORD}\\s+){1,3}${LAT_SUFFIX}(?:(?<=\\.)|(?![\\p{L}]))\\s*,?\\s*\\d{1,4}[A-Za-z]?(?:\\/\\d{1,3}[A-Za-z]?)?(?![\\p{L}\\d])` +
    // a floor and door: Hungarian «II/3», «II. em. 3», a flat «apt./kv./dz./m. 4»
    '(?:,?\\s*(?:[IVX]{1,4}\\s*\\/\\s*\\d{1,3}(?![\\p{L}\\d])|[IVX]{1,4}\\.\\s*em(?:elet)?\\.?\\s*\\d{0,3}\\.?|(?:apt|app|kv|dz|m|ap)\\.?\\s*\\d{1,4}(?![\\p{L}\\d])))?',
  'gu',
)
const LAT_GATE_RE = new RegExp(`\\s${LAT_SUFFIX}(?:(?<=\\.)|(?![\\p{L}]))\\s*,?\\s*\\d`, 'u')

/** Every match of `re` as an address, its trailing commas and spaces left out. */
function addTrimmed(re: RegExp, text: string, out: PiiFinding[]): void {
  for (const m of matchesOf(re, text))
    push(out, 'address', m.index, m.index + m[0].replace(/[\s,]+$/u, '').length, text)
}

/** Pushes the Russian address forms above into `out` (where a found address exists, widens or adds to it). */
export function findRuAddressForms(text: string, out: PiiFinding[]): void {
  if (!/[а-яё]/iu.test(text)) return
  if (ABBREV_GATE_RE.test(text)) addTrimmed(ABBREV_RE, text, out)
  if (UNIT_STREET_GATE_RE.test(text)) addTrimmed(UNIT_STREET_RE, text, out)
  if (SPELLED_STREET_GATE_RE.test(text)) addTrimmed(SPELLED_STREET_RE, text, out)
  if (LAT_GATE_RE.test(text)) addTrimmed(LAT_STREET_RE, text, out)
  const settlement = SETTLEMENT_GATE_RE.test(text)
  if (settlement && /\d|дом/u.test(text)) addTrimmed(SETTLEMENT_HOUSE_RE, text, out)
  const found = out.filter((f) => f.kind === 'address')
  if (found.length === 0) return
  if (settlement)
    for (const f of found) {
      const after = text.slice(f.end, f.end + 60).match(SETTLEMENT_AFTER_RE)
      if (after) push(out, 'address', f.start, f.end + after[0].length, text)
    }
  if (/кв|комн/iu.test(text)) addTrimmed(SPELLED_FLAT_RE, text, out)
}
