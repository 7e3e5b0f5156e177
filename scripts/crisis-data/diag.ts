/**
 * Why the detector answers as it does on a batch or on dev's blind lines:
 * `npx tsx scripts/crisis-data/diag.ts <file|dev>` lists false positives and misses with the deciding stage
 * (rule id or the classifier's P(none), whole message and best sentence), for reading causes by hand.
 */
import { readFileSync } from 'node:fs'
import { readRows } from '../../src/modules/safety/crisis/build.js'
import { analyse } from '../../src/modules/safety/crisis/analyse.js'
import { detectCrisisV2 } from '../../src/modules/safety/crisis/detector.js'
import { loadModel, predict } from '../../src/modules/safety/crisis/model.js'
import { matchRules, messageVeto } from '../../src/modules/safety/crisis/rules.js'

const arg = process.argv[2] ?? 'dev'
const rows =
  arg === 'dev'
    ? readRows('data/safety/crisis/dev.jsonl').filter((r) => r.src === 'blind')
    : readFileSync(arg, 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))
        .map((l) => {
          const [lang, label, text] = l.split('\t')
          return { lang: lang as 'ru' | 'en', label: label!, text: text! }
        })
const m = loadModel()
for (const r of rows) {
  const res = detectCrisisV2(r.text)
  const crisis = r.label !== 'none'
  if (res.hit === crisis) continue
  const toks = analyse(r.text)
  const p = predict(m, toks)
  const { hits, vetoed } = matchRules(toks)
  const why = res.hit
    ? res.source === 'lexicon'
      ? `rule ${res.term}`
      : `model ${res.category}`
    : hits.length
      ? `overridden ${hits.map((h) => h.id).join(',')}`
      : vetoed.length
        ? `vetoed ${vetoed.map((v) => `${v.veto}`).join(',')}`
        : `model`
  const mv = messageVeto(toks)
  console.log(
    `${crisis ? 'MISS' : 'FP  '}\t${r.lang}\t${r.label}\t${why}\tpn=${p[0]!.toFixed(4)}\tmv=${mv ?? '-'}\t${r.text}`,
  )
}
