/**
 * Leave-batches-out estimate of the whole detector (rules + classifier, as `detectCrisis` combines them) on
 * a new author's text: `npx tsx scripts/crisis-data/lobo.ts [variants.json]`. For each fold of whole blind
 * batches (lobo-folds.ts) the classifier is trained as `npm run train:crisis` trains it, without the fold's
 * lines and their noisy copies, its threshold chosen per language on the other folds' blind dev lines
 * (build.ts `chooseThresholds`), and the detector is run on every line of the fold. Prints recall and false
 * positive rate per language and category, pooled and per fold, the pooled figures at every grid threshold,
 * and the rules alone. The rules were written from all batches, so their share is in-sample: the estimate is
 * the classifier's generalisation, with the rules as they stand.
 *
 * variants.json: `[{ "name", "train": TrainOptions (train.ts) and "dropFamilies": ["b", "g", …] (feature
 * prefixes left out), "limits": partial CRISIS_LIMITS, "fpCost": … }]`; the shipped settings without it.
 * LOBO_FOLDS=0,3 runs those folds only. LOBO_APART=29,30 also prints those batches' lines apart and the pooled
 * figures without them (so a run with new batches in the data stays comparable with one before them);
 * LOBO_WRONG=1 lists their out-of-fold misses and false positives. Never reads a held-out line (generate-rows.ts drops lines equal to one).
 */
import { readFileSync } from 'node:fs'
import { chooseThresholds, THRESHOLDS, tokenMemo } from '../../src/modules/safety/crisis/build.js'
import { CRISIS_LIMITS, type CrisisLimits, detectCrisisV2 } from '../../src/modules/safety/crisis/detector.js'
import { type CrisisModel, type LoadedModel, prepareModel } from '../../src/modules/safety/crisis/model.js'
import { CLASSES, type TrainOptions, train } from '../../src/modules/safety/crisis/train.js'
import { type GenRow, generateRows } from './generate-rows.js'
import { FOLDS, type FoldSplit, splitFold } from './lobo-folds.js'

type Variant = {
  name: string
  train?: Omit<TrainOptions, 'keepFeature'> & { dropFamilies?: string[] }
  limits?: Partial<CrisisLimits>
  fpCost?: number
}
type Lang = 'ru' | 'en'
const LANGS: Lang[] = ['ru', 'en']
/** hits and lines by `lang:label` */
type Tally = Map<string, { n: number; hit: number }>

const t0 = performance.now()
const secs = () => ((performance.now() - t0) / 1000).toFixed(0)
const variants: Variant[] = process.argv[2]
  ? (JSON.parse(readFileSync(process.argv[2], 'utf8')) as Variant[])
  : [{ name: 'shipped' }]
const folds = (process.env.LOBO_FOLDS ?? FOLDS.map((_, k) => k).join(','))
  .split(',')
  .map(Number)

const rows = generateRows()
const splits = new Map<number, FoldSplit>(folds.map((k) => [k, splitFold(rows, k)]))
const tokens = tokenMemo()
// every text once, before the first fold's training (the memo is shared by all folds and variants)
for (const r of rows.train) tokens(r.text)
console.log(`${secs()} s: rows and tokens (${rows.train.length} train rows, folds ${folds.join(',')})`)

function trainOpts(v: Variant): TrainOptions {
  const { dropFamilies, ...rest } = v.train ?? {}
  if (!dropFamilies?.length) return rest
  return { ...rest, keepFeature: (f) => !dropFamilies.some((p) => f.startsWith(`${p}:`)) }
}

const models = new Map<string, CrisisModel>()
const preparedCache = new Map<CrisisModel, LoadedModel>()
function foldModel(v: Variant, k: number): CrisisModel {
  const key = `${k} ${JSON.stringify(v.train ?? {})}`
  let m = models.get(key)
  if (!m) {
    const s = performance.now()
    m = train(
      splits.get(k)!.train.map((r) => ({ toks: tokens(r.text), label: r.label })),
      trainOpts(v),
    )
    console.log(`  fold ${k} trained in ${((performance.now() - s) / 1000).toFixed(0)} s`)
    models.set(key, m)
  }
  return m
}

const tally = (): Tally => new Map()
function add(t: Tally, r: GenRow, hit: boolean): void {
  const key = `${r.lang}:${r.label}`
  const c = t.get(key) ?? { n: 0, hit: 0 }
  c.n++
  if (hit) c.hit++
  t.set(key, c)
}
function sum(t: Tally, lang: Lang, crisis: boolean): { n: number; hit: number } {
  let n = 0
  let hit = 0
  for (const [key, c] of t)
    if (key.startsWith(`${lang}:`) && (key.endsWith(':none') !== crisis)) {
      n += c.n
      hit += c.hit
    }
  return { n, hit }
}
const f3 = (a: number, n: number) => (n ? (a / n).toFixed(3) : '  -  ')
function figures(t: Tally, lang: Lang): { recall: number; fpr: number; text: string } {
  const p = sum(t, lang, true)
  const ng = sum(t, lang, false)
  return {
    recall: p.hit / p.n,
    fpr: ng.hit / ng.n,
    text: `${lang} recall ${f3(p.hit, p.n)} (${p.hit}/${p.n}) fpr ${f3(ng.hit, ng.n)} (${ng.hit}/${ng.n})`,
  }
}
function perCategory(t: Tally, lang: Lang): string {
  return CLASSES.filter((c) => c !== 'none' && t.has(`${lang}:${c}`))
    .map((c) => {
      const x = t.get(`${lang}:${c}`)!
      return `${c} ${f3(x.hit, x.n)} (${x.hit}/${x.n})`
    })
    .join(', ')
}

// The rules alone (no classifier) on every fold's lines: the same for every variant.
const rulesOnly = tally()
for (const k of folds) for (const r of splits.get(k)!.test) add(rulesOnly, r, detectCrisisV2(r.text, { model: false }).hit)

const apart = new Set((process.env.LOBO_APART ?? '').split(',').filter(Boolean).map(Number))
const isApart = (r: GenRow) => apart.has(Number(/^chat-lines-(\d+)/.exec(r.file ?? '')?.[1]))
const summary: string[] = []
for (const v of variants) {
  const limits = { ...CRISIS_LIMITS, ...v.limits }
  console.log(`\n== ${v.name} ${JSON.stringify({ train: v.train, limits: v.limits, fpCost: v.fpCost })} ==`)
  const pooled = tally()
  const newer = tally()
  const older = tally()
  const curve = THRESHOLDS.map(() => tally())
  for (const k of folds) {
    const { dev, test } = splits.get(k)!
    const base = foldModel(v, k)
    const { threshold } = chooseThresholds(base, dev, { limits, fpCost: v.fpCost })
    const run = (text: string, t: Record<Lang, number>) =>
      detectCrisisV2(text, { model: prepared(base, t), limits }).hit
    const own = tally()
    for (const r of test) {
      const hit = run(r.text, threshold)
      add(own, r, hit)
      add(pooled, r, hit)
      add(isApart(r) ? newer : older, r, hit)
      if (process.env.LOBO_WRONG && isApart(r) && hit !== (r.label !== 'none'))
        console.log(`  ${hit ? 'fp  ' : 'miss'} ${r.lang} ${r.label} ${r.text}`)
    }
    // the pooled curve: the answer only gets stricter as the threshold rises (build.ts), so a line with the
    // same answer at both ends has it at every threshold between
    const lo = test.map((r) => run(r.text, { ru: THRESHOLDS[0]!, en: THRESHOLDS[0]! }))
    const last = THRESHOLDS[THRESHOLDS.length - 1]!
    const hi = test.map((r, i) => lo[i]! && run(r.text, { ru: last, en: last }))
    THRESHOLDS.forEach((t, j) => {
      test.forEach((r, i) => add(curve[j]!, r, lo[i] === hi[i] ? lo[i]! : run(r.text, { ru: t, en: t })))
    })
    console.log(
      `fold ${k} [${FOLDS[k]?.join(',') ?? 'newer'}] threshold ru ${threshold.ru} en ${threshold.en}: ` +
        `${LANGS.map((l) => figures(own, l).text).join('; ')}   (${secs()} s)`,
    )
  }
  const score = (l: Lang) => {
    const f = figures(pooled, l)
    return f.recall - 2 * f.fpr
  }
  for (const l of LANGS) {
    console.log(`pooled ${figures(pooled, l).text}, recall − 2 × fpr ${score(l).toFixed(3)}`)
    console.log(`  per category: ${perCategory(pooled, l)}`)
  }
  if (apart.size > 0)
    for (const l of LANGS) {
      console.log(`batches ${[...apart].join(',')}: ${figures(newer, l).text}; ${perCategory(newer, l)}`)
      console.log(`the other batches: ${figures(older, l).text}; ${perCategory(older, l)}`)
    }
  console.log('pooled at each threshold (both languages at it):')
  THRESHOLDS.forEach((t, j) =>
    console.log(`  ${t}: ${LANGS.map((l) => figures(curve[j]!, l).text).join('; ')}`),
  )
  summary.push(
    `${v.name.padEnd(28)} ${LANGS.map((l) => {
      const f = figures(pooled, l)
      return `${l} ${f.recall.toFixed(3)} / ${f.fpr.toFixed(3)} (${score(l).toFixed(3)})`
    }).join('   ')}`,
  )
}
console.log(`\nrules only: ${LANGS.map((l) => figures(rulesOnly, l).text).join('; ')}`)
console.log('\nvariant                      recall / fpr (recall − 2 × fpr), pooled over the folds')
for (const s of summary) console.log(s)
console.log(`wall time ${secs()} s`)

/**
 * A fold model prepared once (the detector's scorer and its per-word memo slot belong to the prepared model),
 * with the threshold set per call: the same weights, so the same answers as a model prepared per threshold.
 */
function prepared(m: CrisisModel, threshold: Record<Lang, number>): LoadedModel {
  let p = preparedCache.get(m)
  if (!p) {
    p = prepareModel(m)
    preparedCache.set(m, p)
  }
  return { ...p, threshold }
}
