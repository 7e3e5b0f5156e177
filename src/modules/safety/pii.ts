/**
 * Detection of personal identifiers and contact details in free text (ru/en). Pure, framework-free,
 * synchronous.
 *
 * Used to keep chats anonymous (relay contact nudge), to scrub report context and to anonymise anything
 * that leaves the process (AI coach prompts). Tuned to prefer catching an identifier over missing it,
 * while leaving ordinary text alone (times, dates, years, amounts, "5-10 минут", first names alone,
 * «на улице холодно»). One detector per idea lives in ./pii/; see README.md for what is caught and missed.
 */
import { findWorldAddressForms } from './pii/address-en-world.js'
import { extendAddressParts } from './pii/address-parts.js'
import { findRuAddressForms } from './pii/address-ru-forms.js'
import { findRuLooseAddresses } from './pii/address-ru-loose.js'
import { findSiteAddresses } from './pii/address-sites.js'
import { findAddresses } from './pii/addresses.js'
import { findCardDetails } from './pii/cards.js'
import { findDocuments } from './pii/documents.js'
import { findSpelledDocuments } from './pii/documents-spelled.js'
import { findEmailEchoes } from './pii/email-echoes.js'
import { findSpokenEmails } from './pii/emails-ru.js'
import { findShapedHandles } from './pii/handle-shapes.js'
import { findHandles } from './pii/handles.js'
import { findIds } from './pii/ids.js'
import { findEmails, findLinks } from './pii/links.js'
import { preloadMorphology } from './pii/morph.js'
import { findNames, preloadNameLexicon } from './pii/names.js'
import { dropNotPersonal } from './pii/not-personal.js'
import { findNumberRestarts } from './pii/number-restarts.js'
import { findPhoneParts } from './pii/phone-parts.js'
import { findNumbers } from './pii/phones.js'
import { findSpelledPhones } from './pii/spelled.js'
import type { PiiFinding, PiiKind } from './pii/types.js'

export type { PiiFinding, PiiKind } from './pii/types.js'

/** Every kind counts as identifying information (see containsContactInfo). */
export const PII_KINDS: readonly PiiKind[] = [
  'phone',
  'email',
  'username',
  'link',
  'card',
  'telegram_id',
  'digits',
  'address',
  'name',
  'id_document',
]

/**
 * Kinds that let two people reach each other off the platform — what the relay's contact nudge asks
 * about. Names, documents, cards and bare digit runs identify but are not a way to get in touch.
 */
export const CONTACT_KINDS: readonly PiiKind[] = [
  'phone',
  'email',
  'username',
  'link',
  'address',
  'telegram_id',
]

/** When findings overlap they are merged into one span of the highest-priority kind. */
const PRIORITY: Record<PiiKind, number> = {
  email: 10,
  link: 9,
  id_document: 8,
  card: 7,
  address: 6,
  phone: 5,
  telegram_id: 4,
  username: 3,
  name: 2,
  digits: 1,
}

/**
 * Fullwidth digits, "+", "@" and "." are mapped to ASCII one code unit for one, so offsets stay valid
 * while "８９９９…" is still seen as a phone; so are the rarer dashes («8‑917‑205‑63‑48» with non-breaking
 * hyphens, «040‒77‒19» with figure dashes) to "-".
 */
function foldWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010\u2011\u2012\u2043\u2212]/g, '-') // hyphen, non-breaking hyphen, figure dash, minus
}

// Letters typed for digits inside a number: «89О3 4I2 17 09», «9ОЗ-12-40» (O/О → 0, З → 3, I/l → 1).
const LOOKALIKES: Record<string, string> = { O: '0', o: '0', О: '0', о: '0', З: '3', з: '3', I: '1', l: '1' }
const DIGITISH = '[\\dOoОоЗзIl]'
const RUN_RE = new RegExp(
  `(?<!\\p{L})${DIGITISH}(?:${DIGITISH}|[\\s\\-().]+(?=${DIGITISH}))*(?!\\p{L})`,
  'gu',
)

/**
 * Folds look-alike letters to digits, one code unit for one (offsets stay valid), only inside a run that
 * has at least five real digits, and only in groups that already hold a digit — «ООО», "IO", "COVID-19",
 * "l300" stay as they are.
 */
function foldLookalikes(text: string): string {
  if (!/[OoОоЗзIl]/u.test(text) || !/\d/.test(text)) return text
  return text.replace(RUN_RE, (run) => {
    if ((run.match(/\d/g)?.length ?? 0) < 5) return run
    return run
      .split(/([\s\-().]+)/u)
      .map((g) =>
        /\d/.test(g) && /[^\d\s\-().]/u.test(g) ? g.replace(/[OoОоЗзIl]/gu, (c) => LOOKALIKES[c] ?? c) : g,
      )
      .join('')
  })
}

// Emoji, arrows and keycap marks typed between the pieces of a number («915 👉 206 👉 91», "555 ➡️ 201").
const PICTOGRAPH_RE = /\p{Extended_Pictographic}|\u20E3|\uFE0F|\u200D|[\u2190-\u21FF]/gu

/** Pictographs become spaces (one per code unit, offsets stay valid) for the number detectors. */
function foldPictographs(text: string): string {
  // cheap pre-check on code units: surrogates of the emoji planes, arrows, dingbats and symbols, keycaps
  if (!/[\uD83C-\uD83E\u2190-\u21FF\u2600-\u27BF]|\u20E3/.test(text)) return text
  return text.replace(PICTOGRAPH_RE, (ch) => ' '.repeat(ch.length))
}

// Two or more words in capitals in a row: «ИРИНА ВЛАДИМИРОВНА ПАНОВА», "JOHN SMITH".
const CAPS_RUN_RE = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[\s,]+\p{Lu}{2,})+(?![\p{L}\p{N}])/gu

/**
 * Words in a run of capitals are written as names are («ИРИНА ПАНОВА» → «Ирина Панова») for the name
 * detector, which reads capitalisation; same length, so offsets stay valid. Other detectors see the text as
 * typed.
 */
function foldCapsRuns(text: string): string {
  let folded = text
  if (/\p{Lu}{2,}[\s,]+\p{Lu}{2,}/u.test(text))
    folded = folded.replace(CAPS_RUN_RE, (run) => run.replace(/\p{Lu}+/gu, titleCase))
  // «Иван ПЕТРОВ», «ПЕТРОВ Иван»: one word in capitals beside a capitalised one
  if (/\p{Lu}{3}/u.test(folded))
    folded = folded.replace(CAPS_BESIDE_NAME_RE, (pair) =>
      pair.replace(/\p{Lu}{3,}/gu, (w) => (/^[IVXLCDM]+$/.test(w) ? w : titleCase(w))),
    )
  return folded
}

const CAPS_BESIDE_NAME_RE =
  /(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}+\s+\p{Lu}{3,}|\p{Lu}{3,}\s+\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu

function titleCase(w: string): string {
  const title = (w[0] ?? '') + w.slice(1).toLowerCase()
  return title.length === w.length ? title : w
}

/**
 * Loads the dictionaries the name detector uses (Russian morphology, English name lexicon), ~1 s once.
 * Optional: without it the first message that needs them pays the cost. Call at start.
 */
export function preloadPiiDictionaries(): void {
  preloadMorphology()
  preloadNameLexicon()
}

/** The texts the detectors read, each made once per message (`numeric` and `caps` on first use). */
type Views = { folded: string; numeric: string | undefined; caps: string | undefined }
const numeric = (v: Views) => (v.numeric ??= foldPictographs(v.folded))
const caps = (v: Views) => (v.caps ??= foldCapsRuns(v.folded))

type Step = (v: Views, out: PiiFinding[]) => void

/**
 * The detectors of findPii but the names, in order (later steps may read what earlier ones found). A new
 * detector is a new step here, so both findPii and findContacts run it.
 */
const CONTACT_STEPS: readonly Step[] = [
  (v, out) => findEmails(v.folded, out),
  (v, out) => findSpokenEmails(v.folded, out),
  (v, out) => findLinks(v.folded, out),
  (v, out) => findIds(v.folded, out),
  (v, out) => findDocuments(v.folded, out),
  (v, out) => findSpelledDocuments(v.folded, out),
  (v, out) => findAddresses(v.folded, out),
  (v, out) => findRuAddressForms(v.folded, out),
  (v, out) => findRuLooseAddresses(v.folded, out),
  (v, out) => findWorldAddressForms(v.folded, out),
  (v, out) => findSiteAddresses(v.folded, out),
  (v, out) =>
    extendAddressParts(
      v.folded,
      out.filter((c) => c.kind === 'address'),
      out,
    ),
  (v, out) => findHandles(v.folded, out),
  (v, out) => findShapedHandles(v.folded, out),
  (v, out) => findNumbers(numeric(v), out),
  (v, out) => findCardDetails(numeric(v), out),
  (v, out) => findSpelledPhones(numeric(v), out),
  (v, out) =>
    findPhoneParts(
      numeric(v),
      out.filter((c) => c.kind === 'phone'),
      out,
    ),
  (v, out) => findNumberRestarts(numeric(v), out),
  // last: a repeat of a mailbox is a word no other contact holds
  (v, out) => findEmailEchoes(v.folded, out),
  // after every contact detector: e-mail formats and public places' addresses identify nobody
  (v, out) => dropNotPersonal(v.folded, out),
]

/**
 * The detectors run after CONTACT_STEPS that only find kinds ranking below every contact kind in PRIORITY
 * (and are none): they can widen a contact's span but never create one or turn one into another kind, so
 * findContacts runs them only when CONTACT_STEPS found a contact.
 */
const BELOW_CONTACT_STEPS: readonly Step[] = [(v, out) => findNames(caps(v), out)]

const views = (text: string): Views => ({
  folded: foldLookalikes(foldWidth(text)),
  numeric: undefined,
  caps: undefined,
})

/**
 * All personal identifiers in `text`, non-overlapping, in text order. Offsets refer to `text` as given.
 */
export function findPii(text: string): PiiFinding[] {
  if (!text) return []
  const v = views(text)
  const candidates: PiiFinding[] = []
  for (const step of CONTACT_STEPS) step(v, candidates)
  for (const step of BELOW_CONTACT_STEPS) step(v, candidates)
  return merge(text, candidates)
}

function merge(text: string, candidates: PiiFinding[]): PiiFinding[] {
  const sorted = candidates.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end)
  const out: PiiFinding[] = []
  for (const c of sorted) {
    const last = out[out.length - 1]
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end)
      if (PRIORITY[c.kind] > PRIORITY[last.kind]) last.kind = c.kind
      continue
    }
    out.push({ ...c })
  }
  for (const f of out) f.value = text.slice(f.start, f.end)
  return out
}

/**
 * True when the text carries anything that identifies a person or lets the conversation move off the
 * platform: phone, email, handle, link, address, full name, document, card, Telegram id or a long digit run.
 */
export function containsContactInfo(text: string): boolean {
  return findPii(text).length > 0
}

/**
 * Only the findings that are a way to get in touch (CONTACT_KINDS): for the relay's contact nudge. The same
 * findings as `findPii(text)` filtered to CONTACT_KINDS, but BELOW_CONTACT_STEPS (names) run only when the
 * other steps found a contact: without one they cannot make one, and most messages have none.
 */
export function findContacts(text: string): PiiFinding[] {
  if (!text) return []
  const v = views(text)
  const candidates: PiiFinding[] = []
  for (const step of CONTACT_STEPS) step(v, candidates)
  const isContact = (f: PiiFinding) => CONTACT_KINDS.includes(f.kind)
  if (!merge(text, candidates).some(isContact)) return []
  // a contact: the names too, on the same candidates, so spans and kinds are exactly findPii's
  for (const step of BELOW_CONTACT_STEPS) step(v, candidates)
  return merge(text, candidates).filter(isContact)
}
