/**
 * Stage 2 of the crisis detector: a multinomial logistic regression over features.ts, trained by
 * `npm run train:crisis` (train.ts) on data/safety/crisis/train.jsonl. Weights ship as model.json beside
 * this file and load once, synchronously, on first use (or at start through `warmUpCrisisDetector`).
 */
import { readFileSync } from 'node:fs'
import { FeatureIndex } from './compact.js'
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

/**
 * The model as `predict` reads it: the weights of feature `f` are `flat[index.get(f) * classes.length + c]`.
 * One Float64Array instead of an array per feature (64k of them, 112 bytes each) and no vocab list (the
 * index holds the names): ~3.5 MiB less heap, the same doubles, so the same sums and answers. The index is
 * compact.ts's (the names in one string and a hash table of rows, ~3.5 MiB instead of a Map's ~7 MiB).
 * The weights stay doubles: as 16-bit integers read back exactly (q / 10⁴) they took 5 MiB less but made a
 * long message's detection ~10 % slower (the scorer's inner loop, bench/crisis-ab.ts).
 */
export type LoadedModel = Omit<CrisisModel, 'vocab' | 'weights'> & {
  index: FeatureIndex
  flat: Float64Array
}

let loaded: LoadedModel | undefined

export const MODEL_URL = new URL('./model.json', import.meta.url)

export function prepareModel(m: CrisisModel): LoadedModel {
  return compact(m, m.vocab, m.weights)
}

function compact(
  m: Pick<CrisisModel, 'classes' | 'bias' | 'threshold'>,
  vocab: string[],
  weights: number[][],
): LoadedModel {
  const n = m.classes.length
  const flat = new Float64Array(vocab.length * n)
  for (let i = 0; i < weights.length; i++) flat.set(weights[i]!, i * n)
  const index = new FeatureIndex(vocab)
  return { classes: m.classes, bias: m.bias, threshold: m.threshold, index, flat }
}

type ModelJson = Omit<CrisisModel, 'vocab' | 'weights'> & { features: Record<string, number[]> }

/** model.json stores `features: { feature: weights }`; see build.ts `serialise`. */
export function parseModel(text: string): CrisisModel {
  const j = JSON.parse(text) as ModelJson
  return {
    classes: j.classes,
    bias: j.bias,
    threshold: j.threshold,
    vocab: Object.keys(j.features),
    weights: Object.values(j.features),
  }
}

export function loadModel(): LoadedModel {
  if (!loaded) {
    const j = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as ModelJson
    loaded = compact(j, Object.keys(j.features), Object.values(j.features))
  }
  return loaded
}

/** Class probabilities (softmax) for the tokens, in `m.classes` order. */
export function predict(m: LoadedModel, toks: MToken[]): number[] {
  return predictFeatures(m, featuresOf(toks))
}

/** Class probabilities for a feature list (features.ts). */
export function predictFeatures(m: LoadedModel, features: string[]): number[] {
  const z = [...m.bias]
  const n = m.classes.length
  for (const f of features) {
    const i = m.index.get(f)
    if (i === undefined) continue
    for (let c = 0, at = i * n; c < z.length; c++, at++) z[c]! += m.flat[at]!
  }
  const max = Math.max(...z)
  const e = z.map((v) => Math.exp(v - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / sum)
}
