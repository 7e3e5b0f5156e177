import {
  BUSINESS_LAST_WORD_RE,
  NAME_IS_A_COMPARISON_RE,
  NAME_IS_A_PLACE_AFTER_RE,
  NAME_IS_A_PLACE_RE,
  NAME_IS_A_VENUE_AFTER_RE,
  NAME_IS_A_WORK_AFTER_IS_RE,
  NAME_IS_A_WORK_RE,
  PLACE_LAST_WORD_RE,
} from './name-cues.js'
import { findNamesAround, findParticleAndCapsNames } from './names-around.js'
import { findCommaFirstNames } from './names-comma-first.js'
import { findEnglishNamesInCyrillic } from './names-cyrillic-en.js'
import {
  elsewhere,
  findCuedFullNames,
  findGivenBeforeRepeats,
  findMiddleInitialNames,
  findNameRuns,
  isEnglishNonName,
} from './names-en-forms.js'
import { findFirstNamesOfLoneSurnames, findSeparatedNames } from './names-far.js'
import {
  findAccentedNames,
  findEastAsianNames,
  findHyphenSurnames,
  findLowerFirstRepeats,
  findLowerLatinPairs,
  findPinyinNames,
} from './names-foreign.js'
import { collectNames } from './names-full.js'
import { findJoinedGivenNames } from './names-joined.js'
import { findListNeighbours, findSurnameLists } from './names-lists.js'
import { findLowerEnglishNames } from './names-lower-en.js'
import { findLowerRepeats, findNamesByContext, isPetName } from './names-more.js'
import { findNamesNearFound } from './names-near.js'
import { findNounSurnamesBeforeVerb, notAPersonRu } from './names-ru-frames.js'
import { findLowerSurnameInitials, findParticleNames } from './names-shapes.js'
import { type PiiFinding, push } from './types.js'
import { wordsAt } from './word-at.js'

export { preloadNameLexicon } from './names-en.js'

/**
 * Full person names, ru and en. A first name alone is not PII («Аня сказала», "Sarah texted me"); a
 * first name with a surname or patronymic, a surname with a patronymic or initials, a surname with a
 * name-like neighbour, a surname after «фамилия»/"last name", and a title with a surname ("Mrs.
 * Patterson") are. The whole name is one finding, so every part is masked.
 *
 * Russian: az/OpenCorpora tags (Name/Surn/Patr) in any case form, plus surname and patronymic endings for
 * names the dictionary does not know. English: the person-name lexicon of `compromise` (first names,
 * last names), and capitalised words it does not know as ordinary words. Only capitalised words are
 * looked up (and the words right after an introduction such as «меня зовут» / "my name is"), which keeps
 * the cost per message small.
 */
/**
 * Every full name in `text`. A name followed by what one says of a public person's work ("Kate Bush
 * scene", "Anthony Bourdain episodes", «Цой песни») is left alone; once a full name is found, its other
 * mentions in the same text are masked too ("my wife Giorgi... my husband Giorgi Beridze").
 */
export function findNames(text: string, out: PiiFinding[]): void {
  const found: PiiFinding[] = []
  collectNames(text, found)
  findParticleAndCapsNames(text, found)
  findEnglishNamesInCyrillic(text, found)
  findNamesByContext(text, found)
  findSurnameLists(text, found)
  findSeparatedNames(text, found)
  findEastAsianNames(text, found)
  findPinyinNames(text, found)
  findLowerLatinPairs(text, found)
  findAccentedNames(text, found)
  findCommaFirstNames(text, found)
  findLowerSurnameInitials(text, found)
  findEnglishNameForms(text, found)
  findLowerEnglishNames(text, found)
  findParticleNames(text, [...found], found)
  findHyphenSurnames(text, [...found], found)
  findNounSurnamesBeforeVerb(text, found)
  if (found.length === 0) return
  const kept = found.filter(
    (f) =>
      !NAME_IS_A_WORK_RE.test(text.slice(f.end, f.end + 24)) &&
      !NAME_IS_A_WORK_AFTER_IS_RE.test(text.slice(f.end, f.end + 40)) &&
      !NAME_IS_A_PLACE_AFTER_RE.test(text.slice(f.end, f.end + 16)) &&
      !BUSINESS_LAST_WORD_RE.test(f.value) &&
      !isPetName(text, f.start) &&
      !notAPersonRu(text, f) &&
      !isEnglishNonName(text, f) &&
      !NAME_IS_A_COMPARISON_RE.test(text.slice(Math.max(0, f.start - 24), f.start)) &&
      !(
        NAME_IS_A_VENUE_AFTER_RE.test(text.slice(f.end, f.end + 40)) &&
        /(?:^|\s)at\s+$/iu.test(text.slice(Math.max(0, f.start - 6), f.start))
      ) &&
      !(
        PLACE_LAST_WORD_RE.test(f.value) &&
        NAME_IS_A_PLACE_RE.test(text.slice(Math.max(0, f.start - 12), f.start))
      ),
  )
  for (const f of kept) out.push(f)
  findNamesAround(text, kept, out)
  findListNeighbours(text, kept, out)
  findLowerRepeats(text, kept, out)
  findNamesNearFound(text, kept, out)
  findFirstNamesOfLoneSurnames(text, kept, out)
  findLowerFirstRepeats(text, kept, out)
  findGivenBeforeRepeats(text, kept, out)
  findJoinedGivenNames(text, kept, out)
  for (const f of kept) {
    for (const word of f.value.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []) {
      if (!elsewhere(text, word, f)) continue
      for (const m of wordsAt(text, word))
        if (m.index < f.start || m.index >= f.end) push(out, 'name', m.index, m.index + word.length, text)
    }
  }
}

/** The English name shapes of round 22 (`names-en-forms.ts`). */
function findEnglishNameForms(text: string, found: PiiFinding[]): void {
  // each shape needs a Latin letter (a given name, a title, a Latin-only pair): most Russian texts have none
  if (!/\p{Script=Latin}/u.test(text)) return
  findMiddleInitialNames(text, found)
  findCuedFullNames(text, found)
  findNameRuns(text, found)
}
