/**
 * Writes data/safety/crisis/{train,dev}.jsonl from the rows of generate-rows.ts (templates, hand-written and
 * chat lines, the blind authors' batches; seeded, so the same files on every run). The rows' `file` (which
 * chat-lines file a line comes from, for lobo.ts) is not written.
 */
import { writeFileSync } from 'node:fs'
import { type GenRow, generateRows } from './generate-rows.js'

const { train, dev } = generateRows()
const write = (file: string, rows: GenRow[]) => {
  const lines = rows.map(({ text, label, lang, src }) => JSON.stringify({ text, label, lang, src }))
  writeFileSync(file, `${lines.join('\n')}\n`)
  return rows.length
}
console.log(
  `train ${write('data/safety/crisis/train.jsonl', train)}, dev ${write('data/safety/crisis/dev.jsonl', dev)}`,
)
