import { analyse } from './detector.js'
import type { MToken } from './matcher.js'

/** The detector's own normalisation (tokens with stems), for tests of the stages after it. */
export function normalizeForTest(text: string): MToken[] {
  return analyse(text)
}
