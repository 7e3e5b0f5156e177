/**
 * Features for the crisis classifier, shared by training and inference so they can never drift:
 * stems, stem bigrams (inside a clause) and character 4-grams of each normalised word (with word edges),
 * which carry misspellings and unseen word forms; and message-level concepts (`g:`, concepts.ts): the kinds
 * of words present (a means, a future date, a decision, a finality cue, arrangements, a person at risk, a
 * trivial stake, the scope markers) and listed pairs of them, so the classifier generalises over words of a
 * kind it never saw together. Rule hits are not features: the model stays a second opinion on the rules.
 */
import type { MToken } from './matcher.js'
import { conceptsByPart, conceptsOf } from './rules.js'

function addWordFeatures(out: Set<string>, toks: MToken[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const t = toks[i]!
    out.add(`s:${t.stem}`)
    const next = toks[i + 1]
    if (next && next.brk === 0) out.add(`b:${t.stem}_${next.stem}`)
    for (const g of charGrams(t.text)) out.add(g)
  }
}

const gramCache = new Map<string, string[]>()
const GRAM_CACHE_MAX = 50_000

/** Character n-gram sizes of the word features (`c:` + the n-gram of `<word>`). */
const GRAM_SIZES = [4]

/**
 * The character n-gram features of one word (with word edges), in order: for each size, each n-gram, for words
 * whose `<word>` is longer than the size; memoised (bounded). score.ts reads them from here too.
 */
export function charGrams(text: string): string[] {
  let gs = gramCache.get(text)
  if (gs === undefined) {
    gs = []
    const w = `<${text}>`
    for (const n of GRAM_SIZES)
      if (w.length > n) for (let k = 0; k + n <= w.length; k++) gs.push(`c:${w.slice(k, k + n)}`)
    if (gramCache.size >= GRAM_CACHE_MAX) gramCache.clear()
    gramCache.set(text, gs)
  }
  return gs
}

export function featuresOf(toks: MToken[]): string[] {
  const out = new Set<string>()
  addWordFeatures(out, toks, 0, toks.length)
  for (const c of conceptsOf(toks)) out.add(`g:${c}`)
  return [...out]
}

/**
 * The features of each part of a message (`starts`: first token of each part, ascending, from 0) as if it
 * stood alone, with the concept lists matched once over the whole message (detector.ts reads sentences so).
 * A bigram never spans parts split at a sentence break (it needs no break between its words). Parts whose
 * concepts `keep` rejects are skipped (undefined), which saves the word features of everyday sentences.
 */
export function featuresByPart(
  toks: MToken[],
  starts: number[],
  keep: (concepts: string[]) => boolean = () => true,
): (string[] | undefined)[] {
  const concepts = conceptsByPart(toks, starts)
  return starts.map((from, k) => {
    if (!keep(concepts[k]!)) return undefined
    const out = new Set<string>()
    addWordFeatures(out, toks, from, starts[k + 1] ?? toks.length)
    for (const c of concepts[k]!) out.add(`g:${c}`)
    return [...out]
  })
}
