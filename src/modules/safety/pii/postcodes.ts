import { type PiiFinding, push } from './types.js'

/**
 * A full UK postcode anywhere is an address ("my nan lives in Leeds LS6 2AB"), with the town and the house
 * line before it on the same line ("17 Willow Bank, Leeds LS6 2AB" — a street word the address patterns do
 * not know). Only real postcode areas (the ~120 of Royal Mail) and a valid inward code (a digit and two
 * letters other than C, I, K, M, O, V) count, so "MP3 4GB" or "A4 2TB" are left alone.
 */

const AREAS =
  'AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|' +
  'FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|' +
  'NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|' +
  'TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE'
// "4GB", "2TB" are sizes, not inward codes
// in capitals, or in lower case with the space ("rg1 6az")
const POSTCODE = `(?:(?:${AREAS})\\d[A-Z\\d]?\\s?\\d(?!GB|TB)[ABD-HJLNP-UW-Z]{2}|(?:${AREAS.toLowerCase()})\\d[a-z\\d]?\\s\\d(?!gb|tb)[abd-hjlnp-uw-z]{2})`
const WORD = "[A-Z][\\p{L}'’\\-]+"
// the house line and the town before it: "17 Willow Bank, Leeds ", "Flat 3, 9 Mill Row, Otley ", "5 elm close
// flat 2 reading " (a house number and up to six words that are not function words)
const LINE_WORD =
  "(?!(?:to|the|in|at|on|for|from|and|it|is|my|if|or|me|send|post|pounds?|quid)\\s)[\\p{L}\\d'’\\-]+"
// a house name and a street with no number: "'Rosebank', Mill Lane, "
const NAMED_LINE = `(?:['‘"“]${WORD}['’"”],\\s*)?(?:${WORD}\\s+){1,2}(?:Lane|Road|Street|Close|Avenue|Drive|Way|Row|Crescent|Gardens|Terrace),\\s*`
const BEFORE = `(?:${NAMED_LINE}|(?:(?:Flat|Apt|Unit)\\s*\\d{1,4}[A-Za-z]?,\\s*)?\\d{1,4}[A-Za-z]?\\s+(?:${WORD}\\s+){0,3}${WORD},\\s*|\\d{1,4}[A-Za-z]?\\s+(?:${LINE_WORD},?\\s+){1,6})?(?:${WORD}(?:\\s+${WORD})?,?\\s+)?`
const POSTCODE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${BEFORE}${POSTCODE}(?![\\p{L}\\p{N}])`, 'gu')
const GATE_RE = /\d[A-Z]{2}(?![\p{L}\p{N}])|\d[a-z]?\s\d[a-z]{2}(?![\p{L}\p{N}])/u

// An Irish address: up to four comma-separated lines (a house name, a numbered street, a town) before the
// county or Dublin district and a valid Eircode ("Ferncliffe, Glen Road, Killiney, Co. Dublin A96 T2X5").
const EIRCODE = '(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s?[AC-FHKNPRTV-Y\\d]{4}'
const IE_LINE = `(?:\\d{1,4}[A-Za-z]?\\s+)?['‘’"“]?${WORD}(?:\\s+${WORD}){0,3}['’"”]?,\\s*`
const IE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${IE_LINE}){0,4}(?:(?:Co\\.|County)\\s+${WORD}|Dublin\\s+\\d{1,2}[Ww]?),?\\s+${EIRCODE}(?![\\p{L}\\p{N}])`,
  'gu',
)
const IE_GATE_RE = /(?:Co\.|County|Dublin)\s/u

export function findUkPostcodes(text: string, out: PiiFinding[]): void {
  if (IE_GATE_RE.test(text))
    for (const m of text.matchAll(IE_RE)) {
      const lead = m[0].match(/^(?:I|We|My|The|In|At|It|Send|To)\s+/u)?.[0].length ?? 0
      push(out, 'address', m.index + lead, m.index + m[0].length, text)
    }
  if (!GATE_RE.test(text)) return
  for (const m of text.matchAll(POSTCODE_RE)) {
    // "I'm in Leeds LS6 2AB": a capitalised sentence word before the town is not part of it
    const lead = m[0].match(/^(?:I|We|My|The|In|At|It|Send|To)\s+/u)?.[0].length ?? 0
    push(out, 'address', m.index + lead, m.index + m[0].length, text)
  }
}
