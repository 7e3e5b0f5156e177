/**
 * Second-stage checks for a hit only the classifier makes (detector.ts): what the writer says around it that
 * the classifier's features do not weigh — a statement that they will not harm themselves, a word that they will
 * be back soon, an absence with its bound, a plan told as "we". Scope lists in scope-lists.ts (`selfSafe`,
 * `returning`, `absence`).
 */
import type { MToken } from './matcher.js'
import { anyIn, clausesWith, conceptsOf, scopeSets } from './rules.js'

const CONTRAST = new Set(['but', 'though', 'although', 'however', 'yet', 'но', 'однако', 'хотя', 'зато'])

/**
 * A first-person statement of safety ("I'm not going to hurt myself", «я не собираюсь ничего с собой делать»)
 * with no contrast after it (not "I'm not suicidal, but…"): keeps the classifier quiet (detector.ts).
 */
export function statesSafe(toks: MToken[]): boolean {
  if (!anyIn('selfSafe', toks)) return false
  return scopeSets()
    .selfSafe!.match(toks)
    .some((m) => !toks.slice(m.end).some((t) => CONTRAST.has(t.text)))
}

const NOT_BACK = new Set(['not', 'never', 'wont', 'dont', 'cant', 'no', 'не', 'никогда', 'больше'])

/** A word that one will be back soon and no finality cue: an ordinary ending, not a farewell (classifier stage). */
export function backSoon(toks: MToken[]): boolean {
  if (!anyIn('returning', toks) || conceptsOf(toks).includes('finality')) return false
  // not "won't write again", «больше не напишу»
  return scopeSets()
    .returning!.match(toks)
    .some((m) => !toks.slice(Math.max(0, m.start - 3), m.start).some((t) => NOT_BACK.has(t.text)))
}

/**
 * An absence told with its bound («меня не будет пару дней», «…до понедельника») and no finality cue: an
 * ordinary absence, not a plan or a farewell (classifier stage; not «через пару дней меня не будет»).
 */
export function boundedAbsence(toks: MToken[]): boolean {
  return anyIn('absence', toks) && !conceptsOf(toks).includes('finality')
}

// Russian drops «я» («смотрела высоту моста у нас в городе»), so only the subject «мы» counts there
const WE = new Set(['we', 'us', 'our', 'ours', 'weve', 'мы'])
const I = new Set([
  'i',
  'im',
  'me',
  'my',
  'mine',
  'myself',
  'ive',
  'id',
  'ill',
  'я',
  'мне',
  'меня',
  'мной',
  'мой',
  'моя',
  'мое',
  'мои',
  'себя',
  'себе',
  'собой',
])

/**
 * The plan is told as "we": the message speaks as "we" and never as "I", or a clause that holds the plan's
 * time («в субботу», "sunday") has "we" and no "I" ("i decided, sunday we go to the beach").
 */
export function pluralOnly(toks: MToken[]): boolean {
  const we = (from: number, to: number) => toks.slice(from, to).some((t) => WE.has(t.text))
  const me = (from: number, to: number) => toks.slice(from, to).some((t) => I.has(t.text))
  if (we(0, toks.length) && !me(0, toks.length)) return true
  return clausesWith(toks, 'when').some(([a, b]) => we(a, b) && !me(a, b))
}
