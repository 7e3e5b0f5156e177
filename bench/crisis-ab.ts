/**
 * Two detector trees timed in one process, paired: `npx tsx bench/crisis-ab.ts <other-tree>` loads
 * `<other-tree>/src/modules/safety/lexicon.ts` (e.g. a `git worktree` or `git archive` of main) beside this
 * tree's and calls both on the same long message back to back, alternating which goes first, so both see the
 * same load, the same moment and the same cache pollution (separate runs on a shared 2-core machine differ by
 * more than most changes). Prints CPU ms per call for 3–4.1k-character messages (bench/crisis-long-messages.ts)
 * and, unless NOLINES=1, single train/dev lines: mean, p50, p90, p99 per tree.
 *
 * Clock: `process.cpuUsage` (µs steps). `process.threadCpuUsage` would leave out V8's helper threads, but on
 * this machine it only advances at scheduler ticks and context switches (steps of 0.1–4 ms), so per-call
 * figures from it are quantised.
 *
 * Env: N (long messages built, 600; about 40% are 3–4.1k), R (timed rounds, 5).
 */
import * as here from '../src/modules/safety/lexicon.js'
import { cpuMicros as cpu, importOtherTree } from './ab-tree.js'
import { longMessages, trainDevRows } from './crisis-long-messages.js'

type Detector = Pick<typeof here, 'detectCrisis' | 'warmUpCrisisDetector'>

const { other, base } = await importOtherTree<Detector>('crisis-ab.ts', 'src/modules/safety/lexicon.ts')
base.warmUpCrisisDetector()
here.warmUpCrisisDetector()

const rows = trainDevRows()
const long = longMessages(rows, Number(process.env.N ?? 600)).filter((m) => m.length >= 3000)
const lines = rows.filter((_, i) => i % 17 === 0).map((r) => r.text)
const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!

function run(texts: string[], rounds: number): string {
  for (const t of texts) {
    base.detectCrisis(t)
    here.detectCrisis(t)
  }
  const times: [number[], number[]] = [[], []]
  const sides = [base, here]
  for (let r = 0; r < rounds; r++)
    texts.forEach((t, n) => {
      for (const side of (n + r) % 2 === 0 ? [0, 1] : [1, 0]) {
        const c = cpu()
        sides[side]!.detectCrisis(t)
        times[side]!.push((cpu() - c) / 1000)
      }
    })
  const show = (xs: number[]) => {
    xs.sort((a, b) => a - b)
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length
    return `mean ${mean.toFixed(3)} p50 ${pct(xs, 50).toFixed(3)} p90 ${pct(xs, 90).toFixed(3)} p99 ${pct(xs, 99).toFixed(3)} ms`
  }
  return `${other}: ${show(times[0])} | this tree: ${show(times[1])}`
}

console.log(`3-4.1k (${long.length})`, run(long, Number(process.env.R ?? 5)))
if (!process.env.NOLINES) console.log(`lines (${lines.length})`, run(lines, 3))
