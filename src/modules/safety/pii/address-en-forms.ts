import { matchesOf, type PiiFinding, push, W } from './types.js'

/**
 * English address forms the street patterns of `addresses.ts` miss (round 22), each behind a cheap gate:
 *
 * - rural and numbered roads in any case: "3340 rural route 5", "hc 62 box 18", "RD 3", "county rd 44
 *   number 2810", "star route 2 box 9";
 * - "the" streets: "5 the crescent wexford", "12 The Green, Ashby";
 * - a house group in lower case before its locality: "4 ivy cottages, mill hill", "9 rose terrace, kelso";
 * - a house number in words after "number": "number seven, Ashgrove Lane";
 * - a named street after living there, then a bare house number given apart: "he lives on Birch Avenue.
 *   914.";
 * - South Asian chains of parts: "flat no 302 sai krupa apartments 14th cross malleshwaram bangalore
 *   560003", "house no 23 sector 15 part 2 gurgaon 122001", "plot no 56 lane 3 jubilee hills";
 * - Singapore blocks with the floor and unit: "blk 412 ang mo kio ave 10 #08-1123".
 */

const ROUTE_WORD =
  '(?:rural\\s+route|rural\\s+delivery|star\\s+route|highway\\s+contract|county\\s+(?:road|rd|route)|township\\s+(?:road|rd)|farm\\s+to\\s+market\\s+(?:road|rd)|RR|R\\.R\\.|HC|H\\.C\\.|RD|R\\.D\\.|CR|rr|hc)'
const BOX = '(?:,?\\s*(?:box|bx|number|no\\.?|#)\\s*\\d{1,6}[a-z]?)'
// "3340 rural route 5", "hc 62 box 18 rural route", "county rd 44 number 2810", "RD 3"
const ROUTE_RE = new RegExp(
  `(?<![${W}])(?:(\\d{1,6}[a-z]?)\\s+)?(${ROUTE_WORD})\\.?\\s*(\\d{1,4}[a-z]?)(?![${W}])(${BOX}?)(?:,?\\s+(?:rural\\s+route|rr))?`,
  'giu',
)
const ROUTE_GATE_RE =
  /rural|star\s+route|highway\s+contract|county\s+r|township|farm\s+to|\b(?:rr|hc|rd|cr|r\.r|h\.c|r\.d)\.?\s*\d/iu

function findRoutes(text: string, out: PiiFinding[]): void {
  for (const m of matchesOf(ROUTE_RE, text)) {
    const [all, house, word = '', , box] = m
    const spelled = /\s/u.test(word)
    // an abbreviation alone ("rd 5", "cr 7") only in capitals, or with a house number or a box beside it
    const upper = /^[A-Z.]+$/u.test(word)
    if (!spelled && !upper && !house && !box) continue
    // "CR 7" is also a footballer; a capital abbreviation alone needs a house number, a box or a comma after
    if (!spelled && !house && !box && !/^\s*,/u.test(text.slice(m.index + all.length))) continue
    push(out, 'address', m.index, m.index + all.length, text)
  }
}

const THE_STREET =
  'crescent|green|parade|mall|square|close|grove|terrace|drive|walk|row|mews|paddock|strand|avenue|boulevard|circus|glebe|laurels|limes|pines|willows|meadows|orchard|spinney|maltings|courtyard|quay|wharf|esplanade|promenade|causeway|chase|rise|croft|fairway|ridgeway|broadway|crossways|precinct|oval|retreat|sidings|coppice|dell|heights'
// "at 5 the crescent wexford", "it's 12 The Green, Ashby"
const THE_STREET_RE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:at|on|is|was|to|from|address|live|lives|lived|living|moved|sent|send|mail|post|ship|bungalow|cottage|house|home|flat|place|farm|caravan|apartment|condo)\\s*[:,—–-]?\\s+(\\d{1,4}[a-zA-Z]?,?\\s+[Tt]he\\s+(?:${THE_STREET})(?![\\p{L}])(?:,?\\s+(?:co\\.?\\s+)?[\\p{L}'’-]{3,})?)(?=\\s*(?:$|[,.;:!?)\\n—–-])|\\s+(?:and|but|so|if|is|was|now|where|near|with|by|in|on|after|before|for|since|last|this|when|because|till|until|then|which|who|that|to|from|at|lol)(?![\\p{L}]))`,
  'giu',
)
const HOUSE_GROUP =
  'cottages|terrace|mews|row|villas|gardens|buildings|houses|mansions|court|crescent|grove|close|place|lane|street|road|avenue|drive|way'
// what follows an address as a remark, not a locality: "…, blue door", "…, top flat", "…, next to the shop"
const NOT_LOCALITY =
  '(?:blue|red|green|white|black|yellow|brown|grey|gray|pink|purple|orange|big|small|tall|top|bottom|first|second|third|last|next|back|front|corner|door|gate|flat|house|bell|buzzer|opposite|near|behind|across|past|by|the|a|my|its|it|we|i|he|she|they|just|only|ring|knock|come|but|and|so|where|which|that)'
// "4 ivy cottages, mill hill": number, one or two lower-case words, a house group, a comma and the locality
const LOWER_GROUP_RE = new RegExp(
  `(?<![${W}])\\d{1,4}[a-z]?\\s+[a-z]{3,}(?:\\s+[a-z]{3,})?\\s+(?:${HOUSE_GROUP}),\\s+(?!${NOT_LOCALITY}(?![\\p{L}]))[a-z]{3,}(?:\\s+(?!(?:as|and|is|was|but|so|if|in|on|at|to|for|the|my|i|we|he|she|they)(?![\\p{L}]))[a-z]{3,})?(?![\\p{L}])`,
  'gu',
)
const HOUSE_GROUP_GATE_RE = new RegExp(`\\s(?:${HOUSE_GROUP}),`, 'u')
const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const CAP_STREET =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Crescent|Grove|Terrace|Court|Place|Gardens|Row|Mews|Walk|Hill|Rise|View|Square|Parade|Boulevard|Blvd'
// "number seven, Ashgrove Lane", "no. twelve Mill Road"
const NUMBER_WORD_STREET_RE = new RegExp(
  `(?<![${W}])(?:number|no\\.?|house)\\s+(?:${NUMBER_WORD})(?:[\\s-]+(?:${NUMBER_WORD}))?,?\\s+(?:[A-Z][\\p{L}'’-]+\\s+){1,2}(?:${CAP_STREET})(?![\\p{L}])`,
  'giu',
)
// "he lives on Birch Avenue. 914.": a named street after living there, then its number alone (the street
// alone is no address: "we live on Elm Street, yes like the movie")
const LIVES_ON_RE = new RegExp(
  `(?<![\\p{L}])(?:live|lives|lived|living|stay|stays|staying|moved|grew\\s+up|house\\s+is)\\s+(?:on|at|in|to|down)\\s+((?:[A-Z][\\p{L}'’-]+\\s+){1,2}(?:${CAP_STREET})(?![\\p{L}])[.,]\\s+\\d{1,5}[A-Za-z]?(?=\\s*(?:[.,!?;]|$)))`,
  'gu',
)

function findEnglishStreetForms(text: string, out: PiiFinding[]): void {
  if (/\d\s*,?\s+the\s/iu.test(text))
    for (const m of matchesOf(THE_STREET_RE, text)) {
      const value = (m[1] ?? '').replace(/[\s,]+$/u, '')
      const start = m.index + m[0].length - (m[1] ?? '').length
      push(out, 'address', start, start + value.length, text)
    }
  if (/\d/.test(text) && HOUSE_GROUP_GATE_RE.test(text))
    for (const m of matchesOf(LOWER_GROUP_RE, text))
      push(out, 'address', m.index, m.index + m[0].length, text)
  if (/(?:number|no\.?|house)\s+[a-z]/iu.test(text))
    for (const m of matchesOf(NUMBER_WORD_STREET_RE, text))
      push(out, 'address', m.index, m.index + m[0].length, text)
  if (/(?:live|stay|moved|grew|house)/iu.test(text))
    for (const m of matchesOf(LIVES_ON_RE, text)) {
      const start = m.index + m[0].length - (m[1] ?? '').length
      push(out, 'address', start, m.index + m[0].length, text)
    }
}

// South Asian address parts, chained: the first one opens the address, each next one follows it
const IN_OPEN_RE =
  /(?<![\p{L}\p{N}])(?:flat|house|h|plot|door|shop|bungalow|villa|room)\s*\.?\s*(?:no\.?|number|#)\s*:?\s*\d{1,4}[a-z]?(?:[-/]\d{1,4}){0,3}(?![\p{L}\p{N}])/giu
const IN_NEXT_RE = new RegExp(
  '^[\\s,]+(?:' +
    // "sai krupa apartments", "green park society", "jubilee hills", "shanti nagar"
    '(?:\\p{L}+\\s+){0,3}\\p{L}+\\s+(?:apartments|apts|apartment|residency|society|chs|towers|tower|heights|enclave|complex|nagar|colony|layout|vihar|puram|marg|hills|park|gardens|extension|extn|bagh|ganj|pet|palya|halli)' +
    // "14th cross", "2nd main", "3rd stage"
    '|\\d{1,2}(?:st|nd|rd|th)\\s+(?:cross|main|block|stage|phase|sector|floor|lane)(?:\\s+road)?' +
    // "sector 15", "part 2", "lane 3", "phase ii", "block c"
    '|(?:sector|phase|part|block|lane|gali|pocket|street|road|cross|main|stage|ward|wing|plot|survey\\s+no\\.?)\\s*(?:no\\.?\\s*)?(?:\\d{1,3}[a-z]?|[ivx]{1,4}|[a-h])' +
    // "malleshwaram bangalore 560003", "gurgaon 122001", "pin 110017"
    '|(?:\\p{L}+[\\s,]+){0,2}(?:pin(?:code)?\\s*:?\\s*)?\\d{6}' +
    ')(?![\\p{L}\\p{N}])',
  'iu',
)

function findSouthAsianChains(text: string, out: PiiFinding[]): void {
  for (const m of matchesOf(IN_OPEN_RE, text)) {
    let end = m.index + m[0].length
    let parts = 0
    for (let k = 0; k < 8; k++) {
      const next = text.slice(end).match(IN_NEXT_RE)
      if (!next) break
      end += next[0].length
      parts++
    }
    if (parts > 0) push(out, 'address', m.index, end, text)
  }
}

// "blk 412 ang mo kio ave 10 #08-1123", "Blk 5 Tampines St 21, #03-45, Singapore 520005"
const SG_BLOCK_RE = new RegExp(
  `(?<![${W}])(?:blk|block)\\s*\\d{1,4}[a-z]?\\s+(?:\\p{L}+\\s+){1,4}?(?:ave|avenue|st|street|rd|road|dr|drive|cres|crescent|central|close|way|lane|ring\\s+road|view|walk|link)(?:\\s+\\d{1,2})?(?:[\\s,]+#\\d{1,2}-\\d{1,5}[a-z]?)?(?:[\\s,]+(?:singapore\\s+)?\\d{6})?(?![${W}])` +
    // (an estate with no street word, then the floor and unit: "Blk 34 Whampoa West #12-88")
    `|(?<![${W}])(?:blk|block)\\s*\\d{1,4}[a-z]?\\s+(?:\\p{L}+\\s+){0,3}\\p{L}+,?\\s+#\\d{1,2}-\\d{1,5}[a-z]?(?:[\\s,]+(?:singapore\\s+)?\\d{6})?(?![${W}])`,
  'giu',
)

export function findEnglishAddressForms(text: string, digits: boolean, out: PiiFinding[]): void {
  if (digits && ROUTE_GATE_RE.test(text)) findRoutes(text, out)
  findEnglishStreetForms(text, out)
  if (!digits) return
  if (/(?:no\.?|number|#)\s*:?\s*\d/iu.test(text)) findSouthAsianChains(text, out)
  if (/blk|block/iu.test(text))
    for (const m of matchesOf(SG_BLOCK_RE, text)) push(out, 'address', m.index, m.index + m[0].length, text)
}
