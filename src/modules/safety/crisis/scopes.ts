/**
 * The crisis scope lists (scope-lists.ts) compiled once, and the questions the vetoes and the classifier-stage
 * checks ask of them: a list anywhere in a token list (`anyIn`, memoised), each list as a PatternSet
 * (`scopeSets`), and the clause or sentence around a token (`bounds`).
 */
import { type MToken, PatternSet } from './matcher.js'
import { compile, type Pattern } from './pattern.js'
import { SCOPE_SRC } from './scope-lists.js'
import { UNKNOWN_WORD_SCOPES } from './scope-lists-lookalikes.js'
import { ROUND22_UNKNOWN } from './scope-lists-round22.js'
import { ROUND24_UNKNOWN } from './scope-lists-round24.js'
import { ROUND24_RU_UNKNOWN } from './scope-lists-round24-ru.js'
import { ROUND25_UNKNOWN } from './scope-lists-round25.js'
import { ROUND25_RU_UNKNOWN } from './scope-lists-round25-ru.js'
import { ROUND26_UNKNOWN } from './scope-lists-round26.js'

let scope: Record<string, Pattern[]> | undefined

let scopeSet: Record<string, PatternSet<null>> | undefined

/** Each scope list as a PatternSet, so "anywhere in the message" only tries patterns where they can start. */
export function scopeSets(): Record<string, PatternSet<null>> {
  scopeSet ??= Object.fromEntries(
    Object.entries(scopes()).map(([k, ps]) => {
      const set = new PatternSet<null>()
      for (const p of ps) set.add(p, null)
      return [k, set]
    }),
  )
  return scopeSet
}

export function scopes(): Record<string, Pattern[]> {
  if (scope) return scope
  // patterns whose words stay out of KNOWN_WORDS (added after a model was trained on the others)
  const unknown = new Set([
    ...UNKNOWN_WORD_SCOPES,
    ...ROUND22_UNKNOWN,
    ...ROUND24_UNKNOWN,
    ...ROUND24_RU_UNKNOWN,
    ...ROUND25_UNKNOWN,
    ...ROUND25_RU_UNKNOWN,
    ...ROUND26_UNKNOWN,
  ])
  scope = Object.fromEntries(
    Object.entries(SCOPE_SRC).map(([k, v]) => [k, v.map((p) => compile(p, !unknown.has(p)))]),
  )
  return scope
}

/**
 * Whether a scope list matches anywhere in `toks`. Memoised per token list and list name: every rule hit's
 * vetoes and messageVeto ask the same whole-message questions («leaving», «resolved»), and each costs every
 * pattern of the list at every token. Token lists are never mutated.
 */
const anyMemo = new WeakMap<MToken[], Map<string, boolean>>()
export function anyIn(name: string, toks: MToken[]): boolean {
  let memo = anyMemo.get(toks)
  const known = memo?.get(name)
  if (known !== undefined) return known
  const found = scopeSets()[name]!.some(toks)
  if (!memo) {
    memo = new Map()
    anyMemo.set(toks, memo)
  }
  memo.set(name, found)
  return found
}

/** Words that deny what follows them ("not being dramatic", «это не образно», "i don't mean the semester"). */
export const DENIERS: ReadonlySet<string> = new Set([
  'not',
  'dont',
  'didnt',
  'never',
  'no',
  'не',
  'ни',
  'никогда',
])

/** Whether `part` has a match of the scope list `name` with no DENIERS word in the two words before it. */
export function anyUndenied(name: string, part: MToken[]): boolean {
  if (!anyIn(name, part)) return false
  return scopeSets()
    [name]!.match(part)
    .some((m) => !part.slice(Math.max(0, m.start - 2), m.start).some((t) => DENIERS.has(t.text)))
}

/** Token ranges [from, to) of the clause and the sentence around token i. */
export function bounds(toks: MToken[], i: number, level: 1 | 2): [number, number] {
  let a = i
  while (a > 0 && toks[a]!.brk < level) a--
  let b = i + 1
  while (b < toks.length && toks[b]!.brk < level) b++
  return [a, b]
}
