import { LinkifyIt } from 'linkify-it'
import { isKnownEnglishWord } from './names-en.js'
import { matchesOf, type PiiFinding, push, W } from './types.js'
import { wordsAt } from './word-at.js'

// Curated TLDs for links written without a scheme and without a path: wide enough for real contacts,
// without English words that appear after a missing space ("tired.is", "go.to", "do.it").
// Any TLD is accepted when a path follows (`wa.me/…`, `bit.ly/…`).
const TLDS = new Set(
  (
    'com ru рф su org net info biz io ai app dev xyz site online store shop club pro top live link space ' +
    'website tech fun ua by kz uz kg am ge az md de uk co us eu fr es pl cz lt lv ee fi se nl ch il tr jp cn ' +
    'tv cc ly gg fm me im ws blog page art'
  ).split(' '),
)

let linkify: LinkifyIt | undefined

/** linkify-it instance, built on first use (no work at import time). */
function linkifier(): LinkifyIt {
  if (!linkify) {
    linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false })
  }
  return linkify
}

const TRAILING_PUNCT_RE = /[.,!?;:)\]}»"'…]+$/u

/** A bare domain found without a scheme: keep it only when it reads as a contact, not a typo. */
function plausibleBareDomain(raw: string): boolean {
  const m = raw.match(/^([^/?#]+?)(?::\d+)?([/?#].*)?$/u)
  const host = m?.[1] ?? raw
  const hasPath = (m?.[2]?.length ?? 0) > 1
  const labels = host.split('.')
  const tld = labels[labels.length - 1] ?? ''
  const lower = tld.toLowerCase()
  // "Tired.Is it" — a Capitalised TLD right after a dot is a sentence start, not a domain
  if (tld !== lower && tld !== tld.toUpperCase()) return false
  if (!labels.slice(0, -1).some((l) => /\p{L}/u.test(l))) return false
  // "youtube.com", "wikipedia.org": a big public site named with no path identifies nobody
  if (!hasPath && PUBLIC_SITES.has(host.toLowerCase().replace(/^www\./u, ''))) return false
  // "www." says it is a link whatever the TLD ("www.priyankamenon.in")
  if (/^www\./iu.test(host) && /^[a-z]{2,6}$/.test(lower)) return true
  return TLDS.has(lower) || (hasPath && /^[a-z]{2,6}$/.test(lower))
}

// Sites everybody knows, named without a path: where one found a video or an article, not a contact.
const PUBLIC_SITES = new Set(
  (
    'youtube.com google.com google.ru yandex.ru ya.ru wikipedia.org reddit.com instagram.com tiktok.com ' +
    'facebook.com twitter.com x.com vk.com ok.ru amazon.com netflix.com spotify.com twitch.tv pinterest.com ' +
    'linkedin.com github.com quora.com medium.com imdb.com ozon.ru wildberries.ru avito.ru gosuslugi.ru ' +
    'headspace.com calm.com bbc.co.uk nhs.uk mind.org.uk samaritans.org'
  ).split(' '),
)

// Mail providers: named after a plain word («например gmail.com», "i use outlook.com") they are an example of
// the part after "@", nobody's mailbox; after an "@" spelled another way («{at} {ukr.net}», «🐶 mail.ru») they
// end one, and stay a finding the e-mail detectors join to it.
const MAIL_DOMAINS = new Set(
  (
    'gmail.com mail.ru yandex.ru yandex.com outlook.com hotmail.com yahoo.com icloud.com proton.me ' +
    'protonmail.com rambler.ru bk.ru list.ru inbox.ru ukr.net'
  ).split(' '),
)
const AFTER_WORD_RE = /(?<![\p{L}])(?!(?:at|ат|эт|собака|собачка|sobaka|sobachka)\s*$)\p{L}{2,}[,:]?\s+$/iu

// "gmail dot com", "vk точка ru", "mail (dot) ru": a domain spelled out without an email local part
const DOTTED_RE = new RegExp(
  `(?<![${W}])(?:[\\p{L}\\p{N}._\\-]{2,}|t)\\s*[([{]?\\s*(?:dot|точка|тчк)\\s*[)\\]}]?\\s*(?:com|ru|рф|net|org|me|io|ua|by|kz|ру|ком|нет|орг|юа|бай|кз)(?![${W}])` +
    // a path spelled too: "t dot me slash name", «stihi точка ru слэш avtor слэш name»
    `(?:\\s*(?:/|slash|слэш|слеш)\\s*[\\p{L}\\p{N}._\\-]+)*`,
  'giu',
)

// "www . youtube . com / annavlogs", "anna-art . ru": dots typed with spaces around them
const SPACED_DOT_RE = new RegExp(
  `(?<![${W}])(?:www\\s*\\.\\s*)?(?:[\\p{L}\\p{N}\\-]{2,}\\s*\\.\\s*)*[\\p{L}\\p{N}\\-]{3,}\\s+\\.\\s+(?:com|ru|рф|net|org|me|io|ua|by|kz|tv|gg|ly)(?![${W}])` +
    `(?:\\s*/\\s*[\\p{L}\\p{N}._@\\-]+)*`,
  'giu',
)

// «ВК.КОМ/…», «вк.ком/…»: the domain typed in Cyrillic
const CYRILLIC_VK_RE = /(?<![\p{L}\p{N}])(?:вк|vk)\.(?:ком|com|ру|ru)\/[\p{L}\p{N}._-]+/giu

// Telegram deep links (linkify-it knows only web schemes)
const TG_RE = /(?<![\p{L}\p{N}])tg:\/\/[^\s<>"«»]+/giu

/** Links: linkify-it (schemes, fuzzy domains, IDN) filtered for chat typos, plus spelled-out domains. */
export function findLinks(text: string, out: PiiFinding[]): void {
  // a dot inside a word ("vk.com", "сайт.рф"), a scheme, or a spelled-out dot
  if (/\s\.\s/u.test(text))
    for (const m of text.matchAll(SPACED_DOT_RE)) push(out, 'link', m.index, m.index + m[0].length, text)
  if (!/[\p{L}\p{N}]\.[\p{L}\p{N}]|:\/\/|dot|точк|тчк/iu.test(text)) return
  const L = linkifier()
  if (L.test(text)) {
    for (const m of L.match(text) ?? []) {
      if (m.schema === 'mailto:') {
        push(out, 'email', m.index, m.lastIndex, text)
        continue
      }
      let raw = text.slice(m.index, m.lastIndex)
      const trimmed = raw.replace(TRAILING_PUNCT_RE, '')
      raw = trimmed.length > 0 ? trimmed : raw
      if (m.schema === '' && !plausibleBareDomain(raw)) continue
      if (
        MAIL_DOMAINS.has(raw.toLowerCase()) &&
        AFTER_WORD_RE.test(text.slice(Math.max(0, m.index - 20), m.index))
      )
        continue
      push(out, 'link', m.index, m.index + raw.length, text)
    }
  }
  for (const m of text.matchAll(DOTTED_RE)) push(out, 'link', m.index, m.index + m[0].length, text)
  for (const m of text.matchAll(CYRILLIC_VK_RE)) {
    const raw = m[0].replace(TRAILING_PUNCT_RE, '')
    push(out, 'link', m.index, m.index + raw.length, text)
  }
  for (const m of text.matchAll(TG_RE)) {
    const raw = m[0].replace(TRAILING_PUNCT_RE, '')
    push(out, 'link', m.index, m.index + raw.length, text)
  }
}

// ── emails ──
// Separators people write instead of "@" and ".", spaced or bracketed.
// "@@@", "'at'", "(at sign)", «ат», transliterated "sobaka"
const AT = `(?:\\s*@+\\s*|\\s*[([{<]\\s*@\\s*[)\\]}>]\\s*|\\s*[([{<'"‘’]\\s*(?:at(?:\\s+sign)?|собака|собачка)\\s*[)\\]}>'"‘’]\\s*|,?\\s+(?:at[\\s-]sign|at|собака|собачка|эт|ат|sobaka|sobachka|гав[\\s-]гав),?\\s+|\\s*(?:\\.{2,}|…)\\s*(?:at|собака|собачка|@)\\s*(?:\\.{2,}|…)\\s*)`
const DOT = `(?:\\s*\\.\\s*|\\s*[([{<]\\s*\\.\\s*[)\\]}>]\\s*|\\s*[([{<'"‘’]\\s*(?:dot|точка|тчк)\\s*[)\\]}>'"‘’]\\s*|,?\\s+(?:dot|period|точка|тчк|tochka),?\\s+)`
const LABEL = '[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*'
const EMAIL_TLD =
  'com|ru|рф|net|org|info|io|me|ua|by|kz|uz|de|uk|co|us|eu|fr|es|pl|edu|gov|su|biz|ca|au|nl|it|ch|se|am|ge|az|md|kg|lt|lv|ee|' +
  'nz|ie|in|il|at|be|dk|fi|no|pt|cz|sk|hu|ro|bg|gr|tr|jp|kr|cn|br|mx|ar|za|ng|sg|ph|tj|tm|' +
  'dev|app|xyz|tech|site|online|blog|art|studio|design|email|live|pro|cloud|space|fm|tv|cc|li|ai|im|gg|ly|nu|ws|' +
  // spelled in Cyrillic: «гмейл точка ком», «мэйл точка ру»
  'ком|ру|нет|орг|юа|кз'
// local part: letters, digits, . _ % + -, or spelled "underscore"/"dot" joins, bare or bracketed (`sarah [dot] connor`)
const LOCAL = `[\\p{L}\\p{N}._%+\\-]+(?:(?:\\s+(?:underscore|dot|точка|тчк|нижнее подчеркивание|подчеркивание)\\s+|\\s*[([{<]\\s*(?:dot|точка|тчк|underscore|\\.)\\s*[)\\]}>]\\s*|\\s*\\p{Extended_Pictographic}\\uFE0F?\\s*)[\\p{L}\\p{N}._%+\\-]+)*`
const OBFUSCATED_EMAIL_RE = new RegExp(
  `(?<![${W}.+\\-])${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}(?:${EMAIL_TLD})(?![${W}])`,
  'giu',
)
// Mail providers named without a TLD: "ivan.petrov at gmail", "vasya собака яндекс".
const PROVIDER_EMAIL_RE = new RegExp(
  `(?<![${W}.+\\-])${LOCAL}${AT}(?:gmail|g-mail|yandex|яндекс|yahoo|ymail|outlook|hotmail|icloud|proton(?:mail)?|rambler|рамблер|aol|аол|gmx|zoho|fastmail|tutanota|posteo|` +
    // provider names spelled in Cyrillic, with a TLD after a space: «собака мейл ру»
    `мейл|мэйл|майл|гмейл|гмайл|джимейл|хотмейл|аутлук|рамблер|инбокс|бк|лист|ukr|укр)(?:(?:\\s+|\\s*\\.\\s*|\\s+(?:tochka|точка|dot)\\s+)(?:ру|ком|нет|юа|кз|ru|com|net|ua|kz|de|fm|me))?(?![${W}])`,
  'giu',
)
// «tanyushka.77 собака mail…», «kot_1 гав-гав bk»: a Russian word for "@" and a provider's short name
const RU_AT_PROVIDER_RE = new RegExp(
  `(?<![${W}.+\\-])${LOCAL}\\s+(?:собака|собачка|sobaka|sobachka|гав[\\s-]гав)\\s+(?:mail|bk|list|inbox|ya)` +
    `(?:(?:\\s+|\\s*\\.\\s*|\\s+(?:tochka|точка|dot)\\s+)(?:ru|ру|com|ком))?(?![${W}])`,
  'giu',
)
// Parts of the local part spelled apart before a found address: "kseniya . smirnova . sm@…", "danny + boy + 1987 at …"
const SPACED_LOCAL_BEFORE_RE = /(?:[\p{L}\p{N}_]+\s+[.+]\s+|(?<![\p{L}\p{N}])(?:[\p{L}\p{N}_]\s){3,})+$/u
// a false start of the same address earlier in the text: «vera.kot... ой, vera.kotova@mail.ru»
const EMAIL_LOCAL_RE = /^[\p{L}\p{N}._%+-]{6,}/u
// the start of a found email's local part written earlier: no such character before it, the rest of the word after
const LOCAL_REPEAT = { before: /[\p{L}\p{N}._-]/u, after: null, tail: /[\p{L}\p{N}._-]*/uy } as const
// Words that end a sentence before "at": "I'm at home" never reaches here (needs a provider or TLD).
const NOT_LOCAL =
  /^(?:i|i'm|im|me|we|you|he|she|they|it|is|was|am|are|be|look|looking|good|bad|home|work|one|all|me|я|он|она|мы)$/i

/** Emails, including spaced and spelled-out separators in every part (`ivan [at] mail [dot] ru`). */
const EMAIL_CUE_RE =
  /(?:e-?mail|mail|почт\p{L}*|мейл\p{L}*|мыл\p{L}*|имейл\p{L}*)(?:\s+(?:me|мне))?[\s:—–-]*(?:is\s+|это\s+|at\s+|на\s+)?$/iu
// "reach me:", "contact me at", "write to me": an invitation to get in touch right before the address
const CONTACT_CUE_RE =
  /(?:reach|contact|write\s+to|email|mail|message)\s+(?:me|us)(?:\s+at)?[\s:—–-]*$|(?:пиши(?:те)?|напиши(?:те)?|свяж\p{L}+)(?:\s+мне)?(?:\s+на)?[\s:—–-]*$/iu
const EMAIL_HINT_RE =
  /@|[\s([{<'"‘’](?:at|собака|собачка|эт|ат|sobaka|sobachka|гав[\s-]гав)[\s,)\]}>'"‘’-]|[\p{L}\p{N}_][$#%&*^~](?:gmail|ya|yandex|mail|bk|list|inbox|rambler|yahoo|hotmail|outlook|icloud|proton|gmx|ukr)\./iu
// "markova_e$ya.ru, где $ — собака": another symbol typed for "@" before a mail provider's domain
const SYMBOL_AT_EMAIL_RE = new RegExp(
  `(?<![${W}.+\\-])[\\p{L}\\p{N}._%+\\-]{2,}[$#%&*^~](?:gmail|ya|yandex|mail|bk|list|inbox|rambler|yahoo|hotmail|outlook|icloud|proton(?:mail)?|gmx|ukr)\\.(?:ru|com|net|ua|kz|by|me)(?![${W}])`,
  'giu',
)

// A mailbox named by its provider or a mail word, with the local part beside it and no "@" at all:
// «почта на яндексе — roma.belkin», «lesya_m91 на гмейле», "my gmail: pete.sandoval7".
const MAIL_WORD =
  'gmail|g-mail|гмейл\\p{L}*|гмайл\\p{L}*|джимейл\\p{L}*|яндекс\\p{L}*|yandex|mail\\.ru|майл\\.?ру|outlook|hotmail|' +
  'icloud|proton(?:mail)?|yahoo|ukr\\.net|rambler|гугл\\p{L}*|рамблер\\p{L}*|хотмейл\\p{L}*|аутлук\\p{L}*|мэйл\\p{L}*|e-?mail|почт\\p{L}*|ящик\\p{L}*|мыл(?:о|ом|а|е)|мейл\\p{L}*|имейл\\p{L}*'
// a handle-like local part: letters with dots/underscores/dashes between, or letters followed by digits
const LOCAL_TOKEN = '[A-Za-z][A-Za-z0-9]*(?:[._\\-][A-Za-z0-9]+)+|[A-Za-z]{2,}\\d+[A-Za-z0-9]*'
const CUE_THEN_LOCAL_RE = new RegExp(
  `(?<![${W}])(?:${MAIL_WORD})(?![${W}])[^.!?\\n@]{0,25}?(?<![${W}.\\-])(${LOCAL_TOKEN})(?![${W}@.\\-])`,
  'giu',
)
// "leah.miller gmail, you know the rest": a handle-like mailbox right before a provider's name
const LOCAL_THEN_PROVIDER_RE = new RegExp(
  `(?<![${W}.\\-@])(${LOCAL_TOKEN}),?\\s+(?:gmail|yahoo|hotmail|outlook|icloud|proton(?:mail)?|yandex|rambler|mail\\.ru|ukr\\.net)(?![${W}@.\\-])`,
  'giu',
)
// (or the provider in brackets after it: "noah.whitfield (gmail)")
const LOCAL_THEN_CUE_RE = new RegExp(
  `(?<![${W}.\\-@])(${LOCAL_TOKEN})(?:\\s+(?:на|в|at|on)\\s+(?:${MAIL_WORD})(?![${W}])|\\s*[([]\\s*(?:${MAIL_WORD})\\s*[)\\]])`,
  'giu',
)
// In Russian text a bare Latin word right beside a Cyrillic mail word is the mailbox, even without dots or
// digits: «почта: olegsvet», «olegsvet на гмейле».
const RU_MAIL_WORD =
  'гмейл\\p{L}*|гмайл\\p{L}*|джимейл\\p{L}*|яндекс\\p{L}*|майл\\p{L}*|мейл\\p{L}*|имейл\\p{L}*|рамблер\\p{L}*|почт\\p{L}*|ящик\\p{L}*|мыл(?:о|ом|а|е)'
const RU_CUE_THEN_WORD_RE = new RegExp(
  `(?<![${W}])(?:${RU_MAIL_WORD})(?:\\s+(?:у\\s+меня|моя|мой))?\\s*[:—–-]?\\s*([a-z][a-z0-9]{3,30})(?![${W}@.\\-])`,
  'gu',
)
const RU_WORD_THEN_CUE_RE = new RegExp(
  `(?<![${W}.\\-@])([a-z][a-z0-9_.]{3,30}),?\\s+(?:на|в|[—–-]\\s*это)\\s+(?:${RU_MAIL_WORD}|gmail|yandex|outlook|icloud|yahoo|hotmail|rambler)(?![${W}])`,
  'gu',
)
// «п е т я 1 9 9 0 на гмейле», "почта: п е т я 1 9 9 0": a mailbox typed letter by letter beside a mail word
const SPACED_LOCAL = '(?:[\\p{L}\\p{N}_.]\\s){4,}[\\p{L}\\p{N}]'
const SPACED_THEN_CUE_RE = new RegExp(
  `(?<![${W}])(${SPACED_LOCAL})\\s+(?:на|в|at|on)\\s+(?:${MAIL_WORD})(?![${W}])`,
  'giu',
)
const CUE_THEN_SPACED_RE = new RegExp(
  `(?<![${W}])(?:${MAIL_WORD})(?![${W}])[^.!?\\n@]{0,15}?[:—–-]\\s*(${SPACED_LOCAL})(?![${W}])`,
  'giu',
)
// «хэ точка мамедов на гугле», «лиза точка морозова и цифры 2001»: a mailbox dictated in Cyrillic words
// joined by «точка» where a mail word is in the text (a domain spelled out, «мэйл точка ру», is not one)
const RU_DOTTED_LOCAL_RE = new RegExp(
  `(?<![${W}])([а-яё]{1,15}(?:\\s+(?:точка|тчк)\\s+[а-яё]{2,20})+)(?:\\s+(?:и\\s+)?цифры\\s+\\d{1,6})?(?![${W}])`,
  'giu',
)
const DOMAIN_WORD_RE =
  /(?:^|\s)(?:ру|ком|нет|орг|рф|юа|кз|бай|мейл|мэйл|майл|гмейл|гмайл|яндекс|рамблер|инбокс|лист|бк)(?:\s|$)/iu
// "f.rossi at my company domain, rossi-ceramiche.it": the mailbox, then its domain named apart
const LOCAL_AT_NAMED_DOMAIN_RE = new RegExp(
  `(?<![${W}.\\-@])(?:${LOCAL_TOKEN}|[a-z]{3,})\\s+at\\s+(?:my|our|his|her|their|the)\\s+(?:company|work|office|school|uni|university|firm|business|job)(?:['’]s)?\\s+(?:domain|site|address)[\\s,:—–-]+(?:it['’]s\\s+|which\\s+is\\s+)?[a-z0-9][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,}(?![${W}])`,
  'giu',
)
const MAIL_WORD_RE = new RegExp(`(?<![${W}])(?:${MAIL_WORD})(?![${W}])`, 'iu')
// an address with its domain left without a TLD, or typed backwards: "ur.liam@aniaksut"
const NO_TLD_EMAIL_RE =
  /(?<![\p{L}\p{N}_.+\-@])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@(?:\p{L}[\p{L}\p{N}-]{3,}|aol|gmx|bk)(?![\p{L}\p{N}_@.-])/gu
// a whole address typed letter by letter: "b e c k y m 9 9 @ g m a i l", «k o t l y a r o v a @ b k . r u»
const SPACED_EMAIL_RE =
  /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}_.-] ){3,}[\p{L}\p{N}] ?@ ?\p{L}(?: ?[\p{L}\p{N}.-])+(?![\p{L}\p{N}])/gu
const DOMAIN_LIKE_RE = /\.(?:ru|com|net|org|ua|by|kz|uz|io|me|de|uk|su|рф|txt|js|ts|py|pdf|docx?|jpe?g|png)$/i

function plausibleLocal(token: string): boolean {
  // a lower-case letter (not a parcel number «RA123456789RU»), three letters (not "v2.0"), no domain or file
  return /[a-z]/.test(token) && (token.match(/[A-Za-z]/g)?.length ?? 0) >= 3 && !DOMAIN_LIKE_RE.test(token)
}

function findProviderNamedEmails(text: string, out: PiiFinding[]): void {
  if (!MAIL_WORD_RE.test(text)) return
  const ru = /[а-яё]/iu.test(text)
  if (ru && /точка|тчк/iu.test(text))
    for (const m of matchesOf(RU_DOTTED_LOCAL_RE, text)) {
      const local = m[1] ?? ''
      if (DOMAIN_WORD_RE.test(local) || MAIL_WORD_RE.test(local)) continue
      push(out, 'email', m.index, m.index + m[0].length, text)
    }
  for (const re of ru
    ? [
        CUE_THEN_LOCAL_RE,
        LOCAL_THEN_CUE_RE,
        LOCAL_THEN_PROVIDER_RE,
        RU_CUE_THEN_WORD_RE,
        RU_WORD_THEN_CUE_RE,
        SPACED_THEN_CUE_RE,
        CUE_THEN_SPACED_RE,
      ]
    : [
        CUE_THEN_LOCAL_RE,
        LOCAL_THEN_CUE_RE,
        LOCAL_THEN_PROVIDER_RE,
        SPACED_THEN_CUE_RE,
        CUE_THEN_SPACED_RE,
      ]) {
    for (const m of text.matchAll(re)) {
      const local = m[1] ?? ''
      const spaced = re === SPACED_THEN_CUE_RE || re === CUE_THEN_SPACED_RE
      if ((!spaced && !plausibleLocal(local)) || MAIL_WORD_RE.test(local)) continue
      const after = re === CUE_THEN_LOCAL_RE || re === RU_CUE_THEN_WORD_RE || re === CUE_THEN_SPACED_RE
      const start = after ? m.index + m[0].length - local.length : m.index
      // «lesya_m91 на гмейле»: the provider named after the mailbox is its domain, masked with it
      push(out, 'email', start, after ? start + local.length : m.index + m[0].length, text)
    }
  }
}

export function findEmails(text: string, out: PiiFinding[]): void {
  findProviderNamedEmails(text, out)
  if (/\sdomain/iu.test(text))
    for (const m of matchesOf(LOCAL_AT_NAMED_DOMAIN_RE, text))
      push(out, 'email', m.index, m.index + m[0].length, text)
  if (!EMAIL_HINT_RE.test(text)) return
  const from = out.length
  if (text.includes('@')) {
    for (const m of matchesOf(SPACED_EMAIL_RE, text)) push(out, 'email', m.index, m.index + m[0].length, text)
    for (const m of matchesOf(NO_TLD_EMAIL_RE, text)) {
      // "me@home", "coffee@work": an English word after "@" is a place, not a mail domain
      if (isKnownEnglishWord(m[0].slice(m[0].indexOf('@') + 1))) continue
      push(out, 'email', m.index, m.index + m[0].length, text)
    }
  }
  for (const m of matchesOf(SYMBOL_AT_EMAIL_RE, text))
    push(out, 'email', m.index, m.index + m[0].length, text)
  for (const re of [OBFUSCATED_EMAIL_RE, PROVIDER_EMAIL_RE, RU_AT_PROVIDER_RE]) {
    for (const m of text.matchAll(re)) {
      const local =
        m[0].split(/,?\s*(?:@|[([{'"‘’]|\s(?:at|собака|собачка|эт|ат|sobaka|sobachka),?\s)/iu)[0] ?? ''
      if (NOT_LOCAL.test(local.trim())) continue
      // "insta @masha. Art is my life": a capitalised word after a full stop starts a sentence, no TLD
      if (/\.\s+\p{Lu}\p{Ll}*$/u.test(m[0])) continue
      // "my blog at site.net" is a link, not an email: a spaced "at" needs a handle-like local part, an
      // email word or a contact invitation before it, or a domain spelled out with "dot" after it
      // ("hello at sophiemakes dot co dot uk": nobody writes "dot" for a link they mean as a place)
      const spacedAt = /^,?\s+(?:at|эт|ат),?\s/iu.test(m[0].slice(local.length))
      // "annasmirnova at protonmail": a mail provider after a word no English lexicon knows
      const unknownLocal =
        re === PROVIDER_EMAIL_RE && /^[a-z]{6,}$/iu.test(local.trim()) && !isKnownEnglishWord(local.trim())
      // «… эт джимейл ком»: a provider spelled in Cyrillic and its TLD after it, as one dictates an address
      const dictated = re === PROVIDER_EMAIL_RE && /[а-яё]+\s+(?:ру|ком|нет|юа|кз)$/iu.test(m[0])
      if (
        spacedAt &&
        !unknownLocal &&
        !dictated &&
        !/[0-9_.]|underscore|подчеркивание|\sdot\s|\sточка\s/iu.test(local) &&
        !EMAIL_CUE_RE.test(text.slice(0, m.index)) &&
        !CONTACT_CUE_RE.test(text.slice(0, m.index)) &&
        !/\s(?:dot|точка|тчк)\s/iu.test(m[0].slice(local.length))
      )
        continue
      push(out, 'email', m.index, m.index + m[0].length, text)
    }
  }
  for (let i = from; i < out.length; i++) {
    const f = out[i] as PiiFinding
    const spaced = text.slice(Math.max(0, f.start - 60), f.start).match(SPACED_LOCAL_BEFORE_RE)
    if (spaced) push(out, 'email', f.start - spaced[0].length, f.end, text)
    const head = f.value.match(EMAIL_LOCAL_RE)?.[0].slice(0, 6)
    if (!head) continue
    for (const m of wordsAt(text.slice(0, f.start), head, LOCAL_REPEAT))
      push(out, 'email', m.index, m.end, text)
  }
}
