/**
 * Crisis detector v2: normalise → stem → phrase rules with scope vetoes (rules.ts) → classifier for what
 * the rules miss (model.ts). How the stages combine:
 * - any rule hit that survives its scope rules decides the categories (`source: 'lexicon'`);
 * - a rule hit vetoed by a scope rule (negation, past-and-resolved, film/news, idiom) also vetoes the
 *   model: the message was understood and is not a crisis; so does a film/news/game, idiom or
 *   past-and-resolved marker anywhere in the message (`messageVeto`);
 * - otherwise the model may raise a hit (`source: 'model'`, term `model`) when P(none) < 1 - threshold of
 *   the message's language;
 *   a message with no death/harm/means/farewell/plan word at all (`hasCrisisAnchor`) needs P(none) < 0.02,
 *   which keeps everyday wishes («хочу уволиться», "I want to move out") away while implicit plans
 *   («дату уже выбрала, осталось дождаться») can still be caught;
 *   its category is the most probable crisis class.
 */
import {
  CRISIS_CATEGORY_ORDER,
  CRISIS_SEVERITY,
  type CrisisCategory,
  type CrisisResult,
} from '../crisis-types.js'
import { KNOWN_WORDS, type MToken } from './matcher.js'
import { type LoadedModel, loadModel, predict } from './model.js'
import { detectLang, tokenize } from './normalize.js'
import { ensureCompiled, hasCrisisAnchor, matchRules, messageVeto, type RuleHit } from './rules.js'
import { stem } from './stem.js'

/** Messages longer than this are cut before analysis (the relay's p99 budget); crisis wording is early. */
const MAX_CHARS = 4000

/** The model's threshold for a message with no crisis word at all («дату уже выбрала», "found a way, it won't hurt"). */
const UNANCHORED_THRESHOLD = 0.98

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

export function analyse(text: string): MToken[] {
  ensureCompiled()
  return tokenize(text.slice(0, MAX_CHARS)).map((t) => {
    const picked = t.alt && !KNOWN_WORDS.has(t.text) && KNOWN_WORDS.has(t.alt) ? t.alt : t.text
    const text = chatSpelling(picked)
    return { text, brk: t.brk, stem: stem(text) }
  })
}

/** A first-person hit overlapping a third-party phrase («подруга хочет покончить с собой») is the third party's. */
function dropInsideThirdParty(hits: RuleHit[]): RuleHit[] {
  const third = hits.filter((h) => h.cat === 'third_party')
  if (third.length === 0) return hits
  return hits.filter((h) => h.cat === 'third_party' || !third.some((t) => h.start < t.end && h.end > t.start))
}

/** `model: false` runs the rules only; a LoadedModel replaces the shipped one (training picks its threshold). */
export type CrisisOptions = { model?: false | LoadedModel }

export function detectCrisisV2(text: string, opts: CrisisOptions = {}): CrisisResult {
  if (!text?.trim()) return { hit: false }
  const toks = analyse(text)
  if (toks.length === 0) return { hit: false }
  const lang = detectLang(toks.map((t) => t.text).join(' '))
  const { hits: raw, vetoed } = matchRules(toks)
  const hits = dropInsideThirdParty(raw)
  if (hits.length > 0) {
    const set = new Set(hits.map((h) => h.cat))
    const categories = CRISIS_CATEGORY_ORDER.filter((c) => set.has(c))
    const category = categories[0]!
    const term = hits.find((h) => h.cat === category)!.id
    return {
      hit: true,
      category,
      categories,
      severity: CRISIS_SEVERITY[category],
      lang,
      term,
      source: 'lexicon',
    }
  }
  if (vetoed.length > 0 || opts.model === false) return { hit: false }
  // The cheap checks first (the relay runs this for every message): the classifier (~4 µs) settles almost
  // every message; the message-wide scope vetoes (~40 µs, every scope list over every token) only run for a
  // would-be hit. Same result as vetoes-first: a hit needs both.
  const m = opts.model ?? loadModel()
  const p = predict(m, toks)
  // the anchored threshold is the lowest: a P(none) above it is no hit either way
  if (p[0]! >= 1 - m.threshold[lang]) return { hit: false }
  // Without any death/harm/means/farewell/plan word the model must be near-certain.
  const threshold = hasCrisisAnchor(toks)
    ? m.threshold[lang]
    : Math.max(m.threshold[lang], UNANCHORED_THRESHOLD)
  if (p[0]! >= 1 - threshold) return { hit: false }
  if (messageVeto(toks)) return { hit: false }
  let best = 1
  for (let c = 2; c < p.length; c++) if (p[c]! > p[best]!) best = c
  const category = m.classes[best] as CrisisCategory
  return {
    hit: true,
    category,
    categories: [category],
    severity: CRISIS_SEVERITY[category],
    lang,
    term: 'model',
    source: 'model',
  }
}

/** Compiles the rules, loads the stemmers and the model now instead of on the first message. */
export function warmUpCrisisDetector(): void {
  detectCrisisV2('хочу умереть')
  detectCrisisV2('warm up: nothing here')
  loadModel()
}
