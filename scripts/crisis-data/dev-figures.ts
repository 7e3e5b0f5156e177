/**
 * Dev figures of the detector as it stands: `npx tsx scripts/crisis-data/dev-figures.ts` prints recall and
 * false-positive rate per language on all dev lines and on the blind authors' dev lines, and how many false
 * positives come from the classifier alone (source 'model') or from rules. Never held-out.
 */
import { readRows } from '../../src/modules/safety/crisis/build.js'
import { detectCrisisV2 } from '../../src/modules/safety/crisis/detector.js'

const dev = readRows('data/safety/crisis/dev.jsonl')
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
