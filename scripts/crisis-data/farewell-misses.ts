/**
 * Out-of-fold farewell misses sorted by cause (round 23): `npx tsx scripts/crisis-data/farewell-misses.ts` reuses
 * lobo-diff.ts's cached fold models (LOBO_CACHE, default /tmp/lobo-diff; run lobo-diff.ts first) and prints every
 * farewell line the detector misses out of fold as `overridden` (a rule hit the classifier cancelled), `leaving`
 * (a farewell hit vetoed as an ordinary leaving, or the classifier's farewell cancelled by a leaving check),
 * `vetoed` (another scope rule) or `none` (no hit at all). Never reads a held-out line.
 */
import { readFileSync } from 'node:fs'
import { analyse } from '../../src/modules/safety/crisis/analyse.js'
import { chooseThresholds } from '../../src/modules/safety/crisis/build.js'
import { CRISIS_LIMITS, detectCrisisV2, dropInsideThirdParty } from '../../src/modules/safety/crisis/detector.js'
import { type CrisisModel, prepareModel } from '../../src/modules/safety/crisis/model.js'
import { backSoon, boundedAbsence, everydayEnding } from '../../src/modules/safety/crisis/model-checks.js'
import { matchRules } from '../../src/modules/safety/crisis/rules.js'
import { generateRows } from './generate-rows.js'
import { FOLDS, foldModelFile, splitFold } from './lobo-folds.js'

const cache = process.env.LOBO_CACHE ?? '/tmp/lobo-diff'
const rows = generateRows()
const byCause = new Map<string, string[]>()
/** farewell lines and misses by language, all and in batch 32 */
const total = new Map<string, number>()
const bump = (k: string) => total.set(k, (total.get(k) ?? 0) + 1)
for (let k = 0; k < FOLDS.length; k++) {
  const { dev, test } = splitFold(rows, k)
  const m = JSON.parse(readFileSync(foldModelFile(cache, k, undefined), 'utf8')) as CrisisModel
  const { threshold } = chooseThresholds(m, dev, { limits: CRISIS_LIMITS })
  const lm = { ...prepareModel(m), threshold }
  for (const r of test) {
    if (r.label !== 'farewell') continue
    const b32 = r.file?.startsWith('chat-lines-32') ? ' b32' : ''
    bump(`${r.lang} lines`)
    if (b32) bump(`${r.lang} lines${b32}`)
    if (detectCrisisV2(r.text, { model: lm }).hit) continue
    bump(`${r.lang} missed`)
    if (b32) bump(`${r.lang} missed${b32}`)
    const toks = analyse(r.text)
    const { hits: raw, vetoed } = matchRules(toks)
    const hits = dropInsideThirdParty(
      raw,
      vetoed.map((v) => v.hit),
    )
    let cause = 'none'
    if (hits.length > 0) cause = `overridden(${hits.map((h) => h.id).join(',')})`
    else if (vetoed.some((v) => v.veto === 'everyday')) cause = 'leaving(rule)'
    else if (vetoed.length > 0) cause = `vetoed(${vetoed.map((v) => v.veto).join(',')})`
    else if (backSoon(toks) || boundedAbsence(toks) || everydayEnding('farewell', toks)) cause = 'leaving(model)'
    const key = `${r.lang} ${cause.split('(')[0]}`
    const list = byCause.get(key) ?? []
    list.push(`${cause} [${r.file}] ${r.text.replace(/\s+/g, ' ').slice(0, 300)}`)
    byCause.set(key, list)
  }
}
console.log([...total].sort().map(([k, n]) => `${k} ${n}`).join(', '))
for (const [key, list] of [...byCause].sort()) {
  console.log(`== ${key}: ${list.length}`)
  for (const l of list) console.log(`  ${l}`)
}
