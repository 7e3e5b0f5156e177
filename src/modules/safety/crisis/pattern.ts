/**
 * A tiny phrase-pattern language over stemmed tokens, so rule tables read like the phrases they catch; this file
 * compiles a pattern's text into slots (matcher.ts runs them over a message).
 *
 * A pattern is space-separated elements:
 * - `слово` — a token whose Snowball stem equals the stem of this word («таблетки» matches «таблеток»,
 *   «таблетками»; "pills" matches "pill");
 * - `умер*` — a token whose normalised text or stem starts with `умер` (verbs, whose stems vary by tense);
 * - `=себя` — exactly this normalised word; `=used_to` — exactly these consecutive words;
 * - `a|b*|=c` — any of the alternatives; `?a|b` — optional; `!a|b` — the next token must not be one of
 *   these (zero-width); `~3` — up to 3 other tokens in between; `~~6` — the same, across sentences.
 *   A slot takes its longest matching alternative first and a shorter one when the rest of the pattern then
 *   fails (`=нашла|=нашла_у ~1 =у` matches «нашла у»).
 * Otherwise a match never crosses a sentence break (`.`, `!`, `?`, `;`, newline); it may cross commas.
 */
import { stem } from './stem.js'
import { type IdSet, idSet, intern } from './word-memo.js'

/** One slot's alternatives, indexed for speed: the relay calls this for every message. */
/** `prefixes` are bucketed by their first UTF-16 unit (a number: no one-letter string per look-up). */
export type Alts = {
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

/** Bits of `Alts.has`: which kinds of alternative a slot holds (matcher.ts skips the others). */
export const HAS_EXACT = 1
export const HAS_STEMS = 2
export const HAS_PREFIXES = 4
export const HAS_SEQS = 8
type Elem =
  | { kind: 'slot'; alts: Alts; optional: boolean }
  | { kind: 'not'; alts: Alts }
  | { kind: 'gap'; max: number; cross: boolean }

export type Pattern = Elem[]

/** Every word the compiled patterns name exactly, for choosing between spellings (normalize.ts `alt`). */
export const KNOWN_WORDS = new Set<string>()

function parseAlts(src: string, known: boolean): Alts {
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
      if (known) for (const w of a.slice(1).split('_')) KNOWN_WORDS.add(w)
    } else if (a.startsWith('=')) {
      alts.exact.add(a.slice(1))
      if (known) KNOWN_WORDS.add(a.slice(1))
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

/**
 * `known: false` keeps the pattern's exact words out of KNOWN_WORDS: a word named only there then does not change
 * how a stretched spelling is read (analyse.ts), so the classifier's features, and model.json, stay as they are.
 */
export function compile(src: string, known = true): Pattern {
  return src
    .trim()
    .split(/\s+/)
    .map((el): Elem => {
      if (/^~~\d+$/.test(el)) return { kind: 'gap', max: Number(el.slice(2)), cross: true }
      if (/^~\d+$/.test(el)) return { kind: 'gap', max: Number(el.slice(1)), cross: false }
      if (el.startsWith('!')) return { kind: 'not', alts: parseAlts(el.slice(1), known) }
      if (el.startsWith('?')) return { kind: 'slot', alts: parseAlts(el.slice(1), known), optional: true }
      return { kind: 'slot', alts: parseAlts(el, known), optional: false }
    })
}
