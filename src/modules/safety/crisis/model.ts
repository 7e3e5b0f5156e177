/**
 * Stage 2 of the crisis detector: a multinomial logistic regression over features.ts, trained by
 * `npm run train:crisis` (train.ts) on data/safety/crisis/train.jsonl. Weights ship as model.json beside
 * this file and load once, synchronously, on first use (or at start through `warmUpCrisisDetector`).
 */
import { readFileSync } from 'node:fs'
import { featuresOf } from './features.js'
import type { MToken } from './matcher.js'
import type { Lang } from './normalize.js'

export type CrisisModel = {
  /** Output classes: 'none' and the CrisisCategory values. */
  classes: string[]
  vocab: string[]
  /** weights[f] = one weight per class for feature vocab[f], rounded. */
  weights: number[][]
  bias: number[]
  /** Crisis is predicted when P(none) falls below 1 - threshold[lang] (chosen on the dev split, per language). */
  threshold: Record<Lang, number>
}

export type LoadedModel = CrisisModel & { index: Map<string, number> }

let loaded: LoadedModel | undefined

export const MODEL_URL = new URL('./model.json', import.meta.url)

export function prepareModel(m: CrisisModel): LoadedModel {
  return { ...m, index: new Map(m.vocab.map((f, i) => [f, i])) }
}

/** model.json stores `features: { feature: weights }`; see build.ts `serialise`. */
export function parseModel(text: string): CrisisModel {
  const j = JSON.parse(text) as Omit<CrisisModel, 'vocab' | 'weights'> & {
    features: Record<string, number[]>
  }
  return {
    classes: j.classes,
    bias: j.bias,
    threshold: j.threshold,
    vocab: Object.keys(j.features),
    weights: Object.values(j.features),
  }
}

export function loadModel(): LoadedModel {
  loaded ??= prepareModel(parseModel(readFileSync(MODEL_URL, 'utf8')))
  return loaded
}

/** Class probabilities (softmax) for the tokens, in `m.classes` order. */
export function predict(m: LoadedModel, toks: MToken[]): number[] {
  return predictFeatures(m, featuresOf(toks))
}

/** Class probabilities for a feature list (features.ts). */
export function predictFeatures(m: LoadedModel, features: string[]): number[] {
  const z = [...m.bias]
  for (const f of features) {
    const i = m.index.get(f)
    if (i === undefined) continue
    const w = m.weights[i]!
    for (let c = 0; c < z.length; c++) z[c]! += w[c]!
  }
  const max = Math.max(...z)
  const e = z.map((v) => Math.exp(v - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / sum)
}
