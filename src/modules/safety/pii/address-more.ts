import { matchesOf, type PiiFinding, push, W } from './types.js'

/**
 * Address forms `addresses.ts` does not read (round 7), each behind a cheap test of the text:
 *
 * - a Russian house number in words before the street («дом девятнадцать по улице гоголя», «дом номер сорок
 *   на Садовой»), and a village with a two-word name after «д.» («д. Верхние Луки, дом 3»);
 * - North American rural addresses: rural routes, highway contracts and post-office boxes in any case («RR 2
 *   Box 45», "po box 311", "Rural Route 3, Site 2, Box 7", "HC 70 Box 12"), and a house on a numbered route
 *   ("2210 Route 11");
 * - an English house number in words, lower case, before a street ("two twenty one maple road", "six oh four
 *   cedar street"): two number words at least, so "one more road trip" stays;
 * - Indian addresses: a house on a Nagar/Colony/Layout…, a flat in a named block of apartments;
 * - Turkish «Sokak/Cadde … No: 12 Daire 3», Philippine "Blk 5 Lot 12", Japanese "3-14-2 Shibuya", Uzbek
 *   "12-uy, 34-xonadon".
 *
 * The city, state and postcode after them are taken by `address-parts.ts`.
 */

const RU_NUM =
  'один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|тринадцать|' +
  'четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать|двадцать|тридцать|сорок|пятьдесят|' +
  'шестьдесят|семьдесят|восемьдесят|девяносто|сто|двести|триста|четыреста|пятьсот'
const RU_SPELLED = `(?:${RU_NUM})(?:\\s+(?:${RU_NUM})){0,2}(?![\\p{L}])`
const RU_STREET_WORD =
  '(?:улиц\\p{L}{1,2}|ул\\.?|проспект\\p{L}{0,2}|пр-т|переулк\\p{L}{0,2}|переул\\p{L}{2,3}|бульвар\\p{L}{0,2}|шоссе|набережной)'
const RU_ADJ_STREET = '[А-ЯЁ][\\p{L}\\-]+(?:ой|ей|ая|ова|ева|ина|ына|ского|цкого)'
const RU_PATTERNS: [RegExp, RegExp][] = [
  // «дом девятнадцать по улице гоголя», «дом номер сорок на Садовой»
  [
    /(?:^|[^\p{L}])[Дд]ом\s+(?:номер\s+)?(?:один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|\p{L}+надцать|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|сто|двести|триста)/u,
    new RegExp(
      `(?<![${W}])[Дд]ом\\s+(?:номер\\s+)?${RU_SPELLED}\\s+(?:по|на)\\s+(?:${RU_STREET_WORD}\\s*\\p{L}[\\p{L}\\-]+|${RU_ADJ_STREET}(?![\\p{L}]))`,
      'gu',
    ),
  ],
  // «дом на Садовой, номер 17», «дом по Лесной, № 4»: the house named before the street, its number after
  [
    /[Дд]ом\s+(?:на|по)\s+\p{L}[^\n]{0,40}(?:номер|№)\s*\d/u,
    new RegExp(
      `(?<![${W}])[Дд]ом\\s+(?:на|по)\\s+(?:${RU_STREET_WORD}\\s*[А-ЯЁ][\\p{L}\\-]+|${RU_ADJ_STREET}(?:\\s+${RU_STREET_WORD})?),?\\s+(?:номер|№)\\s*\\d{1,4}[а-я]?(?![\\p{L}\\d])`,
      'gu',
    ),
  ],
  // «д. Верхние Луки, дом 3», «дер. Малые Вишеры, д. 12»
  [
    /(?:^|[^\p{L}])(?:д|дер)\.\s*[А-ЯЁ]\p{L}+\s+[А-ЯЁ]/u,
    new RegExp(
      `(?<![${W}])(?:д|дер)\\.\\s*[А-ЯЁ][\\p{L}\\-]+\\s+[А-ЯЁ][\\p{L}\\-]+,?\\s+(?:д\\.|дом)\\s*\\d{1,4}[а-я]?(?![\\p{L}\\d])`,
      'gu',
    ),
  ],
  // «кв 44, дом 3»: the flat named before the house
  [
    /кв|квартир/iu,
    new RegExp(
      `(?<![${W}])(?:[Кк]в\\.?|[Кк]вартир[аеу])\\s*(?:№\\s*)?\\d{1,4}[а-я]?,?\\s+(?:д\\.|дом)\\s*(?:№\\s*)?\\d{1,4}[а-я]?(?:\\/\\d{1,3})?(?![\\p{L}\\d])`,
      'gu',
    ),
  ],
  // «Тверская 12 стр 3 кв 40»: a street with no street word, its house, a building and the flat (a house of
  // four digits is a year: «Москва 2024, кв. 3» is a quarter)
  [
    /кв|квартир/iu,
    new RegExp(
      `(?<![${W}])[А-ЯЁ][\\p{L}\\-]+\\s+\\d{1,3}[а-я]?(?:,?\\s+(?:стр|корп|к)\\.?\\s*\\d{1,2})?,?\\s+(?:кв\\.?|квартира)\\s*\\d{1,4}(?![\\p{L}\\d])`,
      'gu',
    ),
  ],
]

const EN_NUM =
  'oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred'
const EN_STREET_WORD =
  'street|st|avenue|ave|road|rd|lane|ln|drive|dr|way|close|court|ct|crescent|terrace|boulevard|blvd|place|circle'
const CITY_STATE_ZIP =
  '(?:,?\\s+[A-Za-z][a-zA-Z]+(?:\\s[A-Za-z][a-zA-Z]+)?,?\\s+[A-Za-z]{2}\\s+\\d{5}(?:-\\d{4})?)?'
const EN_PATTERNS: [RegExp, RegExp][] = [
  // rural routes, highway contracts, post-office boxes: "RR 2 Box 45", "po box 311", "HC 70 Box 12"
  [
    /\b(?:RR|R\.R\.|HC|Rural\s+Route|Star\s+Route|p\.?\s?o\.?\s?box|post\s+office\s+box)\s*\d/iu,
    new RegExp(
      `(?<![${W}])(?:(?:RR|R\\.R\\.|HC|[Rr]ural\\s+[Rr]oute|[Ss]tar\\s+[Rr]oute)\\s*\\d{1,3}(?:,?\\s*(?:[Ss]ite|[Cc]omp)\\s*\\d{1,4})?,?\\s*(?:[Bb]ox\\s*\\d{1,5})?|(?:[Pp]\\.?\\s?[Oo]\\.?\\s?[Bb][Oo][Xx]|[Pp]ost\\s+[Oo]ffice\\s+[Bb]ox)\\s*#?\\d{1,6})(?![${W}])${CITY_STATE_ZIP}`,
      'gu',
    ),
  ],
  // a house on a numbered route: "2210 Route 11", "16 State Route 9", "4410 Hwy 61"
  [
    /\d\s+(?:(?:State|County|US)\s+)?(?:Route|Rte|Highway|Hwy)\.?\s*\d/u,
    new RegExp(
      `(?<![${W}])\\d{1,6}\\s+(?:(?:State|County|US)\\s+)?(?:Route|Rte|Highway|Hwy)\\.?\\s*\\d{1,4}[A-Z]?(?![${W}])${CITY_STATE_ZIP}`,
      'gu',
    ),
  ],
  // a house number in words before a lower-case street: "two twenty one maple road", "six oh four cedar street"
  [
    new RegExp(
      `(?:${EN_NUM})[\\s-]+(?:${EN_NUM})\\s+[a-z]{3,}\\s+(?:[a-z]{3,}\\s+)?(?:${EN_STREET_WORD})(?![a-z])`,
      'iu',
    ),
    new RegExp(
      `(?<![${W}])(?:${EN_NUM})(?:[\\s-]+(?:${EN_NUM})){1,3}\\s+(?!(?:more|people|times|years|days|weeks|months|hours|minutes|miles|kids|guys|of|or|and)\\s)[a-z]{3,}(?:\\s+[a-z]{3,})?\\s+(?:${EN_STREET_WORD})(?![${W}])`,
      'giu',
    ),
  ],
  // Turkey: "5. Sokak No: 12 Daire 3", "Atatürk Caddesi No 41/2"
  [
    /Sok|Cad|Bulvar|Mah/u,
    new RegExp(
      `(?<![${W}])(?:(?:[A-ZÇĞİÖŞÜ][\\p{L}]+\\s+)?(?:Mahallesi|Mah\\.)[\\s,]+)?(?:\\d{1,4}\\.?\\s*|[A-ZÇĞİÖŞÜ][\\p{L}]+\\s+)?(?:Sokak|Sokağı|Sok\\.|Cadde|Caddesi|Cad\\.|Bulvarı|Blv\\.)[\\s,]*(?:No|Nu)\\s*[:.]?\\s*\\d{1,4}(?:\\/\\d{1,3})?(?:[\\s,]*(?:Daire|D\\.|Kat|K\\.)\\s*:?\\s*\\d{1,3})*`,
      'gu',
    ),
  ],
  // the Philippines: "Blk 5 Lot 12", "Block 3 Lot 7, Phase 2"
  [
    /\b(?:Blk|Block)\.?\s*\d{1,3}\s*,?\s*Lot\s*\d/iu,
    new RegExp(
      `(?<![${W}])(?:Blk|Block)\\.?\\s*\\d{1,3}[A-Z]?\\s*,?\\s*Lot\\s*\\d{1,3}[A-Z]?(?:,?\\s*Phase\\s*\\d{1,2})?(?:,\\s*(?:Barangay|Brgy\\.?)\\s+[A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?)?`,
      'giu',
    ),
  ],
  // Japan: "3-14-2 Shibuya", "1-2-3 Minami-Aoyama": block, lot and house before the district
  [
    /\d-\d{1,2}-\d{1,3}\s+[A-Z]/u,
    new RegExp(`(?<![${W}\\-])\\d{1,2}-\\d{1,2}-\\d{1,3}\\s+[A-Z][a-z]+(?:-[A-Za-z]+)?(?![${W}])`, 'gu'),
  ],
  // Uzbekistan: "9-kvartal, 12-uy, 34-xonadon", «12-уй, 34-хонадон»
  [
    /\d-(?:uy|xonadon|kvartal|уй|хонадон)/iu,
    new RegExp(
      `(?<![${W}])(?:\\d{1,2}-(?:kvartal|квартал)[\\s,]+)?\\d{1,3}-(?:uy|уй)(?:[\\s,]+\\d{1,3}-(?:xonadon|хонадон))?(?![${W}])`,
      'giu',
    ),
  ],
  // India: "H.No. 12-2-45", "Door No 4/12", "Plot No. 7"; "Sector 62, Noida 201301" (a sector before a city
  // and its PIN code); the locality, city and PIN after them are taken by address-parts.ts
  [
    /(?:H\.?\s?No|House\s+No|Door\s+No|Plot\s+No|Sector\s+\d)/iu,
    new RegExp(
      `(?<![${W}])(?:(?:H\\.?\\s?No\\.?|House\\s+No\\.?|Door\\s+No\\.?|Plot\\s+No\\.?)\\s*:?\\s*\\d{1,4}(?:[-/]\\d{1,4}){0,3}[A-Z]?|(?:Sector|Phase)\\s+\\d{1,3}[A-Z]?,\\s*[A-Z][a-z]+\\s+\\d{6})(?![${W}])`,
      'giu',
    ),
  ],
  // India: "12 Shastri Nagar", "4 Civil Lines", "flat no 12, green park apartments"
  [
    /Nagar|Colony|Layout|Enclave|Vihar|Puram|Marg|apartments|residency|society/iu,
    new RegExp(
      `(?<![${W}])(?:(?:[Ff]lat|[Hh]ouse|[Hh]\\.)\\s*(?:[Nn]o\\.?|[Nn]umber|#)?\\s*\\d{1,4}[A-Za-z]?,\\s*(?:[\\p{L}]+\\s+){1,3}(?:[Aa]partments|[Aa]pts|[Rr]esidency|[Ss]ociety|[Tt]owers|[Hh]eights|[Ee]nclave|[Cc]omplex)|\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][\\p{L}]+\\s+){1,2}(?:Nagar|Colony|Layout|Enclave|Vihar|Puram|Marg))(?![${W}])`,
      'gu',
    ),
  ],
]

// The patterns that need a digit, and the two with a house number in words (RU first, EN last).
const [RU_SPELLED_PATTERN, ...RU_DIGIT_PATTERNS] = RU_PATTERNS
const EN_SPELLED_PATTERN = EN_PATTERNS[2]
const EN_DIGIT_PATTERNS = EN_PATTERNS.filter((p) => p !== EN_SPELLED_PATTERN)
const RU_SPELLED_CHEAP_RE = /[Дд]ом\s/u
const EN_SPELLED_CHEAP_RE = /(?:one|two|three|four|five|six|seven|eight|nine|ty|teen|oh)\s/iu

// Post-office boxes in other languages: «а/я 45», «абонентский ящик 12», «п/с 7», "Postfach 1234", "skrytka
// pocztowa 15", "Posta Kutusu 88", "PK 12" (Turkish); the postcode and town after them by address-parts.ts
const PO_BOX_RE = new RegExp(
  `(?<![${W}/])(?:а/я|п/я|абонентск\\p{L}{2,3}\\s+ящик\\p{L}{0,2}|поштов\\p{L}{2,3}\\s+скриньк\\p{L}{1,2}|Postfach|[Ss]krytka\\s+pocztowa|[Ss]kr\\.\\s*poczt\\.|[Pp]osta\\s+[Kk]utusu|P\\.?K\\.)\\s*(?:№|#|nr\\.?|No\\.?)?\\s*\\d{1,6}(?![${W}])`,
  'gu',
)
const PO_BOX_CHEAP_RE = /а\/я|п\/я|ящик|скриньк|Postfach|pocztowa|poczt\.|Kutusu|P\.?K\./iu

// «Улица Зелёная, двадцать три, квартира семь»: a street, its house and its flat all in words
const RU_SPELLED_STREET_FLAT_RE = new RegExp(
  `(?<![${W}])${RU_STREET_WORD}\\s+[А-ЯЁ][\\p{L}\\-]+,?\\s+${RU_SPELLED},?\\s+(?:квартир\\p{L}{1,2}|кв\\.?)\\s*${RU_SPELLED}`,
  'giu',
)

// Turkish streets, in Latin letters or as Russian speakers write them: "1453 sokak No:12", «1453 сокак №12»,
// "Atatürk Caddesi 45", «Ататюрк джаддеси 45»; the flat after them («дайре 4») by address-parts.ts
const TR_STREET_RE = new RegExp(
  `(?<![${W}])(?:\\d{1,5}\\.?\\s*|[A-ZÀ-ÝА-ЯЁ][\\p{L}\\-]+\\s+)(?:sokak|sokağı|sok\\.|cadde(?:si)?|cad\\.|bulvarı|сокак\\p{L}{0,2}|сокагы|джадде\\p{L}{0,2}|бульвары)\\s*(?:№|No\\.?:?|N:)?\\s*\\d{1,4}[A-Za-zА-Яа-я]?(?![${W}])`,
  'giu',
)
const TR_STREET_CHEAP_RE = /sokak|sokağı|sok\.|cadde|cad\.|bulvarı|сокак|сокагы|джадде|бульвары/iu

export function findMoreAddresses(text: string, digits: boolean, out: PiiFinding[]): void {
  const ru = /[а-яё]/iu.test(text)
  if (digits && TR_STREET_CHEAP_RE.test(text))
    for (const m of text.matchAll(TR_STREET_RE)) push(out, 'address', m.index, m.index + m[0].length, text)
  if (digits && PO_BOX_CHEAP_RE.test(text))
    for (const m of text.matchAll(PO_BOX_RE)) push(out, 'address', m.index, m.index + m[0].length, text)
  if (ru && /квартир|кв\./iu.test(text))
    for (const m of text.matchAll(RU_SPELLED_STREET_FLAT_RE))
      push(out, 'address', m.index, m.index + m[0].length, text)
  const patterns: [RegExp, RegExp][] = []
  if (digits) patterns.push(...EN_DIGIT_PATTERNS, ...(ru ? RU_DIGIT_PATTERNS : []))
  if (ru && RU_SPELLED_PATTERN && RU_SPELLED_CHEAP_RE.test(text)) patterns.push(RU_SPELLED_PATTERN)
  if (EN_SPELLED_PATTERN && EN_SPELLED_CHEAP_RE.test(text)) patterns.push(EN_SPELLED_PATTERN)
  for (const [gate, re] of patterns) {
    if (!gate.test(text)) continue
    for (const m of matchesOf(re, text))
      push(out, 'address', m.index, m.index + m[0].replace(/[\s,]+$/u, '').length, text)
  }
}
