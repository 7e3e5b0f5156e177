/**
 * A tiny phrase-pattern language over stemmed tokens, so rule tables read like the phrases they catch.
 *
 * A pattern is space-separated elements:
 * - `слово` — a token whose Snowball stem equals the stem of this word («таблетки» matches «таблеток»,
 *   «таблетками»; "pills" matches "pill");
 * - `умер*` — a token whose normalised text or stem starts with `умер` (verbs, whose stems vary by tense);
 * - `=себя` — exactly this normalised word; `=used_to` — exactly these consecutive words;
 * - `a|b*|=c` — any of the alternatives; `?a|b` — optional; `!a|b` — the next token must not be one of
 *   these (zero-width); `~3` — up to 3 other tokens in between; `~~6` — the same, across sentences.
 * Otherwise a match never crosses a sentence break (`.`, `!`, `?`, `;`, newline); it may cross commas.
 */
import { stem } from './stem.js'
import {
  hasId,
  hasId4,
  hotMemoSlot,
  type IdSet,
  idSet,
  intern,
  type MToken,
  memoGet,
  memoSet,
  nextMemoSlot,
  tokenSlot,
  wordIds,
} from './word-memo.js'

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

/** One slot's alternatives, indexed for speed: the relay calls this for every message. */
/** `prefixes` are bucketed by their first UTF-16 unit (a number: no one-letter string per look-up). */
type Alts = {
  exact: Set<string>
  stems: Set<string>
  prefixes: Map<number, string[]>
  seqs: string[][]
  /** The same words and stems as interned ids (wordIds): what altMatch compares, no string read. */
  /** Up to four exact-word ids in place (-2 when absent; `exactMore` holds them all when there are more). */
  x0: number
  x1: number
  x2: number
  x3: number
  exactMore: IdSet | undefined
  stemIds: IdSet
  seqIds: Int32Array[]
  /** The ids of the sequences' first words, the same way: a token that starts none skips the sequences. */
  q0: number
  q1: number
  q2: number
  q3: number
  seqMore: IdSet | undefined
  /** Which of the above are not empty (set once compiled): an empty one costs no look-up. */
  has: number
}

/** Spreads up to four ids over the in-place fields of `alts` named by `k` (x or q); more go to an IdSet. */
function place(alts: Alts, k: 'x' | 'q', ids: number[]): void {
  const uniq = [...new Set(ids)]
  const more = uniq.length > 4 ? idSet(uniq) : undefined
  const at = (n: number) => (more === undefined ? (uniq[n] ?? -2) : -2)
  if (k === 'x') {
    alts.x0 = at(0)
    alts.x1 = at(1)
    alts.x2 = at(2)
    alts.x3 = at(3)
    alts.exactMore = more
  } else {
    alts.q0 = at(0)
    alts.q1 = at(1)
    alts.q2 = at(2)
    alts.q3 = at(3)
    alts.seqMore = more
  }
}

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
const HAS_EXACT = 1
const HAS_STEMS = 2
const HAS_PREFIXES = 4
const HAS_SEQS = 8
type Elem =
  | { kind: 'slot'; alts: Alts; optional: boolean }
  | { kind: 'not'; alts: Alts }
  | { kind: 'gap'; max: number; cross: boolean }

export type Pattern = Elem[]

/** Every word the compiled patterns name exactly, for choosing between spellings (normalize.ts `alt`). */
export const KNOWN_WORDS = new Set<string>()

function parseAlts(src: string): Alts {
  const none = idSet([])
  const alts: Alts = {
    exact: new Set(),
    stems: new Set(),
    prefixes: new Map(),
    seqs: [],
    x0: -2,
    x1: -2,
    x2: -2,
    x3: -2,
    exactMore: undefined,
    stemIds: none,
    seqIds: [],
    q0: -2,
    q1: -2,
    q2: -2,
    q3: -2,
    seqMore: undefined,
    has: 0,
  }
  for (const a of src.split('|')) {
    // a token never holds `_`: a stem or prefix with one could never match (`!my_boss` once did so silently)
    if (!a.startsWith('=') && a.includes('_'))
      throw new Error(`crisis pattern alternative "${a}": a word sequence needs "=" ("=${a}")`)
    if (a.startsWith('=') && a.includes('_')) {
      alts.seqs.push(a.slice(1).split('_'))
      for (const w of a.slice(1).split('_')) KNOWN_WORDS.add(w)
    } else if (a.startsWith('=')) {
      alts.exact.add(a.slice(1))
      KNOWN_WORDS.add(a.slice(1))
    } else if (a.endsWith('*')) {
      // bucketed by first letter: most tokens then test no prefix at all
      const pre = a.slice(0, -1)
      const bucket = alts.prefixes.get(pre.charCodeAt(0)) ?? []
      bucket.push(pre)
      alts.prefixes.set(pre.charCodeAt(0), bucket)
    } else alts.stems.add(stem(a))
  }
  place(alts, 'x', [...alts.exact].map(intern))
  alts.stemIds = idSet([...alts.stems].map(intern))
  alts.seqIds = alts.seqs.map((words) => Int32Array.from(words, intern))
  place(
    alts,
    'q',
    alts.seqIds.map((ids) => ids[0]!),
  )
  alts.has =
    (alts.exact.size > 0 ? HAS_EXACT : 0) |
    (alts.stems.size > 0 ? HAS_STEMS : 0) |
    (alts.prefixes.size > 0 ? HAS_PREFIXES : 0) |
    (alts.seqs.length > 0 ? HAS_SEQS : 0)
  return alts
}

export function compile(src: string): Pattern {
  return src
    .trim()
    .split(/\s+/)
    .map((el): Elem => {
      if (/^~~\d+$/.test(el)) return { kind: 'gap', max: Number(el.slice(2)), cross: true }
      if (/^~\d+$/.test(el)) return { kind: 'gap', max: Number(el.slice(1)), cross: false }
      if (el.startsWith('!')) return { kind: 'not', alts: parseAlts(el.slice(1)) }
      if (el.startsWith('?')) return { kind: 'slot', alts: parseAlts(el.slice(1)), optional: true }
      return { kind: 'slot', alts: parseAlts(el), optional: false }
    })
}

/** How many tokens from i the alternatives match (the longest), 0 for none. */
function altMatch(alts: Alts, toks: MToken[], i: number): number {
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
      if (words.length <= best) continue
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
    if (t && t.brk < 2 && altMatch(el.alts, toks, i) > 0) return -1
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
  const n = t && (first || t.brk < 2) ? altMatch(el.alts, toks, i) : 0
  if (n > 0) {
    const r = matchAt(p, pi + 1, toks, i + n, false)
    if (r >= 0) return r
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
