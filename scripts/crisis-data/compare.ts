/**
 * Every train and dev line through the detector, to check a rule or scope change over all of them:
 * `npx tsx scripts/crisis-data/compare.ts OUT [BASE]` writes `split<TAB>label<TAB>hit<TAB>text` per distinct
 * text to OUT; with BASE (an OUT of the tree before the change) lists what changed: crisis lines lost, false
 * positives added, crisis lines gained, false positives removed. `MODEL=0` runs the rules only. Never held-out.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { detectCrisisV2 } from '../../src/modules/safety/crisis/detector.js'
import { distinctRows } from './distinct-rows.js'

const [out, base] = process.argv.slice(2)
if (!out) throw new Error('usage: compare.ts OUT [BASE]')
const opts = process.env.MODEL === '0' ? { model: false as const } : {}
const lines: string[] = []
for (const { split, row: r } of distinctRows()) {
  const hit = detectCrisisV2(r.text, opts).hit ? 1 : 0
  lines.push(`${split}\t${r.label}\t${hit}\t${r.text.replace(/[\t\n]/g, ' ')}`)
}
writeFileSync(out, `${lines.join('\n')}\n`)
console.log(`${lines.length} distinct texts`)
if (base) {
  const before = new Map(
    readFileSync(base, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [, , hit, text] = l.split('\t')
        return [text!, hit] as const
      }),
  )
  const groups: Record<string, string[]> = { lost: [], fpAdded: [], gained: [], fpRemoved: [] }
  for (const l of lines) {
    const [split, label, hit, text] = l.split('\t')
    const was = before.get(text!)
    if (was === undefined || was === hit) continue
    const crisis = label !== 'none'
    const key = crisis ? (hit === '1' ? 'gained' : 'lost') : hit === '1' ? 'fpAdded' : 'fpRemoved'
    groups[key]!.push(`${split}\t${label}\t${text}`)
  }
  for (const [k, v] of Object.entries(groups)) {
    console.log(`${k}: ${v.length}`)
    for (const x of v.slice(0, 40)) console.log(`  ${x}`)
  }
}
