import { findPii, type PiiKind } from './pii.js'

/**
 * Typed placeholders. Neutral ASCII on purpose: the same text goes to moderators (ru/en) and to LLM
 * prompts, and a placeholder must never look like a real value.
 */
export const PLACEHOLDERS: Record<PiiKind, string> = {
  phone: '[phone]',
  email: '[email]',
  username: '[username]',
  link: '[link]',
  card: '[card]',
  telegram_id: '[id]',
  digits: '[number]',
  name: '[name]',
  address: '[address]',
  id_document: '[document]',
}

export type AnonymizeOptions = {
  /** Names, nicknames and pseudonyms of the people involved; matched case-insensitively with inflections. */
  names?: readonly string[]
}

// Russian case/number endings (nouns and adjectives) plus English possessive/plural. A name token matches
// when its stem is followed by one of these, so «Анна» also hides «Анну», «Анной», «Тихий» hides «Тихого».
const ENDINGS = [
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'о',
  'ь',
  'й',
  'ой',
  'ей',
  'ом',
  'ем',
  'ою',
  'ею',
  'ам',
  'ям',
  'ами',
  'ями',
  'ах',
  'ях',
  'ов',
  'ев',
  'ий',
  'ия',
  'ию',
  'ие',
  'ии',
  'ье',
  'ья',
  'ью',
  'ьи',
  'ием',
  'ьей',
  'ого',
  'его',
  'ому',
  'ему',
  'ым',
  'им',
  'ыми',
  'ими',
  'ых',
  'их',
  'ая',
  'яя',
  'ую',
  'юю',
  'ое',
  'ее',
  'ые',
  'ка',
  'ки',
  'ку',
  'кой',
  's',
  "'s",
  '’s',
  'es',
]
const STRIPPABLE = /[аеёиоуыэюяйьaeiouy]+$/iu
const ESC = /[.*+?^${}()|[\]\\]/g

function escapeRe(s: string): string {
  return s.replace(ESC, '\\$&')
}

/** ё and е are the same letter for matching purposes. */
function yoInsensitive(s: string): string {
  return escapeRe(s).replace(/[её]/giu, (ch) => (ch === ch.toLowerCase() ? '[её]' : '[ЕЁ]'))
}

/**
 * A pattern for one name token. Stems of ≥4 letters match as a prefix followed by up to four letters
 * (covers most inflections and diminutive suffixes); shorter stems only with a known ending, so «Лис»
 * hides «Лиса»/«Лисом» but not «Лист».
 */
function tokenPattern(token: string): string {
  const stem = token.length > 3 ? token.replace(STRIPPABLE, '') : token
  const base = stem.length >= 2 ? stem : token
  if (base.length >= 4) return `${yoInsensitive(base)}\\p{L}{0,4}(?:['’]s)?`
  const endings = ENDINGS.map(escapeRe).join('|')
  const tail = token.slice(base.length)
  return `${yoInsensitive(base)}(?:${tail ? `${yoInsensitive(tail)}|` : ''}${endings})?`
}

/** Split "Тихий Лис", "Quiet_Fox", "anna.k" into word tokens worth masking (≥2 letters). */
function nameTokens(names: readonly string[]): string[] {
  const tokens = new Set<string>()
  for (const name of names) {
    const trimmed = name.trim()
    if (!trimmed) continue
    for (const t of trimmed.split(/[^\p{L}\p{N}]+/u)) if (t.length >= 2 && /\p{L}/u.test(t)) tokens.add(t)
  }
  // longest first so "Александра" is tried before "Алекс"
  return [...tokens].sort((a, b) => b.length - a.length)
}

/** One regex for all names, or null when there are none. Exported for tests and reuse in loops. */
export function namesPattern(names: readonly string[]): RegExp | null {
  const tokens = nameTokens(names)
  if (tokens.length === 0) return null
  const alternatives = tokens.map(tokenPattern).join('|')
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'giu')
}

/**
 * Masks every personal identifier (see pii.ts) with a typed placeholder, then the given names.
 * Pure and idempotent: anonymize(anonymize(x)) === anonymize(x).
 */
export function anonymize(text: string, opts: AnonymizeOptions = {}): string {
  if (!text) return text
  const findings = findPii(text)
  let out = ''
  let pos = 0
  for (const f of findings) {
    out += text.slice(pos, f.start) + PLACEHOLDERS[f.kind]
    pos = f.end
  }
  out += text.slice(pos)
  // A first name alone is not PII (issue 12): «меня зовут Аня», "I'm Tom" stay; a full name after an
  // introduction is a `name` finding above. Callers that want introduced first names masked as well pass
  // them in `names` (see findIntroducedNames).
  const re = namesPattern(opts.names ?? [])
  if (re) {
    const masked = out
    // a name equal to a placeholder word ("Phone") must not eat the placeholder itself
    out = masked.replace(re, (m, offset: number) =>
      masked[offset - 1] === '[' && masked[offset + m.length] === ']' ? m : PLACEHOLDERS.name,
    )
  }
  return out
}

// «меня зовут Аня», «я Аня», "my name is Sarah", "I'm Sarah", "call me Sam": the capitalised word after it.
const INTRO_RE =
  /(?<![\p{L}\p{N}])(?:[Мм]еня зовут|[Зз]овут меня|[Мм]о[её] имя|[Яя]|[Mm]y name is|[Mm]y name's|I am|I'm|I’m|[Cc]all me|[Ii]t's|[Tt]his is)\s+([A-ZА-ЯЁ][a-zа-яё]{2,20})(?![\p{L}\p{N}])/gu
// Capitalised words that follow «я»/"I'm" without being names (shouting, sentence case after a typo).
const NOT_NAMES = new Set(
  'тоже так очень просто уже еще ещё все всё вот сейчас здесь тут там сама сам думаю знаю хочу могу не the not just very really also still here there fine okay sorry tired glad happy sad going feeling trying'.split(
    ' ',
  ),
)

/**
 * Names people give themselves in the text («меня зовут Аня», "I'm Sarah"), for callers that mask them
 * together with known nicknames across several messages (`anonymize` itself no longer does: a first name
 * alone is not PII). Over-inclusive on purpose ("I'm Russian" yields "Russian").
 */
export function findIntroducedNames(text: string): string[] {
  const out = new Set<string>()
  for (const m of text.matchAll(INTRO_RE)) if (m[1] && !NOT_NAMES.has(m[1].toLowerCase())) out.add(m[1])
  return [...out]
}
