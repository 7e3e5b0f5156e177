import { nameTags } from './morph.js'
import { RU_PATRONYMIC_END, RU_SURNAME_END } from './name-cues.js'
import { englishLexiconEntries } from './names-en.js'
import { isPublicFigure } from './public-figures.js'
import { type PiiFinding, push } from './types.js'

/**
 * English names written in Cyrillic («Эмили Джонсон», «Джессика Смит»): az does not know them and the
 * English lexicon does not read Cyrillic. Both sides are reduced to a rough sound key (Latin letters, silent
 * "h" and doubled letters dropped, "c/ck/q" → "k", "w" → "v", "y" → "i", "j"/«дж» → "dj"), and two
 * capitalised Cyrillic words are a name when the first is an English first name by its key (and no ordinary
 * Russian word, place or adjective), and the second an English surname by its key and no ordinary Russian
 * word. Public figures' names in Cyrillic (`public-figures.ts`) stay.
 */

const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
}

/** A rough sound key of a Latin spelling: "Johnson" and «Джонсон» meet at "djonson". */
export function soundKey(latin: string): string {
  return latin
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/ck|c|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/ow/g, 'au')
    .replace(/w/g, 'v')
    .replace(/ee|ea/g, 'i')
    .replace(/oo|ou/g, 'u')
    .replace(/j/g, 'dj')
    .replace(/y/g, 'i')
    .replace(/h/g, '')
    .replace(/(.)\1+/g, '$1')
}

function cyrillicKey(word: string): string {
  const w = word.toLowerCase().replace(/^уи/u, 'ви').replace(/дж/gu, 'j')
  return soundKey([...w].map((ch) => CYR[ch] ?? ch).join(''))
}

let keys: { first: Set<string>; last: Set<string> } | undefined

function nameKeys(): { first: Set<string>; last: Set<string> } {
  if (!keys) {
    const first = new Set<string>()
    const last = new Set<string>()
    for (const [word, tags] of englishLexiconEntries()) {
      if (!/^[a-z]{3,}$/.test(word)) continue
      if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName'))
        first.add(soundKey(word))
      if (tags.includes('LastName')) last.add(soundKey(word))
    }
    keys = { first, last }
  }
  return keys
}

const PAIR_RE = /(?<![\p{L}])([А-ЯЁ][а-яё]{2,})\s+([А-ЯЁ][а-яё]{2,})(?![\p{L}])/gu

export function findEnglishNamesInCyrillic(text: string, out: PiiFinding[]): void {
  if (!/[А-ЯЁ][а-яё]+\s+[А-ЯЁ]/u.test(text)) return
  for (const m of text.matchAll(PAIR_RE)) {
    const [, first = '', last = ''] = m
    const a = nameTags(first)
    // a place or an adjective is not a first name («Красная Поляна»)
    if (a.place > 0 || a.adjective > 0 || a.common > 0 || (a.known && a.first === 0)) continue
    const { first: firstKeys, last: lastKeys } = nameKeys()
    if (!firstKeys.has(cyrillicKey(first))) continue
    const b = nameTags(last)
    if (b.common > 0 || b.place > 0 || !lastKeys.has(cyrillicKey(last))) continue
    // a Russian patronymic or surname ending («Антон Павлович», «Анна Петрова») is for names.ts
    const lower = last.toLowerCase()
    if (b.patronymic > 0 || RU_PATRONYMIC_END.test(lower) || RU_SURNAME_END.test(lower)) continue
    if (isPublicFigure([first, last])) continue
    push(out, 'name', m.index, m.index + m[0].length, text)
  }
}
