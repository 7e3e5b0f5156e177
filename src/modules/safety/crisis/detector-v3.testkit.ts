import { analyse } from './analyse.js'
import type { MToken } from './matcher.js'
import { type LoadedModel, prepareModel } from './model.js'
import { CLASSES } from './train.js'

/** The detector's own normalisation (tokens with stems), for tests of the stages after it. */
export function normalizeForTest(text: string): MToken[] {
  return analyse(text)
}

/** A model whose answer is set by its bias and a few stem features (`s:<stem>` → weight per class). */
export function stubModel(
  bias: Record<string, number>,
  features: Record<string, Record<string, number>> = {},
): LoadedModel {
  const vocab = Object.keys(features)
  return prepareModel({
    classes: CLASSES,
    vocab,
    weights: vocab.map((f) => CLASSES.map((c) => features[f]![c] ?? 0)),
    bias: CLASSES.map((c) => bias[c] ?? 0),
    threshold: { ru: 0.5, en: 0.5 },
  })
}
