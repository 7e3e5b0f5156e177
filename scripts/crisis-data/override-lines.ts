/**
 * The lines where the classifier may override a rule hit (P(none) above 0.9999, the override before issue #12; hit
 * not imminent/intent), with whether the detector hits them now (`HIT`/`no`):
 * `npx tsx scripts/crisis-data/override-lines.ts [dev|train]` prints them grouped by the top rule category and
 * the rule ids, with label, source and P(none). For choosing how the override may act (issue #12). Never held-out.
 */
import { analyse } from '../../src/modules/safety/crisis/analyse.js'
import { detectCrisisV2, dropInsideThirdParty } from '../../src/modules/safety/crisis/detector.js'
import { loadModel } from '../../src/modules/safety/crisis/model.js'
import { conceptsOf, matchRules } from '../../src/modules/safety/crisis/rules.js'
import { scoreMessage } from '../../src/modules/safety/crisis/score.js'
import { CRISIS_CATEGORY_ORDER } from '../../src/modules/safety/crisis-types.js'
import { distinctRows } from './distinct-rows.js'

const split = process.argv[2] ?? 'dev'
const m = loadModel()
const groups = new Map<string, string[]>()
for (const { row: r } of distinctRows([split])) {
  const toks = analyse(r.text)
  const { hits: raw, vetoed } = matchRules(toks)
  const hits = dropInsideThirdParty(
    raw,
    vetoed.map((v) => v.hit),
  )
  if (hits.length === 0) continue
  const cat = CRISIS_CATEGORY_ORDER.find((c) => hits.some((h) => h.cat === c))!
  if (cat === 'imminent' || cat === 'intent') continue
  const p = scoreMessage(m, toks, conceptsOf(toks))
  if (p[0]! <= 0.9999) continue
  const now = detectCrisisV2(r.text).hit ? 'HIT' : 'no'
  const ids = [...new Set(hits.map((h) => `${h.cat}:${h.id}"${toks.slice(h.start, h.end).map((t) => t.text).join(" ")}"`))].join(",")
  const key = `${cat}`
  const list = groups.get(key) ?? []
  list.push(`${r.label === 'none' ? 'NONE  ' : 'CRISIS'} ${r.label}\t${(r as { src?: string }).src}\t${(1 - p[0]!).toExponential(1)}\t${now}\t${ids}\t${r.text}`)
  groups.set(key, list)
}
for (const [k, v] of groups) {
  const crisis = v.filter((x) => x.startsWith('CRISIS')).length
  console.log(`== ${k}: ${v.length} (crisis ${crisis}, none ${v.length - crisis})`)
  for (const x of v.sort()) console.log(`  ${x}`)
}
