/**
 * Russian typed in Latin letters («ya hochu umeret», "petlya uzhe visit") back to Cyrillic, so the Russian
 * rules and stems apply. Only when the message reads as Russian: at least two distinct frequent Russian words
 * in Latin spelling and more of them than common English words. Greedy longest-first letter groups; the
 * result is approximate (soft signs are lost) but stems and most rule words come out right.
 */

/** Frequent Russian words as typed in Latin: the evidence that a Latin message is Russian. */
const RU_MARKERS = new Set([
  'ya',
  'ja',
  'menya',
  'mne',
  'hochu',
  'hochetsya',
  'ne',
  'vse',
  'vsyo',
  'vsem',
  'uzhe',
  'uje',
  'prosto',
  'seichas',
  'seychas',
  'sejchas',
  'shas',
  'chto',
  'shto',
  'kak',
  'eto',
  'zachem',
  'pochemu',
  'nikto',
  'nikomu',
  'tebya',
  'sebya',
  'soboi',
  'soboy',
  'opyat',
  'net',
  'znayu',
  'ochen',
  'tolko',
  'kogda',
  'menja',
  'mozhet',
  'bolshe',
  'vsyo',
  'zhit',
  'umeret',
  'pishu',
  'sovsem',
  'voobshe',
  'voobshche',
  'nichego',
  'pozhaluysta',
  'pozhalujsta',
  'prosti',
  'poka',
  'tut',
  'tam',
  'sdelayu',
  'eshe',
  'eshche',
  // crisis18ru: frequent words of time, place and address
  'zdes',
  'zavtra',
  'segodnya',
  'sevodnya',
  'utrom',
  'vecherom',
  'nochyu',
  'potom',
  'togda',
  'budu',
  'budet',
  'bylo',
  'byla',
  'vas',
  'vam',
  'tebe',
  'nado',
  'mozhno',
  'tozhe',
  'dazhe',
  'esli',
  'chtoby',
  'prostite',
  'proshhajte',
  'proshchayte',
  'proshchaite',
  // round 25 (crisis25ru): frequent words of thanks, asking and deciding a farewell or a plan is typed with (batch 38)
  'spasibo',
  'kto',
  'byli',
  'nikogda',
  'govorite',
  'skazhite',
  'skazhi',
  'poslednee',
  'soobshenie',
  'soobshchenie',
  'produmano',
  'reshila',
  'reshil',
  'dumala',
  'dumayu',
  'ustala',
  'ustal',
  'potomu',
  'skoro',
  'pozhaluista',
  'pojaluysta',
  // round 26 (crisis26ru): frequent words of place, body, buying and choosing a plan is typed with (batch 41)
  'na',
  'po',
  'stoyu',
  'lezhu',
  'sizhu',
  'vnizu',
  'voda',
  'ruki',
  'kupila',
  'kupil',
  'vybrala',
  'vybral',
  'nashla',
  'nashel',
  'tyanet',
  'derzhus',
  'nachala',
  'nachal',
  'videl',
  'videla',
  'mysli',
  'posle',
  'rabote',
  'kazhduyu',
  'kazhdyy',
])
const EN_MARKERS = new Set([
  'the',
  'and',
  'i',
  'im',
  'you',
  'to',
  'is',
  'my',
  'it',
  'a',
  'of',
  'me',
  'this',
  'that',
  'want',
  'just',
  'so',
  'dont',
  'in',
  'on',
  'be',
  'was',
  'what',
  'with',
])

const GROUPS: [string, string][] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['shh', 'щ'],
  // «-tsya» is «-тся»/«-ться» (the soft sign is lost either way): «hochetsya» → «хочется»
  ['tsya', 'тся'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['yo', 'ё'],
  ['jo', 'ё'],
  ['ye', 'е'],
]
const SINGLE: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'ы',
  z: 'з',
}
const VOWELS = 'aeiouy'

/** One Latin word in Russian transliteration to Cyrillic («hochu» → «хочу», «soboi» → «собой»). */
export function latinToCyrillic(word: string): string {
  let out = ''
  for (let i = 0; i < word.length; ) {
    const group = GROUPS.find(([lat]) => word.startsWith(lat, i))
    if (group) {
      out += group[1]
      i += group[0].length
      continue
    }
    const c = word[i]!
    const prev = word[i - 1]
    // «-oi», «-ei», «-yi», «-ii», «-ay» at the end, or before a consonant: й («soboi», «moy», «seichas»)
    if ((c === 'i' || c === 'y') && prev && VOWELS.includes(prev) && !VOWELS.includes(word[i + 1] ?? 'x'))
      out += 'й'
    else out += SINGLE[c] ?? c
    i++
  }
  // «-yi»/«-ii» adjective endings: «ый», «ий» after the vowel rule above; a plural «-ye» after a consonant is «-ые»
  // («suicidalnye» → «суицидальные» less the soft sign); «sui-» is the loanword's «суи-», not «суй-»
  const plural = /[^aeiouy]ye$/.test(word) ? out.replace(/е$/, 'ые') : out
  return plural.replace(/^суйц/, 'суиц').replace(/ыи$/, 'ый').replace(/ии$/, 'ий')
}

const LATIN_WORD = /^[a-z]+$/

/** translitClass bits: a Latin word, a Russian marker, an English marker (the markers only on Latin words). */
const TL_LATIN = 1
const TL_RU = 2
const TL_EN = 4

/** What looksTranslit reads of one word, as bits (memoisable per word: it depends on the word alone). */
export function translitClass(w: string): number {
  if (!LATIN_WORD.test(w)) return 0
  return TL_LATIN | (RU_MARKERS.has(w) ? TL_RU : 0) | (EN_MARKERS.has(w) ? TL_EN : 0)
}

/**
 * Whether the Latin words of a message read as transliterated Russian: at least two and half of the words
 * are Latin, with two or more distinct Russian markers, more than English markers. One pass, no copies (the
 * relay asks this of every message).
 */
export function looksTranslit(words: string[]): boolean {
  return looksTranslitBy(words, (w) => w, translitClass)
}

/**
 * looksTranslit over any list of words: `text` gives a word's spelling, `cls` its translitClass (which a
 * caller may memoise). Stops once more than half of the words are not Latin (the answer is then no).
 */
export function looksTranslitBy<W>(
  words: readonly W[],
  text: (w: W) => string,
  cls: (w: W) => number,
): boolean {
  let latin = 0
  let other = 0
  let en = 0
  let ru: Set<string> | undefined
  const half = words.length / 2
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const c = cls(w)
    if ((c & TL_LATIN) === 0) {
      // latin ≤ length − other < half: the answer is no whatever follows
      if (++other > half) return false
      continue
    }
    latin++
    if ((c & TL_RU) !== 0) {
      ru ??= new Set()
      ru.add(text(w))
    }
    if ((c & TL_EN) !== 0) en++
  }
  if (latin < 2 || latin < half) return false
  const r = ru?.size ?? 0
  return r >= 2 && r > en
}
