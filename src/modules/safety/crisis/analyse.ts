/**
 * A message's text → the tokens the crisis rules and classifier read (detector.ts): tokenize (normalize.ts),
 * Russian typed in Latin letters folded to Cyrillic (translit.ts), whole-word chat spellings folded to the
 * written form, each word's stem and memo (word-memo.ts) set on its token; and the message language from the
 * tokens' letters by script.
 */
import { countScripts, type Lang, langOf, type Token, tokenize } from './normalize.js'
import { KNOWN_WORDS } from './pattern.js'
import { ensureCompiled } from './rules.js'
import { stem } from './stem.js'
import { latinToCyrillic, looksTranslitBy, translitClass } from './translit.js'
import { type MToken, type WordMemo, withIds } from './word-memo.js'

/** Messages longer than this are cut before analysis (the relay's p99 budget); crisis wording is early. */
const MAX_CHARS = 4000

/**
 * Chat spellings folded to the written form before matching: youth spellings («хачу», «щас»), a dropped
 * letter in the words the rules hinge on ("wnna", "myslef"), and «-цца»/«-еца» for «-ться»/«-ется»
 * («порезацца», «хочеца»). Only whole words, so nothing else is touched.
 */
const CHAT_SPELLINGS: Record<string, string> = {
  б: 'бы',
  хачу: 'хочу',
  хочю: 'хочу',
  хачю: 'хочу',
  хочуу: 'хочу',
  щас: 'сейчас',
  ща: 'сейчас',
  шас: 'сейчас',
  счас: 'сейчас',
  тока: 'только',
  ваще: 'вообще',
  wnna: 'wanna',
  wana: 'wanna',
  wnat: 'want',
  wnt: 'want',
  myslef: 'myself',
  mysefl: 'myself',
  mysef: 'myself',
  msyelf: 'myself',
  rn: 'now',
  умиреть: 'умереть',
  умирить: 'умереть',
  апять: 'опять',
  праснуться: 'проснуться',
  проснутся: 'проснуться',
  kil: 'kill',
  exsist: 'exist',
  exsit: 'exist',
  jus: 'just',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  стаю: 'стою',
  седня: 'сегодня',
  сення: 'сегодня',
  выпела: 'выпила',
  standin: 'standing',
  sittin: 'sitting',
  lookin: 'looking',
  goin: 'going',
  thinkin: 'thinking',
  feelin: 'feeling',
  cuttin: 'cutting',
  killin: 'killing',
}

function chatSpelling(w: string): string {
  const fixed = CHAT_SPELLINGS[w]
  if (fixed) return fixed
  if (w.length > 5 && w.endsWith('цца')) return `${w.slice(0, -3)}ться`
  // «суецид», «суицыд», "sucide", "suicde": the one word every crisis rule leans on, misspelt
  if (/^су[еи]ц[иы]д/.test(w)) return `суицид${w.slice(w.search(/д/) + 1)}`
  if (/^(sucid|suicd|suisid)/.test(w)) return w.replace(/^(sucid|suicd|suisid)/, 'suicid')
  if (w.length > 5 && w.endsWith('еца')) return `${w.slice(0, -3)}ется`
  return w
}

/** After these, a transliterated verb ending in «-т» lost its soft sign: «hochu umeret» → «хочу умереть». */
const INF_BEFORE = new Set([
  'хочу',
  'хочется',
  'хотела',
  'хотел',
  'надо',
  'нужно',
  'могу',
  'буду',
  'пора',
  'собираюсь',
])

const tokenText = (t: Token) => t.text

/** translitClass of a token, memoised on its tokenizer key (the same word part, the same text). */
function translitClassOf(t: Token): number {
  const key = t.key
  if (key === undefined) return translitClass(t.text)
  let c = key.tl
  if (c === undefined) {
    c = translitClass(t.text)
    key.tl = c
  }
  return c
}

export function analyse(text: string): MToken[] {
  ensureCompiled()
  let raw = tokenize(text.slice(0, MAX_CHARS))
  if (looksTranslitBy(raw, tokenText, translitClassOf)) {
    raw = raw.map((t, i) => {
      if (!/^[a-z]+$/.test(t.text)) return t
      let cyr = latinToCyrillic(t.text)
      const prev = i > 0 ? latinToCyrillic(raw[i - 1]!.text) : ''
      if (INF_BEFORE.has(prev) && /[аеиоуыя]т$/.test(cyr)) cyr += 'ь'
      return { text: cyr, brk: t.brk, alt: undefined, key: undefined }
    })
  }
  if (wordCacheKnown !== KNOWN_WORDS.size) {
    wordCache.clear()
    wordCacheKnown = KNOWN_WORDS.size
  }
  // one object per token: the tokenizer's own (fresh per call, read nowhere else) becomes the MToken
  const toks = raw as MToken[]
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    // the word's memo hangs on its tokenizer key: most words cost no look-up here
    const key = t.key
    let w: WordMemo
    if (key !== undefined && key.gen === wordCacheKnown) w = key.memo as WordMemo
    else {
      w = wordMemo(t)
      if (key !== undefined) {
        key.memo = w
        key.gen = wordCacheKnown
      }
    }
    t.text = w.text
    t.stem = w.stem
    t.memo = w
    withIds(t, w)
  }
  return toks
}

/**
 * A normalised word (and its stretched spelling) → the spelling the rules read and its stem, memoised
 * (bounded); the pick depends on KNOWN_WORDS, so the memo is dropped whenever that set grows (and the
 * memos hung on tokenizer keys with it: `gen`).
 */
const wordCache = new Map<string, WordMemo>()
let wordCacheKnown = -1
const WORD_CACHE_MAX = 50_000

/** The spelling the rules read, its stem and its memo, for one normalised token (memoised). */
function wordMemo(t: Token): WordMemo {
  const key = t.alt ? `${t.text} ${t.alt}` : t.text
  let w = wordCache.get(key)
  if (w === undefined) {
    const picked = t.alt && !KNOWN_WORDS.has(t.text) && KNOWN_WORDS.has(t.alt) ? t.alt : t.text
    const text = chatSpelling(picked)
    const sc = countScripts(text)
    w = {
      text,
      stem: stem(text),
      h0: undefined,
      h1: undefined,
      h2: undefined,
      slots: [],
      cyr: sc.cyr,
      lat: sc.lat,
      cyrOnly: sc.cyrOnly,
      latOnly: sc.latOnly,
      tid: -1,
      sid: -1,
      idGen: -1,
    }
    if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear()
    wordCache.set(key, w)
  }
  return w
}

/**
 * The message language, `detectLangOfWords(toks)`: letters by script summed from each word's memo (read in
 * place, no object per word), counted afresh for a token without a current memo.
 */
export function langOfTokens(toks: MToken[]): Lang {
  let cyr = 0
  let lat = 0
  let cyrOnly = 0
  let latOnly = 0
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    const memo = t.memo
    if (memo !== undefined && memo.text === t.text) {
      cyr += memo.cyr
      lat += memo.lat
      cyrOnly += memo.cyrOnly
      latOnly += memo.latOnly
    } else {
      const c = countScripts(t.text)
      cyr += c.cyr
      lat += c.lat
      cyrOnly += c.cyrOnly
      latOnly += c.latOnly
    }
  }
  return langOf(cyr, lat, cyrOnly, latOnly)
}
