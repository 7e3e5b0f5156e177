/**
 * The safety entry points for message text: `detectCrisis` (the v2 detector in ./crisis/, see README.md)
 * and the small ru/en toxicity lexicon. Pure.
 */

import { detectCrisisV2, warmUpCrisisDetector } from './crisis/detector.js'
import type { CrisisResult } from './crisis-types.js'

export type { CrisisCategory, CrisisResult, CrisisSeverity } from './crisis-types.js'

export type LexiconLang = 'ru' | 'en'

export type ToxicityResult = {
  hit: boolean
  /** Canonical lexicon ids of what matched, e.g. ['идиот', 'kill yourself']. */
  terms: string[]
  /** True when a term wishes death/self-harm on someone («убей себя», "kys"). */
  threat: boolean
}

/**
 * Lowercase, ё→е, punctuation and apostrophes → spaces, letters repeated 3+ times squeezed
 * («хочууу» → «хочу»), single spaces. Patterns below are written against this form.
 */
export function normalizeForLexicon(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim()} `
}

// Matching runs on the normalised text, whose words are separated by single spaces and padded by one.
const re = (source: string) => new RegExp(`(?<= )(?:${source})(?= )`, 'u')

/**
 * Crisis signal in one message: the v2 detector (crisis/detector.ts: normalisation, stemmed phrase rules
 * with negation/past/film/idiom scope rules, then a trained classifier). Synchronous; rules, stemmers and
 * weights load once on first call, or at start via `warmUpCrisisDetector`.
 */
export function detectCrisis(text: string): CrisisResult {
  return detectCrisisV2(text)
}

export { warmUpCrisisDetector }

// ── toxicity ──
type ToxEntry = { term: string; re: RegExp; threat?: boolean }

const TOXICITY: ToxEntry[] = [
  // ru insults
  { term: 'идиот', re: re('идиот(?:ка|ы|ов|а|у|ом|ки|ке)?') },
  { term: 'дебил', re: re('дебил(?:ка|ы|ов|а|у|ом|ки|ьн\\p{L}*)?') },
  { term: 'дура', re: re('дура|дуры|дурой|дурак|дураки|дураков|дурака') },
  { term: 'урод', re: re('урод|уроды|урода|уродина|уродов') },
  { term: 'мразь', re: re('мразь|мрази|мразота') },
  { term: 'тварь', re: re('тварь|твари') },
  { term: 'сука', re: re('сука|суки|суку|сукой|сучка|сучара|сучий') },
  { term: 'сволочь', re: re('сволочь|сволочи') },
  { term: 'ублюдок', re: re('ублюдок|ублюдки|ублюдка|ублюдков') },
  { term: 'чмо', re: re('чмо|чмошник\\p{L}*') },
  { term: 'шлюха', re: re('шлюха|шлюхи|шлюху|шалава') },
  { term: 'даун', re: re('даун|дауны|дауна') },
  // ru obscenities (stems, word-initial)
  { term: 'мат:х', re: re('ху[йеяю]\\p{L}*|нах|нахуй|похуй\\p{L}*') },
  { term: 'мат:п', re: re('пизд\\p{L}*|распизд\\p{L}*|спизд\\p{L}*') },
  {
    term: 'мат:е',
    re: re('[её]б(?:ан|ат|ал|ну|уч|л)\\p{L}*|(?:за|у|вы|на|от|до|по|рас)[её]б\\p{L}*|долбо[её]б\\p{L}*'),
  },
  { term: 'мат:б', re: re('бля|блядь|бляди|блять|блядск\\p{L}*|блядин\\p{L}*') },
  // ru slurs
  {
    term: 'slur:ru',
    re: re('пидор\\p{L}*|пидар\\p{L}*|педик\\p{L}*|чурк\\p{L}*|хач|хачи|жид|жиды|жидов\\p{L}*|ниггер\\p{L}*'),
  },
  // ru death wishes at someone
  {
    term: 'убей себя',
    threat: true,
    re: re('убей себя|убейся|иди умри|сдохни|повесься|выпились|чтоб ты сдох\\p{L}*|чтобы ты сдох\\p{L}*'),
  },
  // en insults / obscenities
  { term: 'idiot', re: re('idiot\\p{L}*|moron\\p{L}*|imbecile\\p{L}*') },
  { term: 'fuck', re: re('fuck\\p{L}*|motherfuck\\p{L}*|stfu') },
  {
    term: 'bitch',
    re: re('bitch\\p{L}*|bastard\\p{L}*|asshole\\p{L}*|dickhead\\p{L}*|cunt\\p{L}*|twat\\p{L}*'),
  },
  { term: 'whore', re: re('whore\\p{L}*|slut\\p{L}*') },
  // en slurs
  {
    term: 'slur:en',
    re: re('retard\\p{L}*|faggot\\p{L}*|fag|fags|nigger\\p{L}*|nigga\\p{L}*|tranny|kike\\p{L}*|spic'),
  },
  // en death wishes at someone
  {
    term: 'kill yourself',
    threat: true,
    re: re('kill (?:yourself|urself|yourselves)|kys|go die|(?:hope|wish) you die|drop dead|neck yourself'),
  },
]

/**
 * Matches exactly when some entry of TOXICITY does: the alternation of their sources (each wrapped in a group,
 * so its own alternatives stay inside it) between the same space guards.
 */
const ANY_TOXIC = re(TOXICITY.map((e) => `(?:${innerSource(e.re)})`).join('|'))

/** The pattern an entry was built from, without `re`'s guards (`(?<= )(?:` … `)(?= )`). */
function innerSource(r: RegExp): string {
  const head = '(?<= )(?:'
  const tail = ')(?= )'
  if (!r.source.startsWith(head) || !r.source.endsWith(tail))
    throw new Error(`not built by re(): ${r.source}`)
  return r.source.slice(head.length, -tail.length)
}

/** Insults, obscenities, slurs and death wishes (ru/en). Self-directed insults («я дура») count too. */
export function detectToxicity(text: string): ToxicityResult {
  if (!text) return { hit: false, terms: [], threat: false }
  const norm = normalizeForLexicon(text)
  // one pass of the union first: most messages match nothing, and 24 separate scans cost ~30 µs a message
  if (!ANY_TOXIC.test(norm)) return { hit: false, terms: [], threat: false }
  const terms: string[] = []
  let threat = false
  for (const e of TOXICITY) {
    if (e.re.test(norm)) {
      terms.push(e.term)
      if (e.threat) threat = true
    }
  }
  return { hit: terms.length > 0, terms, threat }
}

/** The toxicity lexicon ids, for documentation and tests. */
export const TOXICITY_TERMS = TOXICITY.map((e) => e.term)
