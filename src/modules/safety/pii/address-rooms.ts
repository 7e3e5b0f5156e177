import { type PiiFinding, push } from './types.js'

/**
 * Rooms in halls of residence, dorms, hostels and wards, where a house number is no use: a chain of two or
 * more parts, each a unit and its value or a named building («зона Б, блок 1115», "Hall B, room 214",
 * "room 1107, Carver Hall", "brennan hall rm 3017", "Room 8, Ashby House, Beckett St.", "Al Barsha 1,
 * building 14, apt 906"), one of them with a number. A chain of units alone ("floor 3, room 12") needs a
 * named building in it or a word for where someone lives or stays in the text.
 */

// each word with its first letter in either case (the chain is matched case-sensitively: "in my house" is no
// "… House")
const anyFirst = (words: string) =>
  words
    .split('|')
    .map((w) => (/^\p{Ll}/u.test(w) ? `[${w[0]}${(w[0] as string).toUpperCase()}]${w.slice(1)}` : w))
    .join('|')
const UNIT = `(?:${anyFirst(
  'room|rm\\.?|flat|apt\\.?|apartment|unit|suite|block|blk\\.?|building|bldg\\.?|tower|wing|floor|level|ward|bed|bay|' +
    'зона|блок|секци\\p{L}{1,2}|комнат\\p{L}{1,2}|комн\\.|корпус\\p{L}{0,2}|крыл\\p{L}{1,2}|палат\\p{L}{1,2}|койк\\p{L}{1,2}|этаж',
)})`
// (a block letter and the flat: "C-402")
const VALUE = '#?\\s*(?:№\\s*)?(?:\\d{1,5}[A-Za-zА-Яа-я]?|[A-ZА-ЯЁ]-?\\d{0,4})(?![\\p{L}\\p{N}])'
// (an estate or housing society too: "Harmony Estate", "Shanti Residency")
const BUILDING_WORD =
  '(?:Hall|Halls|House|Court|Tower|Towers|Building|Residence|Residency|Residences|Lodge|Hostel|Estate|Apartments|Enclave)'
// "Carver Hall", "brennan hall", "Hall B"
const NAMED =
  `(?:(?:[A-Z][\\p{L}'’-]+\\s+){1,2}(?<!Real\\s+)${BUILDING_WORD}(?![\\p{L}])|[a-z]{3,}\\s+hall(?![\\p{L}])|` +
  `${BUILDING_WORD}\\s+[A-Z\\d]{1,2}(?![\\p{L}\\p{N}]))`
// «общежитие №3», «общага 5», "dorm 4": a numbered hall of residence; «6 корпус», «4 этаж»: a number first
const NUMBERED =
  `(?:${anyFirst('общежити\\p{L}{0,2}|общаг\\p{L}{0,2}|dorm|hostel')})\\s*(?:№\\s*)?\\d{1,3}(?![\\p{L}\\p{N}])|` +
  '\\d{1,3}(?:-?(?:й|ий|ый|м|ом))?\\s+(?:корпус\\p{L}{0,2}|этаж\\p{L}{0,2}|блок\\p{L}{0,2}|секци\\p{L}{1,2}|крыл\\p{L}{1,2})(?![\\p{L}])'
const PIECE = `(?:(?<![\\p{L}])${UNIT}\\s*${VALUE}|${NAMED}|(?<![\\p{L}\\p{N}])(?:${NUMBERED}))`
const STREET_AFTER =
  "(?:,\\s*[A-Z][\\p{L}'’-]+\\s+(?:St|Street|Rd|Road|Ave|Avenue|Lane|Ln|Way|Close|Place|Pl)\\.?(?![\\p{L}]))?"
// "Al Barsha 1, building 14, …": a district with a number before the building
const DISTRICT_BEFORE = "(?:[A-Z][\\p{L}'’-]+\\s+){1,2}\\d{1,2},\\s*(?=(?:building|bldg|block|tower)\\b)"
const CHAIN_RE = new RegExp(
  // (a bare room number last: «…, 4 этаж, 412»)
  `(?:${DISTRICT_BEFORE})?${PIECE}(?:(?:\\s*,\\s*|\\s+)${PIECE})+${STREET_AFTER}(?:,\\s*\\d{2,4}(?![\\p{L}\\p{N}]|[.,:]\\d))?`,
  'gu',
)
const NAMED_RE = new RegExp(`${NAMED}|[Оо]бщежити|[Оо]бщаг|[Dd]orm|[Hh]ostel`, 'u')
const UNIT_GATE_RE = new RegExp(
  `(?<![\\p{L}])${UNIT}\\s*#?\\s*(?:[A-Z]-)?\\d|общежити|общаг|\\d\\s+(?:корпус|этаж|блок)`,
  'iu',
)
const STAY_CUE_RE =
  /(?<![\p{L}])(?:live|living|lives|stay|staying|moved|dorm|dorms|campus|hostel|hospital|address|общаг\p{L}*|общежит\p{L}*|кампус\p{L}*|хостел\p{L}*|больниц\p{L}*|жив\p{L}*|адрес\p{L}*)(?![\p{L}])/iu

export function findRooms(text: string, out: PiiFinding[]): void {
  if (!UNIT_GATE_RE.test(text)) return
  const cue = STAY_CUE_RE.test(text)
  for (const m of text.matchAll(CHAIN_RE)) {
    if (!/\d/.test(m[0])) continue
    if (!cue && !NAMED_RE.test(m[0])) continue
    push(out, 'address', m.index, m.index + m[0].replace(/[\s,]+$/u, '').length, text)
  }
}
