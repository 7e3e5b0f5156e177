/**
 * Shared shapes of the PII detectors. Each detector pushes candidate findings; `findPii` (../pii.ts)
 * resolves overlaps by kind priority.
 */

export type PiiKind =
  | 'phone'
  | 'email'
  | 'username'
  | 'link'
  | 'card'
  | 'telegram_id'
  | 'digits'
  | 'address'
  | 'name'
  | 'id_document'

export type PiiFinding = {
  kind: PiiKind
  /** UTF-16 offsets into the original text: `text.slice(start, end) === value`. */
  start: number
  end: number
  value: string
}

// Letters/digits of any script: boundaries must work for Cyrillic, where \b does not.
export const W = '\\p{L}\\p{N}_'

export function push(out: PiiFinding[], kind: PiiKind, start: number, end: number, text: string): void {
  if (end > start) out.push({ kind, start, end, value: text.slice(start, end) })
}

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([])

/**
 * Every match of a global `re` in `text`, as `[...text.matchAll(re)]` gives them (from index 0; an empty match
 * steps one code point on), without the copy of `re` that `matchAll` constructs on every call: on the relay's
 * contact check (`findContacts`, every relayed text) that copy — a RegExp construction and a compilation-cache
 * lookup per call — was ~4 % of the app's CPU per message. Eager, so the caller's loop body may use `re`
 * itself. Leaves `re.lastIndex` at 0.
 */
export function matchesOf(re: RegExp, text: string): readonly RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global RegExp: ${re}`)
  let out: RegExpExecArray[] | undefined
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (out === undefined) out = [m]
    else out.push(m)
    if (m[0].length === 0) {
      const i = re.lastIndex
      const wide = (re.unicode || re.flags.includes('v')) && (text.codePointAt(i) ?? 0) > 0xffff
      re.lastIndex = i + (wide ? 2 : 1)
    }
  }
  return out ?? NO_MATCHES
}
