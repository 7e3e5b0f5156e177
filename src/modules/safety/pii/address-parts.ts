import { type PiiFinding, push } from './types.js'
import { wordsAt } from './word-at.js'

/**
 * The rest of an address around one the address detectors found. People give the street and the house
 * first and the flat, the entrance, the intercom code, the city and the postcode after, often with a
 * remark in between («на Гагарина 14, в том жёлтом доме, квартира 71», «Литейный, 30, это коммуналка,
 * комната 4», "52 Rue des Martyrs, 75009 Paris, code porte 4B21", "3051 SE Division St, Portland, OR
 * 97202"), or the flat and a building name before it ("apt 4, 1102 Saint Catherine St", "Hadley Hall
 * room 318, 600 University Ave", «кв 56 дом 18 улица Строителей»). Only spans next to a found address are
 * taken, so text with no address is never touched.
 */

const RU_NUM_WORD =
  'ноль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|тринадцать|' +
  'четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать|двадцать|тридцать|сорок|' +
  'пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|сто|двести|триста|четыреста|пятьсот|шестьсот|' +
  'семьсот|восемьсот|девятьсот'
const RU_ORDINAL = '(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)\\p{L}{1,3}'
const EN_NUM_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred'
// a flat, an entrance, a code: digits with a letter or a fraction («216В», "4B21", "17/9"), or number words
const VALUE =
  `(?:№\\s*)?(?:[A-Za-zА-Яа-я]?\\d{1,5}(?:[A-Za-zА-Яа-я]{1,2}\\d{0,5})?(?:\\s?[/\\-]\\s?\\d{1,4}[A-Za-zА-Яа-я]?)?(?![\\p{L}\\p{N}])|[A-Z](?![\\p{L}\\p{N}])|` +
  `(?:${RU_NUM_WORD})(?:\\s+(?:${RU_NUM_WORD})){0,2}(?![\\p{L}])|(?:${EN_NUM_WORD})(?:[\\s-]+(?:${EN_NUM_WORD})){0,2}(?![\\p{L}])|${RU_ORDINAL}(?![\\p{L}]))`
const UNIT =
  '(?:квартир\\p{L}{0,2}|кв\\.?|комнат\\p{L}{0,2}|комн\\.?|подъезд\\p{L}{0,2}|под\\.|этаж\\p{L}{0,2}|эт\\.|домофон\\p{L}{0,2}|' +
  'код(?:\\s+(?:домофона|двери|подъезда))?|корпус\\p{L}{0,2}|корп\\.?|строени\\p{L}{1,2}|стр\\.|участ\\p{L}{2,3}|уч\\.|офис\\p{L}{0,2}|' +
  'kv\\.?|ап\\.|[Aa]p\\.|[Aa]partamento|[Dd]epartamento|[Aa]ppartamento|[Aa]ppartement|дира|дайре|палат\\p{L}{1,2}|койк\\p{L}{1,2}|блок\\p{L}{0,2}|секци\\p{L}{1,2}|[Ww]ard|[Bb]ed|[Bb]ay|к\\.|m\\.|lok\\.|[Aa]pto\\.?|[Dd]epto\\.?|[Dd]pto\\.?|[Pp]iso|D(?=\\s*:)|[Dd]aire|[Kk]at|[Rr]oad\\s+[Nn]o\\.?|[Ll]evel|[Bb]lock|[Cc]omp|[Ss]ite|[Ss]ector|[Ff]lat|[Aa]pt\\.?|[Uu]nit|[Ss]uite|[Rr]oom|[Ff]loor|int\\.|[Ww]ohnung|[Ww]hg\\.|apt\\.?|apartment|flat|unit|suite|ste\\.?|room|rm\\.?|floor|fl\\.?|door\\s+code|gate\\s+code|code(?:\\s+porte)?|buzzer|intercom|number|no\\.|#)'
// «третий подъезд», "2nd floor": an ordinal before the unit word
const ORDINAL_UNIT = `(?:${RU_ORDINAL}|\\d{1,2}(?:-?(?:й|ий|ый|ой))?|\\d{1,2}(?:st|nd|rd|th))\\s+(?:подъезд|этаж|квартир\\p{L}{0,2}|floor)(?![\\p{L}])`
// US ZIP, Polish, Dutch, 4–6 digits (a Russian «индекс» too), Canadian and UK codes in either case, Eircode
const POSTCODE =
  '(?:\\d{5}(?:-\\d{4})?|\\d{2}-\\d{3}|\\d{4}\\s?[A-Z]{2}|\\d{4,6}|[A-Za-z]\\d[A-Za-z]\\s?\\d[A-Za-z]\\d|[A-Z]\\d{2}\\s?[A-Z0-9]{4}|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}|[a-z]{1,2}\\d[a-z\\d]?\\s\\d[a-z]{2})(?![\\p{L}\\p{N}])'
// a town, capitalised or not («г. Томск», "salem", "ny ny 10002")
const CITY = "(?:(?:г\\.|город)\\s*[А-ЯЁ][\\p{L}\\-]+|[A-ZÀ-ÝА-ЯЁ][\\p{L}'’\\-]+|[a-z]{3,}|ny|la|sf|dc)"
// a state or province, any case for the US and Canada ("tx", "nj", "bc", "on")
const STATE = '(?:[A-Z]{2}|nsw|vic|qld|tas|act)'
// a US state or Canadian province in lower case ("tx", "nj", "bc", "on") only before a ZIP or a Canadian code:
// "in", "me", "or" are words too
const LOWER_STATE_POST =
  '(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc|ab|bc|mb|nb|nl|ns|nt|nu|on|pe|qc|sk|yt)\\s+(?:\\d{5}(?:-\\d{4})?|[a-z]\\d[a-z]\\s?\\d[a-z]\\d)(?![\\p{L}\\p{N}])'

// One more part right after an address: a unit and its value, an ordinal entrance or floor, a Spanish floor
// («4º izq»), a Roman or letter suffix of the house ("482-II"), or a city with a postcode.
const PART =
  `(?:[\\s,]*(?:${UNIT})\\s*:?\\s*${VALUE}|[\\s,]*${ORDINAL_UNIT}|[\\s,]*\\d{1,2}\\s?[ºª°](?:\\s*(?:izq|dcha|der|[A-D])\\.?)?(?![\\p{L}])|-[IVX]{1,4}(?![\\p{L}])|` +
  `[\\s,]+(?:${CITY}(?:\\s+${CITY}){0,2},?\\s+)?(?:${STATE}\\s+)?${POSTCODE}(?:\\s+${CITY})?|[\\s,]+Dublin\\s+\\d{1,2}[Ww]?(?![\\p{L}\\p{N}])|` +
  `[\\s,]+(?:${CITY}(?:\\s+${CITY}){0,2},?\\s+)?${LOWER_STATE_POST}|` +
  // "12 Shastri Nagar, 3rd cross": the cross or main road of an Indian address
  `[\\s,]+\\d{1,2}(?:st|nd|rd|th)\\s+(?:[Cc]ross|[Mm]ain|[Bb]lock|[Ss]tage|[Pp]hase|[Ss]ector)(?![\\p{L}])|` +
  // a Japanese ward or city and its postcode: ", Shibuya-ku, Tokyo 150-0002"
  `[\\s,]+[A-Z][a-z]+-(?:ku|shi|cho|machi|gun)(?![\\p{L}])|[\\s,]+(?:${CITY}\\s+)?\\d{3}-\\d{4}(?![\\p{N}-])|` +
  // a German floor: "3. OG", "2. Stock", "4. Etage"; a Danish one: "2. th", "st. tv"
  `[\\s,]+\\d{1,2}\\.\\s*(?:OG|Obergeschoss|Stock|Etage|th|tv|mf)(?![\\p{L}])|` +
  // a Finnish staircase and flat: "Mannerheimintie 12 B 34"
  `\\s[A-H]\\s\\d{1,3}(?![\\p{L}\\p{N}])|` +
  // «…, индекс 630099»
  `[\\s,]+(?:почтовый\\s+)?индекс\\s*:?\\s*\\d{6}(?![\\p{N}])|` +
  // "…, and it's the basement unit": which flat of the house, with no number
  `[\\s,]+(?:basement|ground[-\\s]floor|top[-\\s]floor|attic|upstairs|downstairs|rear|garden|lower|upper|main[-\\s]floor|back|front|in-law|laneway|coach[-\\s]house)\\s+(?:unit|flat|apartment|apt|suite)(?![\\p{L}])|` +
  // "…, Bangalore - 560041": an Indian PIN code after the city and a dash
  `[\\s,]+(?:${CITY}(?:\\s+${CITY}){0,2})?\\s*[-–—]\\s*\\d{6}(?![\\p{N}]))`
// Right after an address only (not after a remark): a UK outward code or an Irish routing key alone ("NW1",
// "D02"); the street named after the house and the flat («дом сорок два, квартира девятнадцать, улица Мира»)
const NEXT_ONLY =
  `[\\s,]+[A-Z]{1,2}\\d[A-Z\\d]?(?![\\p{L}\\p{N}])|` +
  // the estate or tower block the flat is in: «в ЖК «Ривер Парк»», "in Skyline Towers", "in the Riverside Park
  // complex", "at the Grand Residences"
  `(?:\\s+(?:в|во))?\\s+(?:ЖК|жк)\\s*(?:«[^»\\n]{1,30}»|"[^"\\n]{1,30}"|[А-ЯЁA-Z][\\p{L}\\-]+(?:\\s+[А-ЯЁA-Z][\\p{L}\\-]+)?)|` +
  `\\s+(?:in|at)\\s+(?:the\\s+)?(?:[A-Z][\\p{L}'’\\-]+\\s+){1,2}(?:Towers?|Residences?|Residency|Estate|Apartments|Heights|Park\\s+complex)(?![\\p{L}])|` +
  // an Irish county and the Eircode: ", Co. Cork P31 XK28"
  `,?\\s+(?:Co\\.|County)\\s+[A-Z][a-z]+(?:,?\\s+[AC-FHKNPRTV-Y]\\d{2}\\s?[AC-FHKNPRTV-Y\\d]{4})?(?![\\p{L}\\p{N}])|` +
  // «…, Пермь. 614000»: the town, then its postcode after a full stop
  `[\\s,]+[А-ЯЁ][\\p{L}\\-]+[.,]\\s+\\d{6}(?![\\p{N}])|` +
  // "Dublin 14, D14 X2Y7": a district number, then the Eircode
  `\\s+\\d{1,2},\\s*[A-Z]\\d{2}\\s?[A-Z0-9]{4}(?![\\p{L}\\p{N}])|` +
  `,\\s*(?:улиц[аые]|ул\\.|проспект|пр-т|переул\\p{L}{2,3}|бульвар)\\s*[А-ЯЁ][\\p{L}\\-]+`
const NEXT_PART = new RegExp(`^(?:${PART}|${NEXT_ONLY})`, 'u')
// …or the same after a remark of up to eight words, no digits, same sentence (a bare four-digit number after
// a remark is a year: "…, and in 1990") («, в том жёлтом доме,», ", Astana,").
const REMARK_THEN_PART = new RegExp(
  `^[\\s,]*(?:[^\\s.!?;:\\n()\\d]+[\\s,—–-]+){0,7}?[^\\s.!?;:\\n()\\d,—–-]+(?![\\s,]+\\d{4}(?!\\d))${PART}`,
  'u',
)

// Just before an address: a flat or room and a building name ("apt 4, ", "flat 11 / ", "Hadley Hall room
// 318, ", "Rosewood House, ", «кв 56 »).
const BEFORE = new RegExp(
  `(?:(?:[A-Z][\\p{L}'’\\-]+\\s+){1,2}(?:House|Hall|Court|Building|Tower|Towers|Apartments|Residence|Lodge|Manor|Block|Mansions)(?:\\s+(?:room|flat|apt|unit)\\s*\\d{1,4}[A-Za-z]?)?[\\s,]+|` +
    `(?<![\\p{L}\\p{N}])(?:apt\\.?|apartment|flat|unit|suite|room|кв\\.?|квартира|cottage|lodge|farmhouse|chalet|cabin|bungalow|villa|annexe?|bedsit|studio|caravan|barn)(?:'s|’s|\\s+is)?\\s*#?\\s*\\d{1,4}(?:-?[A-Za-zА-Яа-я])?\\s*(?:[,/]|\\s+at)?\\s*(?:(?:block|bldg\\.?|building|tower|wing)\\s*[A-Z0-9]{1,2}\\s*,?\\s*)?(?:в\\s+)?|` +
    // "2nd floor, 16 …", "Level 3, …", "the basement apt at 61 …": a floor or a kind of flat first
    `(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:st|nd|rd|th)\\s+floor|level\\s+\\d{1,2}|(?:basement|ground[-\\s]floor|top[-\\s]floor|attic|loft)\\s+(?:apt\\.?|apartment|flat|unit|room)\\s+(?:at|on|in))[\\s,]+|` +
    // "88-14 hollis ave": the block part of a Queens house number
    `(?<![\\p{L}\\p{N}-])\\d{2,3}-|` +
    // "I'm in 9D, 310 West 72nd", "I'm in 4C at 330 W 52nd St": a flat number with a letter just before
    `(?<![\\p{L}\\p{N}])\\d{1,3}[A-Z](?:,\\s*|\\s+at\\s+)|` +
    // "lot 14, Whispering Pines Mobile Park, ": a lot or pitch in a named park first
    `(?<![\\p{L}\\p{N}])(?:lot|space|pitch|plot|trailer)\\s*#?\\s*\\d{1,4}[A-Za-z]?,\\s*(?:(?:[\\p{L}'’\\-]+\\s+){0,4}[\\p{L}'’\\-]+,\\s*)?|` +
    // «в посёлке Заречный, », «г. Тверь, », «СНТ «Ромашка», »: the settlement named first
    `(?<![\\p{L}])(?:пос[её]л\\p{L}{0,3}|пос\\.|пгт|сел[оеау]|с\\.|деревн\\p{L}|дер\\.|город\\p{L}{0,2}|г\\.|станиц\\p{L}|аул\\p{L}{0,2}|хутор\\p{L}{0,2}|кишлак\\p{L}{0,2}|снт|днт|микрорайон\\p{L}{0,2}|мкр\\.?)\\s*[«"“]?[А-ЯЁ][\\p{L}\\-]+(?:\\s+[А-ЯЁ][\\p{L}\\-]+)?[»"”]?,\\s*|` +
    // «индекс 420111 казань », «630099, Новосибирск, »: a Russian postcode and the town first
    `(?<![\\p{L}\\p{N}])(?:(?:почтовый\\s+)?индекс\\s*:?\\s*)?\\d{6},?\\s+(?:г\\.\\s*)?\\p{L}[\\p{L}\\-]+,?\\s+)$`,
  'iu',
)

// Before an address that opens with the house or a building («дом 5», «корпус 3», «кв 40»): the estate,
// district or neighbourhood it is in, named after a comma («ЖК «Престиж», корпус 2», «на Оболони, дом 5»,
// «в Орбите, дом 7»).
const RU_OPENS_WITH_UNIT_RE =
  /^(?:д\.|дом|корп|корпус|к\.|кв|квартир|секци|подъезд|номер\s+дома|\d{1,2}[\s-]*(?:квартал|мкр|микрорайон))/iu
// …or the street named in the sentence before, after на/по («Живу я на Гоголя. Дом двадцать три, …»)
// or with a street word («Иркутск. Улица Карла Маркса. Дом 11, …»)
const RU_STREET_SENTENCE_BEFORE =
  /(?<![\p{L}])(?:(?:на|по)\s+|(?:[Уу]лиц[аеы]|[Уу]л\.|[Пп]роспект|[Пп]ереулок|[Бб]ульвар)\s+)[А-ЯЁ][\p{L}-]+(?:\s+[А-ЯЁ][\p{L}-]+)?\s*\.\s*$/u
const RU_BEFORE =
  /(?:(?:(?<![\p{L}])(?:ЖК|жк|Жк|мкр\.?|микрорайон\p{L}{0,2}|массив\p{L}{0,2}|на|в|во)\s+)?[«"“]?[А-ЯЁ][\p{L}-]+(?:\s+[А-ЯЁ\d][\p{L}\d-]*){0,2}[»"”]?|(?<![\p{L}])(?:ЖК|жк|Жк)\s+[«"“]?[\p{L}\d][\p{L}\d-]*(?:\s+[\p{L}\d][\p{L}\d-]*){0,2}[»"”]?|(?<![\p{L}])[а-яё][а-яё-]+(?:ая|яя|ой|ей|ого|ова|ева|ина)(?:\s+\d{1,2}-?[яй])?|(?<![\p{L}])(?:набережн\p{L}{2,3}|наб\.|улиц\p{L}|ул\.|проспект\p{L}{0,2}|переул\p{L}{2,3}|пер\.|бульвар\p{L}{0,2}|шоссе|площад\p{L}|проезд\p{L}{0,2}|тупик\p{L}{0,2})\s+[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2})\s*,\s*$/u

// A flat, door code or buzzer anywhere in a text that gives an address («…Кирова, 25, напротив школы. кв 12»,
// «на Садовой. дом 8. квартира 31»): it belongs to that address.
const LONE_UNIT_RE =
  /(?<![\p{L}\p{N}])(?:кв\.?|квартир[аеу]|комнат[аеу]|apt\.?|apartment|flat|room|rm\.|buzz(?:er)?|домофон)\s*(?:№|#)?\s*\d{1,4}[a-zа-я]?(?![\p{L}\p{N}])/giu

export function extendAddressParts(text: string, found: PiiFinding[], out: PiiFinding[]): void {
  if (found.length > 0)
    for (const m of text.matchAll(LONE_UNIT_RE)) push(out, 'address', m.index, m.index + m[0].length, text)
  for (const f of found) {
    let end = f.end
    for (let k = 0; k < 6; k++) {
      const rest = text.slice(end, end + 120)
      const part = rest.match(NEXT_PART) ?? rest.match(REMARK_THEN_PART)
      if (!part) break
      end += part[0].length
    }
    let start = f.start
    let before = text.slice(Math.max(0, start - 60), start).match(BEFORE)
    for (let k = 0; before && k < 3; k++) {
      start -= before[0].length
      before = text.slice(Math.max(0, start - 60), start).match(BEFORE)
    }
    if (start < f.start) {
      // (a flat or building before the address)
    } else if (RU_OPENS_WITH_UNIT_RE.test(f.value)) {
      const before = text.slice(Math.max(0, start - 60), start)
      const estate = before.match(RU_BEFORE) ?? before.match(RU_STREET_SENTENCE_BEFORE)
      if (estate) start -= estate[0].length
    }
    if (start < f.start || end > f.end) push(out, 'address', start, end, text)
  }
  for (const f of found) {
    repeatHouse(text, f, out)
    repeatStreet(text, f, out)
  }
}

// the street of an address with a house number ("88-14 hollis ave", "12 Elm Street"): its name and street word
const STREET_OF_RE =
  /(?<![\p{L}\p{N}])\d[\dA-Za-z/-]*\s+((?:[\p{L}'’-]{2,}\s+){1,3}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|terrace|crescent|close)\.?)(?![\p{L}])/iu

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u
const LETTER_OR_DIGIT = { before: LETTER_OR_DIGIT_RE, after: LETTER_OR_DIGIT_RE } as const
const HOUSE_EDGE_RE = /[\p{L}\p{N}/-]/iu
// (`giu`: «27А» written again as «27а»)
const HOUSE_REPEAT = { ignoreCase: true, before: HOUSE_EDGE_RE, after: HOUSE_EDGE_RE } as const

/** The address's street named again elsewhere ("its hollis ave. 88-14 hollis ave, queens"): masked there too. */
function repeatStreet(text: string, f: PiiFinding, out: PiiFinding[]): void {
  const street = f.value.match(STREET_OF_RE)?.[1]?.replace(/\.$/u, '')
  if (!street) return
  // (as written: "the main street in town" is no "40 Main Street")
  for (const m of wordsAt(text, street, LETTER_OR_DIGIT)) {
    if (m.index >= f.start && m.index < f.end) continue
    push(out, 'address', m.index, m.end, text)
  }
}

// the house number with a letter or a fraction, a shape no count or year has: "221B", «27/1»
const HOUSE_TOKEN_RE = /(?<![\p{L}\p{N}/-])\d{1,5}(?:[A-Za-zА-Яа-я]|\/\d{1,3})(?![\p{L}\p{N}/-])/u

/** The address's house number written again later ("221B Coldharbour Lane, … yes 221B"): masked there too. */
function repeatHouse(text: string, f: PiiFinding, out: PiiFinding[]): void {
  const house = f.value.match(HOUSE_TOKEN_RE)?.[0]
  if (!house) return
  for (const m of wordsAt(text.slice(f.end), house, HOUSE_REPEAT))
    push(out, 'address', f.end + m.index, f.end + m.end, text)
}
