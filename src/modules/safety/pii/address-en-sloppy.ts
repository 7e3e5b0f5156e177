import { matchesOf, type PiiFinding, push } from './types.js'

/**
 * English addresses typed loosely (round 24), for `addresses.ts`; every form needs a house, flat or plot
 * number:
 *
 * - a numbered US street after a direction, no street word: "221 w 38th #4B", "88 n 23rd, unit 9";
 * - French, Spanish, Portuguese and Italian street words in lower case ("9 rue des lilas", "14 calle de la
 *   paz") and German or Dutch street compounds ("hauptstraße 12");
 * - British street words in lower case where the clause ends: "8 orchard close,", "29 clifton gardens.";
 * - a flat, room or bedsit in a named building ("flat 9 kenton house", "room 12 wesley court") and a room
 *   code in halls ("C-14 Ashby Hall");
 * - a lot or pitch in a trailer, mobile-home, RV or caravan park;
 * - Indian house names before the road ("23, Lakshmi Nivas, MG Road");
 * - a flat, bedsit or room number right before an address found by the other forms ("bedsit 4, 29 …").
 */

const UNIT_TAIL =
  '(?:[\\s,]*(?:apt\\.?|apartment|unit|suite|ste\\.?|flat|#)\\s*#?[a-z]?-?\\d{1,4}[a-z]?(?![\\p{L}\\p{N}]))?'
// "221 w 38th #4B", "145 e 72nd apt 3"
const DIR_ORDINAL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}\\s+(?:n|s|e|w|north|south|east|west)\\.?\\s+\\d{1,3}(?:st|nd|rd|th)(?:\\s+(?:st|street|ave|avenue|pl|place)\\.?)?(?![\\p{L}\\p{N}])${UNIT_TAIL}`,
  'giu',
)

// words that never open a street's name after a house number ("the 2 rue the day songs")
const NOT_NAME = '(?:the|a|an|and|or|to|of|in|on|at|for|my|your|his|her|our|it|is|was|with|by)(?![\\p{L}])'
const ROMANCE_STREET =
  '(?:[Rr]ue|[Rr]ua|[Cc]alle|[Aa]venida|[Aa]vda\\.|[Cc]arrer|[Cc]hemin|[Vv]iale|[Ss]trada|[Aa]ll[ée]e|[Ii]mpasse|[Tt]ravessa|[Ll]argo|[Pp]iazza|[Cc]amino|[Pp]aseo|[Rr]ambla|[Vv]ia(?=\\s+(?:del|della|dei|degli|\\p{Lu})))'
const PARTICLE =
  "(?:de|des|du|d['’]|la|le|les|del|do|da|dos|das|di|della|dei|degli|san|santa|saint|st|sainte)"
// "9 rue des lilas", "14 calle de la paz", "3 Rue Victor Hugo"
const ROMANCE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,4}[a-z]?(?:\\s?(?:bis|ter))?,?\\s+${ROMANCE_STREET}\\s+(?:${PARTICLE}\\s*)*(?!${NOT_NAME})[\\p{L}'’-]{3,}(?:\\s+\\p{Lu}[\\p{L}'’-]+)?`,
  'gu',
)
// "hauptstraße 12", "Keizersgracht 41"
const COMPOUND_RE =
  /(?<![\p{L}\p{N}])\p{L}{3,}(?:straße|strasse|str\.|gasse|allee|platz|weg|straat|laan|gracht|plein|steeg)\s+\d{1,4}[a-z]?(?![\p{L}\p{N}])/giu

const UK_STREET = 'close|gardens|grove|mews|court|place|row|walk|rise|parade|square|terrace|crescent'
// "8 orchard close,", "61 kingsley gardens now": the clause ends after the street word
const UK_LOWER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,4}[a-z]?\\s+([a-z]{3,}(?:\\s+[a-z]{3,})?)\\s+(?:${UK_STREET})(?=\\s*(?:$|[,.;!?)\\n—–]|-\\s)|\\s+(?:now|if|and|but|so|where|is|was|in|near|off|by|then|lol|till|until)(?![\\p{L}]))`,
  'gu',
)
// first words of a quantity or a description, not of a street name ("2 really close", "3 different gardens")
const NOT_STREET_WORD = new Set(
  (
    'very so really too pretty quite super not as how more most less the and different other many few big small ' +
    'new old public botanical community beer secret hanging kids ok okay times time hour hours minute minutes ' +
    'min mins mile miles block blocks day days week weeks year years people friends of my our his her their ' +
    'your its just still also were are was got get being getting feel feeling months seconds sec secs'
  ).split(' '),
)

const BUILDING =
  'house|court|mansions|tower|towers|hall|halls|lodge|building|apartments|heights|point|block|residence|residences|villas'
// "flat 9 kenton house", "room 12 wesley court"
const UNIT_BUILDING_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:flat|apt|apartment|unit|room|rm|bedsit|studio|suite)\\.?\\s*(?:no\\.?\\s*)?#?[a-z]?-?\\d{1,4}[a-z]?,?\\s+((?:[\\p{L}'’-]{3,}\\s+){1,2})(?:${BUILDING})(?![\\p{L}])`,
  'giu',
)
// "C-14 Ashby Hall", "B2 Hartley House": a room code, then a capitalised building
const CODE_BUILDING_RE =
  /(?<![\p{L}\p{N}])\p{Lu}-?\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:House|Court|Hall|Lodge|Tower|Mansions|Building|Block)(?![\p{L}])/gu
const BUILDING_NOT_NAME = new Set(
  'the in of on at my our his her their a an whole big old new same main tiny this that and or'.split(' '),
)

// "lot 42 pine hollow trailer park", "Space 8, Cedar Creek RV Park"
const PARK_RE =
  /(?<![\p{L}\p{N}])(?:lot|space|site|pitch|plot|unit|trailer|pad)\s*#?\d{1,4}[a-z]?,?\s+(?:[\p{L}'’-]+\s+){1,3}(?:trailer|mobile\s+home|caravan|rv|holiday|home|camper)\s+park(?![\p{L}])/giu

// "23, Lakshmi Nivas, MG Road", "14, Sai Krupa Nivas"
const INDIAN_HOUSE_RE =
  /(?<![\p{L}\p{N}])\d{1,4}[A-Z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Nivas|Niwas|Nilayam|Nilaya|Bhavan|Bhawan|Bhuvan|Sadan|Kunj|Kutir|Vihar)(?![\p{L}])(?:,\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:Road|Rd\.?|Marg|Street|St\.?|Nagar|Colony|Layout|Lane|Cross)(?![\p{L}]))?/gu

const GATE_RE =
  /\d\s*(?:[nsew]|north|south|east|west)\.?\s+\d|rue|rua|calle|avenida|avda|carrer|chemin|viale|strada|all[ée]e|impasse|travessa|largo|piazza|camino|paseo|rambla|via\s|str(?:a(?:ß|ss)e|\.)|gasse|platz|weg\s|straat|laan|gracht|plein|steeg|close|gardens|grove|mews|court|place|row|walk|rise|parade|square|terrace|crescent|house|mansions|tower|hall|lodge|building|apartments|heights|point|block|residence|villas|\bpark\b|ni[vw]as|nilay|bha[vw]an|bhuvan|sadan|kunj|kutir|vihar/iu

export function findSloppyEnglishAddresses(text: string, out: PiiFinding[]): void {
  if (!GATE_RE.test(text)) return
  for (const re of [DIR_ORDINAL_RE, ROMANCE_RE, COMPOUND_RE, PARK_RE, INDIAN_HOUSE_RE, CODE_BUILDING_RE])
    for (const m of matchesOf(re, text)) push(out, 'address', m.index, m.index + m[0].length, text)
  for (const m of matchesOf(UK_LOWER_RE, text)) {
    if ((m[1] ?? '').split(/\s+/u).some((w) => NOT_STREET_WORD.has(w))) continue
    push(out, 'address', m.index, m.index + m[0].length, text)
  }
  for (const m of matchesOf(UNIT_BUILDING_RE, text)) {
    if (
      (m[1] ?? '')
        .trim()
        .split(/\s+/u)
        .some((w) => BUILDING_NOT_NAME.has(w.toLowerCase()))
    )
      continue
    push(out, 'address', m.index, m.index + m[0].length, text)
  }
}

// "bedsit 4, ", "flat 2 ", "room 12, ": a unit of the address that follows
const UNIT_BEFORE_RE =
  /(?<![\p{L}\p{N}])(?:flat|apt|apartment|unit|suite|bedsit|studio|room|rm)\.?\s*(?:no\.?\s*)?#?[a-z]?-?\d{1,4}[a-z]?,?\s+$/iu

/** Widens each address found from `from` on over a flat, bedsit or room number written right before it. */
export function widenUnitsBefore(text: string, out: PiiFinding[], from: number): void {
  const n = out.length
  for (let i = from; i < n; i++) {
    const f = out[i] as PiiFinding
    if (f.kind !== 'address' || !/^\d/u.test(f.value)) continue
    const before = text.slice(Math.max(0, f.start - 24), f.start)
    const m = before.match(UNIT_BEFORE_RE)
    if (m) push(out, 'address', f.start - m[0].length, f.end, text)
  }
}
