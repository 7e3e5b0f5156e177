/**
 * Russian scope lists of round 24 (crisis24ru, issue #12), in the pattern language of pattern.ts; scope-lists.ts joins them
 * into SCOPE_SRC, vetoes.ts asks them. Compiled `known: false` (`ROUND24_RU_UNKNOWN`, scopes.ts): the classifier's
 * features are as trained.
 */

/**
 * Worry about someone's words asked in so many words: «шутка или нет — я не знаю», «это горе или пора бить тревогу?»,
 * «я думала, он шутит, но…», «не похоже на шутку»: their words are not to be read as a saying or a trivial stake.
 */
const WORRY = [
  '=шутка|=шутит|=шутил|=шутила|=прикалывается|=шутку ?=это|=ли ~1 =или =нет|=всерьез|=серьезно|=правда|=пора',
  '=бить|=забить =тревогу',
  '=думала|=думал|=думали|=решила|=решил ~2 =что|=это ?=он|=она|=это =шутит|=шутка|=прикалывается|=шутку ~~3 =но|=а',
  '=не =похоже =на =шутку|=прикол',
  '=мне =страшно|=боюсь =за =него|=нее|=неё|=сына|=дочь|=маму|=папу|=брата|=сестру|=друга|=подругу',
]

/** Scope patterns compiled with `known: false` (scopes.ts). */
export const ROUND24_RU_UNKNOWN: readonly string[] = [...WORRY]

/** The round-24 scope lists, by name (joined into SCOPE_SRC after round 22's). */
export const ROUND24_RU_SCOPE_SRC: Record<string, string[]> = {
  worry24: WORRY,
}
