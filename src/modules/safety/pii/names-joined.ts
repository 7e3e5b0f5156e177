import { isFunctionWord } from './names-en.js'
import { givenName } from './names-en-forms.js'
import { WORD_GIVEN_NAMES } from './names-en-given.js'
import { RU_FUNCTION_RE } from './names-shapes.js'
import { type PiiFinding, push } from './types.js'

/**
 * Names joined to a found full name, for `names.ts` (round 25): a given name joined by "and"/"&" to a found
 * "Given Surname", sharing the surname: "Rajiv and Sunita Malhotra", "tom & ellie okafor" (a couple or siblings
 * named once with one surname: each given name is theirs). (A surname written first, a comma and the given name,
 * "Nakamura, Hiroshi Kenji": `names-comma-first.ts`.)
 */

const JOINED_BEFORE_RE = /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]+)\s+(?:and|&|\+)\s+$/u

export function findJoinedGivenNames(text: string, found: readonly PiiFinding[], out: PiiFinding[]): void {
  if (!/\s(?:and|&|\+)\s/u.test(text)) return
  for (const f of found) {
    const head = f.value.match(/^\p{L}[\p{L}'’-]+(?=\s)/u)?.[0]
    // a found name that opens with a given name (then the surname follows it) and is Latin
    if (!head || !/^[A-Za-zÀ-ÖØ-öø-ÿ'’ -]+$/u.test(f.value) || !givenName(head)) continue
    const m = text.slice(Math.max(0, f.start - 30), f.start).match(JOINED_BEFORE_RE)
    const word = m?.[1]
    if (!m || !word || RU_FUNCTION_RE.test(word) || isFunctionWord(word)) continue
    // the same case as the found name's given name ("Mark and Helen Thornbury", "mark and helen thornbury")
    // ("hope and emma smith": a given name that is also a word counts only capitalised)
    const cap = /^\p{Lu}/u.test(word)
    if (cap !== /^\p{Lu}/u.test(head) || !givenName(word) || (!cap && WORD_GIVEN_NAMES.has(word))) continue
    const start = f.start - m[0].length
    push(out, 'name', start, start + word.length, text)
  }
}
