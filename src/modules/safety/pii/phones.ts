import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { isPublicHelpline, isServiceNumber } from './public-numbers.js'
import { matchesOf, type PiiFinding, type PiiKind, push, W } from './types.js'

/**
 * Numbers: phones (validated with libphonenumber-js), cards (Luhn), Telegram ids and other long digit
 * runs. Ordinary numbers — times, dates, years, amounts — are left alone.
 */

// A digit sequence allowing up to three separators (space, dash, dot, parentheses) between digits.
// Up to six spaces: an emoji between the pieces is folded to spaces («555 ➡️ 201» → "555    201").
// An ellipsis between groups of 3+ digits counts as one separator («555 ... 3390», "555…0199"; not "10 ... 20").
const NUMBER_RE =
  /(?<![\d+])\+?\s?\(?\d(?:(?:[\s\-–—().\u00a0]{0,3}|\s{4,6}|(?<=\d{3})\s?(?:\.{2,3}|…)\s?(?=\d{3}))\d)+/gu
const TG_ID_RE = new RegExp(
  `(?<![${W}])(?:telegram\\s?id|tg\\s?id|user\\s?id|chat\\s?id|id|айди|ид)\\s*[:#№=]?\\s*(\\d{5,15})(?!\\d)`,
  'giu',
)
// Words right before a number that make it a phone even when it could read as a date ("рабочий 12-05-23").
const PHONE_WORD_RE =
  /^(?:тел\p{L}*|номер\p{L}*|звони\p{L}*|позвони\p{L}*|набер\p{L}*|моб\p{L}*|сотов\p{L}*|рабоч\p{L}*|домашн\p{L}*|городск\p{L}*|ватсап\p{L}*|вотсап\p{L}*|вайбер\p{L}*|phone|cell|mobile|call|text|number|tel|whatsapp|viber|celular|cel|telefone|tel[eé]fono|telefono|m[oó]vil|zap|ligue|liga|ll[aá]mame|portable|handy|telefon|whats)$/iu

// Words right before a number that make it a thing's number, not a person's: an order, a parcel, a
// receipt, a contract, a ticket, a company's registration codes, a count («заказ № 48213597», "tracking
// number …", «артикул …», «БИК …», «подписчиков 1250000»).
const THING_WORD_RE =
  /^(?:заказ\p{L}*|трек\p{L}*|отслеживани\p{L}*|посылк\p{L}*|отправлени\p{L}*|накладн\p{L}*|артикул\p{L}*|штрих\p{L}*|штрихкод\p{L}*|isbn|issn|гост\p{L}*|договор\p{L}*|контракт\p{L}*|квитанци\p{L}*|чек\p{L}{0,2}|фактур\p{L}*|обращени\p{L}*|заявк\p{L}*|тикет\p{L}*|билет\p{L}*|брон\p{L}*|рейс\p{L}*|платеж\p{L}*|платёж\p{L}*|транзакци\p{L}*|операци\p{L}*|компани\p{L}*|организаци\p{L}*|ооо|фирм\p{L}*|юрлиц\p{L}*|бик|огрн\p{L}*|огрнип|кпп|окпо|оквэд|октмо|кадастров\p{L}*|серийн\p{L}*|модел\p{L}*|vin|imei|подписчик\p{L}*|просмотр\p{L}*|лайк\p{L}*|order|orders|tracking|track|parcel|package|shipment|invoice|receipt|ticket|booking|reservation|confirmation|reference|ref|transaction|serial|model|sku|article|item|case|claim|company|organization|organisation|followers|views|subscribers|likes|steps|лотере\p{L}*|лото|тираж\p{L}*|джекпот\p{L}*|ошибк\p{L}*|lottery|lotto|powerball|jackpot|error|routing|sort|bsb|swift|bic|pedido|encomenda|rastreio|seguimiento|commande|bestellung|zam[oó]wieni\p{L}*|factura|fatura|reserva)$/iu

/**
 * The nearest cue among the five words before `start`: a phone word («тел.», «номер моей мамы в Польше»,
 * "call me at") makes a phone, a thing word («номер заказа», "order #") makes a thing's number —
 * `named-thing` when «номер»/"number"/"ID" names the number as the thing's («номер заказа …», "order ID …").
 */
function numberContext(text: string, start: number): 'phone' | 'thing' | 'named-thing' | 'document' | null {
  const words = text.slice(Math.max(0, start - 60), start).split(/[^\p{L}]+/u)
  // the word count at which «номер»/"number" was seen
  let numberWordAt = -1
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 5; i--) {
    const w = words[i]
    if (!w) continue
    seen++
    // «номер»/"number" names a phone unless a thing word stands right before it («трек-номер», "order
    // number"); «заявка 5 — мой номер …» is a phone
    if (THING_WORD_RE.test(w)) {
      if (numberWordAt >= 0 && numberWordAt !== seen - 1) return 'phone'
      return numberWordAt === seen - 1 || /^(?:номер\p{L}*|number|no|nr|id)$/iu.test(previousWord(words, i))
        ? 'named-thing'
        : 'thing'
    }
    // "order ID 3049…": an id after a thing word is the thing's
    if (/^id$/iu.test(w) && numberWordAt < 0)
      return THING_WORD_RE.test(previousWord(words, i)) ? 'named-thing' : 'document'
    if (DOCUMENT_WORD_RE.test(w)) return numberWordAt < 0 || numberWordAt === seen - 1 ? 'document' : 'phone'
    if (NUMBER_WORD_RE.test(w)) {
      if (numberWordAt < 0) numberWordAt = seen
    } else if (PHONE_WORD_RE.test(w)) return 'phone'
  }
  return numberWordAt >= 0 ? 'phone' : null
}

/** The non-empty word before `words[i]`. */
function previousWord(words: string[], i: number): string {
  for (let j = i - 1; j >= 0; j--) if (words[j]) return words[j] as string
  return ''
}
// A person's document named before the number: its «№» is no order number («загран 72 № 5512843»).
const DOCUMENT_WORD_RE =
  /^(?:паспорт\p{L}*|загран\p{L}*|удостоверени\p{L}*|свидетельств\p{L}*|свид|полис\p{L}*|прав[аоу]?|снилс\p{L}*|инн|иин|запис\p{L}*|унзр|документ\p{L}*|passport|licen[cs]e|ssn|id)$/iu
const NUMBER_WORD_RE = /^(?:номер\p{L}*|number|no|nr|numer|numero|n[uú]mero|num[eé]ro|nummer)$/iu

// An amount or a count: a currency or a unit right after the number, or a currency sign before it.
const UNIT_AFTER_RE =
  /^\s?(?:₽|\$|€|£|¥|₸|₴|%|руб\p{L}*|р\.|тыс\p{L}*|млн|млрд|долл\p{L}*|бакс\p{L}*|евро|тенге|сум\p{L}{0,2}|грн|гривен\p{L}*|лар\p{L}{0,2}|драм\p{L}{0,2}|манат\p{L}{0,2}|сом\p{L}{0,2}|злот\p{L}*|usd|eur|rub|gbp|kzt|uah|dollars?|bucks|euros?|pounds?|yen|₹|₪|₾|֏|rupees?|rs\.?|inr|shekels?|nis|ils|шекел\p{L}*|рупи\p{L}*|lari|gel|drams?|amd|tenge|uzs|byn|шт\p{L}*|км|кг|раз|просмотр\p{L}*|подписчик\p{L}*|лайк\p{L}*|views|followers|subscribers|likes|steps|шаг\p{L}*)(?![\p{L}\p{N}])/iu
const CURRENCY_BEFORE_RE = /[$€£¥₽₸₴]\s?$/u

// A business named beside a toll-free number: «звонила в поддержку банка 8-800-…», "the store's 1-800 line".
const ORG_CUE_RE =
  /(?<![\p{L}])(?:поддержк\p{L}*|горяч\p{L}*\s+лини\p{L}*|лини\p{L}*\s+доверия|телефон\p{L}*\s+доверия|министерств\p{L}*|минздрав\p{L}*|банк\p{L}*|магазин\p{L}*|компани\p{L}*|оператор\p{L}*|служб\p{L}*|колл-?центр\p{L}*|клиник\p{L}*|support|hotline|helpline|lifeline|crisis\s+line|charity|support\s+line|customer|service|store|shop|bank|company|airline|agency|office|department|ministry|council|insurance|insurer|pharmacy|their\s+(?:line|number|hotline|helpline)|их\s+(?:номер|телефон|лини\p{L}))(?![\p{L}])/iu
// …or an organisation named by its acronym: "the IRS", "DMV", «МФЦ», «ЖКХ» (not "I", "OK", "ID")
const ORG_ACRONYM_RE = /(?<![\p{L}])(?!(?:OK|ID|TV|PM|AM)(?![\p{L}]))(?:[A-Z]{2,5}|[А-ЯЁ]{2,5})(?![\p{L}])/u
const orgNamed = (sentence: string): boolean => ORG_CUE_RE.test(sentence) || ORG_ACRONYM_RE.test(sentence)

/** The sentence around a number (at most 120 characters each side, the number itself left out). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 120), start)
  const stop = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('!'),
    before.lastIndexOf('?'),
    before.lastIndexOf('\n'),
  )
  const after = text.slice(end, end + 120).split(/[.!?\n]/u)[0] ?? ''
  return `${before.slice(stop + 1)} ${after}`
}

const RU_MOBILE_RE = /^(?:[78]9\d{9}|9\d{9})$/

/**
 * A number that counts or prices something, a code inside Latin letters ("RA123456789RU") or a model after
 * its capitals and a hyphen («ВАЗ-2107», "SM-G991B").
 */
function isAmountOrCode(text: string, start: number, end: number): boolean {
  if (UNIT_AFTER_RE.test(text.slice(end, end + 16))) return true
  if (CURRENCY_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start))) return true
  if (/\p{Lu}{1,6}-$/u.test(text.slice(Math.max(0, start - 7), start))) return true
  // a hexadecimal code: "0x80070005"
  if (/(?<![\p{L}\p{N}])0[xX]$/u.test(text.slice(Math.max(0, start - 3), start))) return true
  // glued to Latin letters on both sides: a tracking code, not a phone (one side only may be a document:
  // "N12345678", "1234567T")
  return /[A-Za-z]/.test(text[start - 1] ?? '') && /[A-Za-z]/.test(text[end] ?? '')
}

// Default regions tried for numbers written without "+": home region first, then where users live.
const REGIONS: CountryCode[] = ['RU', 'US', 'GB', 'DE', 'FR', 'UA', 'BY', 'UZ', 'GE', 'PL', 'IT', 'ES']

function luhn(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

/** dd.mm.yy(yy) / yyyy-mm-dd with a real day and month. */
function isPlausibleDate(s: string): boolean {
  let m = s.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/)
  if (m) {
    const d = Number(m[1])
    const mo = Number(m[2])
    return d >= 1 && d <= 31 && mo >= 1 && mo <= 12
  }
  m = s.match(/^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/)
  if (m) {
    const mo = Number(m[2])
    const d = Number(m[3])
    return d >= 1 && d <= 31 && mo >= 1 && mo <= 12
  }
  return false
}

function isYearRange(s: string): boolean {
  return /^(?:(?:19|20)\d\d)(?:\s?(?:[-–—\s]|\.{2,3}|…)\s?(?:19|20)\d\d)+$/.test(s)
}

/** One digit repeated, or digits counting up or down by one: 1234567, 98765432, 0000000. */
function isTrivialRun(digits: string): boolean {
  if (digits.length < 7) return false
  const step = digits.charCodeAt(1) - digits.charCodeAt(0)
  if (step < -1 || step > 1) return false
  for (let i = 2; i < digits.length; i++)
    if (digits.charCodeAt(i) - digits.charCodeAt(i - 1) !== step) return false
  return true
}

/**
 * Numbers drawn or listed in rising order, each of one or two digits: "4 17 23 31 42" (a lottery draw, a
 * list of pages). A phone read out in pairs starts with 0 («06 12 34 56 78») or has a Russian mobile's shape.
 */
function isRisingList(raw: string): boolean {
  const groups = raw.trim().split(/[\s,]+/u)
  if (groups.length < 4 || !groups.every((g) => /^[1-9]\d?$/.test(g))) return false
  if (RU_MOBILE_RE.test(groups.join(''))) return false
  for (let i = 1; i < groups.length; i++) if (Number(groups[i]) <= Number(groups[i - 1])) return false
  return true
}

/** Ordinary numbers that merely look long: dates, year ranges, amounts grouped by thousands. */
function isHarmlessNumber(raw: string): boolean {
  const s = raw.trim()
  if (isPlausibleDate(s)) return true
  if (isYearRange(s)) return true
  // 1 000 000, 1.000.000, 12 500 000
  if (/^\d{1,3}(?:[\s\u00a0.]\d{3})+$/.test(s)) return true
  // a private or loopback IP address identifies nobody: 192.168.1.1, 10.0.0.1, 127.0.0.1 (a public one may)
  if (/^(?:192\.168|10\.\d{1,3}|127\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01]))\.\d{1,3}\.\d{1,3}$/.test(s))
    return true
  // decimals: 3.14159265 (one dot, no spaces)
  if (/^\d+\.\d+$/.test(s) && !/^\d{3}\.\d{3}\.\d{4}$/.test(s)) return true
  return false
}

function validPhone(raw: string): boolean {
  const n = raw.replace(/\D/g, '').length
  if (n < 7 || n > 15) return false
  const plus = raw.trimStart().startsWith('+')
  try {
    if (plus) return parsePhoneNumberFromString(raw)?.isValid() === true
    for (const region of REGIONS) if (parsePhoneNumberFromString(raw, region)?.isValid()) return true
  } catch {
    return false
  }
  return false
}

function classifyNumber(raw: string, phoneContext: boolean): PiiKind | null {
  const digits = raw.replace(/\D/g, '')
  const n = digits.length
  const plus = raw.trimStart().startsWith('+')
  const separated = /[\s\-–—().]/.test(raw.trim())
  if (plus && n >= 7 && n <= 15) return 'phone'
  if (!phoneContext && isRisingList(raw)) return null
  if (n >= 13 && n <= 19 && luhn(digits)) return 'card'
  if (n === 11 && (digits[0] === '7' || digits[0] === '8')) return 'phone'
  if (n === 10 && digits[0] === '9') return 'phone'
  // a local number with dashes: 12-34-56, 22-15-87, 123-45-67 — unless it is a real date with no phone word
  // a five-digit town number after a phone word: «городской 2-15-48»
  if (phoneContext && /^\d[-–]\d{2}[-–]\d{2}$/.test(raw.trim())) return 'phone'
  if (/^\d{2,3}[-–]\d{2}[-–]\d{2}$/.test(raw.trim())) {
    if (phoneContext || !isPlausibleDate(raw.trim())) return 'phone'
    return null
  }
  if (n >= 7 && isHarmlessNumber(raw) && !phoneContext) return null
  // round thousands are an amount even after a phone word («телефон 1 000 000 раз перезагружала»)
  if (/^\d{1,3}(?:[\s\u00a0.]000)+$/.test(raw.trim())) return null
  if (n >= 7 && n <= 15 && separated && validPhone(raw)) return 'phone'
  // formatted like a phone: groups joined by separators, 7–15 digits (local numbers, 020 7946 0958)
  if (separated && n >= 7 && n <= 15 && /\d{2,4}[\s\-–—.)]+\d{2,4}[\s\-–—.]+\d{2}/.test(raw)) return 'phone'
  if (n >= 7 && n <= 15 && phoneContext) return 'phone'
  if (n >= 7) return 'digits'
  // six digits after a phone word: «домашний 441209»
  if (n === 6 && phoneContext && separated) return 'phone'
  return null
}

// A date or a year range inside a longer run ("12.05.2023 1990-2000 1 000 000") separates numbers.
function isHardToken(s: string): boolean {
  return isPlausibleDate(s) || /^(?:19|20)\d\d[-–—](?:19|20)\d\d$/.test(s)
}

function splitAtHarmlessTokens(raw: string, start: number): { value: string; start: number }[] {
  if (!/\s/.test(raw)) return [{ value: raw, start }]
  const tokens = matchesOf(/\S+/g, raw)
  if (!tokens.some((t) => isHardToken(t[0]))) return [{ value: raw, start }]
  // a whole run that is a valid phone stays whole: "8 (3812) 12-34-56", "+7 916 555 12 34" — not one
  // holding a date with a four-digit year ("2024-03-15 03:14", «15.03.2024 03:14»)
  if (!tokens.some((t) => /(?:19|20)\d\d/.test(t[0]) && isPlausibleDate(t[0])) && validPhone(raw))
    return [{ value: raw, start }]
  const parts: { value: string; start: number }[] = []
  let from: number | null = null
  let to = 0
  const flush = () => {
    if (from !== null) parts.push({ value: raw.slice(from, to), start: start + from })
    from = null
  }
  for (const t of tokens) {
    if (isHardToken(t[0])) {
      flush()
      continue
    }
    if (from === null) from = t.index
    to = t.index + t[0].length
  }
  flush()
  return parts
}

/** Phones, cards, Telegram ids and long digit runs. */
export function findNumbers(text: string, out: PiiFinding[]): void {
  if (!/\d/.test(text)) return
  for (const m of matchesOf(TG_ID_RE, text)) {
    // "order ID 30498812", «номер брони id …»: the id of a thing
    const before = text.slice(Math.max(0, m.index - 30), m.index).split(/[^\p{L}]+/u)
    if (THING_WORD_RE.test(previousWord(before, before.length))) continue
    push(out, 'telegram_id', m.index, m.index + m[0].length, text)
  }
  for (const m of matchesOf(NUMBER_RE, text)) {
    let raw = m[0]
    let start = m.index
    // the pattern may swallow a leading "(" or space; findings start at "+", "(" or a digit
    const lead = raw.match(/^\s+/)?.[0].length ?? 0
    raw = raw.slice(lead)
    start += lead
    if (raw.startsWith('(') && !/^\(\d+\)/.test(raw)) {
      raw = raw.slice(1)
      start += 1
    }
    // a trailing ")" or "." is punctuation, not part of the number
    const trail = raw.match(/[\s().\-–—]+$/)?.[0].length ?? 0
    if (trail && !/\(\d+\)$/.test(raw)) raw = raw.slice(0, raw.length - trail)
    // fewer than five digits is never a phone, a card or a long number (classifyNumber): skip the context
    let digitCount = 0
    for (let i = 0; i < raw.length && digitCount < 5; i++)
      if (raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) digitCount++
    if (digitCount < 5) continue
    const cue = numberContext(text, start)
    for (const part of splitAtHarmlessTokens(raw, start)) {
      if (!part.value.startsWith('+')) {
        if (isAmountOrCode(text, part.start, part.start + part.value.length)) continue
        // a thing's number («номер заказа», «заявление № …»), unless it has the shape of a Russian mobile
        // and the thing was not named as the number's owner («для заказа мой 916…» — «номер заказа 983…»)
        if (cue === 'named-thing') continue
        // a run anybody would type (12345678, 00000000) is nobody's number — unless it is grouped like a
        // phone («123-45-67») or a phone or a document is named before it («паспорт N12345678»)
        if (cue !== 'phone' && cue !== 'document' && /^\d+$/.test(part.value) && isTrivialRun(part.value))
          continue
        const thing =
          cue === 'thing' ||
          (cue === null &&
            /(?:№|#|\bNo\.?|\bNr\.?)\s*$/u.test(text.slice(Math.max(0, part.start - 5), part.start)))
        if (thing && !RU_MOBILE_RE.test(part.value.replace(/\D/g, ''))) continue
      }
      const kind = classifyNumber(part.value, cue === 'phone')
      if (kind === 'phone' && isPublicHelpline(part.value)) continue
      if (
        kind === 'phone' &&
        orgNamed(sentenceAround(text, part.start, part.start + part.value.length)) &&
        isServiceNumber(part.value)
      )
        continue
      if (kind) push(out, kind, part.start, part.start + part.value.length, text)
    }
  }
}
