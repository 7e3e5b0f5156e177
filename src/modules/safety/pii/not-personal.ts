import type { PiiFinding } from './types.js'

/**
 * Contacts that identify nobody, dropped after every contact detector has run (round 26):
 *
 * - an e-mail *format* written with placeholder words, not a mailbox: "name@domain",
 *   "firstname.lastname@company.com", «имя@домен», «фамилия.имя@компания.ру», «ваш_email@домен»; at the reserved
 *   example domains (RFC 2606) only a placeholder mailbox ("yourname@example.com"): "anna@example.com" is
 *   masked, as a mailbox a user typed may be one for all we know;
 * - a public place's address named right after the place: «Третьяковка на Лаврушинском переулке, 10»,
 *   «Университет ИТМО, Кронверкский проспект, 49», "the empire state building is 350 5th ave" — unless the
 *   writer says it is where they live or work («мой институт», "i live at", "my office is").
 */

// words a form or a help page writes in place of a real mailbox
const PLACEHOLDER_WORD_RE =
  /^(?:name|first|last|firstname|lastname|first_name|last_name|surname|fullname|given|family|initial|initials|your|you|yourname|youremail|email|e-mail|mail|user|username|login|nick|nickname|handle|address|domain|company|companyname|yourcompany|org|organisation|organization|provider|site|website|work|employer|имя|фамилия|отчество|логин|ник|никнейм|ваш|ваша|твой|твоя|ваше|почта|адрес|пользователь|юзер|домен|компания|компании|сайт|провайдер|организация|работа|email|емейл|имейл|мейл)$/iu
const PLACEHOLDER_TLD_RE = /^(?:com|ru|рф|ру|ком|org|net|xxx|xx|tld|zone|домен|зона)$/iu
const EXAMPLE_DOMAIN_RE = /@\s*example\.(?:com|org|net|ru)$/iu

const allPlaceholders = (part: string, tld: boolean): boolean => {
  const words = part.split(/[._+\-\s]+/u).filter(Boolean)
  if (words.length === 0) return false
  return words.every(
    (w, i) => PLACEHOLDER_WORD_RE.test(w) || (tld && i === words.length - 1 && PLACEHOLDER_TLD_RE.test(w)),
  )
}

/** "name@domain", «фамилия.имя@компания.ру», "x@example.com": an address format, not a mailbox. */
export function isPlaceholderEmail(value: string): boolean {
  const at = value.indexOf('@')
  if (at <= 0) return false
  if (EXAMPLE_DOMAIN_RE.test(value)) return allPlaceholders(value.slice(0, at), false)
  return allPlaceholders(value.slice(0, at), false) && allPlaceholders(value.slice(at + 1), true)
}

// a public place: a museum, a theatre, a zoo, a university, a station, a cathedral, a landmark building…
const PLACE_WORD =
  'музе\\p{L}*|театр\\p{L}*|оперн\\p{L}*|опер[аеуы]|филармони\\p{L}*|зоопарк\\p{L}*|планетари\\p{L}*|цирк\\p{L}{0,2}|' +
  'университет\\p{L}{0,2}|консерватори\\p{L}*|библиотек\\p{L}*|собор\\p{L}{0,2}|храм\\p{L}{0,2}|вокзал\\p{L}{0,2}|' +
  'стадион\\p{L}{0,2}|галере\\p{L}*|Третьяковк\\p{L}*|Эрмитаж\\p{L}{0,2}|Кремл\\p{L}{0,2}|Лувр\\p{L}{0,2}|' +
  'посольств\\p{L}*|консульств\\p{L}*|мэри\\p{L}*|дворец|дворц\\p{L}{1,2}|' +
  'museum|gallery|theatre|theater|opera(?:\\s+house)?|zoo|aquarium|planetarium|university|cathedral|abbey|' +
  'library|stadium|arena|embassy|consulate|city\\s+hall|town\\s+hall|capitol|white\\s+house|palace|' +
  '(?:state\\s+)?building|tower|foundation|headquarters|hq|monument|memorial'
// the place, up to three words of its name, then the address: «Зоопарк на …», "X building is …", «ИТМО, …»
const PLACE_BEFORE_RE = new RegExp(
  `(?<![\\p{L}])(?:${PLACE_WORD})(?![\\p{L}])(?:[\\s'’]+[«"]?[\\p{L}\\d-]+[»"]?){0,3}?(?:\\s*,|\\s+на|\\s+is(?:\\s+at)?|\\s+at|\\s+on|\\s*:|\\s+[—–-])\\s*$`,
  'iu',
)
// the writer's own place: «мой универ», "my office", "i live at", «я живу»
const OWN_RE =
  /(?<![\p{L}])(?:my|our|i\s+live|i'm\s+at|im\s+at|we\s+live|мой|моя|моё|мое|мою|наш\p{L}{0,2}|живу|живём|живем|работаю|учусь)(?![\p{L}])/iu

/** «Эрмитаж, Дворцовая площадь, 2»: an address named right after a public place (not the writer's own). */
function publicPlaceAddress(text: string, f: PiiFinding): boolean {
  const before = text.slice(Math.max(0, f.start - 60), f.start)
  const clause = before.split(/[.!?\n;]/u).pop() ?? ''
  return PLACE_BEFORE_RE.test(clause) && !OWN_RE.test(clause)
}

/** Drops the findings above from `out` (in place). */
export function dropNotPersonal(text: string, out: PiiFinding[]): void {
  let kept = 0
  for (const f of out) {
    if (f.kind === 'email' && isPlaceholderEmail(f.value)) continue
    if (f.kind === 'address' && publicPlaceAddress(text, f)) continue
    out[kept++] = f
  }
  out.length = kept
}
