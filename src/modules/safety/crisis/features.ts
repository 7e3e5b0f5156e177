/**
 * Features for the crisis classifier, shared by training and inference so they can never drift:
 * stems, stem bigrams (inside a clause) and character 4-grams of each normalised word (with word edges),
 * which carry misspellings and unseen word forms; and message-level concepts (`g:`, concepts.ts): the kinds
 * of words present (a means, a future date, a decision, a finality cue, arrangements, a person at risk, a
 * trivial stake, the scope markers) and listed pairs of them, so the classifier generalises over words of a
 * kind it never saw together. Rule hits are not features: the model stays a second opinion on the rules.
 */
import { conceptSpans } from './concept-matches.js'
import type { MToken } from './matcher.js'
import { conceptsByPart, conceptsOf } from './rules.js'
import { bounds } from './scopes.js'

/**
 * Feature settings tried out of fold (scripts/crisis-data/lobo-diff.ts `features`); the shipped model uses none
 * of them (`{}`). `neg`: a word after a negator in its clause (at most NEG_WINDOW words) also (`add`) or instead
 * of its stem (`replace`) gives `n:<stem>`; `past`: a word in a sentence with a strong past marker gives
 * `p:<stem>`; `who`: the words of a crisis word match give `w:o:<stem>` when their clause names another person,
 * else `w:i:<stem>` when it names the writer; `gramSizes`: the character n-gram sizes (default [4]).
 */
export type FeatureExperiment = {
  neg?: 'add' | 'replace'
  past?: boolean
  who?: boolean
  gramSizes?: number[]
}
let experiment: FeatureExperiment = {}
/** Sets the feature experiment (lobo-diff.ts only; training and detection read it alike). */
export function setFeatureExperiment(e: FeatureExperiment): void {
  experiment = e
  gramCache.clear()
}
/** Whether the experiment adds context features per token (score.ts then adds their rows too). */
export function contextOn(): boolean {
  return experiment.neg !== undefined || experiment.past === true || experiment.who === true
}

const NEG_WINDOW = 6

/**
 * Per token of toks[from, to) its context features (scope- or subject-marked stems), and whether its plain stem
 * feature is replaced; undefined when the experiment adds none. Scopes are read over the whole message.
 */
export function contextFeatures(
  toks: MToken[],
  from: number,
  to: number,
): { extra: (string[] | undefined)[]; noStem: boolean[] } | undefined {
  if (!contextOn()) return undefined
  const extra: (string[] | undefined)[] = Array.from({ length: to - from }, () => undefined)
  const noStem = Array.from({ length: to - from }, () => false)
  const put = (i: number, f: string) => {
    if (i < from || i >= to) return
    const xs = extra[i - from]
    if (!xs) extra[i - from] = [f]
    else if (!xs.includes(f)) xs.push(f)
  }
  const spans = conceptSpans(toks)
  for (const m of spans) {
    if (m.payload === 'negator' && experiment.neg) {
      const end = Math.min(bounds(toks, m.start, 1)[1], m.end + NEG_WINDOW)
      for (let i = m.end; i < end; i++) {
        put(i, `n:${toks[i]!.stem}`)
        if (experiment.neg === 'replace' && i >= from && i < to) noStem[i - from] = true
      }
    } else if (m.payload === 'pastStrong' && experiment.past) {
      const [a, b] = bounds(toks, m.start, 2)
      for (let i = a; i < b; i++) if (i < m.start || i >= m.end) put(i, `p:${toks[i]!.stem}`)
    } else if (m.payload === 'anchor' && experiment.who) {
      const [a, b] = bounds(toks, m.start, 1)
      let who: string | undefined
      for (const o of spans)
        if (o.start >= a && o.start < b) {
          if (o.payload === 'third') who = 'o'
          else if (o.payload === 'self' && who === undefined) who = 'i'
        }
      if (who) for (let i = m.start; i < m.end; i++) put(i, `w:${who}:${toks[i]!.stem}`)
    }
  }
  return { extra, noStem }
}

function addWordFeatures(out: Set<string>, toks: MToken[], from: number, to: number): void {
  const ctx = contextFeatures(toks, from, to)
  for (let i = from; i < to; i++) {
    const t = toks[i]!
    if (!ctx?.noStem[i - from]) out.add(`s:${t.stem}`)
    const xs = ctx?.extra[i - from]
    if (xs) for (const f of xs) out.add(f)
    const next = toks[i + 1]
    if (next && next.brk === 0) out.add(`b:${t.stem}_${next.stem}`)
    for (const g of charGrams(t.text)) out.add(g)
  }
}

const gramCache = new Map<string, string[]>()
const GRAM_CACHE_MAX = 50_000

/** Character n-gram sizes of the word features (`c:` + the n-gram of `<word>`); an experiment may set others. */
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
    for (const n of experiment.gramSizes ?? GRAM_SIZES)
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
