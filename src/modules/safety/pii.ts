/**
 * Detection of personal identifiers and contact details in free text (ru/en). Pure, framework-free.
 *
 * Used to keep chats anonymous (relay warnings), to scrub report context and to anonymise anything that
 * leaves the process (AI coach prompts). Tuned to prefer catching a contact over missing it, while leaving
 * ordinary numbers (times, dates, years, amounts, "5-10 минут") alone. See README.md for what is caught and
 * what is knowingly missed.
 */

export type PiiKind = 'phone' | 'email' | 'username' | 'link' | 'card' | 'telegram_id' | 'digits'

export type PiiFinding = {
  kind: PiiKind
  /** UTF-16 offsets into the original text: `text.slice(start, end) === value`. */
  start: number
  end: number
  value: string
}

/** Every kind counts as contact/identifying information (see containsContactInfo). */
export const PII_KINDS: readonly PiiKind[] = [
  'phone',
  'email',
  'username',
  'link',
  'card',
  'telegram_id',
  'digits',
]

/** When two findings overlap, the higher priority wins (then the longer one). */
const PRIORITY: Record<PiiKind, number> = {
  email: 7,
  link: 6,
  card: 5,
  phone: 4,
  telegram_id: 3,
  username: 2,
  digits: 1,
}

// Letters/digits of any script: boundaries must work for Cyrillic, where \b does not.
const W = '\\p{L}\\p{N}_'

/**
 * Fullwidth digits, "+", "@" and "." are mapped to ASCII one code unit for one, so offsets stay valid
 * while "８９９９…" is still seen as a phone.
 */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
}

// ── links ──
// Curated TLDs: wide enough for real contacts, without English words that appear after a missing space
// ("tired.is", "go.to", "do.it"). Any TLD is accepted when a path follows (`wa.me/…`, `bit.ly/…`).
const TLDS = [
  'com',
  'ru',
  'рф',
  'su',
  'org',
  'net',
  'info',
  'biz',
  'io',
  'ai',
  'app',
  'dev',
  'xyz',
  'site',
  'online',
  'store',
  'shop',
  'club',
  'pro',
  'top',
  'live',
  'link',
  'space',
  'website',
  'tech',
  'fun',
  'ua',
  'by',
  'kz',
  'uz',
  'kg',
  'am',
  'ge',
  'az',
  'md',
  'de',
  'uk',
  'co',
  'us',
  'eu',
  'fr',
  'es',
  'pl',
  'cz',
  'lt',
  'lv',
  'ee',
  'fi',
  'se',
  'nl',
  'ch',
  'il',
  'tr',
  'jp',
  'cn',
  'tv',
  'cc',
  'ly',
  'gg',
  'fm',
  'me',
  'im',
  'ws',
]
const URL_SCHEME_RE = /(?:https?|ftp|tg):\/\/[^\s<>"«»]+|\bwww\.[^\s<>"«»]+/giu
const DOMAIN_RE = new RegExp(
  `(?<![${W}@.\\-/])((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?\\.)+)([\\p{L}]{2,12})(?![${W}\\-])((?:[/?#][^\\s<>"«»]*)?)`,
  'gu',
)
const TLD_SET = new Set(TLDS)
// "gmail dot com", "vk точка ru", "mail (dot) ru"
const DOTTED_RE = new RegExp(
  `(?<![${W}])[\\p{L}\\p{N}._\\-]{2,}\\s*[([]?\\s*(?:dot|точка|тчк)\\s*[)\\]]?\\s*(?:com|ru|рф|net|org|me|io)(?![${W}])`,
  'giu',
)
const TRAILING_PUNCT_RE = /[.,!?;:)\]}»"'…]+$/u

function trimTrailing(value: string): string {
  let v = value.replace(TRAILING_PUNCT_RE, '')
  // keep a closing bracket that belongs to the URL, e.g. wikipedia "(disambiguation)"
  if (value.length > v.length && value.slice(v.length).startsWith(')') && v.includes('(')) v += ')'
  return v
}

function findLinks(text: string, out: PiiFinding[]): void {
  for (const m of text.matchAll(URL_SCHEME_RE)) {
    const value = trimTrailing(m[0])
    if (value.length > 4) out.push({ kind: 'link', start: m.index, end: m.index + value.length, value })
  }
  for (const m of text.matchAll(DOMAIN_RE)) {
    const labels = m[1] ?? ''
    const tld = m[2] ?? ''
    const path = m[3] ?? ''
    const lowerTld = tld.toLowerCase()
    const hasPath = path.length > 1
    // "Tired.Is it" — a Capitalised TLD right after a dot is a sentence start, not a domain
    const casingOk = tld === lowerTld || tld === tld.toUpperCase()
    if (!casingOk) continue
    if (!TLD_SET.has(lowerTld) && !(hasPath && /^[a-z]{2,6}$/.test(lowerTld))) continue
    // the label before the TLD must contain a letter ("1.5.ru" is odd but "3.14" never reaches here)
    if (!/\p{L}/u.test(labels)) continue
    const value = trimTrailing(m[0])
    out.push({ kind: 'link', start: m.index, end: m.index + value.length, value })
  }
  for (const m of text.matchAll(DOTTED_RE)) {
    out.push({ kind: 'link', start: m.index, end: m.index + m[0].length, value: m[0] })
  }
}

// ── emails ──
const EMAIL_RE = new RegExp(
  `(?<![${W}.+\\-])[\\p{L}\\p{N}._%+\\-]+\\s?(?:@|\\[at\\]|\\(at\\)|\\sсобака\\s)\\s?[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,12}(?![${W}])`,
  'giu',
)

function findEmails(text: string, out: PiiFinding[]): void {
  for (const m of text.matchAll(EMAIL_RE)) {
    const value = m[0]
    out.push({ kind: 'email', start: m.index, end: m.index + value.length, value })
  }
}

// ── usernames ──
const AT_USERNAME_RE = new RegExp(`(?<![${W}.])@[A-Za-z][A-Za-z0-9_.]{2,31}(?<!\\.)`, 'gu')
// A platform word followed by a Latin handle: "мой инст anna.k", "пиши в тг ivan_petrov", "discord: bob#1234"
const RU_PLATFORM =
  'ник|никнейм|логин|юзернейм|юзер|инст|инста|инсте|инсту|инстаграм|инстаграме|тг|телега|телеге|телегу|телеграм|телеграме|телеграмм|телеграмме|дискорд|дискорде|скайп|скайпе|вк|вконтакте|ватсап|ватсапе|вотсап|вотсапе|вайбер|вайбере|снап|снапчат|тикток|тиктоке|твиттер|твиттере'
const EN_PLATFORM =
  'username|user\\s?name|nick|nickname|handle|insta|instagram|ig|telegram|tg|discord|skype|snapchat|snap|whatsapp|vk|tiktok|twitter|x\\.com'
const RU_HANDLE_RE = new RegExp(
  `(?<![${W}])(?:${RU_PLATFORM})(?![${W}])\\s*(?:[:\\-—–=]|это)?\\s*(?:мой|моя|меня)?\\s*@?([A-Za-z][A-Za-z0-9_.]{2,31}(?:#\\d{4})?)(?![${W}])`,
  'giu',
)
const EN_HANDLE_RE = new RegExp(
  `(?<![${W}])(?:${EN_PLATFORM})(?![${W}])\\s*(:|-|=|is(?=\\s))?\\s*@?([A-Za-z][A-Za-z0-9_.]{2,31}(?:#\\d{4})?)(?![${W}])`,
  'giu',
)

function findUsernames(text: string, out: PiiFinding[]): void {
  for (const m of text.matchAll(AT_USERNAME_RE)) {
    out.push({ kind: 'username', start: m.index, end: m.index + m[0].length, value: m[0] })
  }
  for (const m of text.matchAll(RU_HANDLE_RE)) {
    const handle = m[1] ?? ''
    const start = m.index + m[0].length - handle.length
    out.push({ kind: 'username', start, end: start + handle.length, value: handle })
  }
  for (const m of text.matchAll(EN_HANDLE_RE)) {
    const sep = m[1]
    const handle = m[2] ?? ''
    // English words follow "telegram" all the time ("on telegram later"): demand a handle-looking token
    // or an explicit ":" / "is" introducing it.
    const looksLikeHandle = /[0-9_.#]/.test(handle) || (sep !== undefined && sep !== '')
    if (!looksLikeHandle) continue
    if (/^(?:is|the|not|too|also|here|there|and|but|you|your|me|my|now|later|today)$/i.test(handle)) continue
    const start = m.index + m[0].length - handle.length
    out.push({ kind: 'username', start, end: start + handle.length, value: handle })
  }
}

// ── numbers: phones, cards, ids, long digit runs ──
// A digit sequence allowing up to three separators (space, dash, dot, parentheses) between digits.
const NUMBER_RE = /(?<![\d+])\+?\s?\(?\d(?:[\s\-–—().\u00a0]{0,3}\d)+/gu
const TG_ID_RE = new RegExp(
  `(?<![${W}])(?:telegram\\s?id|tg\\s?id|user\\s?id|chat\\s?id|id|айди|ид)\\s*[:#№=]?\\s*(\\d{5,15})(?!\\d)`,
  'giu',
)

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

/** Ordinary numbers that merely look long: dates, year ranges, amounts grouped by thousands. */
function isHarmlessNumber(raw: string): boolean {
  const s = raw.trim()
  // 12.05.2023, 12/05/23, 2023-05-12
  if (/^\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})$/.test(s)) return true
  if (/^\d{4}[./-]\d{1,2}[./-]\d{1,2}$/.test(s)) return true
  // 1990-2000, 2019 2020 2021
  if (/^(?:(?:19|20)\d\d)(?:\s?[-–—\s]\s?(?:19|20)\d\d)+$/.test(s)) return true
  // 1 000 000, 1.000.000, 12 500 000
  if (/^\d{1,3}(?:[\s\u00a0.]\d{3})+$/.test(s)) return true
  // decimals: 3.14159265 (one dot, no spaces)
  if (/^\d+\.\d+$/.test(s) && !/^\d{3}\.\d{3}\.\d{4}$/.test(s)) return true
  return false
}

function classifyNumber(raw: string): PiiKind | null {
  const digits = raw.replace(/\D/g, '')
  const n = digits.length
  const plus = raw.trimStart().startsWith('+')
  const separated = /[\s\-–—().]/.test(raw.trim())
  if (plus && n >= 8 && n <= 15) return 'phone'
  if (n >= 13 && n <= 19 && luhn(digits)) return 'card'
  if (n === 11 && (digits[0] === '7' || digits[0] === '8')) return 'phone'
  if (n === 10 && digits[0] === '9') return 'phone'
  if (n >= 7 && isHarmlessNumber(raw)) return null
  // formatted like a phone: groups joined by separators, 7–15 digits (local numbers, 020 7946 0958)
  if (separated && n >= 7 && n <= 15 && /\d{2,4}[\s\-–—.)]+\d{2,4}[\s\-–—.]+\d{2}/.test(raw)) return 'phone'
  if (n >= 7) return 'digits'
  return null
}

function findNumbers(text: string, out: PiiFinding[]): void {
  for (const m of text.matchAll(TG_ID_RE)) {
    out.push({ kind: 'telegram_id', start: m.index, end: m.index + m[0].length, value: m[0] })
  }
  for (const m of text.matchAll(NUMBER_RE)) {
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
    for (const part of splitAtHarmlessTokens(raw, start)) {
      const kind = classifyNumber(part.value)
      if (kind) out.push({ kind, start: part.start, end: part.start + part.value.length, value: part.value })
    }
  }
}

// A date or a year range inside a longer run ("12.05.2023 1990-2000 1 000 000") separates numbers.
const HARD_TOKEN_RE =
  /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:19|20)\d\d[-–—](?:19|20)\d\d)$/

function splitAtHarmlessTokens(raw: string, start: number): { value: string; start: number }[] {
  if (!/\s/.test(raw)) return [{ value: raw, start }]
  const tokens = [...raw.matchAll(/\S+/g)]
  if (!tokens.some((t) => HARD_TOKEN_RE.test(t[0]))) return [{ value: raw, start }]
  const parts: { value: string; start: number }[] = []
  let from: number | null = null
  let to = 0
  const flush = () => {
    if (from !== null) parts.push({ value: raw.slice(from, to), start: start + from })
    from = null
  }
  for (const t of tokens) {
    if (HARD_TOKEN_RE.test(t[0])) {
      flush()
      continue
    }
    if (from === null) from = t.index
    to = t.index + t[0].length
  }
  flush()
  return parts
}

/**
 * All personal identifiers in `text`, non-overlapping, in text order. Offsets refer to `text` as given.
 */
export function findPii(text: string): PiiFinding[] {
  if (!text) return []
  const folded = foldWidth(text)
  const candidates: PiiFinding[] = []
  findEmails(folded, candidates)
  findLinks(folded, candidates)
  findUsernames(folded, candidates)
  findNumbers(folded, candidates)
  candidates.sort((a, b) => PRIORITY[b.kind] - PRIORITY[a.kind] || b.end - b.start - (a.end - a.start))
  const kept: PiiFinding[] = []
  for (const c of candidates) {
    if (c.end <= c.start) continue
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue
    kept.push({ ...c, value: text.slice(c.start, c.end) })
  }
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * True when the text carries anything that identifies a person or lets the conversation move off the
 * platform: phone, email, handle, link, card, Telegram id or a long digit run.
 */
export function containsContactInfo(text: string): boolean {
  return findPii(text).length > 0
}
