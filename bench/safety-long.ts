/**
 * Crisis detector latency on long messages: `npx tsx bench/safety-long.ts`. Pure, no services.
 *
 * Builds synthetic 1–4k-character messages from train/dev lines (bench/crisis-long-messages.ts, seeded) and
 * prints CPU time per `detectCrisis` call by length bucket, p50/p99/max, after a warm-up pass; then the same
 * for single train/dev lines. Two clocks, neither counting the wait for a core on a busy machine:
 * `process.cpuUsage` (the whole process, so V8's background GC and compiler threads land on whichever call
 * they overlap) and `process.threadCpuUsage` (the calling thread only: the call's own work, where Node has it).
 *
 * Env: BENCH_LONG (messages, 600), BENCH_ROUNDS (calls per message, 5), BENCH_LINES (single lines timed, 6000).
 */
import { detectCrisis, warmUpCrisisDetector } from '../src/modules/safety/lexicon.js'
import { seededRandom } from '../src/modules/seeded-random.js'
import { longMessages, trainDevRows } from './crisis-long-messages.js'

const count = Number(process.env.BENCH_LONG ?? 600)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const lineCount = Number(process.env.BENCH_LINES ?? 6000)

const pct = (s: number[], p: number) =>
  s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN

warmUpCrisisDetector()
const rows = trainDevRows()
const messages = longMessages(rows, count)
const rnd = seededRandom(7)
const lines = Array.from({ length: lineCount }, () => rows[Math.floor(rnd() * rows.length)]!.text)

type Usage = { user: number; system: number }
const threadCpu = (process as { threadCpuUsage?: (prev?: Usage) => Usage }).threadCpuUsage?.bind(process)

/**
 * CPU ms per call (process, thread) and each text's least thread CPU over the rounds (its own cost with the
 * least interference from other processes): each text once to warm the per-word caches, then `rounds` timed calls each. */
function cpuPerCall(texts: string[]): Map<string, number[]>[] {
  for (const t of texts) detectCrisis(t)
  const proc = new Map<string, number[]>()
  const thread = new Map<string, number[]>()
  const put = (m: Map<string, number[]>, b: string, ms: number) => {
    const xs = m.get(b) ?? []
    xs.push(ms)
    m.set(b, xs)
  }
  const least = texts.map(() => Number.POSITIVE_INFINITY)
  for (let k = 0; k < rounds; k++)
    texts.forEach((t, n) => {
      const th = threadCpu?.()
      const c = process.cpuUsage()
      detectCrisis(t)
      const d = process.cpuUsage(c)
      const dt = th && threadCpu?.(th)
      const b = bucket(t.length)
      put(proc, b, (d.user + d.system) / 1000)
      if (dt) put(thread, b, (dt.user + dt.system) / 1000)
      least[n] = Math.min(least[n]!, ((dt ?? d).user + (dt ?? d).system) / 1000)
    })
  const min = new Map<string, number[]>()
  texts.forEach((t, n) => {
    put(min, bucket(t.length), least[n]!)
  })
  return [proc, thread, min]
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
      `${name} ${b.padEnd(6)} ${String(xs.length).padStart(6)} timings: p50 ${pct(xs, 50).toFixed(3)} ms, p99 ${pct(xs, 99).toFixed(3)} ms, max ${xs[xs.length - 1]!.toFixed(2)} ms`,
    )
  }
}

const t0 = process.cpuUsage()
for (const [name, texts] of [
  ['long ', messages],
  ['lines', lines],
] as const) {
  const [proc, thread, min] = cpuPerCall(texts)
  report(`${name} process CPU`, proc!)
  report(`${name} thread CPU `, thread!)
  report(`${name} least of ${rounds}`, min!)
}
const d = process.cpuUsage(t0)
console.log(`total CPU ${((d.user + d.system) / 1e6).toFixed(1)} s`)
