import { isServiceAccount, notPersonal, ownAccountBefore } from './handle-accounts.js'
import { findCuedHandles } from './handle-cues.js'
import { EN_PLATFORM, RU_GAME, RU_PLATFORM } from './handle-platforms.js'
import { isDescribingWord, isFunctionWord } from './names-en.js'
import { matchesOf, type PiiFinding, push, W } from './types.js'
import { wordsAt } from './word-at.js'

// A Latin handle, 3–32 characters, optionally with a discord tag.
// (Tumblr and Venmo names may hold hyphens: "moth-wings", "@Jake-Miller-12")
const HANDLE = '@?\\s{0,2}([A-Za-z_][A-Za-z0-9_.]{2,31}(?:-[A-Za-z0-9_]+)*(?:#\\d{4})?)'
// a Cash App "$cashtag" where the app is named: "cashapp $lilbean22"
const CASHTAG_RE =
  /(?<![\p{L}\p{N}_$])\$(?=[A-Za-z0-9_-]*[a-z])[A-Za-z][A-Za-z0-9_-]{2,19}(?![\p{L}\p{N}_])/gu

const RU_HANDLE_RE = new RegExp(
  `(?<![${W}])(?:${RU_PLATFORM}|${RU_GAME})(?![${W}])[\\s,:\\-—–=«"“(\\[]*` +
    `(?:(?:там|это|мой|моя|мои|меня|у меня|я|просто|тупо|теперь|сейчас|ищи|найди|можно найти|под ником|по нику|ник|как|зовут|пиши|добавляйся|подписывайся|называется|канал\\p{L}{0,2}|страничк\\p{L}{0,2}|страниц\\p{L}{0,2}|профил\\p{L}{0,2}|аккаунт\\p{L}{0,2}|акк)[\\s,:\\-—–=]+){0,3}${HANDLE}(?![${W}])`,
  'giu',
)
const EN_HANDLE_RE = new RegExp(
  `(?<![${W}])(?:${EN_PLATFORM})(?![${W}])(['’]s(?=\\s+just\\s)|\\s*(?::|-|=|—)|\\s+(?:is|it's|its|i'm|im|name is|handle is|as|@))?[\\s,]*` +
    `(?:(?:it's|its|is|i'm|im|me|at)\\s*:?\\s+)?(just\\s+)?(?!\\s*(?:${EN_PLATFORM})(?![${W}]))${HANDLE}(?![${W}])`,
  'giu',
)
// "add me on steam, username pinecrest", "my discord, name is tallgrass": a platform, then a name word
const EN_NAMED_HANDLE_RE = new RegExp(
  `(?<![${W}])(?:${EN_PLATFORM})(?![${W}])[^.!?\\n]{0,12}?(?<![${W}])(?:user\\s?name|nick(?:name)?|name|handle|tag|id|channel|page|profile|account)(?:['’]s|\\s+is|\\s*[:=—–-])?(?:\\s+(?:called|named))?\\s+@?\\s?([A-Za-z][A-Za-z0-9_.]{2,31}(?:#\\d{4})?)(?![${W}])`,
  'giu',
)

// "discord is just 'azamat.dev' now": a platform and, a few words on, a handle-looking token in quotes
const EN_QUOTED_HANDLE_RE = new RegExp(
  `(?<![${W}])(?:${EN_PLATFORM})(?![${W}])[^.!?\\n'"‘’“”]{0,20}?['"‘“]([A-Za-z_][A-Za-z0-9_]*[._][A-Za-z0-9_.]*[A-Za-z0-9_]|[A-Za-z_]+\\d[A-Za-z0-9_]*)['"’”]`,
  'giu',
)

// "add me on discord sunnyvibes", "hmu on snap …": an invitation, a platform, then any word that is not an
// ordinary English one
const EN_INVITE_PLATFORM_RE = new RegExp(
  `(?<![${W}])(?:add|follow|find|dm|message|msg|text|hmu|hit\\s+me\\s+up|reach|catch)(?:\\s+(?:me|us))?\\s+(?:on|at|in|via|over)\\s+(?:${EN_PLATFORM})(?![${W}])[\\s,:—–-]*@?([A-Za-z_][A-Za-z0-9_.]{2,31})(?<!\\.)(?![${W}])`,
  'giu',
)
const INVITE_ON_RE =
  /(?:add|follow|find|dm|message|msg|text|hmu|up|reach|catch|me|us)\s+(?:on|at|in|via|over)\s/i
const INVITE_WORD_RE = /(?<![\p{L}])(?:follow|add|dm|hmu|find)\s+(?:me|us)(?![\p{L}])/iu
// a Cyrillic "@handle" right after a platform word: «мой тг @санни»
const PLATFORM_BEFORE_RE = new RegExp(
  `(?<![${W}])(?:${RU_PLATFORM}|${EN_PLATFORM})(?![${W}])[^.!?\\n@]{0,20}$`,
  'iu',
)
const CYRILLIC_AT_PLAIN_RE = new RegExp(
  `(?<![${W}.])@(?=\\p{L}*[а-яё])[\\p{L}_][\\p{L}\\p{N}_.]{2,31}(?<!\\.)(?![${W}])`,
  'giu',
)
/** An ordinary English word, not a made-up name ("later", "tonight", "whenever"). */
const isOrdinaryWord = (w: string): boolean =>
  EN_STOP.has(w.toLowerCase()) || isFunctionWord(w) || isDescribingWord(w)

// "I'm blueberrymuffin on reddit", "annak99 on insta"
const EN_HANDLE_BEFORE_RE = new RegExp(
  `(?<![${W}@])([A-Za-z][A-Za-z0-9_.]{2,31}(?:#\\d{4})?)\\s+(?:on|in|at)\\s+(?:${EN_PLATFORM})(?![${W}])`,
  'giu',
)
const AT_USERNAME_RE = new RegExp(
  `(?<![${W}.])@\\s{0,2}([A-Za-z_][A-Za-z0-9_.]{2,31}(?:-[A-Za-z0-9_]+)*)(?<!\\.)(?![${W}])`,
  'gu',
)
// "add me, ivan_petrov", «ищи меня как olya_kot»: an invitation to get in touch, then a handle-looking token
// (an underscore, a dot or digits inside Latin letters) within a few words, no platform named
const INVITE_RE = new RegExp(
  `(?<![${W}])(?:add\\s+me|dm\\s+me|text\\s+me|find\\s+me|hmu|hit\\s+me\\s+up|message\\s+me|добавь(?:те)?\\s+меня|добавляйся|пиши(?:те)?(?:\\s+мне)?|напиши(?:те)?(?:\\s+мне)?|ищи(?:те)?\\s+меня|найди(?:те)?\\s+меня|стучи(?:сь)?)` +
    `(?:[\\s,:—–-]+(?:at|on|as|как|по\\s+нику|ник|в\\s+личку|в\\s+друзья|в\\s+друзьях|сюда|тут|там|here|there)){0,2}[\\s,:—–-]+@?([A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]{2,}\\d{2,}[A-Za-z0-9]*)(?![${W}@.])`,
  'giu',
)
// "my username there is nightshade_77", "roblox user: pixelpenguin2010", «логин у меня kot_1999»: a word
// naming an account, then within a few words a handle-looking token (an underscore, a dot or digits inside
// Latin letters), so "my username is taken" stays
const ACCOUNT_WORD_RE = new RegExp(
  `(?<![${W}])(?:user\\s?name|user|nick(?:name)?|gamertag|handle|login|account|acc|id|ник\\p{L}{0,4}|никнейм\\p{L}{0,2}|логин\\p{L}{0,2}|юзер\\p{L}{0,5}|юз[уае]?|аккаунт\\p{L}{0,2}|акк)(?![${W}])` +
    `[^.!?\\n@]{0,20}?(?<![${W}.])([A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+_?|[A-Za-z]{2,}\\d{2,}[A-Za-z0-9]*)(?![${W}@.])`,
  'giu',
)
// a domain or a file/library name, not an account ("node.js", "notes.txt")
const NOT_HANDLE_SUFFIX_RE =
  /\.(?:com|ru|net|org|io|me|ua|by|kz|js|ts|py|exe|txt|jpg|jpeg|png|gif|mp3|mp4|pdf|docx?|zip|apk|html?)$/i
// a version, not an account ("v2.1", "ios17.4")
const VERSION_RE = /^[A-Za-z]{1,3}\d+(?:\.\d+)+$/
// «@ваня_петров», «@котик2008»: a Cyrillic handle after "@" (other platforms and nicknames allow it) with an
// underscore, a dot or a digit inside, so «@ дома» or a lone «@Маша» are not taken
const CYRILLIC_AT_RE = new RegExp(
  `(?<![${W}.])@\\s{0,2}(?=[\\p{L}\\p{N}_.]*[а-яё])(?=[\\p{L}\\p{N}_.]*[_.\\d][\\p{L}\\p{N}])[\\p{L}_][\\p{L}\\p{N}_.]{2,31}(?<!\\.)(?![${W}])`,
  'giu',
)
// a Bluesky handle ("name.bsky.social") and a Skype live id («live:.cid.7a3f19c2e8b4»)
const SERVICE_ID_RE =
  /(?<![\p{L}\p{N}_.])(?:[A-Za-z0-9][A-Za-z0-9\-.]*\.bsky\.social|live:\.?[A-Za-z0-9_.-]{4,40}[A-Za-z0-9])(?![\p{L}\p{N}_])/giu
// letters typed apart after a platform word: «тгшка: k a t y a _ s n o w»
const SPACED_AFTER_PLATFORM_RE = new RegExp(
  `(?<![${W}])(?:${RU_PLATFORM}|${EN_PLATFORM})(?![${W}])[\\s:—–=-]+(?:(?:is|it's|its|это)[\\s:—–=-]+)?((?:[A-Za-z0-9_.]\\s){3,}[A-Za-z0-9_.])(?![\\p{L}\\p{N}])`,
  'giu',
)
// A game account's number named by its word: «код друга 384 552 901», "friend code SW-1234-5678-9012",
// "steam id 76561198…", "uid 812345678" — an account like a handle, however it is grouped
const GAME_ID_RE = new RegExp(
  `(?<![${W}])(?:friend\\s+code|friend\\s+id|player\\s+id|account\\s+id|steam\\s?id|uid|код\\s+(?:друга|дружбы)|стим\\s?айди|айди\\s+(?:в\\s+)?(?:игре|стиме|геншине|стим\\p{L}*))(?:\\s+(?:is|это|у\\s+меня))?\\s*[:#№—–=-]?\\s*((?:SW[\\s-]?)?\\d(?:[\\d\\s-]{4,22})\\d)(?!\\d)`,
  'giu',
)
// The name an account shows, with a platform named in the text: "name shows up as Wobbleguts", "on discord I
// go by Kestrel", «в стиме отображаюсь как Borscht»
const SHOWN_AS_RE = new RegExp(
  `(?<![${W}])(?:shows?\\s+up\\s+as|displays?\\s+as|goes\\s+by|go\\s+by|known\\s+as|отображаюсь\\s+как|отображается\\s+как|подписан\\p{L}?\\s+как|под\\s+именем)\\s+@?([A-Za-z][A-Za-z0-9_.]{2,31})(?<!\\.)(?![${W}])`,
  'giu',
)
const PLATFORM_RE = new RegExp(`(?<![${W}])(?:${RU_PLATFORM}|${EN_PLATFORM})(?![${W}])`, 'iu')
// reddit's "u/name"
const REDDIT_RE = new RegExp(`(?<![${W}/])u/([A-Za-z0-9_\\-]{3,32})(?![${W}])`, 'gu')
const TAG_RE = new RegExp(`(?<![${W}.])(\\p{L}[\\p{L}\\p{N}_.]{1,31}#\\d{4,5})(?![${W}])`, 'gu')
// a discriminator given apart after its word: «тег #0909», "tag: #4471"
const TAG_WORD_RE = new RegExp(
  `(?<![${W}])(?:тег\\p{L}{0,2}|tag|discriminator|дискриминатор\\p{L}{0,2})\\s*[:\\-—–]?\\s*(#(?!(?:19|20)\\d\\d(?!\\d))\\d{4,5})(?![${W}])`,
  'giu',
)

// A handle-looking Latin token: an underscore or a dot between letters, or letters then digits.
const HANDLE_TOKEN = '[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+_?|[A-Za-z]{2,}\\d{2,}[A-Za-z0-9]*'
// a platform word, then within four words a handle-looking token: «в инсте у меня nastroenie_nol», «в
// стиме у меня nik crazy_pelmen», "on discord I go by kiwi.bird"
const PLATFORM_NEAR_RE = new RegExp(
  `(?<![${W}])(?:${RU_PLATFORM}|${EN_PLATFORM})(?![${W}])(?:[\\s,:\\-—–=«"“(\\[]+[^\\s.!?\\n@]+){0,4}?[\\s,:\\-—–=«"“(\\[]+@?(${HANDLE_TOKEN})(?![${W}@]|\\.[A-Za-z])`,
  'giu',
)
// A word with an underscore inside, any script («морозная_ночь_», «Лидия_Кот_58», "kz_girl_2008"): nobody
// writes one outside a handle, except technical names ("node_modules"), so a Latin one needs a digit or a
// platform, account or invitation word in the text
// («hannah_b.nyc», «morskaya.vedma_» too: dots before or after the underscore)
const UNDERSCORE_RE =
  /(?<![\p{L}\p{N}_@./])\p{L}[\p{L}\p{N}]*(?:\.[\p{L}\p{N}]+)*(?:_+[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)+_?(?![\p{L}\p{N}_@]|\.\p{L})|(?<![\p{L}\p{N}_@./])(?:\p{L}[\p{L}\p{N}]*\.)*\p{L}{3,}_(?![\p{L}\p{N}_@])/gu
const ACCOUNT_CONTEXT_RE = new RegExp(
  `(?<![${W}])(?:${RU_PLATFORM}|${EN_PLATFORM}|пиши\\p{L}*|напиши\\p{L}*|ищи|найди|добав\\p{L}*|подпис\\p{L}*|add|dm|follow|find|at\\s+sign)(?![${W}])`,
  'iu',
)
// a handle spelled out: "lena underscore kyiv", «lena нижнее подчеркивание kyiv»
const SPELLED_UNDERSCORE_RE =
  /(?<![\p{L}\p{N}_])[A-Za-z0-9_]+(?:\s+(?:underscore|нижнее\s+подч[её]ркивание|подч[её]ркивание|dot|точка|тире|дефис|dash|hyphen)\s+[A-Za-z0-9_]+)+(?![\p{L}\p{N}_])/giu
// letters spaced out after "@": "@ m a y a . l e e"
const SPACED_AT_RE = /@\s{0,2}((?:[A-Za-z0-9_.]\s){2,}[A-Za-z0-9_.])(?![\p{L}\p{N}])/gu
// «собачка»/«собака» for "@" before a handle: «пиши в телегу собачка d_i_m_a_2005»
const WORD_AT_RE = new RegExp(
  `(?<![${W}])(?:собачк\\p{L}*|собак\\p{L}?)\\s+@?(${HANDLE_TOKEN})(?![${W}@])`,
  'giu',
)

// Ordinary English words that follow platform words ("on telegram later", "my snap is broken").
const EN_STOP = new Set(
  (
    'is the a an not too also here there and but or you your me my now later today tonight tomorrow ' +
    "all day night lol so much more less again though it its it’s it's that this then when if what why " +
    'how who with for from about just only really very still yet ever never always sometimes broken down ' +
    'dead gone private public account acc story stories post posts page dm dms messages chat group call ' +
    'calls video voice app please pls plz too much anymore stuff was were be been being have has had do ' +
    'does did can could will would should shall may might must am are on off in out at to of by as up ' +
    'yeah yes no nope ok okay thanks thank sorry hi hey hello bye something nothing dumb stupid weird cringe ' +
    'secret embarrassing funny silly long short new old same different changed gone deleted banned hacked ' +
    'muted offline online off closed full empty disabled blocked open'
  ).split(' '),
)

// Words that follow a spaced "@" in English chat without being a handle.
const AT_WORDS = new Set(
  'everyone everybody anyone anybody someone somebody everything anything nothing something all here home sign symbol key button mention mentions'.split(
    ' ',
  ),
)

// the rest of a handle spelled after it: "at olivia dot hughes x", «kot точка lisa нижнее подчеркивание 22»
const SPELLED_JOIN_AFTER_RE =
  /^(?:\s+(?:dot|underscore|точка|тчк|нижнее\s+подч[её]ркивание|подч[её]ркивание|\.)\s+[a-z0-9_]+)+(?:\s[A-Za-z0-9](?![\p{L}\p{N}]))?/u

// what may follow a handle named after "just" or "'s": the clause ends, or a word of chat ("… now", "… add me")
const AFTER_WEAK_INTRO_RE =
  /^\s*(?:$|[,.!?;:)(—–-]|(?:now|lol|btw|if|on|there|add|dm|hmu|since|these|nowadays)(?![\p{L}]))/iu

/**
 * After a weak introduction ("just", "'s") a handle-looking token, a CamelCase one ("QuietHeron") or a word
 * of 6+ letters that is no plural and no English word the lexicon knows, with the clause ending after it.
 */
function weakIntroHandle(handle: string, after: string): boolean {
  if (/[0-9_.#]/.test(handle) || /[a-z][A-Z]/.test(handle)) return true
  return (
    handle.length >= 6 && !/s$/i.test(handle) && !isOrdinaryWord(handle) && AFTER_WEAK_INTRO_RE.test(after)
  )
}

function handleStart(match: RegExpMatchArray, handle: string): number {
  return (match.index ?? 0) + match[0].length - handle.length
}

/**
 * Handles: `@name`, `@ name`, `name#1234`, a Latin handle next to any form of a platform word, a word with
 * an underscore. A handle ending in a digit takes the digits typed apart after it («d_i_m_a_2 0 0 5»).
 */
export function findHandles(text: string, out: PiiFinding[]): void {
  const found: PiiFinding[] = []
  collectHandles(text, found)
  for (const f of found) {
    const joined = text.slice(f.end).match(SPELLED_JOIN_AFTER_RE)
    if (joined) f.end += joined[0].length
    const more = /\d$/.test(text.slice(f.start, f.end))
      ? text.slice(f.end).match(/^(?:\s\d)+(?![\p{L}\p{N}])/u)
      : null
    push(out, 'username', f.start, f.end + (more?.[0].length ?? 0), text)
  }
  for (const f of found) repeatHandle(text, f, out)
}

// the boundaries and dotted parts of a repeated handle (as the `giu` pattern `(?<![W@])token(?:[._]…)*(?![W])`)
const HANDLE_REPEAT = {
  ignoreCase: true,
  before: new RegExp(`[${W}@]`, 'iu'),
  after: null,
  tail: new RegExp(`(?:[._][A-Za-z0-9]+)*(?![${W}])`, 'iuy'),
} as const

/**
 * The same handle written again elsewhere in the text, in another form: «snapchat → lil_bean dot exe (it's
 * lil_bean.exe …)». Only a made-up token (an underscore or a digit inside, or no English word), 4+ characters.
 */
function repeatHandle(text: string, f: PiiFinding, out: PiiFinding[]): void {
  const token = f.value.match(/[A-Za-z][A-Za-z0-9_]{3,}/)?.[0]
  if (!token || (!/[_\d]/.test(token) && (token.length < 5 || isOrdinaryWord(token)))) return
  for (const m of wordsAt(text, token, HANDLE_REPEAT))
    if (m.index < f.start || m.index >= f.end) push(out, 'username', m.index, m.end, text)
}

function collectHandles(text: string, out: PiiFinding[]): void {
  if (text.includes('@')) {
    for (const m of matchesOf(CYRILLIC_AT_RE, text))
      push(out, 'username', m.index, m.index + m[0].length, text)
  }
  if (text.includes('@')) {
    for (const m of matchesOf(CYRILLIC_AT_PLAIN_RE, text)) {
      if (PLATFORM_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index)))
        push(out, 'username', m.index, m.index + m[0].length, text)
    }
  }
  if (text.includes('#')) {
    for (const m of matchesOf(TAG_RE, text)) push(out, 'username', m.index, m.index + m[0].length, text)
    for (const m of matchesOf(TAG_WORD_RE, text)) {
      const tag = m[1] ?? ''
      const start = handleStart(m, tag)
      push(out, 'username', start, start + tag.length, text)
    }
  }
  if (text.includes('_')) {
    const context = ACCOUNT_CONTEXT_RE.test(text)
    for (const m of matchesOf(UNDERSCORE_RE, text)) {
      if (!context && !/[\d]|[а-яё]/iu.test(m[0])) continue
      if (m[0].includes('.') && NOT_HANDLE_SUFFIX_RE.test(m[0])) continue
      push(out, 'username', m.index, m.index + m[0].length, text)
    }
  }
  if (!/[A-Za-z]/.test(text)) return
  for (const m of matchesOf(PLATFORM_NEAR_RE, text)) {
    const handle = m[1] ?? ''
    if (
      notPersonal(text, handleStart(m, handle), handle) ||
      NOT_HANDLE_SUFFIX_RE.test(handle) ||
      VERSION_RE.test(handle)
    )
      continue
    const start = handleStart(m, handle)
    push(out, 'username', start, start + handle.length, text)
  }
  for (const m of matchesOf(WORD_AT_RE, text)) {
    const handle = m[1] ?? ''
    const start = handleStart(m, handle)
    push(out, 'username', start, start + handle.length, text)
  }
  if (text.includes('@')) {
    for (const m of matchesOf(SPACED_AT_RE, text)) push(out, 'username', m.index, m.index + m[0].length, text)
  }
  for (const m of matchesOf(SPELLED_UNDERSCORE_RE, text)) {
    // "lena underscore kyiv", «kristina тире lviv»; "lil_bean dot exe" when a part is already handle-like;
    // "a dash of salt" is no handle: "dash"/"hyphen" only where an account is talked about
    if (
      /underscore|подч/iu.test(m[0]) ||
      (/тире|дефис/iu.test(m[0]) && /[A-Za-z]{2}/.test(m[0])) ||
      (/_/.test(m[0]) && /\sdot\s/iu.test(m[0])) ||
      (/\s(?:dash|hyphen)\s/iu.test(m[0]) && ACCOUNT_CONTEXT_RE.test(text))
    )
      push(out, 'username', m.index, m.index + m[0].length, text)
  }
  for (const m of matchesOf(AT_USERNAME_RE, text)) {
    if (isServiceAccount(m[1] ?? '') && !ownAccountBefore(text, m.index, m[1] ?? '')) continue
    // "@ everyone", "@ home, crying", "the @ sign": a spaced "@" before an ordinary word is not a handle
    if (
      /^@\s/.test(m[0]) &&
      (EN_STOP.has((m[1] ?? '').toLowerCase()) || AT_WORDS.has((m[1] ?? '').toLowerCase()))
    )
      continue
    push(out, 'username', m.index, m.index + m[0].length, text)
  }
  for (const m of matchesOf(INVITE_RE, text)) {
    const handle = m[1] ?? ''
    if (
      notPersonal(text, handleStart(m, handle), handle) ||
      /\.(?:com|ru|net|org|io|me|ua|by|kz)$/i.test(handle)
    )
      continue
    const start = handleStart(m, handle)
    push(out, 'username', start, start + handle.length, text)
  }
  for (const m of matchesOf(ACCOUNT_WORD_RE, text)) {
    const handle = m[1] ?? ''
    if (
      notPersonal(text, handleStart(m, handle), handle) ||
      NOT_HANDLE_SUFFIX_RE.test(handle) ||
      VERSION_RE.test(handle)
    )
      continue
    const start = handleStart(m, handle)
    push(out, 'username', start, start + handle.length, text)
  }
  for (const m of matchesOf(REDDIT_RE, text)) push(out, 'username', m.index, m.index + m[0].length, text)
  if (text.includes('$') && /cash\s?app|venmo|cashtag|кэшапп/iu.test(text))
    for (const m of matchesOf(CASHTAG_RE, text)) push(out, 'username', m.index, m.index + m[0].length, text)
  for (const m of matchesOf(GAME_ID_RE, text)) {
    const id = m[1] ?? ''
    if (id.replace(/\D/g, '').length < 6) continue
    const start = handleStart(m, id)
    push(out, 'username', start, start + id.length, text)
  }
  if (/\s(?:as|by|как|именем)\s/iu.test(text) && PLATFORM_RE.test(text)) {
    for (const m of matchesOf(SHOWN_AS_RE, text)) {
      const handle = m[1] ?? ''
      if (isOrdinaryWord(handle) || notPersonal(text, handleStart(m, handle), handle)) continue
      const start = handleStart(m, handle)
      push(out, 'username', start, start + handle.length, text)
    }
  }
  for (const m of matchesOf(SERVICE_ID_RE, text)) push(out, 'username', m.index, m.index + m[0].length, text)
  for (const m of matchesOf(SPACED_AFTER_PLATFORM_RE, text)) {
    const spaced = m[1] ?? ''
    const start = handleStart(m, spaced)
    push(out, 'username', start, start + spaced.length, text)
  }
  for (const m of matchesOf(RU_HANDLE_RE, text)) {
    const handle = m[1] ?? ''
    if (notPersonal(text, handleStart(m, handle), handle)) continue
    const start = handleStart(m, handle)
    push(out, 'username', start, start + handle.length, text)
  }
  for (const m of matchesOf(EN_HANDLE_RE, text)) {
    const sep = m[1]
    // a full stop after a word ends the sentence ("on LinkedIn applying.")
    const handle = (m[3] ?? '').replace(/\.+$/, '')
    const dropped = (m[3] ?? '').length - handle.length
    const lower = handle.toLowerCase()
    if (EN_STOP.has(lower) || notPersonal(text, handleStart(m, handle) - dropped, handle)) continue
    // "my discord's just mossyrock", "gamertag is just QuietHeron" — but "my insta is just photos of my cat"
    if ((m[2] || /^['’]/.test(sep ?? '')) && !weakIntroHandle(handle, text.slice(m.index + m[0].length)))
      continue
    // "nurse twitter is furious", "my snap is down": a word that describes, not a name
    if (!/[0-9_.#]/.test(handle) && !/[:=—–-]/.test(sep ?? '') && isDescribingWord(handle)) continue
    // English words follow "telegram" all the time: demand a handle-looking token or an explicit
    // introduction (":", "is", "it's")
    const looksLikeHandle = /[0-9_.#]/.test(handle) || (sep !== undefined && sep.trim() !== '')
    if (
      !looksLikeHandle &&
      !/\b(?:it's|its|i'm|im)\s+$/i.test(m[0].slice(0, m[0].length - handle.length - dropped))
    )
      continue
    const start = handleStart(m, handle) - dropped
    push(out, 'username', start, start + handle.length, text)
  }
  for (const m of matchesOf(EN_QUOTED_HANDLE_RE, text)) {
    const handle = m[1] ?? ''
    if (isServiceAccount(handle)) continue
    const start = m.index + m[0].length - 1 - handle.length
    push(out, 'username', start, start + handle.length, text)
  }
  for (const m of matchesOf(EN_NAMED_HANDLE_RE, text)) {
    const handle = m[1] ?? ''
    if (EN_STOP.has(handle.toLowerCase()) || notPersonal(text, handleStart(m, handle), handle)) continue
    // "my channel is called …": a word that describes or acts is no name
    if (!/[0-9_.#]/.test(handle) && isDescribingWord(handle)) continue
    const start = handleStart(m, handle)
    push(out, 'username', start, start + handle.length, text)
  }
  for (const m of INVITE_ON_RE.test(text) ? matchesOf(EN_INVITE_PLATFORM_RE, text) : []) {
    const handle = m[1] ?? ''
    if (isOrdinaryWord(handle) || notPersonal(text, handleStart(m, handle), handle)) continue
    const start = handleStart(m, handle)
    push(out, 'username', start, start + handle.length, text)
  }
  let invited: boolean | undefined
  for (const m of matchesOf(EN_HANDLE_BEFORE_RE, text)) {
    const handle = m[1] ?? ''
    if (EN_STOP.has(handle.toLowerCase())) continue
    const before = text.slice(Math.max(0, m.index - 16), m.index)
    // "I'm blueberrymuffin on reddit" / "annak99 on insta": an intro or a handle-looking token; "sunnyvibes
    // on insta, follow me": a word no lexicon knows when the text invites
    // "search for Lonelyfern on steam", "look up velvetfox on discord": a search names the account too
    if (
      !/[0-9_.#]/.test(handle) &&
      !/(?:i'm|im|i am|as|search(?:\s+for)?|look\s+(?:me\s+)?up|look\s+for)\s+$/i.test(before)
    ) {
      invited ??= INVITE_WORD_RE.test(text)
      if (!invited || !/^[a-z]/.test(handle) || isOrdinaryWord(handle)) continue
    }
    push(out, 'username', m.index, m.index + handle.length, text)
  }
  findCuedHandles(text, out)
}
