import { matchesOf, type PiiFinding, push, W } from './types.js'

/**
 * Address forms where the street and its number are given apart or in another country's shape (round 20),
 * each behind a cheap test of the text:
 *
 * - the street, then its number named in the next clause or sentence: "i'm on maple ave. the house number
 *   is 318", "Lincoln Blvd. number's 7731", "the street is Pine Crescent and the house is 33";
 * - a house and a flat named by their words in a numbered district: "Chilanzar block 9, house 14, apt 61",
 *   "house 5, flat 12";
 * - Russian «номер дома 49, а квартира 12», «дом номер 7 и квартира 3» (the street before it, «на
 *   Комитаса.», is taken by `address-parts.ts`);
 * - a Spanish street with its adjective first: "Gran Vía 31" (the floor «4º izq» and "28013 Madrid" after
 *   it by `address-parts.ts`);
 * - a Korean road address: "Gangnam-gu, Teheran-ro 152", "Yanghwa-ro 45-3".
 */

const EN_STREET_WORD =
  '(?:[Ss]treet|[Ss]t|[Aa]venue|[Aa]ve|[Bb]oulevard|[Bb]lvd|[Rr]oad|[Rr]d|[Dd]rive|[Dd]r|[Ll]ane|[Ll]n|[Cc]rescent|[Tt]errace|[Cc]ourt|[Pp]lace|[Ww]ay|[Cc]lose|[Pp]arkway|[Hh]ighway|Gardens|Grove|Mews|Square|Row)'
// a street name word, capitalised or lower case; never a function word ("down the road. the house is …")
const NAME_WORD =
  "(?!(?:the|a|an|this|that|my|our|your|his|her|their|same|down|up|across|along|on|off|of|main)\\s)(?:[A-Z][a-zA-Z'’\\-]+|[a-z]{3,})"
// the number named by its word: "the house number is", "number's", "the house is", "no."
const NUMBER_CUE =
  "(?:(?:the\\s+)?(?:house|building|door)(?:\\s+number)?(?:'s|’s|\\s+is)?(?:\\s+(?:number|no\\.))?|(?:[Ii]t(?:'s|’s|\\s+is)\\s+)?(?:the\\s+)?[Nn]umber(?:'s|’s|\\s+is)?|no\\.)"
const EN_QUANTITY_AFTER =
  '(?!\\s*(?:minutes?|mins?|hours?|years?|days?|weeks?|km|miles?|people|times|%|am|pm)(?![\\p{L}]))'
// (the number's sentence may open with a capital: "Oak Avenue. It's number 17")
const EN_STREET_THEN_NUMBER_RE = new RegExp(
  `(?<![${W}])(?:${NAME_WORD}\\s+){1,2}${EN_STREET_WORD}\\.?(?:,\\s*(?:flat|apt\\.?|unit)\\s*\\d{1,4}[A-Za-z]?)?(?:[,.;]|\\s+and|,\\s+and)?\\s+${NUMBER_CUE}\\s*#?\\d{1,5}[A-Za-z]?(?![${W}])${EN_QUANTITY_AFTER}(?!\\s+(?:is|was|on|in|of|for|bus|train|tram|route|spot|place)(?![\\p{L}]))`,
  'gu',
)
const EN_STREET_THEN_NUMBER_CHEAP_RE = /(?:number|house|building|door|no\.)\s*(?:is\s+|'s\s+|’s\s+)?#?\d/iu

// "Chilanzar block 9, house 14, apt 61": a district or block, then the house and the flat by their words
const EN_HOUSE_FLAT_RE = new RegExp(
  `(?<![${W}])(?:(?:[A-Z][\\p{L}'’\\-]+\\s+)?(?:[Bb]lock|[Ss]ector|[Qq]uarter|[Kk]vartal|[Dd]istrict|[Mm]kr|[Mm]icrodistrict|[Mm]ahalla|[Zz]one)\\s*-?\\d{1,3}[A-Za-z]?,\\s*)?` +
    `(?:[Hh]ouse|[Bb]ldg\\.?|[Bb]uilding|[Dd]om)\\s*#?\\s*\\d{1,4}[A-Za-z]?(?:\\/\\d{1,3})?,?\\s*(?:[Aa]pt\\.?|[Aa]partment|[Ff]lat|[Kk]v\\.?|[Uu]nit)\\s*#?\\s*\\d{1,4}[A-Za-z]?(?![${W}])`,
  'gu',
)
const EN_HOUSE_FLAT_CHEAP_RE = /(?:house|bldg|building|dom)\s*#?\s*\d/iu

// «номер дома 49, а квартира 12», «дом номер 7 и квартира 3», «дом № 5, квартира номер 8»
const RU_HOUSE_NUMBER_FLAT_RE = new RegExp(
  `(?<![${W}])(?:[Нн]омер\\s+дома|[Дд]ом\\s+(?:номер|№))\\s*\\d{1,4}[а-я]?(?:\\/\\d{1,3})?(?![${W}])[\\s,]+(?:(?:а|и)\\s+)?(?:номер\\s+)?(?:квартир\\p{L}{1,2}|кв\\.?)(?:\\s+номер)?\\s*(?:№\\s*)?\\d{1,4}(?![${W}])`,
  'gu',
)
const RU_HOUSE_NUMBER_CHEAP_RE = /номер\s+дома|дом\s+(?:номер|№)/iu

// "Gran Vía 31": a Spanish street with its adjective first
const ES_ADJECTIVE_STREET_RE = new RegExp(
  `(?<![${W}])(?:Gran|Nueva|Vieja|Antigua|Real)\\s+(?:V[ií]a|Calle|Avenida|Rambla)\\s+\\d{1,4}[a-zA-Z]?(?![\\p{N}])${EN_QUANTITY_AFTER}`,
  'gu',
)

// "fourteen harbour view road. that's where he lives": one number word before a lower-case street, only where
// the text says someone lives there ("one more road trip", "ten minutes down the road" stay)
const EN_NUMBER_WORD =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const EN_WORD_HOUSE_STREET_RE = new RegExp(
  `(?<![${W}])(?:${EN_NUMBER_WORD})\\s+(?!(?:the|a|an|my|our|your|his|her|their|this|that|more|other|long|short|old|new|big|little|whole|same|different|separate|lonely|empty|dark|back|side|country|dirt|main)\\s)(?:[a-z]{3,}\\s+){1,3}(?:street|road|lane|avenue|drive|close|crescent|terrace|court|place|grove|gardens)(?![${W}])`,
  'gu',
)
const EN_WORD_HOUSE_CHEAP_RE = new RegExp(
  `(?:${EN_NUMBER_WORD})\\s[a-z\\s]{4,40}(?:street|road|lane|avenue|drive|close|crescent|terrace|court|place|grove|gardens)`,
  'u',
)
const LIVES_RE =
  /(?<![\p{L}])(?:live[sd]?|living|address|stay(?:s|ing)?|moved|my\s+(?:place|flat|house|home))(?![\p{L}])/iu
const NOT_A_HOUSE_RE =
  /\s(?:minutes?|hours?|days?|weeks?|months?|years?|miles?|blocks?|times|people|kids|houses|doors|streets|roads|of|and|or|down|up|on|to|in|from)\s/u

/** «на Комитаса, дом сорок девять»: a Russian house (and flat) in words after a street named before it. */
export function findRuSpelledHouses(text: string, out: PiiFinding[]): void {
  if (!/,\s*(?:д\.|дом)\s+(?:номер\s+)?[а-я]/u.test(text)) return
  for (const m of matchesOf(RU_SPELLED_HOUSE_RE, text))
    push(out, 'address', m.index, m.index + m[0].length, text)
}

/** A house number in words with no digit in the text: "fourteen harbour view road" where someone lives. */
export function findWordHouseStreets(text: string, out: PiiFinding[]): void {
  if (!EN_WORD_HOUSE_CHEAP_RE.test(text) || !LIVES_RE.test(text)) return
  for (const m of matchesOf(EN_WORD_HOUSE_STREET_RE, text))
    if (!NOT_A_HOUSE_RE.test(` ${m[0]} `)) push(out, 'address', m.index, m.index + m[0].length, text)
}

// Korean road addresses: "Gangnam-gu, Teheran-ro 152", "Mapo-gu Yanghwa-ro 45-3" (the district first)
const KO_ROAD_RE = new RegExp(
  `(?<![${W}])(?:[A-Z][a-z]+-(?:gu|si|gun|dong)[\\s,]+)?[A-Z][a-z]+-(?:ro|gil|daero)(?:\\s*\\d{1,3}(?:beon)?-?gil)?\\s+\\d{1,4}(?:-\\d{1,3})?(?![${W}])`,
  'gu',
)

// Vietnamese: "12/3 Nguyen Trai, District 1", "45 Le Loi, Ward 7": a street with no street word, then a
// numbered district or ward
const VN_DISTRICT_RE = new RegExp(
  `(?<![${W}/])\\d{1,4}(?:\\/\\d{1,3})?[A-Z]?\\s+(?:[A-ZÀ-Ỹ][\\p{L}]+\\s+){0,3}[A-ZÀ-Ỹ][\\p{L}]+,\\s*(?:District|Ward|Quận|Phường|Q\\.|P\\.)\\s*\\d{1,2}(?![${W}])`,
  'gu',
)
// Indonesian: "Jl. Sudirman No. 45", "Jalan Merdeka Barat No 12A"
const ID_JALAN_RE = new RegExp(
  `(?<![${W}])(?:Jl\\.|Jln\\.?|Jalan)\\s+(?:[A-Z][\\p{L}.'’-]+\\s+){0,3}[A-Z][\\p{L}'’-]+,?\\s+(?:No\\.?|Nomor|Nr\\.?)\\s*\\d{1,4}[A-Z]?(?![${W}])`,
  'gu',
)
// Portuguese, Spanish, Italian, French: the street, then «número»: "Avenida Paulista, número 1578"
const ROMANCE_STREET_NUMBER_RE = new RegExp(
  `(?<![${W}])(?:Rua|Avenida|Av\\.|Calle|Carrer|Via|Viale|Travessa|Alameda|Paseo|Rue|Avenue|Boulevard)\\s+(?:(?:de|da|do|dos|das|del|della|di|des|du|la|le)\\s+)*[A-ZÀ-Ý][\\p{L}'’-]+(?:\\s+[A-ZÀ-Ý][\\p{L}'’-]+){0,2},?\\s+(?:n[úu]mero|nº|n\\.º|num\\.|numéro)\\s*\\d{1,5}[A-Za-z]?(?![${W}])(?!\\s+(?:em|en|de|di|in|on|of|na|no)\\s)`,
  'giu',
)
// Russian, the house in words: «на Комитаса, дом сорок девять», «улица Ленина, дом номер пять, квартира
// двенадцать»
const RU_NUM =
  'один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|тринадцать|' +
  'четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать|двадцать|тридцать|сорок|пятьдесят|' +
  'шестьдесят|семьдесят|восемьдесят|девяносто|сто|двести|триста'
const RU_SPELLED = `(?:${RU_NUM})(?:\\s+(?:${RU_NUM})){0,2}(?![\\p{L}])`
const RU_SPELLED_HOUSE_RE = new RegExp(
  `(?:(?<=(?:^|[\\s,(])(?:[Нн]а|[Пп]о)\\s+)[А-ЯЁ][\\p{L}\\-]+(?:\\s+[А-ЯЁ][\\p{L}\\-]+)?|(?<![${W}])(?:улиц\\p{L}{1,2}|ул\\.|проспект\\p{L}{0,2}|переулк\\p{L}{0,2}|переул\\p{L}{2,3}|бульвар\\p{L}{0,2})\\s+[А-ЯЁ][\\p{L}\\-]+),\\s*(?:д\\.|дом)\\s+(?:номер\\s+)?${RU_SPELLED}(?:,?\\s+(?:квартир\\p{L}{1,2}|кв\\.?)\\s*(?:номер\\s+)?${RU_SPELLED})?`,
  'gu',
)

// "the house on Elm, number 12": on/at + a street named by its name alone, then its number
const EN_BARE_STREET_NUMBER_RE = new RegExp(
  `(?<=(?:^|\\s)(?:on|at)\\s+)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Netflix|YouTube|TV|Earth|Page|Level|Day)(?![\\p{L}]))[A-Z][a-z]{2,}(?:\\s+[A-Z][a-z]+)?,\\s+(?:number|no\\.|#)\\s*\\d{1,5}[A-Za-z]?(?![${W}])${EN_QUANTITY_AFTER}(?!\\s+(?:is|was|on|in|of|for|bus|train|tram|route|spot|place)(?![\\p{L}]))`,
  'gu',
)
// "the corner of 5th and Pine, apartment 3B": a crossing with a flat after it
const EN_CORNER_FLAT_RE = new RegExp(
  `(?<![${W}])corner\\s+of\\s+(?:[A-Z][\\p{L}'’-]+|\\d{1,3}(?:st|nd|rd|th))(?:\\s+${EN_STREET_WORD}\\.?)?\\s+(?:and|&)\\s+(?:[A-Z][\\p{L}'’-]+|\\d{1,3}(?:st|nd|rd|th))(?:\\s+${EN_STREET_WORD}\\.?)?,?\\s+(?:apartment|apt\\.?|unit|flat|suite|#)\\s*#?\\d{1,4}[A-Za-z]?(?![${W}])`,
  'gu',
)
// "400 W Madison", "1550 N Damen": a Chicago-style number, a one-letter direction and the street's name
const EN_DIRECTION_STREET_RE = new RegExp(
  `(?<![${W}.,/])\\d{2,5}\\s+[NSEW]\\.?\\s+[A-Z][a-z]{2,}(?![${W}])${EN_QUANTITY_AFTER}`,
  'gu',
)

// «адрес: г. Казань, Баумана, 7»: after «адрес», the town with «г.», then a street named alone and its house
const RU_ADDRESS_TOWN_STREET_RE = new RegExp(
  `(?<=адрес\\p{L}{0,2}\\s*[:—–-]\\s*)(?:г\\.|город)\\s*[А-ЯЁ][\\p{L}\\-]+,\\s*[А-ЯЁ][\\p{L}\\-]+,?\\s+\\d{1,4}[а-я]?(?:\\/\\d{1,3})?(?![${W}])`,
  'gu',
)

export function findCuedAddresses(text: string, out: PiiFinding[]): void {
  const patterns: RegExp[] = []
  if (/адрес/u.test(text)) patterns.push(RU_ADDRESS_TOWN_STREET_RE)
  if (/,\s+(?:number|no\.|#)\s*\d/u.test(text)) patterns.push(EN_BARE_STREET_NUMBER_RE)
  if (text.includes('corner')) patterns.push(EN_CORNER_FLAT_RE)
  if (/\d\s+[NSEW]\.?\s+[A-Z]/u.test(text)) patterns.push(EN_DIRECTION_STREET_RE)
  if (/District|Ward|Quận|Phường|Q\.|P\./u.test(text)) patterns.push(VN_DISTRICT_RE)
  if (/J(?:l|ln|alan)\.?\s/u.test(text)) patterns.push(ID_JALAN_RE)
  if (/n[úu]mero|nº|n\.º|num\.|numéro/iu.test(text)) patterns.push(ROMANCE_STREET_NUMBER_RE)
  if (/[a-z]-(?:ro|gil|daero)\s/u.test(text)) patterns.push(KO_ROAD_RE)
  if (EN_STREET_THEN_NUMBER_CHEAP_RE.test(text)) patterns.push(EN_STREET_THEN_NUMBER_RE)
  if (EN_HOUSE_FLAT_CHEAP_RE.test(text)) patterns.push(EN_HOUSE_FLAT_RE)
  if (RU_HOUSE_NUMBER_CHEAP_RE.test(text)) patterns.push(RU_HOUSE_NUMBER_FLAT_RE)
  if (/V[ií]a|Calle|Avenida|Rambla/u.test(text)) patterns.push(ES_ADJECTIVE_STREET_RE)
  for (const re of patterns)
    for (const m of matchesOf(re, text)) push(out, 'address', m.index, m.index + m[0].length, text)
}

// Addresses everyone knows from the news or from books: no one's home when only walked past or read about
// ("walked past 10 Downing Street", "221B Baker Street is my comfort place"), unless the text says someone
// lives or stays there ("I live at 10 Downing Street").
const FAMOUS_ADDRESS_RE =
  /^(?:10\s+Downing\s+St(?:reet|\.)?|221\s?B\s+Baker\s+St(?:reet|\.)?|1600\s+Pennsylvania\s+Ave(?:nue|\.)?(?:\s+NW)?|4\s+Privet\s+Drive|12\s+Grimmauld\s+Place|742\s+Evergreen\s+Terrace|1313\s+Mockingbird\s+Lane|124\s+Conch\s+Street|31\s+Spooner\s+Street|177A\s+Bleecker\s+Street)$/iu
const LIVES_THERE_RE =
  /(?<![\p{L}])(?:live[sd]?|living|reside\p{L}*|address|stay\p{L}*|moving|moved|move|find\s+me|come\s+(?:over|round|by)|my\s+(?:place|flat|house|home)|i['’]?m\s+at|we['’]re\s+at|send|deliver\p{L}*|ship\p{L}*|mail)(?![\p{L}])/iu

/** Drops the found addresses from `from` on that are a famous address with no word of living there. */
export function dropFamousAddresses(text: string, out: PiiFinding[], from: number): void {
  if (
    !/Downing|Baker|Pennsylvania|Privet|Grimmauld|Evergreen|Mockingbird|Conch|Spooner|Bleecker/iu.test(text)
  )
    return
  if (LIVES_THERE_RE.test(text)) return
  for (let i = out.length - 1; i >= from; i--) {
    const f = out[i]
    if (f?.kind === 'address' && FAMOUS_ADDRESS_RE.test(f.value.trim())) out.splice(i, 1)
  }
}
