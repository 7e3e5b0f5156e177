/**
 * The whole training recipe behind `npm run train:crisis`, kept here (typed, tested) rather than in the
 * script: read data/safety/crisis/train.jsonl, train (train.ts), then pick the decision threshold on
 * dev.jsonl, per language — the one with the best recall − 2 × false-positive rate of the whole detector in that
 * language (a missed crisis costs more than a false flag, which shows the lines and puts a message before a
 * moderator; on equal scores the stricter threshold). The held-out splits are never read here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyse, detectCrisisV2 } from './detector.js'
import { type CrisisModel, prepareModel } from './model.js'
import type { Lang } from './normalize.js'
import { train } from './train.js'

export type DataRow = { text: string; label: string; lang: 'ru' | 'en' }

export function readRows(file: string): DataRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DataRow)
}

// The model only adds recall where the rules are silent: P(none) below 0.5 at most.
const THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98]
/** How many false positives one miss is worth when the threshold is chosen. */
const FP_COST = 2

export function buildModel(root: string): { model: CrisisModel; devReport: string } {
  const dir = join(root, 'data/safety/crisis')
  const rows = readRows(join(dir, 'train.jsonl'))
  const dev = readRows(join(dir, 'dev.jsonl'))
  const base = train(rows.map((r) => ({ toks: analyse(r.text), label: r.label })))
  // Each language gets its own threshold: the trade-off differs (the languages' data differ).
  const best: Record<Lang, { t: number; score: number }> = {
    ru: { t: THRESHOLDS[0]!, score: -Infinity },
    en: { t: THRESHOLDS[0]!, score: -Infinity },
  }
  const lines: string[] = []
  for (const t of THRESHOLDS) {
    const m = prepareModel({ ...base, threshold: { ru: t, en: t } })
    const stats = { ru: { tp: 0, p: 0, fp: 0, n: 0 }, en: { tp: 0, p: 0, fp: 0, n: 0 } }
    for (const r of dev) {
      const hit = detectCrisisV2(r.text, { model: m }).hit
      const s = stats[r.lang]
      if (r.label === 'none') {
        s.n++
        if (hit) s.fp++
      } else {
        s.p++
        if (hit) s.tp++
      }
    }
    for (const lang of ['ru', 'en'] as const) {
      const score = stats[lang].tp / stats[lang].p - (FP_COST * stats[lang].fp) / stats[lang].n
      if (score >= best[lang].score) best[lang] = { t, score }
    }
    lines.push(
      `threshold ${t}: ru recall ${(stats.ru.tp / stats.ru.p).toFixed(3)} fpr ${(stats.ru.fp / stats.ru.n).toFixed(3)}; en recall ${(stats.en.tp / stats.en.p).toFixed(3)} fpr ${(stats.en.fp / stats.en.n).toFixed(3)}`,
    )
  }
  const threshold = { ru: best.ru.t, en: best.en.t }
  return { model: { ...base, threshold }, devReport: lines.join('\n') }
}

/** model.json text: one feature per line keeps diffs readable and the file deterministic. */
export function serialise(m: CrisisModel): string {
  const head = JSON.stringify({ classes: m.classes, bias: m.bias, threshold: m.threshold })
  const body = m.vocab.map((f, i) => `${JSON.stringify(f)}:${JSON.stringify(m.weights[i])}`)
  return `${head.slice(0, -1)},"features":{\n${body.join(',\n')}\n}}\n`
}
