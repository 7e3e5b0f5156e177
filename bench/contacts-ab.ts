/**
 * Two `findContacts` trees timed in one process: `npx tsx bench/contacts-ab.ts <other-tree>` loads
 * `<other-tree>/src/modules/safety/pii.ts` (a `git worktree` of the tree before) beside this tree's and runs
 * both over the same texts in alternating blocks (which goes first alternates too), so both see the same load
 * and cache pollution — separate runs on this shared 2-core machine differ by more than most changes. Checks
 * both give the same findings. Texts: the relay's per-message check on `bench:hotpath`'s line ("message N,
 * nothing special in it": digits, so the phone detectors run), `bench:webhook`'s six neutral lines, and the
 * chat-line files of scripts/crisis-data (never held-out). Prints CPU µs per call (process.cpuUsage), median
 * and range of R blocks.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as here from '../src/modules/safety/pii.js'
import { cpuMicros as cpu, importOtherTree } from './ab-tree.js'
import { NEUTRAL_TEXTS } from './webhook/texts.js'

type Pii = Pick<typeof here, 'findContacts' | 'preloadPiiDictionaries'>
const { other, base } = await importOtherTree<Pii>('contacts-ab.ts', 'src/modules/safety/pii.ts')
base.preloadPiiDictionaries()
here.preloadPiiDictionaries()
const R = Number(process.env.R ?? 10)

const dir = 'scripts/crisis-data'
const chatLines: string[] = []
for (const f of readdirSync(dir).sort())
  if (f.startsWith('chat-lines') && f.endsWith('.txt') && !f.toLowerCase().includes('heldout'))
    chatLines.push(...readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter(Boolean))
const sets: Record<string, string[]> = {
  hotpath: Array.from({ length: 2000 }, (_, i) => `message ${2 * i + 3}, nothing special in it`),
  webhook: NEUTRAL_TEXTS.flatMap((t) => Array.from({ length: 300 }, () => t)),
  'chat lines': chatLines.slice(0, 4000),
}
const block = (p: Pii, texts: string[]) => {
  const t0 = cpu()
  for (const t of texts) p.findContacts(t)
  return (cpu() - t0) / texts.length
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const load = (await import('node:os')).loadavg()[0]!.toFixed(1)
console.log(
  `findContacts, ${other} (before) vs this tree (after), ${R} alternating blocks, load average ${load}`,
)
for (const [name, texts] of Object.entries(sets)) {
  let diff = 0
  for (const t of texts)
    if (JSON.stringify(base.findContacts(t)) !== JSON.stringify(here.findContacts(t))) diff++
  const b: number[] = []
  const h: number[] = []
  for (let r = 0; r < R; r++)
    if (r % 2) {
      h.push(block(here, texts))
      b.push(block(base, texts))
    } else {
      b.push(block(base, texts))
      h.push(block(here, texts))
    }
  const f = (xs: number[]) =>
    `${median(xs).toFixed(1)} µs (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`
  console.log(
    `  ${name.padEnd(10)} ${texts.length} texts: before ${f(b)} → after ${f(h)}; different results: ${diff}`,
  )
}
process.exit(0)
