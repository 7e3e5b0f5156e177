/**
 * Round 24's check on the dismissal vetoes (crisis24en, issue #12): someone else's words dismissed by others as
 * drama, a phase or a good sign ("Mom thinks she's being dramatic", "everyone says that's a good sign") and the
 * writer worried anyway after it ("I feel so helpless", "it doesn't feel like one") is a third party told with its
 * doubt, not a hyperbole or a saying: the third-party hit stands. So is a joke the writer doubts ("I don't think he
 * was joking"): no retracted joke then, for any hit. And (crisis24ru) a death told as when is no grief idiom for a
 * rule hit's clause (`idiomInClause`).
 */
import type { MToken } from './matcher.js'
import type { RuleHit } from './rules.js'
import { anyIn, scopeSets } from './scopes.js'
import { deniedFearOnly } from './vetoes-round25-ru.js'

/** Whether the writer doubts a joke someone else made of it ("I don't think he was joking", "im not laughing"). */
export function jokeDoubted(toks: MToken[]): boolean {
  return anyIn('jokeDoubted24', toks)
}

/** Whether others' dismissal is followed, anywhere later in the message, by the writer's worry. */
export function dismissalDoubted(toks: MToken[]): boolean {
  if (jokeDoubted(toks)) return true
  if (!anyIn('othersDismiss24', toks) || !anyIn('writerWorry24', toks)) return false
  const first = scopeSets().othersDismiss24!.match(toks)[0]!
  return scopeSets().writerWorry24!.some(toks, first.start)
}

/**
 * The English words of the effort-hyperbole idiom pattern (scope-lists.ts `idiom`: "=marathon|=workout|=gym|…"); the
 * Russian ones stay an idiom as before («наглоталась холодного воздуха на пробежке» lost its veto out of fold).
 */
const EFFORT_WORDS = new Set([
  'marathon',
  'workout',
  'gym',
  'training',
  'this',
  'a',
  'the',
  'my',
  'run',
  'hike',
])

/**
 * Whether `part`'s idiom matches are only the effort words (a gym, a workout, a run) with no dying or killing word
 * near them (`effortDeath24`): then the gym is an everyday detail, no hyperbole's cause ("cancelled my gym
 * membership… last step is me"; still an idiom: "this workout is killing me").
 */
export function onlyEffortPlace(part: MToken[]): boolean {
  if (anyIn('effortDeath24', part)) return false
  return scopeSets()
    .idiom!.match(part)
    .every((m) => part.slice(m.start, m.end).every((t) => EFFORT_WORDS.has(t.text)))
}

const END_WORDS = new Set(['end', 'ending', 'ended'])

/**
 * Whether an "end it" hit (its last words "end it") is said of a relationship, a membership or a job: "with him",
 * "with my gym membership" or "like break up" opens the next four words, across a sentence break ("i'm gonna end it.
 * with my gym membership").
 */
export function endItWith(toks: MToken[], h: RuleHit): boolean {
  const last = toks.slice(h.start, h.end).map((t) => t.text)
  if (last.at(-1) !== 'it' || !END_WORDS.has(last.at(-2) ?? '')) return false
  const after: MToken[] = toks
    .slice(h.end, h.end + 4)
    .map((t, k) => (k === 0 ? { ...t, brk: 0 as const } : t))
  return scopeSets().endItWith24!.some(after) && scopeSets().endItWith24!.match(after)[0]!.start <= 1
}

const AFTER = new Set(['после', 'after', 'since'])

/**
 * An idiom in a rule hit's clause `part` (a gym named with no dying word near it is none: `onlyEffortPlace`), or
 * someone else's death there (grief) unless the message joins the dead one («после смерти папы говорит, что хочет к
 * нему») — but a death told as when («мама после смерти папы говорит, что не хочет жить», "since my dad's death he
 * says…") is no grief idiom: the one who speaks lived on; a death as the thing thought of («думаю о смерти бабушки»)
 * still is (round 24). The classifier stage (vetoes.ts messageVeto) reads any death as grief.
 */
export function idiomInClause(part: MToken[], toks: MToken[]): boolean {
  if (anyIn('idiom', part) && !onlyEffortPlace(part) && !deniedFearOnly(part)) return true
  if (!anyIn('grief', part) || anyIn('joinDead', toks)) return false
  return scopeSets()
    .grief!.match(part)
    .some((m) => !part.slice(Math.max(0, m.start - 2), m.start).some((t) => AFTER.has(t.text)))
}
