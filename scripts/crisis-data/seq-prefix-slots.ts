/**
 * Slots where a word-sequence alternative starts with a word another alternative of the same slot also matches
 * (`=нашла|=нашла_у ~1 =у`): `npx tsx scripts/crisis-data/seq-prefix-slots.ts` lists each such pair over every
 * rule, scope and concept pattern, marking a slot that is its pattern's last element (there the longest reading
 * always matches). The matcher backtracks to the shorter reading since match17; this shows where it may.
 */
import { CONCEPT_SRC } from '../../src/modules/safety/crisis/concepts.js'
import { EN_RULES } from '../../src/modules/safety/crisis/rules-en.js'
import { RU_RULES } from '../../src/modules/safety/crisis/rules-ru.js'
import { RU_PLAN_RULES } from '../../src/modules/safety/crisis/rules-ru-plans.js'
import { SCOPE_SRC } from '../../src/modules/safety/crisis/scope-lists.js'
import { stem } from '../../src/modules/safety/crisis/stem.js'

const srcs: [string, string][] = []
for (const [f, rs] of [['rules-ru', RU_RULES], ['rules-ru-plans', RU_PLAN_RULES], ['rules-en', EN_RULES]] as const)
  for (const r of rs) for (const p of r.p) srcs.push([`${f} «${r.id}»`, p])
for (const [k, ps] of Object.entries(SCOPE_SRC)) for (const p of ps) srcs.push([`scope-lists ${k}`, p])
for (const [k, ps] of Object.entries(CONCEPT_SRC)) for (const p of ps) srcs.push([`concepts ${k}`, p])
let n = 0
for (const [where, p] of srcs) {
  const els = p.trim().split(/\s+/)
  els.forEach((el, idx) => {
    if (/^~/.test(el) || el.startsWith('!')) return
    const alts = el.replace(/^\?/, '').split('|')
    for (const a of alts) {
      if (!(a.startsWith('=') && a.includes('_'))) continue
      const words = a.slice(1).split('_')
      const w = words[0]!
      for (const b of alts) {
        if (b === a) continue
        let clash = false
        if (b.startsWith('=') && b.includes('_')) {
          const bw = b.slice(1).split('_')
          clash = bw.length < words.length && bw.every((x, k) => x === words[k])
        } else if (b.startsWith('=')) clash = b.slice(1) === w
        else if (b.endsWith('*')) clash = w.startsWith(b.slice(0, -1)) || stem(w).startsWith(b.slice(0, -1))
        else clash = stem(b) === stem(w)
        if (clash) {
          n++
          const last = idx === els.length - 1
          console.log(`${where}\t${p}\tslot ${idx + 1}: ${a} vs ${b}${last ? '\t(last element)' : ''}`)
        }
      }
    }
  })
}
console.log(`${n} clashes over ${srcs.length} patterns`)
