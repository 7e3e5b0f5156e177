/**
 * Same PII results before and after an optimisation: `npx tsx bench/pii-contacts-identical.ts OUT [BASE]`.
 * Reads the PII dev sets, the crisis train/dev lines and the chat-line files (never held-out), writes
 * `findPii` of each text as one JSON line to OUT, and checks in-process that `findContacts(text)` equals
 * `findPii(text)` filtered to CONTACT_KINDS for every text (each text read twice: cold, then warm caches).
 * With BASE (an OUT of another tree or commit) it also prints how many findPii lines differ and the first
 * few indices (never the texts). Exits 1 on any difference. Prints the CPU time of both calls per text.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { CONTACT_KINDS, findContacts, findPii, preloadPiiDictionaries } from '../src/modules/safety/pii.js'
import { diffAgainstBase } from './identical-lines.js'

const [out, base] = process.argv.slice(2)
if (!out) throw new Error('usage: pii-contacts-identical.ts OUT [BASE]')

const notHeldOut = (name: string) => !name.toLowerCase().includes('heldout')
const jsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text)
const texts: string[] = []
for (const f of ['dev.pii.jsonl', 'dev.clean.jsonl']) texts.push(...jsonl(`data/safety/pii/${f}`))
for (const f of ['train.jsonl', 'dev.jsonl']) for (const t of jsonl(`data/safety/crisis/${f}`)) texts.push(t) // (no spread: train is too long for the stack)
const dir = 'scripts/crisis-data'
for (const f of readdirSync(dir).sort())
  if (f.startsWith('chat-lines') && f.endsWith('.txt') && notHeldOut(f))
    texts.push(...readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter(Boolean))

preloadPiiDictionaries()
let pii = 0
let contacts = 0
let mismatches = 0
let withContact = 0
const first: number[] = []
const lines: string[] = []
for (const pass of [0, 1])
  for (const [i, t] of texts.entries()) {
    let c = process.cpuUsage()
    const all = findPii(t)
    pii += cpuMs(c)
    c = process.cpuUsage()
    const got = findContacts(t)
    contacts += cpuMs(c)
    const want = all.filter((f) => CONTACT_KINDS.includes(f.kind))
    if (want.length > 0 && pass === 0) withContact++
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      mismatches++
      if (first.length < 10) first.push(i)
    }
    if (pass === 0) lines.push(JSON.stringify(all))
  }
writeFileSync(out, `${lines.join('\n')}\n`)
// the figures above interleave both calls per text (the second reads warm caches): block timings, alternated
const block = (f: (t: string) => unknown) => {
  const c = process.cpuUsage()
  for (const t of texts) f(t)
  return cpuMs(c)
}
const blocks = { findPii: [] as number[], findContacts: [] as number[] }
for (let r = 0; r < 2; r++) {
  blocks.findPii.push(block(findPii))
  blocks.findContacts.push(block(findContacts))
}
const perText = (ms: number[]) => `${((Math.min(...ms) * 1000) / texts.length).toFixed(1)} µs`
console.log(
  `${texts.length} texts × 2 passes (${withContact} with a contact); CPU findPii ${pii.toFixed(0)} ms, findContacts ${contacts.toFixed(0)} ms`,
)
console.log(
  `per text (warm, least of 2 alternated blocks): findPii ${perText(blocks.findPii)}, findContacts ${perText(blocks.findContacts)}`,
)
console.log(
  `findContacts ≠ findPii filtered: ${mismatches}${first.length ? ` (first at ${first.join(', ')})` : ''}`,
)
if (mismatches > 0) process.exitCode = 1
if (base) {
  const differing = diffAgainstBase(base, lines, `findPii differences against ${base}`)
  if (differing > 0) process.exitCode = 1
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since)
  return (d.user + d.system) / 1000
}
