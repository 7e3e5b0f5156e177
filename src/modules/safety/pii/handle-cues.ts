import { notPersonal } from './handle-accounts.js'
import { EN_PLATFORM, RU_PLATFORM } from './handle-platforms.js'
import { isDescribingWord, isFunctionWord, isKnownEnglishWord } from './names-en.js'
import { matchesOf, type PiiFinding, push, W } from './types.js'

/**
 * Handle forms `handles.ts` does not read (round 20), the first two only where a platform is named:
 *
 * - a search for the account: "Search 'sunflowerseedsss' on TikTok", "just search the name: GiuliaPlaysSad",
 *   "look up 'moth.wings'" — the token quoted, CamelCase, or with a digit, a dot or an underscore;
 * - a nickname with decorations after an account word and a colon: «Ник в стиме: ~[Rustam]~Yuldashev~»,
 *   "gamertag: xX_Sn1per_Xx", "nick: ☆moonchild☆";
 * - a handle dictated piece by piece after the word for "@" («собачка, потом lisa, потом точка, потом fox»),
 *   platform named or not;
 * - the answer to a platform asked about (round 25): "strava? mine is kate.climbs.hills", «вк? у меня
 *   dima.sokolov», "insta? i'm moonpie_22" — a handle-looking token, or a word no English list knows.
 */

const PLATFORM_RE = new RegExp(`(?<![${W}])(?:${RU_PLATFORM}|${EN_PLATFORM}|twitch\\.tv)(?![${W}])`, 'iu')

const SEARCH_RE = new RegExp(
  `(?<![${W}])(?:search|look\\s+up|look\\s+for|type\\s+in)(?:\\s+(?:for|up))?(?:\\s+(?:the|my)\\s+(?:name|channel|account|username|handle|page))?\\s*[:—–-]?\\s*(['"‘“]?)([A-Za-z][A-Za-z0-9_.]{2,31})(?<!\\.)(['"’”]?)(?![${W}])`,
  'giu',
)
const SEARCH_CHEAP_RE = /search|look\s+(?:up|for)|type\s+in/iu

// an account word, then a colon, then one token with decoration characters around or inside letters
const DECORATED_RE = new RegExp(
  `(?<![${W}])(?:ник\\p{L}{0,4}|никнейм\\p{L}{0,2}|nick(?:name)?|user\\s?name|gamertag|tag|логин\\p{L}{0,2})(?![${W}])[^:\\n.!?]{0,20}:\\s*((?=[^\\s]*[~\\[\\]{}|<>^*=★☆✧♡♥•°·])(?=(?:[^\\s]*\\p{L}){3})[^\\s,;]{4,40}?)(?=[\\s,;]|$)`,
  'giu',
)

// a handle dictated piece by piece after the word for "@": «собачка, потом lisa, потом точка, потом fox»
const DICTATED_RE = new RegExp(
  `(?<![${W}])(?:собачк\\p{L}*|собак\\p{L}?|at\\s+sign|the\\s+at)(?:[\\s,]+(?:потом|дальше|затем|then))?[\\s,]+([A-Za-z0-9_]{2,}(?:[\\s,]+(?:потом|дальше|затем|then)[\\s,]+(?:точка|dot|нижнее\\s+подч[её]ркивание|подч[её]ркивание|underscore|[A-Za-z0-9_]+))+)(?![${W}])`,
  'giu',
)

// a platform asked about, then the writer's own account: "strava? mine is …", «вк? у меня …»
const ASKED_RE = new RegExp(
  `(?<![${W}])(?:${RU_PLATFORM}|${EN_PLATFORM})\\s*\\?+[\\s)]*(?:(?:oh\\s+|yeah,?\\s+|ну\\s+|да,?\\s+)?(?:mine(?:['’]s|\\s+is)?|my\\s+(?:handle|name|username|account)\\s+is|i['’]?m|i\\s+am|it['’]?s|me|у\\s+меня|мой|я\\s+там|я)\\s*[:—–-]?\\s*)@?([A-Za-z][A-Za-z0-9_.]{2,31})(?<!\\.)(?![${W}@])`,
  'giu',
)

const ordinary = (w: string): boolean => isFunctionWord(w) || isDescribingWord(w)

export function findCuedHandles(text: string, out: PiiFinding[]): void {
  if (/соба[кч]|at\s+sign|the\s+at/iu.test(text))
    for (const m of matchesOf(DICTATED_RE, text)) {
      const pieces = m[1] ?? ''
      const start = m.index + m[0].length - pieces.length
      push(out, 'username', start, start + pieces.length, text)
    }
  if (text.includes('?'))
    for (const m of matchesOf(ASKED_RE, text)) {
      const handle = m[1] ?? ''
      const shaped = /[0-9_.]/.test(handle) || /[a-z][A-Z]/.test(handle)
      if (!shaped && (ordinary(handle) || isKnownEnglishWord(handle))) continue
      const start = m.index + m[0].length - handle.length
      if (notPersonal(text, start, handle)) continue
      push(out, 'username', start, start + handle.length, text)
    }
  const search = SEARCH_CHEAP_RE.test(text)
  const decorated = text.includes(':')
  if (!(search || decorated) || !PLATFORM_RE.test(text)) return
  if (search)
    for (const m of matchesOf(SEARCH_RE, text)) {
      const handle = m[2] ?? ''
      const quoted = (m[1] ?? '') !== '' && (m[3] ?? '') !== ''
      const shaped = /[0-9_.]/.test(handle) || /[a-z][A-Z]/.test(handle)
      if (!quoted && !shaped) continue
      // a quoted word is a handle when it is made up: lower case, 6+ letters, no English word ('Hamlet',
      // 'lofi' are searched for as titles)
      if (!shaped && (!/^[a-z]{6,}$/.test(handle) || ordinary(handle) || isKnownEnglishWord(handle))) continue
      const start = m.index + m[0].length - (m[3] ?? '').length - handle.length
      if (notPersonal(text, start, handle)) continue
      push(out, 'username', start, start + handle.length, text)
    }
  if (decorated)
    for (const m of matchesOf(DECORATED_RE, text)) {
      const nick = m[1] ?? ''
      const start = m.index + m[0].length - nick.length
      push(out, 'username', start, start + nick.length, text)
    }
}
