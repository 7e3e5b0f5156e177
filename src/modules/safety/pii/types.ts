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
