/**
 * Crisis detector latency on long messages: `npx tsx bench/safety-long.ts`. Pure, no services.
 *
 * Builds synthetic 1–4k-character messages from train/dev lines (bench/crisis-long-messages.ts, seeded) and
 * prints CPU time per `detectCrisis` call (process.cpuUsage: not the wait for a core on a busy machine) by
 * length bucket, p50/p99/max, after a warm-up pass; then the same for the single train/dev lines.
 *
 * Env: BENCH_LONG (messages, 600), BENCH_ROUNDS (calls per message, 5), BENCH_LINES (single lines timed, 6000).
 */
import { detectCrisis, warmUpCrisisDetector } from '../src/modules/safety/lexicon.js'
import { longMessages, seeded, trainDevRows } from './crisis-long-messages.js'

const count = Number(process.env.BENCH_LONG ?? 600)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const lineCount = Number(process.env.BENCH_LINES ?? 6000)

const pct = (s: number[], p: number) =>
  s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN

warmUpCrisisDetector()
const rows = trainDevRows()
const messages = longMessages(rows, count)
const rnd = seeded(7)
const lines = Array.from({ length: lineCount }, () => rows[Math.floor(rnd() * rows.length)]!.text)

/** CPU ms per call: each text once to warm the per-word caches, then `rounds` timed calls each. */
function cpuPerCall(texts: string[]): Map<string, number[]> {
  for (const t of texts) detectCrisis(t)
  const out = new Map<string, number[]>()
  for (let k = 0; k < rounds; k++)
    for (const t of texts) {
      const c = process.cpuUsage()
      detectCrisis(t)
      const d = process.cpuUsage(c)
      const b = bucket(t.length)
      const xs = out.get(b) ?? []
      xs.push((d.user + d.system) / 1000)
      out.set(b, xs)
    }
  return out
}

function bucket(n: number): string {
  if (n < 1000) return '<1k'
  if (n < 2000) return '1-2k'
  if (n < 3000) return '2-3k'
  return '3-4.1k'
}

const report = (name: string, m: Map<string, number[]>) => {
  for (const b of ['<1k', '1-2k', '2-3k', '3-4.1k']) {
    const xs = m.get(b)
    if (!xs) continue
    xs.sort((a, c) => a - c)
    console.log(
      `${name} ${b.padEnd(6)} ${String(xs.length).padStart(6)} calls: CPU p50 ${pct(xs, 50).toFixed(3)} ms, p99 ${pct(xs, 99).toFixed(3)} ms, max ${xs[xs.length - 1]!.toFixed(2)} ms`,
    )
  }
}

const t0 = process.cpuUsage()
report('long ', cpuPerCall(messages))
report('lines', cpuPerCall(lines))
const d = process.cpuUsage(t0)
console.log(`total CPU ${((d.user + d.system) / 1e6).toFixed(1)} s`)
