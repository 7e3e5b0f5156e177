/**
 * Two `anonymize` trees timed call by call in one process: `npx tsx bench/anonymize-ab.ts <other-tree>` loads
 * `<other-tree>/src/modules/safety/anonymize.ts` beside this tree's and runs both over the PII dev texts
 * (items and clean, never held-out), alternating which goes first on every text, so both see the same load.
 * Prints CPU per call (process.cpuUsage, µs) p50 / p99 / max for each tree over R passes (warm), and how many
 * outputs differ.
 */
import { readFileSync } from 'node:fs'
import * as here from '../src/modules/safety/anonymize.js'
import { preloadPiiDictionaries } from '../src/modules/safety/pii.js'
import { cpuMicros as cpu, importOtherTree } from './ab-tree.js'

type Anon = Pick<typeof here, 'anonymize'>
const { other, base } = await importOtherTree<Anon>('anonymize-ab.ts', 'src/modules/safety/anonymize.ts')
const basePii = (await import(`${other}/src/modules/safety/pii.ts`)) as { preloadPiiDictionaries(): void }
basePii.preloadPiiDictionaries()
preloadPiiDictionaries()
const R = Number(process.env.R ?? 3)

const jsonl = (p: string) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text)
const texts = [...jsonl('data/safety/pii/dev.pii.jsonl'), ...jsonl('data/safety/pii/dev.clean.jsonl')]

const times = { base: [] as number[], here: [] as number[] }
let differ = 0
for (const t of texts) if (base.anonymize(t) !== here.anonymize(t)) differ++ // warm-up pass
for (let r = 0; r < R; r++)
  for (const [i, t] of texts.entries()) {
    const order = (i + r) % 2 === 0 ? (['base', 'here'] as const) : (['here', 'base'] as const)
    for (const side of order) {
      const f = side === 'base' ? base.anonymize : here.anonymize
      const c = cpu()
      f(t)
      times[side].push(cpu() - c)
    }
  }
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))] ?? 0
for (const side of ['base', 'here'] as const) {
  const xs = times[side]
  console.log(
    `${side === 'base' ? other : 'this tree'}: ${texts.length} texts × ${R}: CPU per anonymize p50 ${q(xs, 0.5)} µs, p99 ${q(xs, 0.99)} µs, max ${q(xs, 1)} µs`,
  )
}
console.log(`outputs that differ: ${differ}/${texts.length}`)
