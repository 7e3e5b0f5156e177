/**
 * Which lines a change of CRISIS_LIMITS turns, out of fold: `npx tsx scripts/crisis-data/lobo-diff.ts
 * variants.json` trains the lobo.ts fold models once (cached in LOBO_CACHE, default /tmp/lobo-diff; LOBO_SEEDS=22,23,24
 * for another seed set), runs the detector with each variant's limits (its threshold chosen on the other folds'
 * blind dev lines, as lobo.ts does) and prints each variant's pooled figures and every line whose answer differs
 * from the first variant's (fp+/fp− for none lines, gain/lost for crisis lines). LOBO_DUMP=FILE also writes the first
 * variant's answer on every out-of-fold line (`fold<TAB>file<TAB>lang<TAB>label<TAB>hit<TAB>text`), to diff two trees'
 * runs or list one tree's errors. Never reads a held-out line.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { chooseThresholds, tokenMemo } from '../../src/modules/safety/crisis/build.js'
import { CRISIS_LIMITS, type CrisisLimits, detectCrisisV2 } from '../../src/modules/safety/crisis/detector.js'
import { type CrisisModel, type LoadedModel, prepareModel } from '../../src/modules/safety/crisis/model.js'
import { train } from '../../src/modules/safety/crisis/train.js'
import { generateRows } from './generate-rows.js'
import { FOLDS, splitFold } from './lobo-folds.js'

type Variant = { name: string; limits?: Partial<CrisisLimits> }
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
for (let k = 0; k < FOLDS.length; k++) {
  const { train: tr, dev, test } = splitFold(rows, k)
  const file = `${cache}/fold-${k}-${seeds?.join('_') ?? 'default'}.json`
  let m: CrisisModel
  if (existsSync(file)) m = JSON.parse(readFileSync(file, 'utf8')) as CrisisModel
  else {
    m = train(
      tr.map((r) => ({ toks: tokens(r.text), label: r.label })),
      seeds ? { seeds } : {},
    )
    writeFileSync(file, JSON.stringify(m))
  }
  const p = prepareModel(m)
  variants.forEach((v, i) => {
    const limits = { ...CRISIS_LIMITS, ...v.limits }
    const { threshold } = chooseThresholds(m, dev, { limits })
    const lm: LoadedModel = { ...p, threshold }
    for (const r of test) {
      const key = `${k}\t${r.file}\t${r.text}`
      const hit = detectCrisisV2(r.text, { model: lm, limits }).hit
      out[i]!.set(key, hit)
      info.set(key, { lang: r.lang as Lang, label: r.label, text: r.text })
      const t = tally[i]![r.lang as Lang]
      const crisis = r.label !== 'none'
      t[crisis ? 0 : 2]! += hit ? 1 : 0
      t[crisis ? 1 : 3]! += 1
    }
  })
  console.error(`fold ${k} done`)
}
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
  for (const [key, hit] of out[i]!) {
    const base = out[0]!.get(key)!
    if (hit === base) continue
    const x = info.get(key)!
    const what = x.label === 'none' ? (hit ? 'fp+ ' : 'fp- ') : hit ? 'gain' : 'lost'
    console.log(`${what} ${x.lang} ${x.label} [${key.split('\t')[1]}] ${x.text.replace(/\s+/g, ' ').slice(0, 400)}`)
  }
}
