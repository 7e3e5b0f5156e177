/**
 * Ordinary leavings (vetoes.ts asks them of a farewell or third-party hit): a goodbye that says where one goes or
 * until when, not denied just before it ("be back monday"; not "won't be back", «больше не вернусь»), being on
 * holiday, and a goodbye's funeral word that belongs to someone else's death told before it. Split from vetoes.ts
 * (round 25) as one idea of its own.
 */
import type { MToken } from './matcher.js'
import type { RuleHit } from './rules.js'
import { anyIn, scopeSets } from './scopes.js'

/**
 * A funeral word in a goodbye hit's span, with someone else's death told before the hit (`bereaved`, ending at its
 * start at the latest): "Grandpa's funeral was today. …where the funeral money is". Not a `bereaved` match inside
 * the arrangements ("texted my sister where the funeral money is" is one, and whose funeral it is is not told).
 */
export function griefBefore(toks: MToken[], h: RuleHit): boolean {
  if (!anyIn('deathWords', toks.slice(h.start, h.end)) || !anyIn('bereaved', toks)) return false
  return scopeSets()
    .bereaved!.match(toks)
    .some((m) => m.end <= h.start)
}

/** Before a word of return or of an ordinary goodbye, these deny it: "won't be back", «больше не вернусь». */
const NOT_RETURNING = new Set(['not', 'never', 'wont', 'dont', 'cant', 'no', 'не', 'никогда', 'больше', 'ни'])

/**
 * An ordinary goodbye (`leaving`: where one goes or until when) somewhere in the message, not denied just before
 * it: "be back monday" is one, "won't be back" and «больше не вернусь» are the opposite.
 */
export function ordinaryLeaving(toks: MToken[]): boolean {
  if (onHoliday(toks)) return true
  if (
    anyIn('leavingMore', toks) &&
    scopeSets()
      .leavingMore!.match(toks)
      .some((m) => !leavingDenied(toks, m.start))
  )
    return true
  if (!anyIn('leaving', toks)) return false
  return scopeSets()
    .leaving!.match(toks)
    .some(
      (m) =>
        !toks.slice(Math.max(0, m.start - 2), m.start).some((t) => NOT_RETURNING.has(t.text)) &&
        !leavingDenied(toks, m.start),
    )
}

/**
 * Being on holiday («пока я в отпуске», round 23), not denied just before («не в отпуске»). Told in code, not as a
 * `leaving` pattern: a scope pattern's words join the classifier's inputs, so the shipped model.json would no
 * longer be what train:crisis reproduces.
 */
function onHoliday(toks: MToken[]): boolean {
  for (let i = 0; i + 1 < toks.length; i++) {
    if (
      toks[i]!.text === 'в' &&
      toks[i + 1]!.text === 'отпуске' &&
      toks[i + 1]!.brk < 2 &&
      !leavingDenied(toks, i)
    )
      return true
  }
  return false
}

/** Frames that deny an ordinary leaving's sense just before it: «не в смысле до завтра», «не из чата», "not just this app". */
const DENIED_SENSE = [
  ['не', 'в', 'смысле'],
  ['не'],
  ['not', 'just'],
  ['not', 'only'],
  ['не', 'только'],
  ['dont', 'mean'],
  ['not'],
  // not the usual goodbye («…, а не как обычно «до завтра»», round 25)
  ['не', 'как', 'обычно'],
  ['не', 'как', 'всегда'],
]

const FOR_GOOD = new Set(['good', 'ever', 'forever'])

/** An ordinary-leaving match at `at` with a frame that denies its sense ending right before it (round 23). */
function leavingDenied(toks: MToken[], at: number): boolean {
  if (toks[at]!.brk === 2) return false
  // "leaving for good", "leaving for ever": `=leaving_for` names no place then
  if (toks[at]!.text === 'leaving' && FOR_GOOD.has(toks[at + 2]?.text ?? '')) return true
  return DENIED_SENSE.some(
    (f) =>
      at >= f.length &&
      f.every((w, i) => toks[at - f.length + i]!.text === w && (i === 0 || toks[at - f.length + i]!.brk < 2)),
  )
}
