/**
 * Fresh check of a new batch of hand-written lines before it is trained on:
 * `npx tsx scripts/crisis-data/check-batch.ts <file>` (format: lang<TAB>label<TAB>text, `#` comments).
 * Prints recall (also per category) and false-positive rate per language and lists the batch's own misses and false positives
 * (these are new lines we wrote, never held-out ones). `SPLIT=dev` (or `train`) keeps only the batch's lines that
 * generate.ts put in data/safety/crisis/<split>.jsonl (once the batch is trained on): judge rules on the dev lines.
 */
import { readFileSync } from 'node:fs'
import { detectCrisis } from '../../src/modules/safety/lexicon.js'

const file = process.argv[2]
if (!file) throw new Error('usage: check-batch.ts <file>')
const split = process.env.SPLIT
const inSplit = split
  ? new Set(
      readFileSync(`data/safety/crisis/${split}.jsonl`, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text),
    )
  : undefined
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [lang, label, text] = l.split('\t')
    return { lang: lang!, label: label!, text: text! }
  })
  .filter((r) => !inSplit || inSplit.has(r.text))
for (const lang of ['ru', 'en']) {
  const mine = rows.filter((r) => r.lang === lang)
  const pos = mine.filter((r) => r.label !== 'none')
  const neg = mine.filter((r) => r.label === 'none')
  const misses = pos.filter((r) => !detectCrisis(r.text).hit)
  const fps = neg.filter((r) => detectCrisis(r.text).hit)
  const f = (a: number, n: number) => (n ? (a / n).toFixed(3) : '  -  ')
  console.log(
    `${lang}: recall ${f(pos.length - misses.length, pos.length)} (${pos.length - misses.length}/${pos.length}), ` +
      `FPR ${f(fps.length, neg.length)} (${fps.length}/${neg.length})`,
  )
  const cats = [...new Set(pos.map((r) => r.label))]
  console.log(
    `  per category: ${cats
      .map((c) => {
        const n = pos.filter((r) => r.label === c).length
        const m = misses.filter((r) => r.label === c).length
        return `${c} ${f(n - m, n)} (${n - m}/${n})`
      })
      .join(', ')}`,
  )
  if (process.env.QUIET !== '1') {
    for (const r of misses) console.log(`  miss [${r.label}] ${r.text}`)
    for (const r of fps) {
      const res = detectCrisis(r.text)
      console.log(`  false positive [${res.category} ${res.term}] ${r.text}`)
    }
  }
}
