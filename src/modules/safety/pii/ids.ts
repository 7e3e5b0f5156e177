import { spelledDigits } from './spelled.js'
import { type PiiFinding, push, W } from './types.js'

/**
 * Identity documents: Russian passports («серия 4512 номер 678901», «паспорт № 4009 112233»), СНИЛС and
 * ИНН (checked with their control digits when no keyword says what they are), полис ОМС, водительское
 * удостоверение, and the English "passport number …" / US SSN.
 */

/** СНИЛС control number: weighted sum of the first 9 digits, mod 101 (100/101 → 00). */
export function validSnils(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (9 - i)
  let check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101
  if (check === 100) check = 0
  return check === Number(digits.slice(9))
}

function innCheck(digits: string, weights: number[]): number {
  let sum = 0
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0)
  return (sum % 11) % 10
}

/** ИНН control digits: 10 digits (organisations) or 12 digits (people). */
export function validInn(digits: string): boolean {
  if (/^\d{10}$/.test(digits)) return innCheck(digits, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(digits[9])
  if (/^\d{12}$/.test(digits)) {
    return (
      innCheck(digits, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(digits[10]) &&
      innCheck(digits, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(digits[11])
    )
  }
  return false
}

const SEP = '[\\s:,№#.\\-–—]*'
// «паспорт (РФ) (серия) 45 12 (номер|№) 678901», «серия 4512 номер 678901», «паспорт 4510 123456»
const PASSPORT_RE = new RegExp(
  `(?<![${W}])(?:паспорт\\p{L}*(?:\\s+рф)?${SEP}(?:серия|сер\\.)?|серия\\s*(?:и|/)\\s*номер\\p{L}*(?:\\s+паспорт\\p{L}*)?|серия|серии|сер\\.)${SEP}(\\d{2}\\s?\\d{2}|\\d(?:\\s\\d){3})${SEP}(?:/\\s*)?(?:номер|ном\\.|№|no\\.?|n)?${SEP}(\\d{6}|\\d{3}[\\s-]\\d{3}|\\d{2}[\\s-]\\d{2}[\\s-]\\d{2}|\\d(?:\\s\\d){5})(?!\\d)`,
  'giu',
)
const SNILS_KEY_RE = new RegExp(
  `(?<![${W}])снилс${SEP}(\\d{3}[\\s\\-]?\\d{3}[\\s\\-]?\\d{3}[\\s\\-]?\\d{2})(?!\\d)`,
  'giu',
)
const SNILS_FORMAT_RE = /(?<!\d)\d{3}-\d{3}-\d{3}[\s-]\d{2}(?!\d)/gu
const INN_KEY_RE = new RegExp(`(?<![${W}])инн${SEP}(\\d{10}|\\d{12})(?!\\d)`, 'giu')
const INN12_RE = /(?<![\d+])\d{12}(?!\d)/gu
// A person's ИНН (12 digits, in groups or not) later in a text that names «ИНН», with a word between
// («инн моей фирмы не важно, а личный 5024 1234 5678»); not the one right after an organisation's word
const INN_LATER_RE =
  /(?<![\d+]|\d[\s-])(?:\d{4}[\s-]?\d{4}[\s-]?\d{4}|\d{3}[\s-]\d{3}[\s-]\d{3}[\s-]\d{3})(?!\d|[\s-]\d)/gu
const INN_WORD_RE = /(?<![\p{L}])инн(?![\p{L}])/iu
const ORG_BEFORE_RE =
  /(?<![\p{L}])(?:организаци\p{L}*|компани\p{L}*|фирм\p{L}*|магазин\p{L}*|ооо|ип|юрлиц\p{L}*|работодател\p{L}*)\s*[:—–-]?\s*$/iu
const OMS_RE = new RegExp(
  `(?<![${W}])(?:полис\\p{L}*|омс)(?:\\s+омс)?${SEP}(\\d{4}\\s?\\d{4}\\s?\\d{4}\\s?\\d{4}|\\d{16})(?!\\d)`,
  'giu',
)
const DRIVER_RE = new RegExp(
  `(?<![${W}])(?:в/у|ву|стс|птс|водительск\\p{L}*(?:\\s+удостоверени\\p{L}*)?|прав\\p{L}{0,2})${SEP}(\\d{2}\\s?[А-ЯA-Z0-9]{2}${SEP}\\d{6})(?!\\d)`,
  'giu',
)
const EN_PASSPORT_RE = new RegExp(
  `(?<![${W}])(?:passport|id card|driver'?s licen[cs]e|driving licen[cs]e|licen[cs]e)(?:\\s+(?:number|no\\.?|#))?(?:\\s+is)?${SEP}([A-Z0-9]{6,18}|[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,8}){1,4})(?![${W}])`,
  'giu',
)
const SSN_RE = new RegExp(
  `(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])|(?<![${W}])(?:ssn|social security(?:\\s+number)?)${SEP}(\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{4})(?!\\d)`,
  'giu',
)

// UK National Insurance number: two letters, three pairs of digits, a letter A–D («QQ 12 34 56 C»). With its
// name before it any two letters; alone only the real prefixes, upper case, with the final letter.
const NINO_KEY_RE = new RegExp(
  `(?<![${W}])(?:ni|nino|national\\s+insurance)(?:\\s+(?:number|no\\.?|#))?(?:\\s+is)?${SEP}([A-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}(?:\\s?[A-D])?)(?![${W}])`,
  'giu',
)
const NINO_RE =
  /(?<![\p{L}\p{N}_])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}\p{N}_])/gu
// Personal id numbers named by their keyword in neighbouring countries: ИИН (KZ), ІПН/РНОКПП (UA), ПИНФЛ/ЖШШИР
// (UZ), личный/идентификационный номер (BY), "tax id", "national id".
const NATIONAL_ID_RE = new RegExp(
  `(?<![${W}])(?:иин|іпн|ипн|рнокпп|пинфл|жшшир|личн\\p{L}*\\s+номер\\p{L}*|идентификационн\\p{L}*\\s+номер\\p{L}*|ідентифікаційн\\p{L}*\\s+номер\\p{L}*|tax\\s+id|national\\s+id|personal\\s+id|tin|itin|ein|sin|tfn|nhs|medicare|licen[cs]e\\s+id)(?:\\s+(?:number|no\\.?|#|номер))?(?:\\s+(?:is|у меня|мой|моя))?${SEP}(\\d{7}[A-Z]\\d{3}[A-Z]{2}\\d|[A-ZА-Я]{0,2}\\d[\\d\\s-]{7,18}\\d[A-ZА-Я]{0,2})(?![${W}])`,
  'giu',
)

// Series of letters + number with the document named before it: an old Ukrainian or Soviet-style passport
// «паспорт Украины: НК 123456», a birth certificate «свидетельство о рождении III-МЮ № 512367», an ID card.
const LETTER_SERIES_RE = new RegExp(
  `(?<![${W}])(?:паспорт\\p{L}*|свидетельств\\p{L}*|свид\\.|св-во|удостоверени\\p{L}*|документ\\p{L}*|серия|серии|сер\\.|военн\\p{L}*\\s+билет\\p{L}*)(?:\\s+[\\p{L}.]+){0,3}?${SEP}((?:[IVXLІ]{1,4}-)?[А-ЯЁІЇЄҐA-Z]{2}${SEP}(?:номер${SEP})?\\d{6,7})(?!\\d)`,
  'gu',
)
const ID_CARD_RE = new RegExp(
  `(?<![${W}])(?:id[\\s-]?карт\\p{L}*|айди[\\s-]?карт\\p{L}*|ид[\\s-]?карт\\p{L}*|удостоверени\\p{L}*\\s+личности)${SEP}([A-ZА-Я]{0,2}\\d{8,10})(?!\\d)`,
  'giu',
)

// With a passport named anywhere in the text, its series or its number given alone or in any order:
// «номер паспорта 123456, серия 4508», «паспорт: номер 123456 серия 45 08», «серия паспорта у меня 46 02».
const PASSPORT_WORD_RE = /паспорт/iu
const SERIES_ALONE_RE = new RegExp(
  `(?<![${W}])(?:серия|серию|серии|сер\\.)(?:\\s+паспорт\\p{L}*)?(?:\\s+(?:у\\s+меня|мо[яей]\\p{L}*))?${SEP}(\\d{2}\\s?\\d{2})(?![\\d${W}])`,
  'giu',
)
const NUMBER_ALONE_RE = new RegExp(
  `(?<![${W}])(?:номер|ном\\.|№)(?:\\s+паспорт\\p{L}*)?(?:\\s+(?:у\\s+меня|мо[йея]\\p{L}*))?${SEP}(\\d{6}|\\d{3}[\\s-]\\d{3}|\\d{2}[\\s-]\\d{2}[\\s-]\\d{2})(?![\\d${W}])`,
  'giu',
)

// A passport dictated in words after its keyword: «паспорт, серия сорок шесть ноль два, номер семьсот
// восемнадцать триста девяносто». Read word by word (spelled.ts); 10 digits (series + number) or 9 (a
// travel passport) make a document. With a passport named anywhere, the number may also open the text or a
// sentence («сорок пять семнадцать номер ноль шесть…, это мой паспорт»).
const SPELLED_PASSPORT_KEY_RE =
  /(?<![\p{L}\p{N}_])(?:паспорт\p{L}*|загранпаспорт\p{L}*|серия|серии|серию)(?![\p{L}\p{N}_])|^|(?<=[.!?\n]\s*)(?=\p{L})/giu
const SPELLED_SKIP_RE = /^(?:серия|серии|серию|номер|№|паспорта|и|а|потом|дальше|мой|моя|у|меня|рф)$/iu

function findSpelledPassports(text: string, out: PiiFinding[]): void {
  for (const k of text.matchAll(SPELLED_PASSPORT_KEY_RE)) {
    const from = k.index + k[0].length
    let group: { start: number; end: number; value: string }[] = []
    let digits = ''
    let first = -1
    let last = -1
    let spelled = false
    const flush = (): boolean => {
      if (group.length === 0) return true
      const d = spelledDigits(group)
      if (d === null) return false
      digits += d
      group = []
      return true
    }
    for (const t of text.slice(from, from + 160).matchAll(/\d+|\p{L}+|№/gu)) {
      const gap = last < 0 ? '' : text.slice(last, from + t.index)
      if (/[.!?\n]/u.test(gap)) break
      if (SPELLED_SKIP_RE.test(t[0])) {
        if (!flush()) break
        continue
      }
      const w = { start: from + t.index, end: from + t.index + t[0].length, value: t[0] }
      if (spelledDigits([w]) === null) break
      if (!/^\d+$/.test(t[0])) spelled = true
      if (first < 0) first = w.start
      last = w.end
      group.push(w)
    }
    flush()
    if (spelled && first >= 0 && (digits.length === 10 || digits.length === 9))
      push(out, 'id_document', first, last, text)
  }
}

// «код подразделения 770-001» (who issued a Russian passport), a student or military card number, a pass.
const DOC_NUMBER_RE = new RegExp(
  `(?<![${W}])(?:код\\s+подразделени\\p{L}*${SEP}(\\d{3}[\\s-]?\\d{3})|(?:студенческ\\p{L}*(?:\\s+билет\\p{L}*)?|военн\\p{L}*\\s+билет\\p{L}*|зач[её]тк\\p{L}*|пропуск\\p{L}*|student\\s+(?:id|card)|military\\s+id)(?:\\s+(?:номер|number|no\\.?|#))?(?:\\s+is)?${SEP}([A-ZА-Я]{0,2}${SEP}\\d{5,10}))(?![\\d${W}])`,
  'giu',
)
// EU and US ids of letters and digits named by their keyword: Medicare "1EG4-TE5-MK73", German
// "Personalausweis L01X00T47", Spanish NIE/DNI, Italian codice fiscale; the token has capitals and ≥ 2 digits.
const ALNUM_ID_RE = new RegExp(
  `(?<![${W}])(?:medicare(?:\\s+card)?|mbi|personalausweis|ausweis(?:nummer)?|reisepass|steuer-?id|steuernummer|nie|nif|dni|codice\\s+fiscale|pesel|bsn|health\\s+card|id\\s+number|id\\s+no\\.?)(?:[\\s-]+(?:number|no\\.?|#|nr\\.?))?(?:\\s+(?:is|es|é|è|est|ist|jest|это))?${SEP}((?=(?:[A-Z-]*\\d){2})[A-Z0-9]{2,}(?:[\\s-][A-Z0-9]{2,}){0,4})(?![${W}])`,
  'gi',
)

// The Ukrainian register number printed in ID cards (УНЗР, «запис №»): birth date and five digits.
const UNZR_RE = new RegExp(`(?<![${W}])(?:унзр|запис\\p{L}*)(?:\\s+№)?${SEP}(\\d{8}-\\d{5})(?!\\d)`, 'giu')
// A Russian travel passport: two digits and seven («загран 72 № 5512843», «загранпаспорт 53№2710468»).
const TRAVEL_PASSPORT_RE = new RegExp(
  `(?<![${W}])(?:загран\\p{L}*|заграничн\\p{L}*\\s+паспорт\\p{L}*)${SEP}(?:серия|номер)?${SEP}(\\d{2})${SEP}(?:номер|№)?${SEP}(\\d{7})(?!\\d)`,
  'giu',
)
// The last digits of a document said apart: "last 4 of my ssn are 3391", «последние 4 цифры снилса 1234».
const LAST_DIGITS_RE = new RegExp(
  `(?<![${W}])(?:last\\s+(?:4|four)(?:\\s+digits)?\\s+of\\s+(?:my\\s+)?(?:ssn|social(?:\\s+security)?|sin|passport)|последние\\s+(?:4|четыре)(?:\\s+цифры)?\\s+(?:моего\\s+)?(?:снилс\\p{L}*|паспорт\\p{L}*|инн|иин))(?:\\s+(?:is|are|—|-|:))?${SEP}(\\d{4})(?!\\d)`,
  'giu',
)
// After a document was named, the writer's own number given as a correction: "… no that's the sample. mine is
// CF7K29LP3", «правильный: 4510 123456» — letters and digits mixed or 6+ digits.
const MINE_IS_RE =
  /(?<![\p{L}\p{N}_])(?:mine\s+is|my\s+(?:real\s+)?one\s+is|the\s+real\s+one\s+is|правильный|мой\s+настоящий|мой\s+такой)\s*[:—-]?\s*((?=[A-ZА-Я]*\d)(?=\d*[A-ZА-Я])[A-ZА-Я0-9]{6,14}|\d[\d\s]{5,12}\d)(?![\p{L}\p{N}_])/gu

// Any document keyword at all (cheap pre-check before the full patterns).
const KEYWORD_RE =
  /паспорт|загран|унзр|запис|свидетельств|свид\.|св-во|удостоверени|документ|карт|сери|сер\.|снилс|инн|полис|омс|в\/у|ву|стс|птс|водительск|прав|подразделени|билет|зач[её]тк|пропуск|student|military|ausweis|reisepass|steuer|\bnie\b|\bnif\b|\bdni\b|fiscale|pesel|\bbsn\b|\bmbi\b|health card|passport|id card|licen[cs]e|ssn|social security|last\s+(?:4|four)|последние|\bni\b|nino|national|иин|іпн|ипн|рнокпп|пинфл|жшшир|номер|\bid\b|tin|ein|\bsin\b|tfn|nhs|medicare/iu

const RARE_FORMS: [RegExp, RegExp][] = [
  [/подразделени|билет|зач[её]тк|пропуск|student|military/iu, DOC_NUMBER_RE],
  [/last\s+(?:4|four)|последние/iu, LAST_DIGITS_RE],
  [/mine|my\s+(?:real\s+)?one|real\s+one|правильн|настоящ|мой\s+такой/iu, MINE_IS_RE],
  [/загран/iu, TRAVEL_PASSPORT_RE],
  [/унзр|запис/iu, UNZR_RE],
]
const RARE_CUE_RE =
  /подразделени|билет|зач[её]тк|пропуск|student|military|last\s+(?:4|four)|последние|mine|one\s+is|правильн|настоящ|мой\s+такой|загран|унзр|запис/iu
const ALNUM_CUE_RE =
  /medicare|mbi|ausweis|reisepass|steuer|\bni[ef]\b|\bdni\b|fiscale|pesel|\bbsn\b|health\s+card|id\s+n/iu

/** Spans start at the first digit group (the keyword stays, the number goes). */
function pushGroups(out: PiiFinding[], m: RegExpMatchArray, text: string): void {
  const groups = m.slice(1).filter((g): g is string => g !== undefined)
  const whole = m[0]
  const base = m.index ?? 0
  if (groups.length === 0) {
    push(out, 'id_document', base, base + whole.length, text)
    return
  }
  const first = groups[0] as string
  const start = base + whole.indexOf(first)
  push(out, 'id_document', start, base + whole.length, text)
}

export function findIds(text: string, out: PiiFinding[]): void {
  if (!/\d/.test(text)) {
    if (/паспорт|сери[яию]/iu.test(text)) findSpelledPassports(text, out)
    return
  }
  if (KEYWORD_RE.test(text)) {
    for (const re of [
      PASSPORT_RE,
      SNILS_KEY_RE,
      INN_KEY_RE,
      OMS_RE,
      DRIVER_RE,
      SSN_RE,
      LETTER_SERIES_RE,
      ID_CARD_RE,
      NINO_KEY_RE,
      NATIONAL_ID_RE,
    ]) {
      for (const m of text.matchAll(re)) pushGroups(out, m, text)
    }
    // rarer forms, each behind its own cheap word check
    if (RARE_CUE_RE.test(text)) {
      for (const [cue, re] of RARE_FORMS) {
        if (cue.test(text)) for (const m of text.matchAll(re)) pushGroups(out, m, text)
      }
    }
    const passport = PASSPORT_WORD_RE.test(text)
    if (passport || /сери[яию]/iu.test(text)) findSpelledPassports(text, out)
    if (passport) {
      for (const m of text.matchAll(SERIES_ALONE_RE)) pushGroups(out, m, text)
      for (const m of text.matchAll(NUMBER_ALONE_RE)) pushGroups(out, m, text)
    }
    if (ALNUM_CUE_RE.test(text)) {
      for (const m of text.matchAll(ALNUM_ID_RE)) {
        const id = m[1] ?? ''
        if (/[A-Z]/.test(id) || id.replace(/\D/g, '').length >= 6) pushGroups(out, m, text)
      }
    }
    for (const m of text.matchAll(EN_PASSPORT_RE)) {
      // groups joined by dashes ("B-2210-4498-07") need five digits: "licence A-1" is no number
      const id = m[1] ?? ''
      if (/\d/.test(id) && (!id.includes('-') || id.replace(/\D/g, '').length >= 5)) pushGroups(out, m, text)
    }
  } else if (/\d{3}-\d{2}-\d{4}/.test(text)) {
    for (const m of text.matchAll(SSN_RE)) pushGroups(out, m, text)
  }
  if (/[A-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]/.test(text)) {
    for (const m of text.matchAll(NINO_RE)) push(out, 'id_document', m.index, m.index + m[0].length, text)
  }
  if (/\d{3}-\d{3}-\d{3}/.test(text)) {
    for (const m of text.matchAll(SNILS_FORMAT_RE)) {
      if (validSnils(m[0].replace(/\D/g, ''))) push(out, 'id_document', m.index, m.index + m[0].length, text)
    }
  }
  if (INN_WORD_RE.test(text)) {
    const key = text.search(INN_WORD_RE)
    for (const m of text.matchAll(INN_LATER_RE)) {
      if (m.index < key || ORG_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue
      // amounts in groups («сумма 1000 2000 3000»): round groups are no number
      if ((m[0].match(/\d00(?!\d)/g)?.length ?? 0) >= 2) continue
      push(out, 'id_document', m.index, m.index + m[0].length, text)
    }
  }
  if (/\d{12}/.test(text)) {
    for (const m of text.matchAll(INN12_RE)) {
      if (validInn(m[0])) push(out, 'id_document', m.index, m.index + m[0].length, text)
    }
  }
}
