import { matchesOf, type PiiFinding, push, W } from './types.js'

/**
 * A crossing and the house on it: "the corner of maple and 5th, … number 14", "Cnr Smith St and Gertrude St,
 * Fitzroy — …, No. 3", «угол Садовой и Гороховой, зелёный дом, номер 14». A crossing alone is a place to
 * meet ("meet me at the corner of Main and 5th"): it is an address only when a house number follows in the
 * same text (within a few sentences), and then both the crossing and the number are masked.
 */

const EN_STREET_WORD =
  '(?:[Ss]treet|[Ss]t|[Aa]venue|[Aa]ve|[Bb]oulevard|[Bb]lvd|[Rr]oad|[Rr]d|[Dd]rive|[Dd]r|[Ll]ane|[Ll]n|[Pp]lace|[Ww]ay)'
// a street's name: capitalised, an ordinal ("5th"), or one lower-case word that is no function word
const EN_NAME = `(?:[A-Z][\\p{L}'’-]+|\\d{1,3}(?:st|nd|rd|th)|(?!(?:the|a|my|our|your|his|her|their|this|that|it|there|here|main)(?![\\p{L}]))[a-z]{3,})(?:\\s+${EN_STREET_WORD}\\.?)?`
const EN_CORNER_RE = new RegExp(
  `(?<![${W}])(?:[Cc]orner\\s+of|[Cc]nr\\.?)\\s+${EN_NAME}\\s+(?:and|&)\\s+${EN_NAME}(?![${W}])`,
  'gu',
)
const RU_NAME = '[А-ЯЁ][\\p{L}-]+'
const RU_CORNER_RE = new RegExp(
  `(?<![${W}])[Уу]г(?:ол|лу)\\s+(?:улиц\\p{L}{1,2}\\s+)?${RU_NAME}\\s+и\\s+${RU_NAME}(?![${W}])`,
  'gu',
)
// the house after the crossing: "number 14", "No. 3", «номер 14», «дом 7»; not a table, seat or bus number
const EN_HOUSE_RE =
  /(?<![\p{L}\p{N}])(?<!(?:table|seat|room|gate|platform|bus|route|line|stop)\s+)(?:[Nn]umber|No\.)\s*\d{1,4}[A-Za-z]?(?![\p{L}\p{N}])(?!\s+(?:bus|train|tram|route|line|stop|platform|min|minutes|hours|times|people)(?![\p{L}]))/gu
const RU_HOUSE_RE = /(?<![\p{L}\p{N}])(?:[Нн]омер|[Дд]ом|д\.)\s*(?:№\s*)?\d{1,4}[а-я]?(?![\p{L}\p{N}])/gu
const CHEAP_RE = /orner\s+of|[Cc]nr|[Уу]г(?:ол|лу)\s/u

function findCorner(text: string, corner: RegExp, house: RegExp, out: PiiFinding[]): void {
  for (const c of matchesOf(corner, text)) {
    const end = c.index + c[0].length
    // the house within the next 120 characters
    const h = matchesOf(house, text.slice(end, end + 120))[0]
    if (!h) continue
    push(out, 'address', c.index, end, text)
    push(out, 'address', end + h.index, end + h.index + h[0].length, text)
  }
}

export function findCorners(text: string, out: PiiFinding[]): void {
  if (!CHEAP_RE.test(text)) return
  findCorner(text, EN_CORNER_RE, EN_HOUSE_RE, out)
  findCorner(text, RU_CORNER_RE, RU_HOUSE_RE, out)
}
