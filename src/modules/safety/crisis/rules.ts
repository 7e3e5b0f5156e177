/**
 * Stage 1 of the crisis detector: phrase rules over stemmed tokens (rules-ru.ts, rules-ru-plans.ts,
 * rules-ru-passive.ts, rules-en.ts, rules-en-farewell.ts), each hit then put to the scope rules that veto it
 * (vetoes.ts: negation in the same clause, past-and-resolved, films/books/news/games, idioms), then promotion of
 * intent/means + "now/tonight" to `imminent`. Pure; rule tables compile once, on first use (scope lists:
 * scopes.ts; concept features: concept-matches.ts).
 */
import type { CrisisCategory } from '../crisis-types.js'
import { conceptSet } from './concept-matches.js'
import { type MToken, PatternSet } from './matcher.js'
import type { Lang } from './normalize.js'
import { compile } from './pattern.js'
import { EN_RULES } from './rules-en.js'
import { EN_CALM_RULES } from './rules-en-calm.js'
import { EN_FAREWELL_RULES } from './rules-en-farewell.js'
import { EN_OBLIQUE_RULES } from './rules-en-oblique.js'
import { EN_REPLIES25_RULES } from './rules-en-replies25.js'
import { EN_ROUND24_RULES } from './rules-en-round24.js'
import { EN_ROUND25_RULES } from './rules-en-round25.js'
import { EN_ROUND25_MEANS_RULES } from './rules-en-round25-means.js'
import { EN_ROUND26_RULES } from './rules-en-round26.js'
import { EN_ROUND26_LOBO_RULES } from './rules-en-round26-lobo.js'
import { EN_ROUND26_RETRAIN_RULES } from './rules-en-round26-retrain.js'
import { EN_UNSAID_RULES } from './rules-en-unsaid.js'
import { RU_RULES } from './rules-ru.js'
import { RU_PASSIVE_RULES } from './rules-ru-passive.js'
import { RU_PLAN_RULES } from './rules-ru-plans.js'
import { RU_ROUND24_RULES } from './rules-ru-round24.js'
import { RU_ROUND25_RULES } from './rules-ru-round25.js'
import { RU_ROUND26_RULES } from './rules-ru-round26.js'
import { RU_UNSAID_RULES } from './rules-ru-unsaid.js'
import { anyIn, bounds, scopeSets, scopes } from './scopes.js'
import { vetoOf } from './vetoes.js'

export type RuleDef = { id: string; cat: CrisisCategory; p: string[] }
type Rule = { id: string; cat: CrisisCategory; lang: Lang }

export type RuleHit = { id: string; cat: CrisisCategory; lang: Lang; start: number; end: number }
export type Veto = 'negation' | 'past' | 'media' | 'idiom' | 'medical' | 'accident' | 'everyday'

let compiled: PatternSet<Rule> | undefined

/** Compiles rule tables, scope lists and concept lists (idempotent); KNOWN_WORDS is complete afterwards. */
export function ensureCompiled(): void {
  rules()
  scopes()
  scopeSets()
  conceptSet()
}

// moved out of this file (concept-matches.ts, scopes.ts, vetoes.ts); importers keep importing them from here
export { clausesWith, conceptsByPart, conceptsOf } from './concept-matches.js'
export { ordinaryLeaving } from './leavings.js'
export { anyIn, scopeSets } from './scopes.js'
export { messageVeto, vetoOf } from './vetoes.js'

/**
 * Every rule family in the order it is compiled, its language, and whether its words join KNOWN_WORDS. The
 * families added after a model was trained on the others (crisis18en's, rounds 20, 22, 24, 25 and 26) are `known:
 * false` (pattern.ts `compile`): their words stay out of KNOWN_WORDS, so the classifier reads as trained.
 */
function families(): readonly { lang: Lang; defs: readonly RuleDef[]; known: boolean }[] {
  return [
    { lang: 'ru', defs: RU_RULES, known: true },
    { lang: 'ru', defs: RU_PLAN_RULES, known: true },
    { lang: 'ru', defs: RU_PASSIVE_RULES, known: true },
    { lang: 'ru', defs: RU_UNSAID_RULES, known: false },
    { lang: 'ru', defs: RU_ROUND24_RULES, known: false },
    { lang: 'ru', defs: RU_ROUND25_RULES, known: false },
    { lang: 'ru', defs: RU_ROUND26_RULES, known: false },
    { lang: 'en', defs: EN_RULES, known: true },
    { lang: 'en', defs: EN_FAREWELL_RULES, known: true },
    { lang: 'en', defs: EN_CALM_RULES, known: false },
    { lang: 'en', defs: EN_OBLIQUE_RULES, known: false },
    { lang: 'en', defs: EN_UNSAID_RULES, known: false },
    { lang: 'en', defs: EN_ROUND24_RULES, known: false },
    { lang: 'en', defs: EN_ROUND25_RULES, known: false },
    { lang: 'en', defs: EN_ROUND25_MEANS_RULES, known: false },
    { lang: 'en', defs: EN_ROUND26_RULES, known: false },
    { lang: 'en', defs: EN_ROUND26_RETRAIN_RULES, known: false },
    { lang: 'en', defs: EN_ROUND26_LOBO_RULES, known: false },
    { lang: 'en', defs: EN_REPLIES25_RULES, known: false },
  ]
}

function rules(): PatternSet<Rule> {
  if (compiled) return compiled
  const set = new PatternSet<Rule>()
  for (const { lang, defs, known } of families())
    for (const r of defs) for (const p of r.p) set.add(compile(p, known), { id: r.id, cat: r.cat, lang })
  set.useHotSlot()
  compiled = set
  return set
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

/** Whether the message has any word the classifier may act on (death, harm, means, farewell). */
export function hasCrisisAnchor(toks: MToken[]): boolean {
  return anyIn('anchor', toks)
}
