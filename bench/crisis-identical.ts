/**
 * Same detectCrisis results before and after an optimisation: `npx tsx bench/crisis-identical.ts OUT [BASE]`
 * writes one JSON result per line to OUT for every train and dev line (never held-out) and 3,000 synthetic
 * long messages (bench/crisis-long-messages.ts), each text read twice (cold, then warm per-word caches: the
 * second pass runs after all first passes); with BASE (an OUT of another tree or commit), prints how many
 * lines differ and the first few indices (never the texts), and exits 1 when any does.
 *
 * Env: LONG (long messages, 3000).
 */
import { writeFileSync } from 'node:fs'
import { detectCrisis } from '../src/modules/safety/lexicon.js'
import { longMessages, trainDevRows } from './crisis-long-messages.js'
import { diffAgainstBase } from './identical-lines.js'

const [out, base] = process.argv.slice(2)
if (!out) throw new Error('usage: crisis-identical.ts OUT [BASE]')
const rows = trainDevRows()
const texts = [...rows.map((r) => r.text), ...longMessages(rows, Number(process.env.LONG ?? 3000))]
const c = process.cpuUsage()
const cold = texts.map((t) => JSON.stringify(detectCrisis(t)))
const warm = texts.map((t) => JSON.stringify(detectCrisis(t)))
const d = process.cpuUsage(c)
const lines = [...cold, ...warm]
writeFileSync(out, `${lines.join('\n')}\n`)
const selfDiff = cold.filter((r, i) => r !== warm[i]).length
console.log(
  `${texts.length} texts × 2 passes, CPU ${((d.user + d.system) / 1e6).toFixed(1)} s; cold ≠ warm: ${selfDiff}`,
)
if (base) {
  const differing = diffAgainstBase(base, lines, `differences against ${base}`)
  if (differing > 0 || selfDiff > 0) process.exitCode = 1
}
