import { matchesOf, type PiiFinding, push } from './types.js'

/**
 * Where someone lives or works with no street (round 26), typed in lower case: a chain of a unit and its
 * number and a named site — a park, a motel, a market, an estate, a base, halls — and maybe the town
 * ("unit 4, harbour trade park, cork", "room 14, sunnyvale motel, route 9", "stall 38, kejetia market,
 * kumasi", "block d, flat 2, room 6, whitworth park", "bldg 1423 apt c, fort hood"), a pitch or a plot on a
 * caravan site ("the caravan park off the a30, pitch 22"), an Indian house number and sector ("2b/114 sector
 * 21, noida"); a plot of a garden partnership («снт Ветеран-2, 3 линия, уч 112») and a kilometre of a named
 * road («14 км Киевского шоссе»). A unit alone ("room 14") or a site alone ("sunnyvale motel") is no address.
 */

const UNIT =
  '(?:unit|room|rm\\.?|stall|pitch|plot|block|blk|flat|apt\\.?|apartment|suite|bldg\\.?|building|lot|bay|berth|cabin|chalet|caravan|trailer|site|space|shop|kiosk)'
const UNIT_PIECE = `${UNIT}\\s*#?\\s*(?:\\d{1,5}[a-z]?|[a-z](?![\\p{L}\\p{N}]))`
const SITE =
  '(?:trade\\s+park|business\\s+park|retail\\s+park|industrial\\s+estate|caravan\\s+park|holiday\\s+park|trailer\\s+park|mobile\\s+home\\s+park|park|motel|hotel|hostel|inn|market|estate|halls|village|camp|campsite|court|lodge|complex|plaza|centre|center|yard|marina|barracks)'
// one to three name words and the site word ("harbour trade park"), or a base ("fort hood", "camp lejeune")
const NAMED_SITE = `(?:(?:[\\p{L}'’-]{3,}\\s+){1,3}${SITE}|(?:fort|camp|raf|naval\\s+base)\\s+[\\p{L}'’-]{3,})`
// "route 9", "off the a30", "sector 21"
const ROAD = '(?:(?:route|highway|hwy|sector)\\s+\\d{1,3}|(?:off|on|by)\\s+the\\s+[abm]\\d{1,4})'
const PIECE = `(?:${UNIT_PIECE}|${NAMED_SITE}|${ROAD})`
const SEP = '(?:\\s*,\\s*|\\s+)'
// a town after the chain, only where the clause ends right after it
const TOWN =
  "(?:\\s*,\\s*[\\p{L}'’-]{3,}(?:\\s+[\\p{L}'’-]{3,})?(?=\\s*(?:$|[.;!?)\\n—–]|,\\s|\\s+(?:now|then|lol|till|until|if)(?![\\p{L}]))))?"
const CHAIN_RE = new RegExp(`(?<![\\p{L}\\p{N}])${PIECE}(?:${SEP}${PIECE}){1,4}${TOWN}`, 'giu')
// "2b/114 sector 21": a house and block number, then a sector
const SECTOR_RE =
  /(?<![\p{L}\p{N}/])\d{1,4}[a-z]?\/\d{1,4}[a-z]?,?\s+sector\s+\d{1,3}(?:\s*,\s*[\p{L}-]{3,})?/giu
// «снт Ветеран-2, 3 линия, уч 112»: a garden partnership, its line or street and the plot
const RU_PLOT_RE =
  /(?<![\p{L}])(?:снт|днт|сnт|тсн|сот|садовое\s+товарищество|дачн\p{L}+\s+кооператив)\s+«?[А-ЯЁ][\p{L}-]*(?:\s+[А-ЯЁ]?[\p{L}-]+)?»?(?:[\s,]+\d{1,3}(?:-?я)?\s+(?:линия|улица|аллея|проезд))?[\s,]+(?:уч\.?|участ\p{L}{2,4}|дом)\s*№?\s*\d{1,4}(?![\p{L}\p{N}])/giu
// «14 км Киевского шоссе»: a kilometre of a named road
const RU_KM_RE =
  /(?<![\p{L}\p{N}])\d{1,4}(?:-?й)?\s+(?:км|километр\p{L}{0,2})\s+[А-ЯЁ]\p{L}+(?:ого|его)\s+(?:шоссе|трассы|тракта)(?![\p{L}])/gu
const UNIT_RE = new RegExp(UNIT_PIECE, 'iu')
// every unit piece of a chain (compiled once: no RegExp is built per call on the anonymize path, word-at.ts)
const UNIT_PIECES_RE = new RegExp(UNIT_PIECE, 'giu')
const UNIT_NUMBER_RE = new RegExp(`(?<![\\p{L}])${UNIT}\\s*#?\\s*\\d`, 'iu')
const SITE_RE = new RegExp(`(?:${NAMED_SITE}|${ROAD})`, 'iu')
// words that make "… park", "… market" an ordinary phrase, not a site's name
const NOT_NAME_RE =
  /(?<![\p{L}])(?:the|a|an|my|our|your|his|her|their|this|that|in|at|to|of|for|with|from|car|dog|skate|theme|water|amusement|national|stock|job|black|super|flea)\s+(?:\p{L}+\s+)?(?:park|market|centre|center|camp|village|court|yard)(?![\p{L}])/iu

export function findSiteAddresses(text: string, out: PiiFinding[]): void {
  if (/\/\d/.test(text) && /sector/i.test(text))
    for (const m of matchesOf(SECTOR_RE, text)) push(out, 'address', m.index, m.index + m[0].length, text)
  if (!/\d/.test(text)) return
  if (/[а-яё]/iu.test(text)) {
    for (const m of matchesOf(RU_PLOT_RE, text)) push(out, 'address', m.index, m.index + m[0].length, text)
    for (const m of matchesOf(RU_KM_RE, text)) push(out, 'address', m.index, m.index + m[0].length, text)
  }
  // a unit and its number somewhere, or no chain can hold one (the chain's pattern is the costly part)
  if (!UNIT_NUMBER_RE.test(text)) return
  for (const m of matchesOf(CHAIN_RE, text)) {
    const chain = m[0]
    // a unit with its number and a named site, a road or a second unit
    const units = chain.match(UNIT_PIECES_RE)?.length ?? 0
    if (!UNIT_RE.test(chain) || !/\d/.test(chain)) continue
    if (!SITE_RE.test(chain) && units < 2) continue
    if (
      units < 2 &&
      NOT_NAME_RE.test(chain) &&
      !/(?:trade|business|retail|caravan|holiday|trailer)\s+park|fort\s|camp\s/iu.test(chain)
    )
      continue
    push(out, 'address', m.index, m.index + chain.length, text)
  }
}
