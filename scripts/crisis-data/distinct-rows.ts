import { type DataRow, readRows } from '../../src/modules/safety/crisis/build.js'

/**
 * Each distinct text of the given crisis splits once, with the split it was first seen in (dev before train by
 * default: a text in both counts as dev). The data scripts that run the detector over all lines read them so.
 * Never a held-out split.
 */
export function* distinctRows(splits: readonly string[] = ['dev', 'train']): Generator<{ split: string; row: DataRow }> {
  const seen = new Set<string>()
  for (const split of splits)
    for (const row of readRows(`data/safety/crisis/${split}.jsonl`)) {
      if (seen.has(row.text)) continue
      seen.add(row.text)
      yield { split, row }
    }
}
