/**
 * Stage 1 of the crisis detector: phrase rules over stemmed tokens, then scope rules that veto a match
 * (negation in the same clause, past-and-resolved, films/books/news/games, idioms), then promotion of
 * intent/means + "now/tonight" to `imminent`. Pure; rule tables compile once, on first use.
 */
import type { CrisisCategory } from '../crisis-types.js'
import { CONCEPT_PAIRS, CONCEPT_SRC } from './concepts.js'
import { findAll, type MToken, PatternSet } from './matcher.js'
import type { Lang } from './normalize.js'
import { compile, type Pattern } from './pattern.js'
import { EN_RULES } from './rules-en.js'
import { RU_RULES } from './rules-ru.js'
import { RU_PLAN_RULES } from './rules-ru-plans.js'
import { SCOPE_SRC } from './scope-lists.js'

export type RuleDef = { id: string; cat: CrisisCategory; p: string[] }
type Rule = { id: string; cat: CrisisCategory; lang: Lang }

export type RuleHit = { id: string; cat: CrisisCategory; lang: Lang; start: number; end: number }
export type Veto = 'negation' | 'past' | 'media' | 'idiom' | 'medical' | 'accident' | 'everyday'

let compiled: PatternSet<Rule> | undefined
let scope: Record<string, Pattern[]> | undefined
let concepts: PatternSet<string> | undefined

/** Compiles rule tables, scope lists and concept lists (idempotent); KNOWN_WORDS is complete afterwards. */
export function ensureCompiled(): void {
  rules()
  scopes()
  scopeSets()
  conceptSet()
}

/** Scope lists that also serve the classifier as concept features (concepts.ts). */
const SCOPE_AS_CONCEPT = [
  'negator',
  'pastStrong',
  'pastWeak',
  'resolved',
  'resolvedStrong',
  'accident',
  'joke',
  'leisure',
  'leaving',
  'counterfactual',
  'relapse',
  'media',
  'mediaSelf',
  'meta',
  'idiom',
  'hyperbole',
  'medical',
  'everyday',
  'anchor',
  'loss',
  'recent',
  'now',
  'means',
]

function conceptSet(): PatternSet<string> {
  if (concepts) return concepts
  const set = new PatternSet<string>()
  for (const name of SCOPE_AS_CONCEPT) for (const p of SCOPE_SRC[name]!) set.add(compile(p), name)
  // grief is an idiom to the classifier too (its own list only so that joining the dead can lift it: idiomIn)
  for (const p of SCOPE_SRC.grief!) set.add(compile(p), 'idiom')
  for (const [name, ps] of Object.entries(CONCEPT_SRC)) for (const p of ps) set.add(compile(p), name)
  set.useHotSlot()
  concepts = set
  return set
}

/**
 * The concept matches of one token list, memoised by the list itself: the classifier's features, the
 * sentence pass and the "we"-plan check all read the same message's matches. Token lists are never mutated.
 */
const conceptMemo = new WeakMap<MToken[], { payload: string; start: number; end: number }[]>()
function conceptMatches(toks: MToken[]): { payload: string; start: number; end: number }[] {
  let ms = conceptMemo.get(toks)
  if (!ms) {
    ms = conceptSet().match(toks)
    conceptMemo.set(toks, ms)
  }
  return ms
}

/**
 * The kinds of words in a message (concepts.ts and the scope lists), each once, plus the listed pairs that
 * co-occur anywhere in it, in a fixed order: features for the classifier.
 */
export function conceptsOf(toks: MToken[]): string[] {
  const found = new Set<string>()
  for (const m of conceptMatches(toks)) found.add(m.payload)
  const out = [...found].sort()
  for (const [a, b] of CONCEPT_PAIRS) if (found.has(a) && found.has(b)) out.push(`${a}+${b}`)
  return out
}

/**
 * conceptsOf for each part of a message, from one pass over the whole: a concept belongs to the part its
 * match starts in (`starts`: first token of each part, ascending, from 0).
 */
export function conceptsByPart(toks: MToken[], starts: number[]): string[][] {
  const found = starts.map(() => new Set<string>())
  for (const m of conceptMatches(toks)) {
    let k = starts.length - 1
    while (starts[k]! > m.start) k--
    found[k]!.add(m.payload)
  }
  return found.map((f) => {
    const out = [...f].sort()
    for (const [a, b] of CONCEPT_PAIRS) if (f.has(a) && f.has(b)) out.push(`${a}+${b}`)
    return out
  })
}

/** Token ranges [from, to) of the clauses that hold a match of concept `name` (concepts.ts). */
export function clausesWith(toks: MToken[], name: string): [number, number][] {
  const out: [number, number][] = []
  for (const m of conceptMatches(toks)) if (m.payload === name) out.push(bounds(toks, m.start, 1))
  return out
}

function rules(): PatternSet<Rule> {
  if (compiled) return compiled
  const set = new PatternSet<Rule>()
  for (const [lang, defs] of [
    ['ru', [...RU_RULES, ...RU_PLAN_RULES]],
    ['en', EN_RULES],
  ] as const) {
    for (const r of defs) for (const p of r.p) set.add(compile(p), { id: r.id, cat: r.cat, lang })
  }
  set.useHotSlot()
  compiled = set
  return set
}

let scopeSet: Record<string, PatternSet<null>> | undefined

/** Each scope list as a PatternSet, so "anywhere in the message" only tries patterns where they can start. */
export function scopeSets(): Record<string, PatternSet<null>> {
  scopeSet ??= Object.fromEntries(
    Object.entries(scopes()).map(([k, ps]) => {
      const set = new PatternSet<null>()
      for (const p of ps) set.add(p, null)
      return [k, set]
    }),
  )
  return scopeSet
}

function scopes(): Record<string, Pattern[]> {
  scope ??= Object.fromEntries(Object.entries(SCOPE_SRC).map(([k, v]) => [k, v.map(compile)]))
  return scope
}

/**
 * Whether a scope list matches anywhere in `toks`. Memoised per token list and list name: every rule hit's
 * vetoes and messageVeto ask the same whole-message questions («leaving», «resolved»), and each costs every
 * pattern of the list at every token. Token lists are never mutated.
 */
const anyMemo = new WeakMap<MToken[], Map<string, boolean>>()
export function anyIn(name: string, toks: MToken[]): boolean {
  let memo = anyMemo.get(toks)
  const known = memo?.get(name)
  if (known !== undefined) return known
  const found = scopeSets()[name]!.some(toks)
  if (!memo) {
    memo = new Map()
    anyMemo.set(toks, memo)
  }
  memo.set(name, found)
  return found
}

/** Token ranges [from, to) of the clause and the sentence around token i. */
function bounds(toks: MToken[], i: number, level: 1 | 2): [number, number] {
  let a = i
  while (a > 0 && toks[a]!.brk < level) a--
  let b = i + 1
  while (b < toks.length && toks[b]!.brk < level) b++
  return [a, b]
}

// A conjunction or a restrictive particle between a negator and the phrase ends the negation's reach:
// «никому не нужна и лучше бы меня не было», «не хочу ничего, только умереть», "don't want anything, just to die".
const NEGATED_VERBS = new Set(['думаю', 'думала', 'думал', 'буду', 'стану', 'собираюсь', 'планирую', 'хочу'])

/** What one says one has no more of («нет сил», «нет смысла»): after «нет» these make it a complaint, not a denial. */
const LACKED = new Set([
  'сил',
  'смысла',
  'выхода',
  'мочи',
  'желания',
  'никого',
  'терпения',
  'надежды',
  'больше',
])

const CONJUNCTIONS = new Set([
  'и',
  'а',
  'но',
  'или',
  'зато',
  'только',
  'лишь',
  'кроме',
  'and',
  'but',
  'or',
  'so',
  'just',
  'only',
  'except',
])

/**
 * «шучу», "jk" after the phrase, unless itself negated («я не шучу», "not kidding"). The joke list's
 * PatternSet finds each pattern's matches as findAll would (leftmost, non-overlapping), trying a pattern
 * only where it can start: this runs once per rule hit over the rest of the message (`toks` from `from`,
 * read in place: nothing before `from` is looked at).
 */
function jokeRetracted(toks: MToken[], from: number): boolean {
  for (const { start: s } of scopeSets().joke!.match(toks, from)) {
    const before = toks.slice(Math.max(from, s - 2), s).map((t) => t.text)
    if (!before.some((w) => ['не', 'not', 'no', 'im_not', 'aint', 'никаких'].includes(w))) return true
  }
  return false
}

function negated(toks: MToken[], h: RuleHit): boolean {
  const [clauseStart, clauseEnd] = bounds(toks, h.start, 1)
  if (anyIn('negFrame', toks.slice(clauseStart, h.start))) return true
  // «о самоубийстве не думаю», «резать себя не буду»: the negated verb inside or right after the phrase
  if (h.cat === 'active_ideation' || h.cat === 'intent' || h.cat === 'self_harm') {
    const span = toks.slice(h.start + 1, Math.min(clauseEnd, h.end + 2))
    for (let k = 0; k + 1 < span.length; k++)
      if (span[k]!.text === 'не' && NEGATED_VERBS.has(span[k + 1]!.text)) return true
  }
  const neg = scopes().negator!
  const neutral = scopes().negNeutral!
  // A negator up to 3 tokens before the phrase, in the same clause, not itself part of the phrase.
  for (let i = Math.max(clauseStart, h.start - 3); i < h.start; i++) {
    const rest = toks.slice(i, h.end)
    if (!neg.some((p) => findAll(p, rest.slice(0, 2)).some(([s]) => s === 0))) continue
    // «я никому не нужна и лучше бы меня не было»: a conjunction between them starts another predicate
    if (toks.slice(i + 1, h.end).some((t) => CONJUNCTIONS.has(t.text))) continue
    const after = toks.slice(i + 1, h.end)
    const afterNeg = toks[i]?.text === 'im' ? toks.slice(i + 2, h.end) : after
    if (neutral.some((p) => findAll(p, afterNeg.slice(0, 3)).some(([s]) => s === 0))) continue
    return true
  }
  // «суицидальных мыслей нет», "thoughts of suicide: none"
  // "five years self harm free", "3 months clean"
  // («…умереть, вообще нет сил»: «нет» before what one lacks is not a denial)
  for (let k = h.end; k < Math.min(clauseEnd, h.end + 2); k++) {
    if (!['нет', 'none', 'отсутствуют', 'free', 'clean'].includes(toks[k]!.text)) continue
    const next = toks[k + 1]
    if (next && next.brk < 1 && LACKED.has(next.text)) continue
    return true
  }
  return false
}

/**
 * An idiom in `part`; someone else's death there (grief) counts unless the message joins the dead one («после смерти
 * папы говорит, что хочет к нему»: the wish may sit in another clause or sentence than the death).
 */
function idiomIn(part: MToken[], toks: MToken[]): boolean {
  return anyIn('idiom', part) || (anyIn('grief', part) && !anyIn('joinDead', toks))
}

/**
 * Why a rule hit does not count, or undefined when it does. Exported for tests and the README's examples.
 */
export function vetoOf(toks: MToken[], h: RuleHit): Veto | undefined {
  if (negated(toks, h)) return 'negation'
  const [ss, se] = bounds(toks, h.start, 2)
  const sentence = toks.slice(ss, se)
  const [cs, ce] = bounds(toks, h.start, 1)
  const clause = toks.slice(cs, ce)
  if (idiomIn(clause, toks) || anyIn('idiomRules', clause)) return 'idiom'
  if (h.cat !== 'imminent' && anyIn('hyperbole', sentence)) return 'idiom'
  // someone else's words dismissed as a habit or a saying anywhere in the message ("she says he says this every
  // time and he's fine", «мы все так говорим», «это у неё такая присказка»)
  if (h.cat === 'third_party' && (anyIn('dismissal', toks) || anyIn('meta', toks))) return 'idiom'
  if (anyIn('media', sentence) && !(h.cat !== 'third_party' && anyIn('mediaSelf', sentence))) return 'media'
  if (h.cat !== 'imminent' && anyIn('meta', sentence)) return 'media'
  if ((h.cat === 'self_harm' || h.cat === 'third_party') && anyIn('accident', sentence)) return 'accident'
  if (jokeRetracted(toks, h.end)) return 'idiom'
  const atPlace = h.cat === 'imminent' || h.id === 'friend on the edge' || h.id === 'друг на краю'
  if (atPlace && anyIn('leisure', sentence)) return 'idiom'
  // imminent means now: a past marker («once», «когда-то») contradicts it
  if (
    h.cat === 'imminent' &&
    (anyIn('pastStrong', sentence) || (anyIn('pastWeak', sentence) && !anyIn('recent', sentence)))
  )
    return 'past'
  // the denial may follow a question mark: «суицидальные мысли? у меня их нет»
  if (anyIn('denyAfter', toks.slice(h.end, h.end + 6))) return 'negation'
  if ((h.cat === 'farewell' || h.cat === 'third_party') && ordinaryLeaving(toks)) return 'everyday'
  // the rest of the message read in place (a fresh copy per hit would never hit anyIn's memo anyway)
  const after = sentence.slice(h.end - ss)
  const relapse =
    scopeSets().relapse!.some(toks, se) ||
    anyIn('relapse', after) ||
    scopeSets().relapseSlip!.some(toks, se) ||
    anyIn('relapseSlip', after)
  if (!relapse && h.cat === 'self_harm' && ceasedNear(toks, h, ss, se)) return 'past'
  if (!relapse) {
    const wish = anyIn('counterfactual', toks.slice(h.start, h.end))
    // a wish told as a past thought and resolved («мысли „лучше бы меня не было“ были в 15, сейчас смешно»)
    if ((!wish || anyIn('resolved', toks)) && anyIn('pastStrong', sentence)) return 'past'
    // the wish itself told as past: "i used to wish i wouldn't wake up", «раньше хотелось бы исчезнуть»
    if (wish && pastJustBefore(toks, h, ss)) return 'past'
    if (anyIn('pastWeak', sentence) && anyIn('resolved', toks)) return 'past'
    if (anyIn('resolvedStrong', sentence)) return 'past'
  }
  return undefined
}

/** Before a word of return or of an ordinary goodbye, these deny it: "won't be back", «больше не вернусь». */
const NOT_RETURNING = new Set(['not', 'never', 'wont', 'dont', 'cant', 'no', 'не', 'никогда', 'больше', 'ни'])

/**
 * An ordinary goodbye (`leaving`: where one goes or until when) somewhere in the message, not denied just before
 * it: "be back monday" is one, "won't be back" and «больше не вернусь» are the opposite.
 */
export function ordinaryLeaving(toks: MToken[]): boolean {
  if (!anyIn('leaving', toks)) return false
  return scopeSets()
    .leaving!.match(toks)
    .some((m) => !toks.slice(Math.max(0, m.start - 2), m.start).some((t) => NOT_RETURNING.has(t.text)))
}

/** A strong past marker ending right before the phrase (at most one word between), in its sentence: "used to wish". */
function pastJustBefore(toks: MToken[], h: RuleHit, ss: number): boolean {
  if (!anyIn('pastStrong', toks.slice(ss, h.start))) return false
  return scopeSets()
    .pastStrong!.match(toks, ss)
    .some((m) => m.end <= h.start && m.end >= h.start - 1)
}

/** Words before «перестала»/"stopped" that make it no cessation: "never stopped", "can't quit", "want to quit". */
const NOT_CEASED = new Set([
  'not',
  'never',
  'didnt',
  'havent',
  'hasnt',
  'cant',
  'couldnt',
  'to',
  'не',
  'никак',
])

/** A cessation word up to 3 tokens before or after the phrase, in its sentence, not negated or wished for. */
function ceasedNear(toks: MToken[], h: RuleHit, ss: number, se: number): boolean {
  const from = Math.max(ss, h.start - 3)
  const win = toks.slice(from, Math.min(se, h.end + 3))
  return scopeSets()
    .ceased!.match(win)
    .some((m) => {
      const at = from + m.start
      if (at >= h.start && at < h.end) return false
      const before = toks[at - 1]
      return !(before && at > ss && NOT_CEASED.has(before.text))
    })
}

export type RuleResult = { hits: RuleHit[]; vetoed: { hit: RuleHit; veto: Veto }[] }

/** All rule hits that survive the scope rules; `imminent` added when intent or means meet "now". */
export function matchRules(toks: MToken[]): RuleResult {
  const hits: RuleHit[] = []
  const vetoed: RuleResult['vetoed'] = []
  for (const { payload: r, start, end } of rules().match(toks)) {
    const h: RuleHit = { id: r.id, cat: r.cat, lang: r.lang, start, end }
    const v = vetoOf(toks, h)
    if (v) vetoed.push({ hit: h, veto: v })
    else hits.push(h)
  }
  for (const h of [...hits]) {
    if (h.cat !== 'intent' && h.cat !== 'active_ideation' && h.cat !== 'self_harm') continue
    const [ss, se] = bounds(toks, h.start, 2)
    const sentence = toks.slice(ss, se)
    if (!anyIn('now', sentence)) continue
    if (h.cat === 'intent' || anyIn('means', sentence))
      hits.push({ ...h, cat: 'imminent', id: `${h.id} + now` })
  }
  return { hits, vetoed }
}

/**
 * Scope rules applied to the whole message, for the classifier stage (which has no phrase span): a film,
 * book, news or game context, an idiom marker, past-and-resolved wording, or someone else's suicide told as a
 * loss (not an attempt: «друг покончил с собой», "my uncle killed himself") anywhere keeps the model quiet.
 */
export function messageVeto(toks: MToken[]): Veto | undefined {
  if (idiomIn(toks, toks) || anyIn('hyperbole', toks)) return 'idiom'
  if (anyIn('media', toks) && !anyIn('mediaSelf', toks)) return 'media'
  if (anyIn('meta', toks)) return 'media'
  if (anyIn('loss', toks) && !anyIn('attempt', toks)) return 'past'
  if (anyIn('medical', toks)) return 'medical'
  if (anyIn('everyday', toks) || anyIn('leisure', toks)) return 'everyday'
  if (jokeRetracted(toks, 0)) return 'idiom'
  // a denial that opens a sentence answers the one before it («суицид? нет конечно», "suicide? no way")
  for (let i = 1; i < toks.length; i++)
    if (
      toks[i]!.brk === 2 &&
      anyIn(
        'denyAfter',
        toks.slice(i, i + 4).map((t, k) => (k === 0 ? { ...t, brk: 0 } : t)),
      )
    )
      return 'negation'
  if (anyIn('accident', toks)) return 'accident'
  if (
    !anyIn('relapse', toks) &&
    !anyIn('relapseSlip', toks) &&
    (anyIn('pastStrong', toks) ||
      anyIn('resolvedStrong', toks) ||
      (anyIn('pastWeak', toks) && anyIn('resolved', toks)))
  )
    return 'past'
  return undefined
}

/** Whether the message has any word the classifier may act on (death, harm, means, farewell). */
export function hasCrisisAnchor(toks: MToken[]): boolean {
  return anyIn('anchor', toks)
}
