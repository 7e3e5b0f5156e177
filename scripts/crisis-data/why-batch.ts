/**
 * A batch's misses and false positives with why: `SPLIT=dev|train npx tsx scripts/crisis-data/why-batch.ts <file>`
 * prints, per wrong line, the classifier's P(none) and top class, the concepts, the message veto and anchor.
 */
import { readFileSync } from 'node:fs'
import { analyse } from '../../src/modules/safety/crisis/analyse.js'
import { readRows } from '../../src/modules/safety/crisis/build.js'
import { detectCrisisV2 } from '../../src/modules/safety/crisis/detector.js'
import { loadModel, predict } from '../../src/modules/safety/crisis/model.js'
import { conceptsOf, hasCrisisAnchor, matchRules, messageVeto } from '../../src/modules/safety/crisis/rules.js'

const file = process.argv[2]
if (!file) throw new Error('usage: why-batch.ts <file>')
const dev = new Set(readRows('data/safety/crisis/dev.jsonl').map((r) => r.text))
const split = process.env.SPLIT
const m = loadModel()
for (const l of readFileSync(file, 'utf8').split('\n')) {
  if (!l.trim() || l.startsWith('#')) continue
  const [, label, text] = l.split('\t') as [string, string, string]
  if (split && dev.has(text) !== (split === 'dev')) continue
  const res = detectCrisisV2(text)
  const crisis = label !== 'none'
  if (res.hit === crisis && process.env.ALL !== '1') continue
  const toks = analyse(text)
  const p = predict(m, toks)
  let best = 1
  for (let c = 2; c < p.length; c++) if (p[c]! > p[best]!) best = c
  const { vetoed } = matchRules(toks)
  console.log(
    `${crisis ? (res.hit ? 'ok  ' : 'MISS') : res.hit ? 'FP  ' : 'ok  '} [${label}${res.hit ? ` → ${res.category} ${res.term}` : ''}] ${text}\n` +
      `     P(none) ${p[0]!.toFixed(4)} top ${m.classes[best]} ${p[best]!.toFixed(3)} anchor ${hasCrisisAnchor(toks) ? 1 : 0} veto ${messageVeto(toks) ?? '-'}${vetoed.length ? ` vetoed ${vetoed.map((v) => `${v.veto}:${v.hit.id}`).join(',')}` : ''}\n` +
      `     ${conceptsOf(toks).join(' ')}`,
  )
}
