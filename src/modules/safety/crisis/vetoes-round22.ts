/**
 * Round 22's vetoes of a rule hit (crisis22fp, issue #12), each asked in the hit's own sentence, the first two
 * lifted by a word anywhere in the message that keeps the danger reading (`harmCue22`: a means, a goodbye, the act named, a cover story told; for a place also a step over or down, `stepCue22`):
 * - a place hit (imminent at a height or an edge, a friend there) with an errand or a low place in its sentence:
 *   «стою на крыше гаража, помогаю отцу менять шифер», "on a bridge rn waiting for the fireworks";
 * - a plan or danger hit with a sport, a climb or a trip in its sentence: «купил верёвку и карабины, идём на
 *   Эльбрус», "gonna jump off the high dive at the pool";
 * - a goodbye to a thing one owns or uses: «прощайте, мои любимые джинсы»; a goodbye with a school year ended
 *   anywhere in the message and no death wish or means ("last day of school ever!!! goodbye everyone");
 * - a wish to be gone answered by a reason to live right after it, in its sentence: «зачем я вообще живу, если не
 *   ради шавермы в три часа ночи» (an idiom: a rhetorical question).
 * And, for a wish or a harm not told as come back (`relapse`, asked by the caller), recovery told as done
 * anywhere in the message: "I'm in recovery from self harm, 2 years clean today".
 */
import type { MToken } from './matcher.js'
import type { RuleHit, Veto } from './rules.js'
import { anyIn } from './scopes.js'

const PLANS = new Set(['intent', 'imminent'])
const PAST_ABLE = new Set(['self_harm', 'active_ideation', 'passive_ideation'])

/** Why a rule hit is a round-22 look-alike, or undefined. `sentence` is the hit's sentence, `after` its rest from the hit's end. */
export function lookalike22(
  toks: MToken[],
  h: RuleHit,
  sentence: MToken[],
  after: MToken[],
  atPlace: boolean,
  relapse: boolean,
): Veto | undefined {
  // the cues that keep the danger are looked for in the whole message («сижу на крыше гаража? не, на крыше
  // 10этажки лол. не гаража. щас спрыгну»)
  const safe = () => !anyIn('harmCue22', toks)
  if (atPlace && anyIn('ordinaryAtPlace', sentence) && safe() && !anyIn('stepCue22', toks)) return 'everyday'
  if (PLANS.has(h.cat) && anyIn('sportOrTrip', sentence) && safe()) return 'everyday'
  if (h.cat === 'farewell' && anyIn('goodbyeThing', sentence)) return 'everyday'
  if (h.cat === 'farewell' && anyIn('schoolEnded22', toks) && !anyIn('deathWish22', toks)) return 'everyday'
  if (h.cat === 'passive_ideation' && anyIn('reasonAfter22', after.slice(0, 4))) return 'idiom'
  if (!relapse && PAST_ABLE.has(h.cat) && anyIn('recovered22', toks)) return 'past'
  return undefined
}

/**
 * A message that tells a wish or a harm as past and resolved, with nothing come back (`relapse`): a strong past
 * marker and a resolution («раньше…, сейчас…», "I used to wish… Now I wake up early"), a resolution that says so on
 * its own, being alive and well now, or recovery told as done. The strong sentence pass does not read such a message
 * by its sentences (`CRISIS_LIMITS.sentenceStrongResolved`): the sentence that tells the past alone reads as crisis.
 */
export function toldAsResolved(toks: MToken[]): boolean {
  if (anyIn('relapse', toks) || anyIn('relapseSlip', toks)) return false
  const past = anyIn('pastStrong', toks) || anyIn('pastWeak', toks)
  return (
    (past && anyIn('resolved', toks)) ||
    anyIn('resolvedStrong', toks) ||
    anyIn('aliveNow', toks) ||
    anyIn('recovered22', toks)
  )
}

/**
 * A classifier-only reading dismissed for grief told as grief (someone else's death, `bereaved`, and no death wish or
 * means in the message): a farewell that is the goodbye one did not get to say to the dead («похоронили бабушку. я
 * не успела с ней попрощаться»), a third party that is a question how to comfort the bereaved ("my best friend's mom
 * died of cancer yesterday. what do I even say to her").
 */
export function griefLookalike22(category: string, toks: MToken[]): boolean {
  if (category !== 'farewell' && category !== 'third_party') return false
  if (!anyIn('bereaved', toks) || anyIn('deathWish22', toks)) return false
  return category === 'farewell' ? anyIn('missedGoodbye22', toks) : anyIn('comfortAsk22', toks)
}
