/**
 * PII scrubbing on the labelled corpus (data/safety/pii/): per-type recall of `anonymize` — an item counts
 * only when none of its identifying parts is left in the output — the share of clean texts changed, and
 * latency per message: on first sight (each text's first call in the process, after a warm-up on texts of another
 * split: the morphology and name lookups cache per word, so a text seen before costs less) and over every text
 * repeated (p50/p99). Prints figures; no thresholds.
 *
 *   npm run bench:safety-pii            # the held-out splits, heldout … heldout8 (never tuned on)
 *   npm run bench:safety-pii -- dev     # dev split (for tuning), prints every miss
 *   npm run bench:safety-pii -- dev9    # a new batch copied to data/safety/pii/dev9.{pii,clean}.jsonl
 *   npm run bench:safety-pii -- heldout2 --verbose   # one split, with its misses
 *   npx tsx bench/safety-pii.ts /path/to/batch --verbose   # a new batch before it joins dev:
 *                                            # /path/to/batch.jsonl items, /path/to/batch.clean.jsonl
 */
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { anonymize } from '../src/modules/safety/anonymize.js'
import { findPii, preloadPiiDictionaries } from '../src/modules/safety/pii.js'
import { HELDOUT_SPLITS } from './heldout-splits.js'

type Item = { lang: 'ru' | 'en'; type: string; text: string; parts: string[] }
type Clean = { lang: 'ru' | 'en'; text: string }

const arg = process.argv[2]
/** A path (it has a `/`) names a batch outside the corpus: `<path>.jsonl` and `<path>.clean.jsonl`. */
const batch = arg?.includes('/') ? arg.replace(/\.jsonl$/, '') : undefined
const splits = batch
  ? [batch]
  : /^dev\d*$/.test(arg ?? '') || (HELDOUT_SPLITS as readonly string[]).includes(arg ?? '')
    ? [arg as string]
    : [...HELDOUT_SPLITS]
const verbose = /^dev\d*$/.test(arg ?? '') || process.argv.includes('--verbose')
const dir = fileURLToPath(new URL('../data/safety/pii/', import.meta.url))
const fileOf = (name: string): string => (batch ? name.replace(/\.pii\.jsonl$/, '.jsonl') : dir + name)
const readJsonl = <T>(name: string): T[] =>
  readFileSync(fileOf(name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T)

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Which identifying parts survive in `output`: as whole words, or as 4+ digits of the item's number. */
export function leakedParts(item: Item, output: string): string[] {
  const leaked = item.parts.filter((p) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(p)}(?![\\p{L}\\p{N}])`, 'iu').test(output),
  )
  const digits = item.parts.join('').replace(/\D/g, '')
  const outDigits = output.replace(/\D/g, '')
  if (digits.length >= 4) {
    for (let i = 0; i + 4 <= digits.length; i++) {
      const window = digits.slice(i, i + 4)
      if (outDigits.includes(window)) {
        leaked.push(`digits ${window}`)
        break
      }
    }
  }
  return leaked
}

/** Each text's first `anonymize` call in this process, wall ms and CPU ms (see the latency section below). */
const firstSight = { wall: [] as number[], cpu: [] as number[] }
function timedAnonymize(text: string): string {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const out = anonymize(text)
  firstSight.wall.push(performance.now() - t0)
  const c = process.cpuUsage(c0)
  firstSight.cpu.push((c.user + c.system) / 1000)
  return out
}

function report(split: string, items: Item[], clean: Clean[]): void {
  const byType = new Map<string, { total: number; removed: number }>()
  const misses: string[] = []
  for (const item of items) {
    for (const key of [`${item.lang}/${item.type}`, `all/${item.type}`, `${item.lang}/ALL`, 'all/ALL']) {
      const row = byType.get(key) ?? { total: 0, removed: 0 }
      row.total++
      byType.set(key, row)
    }
    const out = timedAnonymize(item.text)
    const leaked = leakedParts(item, out)
    if (leaked.length === 0) {
      for (const key of [`${item.lang}/${item.type}`, `all/${item.type}`, `${item.lang}/ALL`, 'all/ALL'])
        (byType.get(key) as { removed: number }).removed++
    } else misses.push(`MISS ${item.type}: ${item.text}\n   → ${out}   [left: ${leaked.join(', ')}]`)
  }

  const changed: string[] = []
  const cleanBy = { ru: { n: 0, changed: 0 }, en: { n: 0, changed: 0 } }
  for (const c of clean) {
    cleanBy[c.lang].n++
    const out = timedAnonymize(c.text)
    if (out !== c.text) {
      cleanBy[c.lang].changed++
      changed.push(
        `CHANGED: ${c.text}\n   → ${out}   [${findPii(c.text)
          .map((f) => f.kind)
          .join(',')}]`,
      )
    }
  }

  console.log(`\nPII scrubbing — ${split} split: ${items.length} items, ${clean.length} clean texts`)
  console.log('type                 items  removed  recall')
  for (const [key, row] of [...byType.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `${key.padEnd(20)} ${String(row.total).padStart(5)}  ${String(row.removed).padStart(7)}  ${(row.removed / row.total).toFixed(3)}`,
    )
  }
  const cleanTotal = cleanBy.ru.n + cleanBy.en.n
  const cleanChanged = cleanBy.ru.changed + cleanBy.en.changed
  console.log(
    `clean texts changed: ${cleanChanged}/${cleanTotal} = ${(cleanChanged / cleanTotal).toFixed(3)} ` +
      `(ru ${cleanBy.ru.changed}/${cleanBy.ru.n}, en ${cleanBy.en.changed}/${cleanBy.en.n})`,
  )
  if (verbose) for (const line of [...misses, ...changed]) console.log(line)
}

preloadPiiDictionaries()
// Warm-up for the first-sight figure: regexes compiled and the code optimised on other chat text (the first
// 3,000 crisis dev lines, never a PII split), so what stays is the per-text and per-word cost.
const WARM_UP = fileURLToPath(new URL('../data/safety/crisis/dev.jsonl', import.meta.url))
for (const l of readFileSync(WARM_UP, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, 3000))
  anonymize((JSON.parse(l) as { text: string }).text)
const allTexts: string[] = []
for (const split of splits) {
  const items = readJsonl<Item>(`${split}.pii.jsonl`)
  const clean = readJsonl<Clean>(`${split}.clean.jsonl`)
  allTexts.push(...items.map((i) => i.text), ...clean.map((c) => c.text))
  report(split, items, clean)
}

// Latency: every text, repeated; findPii + anonymize as the relay and the moderators call them.
const texts = allTexts
// Wall-clock time includes waiting for a core on a shared machine; CPU time (process.cpuUsage, µs
// resolution) is what the call itself costs. Both are printed, with the load average.
const samples: number[] = []
const cpuSamples: number[] = []
for (let round = 0; round < 30; round++) {
  for (const t of texts) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    anonymize(t) // findPii + placeholders + names: the most any caller does per message
    samples.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpuSamples.push((c.user + c.system) / 1000)
  }
}
samples.sort((a, b) => a - b)
cpuSamples.sort((a, b) => a - b)
const quantile = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0
const q = (p: number) => quantile(samples, p)
firstSight.wall.sort((a, b) => a - b)
firstSight.cpu.sort((a, b) => a - b)

console.log(
  `\nfirst sight (each text once, after a warm-up on 3,000 crisis dev lines, ${firstSight.cpu.length} calls): ` +
    `CPU p50 ${quantile(firstSight.cpu, 0.5).toFixed(3)} ms, p99 ${quantile(firstSight.cpu, 0.99).toFixed(3)} ms; ` +
    `wall p50 ${quantile(firstSight.wall, 0.5).toFixed(3)} ms, p99 ${quantile(firstSight.wall, 0.99).toFixed(3)} ms`,
)
console.log(
  `\n${splits.join(' + ')}: latency per message (anonymize = findPii + masking, ${samples.length} runs): p50 ${q(0.5).toFixed(3)} ms, p99 ${q(0.99).toFixed(3)} ms, max ${(samples[samples.length - 1] ?? 0).toFixed(3)} ms`,
)
console.log(
  `CPU time per message: p50 ${quantile(cpuSamples, 0.5).toFixed(3)} ms, p99 ${quantile(cpuSamples, 0.99).toFixed(3)} ms; ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
)
