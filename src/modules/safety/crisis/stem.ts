/**
 * Snowball stemmers (Russian and English) from `snowball-stemmers`: synchronous, dependency-free, a few
 * microseconds a word. The choice and its limits are in ../README.md. Stemmers are created on first use and
 * stems are memoised (bounded), so the relay's hot path does no repeated work for common words.
 */
import snowball from 'snowball-stemmers'
import type { Lang } from './normalize.js'

type Stemmer = { stem(word: string): string }

let stemmers: Record<Lang, Stemmer> | undefined
const cache = new Map<string, string>()
const CACHE_MAX = 50_000

const CYR = /[\u0400-\u04ff]/

/** Stem of one normalised word; the stemmer is picked by the word's script, not the message language. */
export function stem(word: string): string {
  const hit = cache.get(word)
  if (hit !== undefined) return hit
  stemmers ??= { ru: snowball.newStemmer('russian'), en: snowball.newStemmer('english') }
  const s = CYR.test(word) ? stemmers.ru.stem(word) : /[a-z]/.test(word) ? stemmers.en.stem(word) : word
  if (cache.size >= CACHE_MAX) cache.clear()
  cache.set(word, s)
  return s
}
