/**
 * The classifier's class probabilities at inference, for a whole message and for its sentences: the same
 * numbers, bit for bit, as `predictFeatures(m, featuresOf(toks))` and `featuresByPart` (features.ts, model.ts),
 * which stay the definition and what training uses; score.test.ts checks the two agree on every train and
 * dev line and on long messages, so a change to the features shows up there.
 *
 * Why a second path: building feature strings and looking each up in a 60k-entry map cost ~40% of a long
 * message. Here each distinct word's model rows (its stem and character 4-grams) are looked up once and
 * memoised on the word (`MToken.memo`), bigram rows per word pair, and a feature seen twice is skipped by a
 * stamp per row instead of a Set of strings. Rows are added in the order featuresOf lists the features, so
 * the sums, hence the probabilities, are identical.
 */
import type { FeatureIndex } from './compact.js'
import { charGrams, contextFeatures } from './features.js'
import type { MToken } from './matcher.js'
import { hotMemoSlot, memoGet, memoSet, tokenSlot } from './matcher.js'
import type { LoadedModel } from './model.js'

/** One word's model rows: its stem feature (-1 when not in the vocabulary), its 4-grams in vocabulary. */
type WordRows = {
  stem: string
  s: number
  grams: Int32Array
  /** Bigram rows by the next word's stem; undefined when no bigram in the vocabulary starts with this stem. */
  next: Map<string, number> | undefined
  /** The scoring call (`Scorer.call`) that last added this word's stem and 4-gram rows. */
  added: number
}

type Scorer = {
  /** The model's weights, row-major, `nc` per row (`LoadedModel.flat`). */
  w: Float64Array
  nc: number
  index: FeatureIndex
  /** Memo slot for WordRows on each word (matcher.ts `WordMemo`). */
  slot: number
  /** Rows of words without a memo (tokens built by hand), by text. */
  loose: Map<string, WordRows>
  concepts: Map<string, number>
  /** Stems that start some bigram feature in the vocabulary (stems hold no "_"). */
  bigramFirst: Set<string>
  seen: Uint32Array
  gen: number
  /** Counts scoring calls; never wraps in practice (a double), unlike `gen`. */
  call: number
}

const scorers = new WeakMap<FeatureIndex, Scorer>()

function scorerOf(m: LoadedModel): Scorer {
  let s = scorers.get(m.index)
  if (s && s.w === m.flat) return s
  const nc = m.classes.length
  const bigramFirst = new Set<string>()
  for (const f of m.index.keys()) if (f.startsWith('b:')) bigramFirst.add(f.slice(2, f.indexOf('_')))
  s = {
    w: m.flat,
    nc,
    index: m.index,
    slot: hotMemoSlot(),
    loose: new Map(),
    concepts: new Map(),
    bigramFirst,
    seen: new Uint32Array(m.index.size),
    gen: 0,
    call: 0,
  }
  scorers.set(m.index, s)
  return s
}

/** The vocabulary rows of the word's character n-grams (features.ts charGrams), in its order. */
function gramRows(s: Scorer, text: string): Int32Array {
  const out: number[] = []
  for (const g of charGrams(text)) {
    const i = s.index.get(g)
    if (i !== undefined) out.push(i)
  }
  return Int32Array.from(out)
}

const LOOSE_MAX = 50_000

function wordRows(s: Scorer, t: MToken): WordRows {
  const known = tokenSlot(t, s.slot)
  if (known !== undefined) return known as WordRows
  const memo = t.memo
  if (memo && memo.text === t.text && memo.stem === t.stem) {
    const hit = memoGet(memo, s.slot) as WordRows | undefined
    if (hit) return hit
    const rows = makeRows(s, t)
    memoSet(memo, s.slot, rows)
    return rows
  }
  const hit = s.loose.get(t.text)
  if (hit && hit.stem === t.stem) return hit
  const rows = makeRows(s, t)
  if (s.loose.size >= LOOSE_MAX) s.loose.clear()
  s.loose.set(t.text, rows)
  return rows
}

function makeRows(s: Scorer, t: MToken): WordRows {
  return {
    stem: t.stem,
    s: s.index.get(`s:${t.stem}`) ?? -1,
    grams: gramRows(s, t.text),
    next: s.bigramFirst.has(t.stem) ? new Map() : undefined,
    added: -1,
  }
}

function bigramRow(s: Scorer, rows: WordRows, next: MToken): number {
  if (rows.next === undefined) return -1
  let i = rows.next.get(next.stem)
  if (i === undefined) {
    i = s.index.get(`b:${rows.stem}_${next.stem}`) ?? -1
    rows.next.set(next.stem, i)
  }
  return i
}

function conceptRow(s: Scorer, c: string): number {
  let i = s.concepts.get(c)
  if (i === undefined) {
    i = s.index.get(`g:${c}`) ?? -1
    s.concepts.set(c, i)
  }
  return i
}

/** Class probabilities for the word features of toks[from, to) and the concept list `concepts`. */
function scoreRange(m: LoadedModel, toks: MToken[], from: number, to: number, concepts: string[]): number[] {
  const s = scorerOf(m)
  if (++s.gen === 0xffffffff) {
    s.seen.fill(0)
    s.gen = 1
  }
  const { seen, gen, w, nc } = s
  const z = [...m.bias]
  const add = (i: number) => {
    if (i < 0 || seen[i] === gen) return
    seen[i] = gen
    const o = i * nc
    for (let c = 0; c < nc; c++) z[c]! += w[o + c]!
  }
  const call = ++s.call
  // context features (a feature experiment, features.ts): undefined in the shipped detector
  const ctx = contextFeatures(toks, from, to)
  for (let i = from; i < to; i++) {
    const t = toks[i]!
    const rows = wordRows(s, t)
    // a word met before in this call has its stem and 4-gram rows seen already: only its bigram is new
    const fresh = rows.added !== call
    if (ctx) {
      // the stem may be replaced at one place and not another: `add` skips it when seen
      if (!ctx.noStem[i - from]) add(rows.s)
      const xs = ctx.extra[i - from]
      if (xs) for (const f of xs) add(s.index.get(f) ?? -1)
    } else if (fresh) add(rows.s)
    const next = toks[i + 1]
    if (next && next.brk === 0) add(bigramRow(s, rows, next))
    if (!fresh) continue
    rows.added = call
    const g = rows.grams
    for (let k = 0; k < g.length; k++) add(g[k]!)
  }
  for (const c of concepts) add(conceptRow(s, c))
  // softmax exactly as model.ts predictFeatures computes it
  const max = Math.max(...z)
  const e = z.map((v) => Math.exp(v - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / sum)
}

/** `predict(m, toks)`: the whole message; `concepts` is conceptsOf(toks) (rules.ts). */
export function scoreMessage(m: LoadedModel, toks: MToken[], concepts: string[]): number[] {
  return scoreRange(m, toks, 0, toks.length, concepts)
}

/** `predictFeatures(m, featuresByPart(toks, starts)[k])`: part k alone, with its concepts (conceptsByPart). */
export function scorePart(
  m: LoadedModel,
  toks: MToken[],
  starts: number[],
  k: number,
  concepts: string[],
): number[] {
  return scoreRange(m, toks, starts[k]!, starts[k + 1] ?? toks.length, concepts)
}
