/**
 * Features for the crisis classifier, shared by training and inference so they can never drift:
 * stems, stem bigrams (inside a clause) and character 4-grams of each normalised word (with word edges),
 * which carry misspellings and unseen word forms; and message-level concepts (`g:`, concepts.ts): the kinds
 * of words present (a means, a future date, a decision, a finality cue, arrangements, a person at risk, a
 * trivial stake, the scope markers) and listed pairs of them, so the classifier generalises over words of a
 * kind it never saw together. Rule hits are not features: the model stays a second opinion on the rules.
 */
import type { MToken } from './matcher.js'
import { conceptsOf } from './rules.js'

export function featuresOf(toks: MToken[]): string[] {
  const out = new Set<string>()
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    out.add(`s:${t.stem}`)
    const next = toks[i + 1]
    if (next && next.brk === 0) out.add(`b:${t.stem}_${next.stem}`)
    const w = `<${t.text}>`
    if (w.length >= 5) for (let k = 0; k + 4 <= w.length; k++) out.add(`c:${w.slice(k, k + 4)}`)
  }
  for (const c of conceptsOf(toks)) out.add(`g:${c}`)
  return [...out]
}
