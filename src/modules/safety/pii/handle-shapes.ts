import { notPersonal } from './handle-accounts.js'
import { EN_PLATFORM, RU_GAME, RU_PLATFORM } from './handle-platforms.js'
import { isDescribingWord, isFunctionWord, isKnownEnglishWord } from './names-en.js'
import { matchesOf, type PiiFinding, push, W } from './types.js'

/**
 * Handle forms `handles.ts` and `handle-cues.ts` do not read (round 26), none written with "@":
 *
 * - a game's account: a Riot id with its region tag ("sadboi#EUW7"), a gamertag of leet words after "gt is"
 *   ("Ch0colate Thund3r"), a clan tag and the name ("[DK] Wolfsbane"), "on apex as NoScopeNana";
 * - a profile slug of hyphenated parts where a platform is named ("tomasz-wojcik-pm", «aleksandr-morozov-devops»);
 * - a platform named, then the account after "was", "'s", "it's", "i'm" further on in the message
 *   ("my old youtube was KellyBakesAtMidnight", "my snapchat's bellaxrose02", "kik … im sunflowerpunk");
 * - letters typed apart after a platform and decorations ("snap me ✨ v e l v e t . m o o n ✨", «тг ▶ a l i n a»);
 * - a nickname in Cyrillic after «ник в <игре> —» or written in CamelCase («ТревожныйЁжик», «ДедИнсайд»);
 * - a handle dictated with «точка» after a platform («тг — dmitriy точка vol»).
 */

const GAME =
  'apex|overwatch|fortnite|valorant|val|league|lol|cod|warzone|halo|destiny|genshin|osu|cs2|csgo|dota|pubg|' +
  'rocket\\s+league|among\\s+us|minecraft|roblox|steam|xbox|psn|playstation|switch'
const PLATFORM = `${RU_PLATFORM}|${RU_GAME}|${EN_PLATFORM}|teams|slack|zoom|${GAME}`
const PLATFORM_RE = new RegExp(`(?<![${W}])(?:${PLATFORM})(?![${W}])`, 'iu')
// without the games and work apps that are also common words ("lol", "val", "teams", "switch")
const NAMED_RE = new RegExp(
  `(?<![${W}])(?:${RU_PLATFORM}|${EN_PLATFORM}|wickr|threema|apex|overwatch|warzone|genshin|osu|cs2|csgo|dota|pubg)(?![${W}])`,
  'iu',
)

// "sadboi#EUW7", "Kestrel#NA1": a Riot id, a name and a region tag of capitals and digits
const RIOT_ID_RE = new RegExp(
  `(?<![${W}#])([A-Za-z][A-Za-z0-9_.]{1,20}#(?=[A-Z0-9]*\\d)[A-Z0-9]{2,5})(?![${W}])`,
  'gu',
)
const RIOT_CUE_RE = /(?<![\p{L}])(?:tag|riot|val|valorant|league|lol|duo|ranked|id)(?![\p{L}])/iu
// "gt is Ch0colate Thund3r", "gamertag: xXNightOwlXx": words of letters with digits inside, after a gamertag word
const LEET = '[A-Za-z]+\\d[A-Za-z0-9]*|\\d[A-Za-z]+[A-Za-z0-9]*'
const GAMERTAG_RE = new RegExp(
  `(?<![${W}])(?:gt|gamertag|gamer\\s+tag|psn|xbox|epic)(?:\\s+(?:name|id))?\\s*(?:is|:|=|—|-)\\s*((?:${LEET})(?:\\s(?:${LEET}))*)(?![${W}])`,
  'giu',
)
// "steam: [DK] Wolfsbane": a clan tag in brackets and the name
const CLAN_RE = new RegExp(
  `(?<![${W}])(?:${PLATFORM})(?![${W}])[^.!?\\n]{0,24}?(\\[[A-Za-z0-9]{1,5}\\]\\s?[A-Za-z][A-Za-z0-9_]{2,20})(?![${W}])`,
  'giu',
)
// "on apex as NoScopeNana", "in valorant as sadboi": a game, then the name one plays as
const PLAYS_AS_RE = new RegExp(
  `(?<![${W}])(?:on|in|at)\\s+(?:${GAME})(?![${W}])\\s+as\\s+([A-Za-z][A-Za-z0-9_.]{2,31})(?<!\\.)(?![${W}])`,
  'giu',
)
// "tomasz-wojcik-pm", "hannah-k-runs", «aleksandr-morozov-devops»: a slug of three or more parts
const SLUG_RE =
  /(?<![\p{L}\p{N}_./@-])([a-z][a-z0-9]*(?:-[a-z0-9]+){2,5})(?![\p{L}\p{N}_@]|[-.][\p{L}\p{N}])/gu
// a platform, then its account after a verb or an intro, anywhere in the sentence: "my old youtube was X",
// "threads: … it's marcus.ohare.fit", "my snapchat's bellaxrose02", "i go by kels.bakes"
const INTRO_RE = new RegExp(
  `(?:(?<![${W}])(?:was|were|it['’]?s|i['’]?m|i\\s+am|mine\\s+is|go\\s+by|as)\\s+|(?<=\\p{L})['’]s\\s+)([A-Za-z][A-Za-z0-9_.]{3,31})(?<!\\.)(?![${W}@]|\\.[A-Za-z])`,
  'giu',
)
// "just search deadleafdrifter": a made-up word of 8+ letters searched for where a platform is named
const SEARCH_WORD_RE = new RegExp(`(?<![${W}])search(?:\\s+for)?\\s+([a-z]{8,24})(?![${W}])`, 'giu')
// "my teams name is j.okonkwo", "slack handle: m.ivanova": a work app's account
const WORK_APP_RE = new RegExp(
  `(?<![${W}])(?:teams|slack|zoom|webex)\\s+(?:name|handle|username|id)(?:\\s+is|\\s*[:=—–-])?\\s+@?([A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+)(?![${W}@]|\\.[A-Za-z])`,
  'giu',
)
const SHAPED_RE = /[0-9_]|[a-z]\.[a-z]|[a-z][A-Z].*[a-z][A-Z]/
// letters typed apart after a platform, with decorations or "me"/«ник» between: "snap me ✨ v e l v e t"
const SPACED_RE = new RegExp(
  `(?<![${W}])(?:${RU_PLATFORM}|${EN_PLATFORM})(?![${W}])(?:\\s+(?:me|ник|nick|is|это))?(?:[\\s:—–=\\-▶►➡→⭐*~•|\\uFE0F]|\\p{Extended_Pictographic})*` +
    '((?:[A-Za-z0-9_.]{1,2}\\s){4,}[A-Za-z0-9_.]{1,2})(?![\\p{L}\\p{N}])',
  'giu',
)
// «ник в кс2 — «ДедИнсайд»», «ник на пикабу — Хуторянка»: a nickname named after its place and a dash
const RU_NICK_RE = new RegExp(
  `(?<![${W}])(?:ник|никнейм|ник\\s+в\\s+игре)(?:\\s+(?:в|на)\\s+[\\p{L}\\p{N}]+)\\s*[—–:-]\\s*[«"“]?(\\p{Lu}[\\p{L}\\p{N}_]{2,30})[»"”]?(?![${W}])`,
  'gu',
)
// «под ником ТревожныйЁжик», «ник — ДедИнсайд»: two Cyrillic words joined in CamelCase after a nickname word
// (brands are written so too: «СберБанк», «ВкусВилл», «ТикТок»)
const RU_CAMEL_RE =
  /(?<![\p{L}])(?:[Нн]ик(?:а|у|ом|е|и|ов|и)?|[Нн]икнейм\p{L}{0,2}|под\s+ником)(?![\p{L}])[^.!?\n]{0,20}?(?<![\p{L}\p{N}_])(\p{Lu}[а-яё]+(?:\p{Lu}[а-яё]+)+\d*)(?![\p{L}\p{N}_])/gu
// «жми на dmitriy точка vol»: a handle dictated with «точка», not a domain
const DICTATED_DOT_RE =
  /(?<![\p{L}\p{N}_])[A-Za-z][A-Za-z0-9_]+(?:\s+(?:точка|dot)\s+[A-Za-z0-9_]{2,})+(?![\p{L}\p{N}_])/giu
const TLD_END_RE = /\s(?:com|ru|net|org|me|io|ua|by|kz|uk|co)$/iu

const ordinary = (w: string): boolean =>
  isFunctionWord(w) || isDescribingWord(w) || isKnownEnglishWord(w.toLowerCase())

function take(text: string, m: RegExpExecArray, value: string, out: PiiFinding[]): void {
  const start = m.index + m[0].lastIndexOf(value)
  if (!notPersonal(text, start, value)) push(out, 'username', start, start + value.length, text)
}

export function findShapedHandles(text: string, out: PiiFinding[]): void {
  if (text.includes('#') && RIOT_CUE_RE.test(text))
    for (const m of matchesOf(RIOT_ID_RE, text)) take(text, m, m[1] ?? '', out)
  if (/\d/.test(text)) for (const m of matchesOf(GAMERTAG_RE, text)) take(text, m, m[1] ?? '', out)
  if (/[А-ЯЁ]/u.test(text)) {
    for (const m of matchesOf(RU_NICK_RE, text)) take(text, m, m[1] ?? '', out)
  }
  if (!PLATFORM_RE.test(text)) return
  if (text.includes('['))
    for (const m of matchesOf(CLAN_RE, text))
      push(out, 'username', m.index + m[0].length - (m[1] ?? '').length, m.index + m[0].length, text)
  for (const m of matchesOf(PLAYS_AS_RE, text)) {
    const h = m[1] ?? ''
    if (SHAPED_RE.test(h) || /[a-z][A-Z]/.test(h) || !ordinary(h)) take(text, m, h, out)
  }
  const named = NAMED_RE.test(text)
  if (named && text.includes('-'))
    for (const m of matchesOf(SLUG_RE, text)) {
      const parts = (m[1] ?? '').split('-')
      // "state-of-the-art", "3-day-long": English words or numbers; a slug has a made-up part or an initial
      if (parts.some((p) => /^\d+$/.test(p))) continue
      if (!parts.some((p) => p.length === 1 || !isKnownEnglishWord(p))) continue
      take(text, m, m[1] ?? '', out)
    }
  for (const m of named ? matchesOf(INTRO_RE, text) : []) {
    const h = m[1] ?? ''
    const shaped = SHAPED_RE.test(h) || /^[A-Z][a-z]+(?:[A-Z][a-z]+){2,}$/.test(h)
    // a made-up lower-case word ending its clause: "… im sunflowerpunk", not "im exhausted"
    const after = text.slice(m.index + m[0].length)
    const madeUp =
      /^[a-z]{7,}$/.test(h) &&
      !/['’]s\s+$/.test(m[0].slice(0, m[0].length - h.length)) &&
      !/[^s]s$/.test(h) &&
      !ordinary(h) &&
      /^\s*(?:$|[,.!?;:)(—–-])/u.test(after)
    if (!shaped && !madeUp) continue
    if (/\.(?:com|ru|net|org|io|me|js|ts|py|txt|jpg|png|pdf|exe)$/i.test(h)) continue
    // within the sentence of a platform word (before it or right after it)
    const sentence = text.slice(Math.max(0, m.index - 80), m.index)
    if (!NAMED_RE.test(sentence)) continue
    take(text, m, h, out)
  }
  for (const m of named && /search/i.test(text) ? matchesOf(SEARCH_WORD_RE, text) : []) {
    const h = m[1] ?? ''
    if (!ordinary(h)) take(text, m, h, out)
  }
  for (const m of matchesOf(WORK_APP_RE, text)) take(text, m, m[1] ?? '', out)
  for (const m of matchesOf(SPACED_RE, text)) take(text, m, m[1] ?? '', out)
  for (const m of matchesOf(RU_CAMEL_RE, text)) take(text, m, m[1] ?? '', out)
  if (/точка|\sdot\s/iu.test(text))
    for (const m of matchesOf(DICTATED_DOT_RE, text))
      if (!TLD_END_RE.test(m[0])) push(out, 'username', m.index, m.index + m[0].length, text)
}
