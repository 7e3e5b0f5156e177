import { type PiiFinding, push, W } from './types.js'

/**
 * Documents of any country named by their keyword (`ids.ts` keeps the Russian and the older forms): a
 * residence permit, a work patent or a migration card («ВНЖ 82 № 1234567», «патент серия 77 № 2300456789»),
 * Indian PAN and Aadhaar, Mexican CURP/RFC, Brazilian CPF, Nigerian NIN/BVN, Singapore NRIC, Irish PPS, a
 * UK BRP, a US A-number, green card or state ID, a driver's licence with dashes, a bank account; IBANs
 * anywhere with valid check digits; Russian personal bank accounts (20 digits, 408…/423…); a Russian
 * series and number in either order with no document named («номер 345678, серия 45 09»).
 */

// The keyword, then at most a few filler words, then the value (read by `readValue`).
const KEY =
  'паспорт\\p{L}*|снилс\\p{L}*|инн|полис\\p{L}*|омс|удостоверени\\p{L}*|студак\\p{L}*|студенческ\\p{L}*(?:\\s+билет\\p{L}*)?|зач[её]тк\\p{L}*|вид\\s+на\\s+жительств\\p{L}*|внж|рвп|разрешени\\p{L}*\\s+на\\s+(?:временное\\s+проживание|работу)|патент\\p{L}*|' +
  'миграционн\\p{L}*\\s+карт\\p{L}*|миграционк\\p{L}*|загранник\\p{L}*|военник\\p{L}*|удостоверени\\p{L}*\\s+беженц\\p{L}*|' +
  'сч[её]т\\p{L}*|р/с|' +
  'passport|pasaporte|passeport|reisepass|mrn|medical\\s+record(?:\\s+number)?|pan(?:\\s+card)?|aadhaa?r(?:\\s+card)?|curp|rfc|cpf|nin|bvn|nric|hkid|brp|ppsn?|' +
  '(?:a|alien|uscis)[\\s-]?(?:number|no\\.?|#)|uscis|green\\s+card|' +
  '(?:state|national|voter|government|govt|photo|tribal|military|student|employee|member|patient|resident|residence)\\s+id(?:\\s+card)?|' +
  'residen(?:ce|t)\\s+(?:permit|card)|work\\s+permit|visa\\s+(?:number|no\\.?|#)|' +
  "driver'?s?\\s+licen[cs]e|driving\\s+licen[cs]e|dl|" +
  // a licence by its number word alone ("nsw licence no. …", "license #: …", "lic no …")
  'licen[cs]e\\s+(?:number|num|no\\.?|#)|licen[cs]e(?=\\s*[#:])|lic\\.?\\s*(?:no\\.?|#)|(?:bank\\s+)?account|acct|ird|sss|philhealth|umid|ssn|social\\s+security|social|' +
  // personal codes of more countries, by their own names (SE, EE, LT, LV, FI, DK, NO, RO, BG, TR, AE, MY, IL,
  // CO/EC, CL, FR, DE/AT, CH)
  'personnummer|isikukood|asmens\\s+kodas|personas\\s+kods|henkil[öo]tunnus|hetu|cpr[\\s-]?(?:number|nummer|nr)|f[øo]dselsnummer|' +
  'cnp|egn|егн|tc\\s+kimlik(?:\\s+no)?|kimlik\\s+no|emirates\\s+id|mykad|teudat\\s+zehut|теудат\\s+зеут|c[ée]dula|rut|' +
  'num[ée]ro\\s+de\\s+s[ée]curit[ée]\\s+sociale|sozialversicherungsnummer|svnr|ahv(?:-?nummer)?|' +
  // a German residence title, a UK National Insurance number, a (European) health insurance card, a student card
  'aufenthalts(?:titel|erlaubnis)|national\\s+insurance(?:\\s+(?:number|no\\.?))?|(?:health\\s+)?insurance\\s+card|ehic|student\\s+card'
const KEY_RE = new RegExp(`(?<![${W}])(?:${KEY})(?![${W}])`, 'giu')
const KEY_PRECHECK_RE =
  /паспорт|снилс|инн|полис|омс|удостоверени|студак|студенческ|зач[её]тк|passport|pasaporte|passeport|reisepass|mrn|medical|вид\s+на|внж|рвп|разрешени|патент|миграц|загранник|военник|беженц|сч[её]т|р\/с|pan|aadhaa?r|curp|rfc|cpf|nin|bvn|nric|hkid|brp|pps|number|no\.|#|uscis|green\s+card|\sid|permit|residen|licen[cs]e|\blic\b|\bdl\b|account|acct|ird|sss|philhealth|umid|ssn|social|personnummer|isikukood|kodas|kods|tunnus|hetu|cpr|f[øo]dsels|cnp|egn|егн|kimlik|emirates|mykad|zehut|зеут|c[ée]dula|rut|s[ée]curit|sozialversicherung|svnr|ahv|aufenthalt|insurance|ehic|student\s+card/iu

// Words allowed between the keyword and the value («патент на работу серия …», "SSN, it's …").
const FILLER_RE =
  /^(?:number|num|no|nr|is|it's|its|was|are|my|mine|card|here|on|file|just|in|case|btw|такой|такая|такое|номер\p{L}*|серия|серии|серию|у|меня|мой|моя|мое|моё|моего|это|вот|на|работу|рф|рб|в|банке)$/iu

const CONTACT_WORD_RE =
  /^(?:тел\p{L}*|звон\p{L}*|позвон\p{L}*|набер\p{L}*|пиш\p{L}*|напиш\p{L}*|моб\p{L}*|сотов\p{L}*|ватсап\p{L}*|телефон\p{L}*|line|phone|call|text|cell|mobile)$/iu

const ORG_WORD_RE =
  /^(?:организаци\p{L}*|компани\p{L}*|фирм\p{L}*|магазин\p{L}*|банк\p{L}*|ооо|юрлиц\p{L}*|продавц\p{L}*|работодател\p{L}*|company|organization|organisation|business|store|shop|bank|employer)$/iu

/** Per keyword: what else the value needs («патент на изобретение № 2701234» is nobody's document). */
function keyAccepts(key: string, between: string, groups: string[], digits: number): boolean {
  const k = key.toLowerCase()
  if (k.startsWith('патент')) return /работ|сери/iu.test(between) || groups.length >= 2
  if (k.startsWith('сч') || k === 'р/с') return digits >= 10 && groups.every((g) => /^\d+$/.test(g))
  if (/^(?:bank\s+)?account|acct/u.test(k)) return digits >= 6 && groups.every((g) => /^\d+$/.test(g))
  if (k === 'pan') return groups.length === 1 && /^[A-Z]{5}\d{4}[A-Z]$/.test(groups[0] ?? '')
  if (k === 'social') return /^(?:\d{3}[\s-]?\d{2}[\s-]?\d{4})$/.test(groups.join(' '))
  // "dl" is a download as often: letters in the number, or seven digits at least ("ny dl 482 193 775")
  if (k === 'dl') return groups.some((g) => /[A-Z]/.test(g)) || digits >= 7
  return true
}

// A value group: letters and digits (lower-case letters only beside a digit), «№», or a check digit "(7)".
const GROUP_RE = /^(?:[A-ZА-ЯЁ0-9]+|[\p{L}\d]*\d[\p{L}\d]*|\(\d\))$/u

/**
 * Reads the document number after `from`: filler words first, then groups joined by one or two of space,
 * "-", "/", "."; «№»/"No." may stand between groups; a group of letters only is a series of at most four
 * capitals next to digits.
 */
function readValue(
  text: string,
  from: number,
): { start: number; end: number; between: string; groups: string[] } | null {
  const re = /[^\s\-/.,;:!?—–«»"'()]+|\(\d\)/gu
  re.lastIndex = from
  let last = from
  let fillers = 0
  let free = 0
  let between = ''
  const groups: { t: string; start: number; end: number }[] = []
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0]
    const gap = text.slice(last, m.index)
    if (groups.length > 0) {
      if (!/^[\s\-/.]{0,2}$/u.test(gap) && !/^\s*(?:№|#)\s*$/u.test(gap)) break
    } else if (/[!?;\n]|\.\s/u.test(gap)) break
    // after a word that is no filler, a comma ends the search («паспорт потеряла, мой 8916…»)
    else if (/,/.test(gap) && free > 0) break
    last = m.index + t.length
    if (t === '№' || t === '#' || /^no$/iu.test(t)) continue
    if (groups.length === 0 && !/\d/.test(t)) {
      if (FILLER_RE.test(t) && fillers < 4) {
        fillers++
        between += ` ${t}`
        continue
      }
      // a series before the digits ("passport: AB 123 4567"); a kind of policy or a country is no series
      if (
        /^[A-ZА-ЯЁ]{1,4}$/u.test(t) &&
        !/^(?:ОМС|ДМС|ОСАГО|КАСКО|РФ|РБ|РК|КР|США|ИП|ID|US|USA|UK|EU)$/u.test(t)
      ) {
        groups.push({ t, start: m.index, end: last })
        continue
      }
      if (/^[A-ZА-ЯЁ]{1,5}$/u.test(t) && fillers < 4) {
        fillers++
        continue
      }
      // an organisation's number is nobody's («ИНН организации 7707083893»)
      if (ORG_WORD_RE.test(t)) return null
      // a country or a holder between («паспорт гражданина Казахстана N…», "NY state ID …"): a capitalised
      // or a Russian word, never a word about calling («паспорт у мамы, позвони 8916…», "PAN office line …")
      if (free < 2 && /^(?:\p{Lu}\p{L}*|[а-яё]+)$/u.test(t) && !CONTACT_WORD_RE.test(t) && !/,/.test(gap)) {
        free++
        between += ` ${t}`
        continue
      }
    }
    if (!GROUP_RE.test(t) || (!/\d/.test(t) && !/^[A-ZА-ЯЁ]{1,4}$/u.test(t))) break
    groups.push({ t, start: m.index, end: last })
  }
  // a series of letters with no digits after it is a word, not part of the number
  // (except a UK National Insurance number's suffix letter: "AB-12-88-47-C")
  const niSuffix = () =>
    groups.length >= 5 &&
    /^[A-Z]{2}$/.test(groups[0]?.t ?? '') &&
    /^[A-D]$/.test(groups[groups.length - 1]?.t ?? '')
  while (groups.length > 0 && !/\d/.test(groups[groups.length - 1]?.t ?? '') && !niSuffix()) groups.pop()
  const first = groups[0]
  const end = groups[groups.length - 1]
  if (!first || !end) return null
  return { start: first.start, end: end.end, between, groups: groups.map((g) => g.t) }
}

/** Dates, years and amounts that may follow a document word («ВНЖ до 12.05.2026», "visa 2024-2025"). */
function isOrdinary(value: string, after: string): boolean {
  if (
    /^\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})$|^(?:19|20)\d\d(?:[./-]\d{1,2}[./-]\d{1,2}|[-–](?:19|20)\d\d)?$/u.test(
      value,
    )
  )
    return true
  return /^\s?(?:₽|\$|€|£|%|руб|р\.|тыс|млн|долл|евро|тенге|dollars?|bucks|euros?|pounds?|лет|год|years?|days?|дн)/iu.test(
    after,
  )
}

function findKeywordDocuments(text: string, out: PiiFinding[]): void {
  if (!KEY_PRECHECK_RE.test(text)) return
  for (const k of text.matchAll(KEY_RE)) {
    const v = readValue(text, k.index + k[0].length)
    if (!v) continue
    const { between, groups } = v
    const value = text.slice(v.start, v.end)
    const digits = value.replace(/\D/g, '').length
    const alnum = groups.join('').length
    if (digits < 4 || alnum < 6 || (digits < 5 && alnum - digits < 2)) continue
    if (isOrdinary(value, text.slice(v.end, v.end + 8))) continue
    if (!keyAccepts(k[0], between, groups, digits)) continue
    // "my number is …", «мой номер …», a number in a mobile's shape after words: a phone, not the document
    if (/(?<!\p{L})(?:my|мой)(?!\p{L}).*(?:number|номер)/iu.test(between)) continue
    if (between && (value.startsWith('+') || /^(?:[78]9\d{9}|9\d{9})$/.test(value.replace(/\D/g, ''))))
      continue
    push(out, 'id_document', v.start, v.end, text)
  }
}

/** IBAN check digits: the country and check moved to the end, letters as 10–35, the whole mod 97 is 1. */
export function validIban(compact: string): boolean {
  const s = compact.toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false
  const moved = s.slice(4) + s.slice(0, 4)
  let rest = 0
  for (const ch of moved) {
    const n = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48
    rest = n > 9 ? (rest * 100 + n) % 97 : (rest * 10 + n) % 97
  }
  return rest === 1
}

const IBAN_RE =
  /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])/gu
const IBAN_KEY_RE = /iban/iu
/** IBAN length of each country that issues them (the ISO 13616 registry). */
const IBAN_LENGTHS = new Map(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 ' +
    'FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 ' +
    'LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 ' +
    'SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))] as const),
)
// money moving to or from an account: an IBAN of the right length for its country beside it is one even
// when its check digits were mistyped ("sort it to GB71 MIDL …, that's my account")
const BANK_CUE_RE =
  /account|acct|transfer|wire|send|sort|pay|bank|sepa|сч[её]т|перев[её]д|перевед|перекин|скин|реквизит|банк|оплат/iu
// A Russian personal or deposit account: 20 digits, 408… (40817, 40820) or 423….
const RU_ACCOUNT_RE = /(?<![\d])(?:408|423)\d{2}[\s.-]?\d{3}[\s.-]?\d[\s.-]?\d{4}[\s.-]?\d{7}(?!\d)/gu

// A Russian series and number given in either order, no document named: «номер 345678, серия 45 09».
const SERIES_RE = new RegExp(
  `(?<![${W}])(?:серия|серии|серию|сер\\.)\\s*[:№]?\\s*(\\d{2}\\s?\\d{2}|\\d{2})(?![\\d${W}])`,
  'giu',
)
const NUMBER_RE = new RegExp(
  `(?<![${W}])(?:номер|№)\\s*[:№]?\\s*(\\d{6,10}|\\d{3}\\s\\d{3})(?![\\d${W}])`,
  'giu',
)

function findSeriesAndNumber(text: string, out: PiiFinding[]): void {
  const series = [...text.matchAll(SERIES_RE)]
  if (series.length === 0) return
  const numbers = [...text.matchAll(NUMBER_RE)]
  for (const s of series) {
    for (const n of numbers) {
      if (Math.abs(s.index - n.index) > 60) continue
      for (const m of [s, n]) {
        const g = m[1] ?? ''
        const at = m.index + m[0].lastIndexOf(g)
        push(out, 'id_document', at, at + g.length, text)
      }
    }
  }
}

// The last digits of a document: "my ssn ends in 4821", «снилс заканчивается на 4495», «последние цифры
// паспорта 3456» (a card's last digits identify nobody: "card ending in 4432" stays).
const DOC_END = 'ssn|social(?:\\s+security)?|sin|passport|паспорт\\p{L}*|снилс\\p{L}*|инн|иин'
const LAST_DIGITS_RE = new RegExp(
  `(?<![${W}])(?:(?:${DOC_END})(?:\\s+(?:number|номер))?\\s+(?:ends\\s+(?:in|with)|(?:за|о)канчивается\\s+на)|последние(?:\\s+(?:\\d|три|четыре))?\\s+цифры\\s+(?:моего\\s+|моей\\s+)?(?:${DOC_END}))\\s*[:\\-–—]?\\s*(\\d{3,4})(?!\\d)`,
  'giu',
)

const DOCUMENT_TAIL_RE =
  /^[\s,]*(?:(?:licen[cs]e\s+)?version|ver\.|card\s+(?:number|no\.?)|issue\s+(?:number|no\.?))\s*(?:is\s+)?[:#]?\s*\d{1,6}(?![\p{L}\p{N}])/iu

export function findDocuments(text: string, out: PiiFinding[]): void {
  if (!/\d/.test(text)) return
  findKeywordDocuments(text, out)
  // a licence's version or card number said after it (found here or by ids.ts before): "DL AB123456 version 123", "…, card number 4821"
  if (/version|ver\.|card\s+n|issue\s+n/iu.test(text))
    for (const f of out.filter((c) => c.kind === 'id_document')) {
      const tail = text.slice(f.end).match(DOCUMENT_TAIL_RE)
      if (tail) push(out, 'id_document', f.start, f.end + tail[0].length, text)
    }
  if (/ends\s|канчивается|последние/iu.test(text)) {
    for (const m of text.matchAll(LAST_DIGITS_RE)) {
      const g = m[1] as string
      const at = m.index + m[0].length - g.length
      push(out, 'id_document', at, at + g.length, text)
    }
  }
  if (/[A-Za-z]{2}\d{2}/.test(text)) {
    const keyed = IBAN_KEY_RE.test(text)
    for (const m of text.matchAll(IBAN_RE)) {
      const compact = m[0].replace(/ /g, '')
      if (compact.replace(/\D/g, '').length < 8) continue
      const countryLength = IBAN_LENGTHS.get(compact.slice(0, 2).toUpperCase())
      if (
        validIban(compact) ||
        (keyed && /^[A-Z]{2}\d{2}/i.test(compact) && compact.length >= 15) ||
        (countryLength === compact.length && /^[A-Z]{2}/.test(compact) && BANK_CUE_RE.test(text))
      )
        push(out, 'id_document', m.index, m.index + m[0].length, text)
    }
  }
  if (/(?:408|423)\d\d/.test(text)) {
    for (const m of text.matchAll(RU_ACCOUNT_RE))
      push(out, 'id_document', m.index, m.index + m[0].length, text)
  }
  if (/сери|сер\./iu.test(text)) findSeriesAndNumber(text, out)
  // a UK driving licence number «MORGA753116SM9IJ» anywhere: surname, birth date with the month, initials
  if (/[A-Za-z9]{5}\d{6}[A-Za-z9]{2}\d[A-Za-z]{2}/.test(text))
    for (const m of text.matchAll(UK_LICENCE_RE))
      if (validUkLicenceDate(m[1] as string)) push(out, 'id_document', m.index, m.index + m[0].length, text)
  // an Irish PPS number with a valid check letter, and an Indian PAN of a person («…P…», the fourth letter),
  // with no keyword: "1234567TW is on the letter", "BNZPA2318J was on the slip"
  if (/\d{7}[A-Wa-w]/.test(text))
    for (const m of text.matchAll(PPS_RE))
      if (validPps(m[0])) push(out, 'id_document', m.index, m.index + m[0].length, text)
  if (/[A-Z]{3}P[A-Z]\d{4}[A-Z]/.test(text))
    for (const m of text.matchAll(PERSON_PAN_RE))
      push(out, 'id_document', m.index, m.index + m[0].length, text)
  // a Belarusian personal number «3120589A012PB3»: seven digits, a letter, three digits, two letters, a digit
  if (/\d{7}[A-Z]\d{3}[A-Z]{2}\d/.test(text))
    for (const m of text.matchAll(BY_PERSONAL_RE))
      push(out, 'id_document', m.index, m.index + m[0].length, text)
  // a routing number or a sort code beside an account found above: together they reach the account
  if (out.some((f) => f.kind === 'id_document') && /routing|sort\s+code|ABA|BSB/iu.test(text))
    for (const m of text.matchAll(BANK_CODE_RE)) {
      const g = m[1] as string
      const at = m.index + m[0].length - g.length
      push(out, 'id_document', at, at + g.length, text)
    }
}

// a UK (DVLA) driving licence: five letters of the surname padded with 9s, the decade, month (+50 for a
// woman), day and year of birth, two initials padded with 9, a digit and two check letters
const UK_LICENCE_RE = new RegExp(
  `(?<![${W}])(?=[A-Za-z])[A-Za-z9]{5}(\\d{6})[A-Za-z9]{2}\\d[A-Za-z]{2}(?:\\s\\d{2}(?![${W}]))?(?![${W}])`,
  'gu',
)

/** The birth-date digits of a UK licence: a month 01–12 or 51–62 and a day 01–31. */
export function validUkLicenceDate(six: string): boolean {
  const month = Number(six.slice(1, 3))
  const day = Number(six.slice(3, 5))
  return ((month >= 1 && month <= 12) || (month >= 51 && month <= 62)) && day >= 1 && day <= 31
}

const PPS_RE = new RegExp(`(?<![${W}])\\d{7}[A-Wa-w][A-IWa-iw]?(?![${W}])`, 'gu')
const PERSON_PAN_RE = new RegExp(`(?<![${W}])[A-Z]{3}P[A-Z]\\d{4}[A-Z](?![${W}])`, 'gu')

/**
 * An Irish PPS number's check letter: the seven digits weighted 8…2, the second letter (A–I = 1–9, W = 0)
 * weighted 9, the sum mod 23 read as a letter (0 = W).
 */
export function validPps(pps: string): boolean {
  const s = pps.toUpperCase()
  let sum = 0
  for (let i = 0; i < 7; i++) sum += Number(s[i]) * (8 - i)
  const second = s[8]
  if (second && second !== 'W') sum += (second.charCodeAt(0) - 64) * 9
  const rest = sum % 23
  return s[7] === (rest === 0 ? 'W' : String.fromCharCode(64 + rest))
}

const BY_PERSONAL_RE = new RegExp(`(?<![${W}])\\d{7}[A-Z]\\d{3}[A-Z]{2}\\d(?![${W}])`, 'gu')
const BANK_CODE_RE = new RegExp(
  `(?<![${W}])(?:routing(?:\\s+(?:number|no\\.?|#))?|ABA|sort\\s+code|BSB)\\s*[:#-]?\\s*(\\d{9}|\\d{2}[-\\s]\\d{2}[-\\s]\\d{2}|\\d{3}[-\\s]?\\d{3})(?![${W}])`,
  'giu',
)
