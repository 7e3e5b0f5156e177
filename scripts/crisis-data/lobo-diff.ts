/**
 * Which lines a change of CRISIS_LIMITS turns, out of fold: `npx tsx scripts/crisis-data/lobo-diff.ts
 * variants.json` trains the lobo.ts fold models once (cached in LOBO_CACHE, default /tmp/lobo-diff; LOBO_SEEDS=22,23,24
 * for another seed set), runs the detector with each variant's limits (its threshold chosen on the other folds'
 * blind dev lines, as lobo.ts does) and prints each variant's pooled figures and every line whose answer differs
 * from the first variant's (fp+/fp− for none lines, gain/lost for crisis lines). A variant may also set `train`
 * (train.ts TrainOptions, plus `dropFamilies`: feature prefixes left out, and `noneWeightBySrc`: the gradient
 * factor of `none` rows by their source, e.g. `{ "blind": 2 }` for the blind authors' hard negatives) and
 * `fpCost` (the threshold choice), and `features` (features.ts FeatureExperiment: e.g. `{ "neg": "add" }` for
 * negation-scoped stems, `{ "gramSizes": [4, 5] }`); its fold models are cached by those settings. LOBO_FP=1 lists the first
 * variant's false positives with what made each (`rule`: a rule hit stood, `model`: the classifier alone).
 * LOBO_DUMP=FILE also writes the first variant's answer on every out-of-fold line
 * (`fold<TAB>file<TAB>lang<TAB>label<TAB>hit<TAB>text`), to diff two trees' runs or list one tree's errors.
 * Never reads a held-out line.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { chooseThresholds, tokenMemo } from '../../src/modules/safety/crisis/build.js'
import { setExtraConceptPairs } from '../../src/modules/safety/crisis/concept-matches.js'
import { CRISIS_LIMITS, type CrisisLimits, detectCrisisV2 } from '../../src/modules/safety/crisis/detector.js'
import { type FeatureExperiment, setFeatureExperiment } from '../../src/modules/safety/crisis/features.js'
import { type CrisisModel, type LoadedModel, prepareModel } from '../../src/modules/safety/crisis/model.js'
import { type TrainOptions, train } from '../../src/modules/safety/crisis/train.js'
import { type GenRow, generateRows } from './generate-rows.js'
import { FOLDS, foldModelFile, splitFold } from './lobo-folds.js'

type TrainVariant = Omit<TrainOptions, 'keepFeature'> & {
  dropFamilies?: string[]
  noneWeightBySrc?: Partial<Record<NonNullable<GenRow['src']>, number>>
}
/**
 * `extraPairs`: concept pairs (concept-matches.ts) added as features, in training and detection alike;
 * `features`: a feature experiment (features.ts FeatureExperiment: scope-marked stems, n-gram sizes), likewise.
 */
type Variant = {
  name: string
  train?: TrainVariant
  extraPairs?: [string, string][]
  features?: FeatureExperiment
  limits?: Partial<CrisisLimits>
  fpCost?: number
}
type Lang = 'ru' | 'en'
const variants = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Variant[]
const seeds = process.env.LOBO_SEEDS?.split(',').map(Number)
const cache = process.env.LOBO_CACHE ?? '/tmp/lobo-diff'
mkdirSync(cache, { recursive: true })
const rows = generateRows()
const tokens = tokenMemo()
const out = variants.map(() => new Map<string, boolean>())
const tally = variants.map(() => ({ ru: [0, 0, 0, 0], en: [0, 0, 0, 0] }))
const info = new Map<string, { lang: Lang; label: string; text: string }>()
function foldModel(v: Variant, k: number, tr: GenRow[]): CrisisModel {
  const { dropFamilies, noneWeightBySrc, ...opts } = v.train ?? {}
  const o: TrainOptions = { ...opts, ...(seeds ? { seeds } : {}) }
  if (dropFamilies?.length) o.keepFeature = (f) => !dropFamilies.some((p) => f.startsWith(`${p}:`))
  const setting =
    v.extraPairs || v.features
      ? { ...v.train, ...(v.extraPairs ? { extraPairs: v.extraPairs } : {}), ...(v.features ? { features: v.features } : {}) }
      : v.train
  const tag = setting ? createHash('sha1').update(JSON.stringify(setting)).digest('hex').slice(0, 10) : 'shipped'
  const file = foldModelFile(cache, k, seeds, tag)
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as CrisisModel
  const weight = (r: GenRow) => (r.label === 'none' && r.src ? (noneWeightBySrc?.[r.src] ?? 1) : 1)
  const m = train(
    tr.map((r) => ({ toks: tokens(r.text), label: r.label, weight: weight(r) })),
    o,
  )
  writeFileSync(file, JSON.stringify(m))
  return m
}
const fps: string[] = []
for (let k = 0; k < FOLDS.length; k++) {
  const { train: tr, dev, test } = splitFold(rows, k)
  variants.forEach((v, i) => {
    setExtraConceptPairs(v.extraPairs ?? [])
    setFeatureExperiment(v.features ?? {})
    const m = foldModel(v, k, tr)
    const p = prepareModel(m)
    const limits = { ...CRISIS_LIMITS, ...v.limits }
    const { threshold } = chooseThresholds(m, dev, { limits, fpCost: v.fpCost })
    const lm: LoadedModel = { ...p, threshold }
    for (const r of test) {
      const key = `${k}\t${r.file}\t${r.text}`
      const res = detectCrisisV2(r.text, { model: lm, limits })
      const hit = res.hit
      out[i]!.set(key, hit)
      info.set(key, { lang: r.lang as Lang, label: r.label, text: r.text })
      const t = tally[i]![r.lang as Lang]
      const crisis = r.label !== 'none'
      t[crisis ? 0 : 2]! += hit ? 1 : 0
      t[crisis ? 1 : 3]! += 1
      if (i === 0 && process.env.LOBO_FP && res.hit && !crisis)
        fps.push(
          `fp ${r.lang} ${res.source === 'model' ? 'model' : 'rule '} ${res.category} [${r.file}] ${r.text.replace(/\s+/g, ' ')}`,
        )
    }
  })
  console.error(`fold ${k} done`)
}
for (const l of fps) console.log(l)
variants.forEach((v, i) => {
  const t = tally[i]!
  console.log(
    `${v.name.padEnd(24)} ru ${t.ru[0]}/${t.ru[1]} fp ${t.ru[2]}/${t.ru[3]}   en ${t.en[0]}/${t.en[1]} fp ${t.en[2]}/${t.en[3]}`,
  )
})
const dump = process.env.LOBO_DUMP
if (dump) {
  const lines = [...out[0]!].map(([key, hit]) => {
    const x = info.get(key)!
    const [fold, file] = key.split('\t')
    return `${fold}\t${file}\t${x.lang}\t${x.label}\t${hit ? 1 : 0}\t${x.text.replace(/\s+/g, ' ')}`
  })
  writeFileSync(dump, `${lines.join('\n')}\n`)
}
for (let i = 1; i < variants.length; i++) {
  console.log(`\n== ${variants[i]!.name} vs ${variants[0]!.name} ==`)
  const counts = new Map<string, number>()
  for (const [key, hit] of out[i]!) {
    const base = out[0]!.get(key)!
    if (hit === base) continue
    const x = info.get(key)!
    const what = x.label === 'none' ? (hit ? 'fp+ ' : 'fp- ') : hit ? 'gain' : 'lost'
    const c = `${what.trim()} ${x.lang} ${x.label}`
    counts.set(c, (counts.get(c) ?? 0) + 1)
    console.log(`${what} ${x.lang} ${x.label} [${key.split('\t')[1]}] ${x.text.replace(/\s+/g, ' ').slice(0, 400)}`)
  }
  console.log(`-- by language and category: ${[...counts].sort().map(([c, n]) => `${c} ${n}`).join(', ') || 'no change'}`)
}
