/**
 * Runs compiled phrase patterns (pattern.ts: the pattern language and its compiler) over a message's tokens:
 * one pattern (`findAll`) or many together (`PatternSet`, indexed by the words of each pattern's first slot).
 * Otherwise a match never crosses a sentence break (`.`, `!`, `?`, `;`, newline); it may cross commas.
 */
import { type Alts, HAS_EXACT, HAS_PREFIXES, HAS_SEQS, HAS_STEMS, type Pattern } from './pattern.js'
import {
  hasId,
  hasId4,
  hotMemoSlot,
  type MToken,
  memoGet,
  memoSet,
  nextMemoSlot,
  tokenSlot,
  wordIds,
} from './word-memo.js'

// the compiler's exports stay importable from here (rules.ts and others once imported them from this file)
export { compile, KNOWN_WORDS, type Pattern } from './pattern.js'
export {
  hotMemoSlot,
  type MToken,
  memoGet,
  memoSet,
  nextMemoSlot,
  tokenSlot,
  type WordMemo,
  withIds,
} from './word-memo.js'

/** The ids of the last token passed to loadIds (scratch, no allocation per look-up). */
let curTid = -1
let curSid = -1

/**
 * Sets curTid/curSid for token t: from the token (withIds) or its word memo when current, else by look-up
 * (tokens built by hand).
 */
function loadIds(t: MToken): void {
  if (t.idGen === wordIds.size) {
    curTid = t.tid!
    curSid = t.sid!
    return
  }
  const memo = t.memo
  if (memo !== undefined && memo.text === t.text && memo.stem === t.stem) {
    if (memo.idGen !== wordIds.size) {
      memo.tid = wordIds.get(memo.text) ?? -1
      memo.sid = wordIds.get(memo.stem) ?? -1
      memo.idGen = wordIds.size
    }
    curTid = memo.tid
    curSid = memo.sid
    return
  }
  curTid = wordIds.get(t.text) ?? -1
  curSid = wordIds.get(t.stem) ?? -1
}

/** Longer than any word sequence: altMatch's `below` when any length will do. */
const ANY = 0x7fffffff

/**
 * How many tokens from i the alternatives match (the longest shorter than `below`), 0 for none. matchAt asks
 * again with `below` when the longest reading leaves the rest of the pattern unmatched (`=a|=a_b ~1 =b`).
 */
function altMatch(alts: Alts, toks: MToken[], i: number, below: number): number {
  const t = toks[i]
  if (!t) return 0
  const has = alts.has
  if ((has & HAS_SEQS) !== 0) loadIds(t)
  // a sequence can only match where the token is one of the sequences' first words
  if (
    (has & HAS_SEQS) !== 0 &&
    curTid >= 0 &&
    hasId4(alts.q0, alts.q1, alts.q2, alts.q3, alts.seqMore, curTid)
  ) {
    let best = 0
    const seqs = alts.seqIds
    for (let q = 0; q < seqs.length; q++) {
      const words = seqs[q]!
      if (words.length <= best || words.length >= below) continue
      let ok = true
      for (let k = 0; k < words.length; k++) {
        const u = toks[i + k]
        if (u === undefined || (k > 0 && u.brk === 2)) {
          ok = false
          break
        }
        loadIds(u)
        if (curTid !== words[k]) {
          ok = false
          break
        }
      }
      if (ok) best = words.length
    }
    if (best > 0) return best
  }
  if (below <= 1) return 0
  if ((has & (HAS_EXACT | HAS_STEMS)) !== 0) {
    loadIds(t)
    if (
      curTid >= 0 &&
      (has & HAS_EXACT) !== 0 &&
      hasId4(alts.x0, alts.x1, alts.x2, alts.x3, alts.exactMore, curTid)
    )
      return 1
    if (curSid >= 0 && (has & HAS_STEMS) !== 0 && hasId(alts.stemIds, curSid)) return 1
  }
  if ((has & HAS_PREFIXES) === 0) return 0
  const bucket = alts.prefixes.get(t.text.charCodeAt(0))
  if (bucket) for (const pre of bucket) if (t.text.startsWith(pre) || t.stem.startsWith(pre)) return 1
  return 0
}

/** End index (exclusive) of a match of `p[pi..]` starting at token `i`, or -1. */
function matchAt(p: Pattern, pi: number, toks: MToken[], i: number, first: boolean): number {
  if (pi === p.length) return i
  const el = p[pi]!
  if (el.kind === 'not') {
    const t = toks[i]
    if (t && t.brk < 2 && altMatch(el.alts, toks, i, ANY) > 0) return -1
    return matchAt(p, pi + 1, toks, i, first)
  }
  if (el.kind === 'gap') {
    for (let k = 0; k <= el.max; k++) {
      const t = toks[i + k]
      const r = matchAt(p, pi + 1, toks, i + k, first || (el.cross && t?.brk === 2))
      if (r >= 0) return r
      if (!t || (t.brk === 2 && !(first && k === 0) && !el.cross)) break
      first = false
    }
    return -1
  }
  const t = toks[i]
  let n = t && (first || t.brk < 2) ? altMatch(el.alts, toks, i, ANY) : 0
  // longest reading first; a word sequence that leaves the rest unmatched gives way to a shorter reading
  while (n > 0) {
    const r = matchAt(p, pi + 1, toks, i + n, false)
    if (r >= 0) return r
    n = n > 1 ? altMatch(el.alts, toks, i, n) : 0
  }
  if (el.optional) return matchAt(p, pi + 1, toks, i, first)
  return -1
}

/**
 * Every (start, end) where the pattern matches, leftmost first, non-overlapping; with `from`, as in
 * `toks.slice(from)` (indices into toks): matching only ever reads forward, so no copy is needed.
 */
export function findAll(p: Pattern, toks: MToken[], from = 0): [number, number][] {
  const out: [number, number][] = []
  for (let i = from; i < toks.length; i++) {
    const end = matchAt(p, 0, toks, i, true)
    if (end > i) {
      out.push([i, end])
      i = end - 1
    }
  }
  return out
}

const CANDS_MAX = 50_000
const NO_CANDIDATES: number[] = []

/**
 * Many patterns, matched together: each pattern is indexed by the words of its first slot, so a message
 * costs a few map look-ups per token plus real matching only where a pattern can start.
 */
export class PatternSet<T> {
  private exact = new Map<string, number[]>()
  private stems = new Map<string, number[]>()
  private prefixes = new Map<number, [string, number][]>()
  private seqs = new Map<string, number[]>()
  private always: number[] = []
  /** `rest`: the first slot names no word sequence, so being a candidate at i means it matched token i alone. */
  private items: { p: Pattern; payload: T; rest: boolean }[] = []
  private cands = new Map<string, { stem: string; ids: number[] }>()
  /** WordMemo slot of this set's candidates; a new one after `add`, so no stale list is read. */
  private slot = -1
  /** match's per-pattern last match end, valid where `stamps` holds the current call's number. */
  private ends = new Int32Array(0)
  private stamps = new Uint32Array(0)
  private call = 0

  /**
   * Gives this set one of the memo's in-place slots (hotMemoSlot), for a set matched over every message;
   * call it once all patterns are added (`add` gives up the slot).
   */
  useHotSlot(): void {
    this.slot = hotMemoSlot()
  }

  add(p: Pattern, payload: T): void {
    this.cands.clear()
    this.slot = -1
    const id = this.items.length
    const first = p[0]
    this.items.push({
      p,
      payload,
      rest: first?.kind === 'slot' && !first.optional && first.alts.seqs.length === 0,
    })
    if (first?.kind !== 'slot' || first.optional) {
      this.always.push(id)
      return
    }
    const push = <K>(m: Map<K, number[]>, k: K) => {
      const xs = m.get(k) ?? []
      xs.push(id)
      m.set(k, xs)
    }
    for (const w of first.alts.exact) push(this.exact, w)
    for (const s of first.alts.stems) push(this.stems, s)
    for (const words of first.alts.seqs) push(this.seqs, words[0]!)
    for (const [c, pres] of first.alts.prefixes) {
      const xs = this.prefixes.get(c) ?? []
      for (const pre of pres) xs.push([pre, id])
      this.prefixes.set(c, xs)
    }
  }

  /** Patterns that can start at a token of this text and stem, ascending; memoised per word (bounded). */
  private candidates(t: MToken): number[] {
    const known = tokenSlot(t, this.slot)
    if (known !== undefined) return known as number[]
    const memo = t.memo
    if (memo && memo.text === t.text && memo.stem === t.stem) {
      if (this.slot < 0) this.slot = nextMemoSlot()
      let ids = memoGet(memo, this.slot) as number[] | undefined
      if (ids === undefined) {
        ids = this.collect(t)
        memoSet(memo, this.slot, ids)
      }
      return ids
    }
    const hit = this.cands.get(t.text)
    if (hit !== undefined && hit.stem === t.stem) return hit.ids
    const ids = this.collect(t)
    if (hit === undefined) {
      if (this.cands.size >= CANDS_MAX) this.cands.clear()
      this.cands.set(t.text, { stem: t.stem, ids })
    }
    return ids
  }

  private collect(t: MToken): number[] {
    const cands = new Set<number>()
    for (const id of this.exact.get(t.text) ?? []) cands.add(id)
    for (const id of this.stems.get(t.stem) ?? []) cands.add(id)
    for (const id of this.seqs.get(t.text) ?? []) cands.add(id)
    for (const [pre, id] of this.prefixes.get(t.text.charCodeAt(0)) ?? [])
      if (t.text.startsWith(pre) || t.stem.startsWith(pre)) cands.add(id)
    // most words start no pattern: one shared empty list (never written) instead of one per word
    return cands.size === 0 ? NO_CANDIDATES : [...cands].sort((a, b) => a - b)
  }

  /**
   * End of a match of candidate `id` at token i, or -1: matchAt from the start, or, when the candidate index
   * already proved the first slot matches token i alone, from the second slot (the same answer).
   */
  private endAt(id: number, toks: MToken[], i: number): number {
    const it = this.items[id]!
    return it.rest ? matchAt(it.p, 1, toks, i + 1, false) : matchAt(it.p, 0, toks, i, true)
  }

  /**
   * Whether any pattern matches anywhere: `match(toks).length > 0`, stopping at the first match; with
   * `from`, in `toks.slice(from)` without the copy.
   */
  some(toks: MToken[], from = 0): boolean {
    for (let i = from; i < toks.length; i++)
      for (const id of this.candidates(toks[i]!)) if (this.endAt(id, toks, i) > i) return true
    for (const id of this.always) if (findAll(this.items[id]!.p, toks, from).length > 0) return true
    return false
  }

  /**
   * Every match of every pattern: payload with (start, end), non-overlapping per pattern; with `from`, the
   * matches of `toks.slice(from)` (indices into toks).
   */
  match(toks: MToken[], from = 0): { payload: T; start: number; end: number }[] {
    const out: { payload: T; start: number; end: number }[] = []
    // each pattern's last match end in this call: a stamp per pattern marks the entries this call wrote
    if (this.ends.length < this.items.length) {
      this.ends = new Int32Array(this.items.length)
      this.stamps = new Uint32Array(this.items.length)
    }
    if (++this.call === 0xffffffff) {
      this.stamps.fill(0)
      this.call = 1
    }
    const { ends, stamps, call } = this
    for (let i = from; i < toks.length; i++) {
      const ids = this.candidates(toks[i]!)
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!
        if (stamps[id] === call && ends[id]! > i) continue
        const end = this.endAt(id, toks, i)
        if (end > i) {
          out.push({ payload: this.items[id]!.payload, start: i, end })
          ends[id] = end
          stamps[id] = call
        }
      }
    }
    for (const id of this.always)
      for (const [start, end] of findAll(this.items[id]!.p, toks, from)) {
        out.push({ payload: this.items[id]!.payload, start, end })
      }
    return out
  }
}
