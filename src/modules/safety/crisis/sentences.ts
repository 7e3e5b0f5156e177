/**
 * The sentence pass of the crisis detector (detector.ts): which sentence of a message is read alone by the
 * classifier, and what a rule hit's own sentence says about cancelling it (round 20: the whole message's P(none)
 * grows with its length, so a long message's everyday sentences no longer tell how everyday a hit's words are).
 */
import type { CrisisCategory } from '../crisis-types.js'
import type { CrisisLimits } from './detector.js'
import type { MToken } from './matcher.js'
import type { LoadedModel } from './model.js'
import { conceptsByPart, type RuleHit } from './rules.js'
import { scorePart } from './score.js'

/** Rule hits whose own sentence may stand for the message: the writer's own wish or harm (`hitSentence` limit). */
export const SENTENCE_ALONE = new Set<CrisisCategory>(['active_ideation', 'passive_ideation', 'self_harm'])

/** A clarification after the first rule hit («…в смысле режет кабели», "i mean the exam"): its sense is told later. */
export function clarifiedAfter(toks: MToken[], hits: RuleHit[]): boolean {
  const from = Math.min(...hits.map((h) => h.end))
  for (let i = from + 1; i < toks.length; i++) {
    const a = toks[i - 1]!.text
    const b = toks[i]!.text
    if ((a === 'в' && (b === 'смысле' || b === 'виду')) || (a === 'i' && b === 'mean')) return true
  }
  return false
}

/**
 * The first sentence of a wish or harm rule hit (`SENTENCE_ALONE`) that the classifier reads alone with P(none)
 * below `limit`, with its token range; else the one least likely `none` (the whole message, `whole`, when it is
 * one sentence): what the hit's own words say without the everyday sentences around it. The earliest such
 * sentence leaves the most of the message after it for doubt cues.
 */
export function hitSentence(
  m: LoadedModel,
  toks: MToken[],
  hits: RuleHit[],
  whole: number[],
  limit: number,
): { p: number[]; from: number; to: number } {
  const starts = sentenceStarts(toks)
  if (starts.length < 2) return { p: whole, from: 0, to: toks.length }
  const wanted = new Set<number>()
  for (const h of hits) if (SENTENCE_ALONE.has(h.cat)) wanted.add(sentenceOf(starts, h.start))
  const cs = conceptsByPart(toks, starts)
  let best: { p: number[]; from: number; to: number } = { p: whole, from: 0, to: toks.length }
  for (const k of [...wanted].sort((a, b) => a - b)) {
    const q = scorePart(m, toks, starts, k, cs[k]!)
    if (q[0]! < best.p[0]!) best = { p: q, from: starts[k]!, to: starts[k + 1] ?? toks.length }
    if (q[0]! < limit) return best
  }
  return best
}

/** A sentence is read alone only when it has a crisis word or a kind of word plans are told with (concepts.ts). */
export const SENTENCE_CUES = new Set([
  'anchor',
  'means',
  'plan',
  'finality',
  'arrange',
  'when',
  'body',
  'fate',
  'now',
])

/** Sentence starts (the first token and every token after a sentence break). */
export function sentenceStarts(toks: MToken[]): number[] {
  const starts: number[] = [0]
  for (let i = 1; i < toks.length; i++) if (toks[i]!.brk === 2) starts.push(i)
  return starts
}

/** The index of the sentence (of `starts`, from `sentenceStarts`) that holds token `at`. */
function sentenceOf(starts: number[], at: number): number {
  let k = starts.length - 1
  while (k > 0 && starts[k]! > at) k--
  return k
}

/**
 * In a message of several sentences, a rule hit whose own sentence the classifier does not read as `none` with
 * at least `ruleOverrideSentenceNone` (see CrisisLimits): the whole message's certainty is then its length's.
 */
export function hitSentenceDoubts(
  m: LoadedModel,
  toks: MToken[],
  hits: RuleHit[],
  lim: CrisisLimits,
): boolean {
  if (lim.ruleOverrideSentenceNone <= 0 || lim.sentenceScoring <= 0) return false
  const starts = sentenceStarts(toks)
  if (starts.length < lim.sentenceScoring) return false
  const cs = conceptsByPart(toks, starts)
  return hits.some((h) => {
    const k = sentenceOf(starts, h.start)
    const to = starts[k + 1] ?? toks.length
    if (to - starts[k]! < MIN_SENTENCE_WORDS) return false
    return scorePart(m, toks, starts, k, cs[k]!)[0]! < lim.ruleOverrideSentenceNone
  })
}

/** Sentences of fewer words ("ok.", "goodbye forever.") are not read alone: they carry too little. */
export const MIN_SENTENCE_WORDS = 3

/**
 * A sentence that stands against a whole the classifier reads as near-certain none (`sentenceStrongMaxNone`) needs a
 * cue beyond `fate` alone ("if", "hope", "wish" are everyday words: "I hope that's right").
 */
export const STRONG_CUES = new Set([...SENTENCE_CUES].filter((c) => c !== 'fate'))

/**
 * The classifier's answer for the sentence least likely `none`, when the message has at least `min` sentences;
 * `strong` when the sentence must stand against the whole (`STRONG_CUES`).
 */
export function leastNoneSentence(
  m: LoadedModel,
  toks: MToken[],
  min: number,
  strong = false,
): number[] | undefined {
  const starts = sentenceStarts(toks)
  if (starts.length < min) return undefined
  const parts = starts.filter((s, k) => (starts[k + 1] ?? toks.length) - s >= MIN_SENTENCE_WORDS)
  if (parts.length === 0) return undefined
  if (parts[0] !== 0) parts.unshift(0)
  const cues = strong ? STRONG_CUES : SENTENCE_CUES
  let best: number[] | undefined
  conceptsByPart(toks, parts).forEach((cs, k) => {
    const len = (parts[k + 1] ?? toks.length) - parts[k]!
    if (len < MIN_SENTENCE_WORDS || !cs.some((c) => cues.has(c))) return
    const q = scorePart(m, toks, parts, k, cs)
    if (!best || q[0]! < best[0]!) best = q
  })
  return best
}
