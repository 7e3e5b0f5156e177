/**
 * Why the detector answers as it does on one text: `npx tsx scripts/crisis-data/explain.ts "<text>"` prints
 * rule hits and vetoed hits, the message-wide veto, the scope lists and concepts found, and the classifier's
 * P(none) and most probable class (whole message). For reading causes by hand.
 */
import { analyse } from '../../src/modules/safety/crisis/analyse.js'
import { detectCrisisV2 } from '../../src/modules/safety/crisis/detector.js'
import { loadModel, predict } from '../../src/modules/safety/crisis/model.js'
import { anyIn, conceptsOf, matchRules, messageVeto, scopeSets } from '../../src/modules/safety/crisis/rules.js'

const m = loadModel()
for (const text of process.argv.slice(2)) {
  const toks = analyse(text)
  const { hits, vetoed } = matchRules(toks)
  const p = predict(m, toks)
  let best = 1
  for (let c = 2; c < p.length; c++) if (p[c]! > p[best]!) best = c
  const span = (a: number, b: number) => toks.slice(a, b).map((t) => t.text).join(' ')
  console.log(`> ${text}`)
  console.log(`  tokens: ${toks.map((t) => (t.brk ? `${'|'.repeat(t.brk)}${t.text}` : t.text)).join(' ')}`)
  console.log(`  result: ${JSON.stringify(detectCrisisV2(text))}`)
  for (const h of hits) console.log(`  hit ${h.cat} [${h.id}] "${span(h.start, h.end)}"`)
  for (const v of vetoed) console.log(`  vetoed ${v.veto}: ${v.hit.cat} [${v.hit.id}] "${span(v.hit.start, v.hit.end)}"`)
  console.log(`  messageVeto: ${messageVeto(toks) ?? '-'}`)
  const lists = Object.keys(scopeSets()).filter((k) => anyIn(k, toks))
  console.log(
    `  scope lists: ${lists.map((k) => `${k}(${scopeSets()[k]!.match(toks).map((x) => span(x.start, x.end)).join('; ')})`).join(' ')}`,
  )
  console.log(`  concepts: ${conceptsOf(toks).join(' ')}`)
  console.log(`  P(none) ${p[0]!.toFixed(4)}, top crisis class ${m.classes[best]} ${p[best]!.toFixed(4)}`)
}
