/**
 * Crisis detector benchmark: `npm run bench:safety` (pure, no services).
 *
 * Prints, for the held-out splits (data/safety/crisis/heldout.jsonl … heldout8.jsonl: hand-written
 * before tuning, never tuned on; heldout3 … heldout8 by authors who never saw the detector) and the dev split, per language: recall on crisis lines (any hit counts — the product reacts to `hit`), the
 * false-positive rate on `none` lines, recall per labelled category, how often the most urgent category
 * equals the label, and which stage decided; then latency of `detectCrisis` per message (after a warm-up)
 * over every line of all splits, repeated: p50/p99/max.
 *
 * Env: BENCH_SPLITS (heldout,heldout2,heldout3,heldout4,heldout5,heldout6,heldout7,heldout8,dev), BENCH_MISSES=1 lists the dev lines it gets wrong (never the held-out ones: we do not look at them), BENCH_ROUNDS (5).
 */
import { readRows } from '../src/modules/safety/crisis/build.js'
import { CRISIS_CATEGORY_ORDER } from '../src/modules/safety/crisis-types.js'
import { detectCrisis, warmUpCrisisDetector } from '../src/modules/safety/lexicon.js'
import { HELDOUT_SPLITS } from './heldout-splits.js'

const splits = (process.env.BENCH_SPLITS ?? [...HELDOUT_SPLITS, 'dev'].join(',')).split(',')
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN
}
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ')

const t0 = performance.now()
warmUpCrisisDetector()
console.log(`warm-up (rules compiled, stemmers, model loaded): ${(performance.now() - t0).toFixed(0)} ms`)

for (const split of splits) {
  const rows = readRows(`data/safety/crisis/${split}.jsonl`)
  console.log(`\n== ${split} (${rows.length} lines) ==`)
  for (const lang of ['ru', 'en'] as const) {
    const mine = rows.filter((r) => r.lang === lang)
    const pos = mine.filter((r) => r.label !== 'none')
    const neg = mine.filter((r) => r.label === 'none')
    let tp = 0
    let fp = 0
    let exact = 0
    let byModel = 0
    const perCat = new Map<string, { n: number; hit: number }>()
    for (const r of pos) {
      const res = detectCrisis(r.text)
      const c = perCat.get(r.label) ?? { n: 0, hit: 0 }
      c.n++
      if (res.hit) {
        tp++
        c.hit++
        if (res.category === r.label) exact++
        if (res.source === 'model') byModel++
      }
      perCat.set(r.label, c)
    }
    const listMisses = process.env.BENCH_MISSES === '1' && split === 'dev'
    for (const r of pos)
      if (listMisses && !detectCrisis(r.text).hit) console.log(`    miss [${r.label}] ${r.text}`)
    let fpByModel = 0
    for (const r of neg) {
      const res = detectCrisis(r.text)
      if (!res.hit) continue
      fp++
      if (res.source === 'model') fpByModel++
      if (listMisses) console.log(`    false positive: ${r.text}`)
    }
    console.log(
      `${lang}: recall ${f3(tp / pos.length)} (${tp}/${pos.length}), FPR ${f3(fp / neg.length)} (${fp}/${neg.length}), ` +
        `category = label ${f3(exact / Math.max(tp, 1))}, hits by model ${byModel}, false positives by model ${fpByModel}`,
    )
    // dev only: the blind authors' lines (src 'blind', generate.ts) on their own — the part thresholds are chosen on
    const bpos = pos.filter((r) => r.src === 'blind')
    const bneg = neg.filter((r) => r.src === 'blind')
    if (bpos.length + bneg.length > 0) {
      const btp = bpos.filter((r) => detectCrisis(r.text).hit).length
      const bfp = bneg.filter((r) => detectCrisis(r.text).hit).length
      console.log(
        `    blind authors' lines: recall ${f3(btp / bpos.length)} (${btp}/${bpos.length}), FPR ${f3(bfp / bneg.length)} (${bfp}/${bneg.length})`,
      )
    }
    for (const cat of CRISIS_CATEGORY_ORDER) {
      const c = perCat.get(cat)
      if (c) console.log(`    ${cat.padEnd(17)} recall ${f3(c.hit / c.n)} (${c.hit}/${c.n})`)
    }
  }
}

const all = [...HELDOUT_SPLITS, 'dev', 'train'].flatMap((s) =>
  readRows(`data/safety/crisis/${s}.jsonl`).map((r) => r.text),
)
// Wall time includes waiting for a CPU on a busy shared machine; CPU time (process.cpuUsage, µs) does not.
const lat: number[] = []
const cpu: number[] = []
for (let k = 0; k < rounds; k++) {
  for (const text of all) {
    const c = process.cpuUsage()
    const t = performance.now()
    detectCrisis(text)
    lat.push(performance.now() - t)
    const d = process.cpuUsage(c)
    cpu.push((d.user + d.system) / 1000)
  }
}
const long = `${'я просто устала, работа, учёба, дом. '.repeat(40)} и я хочу умереть`
const longLat: number[] = []
const longCpu: number[] = []
for (let k = 0; k < 200; k++) {
  const c = process.cpuUsage()
  const t = performance.now()
  detectCrisis(long)
  longLat.push(performance.now() - t)
  const d = process.cpuUsage(c)
  longCpu.push((d.user + d.system) / 1000)
}
console.log(
  `\nlatency per message over ${lat.length} calls: wall p50 ${pct(lat, 50).toFixed(3)} ms, p99 ${pct(lat, 99).toFixed(3)} ms, max ${lat.reduce((a, b) => Math.max(a, b), 0).toFixed(1)} ms; CPU p50 ${pct(cpu, 50).toFixed(3)} ms, p99 ${pct(cpu, 99).toFixed(3)} ms`,
)
console.log(
  `long message (${long.length} chars): wall p50 ${pct(longLat, 50).toFixed(3)} ms, p99 ${pct(longLat, 99).toFixed(3)} ms; CPU p50 ${pct(longCpu, 50).toFixed(3)} ms, p99 ${pct(longCpu, 99).toFixed(3)} ms`,
)
