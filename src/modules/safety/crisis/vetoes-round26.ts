/**
 * Scope checks of round 26 (crisis26en, issue #12), asked by vetoes.ts and detector.ts; the lists are in
 * scope-lists-round26.ts. A shooting sport vetoes a means hit; the everyday endings below keep a classifier-only hit
 * away when the message names no death word and no means (a resignation decided, a debt paid off with joy, a quarrel
 * made up, a transfer to another branch, a pet's scratch, a hurt laughed at as "my self harm for the day").
 */
import type { MToken } from './matcher.js'
import type { RuleHit, Veto } from './rules.js'
import { anyIn } from './scopes.js'

/**
 * A gun loaded for a shooting sport ("loaded the gun and went clay shooting with my dad"): no danger to oneself; a
 * hurt laughed at as "my self harm for the day haha": a joke.
 */
export function lookalike26(sentence: MToken[], h: RuleHit): Veto | undefined {
  if ((h.cat === 'imminent' || h.cat === 'intent') && anyIn('shootingSport26', sentence)) return 'everyday'
  if (h.cat === 'self_harm' && anyIn('jokeFrame26', sentence)) return 'idiom'
  return undefined
}

/** A real stake after "if i lose" ("if i lose custody there's no point"): no trivial stake, no hyperbole. */
export function realStake(part: MToken[]): boolean {
  return anyIn('realStake26', part)
}

/** Which everyday ending keeps which classifier-only category away. */
const ENDINGS: [list: string, cats: readonly string[]][] = [
  ['everydayStep26', ['intent', 'imminent', 'farewell']],
  ['debtCelebrated26', ['farewell', 'intent']],
  ['madeUp26', ['farewell', 'intent']],
  ['transferred26', ['farewell', 'intent']],
  ['petScratch26', ['self_harm']],
  ['jokeFrame26', ['self_harm']],
]

/** A classifier-only hit of `category` told beside an everyday ending, with no death word or means in the message. */
export function everyday26(category: string, toks: MToken[]): boolean {
  if (anyIn('deathWords', toks) || anyIn('means', toks)) return false
  return ENDINGS.some(([list, cats]) => cats.includes(category) && anyIn(list, toks))
}
