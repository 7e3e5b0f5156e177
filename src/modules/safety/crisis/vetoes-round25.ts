/**
 * Round 25's checks on rule hits (crisis25en, issue #12; lists in scope-lists-round25.ts): a farewell told of
 * someone else, a game named in a cover story, a jump onto a bed or a bus, someone else's words dismissed as drama, and "past and resolved" read
 * from a condition that ends later ("after my son's board exams are over", "once the divorce is done").
 */
import type { MToken } from './matcher.js'
import type { RuleHit, Veto } from './rules.js'
import { anyIn, scopeSets } from './scopes.js'

/**
 * Round 25's look-alikes of a rule hit (`doubted`: the writer doubts others' dismissal, vetoes-round24.ts): someone
 * else's words dismissed as drama, someone else's goodbye told as news, a jump onto a bed or a bus.
 */
export function lookalike25(
  toks: MToken[],
  clause: MToken[],
  h: RuleHit,
  doubted: boolean,
): Veto | undefined {
  if (!doubted && dismissedAsDrama(toks, h)) return 'idiom'
  if (othersGoodbye(clause, h)) return 'everyday'
  if (jumpOnThing(clause, h)) return 'idiom'
  return undefined
}

/** A game named in a cover story for a thing given away ("told him i was over gaming"), no game played. */
export function coverReason(sentence: MToken[]): boolean {
  return anyIn('coverReason25', sentence)
}

/** A farewell hit in a clause that tells someone else saying goodbye ("my granddad said goodbye to everyone"). */
function othersGoodbye(clause: MToken[], h: RuleHit): boolean {
  return h.cat === 'farewell' && anyIn('othersGoodbye25', clause)
}

/** An act hit in a clause that jumps onto a bed, a seat or a vehicle ("going to jump on the bed when i get home"). */
function jumpOnThing(clause: MToken[], h: RuleHit): boolean {
  return (h.cat === 'intent' || h.cat === 'active_ideation') && anyIn('jumpOnThing25', clause)
}

/** Someone else's words dismissed by the writer as drama or a sports habit ("she's fine, she's just dramatic"). */
function dismissedAsDrama(toks: MToken[], h: RuleHit): boolean {
  return h.cat === 'third_party' && anyIn('dismissedAsDrama25', toks)
}

/**
 * Whether every "resolved" match of `sentence` (`resolvedStrong`: "are over", "was over") follows a word of
 * condition at most five words before it ("after my son's board exams are over": a when) or lies inside a cover
 * story ("told him i was over gaming": what was said): no past resolved.
 */
export function resolvedOnlyAsCondition(sentence: MToken[]): boolean {
  const cond = scopeSets().conditionBefore25!
  const told = scopeSets().coverReason25!.match(sentence)
  return scopeSets()
    .resolvedStrong!.match(sentence)
    .every(
      (m) =>
        cond.some(sentence.slice(Math.max(0, m.start - 5), m.start), 0) ||
        told.some((t) => t.start <= m.start && m.end <= t.end),
    )
}

/**
 * A job ended after years of it ("Last shift today after 12 years… Thanks for listening to my rants all these years,
 * goodbye!"), with no death word and no means: a classifier-only farewell is the leaving do's (round 25: the retrain
 * with batch 37's thankful farewells read that line as a near-certain farewell).
 */
export function jobEndedAfterYears(toks: MToken[]): boolean {
  return anyIn('jobEnded25', toks) && !anyIn('deathWords', toks) && !anyIn('means', toks)
}
