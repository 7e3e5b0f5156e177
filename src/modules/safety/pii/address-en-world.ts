import { matchesOf, type PiiFinding, push } from './types.js'

/**
 * English-written address forms of India, Canada and the US that the other address detectors do not read
 * (round 25), each needing a house, door or flat number:
 *
 * - an Indian door number before an ordinal main or cross road ("No. 41, 3rd Cross Road", "#58, 11th
 *   Cross", "door no 7, 2nd Main") or before a named road, nagar or layout;
 * - an Indian house (and floor) before a nagar, colony or layout ("56/B, 2nd Floor, Lajpat Nagar IV");
 * - an Indian flat code or number before a named housing society or block of flats ("B-1203, Green Meadows
 *   Apartments", "402, Sai Darshan CHS", "C-17, Shanti Residency");
 * - a Prairie street grid with its quadrant ("11520 97 st nw", "8807 52 St SE", "1024 104 ave nw");
 * - a house on a street of any name when a city, a US state and a ZIP follow ("3100 Grand Concourse, Bronx, NY
 *   10458", "Apt 12C 2201 Ocean Parkway Brooklyn NY 11223");
 * - a Canadian rural route or suburban service with its site and compartment ("RR#1 Site 14 Comp 9", "S.S. 2
 *   Site 6 Box 11").
 *
 * The PIN code, city and postcode after them are taken by `address-parts.ts`.
 */

const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)'
const ROAD_WORD = '(?:[Rr]oad|[Rr]d\\.?|[Ss]treet|[Ss]t\\.?|[Mm]arg|[Ll]ane)'
// "No. 41", "#58", "Door No 7", "H.No. 12": the door number
const DOOR =
  '(?:(?:[Dd]oor\\s+)?[Nn]o\\.?|#|[Hh]\\.?\\s?[Nn]o\\.?)\\s*\\d{1,4}[A-Za-z]?(?:\\s?[/-]\\s?\\d{1,4})?'
// "No. 41, 3rd Cross Road", "#58, 11th Cross", "no 7, 2nd main road", "No. 9, Temple Street"
const INDIAN_DOOR_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])${DOOR},?\\s+(?:${ORDINAL}\\s+(?:[A-Z][a-z]+\\s+)?(?:[Mm]ain|[Cc]ross|[Bb]lock|[Ss]tage|[Pp]hase|[Ss]ector)(?:\\s+${ROAD_WORD})?|(?:[A-Z][\\p{L}'’-]+\\s+){1,2}(?:Road|Rd\\.?|Street|St\\.?|Marg|Nagar|Colony|Layout|Lane|Salai|Peth))(?![\\p{L}])`,
  'gu',
)

// "56/B, 2nd Floor, Lajpat Nagar IV", "12, Shastri Colony": a house (and floor) before a nagar, colony or layout
const INDIAN_AREA_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/-])\\d{1,4}(?:\\s?\\/\\s?[A-Z0-9]{1,3}|-?[A-Z])?,\\s+(?:(?:${ORDINAL}|[Gg]round|[Tt]op)\\s+[Ff]loor,\\s+)?(?:[A-Z][\\p{L}'’-]+\\s+){1,2}(?:Nagar|Colony|Layout|Enclave|Vihar|Extension|Puram|Bagh|Gunj|Ganj)(?:\\s+(?:[IVX]{1,4}|Phase\\s+\\d{1,2}))?(?![\\p{L}])`,
  'gu',
)

const SOCIETY =
  'Apartments|Apts\\.?|Residency|Residences|Enclave|Heights|Towers|Complex|Society|CHS|Chs|Arcade|Mansion|Villas|Niwas|Nivas|Sadan|Bhavan|Bhawan|Kunj|Vihar|Homes|Greens'
// "B-1203, Green Meadows Apartments", "402, Sai Darshan CHS", "C-17 Shanti Residency"
// (not a rank, a seat or a gate: "Top 10, Sunset Heights", "gate B-12, Terminal Heights")
const NOT_PLACE_BEFORE =
  '(?<!(?:[Tt]op|[Gg]ate|[Pp]latform|[Ss]eat|[Rr]ow|[Pp]age|[Cc]hapter|[Ll]evel|[Ee]pisode|[Ss]eason|[Ff]light|[Oo]rder|[Nn]o\\.?|#)\\s*)'
const FLAT_SOCIETY_RE = new RegExp(
  `${NOT_PLACE_BEFORE}(?<![\\p{L}\\p{N}-])(?:[Ff]lat\\s+(?:[Nn]o\\.?\\s*)?)?(?:[A-Z]-?\\d{1,4}[A-Z]?,?|\\d{2,4}[A-Z]?,)\\s+(?:[A-Z][\\p{L}'’-]+\\s+){1,3}(?:${SOCIETY})(?![\\p{L}])`,
  'gu',
)

// "11520 97 st nw", "8807 52 St SE", "1024 104 ave nw": a Prairie grid address, the quadrant after it
const GRID_RE =
  /(?<![\p{L}\p{N}])\d{2,6}[A-Za-z]?\s+\d{1,3}(?:st|nd|rd|th)?\s+(?:st|street|ave|avenue|av|rd|road|dr|drive|blvd|cres|crescent|way|trail)\.?\s+(?:nw|ne|sw|se)(?![\p{L}\p{N}])/giu

const US_STATE =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC'
const CAP_WORD = "[A-Z][a-zA-Z'’-]+"
// "3100 Grand Concourse, Bronx, NY 10458", "2201 Ocean Parkway Brooklyn NY 11223": a house, one to three
// capitalised words, a city, a state and a ZIP (the street word may be one no list holds)
// (an order, a flight, a ticket or a model year is no house: "Order 12345 Shipped From Memphis TN 38118")
const NOT_HOUSE_BEFORE =
  '(?<!(?:[Oo]rder|[Ff]light|[Tt]icket|[Tt]racking|[Ii]nvoice|[Mm]odel|[Rr]oom|[Gg]ate|[Pp]age|[Cc]ase|[Bb]atch|[Ll]ot|#|[Nn]o\\.?)\\s*)'
const STATE_ZIP_RE = new RegExp(
  `${NOT_HOUSE_BEFORE}(?<![\\p{L}\\p{N}])(?:(?:[Aa]pt|[Aa]partment|[Uu]nit|[Ss]uite|[Ff]lat)\\.?\\s*#?\\s*[A-Za-z0-9]{1,4}(?:-[A-Za-z0-9]{1,3})?,?\\s+)?(?!(?:19|20)\\d\\d\\s)\\d{1,6}[A-Z]?\\s+(?:${CAP_WORD}\\s+){0,2}${CAP_WORD},?\\s+(?:${CAP_WORD}\\s+){0,2}${CAP_WORD},?\\s+(?:${US_STATE})\\s+\\d{5}(?:-\\d{4})?(?![\\p{L}\\p{N}])`,
  'gu',
)

// "RR#1 Site 14 Comp 9", "R.R. 3, Site 9, Comp 22", "S.S. 2 Site 6 Box 11": a route, then site and box
const RURAL_RE =
  /(?<![\p{L}\p{N}])(?:RR|R\.R\.|S\.S\.|SS|[Rr]ural\s+[Rr]oute)\s*#?\s*\d{1,3}(?:,?\s*(?:[Ss]ite|[Cc]omp|[Bb]ox|[Ll]ot)\s*#?\s*\d{1,5}){1,3}(?![\p{L}\p{N}])/gu
// (the route alone with "#": "RR#4 Box 118" is read above, "RR 4" alone by `address-more.ts`)

const GATE_RE =
  /[Nn]o\.?\s*\d|#\s*\d|\d[A-Z]?,?\s+[A-Z]|\d\s?[/-]\s?[A-Z0-9]{1,3},\s|\d\s+\d{1,3}(?:st|nd|rd|th)?\s+\p{L}+\.?\s+[nNsS][eEwW](?![\p{L}])|\s[A-Z]{2}\s+\d{5}|(?:RR|R\.R\.|S\.S\.|SS|[Rr]oute)\s*#?\s*\d/u

/** Pushes the forms above into `out` as addresses. */
export function findWorldAddressForms(text: string, out: PiiFinding[]): void {
  if (!/\d/.test(text) || !GATE_RE.test(text)) return
  for (const re of [INDIAN_DOOR_RE, INDIAN_AREA_RE, FLAT_SOCIETY_RE, GRID_RE, STATE_ZIP_RE, RURAL_RE])
    for (const m of matchesOf(re, text)) push(out, 'address', m.index, m.index + m[0].length, text)
}
