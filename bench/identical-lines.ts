import { readFileSync } from 'node:fs'

/**
 * Compares `lines` (one result per text, as written to OUT) with a BASE file of the same shape written by
 * another tree or commit; prints how many lines differ and the first few indices (never the texts) under
 * `label`. Returns the number of differing lines.
 */
export function diffAgainstBase(base: string, lines: string[], label: string): number {
  const want = readFileSync(base, 'utf8').split('\n')
  const diff: number[] = []
  lines.forEach((l, i) => {
    if (want[i] !== l) diff.push(i)
  })
  if (want.length !== lines.length + 1)
    console.log(`line counts differ: ${want.length - 1} vs ${lines.length}`)
  console.log(`${label}: ${diff.length}${diff.length ? ` (first at ${diff.slice(0, 10).join(', ')})` : ''}`)
  return diff.length
}
