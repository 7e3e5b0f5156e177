/**
 * What the crisis detector memoises per word and copies onto its tokens (matcher.ts, score.ts, analyse.ts):
 * the word memo and its slots, the token type, and the interned ids of the words and stems patterns name.
 */
import type { Token } from './normalize.js'

/**
 * What is memoised about one word (its spelling and stem), shared by every token of it (analyse.ts
 * `analyse` interns it): each PatternSet's start candidates, the classifier's rows (score.ts), in `slots`;
 * its letters by script and its interned ids, as numbers on the memo itself (no object to follow).
 */
export type WordMemo = {
  text: string
  stem: string
  /** The first three slots (hotMemoSlot: the rules, the concepts, the classifier) in place; the rest in `slots`. */
  h0: unknown
  h1: unknown
  h2: unknown
  slots: unknown[]
  /** Its letters by script (normalize.ts countScripts), in place: summed for the message language. */
  cyr: number
  lat: number
  cyrOnly: number
  latOnly: number
  /** Interned ids of `text` and `stem` (wordIds), -1 when no pattern names them; valid while `idGen` is current. */
  tid: number
  sid: number
  idGen: number
}

/**
 * `memo` is absent on tokens built by hand; everything then works from text and stem alone. `tid`/`sid`: the
 * memo's ids copied onto the token by `analyse` (withIds), valid while `idGen` is wordIds' current size.
 */
export type MToken = Token & {
  stem: string
  memo?: WordMemo
  tid?: number
  sid?: number
  idGen?: number
  /** The memo's in-place slots as they were when `analyse` made the token (undefined: not known then). */
  h0?: unknown
  h1?: unknown
  h2?: unknown
}

/** Slots held in place on WordMemo (h0–h2): the busiest users read them without following `slots`. */
const HOT_SLOTS = 3
let hotSlots = 0
let memoSlots = HOT_SLOTS
/** A fresh index into `WordMemo.slots` for one memoising user. */
export function nextMemoSlot(): number {
  return memoSlots++
}

/** A slot held in place on the memo while one is left (the first three askers), else nextMemoSlot. */
export function hotMemoSlot(): number {
  return hotSlots < HOT_SLOTS ? hotSlots++ : nextMemoSlot()
}

/**
 * What an in-place `slot` held for token t's word when analyse made t (withIds), or undefined (not known
 * then, another slot, or a token built by hand): a hit needs no look at the memo.
 */
export function tokenSlot(t: MToken, slot: number): unknown {
  if (slot === 0) return t.h0
  if (slot === 1) return t.h1
  if (slot === 2) return t.h2
  return undefined
}

/** What `slot` holds on memo (undefined when nothing yet). */
export function memoGet(memo: WordMemo, slot: number): unknown {
  if (slot === 0) return memo.h0
  if (slot === 1) return memo.h1
  if (slot === 2) return memo.h2
  return memo.slots[slot - HOT_SLOTS]
}

export function memoSet(memo: WordMemo, slot: number, value: unknown): void {
  if (slot === 0) memo.h0 = value
  else if (slot === 1) memo.h1 = value
  else if (slot === 2) memo.h2 = value
  else memo.slots[slot - HOT_SLOTS] = value
}

/** Ids of a slot's words: a short list scanned in place (most slots name a few words), a Set when long. */
export type IdSet = { list: Int32Array; set: Set<number> | undefined }
const ID_SCAN_MAX = 24

export function idSet(ids: Iterable<number>): IdSet {
  const list = Int32Array.from(ids)
  return { list, set: list.length > ID_SCAN_MAX ? new Set(list) : undefined }
}

/** Whether id (≥ 0) is one of the four in-place ids, or in `more` when the ids did not fit. */
export function hasId4(
  a: number,
  b: number,
  c: number,
  d: number,
  more: IdSet | undefined,
  id: number,
): boolean {
  if (more !== undefined) return hasId(more, id)
  return id === a || id === b || id === c || id === d
}

export function hasId(s: IdSet, id: number): boolean {
  if (s.set !== undefined) return s.set.has(id)
  const list = s.list
  for (let k = 0; k < list.length; k++) if (list[k] === id) return true
  return false
}

/**
 * Every word and stem the compiled patterns name, interned to a small integer: a token's text and stem are
 * looked up here once per word (memoised on its WordMemo), so matching compares integers instead of reading
 * strings and hashing into many small Sets. A text no pattern names gets -1, which equals no id, so
 * `id(a) === id(b)` exactly when the strings are equal, for any string compared with a pattern's.
 */
export const wordIds = new Map<string, number>()

export function intern(w: string): number {
  let id = wordIds.get(w)
  if (id === undefined) {
    id = wordIds.size
    wordIds.set(w, id)
  }
  return id
}

/**
 * Copies the word memo's ids and in-place slots onto the token (refreshing the ids when patterns were
 * compiled since), so matching and scoring read them from the token itself: the token list is small and
 * fresh, the memos are spread over the heap. `memo` must be the token's own (same text and stem).
 */
export function withIds(t: MToken, memo: WordMemo): void {
  t.h0 = memo.h0
  t.h1 = memo.h1
  t.h2 = memo.h2
  if (memo.idGen !== wordIds.size) {
    memo.tid = wordIds.get(memo.text) ?? -1
    memo.sid = wordIds.get(memo.stem) ?? -1
    memo.idGen = wordIds.size
  }
  t.tid = memo.tid
  t.sid = memo.sid
  t.idGen = memo.idGen
}
