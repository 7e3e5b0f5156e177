import { findCorners } from './address-corners.js'
import {
  dropFamousAddresses,
  findCuedAddresses,
  findRuSpelledHouses,
  findWordHouseStreets,
} from './address-cues.js'
import { findEnglishAddressForms } from './address-en-forms.js'
import { findSloppyEnglishAddresses, widenUnitsBefore } from './address-en-sloppy.js'
import { findMoreAddresses } from './address-more.js'
import { findRooms } from './address-rooms.js'
import { findUkPostcodes } from './postcodes.js'
import { findBareStreets, findSpelledStreets } from './streets.js'
import { matchesOf, type PiiFinding, push, W } from './types.js'

/**
 * Street addresses, ru and en. An address needs a house number: «ул. Ленина, д. 15, кв. 42», «Невский
 * проспект 28», «д. 7, кв. 31», "742 Evergreen Terrace", "350 Fifth Avenue, Suite 3400". A street named
 * without a number («на улице Ленина пробка», "Main Street is busy") and street words in ordinary
 * sentences («на улице холодно») are not addresses. Postcodes, a city and flat/building parts next to an
 * address are part of it.
 */

// ── ru ──
const RU_STREET =
  'ул\\.?|улиц\\p{L}{0,3}|пр-т|пр-кт|просп\\.?|проспект\\p{L}{0,2}|пр\\.|пер\\.?|переул\\p{L}{0,3}|б-р|бул\\.?|бульвар\\p{L}{0,2}|' +
  'ш\\.|шоссе|наб\\.?|набережн\\p{L}{0,3}|пл\\.|площад\\p{L}{0,3}|мкр-?н?\\.?|микрорайон\\p{L}{0,2}|проезд\\p{L}{0,2}|' +
  'туп\\.?|тупик\\p{L}{0,2}|алле\\p{L}{1,2}|(?<![Гг]оряч\\p{L}{2,3}\\s)(?:линия|линии)|тракт\\p{L}{0,2}|кв-л|квартал\\p{L}{0,2}|слобод\\p{L}{1,2}|' +
  // Ukrainian/Belarusian «вул.», «вулиця», «пров.»; Central Asian «махалля», «массив», «жилмассив»
  // «Садовое кольцо», «Никольский спуск», «Ленинградская дорога», «Казанский въезд», «Сосновый проулок»
  'кольц\\p{L}{1,2}|спуск\\p{L}{0,2}|въезд\\p{L}{0,2}|проулок|проулк\\p{L}{1,2}|дорог[аеиу]|просек\\p{L}{0,2}|' +
  'вул\\.?|вулиц\\p{L}{0,2}|вуліц\\p{L}{0,2}|пров\\.|провул\\p{L}{1,3}|махалл\\p{L}{0,2}|ж?/?массив\\p{L}{0,2}|жилмассив\\p{L}{0,2}|' +
  // «Кутузовский пр 12», «пр Победы 12»: «пр» without a dot, before a name or a house number
  'пр(?=[\\s,]+[А-ЯЁ\\d])'
// The street words capitalised too, as at the start of a sentence («Ул. Ленина 5», «Пр. Победы 12»)
const RU_STREET_ANY_CASE = RU_STREET.split('|')
  .map((w) => (/^[а-я]/u.test(w) ? `[${w[0]}${(w[0] as string).toUpperCase()}]${w.slice(1)}` : w))
  .join('|')
// A street name: capitalised words (hyphens allowed), an ordinal like «1-я», or «50 лет Октября».
const RU_MONTH_GEN = '(?:Января|Февраля|Марта|Апреля|Мая|Июня|Июля|Августа|Сентября|Октября|Ноября|Декабря)'
// «8 Марта», «1 Мая», «50 лет Октября»: streets named after a date or an anniversary
const RU_DATE_NAME = `\\d{1,2}\\s+${RU_MONTH_GEN}|\\d{2,3}(?:-?(?:летия|лет))\\s+[А-ЯЁ][\\p{L}\\-]+|\\d{2,3}\\s+лет\\s+[А-ЯЁ][\\p{L}\\-]+`
const RU_NAME = `(?:${RU_DATE_NAME}|(?:\\d{1,3}-?(?:я|й|го|ой|ая|ий)\\s+)?[А-ЯЁ][\\p{L}\\-]+(?:\\s+[А-ЯЁ][\\p{L}\\-]+){0,2}(?:\\s+(?:батыра|батыр|би|хана|ата|уулу))?)`
const RU_NAME_LOOSE = '(?:\\d{1,3}-?(?:я|й|го|ой|ая|ий)\\s+)?\\p{L}[\\p{L}\\-]+'
// «2к1», «15 к 2»: a building number written onto the house number
const HOUSE =
  '\\d{1,4}(?:\\s?к\\s?\\d{1,2}|[а-яa-z]|\\s[а-яa-z](?!\\.)|[А-ИA-H](?![\\p{L}]))?(?:\\s?[/\\-]\\s?\\d{1,4}[а-яa-z]?(?:-\\d{1,4})?)?(?![\\p{L}\\d])'
// A house number in words, only right after «дом»/«д.»: «дом семнадцать», «дом двадцать два».
const RU_NUMBER_WORD =
  '(?:один|одиннадцать|два|двенадцать|три|тринадцать|четыре|четырнадцать|пять|пятнадцать|шесть|шестнадцать|' +
  'семь|семнадцать|восемь|восемнадцать|девять|девятнадцать|десять|двадцать|тридцать|сорок|пятьдесят|шестьдесят|' +
  'семьдесят|восемьдесят|девяносто|сто|двести|триста)'
const SPELLED_HOUSE = `${RU_NUMBER_WORD}(?:\\s+${RU_NUMBER_WORD}){0,2}(?![\\p{L}\\d])`
const RU_UNIT =
  '(?:д\\.?|дом|корп(?:ус)?\\.?|кор\\.|к\\.|стр(?:оение)?\\.?|кв(?:артира)?\\.?|оф(?:ис)?\\.?|подъезд|парадн\\p{L}{1,2}|под\\.|під[\u0027’]?їзд|поверх|эт(?:аж)?\\.?|комн(?:ата)?\\.?)'
const RU_TAIL = `(?:[\\s,]*${RU_UNIT}\\s*(?:№\\s*)?${HOUSE})*`
const RU_PREFIX = `(?:\\d{6}[\\s,]+)?(?:(?:г\\.|город|гор\\.|с\\.|село|пос\\.|пгт|дер\\.|д\\.(?=\\s*[А-ЯЁ])|деревня)\\s*[А-ЯЁ][\\p{L}\\-]+[\\s,]+|(?:(?:с\\.|село|пос\\.|пгт|дер\\.|деревня)\\s*)?[А-ЯЁ][\\p{L}\\-]+(?:\\s+[А-ЯЁ][\\p{L}\\-]+)?,\\s+(?=(?:${RU_STREET})))?`
// Words after a number that make it a quantity, not a house («на Садовой 5 минут»).
const NOT_HOUSE_AFTER =
  '(?!\\s*(?:мин|час|сек|лет|год|раз|руб|₽|%|км|м\\b|кг|дн|недел|месяц|этаж|минут|человек|штук|сообщ|фот|смс|балл|очк|сери|литр|подъезд|метр|страниц|глав|урок|пар[аиы]?\\b|класс|друз|домов|дворов|жител|семей))'

// The most common Russian street names in the genitive, named after a date, an idea or a person («улица
// Победы», «Мира», «Карла Маркса»): after на/по/к/до/с/от with a house number they are a street even without
// a street word or an adjective ending («я с Победы 12», «приходи на Карла Маркса 33»).
const RU_COMMON_STREET =
  'Победы|Мира|Свободы|Революции|Дружбы|Молод[её]жи|Труда|Октября|Ленина|Гагарина|Кирова|Пушкина|Горького|' +
  '(?:Карла\\s+)?Маркса|Энгельса|Чапаева|Фрунзе|Дзержинского|Калинина|Куйбышева|Свердлова|Лермонтова|Гоголя|' +
  'Чехова|Толстого|Комарова|Жукова|Суворова|Кутузова|Космонавтов|Строителей|Маяковского|Некрасова|Щорса|' +
  '(?:Розы\\s+)?Люксембург|(?:Карла\\s+)?Либкнехта|(?:Клары\\s+)?Цеткин'

const SPELLED_GATE_RE = new RegExp(`(?:д\\.|дом)\\s*${RU_NUMBER_WORD}`, 'iu')
// A pattern with a gate runs only when the gate finds something in the text (cheap, keeps CPU per message down).
type Pattern = string | [RegExp, string]
const RU_PATTERNS: Pattern[] = [
  // «ул. Ленина, д. 15, кв. 42», «улица Садовая 8», «пр-т Мира, дом 101»
  `${RU_PREFIX}(?<![${W}])(?:${RU_STREET_ANY_CASE})(?:(?<=\\.)|(?![${W}]))\\s*(?:${RU_NAME})[\\s,]*(?:(?:(?:в|а|и)\\s+)?(?:д\\.?|дом[еау]?|будин\\p{L}{2,3}|буд\\.)\\s*(?:№\\s*)?)?${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  // «улица Чкалова, дом семнадцать»
  `${RU_PREFIX}(?<![${W}])(?:${RU_STREET})(?:(?<=\\.)|(?![${W}]))\\s*(?:${RU_NAME})[\\s,]*(?:(?:д\\.|дом|будинок|буд\\.)\\s*)?${SPELLED_HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  // the same in lower case, the house in words after «дом»: «на проспекте победы дом двадцать три»
  [
    SPELLED_GATE_RE,
    `(?<![${W}])(?:${RU_STREET})(?:(?<=\\.)|(?![${W}]))\\s*(?:${RU_NAME_LOOSE})[\\s,]*(?:д\\.|дом|будинок|буд\\.)\\s*${SPELLED_HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  ],
  // lower-case street name followed by a house number: «ул ленина 5»
  `(?<![${W}])(?:${RU_STREET})(?:(?<=\\.)|(?![${W}]))\\s*(?:${RU_NAME_LOOSE})[\\s,]*(?:(?:д\\.?|дом|будин\\p{L}{2,3}|буд\\.)\\s*)?${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  // «Кутузовский проспект, д. 30», «Невском проспекте 28», «Малышева ул., 51»
  `${RU_PREFIX}(?<![${W}])${RU_NAME}\\s+(?:${RU_STREET})(?:(?<=\\.)|(?![${W}]))[\\s,]*(?:(?:в\\s+)?(?:д\\.?|дом[еау]?|будин\\p{L}{2,3}|буд\\.)\\s*)?${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  // house and flat without a street: «д. 7, кв. 31», «дом 5 квартира 12»
  `(?<![${W}])(?:д\\.|дом)\\s*${HOUSE}(?:[\\s,]*(?:корп(?:ус)?\\.?|к\\.|стр(?:оение)?\\.?)\\s*${HOUSE})?[\\s,]*(?:кв(?:артира)?\\.?)\\s*${HOUSE}`,
  // «живу на Тверской 12», «я на Тверской 12, подъезд 3»: на/по + a capitalised street + a house number
  `(?<=(?:^|[\\s,(])(?:[Нн]а|[Пп]о)\\s+)(?:\\d{1,2}-?(?:я|ю|й|ой|ая|ую|ей)\\s+)?(?:(?:${RU_COMMON_STREET})|(?!(?:Перв|Втор|Трет|Четв[её]рт|Пят|Шест|Седьм|Восьм|Девят|Десят|Нов)\\p{L}*\\s)[А-ЯЁ][\\p{L}\\-]+(?:ой|ая|ую|юю|ей|ого|ому|ом|ий|ый|ова|ева|ина|ына|ского|ной)),?\\s+(?:(?:в\\s+)?(?:д\\.?|дом[еау]?|будин\\p{L}{2,3}|буд\\.)\\s*)?${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  // «подъезжай к Луговой 6», «до Садовой 14»: an adjective-form street name (not an ordinal) + 1–3 digits
  `(?<=(?:^|[\\s,(])(?:[Кк]о?|[Дд]о|[Сс]о?|[Оо]т)\\s+)(?:(?:${RU_COMMON_STREET})|(?!(?:Перв|Втор|Трет|Четв[её]рт|Пят|Шест|Седьм|Восьм|Девят|Десят|Нов)\\p{L}*\\s)[А-ЯЁ][\\p{L}\\-]+(?:ой|ей|ого|ому))\\s+\\d{1,3}[а-я]?(?![\\p{L}\\d])${NOT_HOUSE_AFTER}${RU_TAIL}`,
  // «7 микрорайон, дом 22», «82 мкр, д. 9», «4 квартал, дом 31»: numbered districts of Central Asian cities
  `(?<![${W}])\\d{1,3}(?:-?(?:й|ий|ый))?\\s*(?:мкр|микрорайон|квартал|кв-л)\\p{L}{0,2}\\.?[\\s,]+(?:д\\.|дом)\\s*${HOUSE}${RU_TAIL}`,
  // «Мира 14, кв. 3», «Кирова 8 корп. 2»: any capitalised name with a house number and a flat or building
  `(?<![${W}])[А-ЯЁ][\\p{L}\\-]+,?\\s+\\d{1,3}[а-я]?[\\s,]+(?:кв(?:артира)?\\.?|корп(?:ус)?\\.?)\\s*${HOUSE}${RU_TAIL}`,
  // «деревня Ивановка, дом 12», «пос. Северный, д. 4», «аул Кызыл-Жар, дом 7»: a village and a house
  `(?<![${W}])(?:деревн\\p{L}|дер\\.|д\\.(?=\\s*[А-ЯЁ][\\p{L}\\-]+,\\s*(?:дом|д\\.))|село|сел[аеу]|пос[её]л\\p{L}{0,3}|пос\\.|пгт|хутор\\p{L}{0,2}|станиц\\p{L}|аул\\p{L}{0,2}|кишлак\\p{L}{0,2}|снт|днт|СНТ|ДНТ)\\s+[«"“]?[А-ЯЁ][\\p{L}\\-]+[»"”]?[\\s,]+(?:(?:д\\.|д(?=\\s*\\d)|дом|участ\\p{L}{2,3}|уч\\.?)\\s*)?${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  // «я в Бишкеке, Ахунбаева 123», «мы в Гомеле, Советская 85»: a city, then a street with an adjective or
  // surname ending and a house number
  `(?<=(?:^|[\\s,(])(?:в|во)\\s+[А-ЯЁ][\\p{L}\\-]+,\\s+)(?!(?:Перв|Втор|Трет|Четв[её]рт|Пят|Шест|Седьм|Восьм|Девят|Десят|Нов)\\p{L}*\\s)[А-ЯЁ][\\p{L}\\-]+(?:ая|яя|ой|ей|ий|ый|ова|ева|ина|ына|ского|цкого)\\s+${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  // «дом 12 по улице Космонавтов, квартира 88»
  `(?<![${W}])(?:д\\.|дом|дома|доме|домом)\\s*${HOUSE}\\s+(?:по|на)\\s+(?:${RU_STREET})(?:(?<=\\.)|(?![${W}]))\\s*${RU_NAME}${RU_TAIL}`,
  // «дом 5 по Школьной, квартира 19»: the street word left out, the name an adjective
  `(?<![${W}])(?:[Дд]\\.|[Дд]ом|дома|доме|домом)\\s*(?:номер\\s*)?${HOUSE}\\s+(?:по|на)\\s+(?:${RU_COMMON_STREET}|[А-ЯЁ][\\p{L}\\-]+(?:ой|ей|ова|ева|ина|ына|ского|цкого)|[А-ЯЁ][\\p{L}\\-]+(?:ому|ему|ой)\\s+(?:переулк\\p{L}|проезд\\p{L}|бульвар\\p{L}|проспект\\p{L}|тупик\\p{L}|улиц\\p{L}|шоссе))(?![\\p{L}])${RU_TAIL}`,
  // «живу в 14 доме на Гагарина», «в 5-м доме по Лесной»: the number before «дом»
  `(?<![${W}])\\d{1,3}(?:-?м)?\\s+(?:доме|дом|дома)\\s+(?:по|на)\\s+(?:${RU_COMMON_STREET}|(?!Нов)[А-ЯЁ][\\p{L}\\-]+(?:ой|ей|ая|ова|ева|ина|ына|ского|цкого))(?![\\p{L}])${RU_TAIL}`,
  // «Лесная дом 3», «Гагарина д.7», «Советская, д 3»: a street name with no street word, then «дом»/«д.»
  `(?<![${W}])(?:${RU_COMMON_STREET}|(?!(?:Перв|Втор|Трет|Четв[её]рт|Пят|Шест|Седьм|Восьм|Девят|Десят|Нов)\\p{L}*\\s)[А-ЯЁ][\\p{L}\\-]+(?:ая|яя|ой|ей|ий|ый|ова|ева|ина|ына|ого|его|ского|цкого))[,.]?\\s+(?:д\\.|д(?=\\s*\\d)|дом)\\s*(?:№\\s*)?${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  // «Садовая, дом тридцать два»: the same with the house in words
  `(?<![${W}])(?:${RU_COMMON_STREET}|(?!(?:Перв|Втор|Трет|Четв[её]рт|Пят|Шест|Седьм|Восьм|Девят|Десят|Нов)\\p{L}*\\s)[А-ЯЁ][\\p{L}\\-]+(?:ая|яя|ой|ей|ий|ый|ова|ева|ина|ына|ого|его|ского|цкого))[,.]?\\s+(?:д\\.|дом)\\s*${SPELLED_HOUSE}`,
  // «мы на Гагарина у школы, дом 12»: a remark between the street and «дом»
  [
    /,\s+(?:а\s+)?(?:д\.|дом)\s*\d/u,
    `(?<=(?:^|[\\s,(])(?:[Нн]а|[Пп]о)\\s+)(?:${RU_COMMON_STREET}|(?!(?:Перв|Втор|Трет|Четв[её]рт|Пят|Шест|Седьм|Восьм|Девят|Десят|Нов)\\p{L}*\\s)[А-ЯЁ][\\p{L}\\-]+(?:ой|ей|ова|ева|ина|ына|ого|ского|цкого))(?:\\s+[^\\d\\n.!?,;:]{1,25})?,\\s+(?:а\\s+)?(?:д\\.|дом)\\s*(?:№\\s*)?${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  ],
  // «на Шаболовке, д. 10», «по Маросейке, дом 3, стр. 1»: any capitalised name after на/по, a comma and «д.»
  [
    /,\s*(?:д\.|дом)\s*\d/u,
    `(?<=(?:^|[\\s,(])(?:[Нн]а|[Пп]о)\\s+)[А-ЯЁ][\\p{L}\\-]+(?:\\s+[А-ЯЁ][\\p{L}\\-]+)?,\\s*(?:д\\.|дом)\\s*(?:№\\s*)?${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  ],
  // «будешь у Заречной 2Б»: after «у», an adjective street and a house with a letter or a slash
  [
    /(?:^|\s)[Уу]\s+[А-ЯЁ]/u,
    `(?<=(?:^|[\\s,(])[Уу]\\s+)[А-ЯЁ][\\p{L}\\-]+(?:ой|ей)\\s+\\d{1,3}(?:[а-иА-И]|\\/\\d{1,3})(?![\\p{L}\\d])`,
  ],
  // «мкр 3, д 14», «3 мкр, 14 дом», «14 дом, 3 мкр»: a numbered district and a house
  `(?<![${W}])(?:(?:мкр|микрорайон|квартал|кв-л)\\p{L}{0,2}\\.?\\s*\\d{1,3}[а-я]?|\\d{1,3}(?:-?(?:й|ий|ый))?\\s*(?:мкр|микрорайон)\\p{L}{0,2}\\.?)[\\s,]+(?:(?:д\\.?|дом)\\s*${HOUSE}|\\d{1,3}[а-я]?\\s+дом(?![\\p{L}]))${RU_TAIL}`,
  `(?<![${W}])\\d{1,3}[а-я]?\\s+дом[\\s,]+\\d{1,3}(?:-?(?:й|ий|ый))?\\s*(?:мкр|микрорайон)\\p{L}{0,2}\\.?`,
  // «я в Аксае-4, дом 23», «Орбита-3, д. 12»: a district named with a number, then the house
  `(?<![${W}])[А-ЯЁ][\\p{L}]+-\\d{1,2}[а-я]?,?\\s+(?:д\\.?|дом)\\s*${HOUSE}${RU_TAIL}`,
  // «Васильевский остров, 5 линия, дом 10», «5-я линия В.О., 10»: a numbered line or street, then the house
  `(?<![${W}])\\d{1,2}(?:-?(?:я|й|ая|ий))?\\s+(?:линия|линии|улица|проезд)(?:\\s+В\\.\\s?О\\.)?,?\\s+(?:(?:д\\.?|дом)\\s*)?${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  // «у дома 14 по Лесной улице», «в доме 5 на Садовой улице»
  `(?<![${W}])(?:д\\.|дом|дома|доме|домом)\\s*${HOUSE}\\s+(?:по|на)\\s+[А-ЯЁ][\\p{L}\\-]+\\s+(?:${RU_STREET})(?:(?<=\\.)|(?![${W}]))`,
  // «по адресу …»: whatever follows up to a house number
  `(?<=адрес\\p{L}{0,2}[\\s:—–-]+)[^\\n.!?]{2,60}?\\d{1,4}[а-я]?(?:\\s?[/\\-]\\s?\\d{1,4})?${RU_TAIL}`,
  // «на Ташкентской, дом девять»: на/по + an adjective street + a house number in words after «дом»
  `(?<=(?:^|[\\s,(])(?:[Нн]а|[Пп]о)\\s+)[А-ЯЁ][\\p{L}\\-]+(?:ой|ей|ую|ая),?\\s+(?:д\\.|дом)\\s*${SPELLED_HOUSE}${RU_TAIL}`,
  // «на пятой Парковой, 51»: a lower-case ordinal before the street name
  `(?<=(?:^|[\\s,(])(?:[Нн]а|[Пп]о)\\s+)(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)\\p{L}{1,3}\\s+[А-ЯЁ][\\p{L}\\-]+(?:ой|ей|ую|ая),?\\s+${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
  // «кв 56 дом 18 улица Строителей»: written back to front
  `(?<![${W}])(?:[Кк]в(?:артира)?\\.?\\s*\\d{1,4}[\\s,]+)?(?:[Дд]\\.|[Дд]ом)\\s*${HOUSE}(?:[\\s,]+кв(?:артира)?\\.?\\s*\\d{1,4})?[\\s,]+(?:${RU_STREET})(?:(?<=\\.)|(?![${W}]))\\s*${RU_NAME}`,
  // «ЖК Новые Горизонты, корп. 5, кв. 12», «ЖК «Престиж», дом 2»: a housing estate and its building or flat
  [
    /[Жж][Кк]\s/u,
    `(?<![${W}])[Жж][Кк]\\s+[«"“]?[А-ЯЁA-Z][\\p{L}\\-]+(?:\\s+[А-ЯЁA-Z\\d][\\p{L}\\d\\-]*){0,2}[»"”]?,?\\s*(?:(?:корп(?:ус)?\\.?|к\\.|дом|д\\.|блок|секци\\p{L}|подъезд|кв(?:артира)?\\.?)\\s*${HOUSE}|\\d{1,2}(?:-?й)?\\s+(?:корпус|блок|подъезд|секци\\p{L})(?![\\p{L}]))${RU_TAIL}`,
  ],
  // «Алматы, Самал-2, 58»: a city, a district named with a number, the house
  [
    /-\d{1,2}[а-я]?,/u,
    `(?<=[А-ЯЁ][\\p{L}\\-]+,\\s*)[А-ЯЁ][\\p{L}]+-\\d{1,2}[а-я]?,\\s*\\d{1,3}[а-я]?(?:\\s?[/\\-]\\s?\\d{1,4})?(?![\\p{L}\\d])${NOT_HOUSE_AFTER}${RU_TAIL}`,
  ],
  // «дом сорок два, квартира девятнадцать»: house and flat in words
  [
    SPELLED_GATE_RE,
    `(?<![${W}])(?:[Дд]\\.|[Дд]ом)\\s*${SPELLED_HOUSE}[\\s,]+(?:кв\\.?|квартир[аеу])\\s*${SPELLED_HOUSE}`,
  ],
  // a 6-digit postcode followed by a city: «620014, Екатеринбург»
  `(?<![${W}])\\d{6},?\\s+(?:г\\.\\s*)?[А-ЯЁ][\\p{L}\\-]+`,
  // «заходи в гости: Речная, 16», «живу: Алматы, Аксай-4, 112»: a capitalised street name with no street word
  // right after a colon or a dash (a city before it allowed), then a house number (only when the text speaks of living or visiting, below)
  `(?<=[:—–]\\s*)(?:[А-ЯЁ][\\p{L}\\-]+,\\s+)?(?!(?:Перв|Втор|Трет|Четв[её]рт|Пят|Шест|Седьм|Восьм|Девят|Десят|Нов)\\p{L}*\\s)[А-ЯЁ][\\p{L}\\-]+(?:ая|яя|ой|ей|ий|ый|ова|ева|ина|ына|-\\d{1,2}),?\\s+${HOUSE}${NOT_HOUSE_AFTER}${RU_TAIL}`,
]
// The text speaks of where someone lives or of coming over: the cue for the colon pattern above.
const RU_LIVING_CUE_RE =
  /(?:жив[уёе]\p{L}*|прожива\p{L}*|заходи|заходите|приходи\p{L}*|приезжай\p{L}*|подъезжай\p{L}*|в\s+гости|адрес\p{L}*|доставк\p{L}*|забери\p{L}*|мой\s+дом|наш\s+дом)/iu
// After an address, more of it: «…, Пирогова 2, кв 118», «Алматы, Аксай-4, 112».
const RU_CONTINUATION_RE = new RegExp(
  `^(?:,\\s*(?:[А-ЯЁ][\\p{L}\\-]+(?:-\\d{1,2})?,?\\s+)?\\d{1,3}[а-я]?(?:\\s?[/\\-]\\s?\\d{1,3})?(?![\\p{L}\\d])${NOT_HOUSE_AFTER}${RU_TAIL}|(?:[\\s,]*${RU_UNIT}\\s*${HOUSE})+|(?:[\\s,]*\\d{1,2}\\s*(?:этаж|эт\\.|подъезд)(?![\\p{L}]))+(?:[\\s,]*${RU_UNIT}\\s*${HOUSE})*)`,
  'u',
)

// ── en ──
const EN_SUFFIX =
  'Street|St\\.?|Avenue|Ave\\.?|Av\\.|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Court|Ct\\.?|Place|Pl\\.?|' +
  'Way|Terrace|Ter\\.?|Close|Crescent|Cres\\.?|Square|Sq\\.?|Parkway|Pkwy\\.?|Highway|Hwy\\.?|Circle|Cir\\.?|Row|' +
  'Gardens|Grove|Hill|Mews|Walk|Alley|Trail|Plaza|Broadway|Parade|Esplanade|Quay|Rise|Heights|Loop|Pike|Gate|Green|View|' +
  // Australian, British and Canadian abbreviations and forms: "Riverside Pde", "Ocean Tce", "Primrose Cottages"
  'Pde\\.?|Tce\\.?|Cct\\.?|Gdns\\.?|Crt\\.?|Cl\\.?|Gr\\.?|Hts\\.?|Cottages|Cotts\\.?|Wynd|Chase|Croft|Crossing|Promenade|Circuit'
const EN_NAME_WORD = "(?:[A-Z][a-zA-Z'’\\-]+|\\d{1,3}(?:st|nd|rd|th))"
const EN_DIR = '(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?\\s+)?'
const EN_UNIT =
  '(?:[\\s,]*#\\s*[A-Z](?![\\p{L}\\p{N}])|[\\s,]*(?:[Aa]pt\\.?|[Aa]partment|[Ss]uite|[Ss]te\\.?|[Uu]nit|[Ff]lat|[Rr]oom|[Rr]m\\.?|[Ff]loor|[Ff]l\\.?|#)\\s*#?(?=[A-Za-z\\-]{0,5}\\d)[A-Za-z0-9\\-]{1,6}(?![\\p{L}\\p{N}]))*'
const US_ZIP =
  '(?:[\\s,]+(?:[A-Z][a-zA-Z]+(?:\\s[A-Z][a-zA-Z]+){0,2},?\\s+)?(?:[A-Z]{2}\\s+)?\\d{5}(?:-\\d{4})?)'
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}'
// an Australian state and postcode: ", Bondi NSW 2026"
const AU_POST =
  '(?:[\\s,]+(?:[A-Z][a-zA-Z]+(?:\\s[A-Z][a-zA-Z]+){0,2},?\\s+)?(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\\s+\\d{4})'
// a city and a 4-digit postcode (NZ, AU, much of Europe): ", Auckland 1010"
const CITY_POST4 = ',\\s*[A-Z][a-zA-Z]+(?:\\s[A-Z][a-zA-Z]+)?\\s+\\d{4}(?!\\d)'
const EN_CITY_POST = `(?:${US_ZIP}|${AU_POST}|${CITY_POST4}|(?:[\\s,]+[A-Z][a-zA-Z]+(?:\\s[A-Z][a-zA-Z]+)?)?[\\s,]+${UK_POSTCODE}|,\\s*[A-Z][a-zA-Z]+(?:\\s[A-Z][a-zA-Z]+){0,2}(?:,?\\s+[A-Z]{2}(?![a-zA-Z\\d]))?(?![\\p{N}]))?`
// a 4–5 digit postcode and a city after a continental address: ", 75007 Paris"
const EU_POST = `(?:,?\\s*(?:\\d{4,5}|\\d{2}-\\d{3}|\\d{3}\\s\\d{2})\\s+[A-ZÀ-Ý][\\p{L}\\-]+)?`
const EN_NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred'
// Street first, then the number, as in much of Europe and the former USSR: "Rustaveli Ave 12", "Abay avenue
// 150", "Nevsky Prospekt 28", "Lenina street 5" (not "Wall Street 2008", "Main Street 5 minutes away")
const EN_STREET_FIRST_SUFFIX =
  '[Ss]treet|[Ss]t\\.?|[Aa]venue|[Aa]ve\\.?|[Rr]oad|[Rr]d\\.?|[Bb]oulevard|Blvd\\.?|[Ll]ane|[Pp]rospekt|[Pp]rospect|[Pp]r\\.|[Ss]quare|[Ss]q\\.|[Ss]hosse'
// The street word transliterated and first: "Ulitsa Lenina 5, kv. 12", "Prospekt Mira 101", "Mkr Samal-2, 58"
const TRANSLIT_STREET =
  '[Uu]litsa|[Uu]l\\.|[Pp]rospekt|[Pp]r-t|[Pp]rospect|[Pp]ereulok|[Pp]er\\.|[Vv]ulytsia|[Vv]ul\\.|[Kk][öo]shesi|[Kk]ochasi|[Kk]ucha|[Mm]ikrorayon|[Mm]kr\\.?|[Kk]ucha|[Qq]uchasi|[Nn]aberezhnaya|[Bb]ulvar|[Ss]hosse'
const EN_QUANTITY_AFTER =
  '(?!\\s*(?:minutes?|mins?|hours?|hrs?|times|years?|days?|weeks?|km|miles?|people|%|am|pm|o\\x27clock)(?![\\p{L}]))'
const EN_SPELLED_GATE_RE = new RegExp(`(?:^|\\s)(?:at|on|is)\\s+(?:${EN_NUMBER_WORD})\\s`, 'iu')
const EN_PATTERNS: Pattern[] = [
  `(?<![${W}])(?:[A-Z][\\p{L}'’\\-]+\\s+){1,2}(?:${EN_STREET_FIRST_SUFFIX})(?:(?<=\\.)|(?![${W}]))(?:\\s+(?:West|East|North|South|W|E|N|S)(?![${W}]))?,?\\s+(?:[Nn]o\\.?\\s*)?\\d{1,3}[A-Za-z]?(?:\\s?[/-]\\s?\\d{1,4})?(?![\\p{L}\\p{N}])${EN_QUANTITY_AFTER}${EN_UNIT}`,
  `(?<![${W}])(?:${TRANSLIT_STREET})(?:(?<=\\.)|(?![${W}]))\\s*(?:[A-Z][\\p{L}'’\\-]+\\s+){1,2},?\\s*\\d{1,4}[A-Za-z]?(?:\\s?[/-]\\s?\\d{1,4})?(?![\\p{L}\\p{N}])${EN_QUANTITY_AFTER}(?:[\\s,]+(?:kv|apt|flat)\\.?\\s*\\d{1,4})?`,
  // "krasny prospekt 77 kv 205", "lenina ulitsa 5": a transliterated street in lower case, the name first
  [
    /prospekt|ulitsa|pereulok|bulvar|shosse/iu,
    `(?<![${W}])[a-z][a-z\\-]{3,}\\s+(?:prospekt|ulitsa|pereulok|bulvar|shosse)\\s*,?\\s*\\d{1,4}[a-z]?(?:\\s?[/-]\\s?\\d{1,4})?(?![\\p{L}\\p{N}])${EN_QUANTITY_AFTER}(?:[\\s,]+(?:kv|apt|flat)\\.?\\s*\\d{1,4})?`,
  ],
  // "mkr Samal-2, dom 58", "microdistrict Aksai-4, house 23": a transliterated district and a house
  [
    /mkr|mikro|microdistrict/iu,
    `(?<![${W}])(?:[Mm]kr|[Mm]ikrorayon|[Mm]icrodistrict|[Mm]ikroraion)\\.?\\s*[A-Z][a-z]+(?:-\\d{1,2})?,?\\s+(?:dom|d\\.|house|bldg\\.?|building)\\s*\\d{1,4}[a-z]?(?![\\p{L}\\p{N}])`,
  ],
  // "Almaty, Zhandosova 58a, flat 12", "Khreshchatyk 22, apt 5": a capitalised name, a house and a flat
  [
    /flat|apt|apartment|kv/iu,
    `(?<![${W}])(?!(?:Chapter|Page|Level|Room|Floor|Section|Episode|Season|Part|Book|Volume|Step|Day|Week|Year|Grade|Class|Lesson|Unit|Table|Figure|Gate|Platform|Bus|Route|Line|Exit|Block|Building|Flat|Apartment|Suite)(?![\\p{L}]))[A-Z][a-z]{3,}(?:\\s+[A-Z][a-z]+)?,?\\s+\\d{1,3}[a-z]?(?:\\/\\d{1,3})?[\\s,]+(?:(?:[Bb]lock|[Bb]ldg\\.?|[Bb]uilding|[Ee]ntrance|[Ff]loor)\\s*\\d{1,3}[A-Za-z]?[\\s,]+)?(?:[Ff]lat|[Aa]pt\\.?|[Aa]partment|kv\\.?)\\s*#?\\d{1,4}(?![\\p{L}\\p{N}])`,
  ],
  // "at fourteen maple lane": a house number in words and a lower-case street after at/on
  [
    EN_SPELLED_GATE_RE,
    `(?<=(?:^|\\s)(?:at|on|is)\\s+)(?:${EN_NUMBER_WORD})(?:[\\s-]+(?:${EN_NUMBER_WORD})){0,2}\\s+[a-z]{3,}(?:\\s+[a-z]{3,})?\\s+(?:street|avenue|road|lane|drive|way|close|court|crescent|terrace)(?![${W}])`,
  ],
  // "we're on Westway, 212, top floor": on/at + a one-word street, a comma, the number and a floor or a door
  [
    /,\s*\d{1,5},/u,
    `(?<=(?:^|\\s)(?:on|at)\\s+)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\\p{L}]))[A-Z][a-z]{3,},\\s+\\d{1,5}(?=,\\s*(?:(?:top|ground|first|second|third|\\d{1,2}(?:st|nd|rd|th))\\s+floor|the\\s+(?:building|house|one|door|\\p{L}+\\s+(?:door|house|building|gate))|(?:apt|unit|flat|suite|buzz\\p{L}*|room)(?![\\p{L}])))`,
  ],
  // "40 Parkway", "18 Kingsway": a street that is one word
  [
    /way|Strand/u,
    `(?<![${W}])\\d{1,5}[A-Za-z]?\\s+(?:Parkway|Kingsway|Strand|Westway|Eastway|Northway|Southway)(?![${W}])`,
  ],
  // "Kastanien Str. 14", "Boxhagener Straße 47": a German street in two words
  [
    /Str\.|Straße|Strasse|Weg|Allee|Platz|Gasse|Damm|Ring|Ufer/u,
    `(?<![${W}])[A-ZÄÖÜ][\\p{L}\\-]+\\s+(?:Str\\.|Straße|Strasse|Weg|Allee|Platz|Gasse|Damm|Ring|Ufer)\\s*\\d{1,4}[a-zA-Z]?(?![${W}])${EU_POST}`,
  ],
  // "house 8, Meadow road": a house number before a named street in any case
  [
    /[Hh]o(?:use|me)\s*#?\d/u,
    `(?<![${W}])(?:[Hh]ouse|[Hh]ome)\\s*#?\\d{1,4}[A-Za-z]?,\\s+(?:[A-Z][a-zA-Z'’\\-]+\\s+){1,2}(?:${EN_SUFFIX}|street|avenue|road|lane|drive|way|crescent|close|court|place|terrace)(?![${W}])`,
  ],
  // "310 West 72nd": Manhattan style, no street word
  [
    /\d\s+(?:East|West|E\.|W\.)\s+\d/u,
    `(?<![${W}])\\d{1,5}\\s+(?:East|West|E\\.|W\\.)\\s+\\d{1,3}(?:st|nd|rd|th)(?![${W}])`,
  ],
  // "215 N Broadway": Broadway is a street on its own
  `(?<![${W}])\\d{1,5}[A-Za-z]?\\s+${EN_DIR}Broadway(?![${W}])${EN_UNIT}`,
  // «na Pobedy 12 kv 40»: a Russian address typed in Latin letters, with a flat
  `(?<![${W}])(?:na|po|ul\\.?|ulitsa)\\s+[A-Za-z][a-z'\\-]+(?:\\s+[A-Za-z][a-z'\\-]+)?,?\\s+(?:d\\.?\\s*|dom\\s+)?\\d{1,3}[a-z]?(?:[/-]\\d{1,4})?[\\s,]+(?:kv|kvartira|korp|k)\\.?\\s*\\d{1,4}(?![\\p{L}\\p{N}])`,
  // "Smith Hall room 214", "Carver House, flat 3": a named hall or house and a room in it
  `(?<![${W}])(?:[A-Z][\\p{L}'’\\-]+\\s+){1,2}(?:Hall|House|Residence|Dorms?|Building|Tower|Court|Lodge)\\s*,?\\s*(?:[Rr]oom|[Rr]m\\.?|[Ff]lat|[Aa]pt\\.?|[Uu]nit)\\s*#?\\d{1,4}[A-Za-z]?(?![\\p{L}\\p{N}])`,
  // "742 Evergreen Terrace", "1600 Pennsylvania Ave, Apt 5B, Washington DC 20500", "Flat 4, 27 Kingsley Road"
  `(?:(?:Flat|Apt\\.?|Apartment|Unit|Suite)\\s*[A-Za-z0-9]{1,5},?\\s+)?(?<![${W}/])(?:\\d{1,4}[A-Za-z]?\\s?[/–-]\\s?)?\\d{1,6}[A-Za-z]?\\s+${EN_DIR}(?:(?:St\\.?|Saint)\\s+)?(?:${EN_NAME_WORD}\\s+){1,3}(?:${EN_SUFFIX})(?![${W}])(?:\\s+(?:West|East|North|South|NW|NE|SW|SE|W|E|N|S)(?![${W}]))?${EN_UNIT}${EN_CITY_POST}`,
  // lower-case street names with a full suffix word: "12 oak street", "7 kōwhai street", "44 st. john's rd", "45 elm road", "1120 west 5th avenue"
  `(?<![${W}])\\d{1,6}[a-z]?\\s+(?:st\\.?\\s+|saint\\s+)?(?:(?:\\p{Ll}{3,}(?:['’]s)?|\\d{1,3}(?:st|nd|rd|th))\\s+){1,2}(?:street|avenue|road|lane|drive|boulevard|terrace|rd|ave)(?![${W}])${EN_UNIT}`,
  // continental Europe, number first: "8 Rue du Bac, 75007 Paris", "12 Avenue de la Gare"
  `(?<![${W}])\\d{1,4}[a-zA-Z]?,?\\s+(?:[Rr]ue|Avenue|Av\\.|Boulevard|Bd|Place|[Cc]hemin|[Aa]llée|[Qq]uai|[Ii]mpasse)\\s+(?:(?:de|du|des|la|le|les|d'|l')\\s*)*[A-ZÀ-Ý][\\p{L}'’\\-]+(?:\\s+[A-ZÀ-Ý][\\p{L}'’\\-]+){0,2}${EU_POST}`,
  // street type first, number after: "Via Garibaldi 21", "Calle Mayor 5", "ul. Długa 12"
  // (Latin America too: "Calle Reforma #245", "Av. Corrientes 1234", "Carrera 7 # 45-20", "Rua Augusta, nº 15")
  `(?<![${W}])(?:Via|Viale|Piazza|Corso|Calle|Carrer|Avenida|Avda\\.|Av\\.|Rua|Travessa|Alameda|Carrera|Cra\\.?|Paseo|Ulica|[Uu]l\\.|Al\\.|Aleja|Aleje|[Oo]s\\.|Osiedle|[Pp]l\\.|Plac)\\s+(?:(?:de|del|della|di|da|do|dos|das)\\s+)*(?:[A-ZÀ-ÝŁŚŻŹ][\\p{L}'’\\-]+|\\d{1,3}[A-Za-z]?)(?:\\s+[A-ZÀ-Ý][\\p{L}'’\\-]+){0,2},?\\s+(?:(?:#|[Nn]o\\.?|[Nn][º°]|n\\.º)\\s*)?\\d{1,5}[a-zA-Z]?(?:\\/\\d{1,4}|\\s?-\\s?\\d{1,3})?(?![${W}])${EU_POST}`,
  // Malaysian and Thai streets, the street word first after the number: "16 Jalan Ampang", "8 Soi Thonglor"
  [
    /\s(?:Jalan|Jln|Lorong|Lrg|Soi)\.?\s/u,
    `(?<![${W}])\\d{1,5}[A-Za-z]?,?\\s+(?:Jalan|Jln\\.?|Lorong|Lrg\\.?|Soi)\\s+(?:[A-Z][\\p{L}'’\\-]+|\\d{1,3})(?:\\s+[A-Z][\\p{L}'’\\-]+){0,2}(?![${W}])`,
  ],
  // the number first: "12 Goethestraße, Hamburg"
  [
    /straße|strasse|gasse|allee|platz|damm/u,
    `(?<![${W}])\\d{1,4}[a-z]?\\s+[A-ZÄÖÜ][\\p{L}\\-]*(?:straße|strasse|gasse|allee|platz|damm)(?![${W}])`,
  ],
  // Polish, no street word, a flat after «m.»: "Mickiewicza 7 m 12", "Długa 4 m. 2"
  [
    /\sm\.?\s*\d/u,
    `(?<![${W}])[A-ZŁŚŻŹĆ][\\p{L}\\-]+(?:a|ej|ego|ich|ych|ów)\\s+\\d{1,3}[a-z]?(?:\\/\\d{1,3})?\\s+m\\.?\\s*\\d{1,3}(?![${W}])`,
  ],
  // German/Dutch/Nordic compounds: "Lindenstraße 40, 10969 Berlin", "Keizersgracht 123"
  `(?<![${W}])[A-ZÄÖÜ][\\p{L}\\-]*(?:straße|strasse|str\\.|weg|gasse|allee|platz|damm|ufer|gracht|straat|laan|plein|vej|gade|gatan|gata|veien|vägen|katu|tie|-(?:Straße|Strasse|Str\\.|Allee|Platz|Weg|Gasse|Damm|Ufer|Ring))\\s+\\d{1,4}[a-zA-Z]?(?![${W}])${EU_POST}`,
  // post-office boxes: "PO Box 4471, Austin TX 78765"
  `(?<![${W}])(?:P\\.?\\s?O\\.?\\s?Box|Post\\s+Office\\s+Box)\\s*#?\\d{1,6}${EN_CITY_POST}`,
  // a UK postcode on its own line of an address or after a comma
  `(?<=,\\s*)${UK_POSTCODE}(?![${W}])`,
  // a house given by its plot or flat and a named street without a number: "plot 14, Meadow Lane"
  `(?<![${W}])(?:[Pp]lot|[Ll]ot|[Ss]ite|[Pp]itch|[Uu]nit|[Ff]lat|[Aa]pt\\.?|[Aa]partment)\\s*#?\\d{1,4}[A-Za-z]?,\\s+(?:[A-Z][a-zA-Z'’\\-]+\\s+){1,2}(?:${EN_SUFFIX})(?![${W}])`,
  // a house number in words: "twenty two Orchard Way", "twenty-two Beacon street"
  `(?<![${W}])(?:${EN_NUMBER_WORD})(?:[\\s-]+(?:${EN_NUMBER_WORD})){0,3}\\s+(?:${EN_NAME_WORD}\\s+){1,3}(?:${EN_SUFFIX}|street|avenue|road|lane|drive|way|place|court|terrace)(?![${W}])${EN_UNIT}`,
  // the number, then the street: "I'm at number 12, Elm Street", "no. 5 Kings Road"
  `(?<![${W}])(?:[Nn]umber|[Nn]o\\.|#)\\s*\\d{1,5}[A-Za-z]?,?\\s+(?:[A-Z][a-zA-Z'’\\-]+\\s+){1,2}(?:${EN_SUFFIX})(?![${W}])${EN_UNIT}`,
  // the street, then its number: "on Tamarack Way, number 309", "Elm Road, no. 12", "Elm Street at number 40"
  `(?<![${W}])(?:[A-Z][a-zA-Z'’\\-]+\\s+){1,2}(?:${EN_SUFFIX}|street|avenue|road|lane|drive|way|crescent|close|court|place|terrace)(?:,|\\.{2,3}|…)?\\s+(?:(?:at|is)\\s+)?(?:number|no\\.|#|house|building|bldg\\.?)\\s*(?:\\d{1,5}[A-Za-z]?|(?:${EN_NUMBER_WORD})(?:[\\s-]+(?:${EN_NUMBER_WORD})){0,2})(?![${W}])`,
  // South Asian: "House 14, Lane 7, Gulberg III", "H# 12, Street 4, Sector F-7"
  `(?<![${W}])(?:[Hh]ouse|Villa|H\\.?\\s?No\\.?|H#|Plot)(?:\\s+[Nn]o\\.?)?\\s*#?\\s*\\d{1,4}[A-Z]?,\\s*(?:[Ll]ane|[Ss]treet|St\\.?|[Rr]oad|Rd\\.?|[Bb]lock|[Ss]ector|[Pp]hase|Gali)\\s*#?\\s*[A-Z]?-?\\d{1,3}(?:,\\s*(?:[A-Z][\\p{L}\\-]+|[a-z]{4,}(?=\\s*(?:$|[—–.!?\\n]|-\\s))|[A-Z][\\p{L}\\-]+)(?:\\s+(?:[IVX]{1,4}|[A-Z][\\p{L}\\-]+))?)?`,
  // a number and a bare street name before a city, after "at/on/is": "dad's place is 1209 Walnut, Philly"
  `(?<=(?:^|\\s)(?:at|on|is|outside|near)\\s+)\\d{1,5}\\s+[A-Z][a-z'’\\-]{2,},(?=\\s+[A-Z][a-z]{2,}|\\s*(?:room|flat|apt|unit|apartment)\\s*#?\\d)`,
  // "in Jerusalem, 10 Emek Refaim, apt 4", "at 27 Rothschild, 3rd floor, apartment 8": a flat or floor after
  `(?<=(?:^|\\s)(?:at|on|is|outside|near)\\s+|,\\s+)\\d{1,5}\\s+[A-Z][a-z'’\\-]{2,}(?:\\s+[A-Z][a-z'’\\-]{2,})?(?=,\\s*(?:(?:room|flat|apt|unit|apartment)\\s*#?\\d|\\d{1,2}(?:st|nd|rd|th)\\s+floor))`,
]
// Lower-case or abbreviated suffixes, any case ("230 Mission st", "55 king st w", "500 5th ave, 12th floor")
const EN_LOOSE_RE = new RegExp(
  `(?<![${W}])\\d{1,6}[a-z]?\\s+(?:(?:n|s|e|w|ne|nw|se|sw)\\.?\\s+)?(?:(?:[a-z][a-z'’\\-]+|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}(?:st|ave|av|rd|blvd|ln|hwy|pkwy|cres|crescent|street|avenue|road|lane|drive|boulevard|terrace|dr(?=\\.?(?:\\s*(?:$|[,;!?#)\\n]|\\.(?:\\s|$)|\\d)|\\s+(?:apt|unit|in|and|near|by|off|so|but|where|which|is|was|with|if|when|because|cause|now|then|lol|till|until)(?![${W}]))))\\.?(?:\\s+(?:n|s|e|w|ne|nw|se|sw)\\.?)?(?![${W}])${EN_UNIT}(?:,?\\s*\\d{1,3}(?:st|nd|rd|th)\\s+floor)?`,
  'giu',
)
const EN_STOPWORDS =
  /\s(?:the|a|an|to|of|my|down|up|and|or|in|on|at|for|from|by|with|minutes?|mins?|hours?|hrs?|days|years|miles?|km|blocks?|times|more|other|different|best|only)\s/i

type Compiled = { re: RegExp; gate?: RegExp }
const compile = (p: Pattern): Compiled =>
  typeof p === 'string' ? { re: new RegExp(p, 'gu') } : { re: new RegExp(p[1], 'gu'), gate: p[0] }
const RU_RES = RU_PATTERNS.map(compile)
const COLON_RE = RU_RES[RU_RES.length - 1]?.re
const EN_RES: Compiled[] = [...EN_PATTERNS.map(compile), { re: EN_LOOSE_RE }]

const RU_HINT_RE =
  /(?:ул|вул|кольц|спуск|въезд|проул|дорог[аеиу]|просек|деревн|село|сел[аеу]|пос[её]л|пос\.|пгт|хутор|станиц|аул|кишлак|снт|днт|махалл|массив|улиц|пр-|пр[.\s]|ш\.|(?:^|\s)д\s*\d|\d\s+доме?|-\d{1,2}[а-я]?,?\s+д|просп|проспект|пер\.|переул|бульвар|б-р|шоссе|наб|площад|мкр|микрорайон|проезд|тупик|алле|линия|тракт|квартал|д\.|дом|кв|адрес|\d{6}|(?:^|\s)(?:на|по|к|ко|до|с|со|от)\s+[А-ЯЁ]|[:—–]\s*[А-ЯЁ]|,\s*[А-ЯЁ]\p{L}+\s+\d|-\d{1,2},\s*\d|(?:^|\s)у\s+[А-ЯЁ]\p{L}+\s+\d)/iu
const EN_SPELLED_HINT_RE = new RegExp(
  `(?:${EN_NUMBER_WORD})\\s+[a-z]{3,}(?:\\s+[a-z]{3,})?\\s+(?:street|avenue|road|lane|drive|way|close|court|crescent|terrace)|(?:${EN_NUMBER_WORD})[\\s-]+[A-Z]|(?:[Ss]treet|[Aa]venue|[Rr]oad|[Ll]ane|[Ww]ay),?\\s+(?:number|no\\.|#)`,
  'u',
)

const SPELLED_HOUSE_HINT_RE = new RegExp(`(?:д\\.|дом)\\s*(?:номер\\s+)?${RU_NUMBER_WORD}`, 'iu')
// a number word before a flat or entrance, or after «на»/«по» and a capitalised word («на Пушкина сорок три»)
const SPELLED_CHEAP_RE =
  /кв|квартир|подъезд|корп|этаж|домофон|(?:на|по|ул\.?|улиц\p{L}*|проспект\p{L}*|пр-т)\s+[А-ЯЁ]/u
const SPELLED_STREET_HINT_RE = new RegExp(
  `${RU_NUMBER_WORD}[\\s,]+(?:кв|квартир|подъезд|корп|этаж|домофон|перв|втор|трет|четв|пят|шест)|(?:на|по)\\s+[А-ЯЁ]\\p{L}+\\s+${RU_NUMBER_WORD}|(?:ул\\.?|улиц\\p{L}*|проспект\\p{L}*|пр-т)\\s*[А-ЯЁ]\\p{L}+,?\\s+${RU_NUMBER_WORD}`,
  'iu',
)

/** An address ending at `end` runs on over «…, Пирогова 2, кв 118», «…, 3 подъезд, кв 90». */
function extendRu(text: string, end: number): number {
  let at = end
  for (let k = 0; k < 3; k++) {
    const more = text.slice(at).match(RU_CONTINUATION_RE)
    if (!more?.[0].trim()) break
    at += more[0].replace(/[\s,]+$/u, '').length
  }
  return at
}

export function findAddresses(text: string, out: PiiFinding[]): void {
  const from = out.length
  findStreetAddresses(text, out)
  widenUnitsBefore(text, out, from)
  dropFamousAddresses(text, out, from)
}

function findStreetAddresses(text: string, out: PiiFinding[]): void {
  const digits = /\d/.test(text)
  const spelledEn = !digits && EN_SPELLED_HINT_RE.test(text)
  // a house in words needs a unit word or a street after на/по/ул. nearby: tested cheaply first
  const spelledRu = SPELLED_CHEAP_RE.test(text) && SPELLED_STREET_HINT_RE.test(text)
  const spelledHouse = SPELLED_HOUSE_HINT_RE.test(text)
  // rural routes, boxes, houses in words before the street: each behind its own cheap gate
  findMoreAddresses(text, digits, out)
  findWordHouseStreets(text, out)
  findRuSpelledHouses(text, out)
  findEnglishAddressForms(text, digits, out)
  if (digits) {
    findRooms(text, out)
    findSloppyEnglishAddresses(text, out)
    findCuedAddresses(text, out)
    findCorners(text, out)
  }
  if (!digits && !spelledEn && !spelledRu && !spelledHouse) return
  if (/[а-яё]/iu.test(text)) {
    const bare: PiiFinding[] = []
    findBareStreets(text, bare)
    if (spelledRu) findSpelledStreets(text, bare)
    for (const f of bare) push(out, 'address', f.start, extendRu(text, f.end), text)
  }
  if (RU_HINT_RE.test(text)) {
    for (const { re, gate } of RU_RES) {
      if (gate && !gate.test(text)) continue
      if (re === COLON_RE && !RU_LIVING_CUE_RE.test(text)) continue
      for (const m of matchesOf(re, text)) {
        push(out, 'address', m.index, extendRu(text, m.index + m[0].replace(/[\s,]+$/u, '').length), text)
      }
    }
  }
  if (digits || spelledEn) {
    findUkPostcodes(text, out)
    for (const { re, gate } of EN_RES) {
      if (gate && !gate.test(text)) continue
      for (const m of matchesOf(re, text)) {
        if (EN_STOPWORDS.test(` ${m[0]} `.replace(/^\s*\S+/, ''))) {
          // "3 Street Fighter games" passes, "5 minutes down the road" does not
          if (/^\d/.test(m[0]) && EN_STOPWORDS.test(m[0])) continue
        }
        const value = m[0].replace(/[\s,]+$/u, '')
        push(out, 'address', m.index, m.index + value.length, text)
      }
    }
  }
}
