import { nameTags } from './morph.js'
import { cyrillicRole } from './name-tokens.js'
import { isEnglishPlace, isFunctionWord, latinRole } from './names-en.js'
import { isPublicFigure, isPublicSurname } from './public-figures.js'
import { type PiiFinding, push } from './types.js'

/**
 * Names given in a list, for `names.ts`:
 *
 * - surnames listed alone («Ступак, Левченко и Гринберг — вот три человека»): two of them read as surnames
 *   (by the dictionary or an ending) and the rest as surnames or words no dictionary knows;
 * - a first name and a surname beside a full name already found, in the same list ("me, Priya Venkatesh,
 *   Liam Carter and Nils Jansen"): a pair no lexicon knows as ordinary words.
 */

const CYR_WORD = '\\p{Lu}[а-яё]+(?:-\\p{Lu}[а-яё]+)?'
const SEP = '(?:\\s*,\\s*|\\s+(?:и|а\\s+также)\\s+)'
const SURNAME_LIST_RE = new RegExp(`(?<![\\p{L}])${CYR_WORD}(?:${SEP}${CYR_WORD}){1,5}(?![\\p{L}])`, 'gu')
const WORD_RE = new RegExp(CYR_WORD, 'gu')
const LIST_HINT_RE = /\p{Lu}[а-яё]+(?:\s*,\s*|\s+и\s+)\p{Lu}[а-яё]+/u

export function findSurnameLists(text: string, out: PiiFinding[]): void {
  if (!LIST_HINT_RE.test(text)) return
  for (const m of text.matchAll(SURNAME_LIST_RE)) {
    const words = [...m[0].matchAll(WORD_RE)]
    let surnames = 0
    let famous = 0
    let ok = true
    for (const w of words) {
      const role = cyrillicRole(w[0], true)
      const tags = nameTags(w[0])
      // (a surname made of a noun for an animal or a person: «Дрозд», «Кузнец»)
      const nounSurname = role === null && tags.animNoun > 0 && tags.animNoun >= 0.4 * tags.common
      if ((role !== 'S' && role !== 'U' && !nounSurname) || tags.place > 0) {
        ok = false
        break
      }
      if (role === 'S') surnames++
      if (isPublicSurname(w[0])) famous++
    }
    // («Пушкин, Лермонтов и Есенин»: writers; one famous namesake in a list of classmates is chance)
    if (!ok || surnames < 2 || famous * 2 >= words.length) continue
    for (const w of words) push(out, 'name', m.index + w.index, m.index + w.index + w[0].length, text)
  }
}

const PAIR = "(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{Ll}'’-]+)"
const PAIR_AFTER_RE = new RegExp(`^(?:\\s*,\\s*|\\s+(?:and|и|&)\\s+)${PAIR}(?![\\p{L}])`, 'u')
const PAIR_BEFORE_RE = new RegExp(`(?<![\\p{L}])${PAIR}(?:\\s*,\\s*|\\s+(?:and|и|&)\\s+)$`, 'u')

/** Both words read as parts of a name and the pair is no place or public figure. */
function namePair(pair: string): boolean {
  const [a = '', b = ''] = pair.split(/\s+/u)
  const cyr = (w: string) => /[а-яё]/iu.test(w)
  if (cyr(a) !== cyr(b)) return false
  const role = (w: string) => (cyr(w) ? cyrillicRole(w, true) : latinRole(w, true))
  if (role(a) === null || role(b) === null || isFunctionWord(a) || isFunctionWord(b)) return false
  return !isEnglishPlace([a, b]) && !isPublicFigure([a, b])
}

export function findListNeighbours(text: string, found: readonly PiiFinding[], out: PiiFinding[]): void {
  const queue = found.filter((f) => /\s/u.test(f.value)).map((f) => ({ start: f.start, end: f.end }))
  const add = (start: number, end: number) => {
    if (queue.some((q) => q.start === start)) return
    push(out, 'name', start, end, text)
    queue.push({ start, end })
  }
  for (let k = 0; k < queue.length && k < 12; k++) {
    const f = queue[k] as { start: number; end: number }
    const after = text.slice(f.end, f.end + 60).match(PAIR_AFTER_RE)
    const a = after?.[1]
    if (after && a && namePair(a)) add(f.end + after[0].length - a.length, f.end + after[0].length)
    const head = text.slice(Math.max(0, f.start - 60), f.start)
    const before = head.match(PAIR_BEFORE_RE)
    const b = before?.[1]
    if (before && b) {
      const start = f.start - before[0].length
      if (namePair(b)) add(start, start + b.length)
    }
  }
}
