/**
 * The whole training recipe behind `npm run train:crisis`, kept here (typed, tested) rather than in the
 * script: read data/safety/crisis/train.jsonl, train (train.ts), then pick the decision threshold on
 * dev.jsonl, per language — the one with the best recall − 2 × false-positive rate of the whole detector in that
 * language on the dev lines by blind authors (`src: 'blind'`: text like users', which templates are not) (a missed crisis costs more than a false flag, which shows the lines and puts a message before a
 * moderator; on equal scores the stricter threshold). The held-out splits are never read here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyse } from './analyse.js'
import { type CrisisLimits, detectCrisisV2 } from './detector.js'
import type { MToken } from './matcher.js'
import { type CrisisModel, type LoadedModel, prepareModel } from './model.js'
import type { Lang } from './normalize.js'
import { type TrainOptions, train } from './train.js'

/** `src` (train/dev only, generate.ts): `blind` marks lines by blind authors, the others templates or our own lines. */
export type DataRow = {
  text: string
  label: string
  lang: 'ru' | 'en'
  src?: 'tpl' | 'hand' | 'chat' | 'blind'
}

export function readRows(file: string): DataRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DataRow)
}

// The model only adds recall where the rules are silent: P(none) below 0.5 at most.
export const THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98]
/**
 * How many points of false-positive rate one point of recall is worth when the threshold is chosen (blind dev
 * holds about as many crisis as none lines, so about how many false positives one miss is worth). Recall first.
 */
const FP_COST = 2
const counts = () => ({ tp: 0, p: 0, fp: 0, n: 0 })

/**
 * A threshold's score on dev from its counts: recall, less the false-positive rate divided by `fpCost` (a point of
 * recall is worth `fpCost` points of false-positive rate). Until round 24 the rate was multiplied by it instead,
 * the reverse of what FP_COST says: a false positive weighed twice a miss, and the threshold went strict
 * whenever the curve was flat (ru 0.98 after batches 33–34).
 */
export function thresholdScore(s: { tp: number; p: number; fp: number; n: number }, fpCost: number): number {
  return s.tp / s.p - s.fp / s.n / fpCost
}

/**
 * The threshold whose score, averaged with its neighbours' on the grid (a window of three; at the ends the inner neighbour counts twice),
 * is best; on equal smoothed scores the stricter one. The raw curve is flat (a few blind dev lines from end to
 * end), so its peak flipped between distant thresholds when a batch was added (ru 0.8 → 0.95 with batch 19);
 * the smoothed peak sits in the middle of the best stretch and moves by one step at most on such data.
 */
export function pickThreshold(scores: readonly number[], grid: readonly number[] = THRESHOLDS): number {
  let bestT = grid[0]!
  let bestScore = -Infinity
  scores.forEach((s, i) => {
    // at the ends the missing neighbour is the inner one again (a lone peak at the edge is not a stretch)
    const prev = scores[i - 1] ?? scores[i + 1] ?? s
    const next = scores[i + 1] ?? scores[i - 1] ?? s
    const smooth = (prev + s + next) / 3
    if (smooth >= bestScore - 1e-12) {
      bestScore = Math.max(bestScore, smooth)
      bestT = grid[i]!
    }
  })
  return bestT
}

/** Analyses each distinct text once: a noisy copy is often the very line again (same letters, same case), and
 * examples sharing a token array share its features in train(). */
export function tokenMemo(): (text: string) => MToken[] {
  const seen = new Map<string, MToken[]>()
  return (text) => {
    let toks = seen.get(text)
    if (!toks) {
      toks = analyse(text)
      seen.set(text, toks)
    }
    return toks
  }
}

/** How the threshold is chosen (`chooseThresholds`); the defaults are what `npm run train:crisis` uses. */
export type ThresholdOptions = {
  /** Limits the detector runs with while the threshold is chosen (detector.ts `CRISIS_LIMITS` by default). */
  limits?: CrisisLimits
  /** How many false positives one miss is worth. */
  fpCost?: number
}

/**
 * The threshold per language on `dev` (the score is counted on its `src: 'blind'` lines), and a report of every
 * grid threshold's figures on all dev lines and on the blind ones.
 */
export function chooseThresholds(
  base: CrisisModel,
  dev: DataRow[],
  { limits, fpCost = FP_COST }: ThresholdOptions = {},
): { threshold: Record<Lang, number>; report: string } {
  // Each language gets its own threshold: the trade-off differs (the languages' data differ).
  const scores: Record<Lang, number[]> = { ru: [], en: [] }
  // The detector's answer only gets stricter as the threshold rises (P(none) must fall below 1 − t), so a
  // line with the same answer at the loosest and the strictest threshold has it at every one between: only
  // the lines whose answer changes are run at each threshold (the sweep costs ~2 passes over dev, not 9).
  // prepared once (the detector's scorer belongs to the prepared model); only the threshold differs
  const loaded = prepareModel(base)
  const at = (t: number): LoadedModel => ({ ...loaded, threshold: { ru: t, en: t } })
  const run = (text: string, model: LoadedModel) => detectCrisisV2(text, { model, limits }).hit
  const lo = at(THRESHOLDS[0]!)
  const hi = at(THRESHOLDS[THRESHOLDS.length - 1]!)
  const loHit = dev.map((r) => run(r.text, lo))
  const hiHit = dev.map((r, i) => loHit[i]! && run(r.text, hi))
  const lines: string[] = []
  for (const t of THRESHOLDS) {
    const m = at(t)
    const all = { ru: counts(), en: counts() }
    const blind = { ru: counts(), en: counts() }
    dev.forEach((r, i) => {
      const hit = loHit[i] === hiHit[i] ? loHit[i]! : run(r.text, m)
      for (const s of r.src === 'blind' ? [all[r.lang], blind[r.lang]] : [all[r.lang]]) {
        if (r.label === 'none') {
          s.n++
          if (hit) s.fp++
        } else {
          s.p++
          if (hit) s.tp++
        }
      }
    })
    for (const lang of ['ru', 'en'] as const) {
      const s = blind[lang]
      scores[lang].push(thresholdScore(s, fpCost))
    }
    const f = (s: ReturnType<typeof counts>) =>
      `recall ${(s.tp / s.p).toFixed(3)} fpr ${(s.fp / s.n).toFixed(3)}`
    lines.push(
      `threshold ${t}: ru ${f(all.ru)} (blind ${f(blind.ru)}); en ${f(all.en)} (blind ${f(blind.en)})`,
    )
  }
  return {
    threshold: { ru: pickThreshold(scores.ru), en: pickThreshold(scores.en) },
    report: lines.join('\n'),
  }
}

/** `opts` (train.ts) for experiments only: `npm run train:crisis` and train.test.ts use the defaults. */
export function buildModel(root: string, opts: TrainOptions = {}): { model: CrisisModel; devReport: string } {
  const dir = join(root, 'data/safety/crisis')
  const rows = readRows(join(dir, 'train.jsonl'))
  const dev = readRows(join(dir, 'dev.jsonl'))
  const tokens = tokenMemo()
  const base = train(
    rows.map((r) => ({ toks: tokens(r.text), label: r.label })),
    opts,
  )
  const { threshold, report } = chooseThresholds(base, dev)
  return { model: { ...base, threshold }, devReport: report }
}

/** model.json text: one feature per line keeps diffs readable and the file deterministic. */
export function serialise(m: CrisisModel): string {
  const head = JSON.stringify({ classes: m.classes, bias: m.bias, threshold: m.threshold })
  const body = m.vocab.map((f, i) => `${JSON.stringify(f)}:${JSON.stringify(m.weights[i])}`)
  return `${head.slice(0, -1)},"features":{\n${body.join(',\n')}\n}}\n`
}
