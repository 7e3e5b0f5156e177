import { matchesOf, type PiiFinding, push, W } from './types.js'

/**
 * Email addresses dictated in Russian words (round 22), beside `links.ts`: the "@" said as «с собачкой»,
 * «знак собаки», «собачкой»; providers said in Cyrillic or in two words («гугл мейл», «протонмейл», «тут точка
 * бай», «укр нет»); the local part joined by spoken separators («маша нижнее подчёркивание кот», «olga тире
 * smirnova»). A Cyrillic-only mailbox needs a mail word in the text («почта», «мейл», «ящик»…), so «гуляю с
 * собакой, яндекс еду привёз» stays.
 */

const SEPARATOR =
  '(?:точка|тчк|нижнее\\s+подч[её]ркивание|нижний\\s+слеш|подч[её]ркивание|подч[её]рк|тире|дефис|минус|ч[её]рточка)'
const LOCAL = `[\\p{L}\\p{N}._\\-]+(?:\\s+${SEPARATOR}\\s+[\\p{L}\\p{N}._\\-]+)*`
const AT =
  '(?:собак[аеиуой]|собачк[аеиуой]|собачкой|с\\s+собак(?:ой|ами)|с\\s+собачкой|знак\\s+собак[иа]|значок\\s+собак[иа]|эт|ат)'
const PROVIDER =
  '(?:гугл\\s*мейл\\p{L}{0,2}|гугл\\s*почт[аеуы]|гугл|google|протон\\s*мейл|протон|proton(?:mail)?|айклауд|icloud|аутлук|outlook|' +
  'хотмейл|hotmail|яху|yahoo|тут\\s+(?:точка\\s+)?бай|tut\\s+(?:точка\\s+)?by|укр\\s+(?:точка\\s+)?нет|ukr|мейл|мэйл|майл|mail|' +
  'гмейл|гмайл|джимейл|джимэйл|gmail|яндекс|yandex|ya|рамблер|rambler|инбокс|inbox|бк|bk|лист|list|gmx|зохо|zoho|мейл\\s+ру|мэйл\\s+ру)'
const TLD = '(?:ру|ком|нет|орг|рф|бай|юа|кз|уз|ми|ио|ru|com|net|org|by|ua|kz|uz|de|io|me)'
const SPOKEN_EMAIL_RE = new RegExp(
  `(?<![${W}.+\\-])(${LOCAL})\\s+${AT}\\s+${PROVIDER}(?:(?:\\s+|\\s*\\.\\s*|\\s+(?:точка|тчк|dot)\\s+)${TLD})?(?![${W}])`,
  'giu',
)
const GATE_RE = /собак|собачк|(?:^|\s)(?:эт|ат)\s/iu
const MAIL_CUE_RE = /почт|мейл|мэйл|майл|имейл|email|e-mail|ящик|мыл[оаеу]|электронк/iu
const NOT_LOCAL_RE =
  /^(?:я|мы|он|она|они|ты|вы|гуляю|гуляла|гулял|гуляли|пошла|пошёл|пошли|дома|там|тут|вот|и|а|но|мне|моя|мой|почта|пиши|напиши|на|в)$/iu

/** Pushes emails dictated in Russian words into `out` (overlapping finds of `links.ts` are merged later). */
export function findSpokenEmails(text: string, out: PiiFinding[]): void {
  if (!GATE_RE.test(text)) return
  const cue = MAIL_CUE_RE.test(text)
  for (const m of matchesOf(SPOKEN_EMAIL_RE, text)) {
    const local = m[1] ?? ''
    const lastWord = local.split(/\s+/u).pop() ?? ''
    if (NOT_LOCAL_RE.test(lastWord) || NOT_LOCAL_RE.test(local)) continue
    // a Cyrillic-only mailbox is one only where the text speaks of mail
    if (!/[a-z0-9]/iu.test(local) && !cue) continue
    push(out, 'email', m.index, m.index + m[0].length, text)
  }
}
