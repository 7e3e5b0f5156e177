/**
 * Deterministic training of the crisis classifier (model.ts): plain SGD on multinomial logistic
 * regression with L2 and feature dropout, a fixed number of epochs, run once per seed (the shuffle and the
 * dropout masks follow the seed) and the runs' weights averaged, rounded to 4 decimals. Same data →
 * byte-identical model.json (checked by train.test.ts). Takes a few seconds per seed.
 */

import { seededRandom as rng } from '../../seeded-random.js'
import { featuresOf } from './features.js'
import type { MToken } from './matcher.js'
import type { CrisisModel } from './model.js'

/** `weight` (default 1): the factor on this example's gradient, on top of its label's class weight. */
export type Example = { toks: MToken[]; label: string; weight?: number }

export const CLASSES = [
  'none',
  'imminent',
  'intent',
  'active_ideation',
  'farewell',
  'self_harm',
  'passive_ideation',
  'third_party',
]

export type TrainOptions = {
  epochs?: number
  lr?: number
  l2?: number
  minDf?: number
  /** One SGD run per seed; the runs' weights are averaged (one model, so no cost at inference). */
  seeds?: number[]
  /** Share of a message's features dropped at random on each training step (inverted dropout). */
  drop?: number
  threshold?: number
  /** Weight of an example's gradient by its label (1 for a label not named): a class weighs more or less. */
  classWeights?: Partial<Record<string, number>>
  /** Only features this accepts enter the vocabulary (to leave a feature family out; experiments only). */
  keepFeature?: (feature: string) => boolean
}

/**
 * Crisis6, measured on the blind authors' dev lines (recall − 2 × FPR, mean of three seeds; one seed's
 * figure moves by ±0.01–0.02 with the shuffle alone): dropout 0.3 ru 0.777 → 0.794, en 0.760 → 0.779
 * (0.2 and 0.4 no better; 8 epochs, averaging the last epochs, clause word pairs with the concepts: no
 * better); averaging the three seeds' weights on top → ru 0.808, en 0.794 (a bagging-like cut of the
 * variance: the model was near-certain on everyday lines that one shuffle happened to learn as plans).
 */
export function train(examples: Example[], opts: TrainOptions = {}): CrisisModel {
  // l2 3e-4 (was 1e-3): on the blind authors' dev lines recall − 2 × FPR ru 0.733 → 0.756, en 0.778 → 0.788 (1e-4: worse)
  const {
    epochs = 6,
    lr = 0.2,
    l2 = 3e-4,
    minDf = 3,
    // six seeds (was three), round 26: leave-batches-out on two disjoint seed sets (round 25's log), six averaged
    // against three: mean ru −10.5 / en −12 false positives at equal recall, and two 6-seed models agree far more
    // than two 3-seed ones (a retrain reshuffles fewer lines); SGD is a small part of a build (~2 s per seed)
    seeds = [12, 13, 14, 15, 16, 17],
    // dropout 0.5 (was 0.3), model18: leave-batches-out (scripts/crisis-data/lobo.ts) with the override limits
    // scaled to it, ru 0.902 / 0.044 → 0.901 / 0.036, en 0.893 / 0.044 → 0.893 / 0.039 (src/modules/safety/docs/crisis-rounds.md)
    drop = 0.5,
    threshold = 0.5,
    classWeights = {},
    keepFeature,
  } = opts
  // Examples that share a token array (the same text, build.ts) share its features.
  const memo = new Map<MToken[], string[]>()
  const feats = examples.map((e) => {
    let fs = memo.get(e.toks)
    if (!fs) {
      fs = featuresOf(e.toks)
      memo.set(e.toks, fs)
    }
    return fs
  })
  const df = new Map<string, number>()
  for (const fs of feats) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1)
  const vocab = [...df.entries()]
    .filter(([f, n]) => n >= minDf && (!keepFeature || keepFeature(f)))
    .map(([f]) => f)
    .sort()
  const index = new Map(vocab.map((f, i) => [f, i]))
  const K = CLASSES.length
  const rows = feats.map((fs) =>
    Int32Array.from(fs.map((f) => index.get(f)).filter((i): i is number => i !== undefined)),
  )
  const labels = examples.map((e) => {
    const y = CLASSES.indexOf(e.label)
    if (y < 0) throw new Error(`unknown label ${e.label}`)
    return y
  })
  const labelWeights = Float64Array.from(CLASSES, (c) => classWeights[c] ?? 1)
  const exampleWeights = examples.some((e) => e.weight !== undefined && e.weight !== 1)
    ? Float64Array.from(examples, (e) => e.weight ?? 1)
    : undefined
  const W = new Float64Array(vocab.length * K)
  const b = new Float64Array(K)
  for (const seed of seeds) {
    const run = sgd(rows, labels, vocab.length, {
      epochs,
      lr,
      l2,
      seed,
      drop,
      weights: labelWeights,
      exampleWeights,
    })
    for (let i = 0; i < W.length; i++) W[i]! += run.W[i]! / seeds.length
    for (let c = 0; c < K; c++) b[c]! += run.b[c]! / seeds.length
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4
  // Features whose weights all round to zero carry nothing: drop them to keep model.json small.
  const keep: number[] = []
  for (let f = 0; f < vocab.length; f++) {
    let any = false
    for (let c = 0; c < K; c++) if (Math.abs(W[f * K + c]!) >= 0.01) any = true
    if (any) keep.push(f)
  }
  return {
    classes: CLASSES,
    vocab: keep.map((f) => vocab[f]!),
    weights: keep.map((f) => Array.from(W.subarray(f * K, f * K + K), round)),
    bias: Array.from(b, round),
    threshold: { ru: threshold, en: threshold },
  }
}

/** `weights`: per class, the factor on the gradient of an example of that label (1 leaves the doubles as they were). */
type SgdOptions = {
  epochs: number
  lr: number
  l2: number
  seed: number
  drop: number
  weights: Float64Array
  /** per example, a factor on its gradient (undefined: 1 for all, the doubles as they were) */
  exampleWeights?: Float64Array | undefined
}

/**
 * One seeded SGD run over feature-index rows; returns the weights (feature-major: K per feature) and biases.
 * The per-class loops are written out for the eight classes (each class a local, so no array reads and no
 * loop per feature): SGD alone 1.66 → 1.15 s of CPU for 3 epochs of one seed over train.jsonl (three runs of
 * each, one process each, load ~15). Every sum and product is the one the loops computed, in the same order,
 * so the weights are the same doubles (train.test.ts reproduces model.json byte for byte).
 */
function sgd(
  rows: Int32Array[],
  labels: number[],
  nFeatures: number,
  { epochs, lr, l2, seed, drop, weights, exampleWeights }: SgdOptions,
): { W: Float64Array; b: Float64Array } {
  const K = CLASSES.length
  if (K !== 8) throw new Error(`sgd is written out for 8 classes, not ${K}`)
  const W = new Float64Array(nFeatures * K)
  const b = new Float64Array(K)
  const order = rows.map((_, i) => i)
  const rand = rng(seed)
  // The dropout masks come from their own stream, so the shuffle order does not depend on `drop`.
  const dropRand = rng(seed + 0x9e3779b9)
  // Inverted dropout: a kept feature counts 1 / (1 − drop) in training, so inference needs no rescaling.
  const scale = 1 / (1 - drop)
  let active = new Int32Array(256)
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    const rate = lr / (1 + ep)
    for (const n of order) {
      const all = rows[n]!
      if (active.length < all.length) active = new Int32Array(all.length * 2)
      let len = 0
      for (let k = 0; k < all.length; k++) if (dropRand() >= drop) active[len++] = all[k]!
      // logits: the bias, then each kept feature's weights (feature-major: one feature's 8 are adjacent)
      let z0 = b[0]!
      let z1 = b[1]!
      let z2 = b[2]!
      let z3 = b[3]!
      let z4 = b[4]!
      let z5 = b[5]!
      let z6 = b[6]!
      let z7 = b[7]!
      for (let k = 0; k < len; k++) {
        const o = active[k]! * 8
        z0 += scale * W[o]!
        z1 += scale * W[o + 1]!
        z2 += scale * W[o + 2]!
        z3 += scale * W[o + 3]!
        z4 += scale * W[o + 4]!
        z5 += scale * W[o + 5]!
        z6 += scale * W[o + 6]!
        z7 += scale * W[o + 7]!
      }
      // softmax, max and sum taken class by class in order
      let max = Math.max(-Infinity, z0)
      max = Math.max(max, z1)
      max = Math.max(max, z2)
      max = Math.max(max, z3)
      max = Math.max(max, z4)
      max = Math.max(max, z5)
      max = Math.max(max, z6)
      max = Math.max(max, z7)
      z0 = Math.exp(z0 - max)
      z1 = Math.exp(z1 - max)
      z2 = Math.exp(z2 - max)
      z3 = Math.exp(z3 - max)
      z4 = Math.exp(z4 - max)
      z5 = Math.exp(z5 - max)
      z6 = Math.exp(z6 - max)
      z7 = Math.exp(z7 - max)
      const sum = 0 + z0 + z1 + z2 + z3 + z4 + z5 + z6 + z7
      // gradient of the loss per class (probability − 1 for the label), times the label's class weight
      const y = labels[n]!
      const wy = exampleWeights ? weights[y]! * exampleWeights[n]! : weights[y]!
      const g0 = (z0 / sum - (y === 0 ? 1 : 0)) * wy
      const g1 = (z1 / sum - (y === 1 ? 1 : 0)) * wy
      const g2 = (z2 / sum - (y === 2 ? 1 : 0)) * wy
      const g3 = (z3 / sum - (y === 3 ? 1 : 0)) * wy
      const g4 = (z4 / sum - (y === 4 ? 1 : 0)) * wy
      const g5 = (z5 / sum - (y === 5 ? 1 : 0)) * wy
      const g6 = (z6 / sum - (y === 6 ? 1 : 0)) * wy
      const g7 = (z7 / sum - (y === 7 ? 1 : 0)) * wy
      b[0] = b[0]! - rate * g0
      b[1] = b[1]! - rate * g1
      b[2] = b[2]! - rate * g2
      b[3] = b[3]! - rate * g3
      b[4] = b[4]! - rate * g4
      b[5] = b[5]! - rate * g5
      b[6] = b[6]! - rate * g6
      b[7] = b[7]! - rate * g7
      const s0 = scale * g0
      const s1 = scale * g1
      const s2 = scale * g2
      const s3 = scale * g3
      const s4 = scale * g4
      const s5 = scale * g5
      const s6 = scale * g6
      const s7 = scale * g7
      for (let k = 0; k < len; k++) {
        const o = active[k]! * 8
        W[o] = W[o]! - rate * (s0 + l2 * W[o]!)
        W[o + 1] = W[o + 1]! - rate * (s1 + l2 * W[o + 1]!)
        W[o + 2] = W[o + 2]! - rate * (s2 + l2 * W[o + 2]!)
        W[o + 3] = W[o + 3]! - rate * (s3 + l2 * W[o + 3]!)
        W[o + 4] = W[o + 4]! - rate * (s4 + l2 * W[o + 4]!)
        W[o + 5] = W[o + 5]! - rate * (s5 + l2 * W[o + 5]!)
        W[o + 6] = W[o + 6]! - rate * (s6 + l2 * W[o + 6]!)
        W[o + 7] = W[o + 7]! - rate * (s7 + l2 * W[o + 7]!)
      }
    }
  }
  return { W, b }
}
