import { expect } from 'vitest'
import { anonymize } from '../anonymize.js'

/** True when `p` is still in `out` as a whole token (not inside a longer word or number), any case. */
export const left = (out: string, p: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(
    out,
  )

/** Expects `anonymize(text)` to leave none of `parts`. */
export const masks = (text: string, parts: string[]) => {
  const out = anonymize(text)
  for (const p of parts) expect(left(out, p), `${p} left in: ${out}`).toBe(false)
}
