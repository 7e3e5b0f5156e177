/**
 * Round-25 scope checks (crisis25ru, issue #12): a crisis phrase said to the chat partner as advice or a ban («ты не
 * должна хотеть умереть из-за него», "you shouldn't want to die over him") is about the partner, not the writer; a
 * goodbye said to a job, a routine or a thing («прощайте, мои ночные дежурства») is no farewell; a figure of speech
 * named («это я образно») is hyperbole.
 */
import type { MToken } from './matcher.js'
import type { RuleHit, Veto } from './rules.js'
import { anyIn, anyUndenied, bounds, scopeSets } from './scopes.js'

/** The rule family (rules-ru-round25.ts) of a good night wished as the last: no ordinary goodbye then. */
export const LAST_NIGHT = 'спокойной ночи последней'

/** The writer's own person: after the advice, these make the phrase the writer's again («…, я хочу умереть»). */
const FIRST_PERSON = new Set([
  'я',
  'меня',
  'мне',
  'мной',
  'мой',
  'моя',
  'мое',
  'мои',
  'хочу',
  'i',
  'me',
  'my',
  'myself',
  'im',
  'ive',
  'id',
  'ill',
])

/**
 * Advice or a ban to the addressee (`advice25`) before the hit in its clause, with no first-person word from the
 * advice to the hit's end, and the writer not joining in anywhere (`joined25`: «я тоже», "me too").
 */
export function addressedAdvice(toks: MToken[], h: RuleHit): boolean {
  if (h.cat === 'imminent' || h.cat === 'third_party') return false
  const [cs] = bounds(toks, h.start, 1)
  const clause = toks.slice(cs, h.start)
  if (!anyIn('advice25', clause) || anyIn('joined25', toks)) return false
  const end = Math.max(
    ...scopeSets()
      .advice25!.match(clause)
      .map((m) => m.end),
  )
  for (let i = cs + end; i < h.end; i++) if (FIRST_PERSON.has(toks[i]!.text)) return false
  return true
}

/**
 * The round-25 vetoes of a rule hit, asked first (vetoes.ts vetoOf): advice to the addressee, and a farewell hit in a
 * sentence that says goodbye to a job, a routine or a thing (`goodbyeRoutine25`). Both final, as an idiom: the
 * classifier reads the end of a job or the partner's words as the writer's own.
 */
export function vetoRound25(toks: MToken[], h: RuleHit): Veto | undefined {
  if (addressedAdvice(toks, h)) return 'idiom'
  if (h.cat !== 'farewell') return undefined
  const [ss, se] = bounds(toks, h.start, 2)
  return anyIn('goodbyeRoutine25', toks.slice(ss, se)) ? 'idiom' : undefined
}

/** A figure of speech named (`figure25`), not denied just before it («это не образно»). */
export function figureNamed(part: MToken[]): boolean {
  return anyUndenied('figure25', part)
}

const FEAR = new Set(['страшно', 'боюсь', 'страх', 'afraid', 'scared', 'terrified', 'fear'])
const FEAR_DENIED = new Set(['не', 'нисколько', 'совсем', 'not', 'never', 'im_not', 'no'])

/**
 * Every idiom in `part` is a fear of dying, denied just before it («мне не страшно умереть, страшно так жить», "I'm
 * not scared of dying"): not being afraid to die is no idiom of fear (round 25).
 */
export function deniedFearOnly(part: MToken[]): boolean {
  const found = scopeSets().idiom!.match(part)
  return (
    found.length > 0 &&
    found.every(
      (m) => FEAR.has(part[m.start]!.text) && m.start > 0 && FEAR_DENIED.has(part[m.start - 1]!.text),
    )
  )
}
