/**
 * The classifier-only hits over train/dev, to design a model check: `npx tsx scripts/crisis-data/model-hits.ts OUT`
 * writes `split<TAB>src<TAB>lang<TAB>label<TAB>hit source<TAB>category<TAB>P(none)<TAB>concepts<TAB>text` per
 * distinct text that the detector flags by the classifier (source 'model'). Never held-out.
 */
import { writeFileSync } from 'node:fs'
import { analyse, detectCrisisV2 } from '../../src/modules/safety/crisis/detector.js'
import { loadModel, predict } from '../../src/modules/safety/crisis/model.js'
import { conceptsOf } from '../../src/modules/safety/crisis/rules.js'
import { distinctRows } from './distinct-rows.js'

const out = process.argv[2]
if (!out) throw new Error('usage: model-hits.ts OUT')
const m = loadModel()
const lines: string[] = []
for (const { split, row: r } of distinctRows()) {
  const res = detectCrisisV2(r.text)
  if (!res.hit || res.source !== 'model') continue
  const toks = analyse(r.text)
  const pn = predict(m, toks)[0]!
  const cs = [...new Set(conceptsOf(toks))].sort().join(',')
  lines.push(
    [split, r.src ?? '-', r.lang, r.label, res.category, pn.toFixed(4), cs, r.text.replace(/[\t\n]/g, ' ')].join('\t'),
  )
}
writeFileSync(out, `${lines.join('\n')}\n`)
console.log(`${lines.length} model-only hits`)
