/**
 * Dev figures of the detector as it stands: `npx tsx scripts/crisis-data/dev-figures.ts` prints recall and
 * false-positive rate per language on all dev lines and on the blind authors' dev lines, and how many false
 * positives come from the classifier alone (source 'model') or from rules. `EXCLUDE=<batch file>` leaves that
 * batch's lines out (to compare with a dev from before the batch was added). Never held-out.
 */
import { readFileSync } from 'node:fs'
import { readRows } from '../../src/modules/safety/crisis/build.js'
import { detectCrisisV2 } from '../../src/modules/safety/crisis/detector.js'

const excluded = new Set(
  process.env.EXCLUDE
    ? readFileSync(process.env.EXCLUDE, 'utf8')
        .split('\n')
        .map((l) => l.split('\t')[2])
    : [],
)
const dev = readRows('data/safety/crisis/dev.jsonl').filter((r) => !excluded.has(r.text))
for (const blind of [false, true]) {
  for (const lang of ['ru', 'en'] as const) {
    const rows = dev.filter((r) => r.lang === lang && (!blind || r.src === 'blind'))
    let tp = 0
    let p = 0
    let n = 0
    let fpModel = 0
    let fpRule = 0
    for (const r of rows) {
      const res = detectCrisisV2(r.text)
      if (r.label === 'none') {
        n++
        if (res.hit) res.source === 'model' ? fpModel++ : fpRule++
      } else {
        p++
        if (res.hit) tp++
      }
    }
    const fp = fpModel + fpRule
    console.log(
      `${blind ? 'blind' : 'all  '} ${lang}: recall ${(tp / p).toFixed(3)} (${tp}/${p}), fpr ${(fp / n).toFixed(3)} (${fp}/${n}; model ${fpModel}, rules ${fpRule})`,
    )
  }
}
