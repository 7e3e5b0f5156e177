/**
 * Leave-batches-out folds over the blind authors' batches (scripts/crisis-data/chat-lines-N-*.txt), for
 * lobo.ts: the batches are grouped into five fixed folds of whole batches, balanced by their ru and en line
 * counts (~2,050 ru and ~2,130 en lines a fold for batches 3–25). A batch newer than the table goes to fold
 * N mod 5, so adding one leaves the others where they were; batches 26–30 are written in where that rule put
 * them (round 20: 29, ru farewell/passive, joins fold 4; 30, long adult messages ru+en, fold 0).
 */
import { type GenRow, keyOf } from './generate-rows.js'

export const FOLDS: readonly (readonly number[])[] = [
  [7, 8, 12, 18, 30],
  [3, 5, 14, 19, 26],
  [16, 17, 20, 21, 25, 27],
  [10, 13, 15, 23, 24, 28],
  [4, 6, 9, 11, 22, 29],
]

/** The fold of a chat-lines file, or undefined for a file that is no numbered blind batch (chat-lines.txt). */
export function foldOf(file: string | undefined): number | undefined {
  const n = /^chat-lines-(\d+)/.exec(file ?? '')?.[1]
  if (n === undefined) return undefined
  const k = FOLDS.findIndex((f) => f.includes(Number(n)))
  return k >= 0 ? k : Number(n) % FOLDS.length
}

export type FoldSplit = {
  /** Training rows without the fold's lines, their noisy copies and any other row equal to one of its lines. */
  train: GenRow[]
  /** Blind dev rows of the other folds (the threshold is chosen on them, as build.ts chooses it on blind dev). */
  dev: GenRow[]
  /** The fold's lines as written (train and dev parts alike): what the fold's model is measured on. */
  test: GenRow[]
}

export function splitFold(rows: { train: GenRow[]; dev: GenRow[] }, k: number): FoldSplit {
  const inFold = (r: GenRow) => r.src === 'blind' && foldOf(r.file) === k
  const test = [...rows.train, ...rows.dev].filter((r) => inFold(r) && !r.copy)
  const keys = new Set(test.map((r) => keyOf(r.text)))
  const out = (r: GenRow) => !inFold(r) && !keys.has(keyOf(r.text))
  return {
    train: rows.train.filter(out),
    dev: rows.dev.filter((r) => r.src === 'blind' && out(r)),
    test,
  }
}

/**
 * Where lobo-diff.ts caches fold `k`'s model: per seed set (`default`: train.ts's) and training setting (`shipped`:
 * `npm run train:crisis`'s, else a hash of the setting). farewell-misses.ts reads the shipped ones from it.
 */
export function foldModelFile(cache: string, k: number, seeds: readonly number[] | undefined, tag = 'shipped'): string {
  return `${cache}/fold-${k}-${seeds?.join('_') ?? 'default'}-${tag}.json`
}
