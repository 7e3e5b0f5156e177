/**
 * A yes/no answer about a word remembered across calls (the dictionaries never change while the process runs):
 * the name shapes ask it of every word of every text, and chat repeats its words. Bounded like the morphology
 * caches (cleared past 20,000 words).
 */
export function memoWord(f: (word: string) => boolean): (word: string) => boolean {
  const cache = new Map<string, boolean>()
  return (word) => {
    const hit = cache.get(word)
    if (hit !== undefined) return hit
    const yes = f(word)
    if (cache.size > 20_000) cache.clear()
    cache.set(word, yes)
    return yes
  }
}
