/**
 * The crisis model's vocabulary in a compact form for the running bot (model.ts `LoadedModel`): ~108k feature
 * names took ~7 MiB of heap as a `Map<string, number>` (its table 3.5 MiB, one string per name ~3 MiB, and
 * their string-table entries); here ~3.5 MiB. Look-ups answer exactly as the Map did.
 */

/** FNV-1a over UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * Feature name → row, as a Map<string, number> answers `get`, `size` and `keys()` for names given in row
 * order: every name stored once in one string (`text`, names back to back, `ends` where each stops) and an
 * open-addressing table of rows + 1 (0: empty) probed linearly from the name's hash; a hit is confirmed by
 * comparing the name itself, so a name outside the vocabulary never matches.
 */
export class FeatureIndex {
  readonly size: number
  private readonly text: string
  private readonly ends: Uint32Array
  private readonly slots: Int32Array
  private readonly mask: number

  constructor(names: readonly string[]) {
    this.size = names.length
    this.text = names.join('')
    this.ends = new Uint32Array(names.length)
    let cap = 16
    while (cap < names.length * 2) cap *= 2
    this.slots = new Int32Array(cap)
    this.mask = cap - 1
    let end = 0
    names.forEach((name, row) => {
      end += name.length
      this.ends[row] = end
      // a repeated name keeps its first row, as Map.set over the list in order would not: names are unique
      // keys of model.json's `features` object, so none repeats
      if (this.get(name) !== undefined) throw new Error(`crisis model: feature listed twice: ${name}`)
      let at = hashOf(name) & this.mask
      while (this.slots[at] !== 0) at = (at + 1) & this.mask
      this.slots[at] = row + 1
    })
  }

  get(name: string): number | undefined {
    let at = hashOf(name) & this.mask
    for (;;) {
      const r = this.slots[at]!
      if (r === 0) return undefined
      const row = r - 1
      const start = row === 0 ? 0 : this.ends[row - 1]!
      if (this.ends[row]! - start === name.length && this.text.startsWith(name, start)) return row
      at = (at + 1) & this.mask
    }
  }

  /** The names in row order. */
  *keys(): IterableIterator<string> {
    let start = 0
    for (const end of this.ends) {
      yield this.text.slice(start, end)
      start = end
    }
  }
}
