/**
 * The classifier's concept features: matches of the concept lists (concepts.ts) and of the scope lists that
 * double as concepts, per message (`conceptsOf`), per part (`conceptsByPart`) or as clauses (`clausesWith`).
 */
import { CONCEPT_PAIRS, CONCEPT_SRC, OBLIQUE_ANCHORS, OBLIQUE_SRC } from './concepts.js'
import { type MToken, PatternSet } from './matcher.js'
import { compile } from './pattern.js'
import { SCOPE_SRC } from './scope-lists.js'
import { bounds } from './scopes.js'

let concepts: PatternSet<string> | undefined

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

export function conceptSet(): PatternSet<string> {
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

/** Pairs tried on top of CONCEPT_PAIRS (experiments only: lobo-diff.ts `extraPairs`); empty in the shipped detector. */
let extraPairs: readonly [string, string][] = []
export function setExtraConceptPairs(pairs: readonly [string, string][]): void {
  extraPairs = pairs
}

/**
 * The kinds of words in a message (concepts.ts and the scope lists), each once, plus the listed pairs that
 * co-occur anywhere in it, in a fixed order: features for the classifier.
 */
export function conceptsOf(toks: MToken[]): string[] {
  const found = new Set<string>()
  for (const m of conceptMatches(toks)) found.add(m.payload)
  return withPairs(found)
}

/** The concepts found, sorted, then the listed pairs of them (CONCEPT_PAIRS, then the experiments' extra ones). */
function withPairs(found: ReadonlySet<string>): string[] {
  const out = [...found].sort()
  for (const [a, b] of CONCEPT_PAIRS) if (found.has(a) && found.has(b)) out.push(`${a}+${b}`)
  for (const [a, b] of extraPairs) if (found.has(a) && found.has(b)) out.push(`${a}+${b}`)
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
  return found.map(withPairs)
}

/** Token ranges [from, to) of the clauses that hold a match of concept `name` (concepts.ts). */
export function clausesWith(toks: MToken[], name: string): [number, number][] {
  const out: [number, number][] = []
  for (const m of conceptMatches(toks)) if (m.payload === name) out.push(bounds(toks, m.start, 1))
  return out
}

let oblique: PatternSet<string> | undefined

/**
 * A means, plan or goodbye told with no crisis word (concepts.ts OBLIQUE_ANCHORS): one of the listed
 * combinations of oblique kinds and classifier concepts anywhere in the message.
 */
export function obliqueAnchor(toks: MToken[]): boolean {
  if (!oblique) {
    const set = new PatternSet<string>()
    // not KNOWN_WORDS (pattern.ts): compiled on first use, it must not change how later messages are read
    for (const [name, ps] of Object.entries(OBLIQUE_SRC)) for (const p of ps) set.add(compile(p, false), name)
    set.useHotSlot()
    oblique = set
  }
  const found = new Set<string>()
  for (const m of oblique.match(toks)) found.add(m.payload)
  if (found.size === 0) return false
  for (const m of conceptMatches(toks)) found.add(m.payload)
  return OBLIQUE_ANCHORS.some((names) => names.every((n) => found.has(n)))
}

/** Every concept match of the message (payload, token range), in the concept set's order; read only. */
export function conceptSpans(toks: MToken[]): readonly { payload: string; start: number; end: number }[] {
  return conceptMatches(toks)
}
