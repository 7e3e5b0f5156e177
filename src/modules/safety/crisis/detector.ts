/**
 * Crisis detector v2: normalise → stem → phrase rules with scope vetoes (rules.ts) → classifier (model.ts).
 * How the stages combine (`CRISIS_LIMITS`; chosen on the dev split's lines by blind authors, with margin):
 * - a rule hit that survives its scope rules decides the categories (`source: 'lexicon'`), unless the
 *   classifier is near-certain the message is not a crisis (P(none) > ruleOverrideNone; > ruleOverrideWishNone
 *   for a hit worded as the writer's own wish, `ownWish`) and the hit is not imminent or intent (the most
 *   urgent categories are never overridden);
 * - a rule hit vetoed as an idiom or hyperbole, or an idiom anywhere in the message, is final: no hit;
 * - a rule hit vetoed by another scope rule (negation, past-and-resolved, film/news), or a film/news/game,
 *   everyday-plan or past marker anywhere in the message (`messageVeto`), leaves the classifier a say only
 *   when it is near-certain of a crisis (P(none) < vetoedMaxNone): "not suicidal, just can't stop cutting";
 * - a message with no death/harm/means/farewell/plan word at all (`hasCrisisAnchor`) needs
 *   P(none) < unanchoredMaxNone, which keeps everyday wishes («хочу уволиться») away while implicit plans
 *   («дату уже выбрала, осталось дождаться») can still be caught;
 * - otherwise the model raises a hit (`source: 'model'`, term `model`) when P(none) < 1 - threshold of the
 *   message's language (chosen on dev by build.ts); its category is the most probable crisis class;
 * - a message of two or more sentences is also read sentence by sentence (those with a crisis word or a kind
 *   of word plans are told with): a sentence the classifier reads as near-certain crisis (P(none) <
 *   sentenceMaxNone) stands for the message, so a crisis sentence in the middle of a long vent is not drowned
 *   by the everyday ones around it, unless the whole message reads as near-certain none
 *   (sentenceContextMaxNone: the context that makes a line everyday often sits in another sentence) and the
 *   sentence is not near-certain enough to stand against it (sentenceStrongMaxNone; then a hope or an "if"
 *   alone is no cue to read it by); sentences of fewer than three words are never read alone; the vetoes and
 *   limits above still look at the whole message.
 */
import {
  CRISIS_CATEGORY_ORDER,
  CRISIS_SEVERITY,
  type CrisisCategory,
  type CrisisResult,
} from '../crisis-types.js'
import { analyse, langOfTokens } from './analyse.js'
import { obliqueAnchor } from './concept-matches.js'
import type { MToken } from './matcher.js'
import { type LoadedModel, loadModel } from './model.js'
import { backSoon, boundedAbsence, everydayEnding, pluralOnly, statesSafe } from './model-checks.js'
import { withoutPartnerWords } from './partner-words.js'
import { anyIn, conceptsOf, hasCrisisAnchor, matchRules, messageVeto, type RuleHit } from './rules.js'
import { HARM_WITH_HOW, METHODS } from './rules-en-calm.js'
import { ROUND25_UNCANCELLED } from './rules-en-round25.js'
import { ROUND26_UNCANCELLED } from './rules-en-round26.js'
import { scoreMessage } from './score.js'
import {
  clarifiedAfter,
  hitSentence,
  hitSentenceDoubts,
  leastNoneSentence,
  SENTENCE_ALONE,
} from './sentences.js'
import { griefLookalike22, toldAsResolved } from './vetoes-round22.js'

// analyse moved to analyse.ts; it stays importable from here (build.ts, scripts and tests once imported it so)
export { analyse } from './analyse.js'

/** How the classifier's P(none) combines with the rules (see the header); `CrisisOptions.limits` for tuning. */
export type CrisisLimits = {
  /** Highest P(none) at which a message with no crisis word at all is a hit («дату уже выбрала»). */
  unanchoredMaxNone: number
  /** Highest P(none) at which a message the scope rules vetoed is still a hit (the classifier disagrees). */
  vetoedMaxNone: number
  /** Lowest P(none) at which the classifier overrides a rule hit (not imminent or intent): "unalive is a weird word". */
  ruleOverrideNone: number
  /**
   * …and for a hit worded as the writer's own wish («хочу умереть», «мне хочется умереть», "i want to kill
   * myself", «не хочу жить»; `ownWish`): the classifier must be far surer, since missing "I want to die" is the
   * worse error; 1 = never on its word alone, only with a doubt cue (`ruleOverrideCuedNone`), as for quoted
   * wishes («написала «хочу сдохнуть» в чат класса»).
   */
  ruleOverrideWishNone: number
  /**
   * …and for a farewell hit in a message with arrangements for after or a farewell's wishes (round 23): a goodbye with its settling up ("Got paid, cleared my debts… goodbye",
   * «ключи от гаража у соседа… скажите ему что папа гордился») is told in the calm, thankful words the classifier
   * reads as everyday, so out of fold it cancelled real farewells on its word alone; 1 = only with a doubt cue.
   */
  ruleOverrideFarewellNone: number
  /**
   * …and for a hit the message itself gives a reason to doubt (`doubtCue`: another rule hit vetoed, or a
   * message-wide scope cue — negation, past, film/game, idiom, accident, an everyday plan — but not medical talk,
   * which real suffering is told with): the older, looser limit («в доте убила себя лавой», "i dont want to die,
   * just want this to stop hurting", "planning my wedding … now i just want it to be over").
   */
  ruleOverrideCuedNone: number
  /**
   * A message of at least this many sentences is also read sentence by sentence: the classifier's answer is
   * the one of the sentence (or the whole) least likely `none`, so a crisis sentence inside a long vent is not
   * drowned by the everyday ones around it (scope vetoes still look at the whole message). 0 turns it off.
   */
  sentenceScoring: number
  /** A sentence's answer counts only when its P(none) is below this (a sentence alone lacks its context). */
  sentenceMaxNone: number
  /**
   * …and only when the whole message's P(none) is below this: a message the classifier reads as near-certain
   * none has its everyday context in the other sentences (a quarrel made up over cocoa, a bridge collapse in
   * the news). Set just above the highest whole-message P(none) of a blind dev crisis the sentence pass catches
   * (0.9984, crisis5); 1 turns it off.
   */
  sentenceContextMaxNone: number
  /**
   * A sentence this sure of a crisis stands for the message whatever the whole reads (0 turns it off): the
   * classifier's features add up over a long message, so a few everyday sentences around a tired wish or a calm
   * goodbye push the whole to P(none) 1 − 1e-7 and past `sentenceContextMaxNone` (batch 30, round 20).
   */
  sentenceStrongMaxNone: number
  /**
   * In a message of `sentenceScoring` or more sentences the classifier cancels a rule hit on its own word (no doubt
   * cue) only when the hit's own sentence, read alone, is also at least this likely `none` (0 turns it off): the whole message's P(none) grows
   * with its length, so it no longer says how everyday the hit's words are («…нашла в его машине шланг и скотч.
   * Он сказал, что для дачи. У нас нет дачи.», whole 1 − 1e-8, the hit's sentence 0.08).
   */
  ruleOverrideSentenceNone: number
  /**
   * In a message of sentences, a rule hit whose own sentence the classifier reads alone with P(none) below this
   * is not cancelled on the whole message's P(none), and only that sentence's doubt cues count (round 20: a calm
   * "I'm tired of being alive" after "do the books all day"); 0 turns it off.
   */
  hitSentence: number
  /**
   * 1: the strong pass (`sentenceStrongMaxNone`) does not read a message that tells a wish or harm as past and
   * resolved (`toldAsResolved`: "I used to wish I wouldn't wake up. Now I wake up early to walk my dog"); 2: nor
   * does the ordinary pass; 0 off.
   */
  sentenceStrongResolved: number
}
export const CRISIS_LIMITS: CrisisLimits = {
  unanchoredMaxNone: 0.1,
  vetoedMaxNone: 0.01,
  // 1 − 1e-7 and 1 − 1e-6 (were 1 − 1e-5, 1 − 1e-4) since the classifier is trained with dropout 0.5 (model18): it is
  // ~100 times surer both ways. A wish of the writer's own is cancelled only with a doubt cue (a quote, negation,
  // past, film/game, idiom…), never on the classifier's word alone: at 1 − 1e-9 (model18) it still cancelled
  // «Всё, хватит. Хочу умереть. …боль в спине…» and «тайно надеюсь что не поправлюсь» (1 − P(none) 4e-12);
  // leave-batches-out (lobo.ts) ru +2 crisis lines / +2 false positives of ~11k, en unchanged.
  ruleOverrideNone: 0.9999999,
  ruleOverrideWishNone: 1,
  // round 23: lobo ru +1 crisis line, en +2 / +1 false positive ("deleted hinge, bumble… goodbye forever")
  ruleOverrideFarewellNone: 1,
  ruleOverrideCuedNone: 0.999999,
  sentenceScoring: 2,
  // round 23 (crisis23fp): 0.01 → 0.008; lobo-diff, the same fold models: ru −2 false positives, en −5, no crisis line
  // lost or gained (0.005 lost 2 en intent lines, 0.002 seven)
  sentenceMaxNone: 0.008,
  sentenceContextMaxNone: 0.999,
  // round 20 (batch 30, long adult messages): leave-batches-out over 5 folds, against both off, ru +26 crisis lines
  // / +15 false positives of 5,314 / 6,300, en +16 / +12 of 5,116 / 6,638 (recall − 2 × fpr level in both)
  sentenceStrongMaxNone: 1e-5,
  ruleOverrideSentenceNone: 0.5,
  hitSentence: 0.01,
  sentenceStrongResolved: 1,
}

/**
 * A first-person hit overlapping a third-party phrase («подруга хочет покончить с собой») is the third party's,
 * also when the third-party phrase was vetoed («сестра говорит, что хочет умереть… мы все так говорим»).
 */
export function dropInsideThirdParty(hits: RuleHit[], vetoed: RuleHit[] = []): RuleHit[] {
  const third = [...hits, ...vetoed].filter((h) => h.cat === 'third_party')
  if (third.length === 0) return hits
  return hits.filter((h) => h.cat === 'third_party' || !third.some((t) => h.start < t.end && h.end > t.start))
}

/** A contrast after a denial takes it back («…у меня их нет, но я режусь»). */
const CONTRAST = new Set([
  'but',
  'though',
  'although',
  'however',
  'yet',
  'но',
  'однако',
  'хотя',
  'зато',
  'только',
])

/**
 * A vetoed crisis phrase that the next sentence, starting right after it, denies («суицидальные мысли? у меня их
 * нет», "self harm? nope"), with no contrast anywhere after («…нет, но я режусь»).
 */
function answeredByDenial(toks: MToken[], vetoed: { hit: RuleHit }[]): boolean {
  if (toks.some((t) => CONTRAST.has(t.text))) return false
  return vetoed.some(({ hit: h }) => {
    const i = h.end
    if (i >= toks.length || toks[i]!.brk !== 2) return false
    return anyIn(
      'denyAfter',
      toks.slice(i, i + 4).map((t, k) => (k === 0 ? { ...t, brk: 0 } : t)),
    )
  })
}

/** Words that make a rule hit the writer's own present wish: «хочу умереть», "i want to kill myself". */
const WISH_WORDS = new Set(['хочу', 'хочется', 'want', 'wanna', 'надеюсь', 'hope', 'wish'])

/**
 * An active or passive ideation hit the writer says they want: a wish word in its span or among the two words
 * before it in the same clause ("i want to kill myself", where the rule's span is "kill myself").
 */
export function ownWish(toks: MToken[], h: RuleHit): boolean {
  if (h.cat !== 'active_ideation' && h.cat !== 'passive_ideation') return false
  let from = h.start
  while (from > 0 && from > h.start - 2 && toks[from]!.brk === 0) from--
  for (let i = from; i < h.end; i++) if (WISH_WORDS.has(toks[i]!.text)) return true
  return false
}

/** Arrangements for after or a farewell's wishes in the message (concepts.ts `arrange`, `bless`): "keys are with the neighbour". */
function settlingUp(toks: MToken[]): boolean {
  const rest = toks.filter((t) => !DELETING.has(t.text))
  return conceptsOf(rest).some((c) => c === 'arrange' || c === 'bless')
}

/** An app or account deleted or cancelled is settling up in an ordinary leaving too ("deleted hinge, bumble… goodbye forever"). */
const DELETING = new Set(['deleted', 'cancelled', 'удалила', 'удалил'])

/** Goodbyes whose ordinary sense the writer denies («не в смысле до завтра», "not like moving"): rules-*-unsaid.ts. */
const DENIED_LEAVING = new Set(['не в смысле до завтра', 'not like moving'])

/** A goodbye with its ordinary sense denied, or a farewell hit with its settling up in the message (round 23). */
function farewellKept(toks: MToken[], hits: RuleHit[]): boolean {
  return (
    hits.some((h) => DENIED_LEAVING.has(h.id)) || (hits.some((h) => h.cat === 'farewell') && settlingUp(toks))
  )
}

/** The classifier's P(none) above which it cancels these rule hits on its own word (no doubt cue). */
function overrideLimit(toks: MToken[], hits: RuleHit[], kept: boolean, lim: CrisisLimits): number {
  if (hits.some((h) => ownWish(toks, h))) return lim.ruleOverrideWishNone
  if (kept) return Math.max(lim.ruleOverrideNone, lim.ruleOverrideFarewellNone)
  return lim.ruleOverrideNone
}

/**
 * A reason in the message itself to doubt a rule hit: another hit vetoed by a scope rule, or a message-wide
 * scope cue other than medical talk (chronic pain, an ill parent: real suffering is told with it).
 */
export function doubtCue(toks: MToken[], anyVetoed: boolean, text = '', keptFarewell = false): boolean {
  if (anyVetoed) return true
  const mv = messageVeto(toks)
  // a settled-up or denied-ordinary goodbye is told beside work and plans: an everyday word is no doubt then
  return (mv !== undefined && mv !== 'medical' && !(keptFarewell && mv === 'everyday')) || quotedWish(text)
}

// A span in quotation marks, up to 80 characters.
const QUOTED_RE = /[«"“„]([^«»"“”„\n]{1,80})[»"”“]/g
/**
 * A wish word inside quotation marks («написала «хочу сдохнуть» в чат класса», 'i said "i want to die" because my
 * mom posted…'): words reported, maybe not meant, so the classifier may weigh in at the cued limit. Not a veto:
 * «я сказала маме «хочу умереть», а она не поверила» stands unless the classifier is near-certain.
 */
export function quotedWish(text: string): boolean {
  if (!/[«"“„]/.test(text)) return false
  for (const m of text.matchAll(QUOTED_RE))
    if (analyse(m[1]!).some((t) => WISH_WORDS.has(t.text))) return true
  return false
}

/** The classifier's class probabilities for the whole message. */
function score(m: LoadedModel, toks: MToken[]): number[] {
  return scoreMessage(m, toks, conceptsOf(toks))
}

/** `model: false` runs the rules only; a LoadedModel replaces the shipped one (training picks its threshold). */
export type CrisisOptions = { model?: false | LoadedModel; limits?: CrisisLimits }

export function detectCrisisV2(input: string, opts: CrisisOptions = {}): CrisisResult {
  if (!input?.trim()) return { hit: false }
  // the chat partner's words quoted back to them are theirs, not the writer's (partner-words.ts, round 25)
  const text = withoutPartnerWords(input)
  const toks = analyse(text)
  if (toks.length === 0) return { hit: false }
  const lang = langOfTokens(toks)
  const { hits: raw, vetoed } = matchRules(toks)
  const hits = dropInsideThirdParty(
    raw,
    vetoed.map((v) => v.hit),
  )
  const lim = opts.limits ?? CRISIS_LIMITS
  const m = opts.model === false ? undefined : (opts.model ?? loadModel())
  if (hits.length > 0) {
    const set = new Set(hits.map((h) => h.cat))
    const categories = CRISIS_CATEGORY_ORDER.filter((c) => set.has(c))
    const category = categories[0]!
    // imminent and intent are never overridden: the classifier is not asked
    const p = m && category !== 'imminent' && category !== 'intent' ? score(m, toks) : undefined
    // asked once, and only when the classifier may cancel the hits (settlingUp reads the whole message)
    const kept = p !== undefined && farewellKept(toks, hits)
    const limit = p !== undefined ? overrideLimit(toks, hits, kept, lim) : lim.ruleOverrideNone
    // In a message of sentences, a wish or a harm whose own sentence the classifier reads alone as crisis is not
    // cancelled by the everyday sentences before it: only its sentence and what follows (a retraction, «…от
    // зависти») can cast doubt on it. A goodbye is left to the whole message (its context is anywhere).
    const own =
      p !== undefined &&
      p[0]! > lim.ruleOverrideCuedNone &&
      lim.hitSentence > 0 &&
      SENTENCE_ALONE.has(category)
        ? hitSentence(m!, toks, hits, p, lim.hitSentence)
        : undefined
    const alone = own !== undefined && own.p[0]! < lim.hitSentence && !clarifiedAfter(toks, hits)
    const cueToks = alone ? toks.slice(own.from) : toks
    const cueVetoed = alone ? vetoed.some((v) => v.hit.end > own.from) : vetoed.length > 0
    // a doubt cue is the hit's sentence's and after (alone) or the message's; the own-word override also needs the
    // hit's sentence to read as none (ruleOverrideSentenceNone)
    const overridden =
      p !== undefined &&
      !hits.some((h) => UNCANCELLED.has(h.id)) &&
      ((p[0]! > limit && !alone && (clarifiedAfter(toks, hits) || !hitSentenceDoubts(m!, toks, hits, lim))) ||
        (p[0]! > lim.ruleOverrideCuedNone &&
          doubtCue(cueToks, cueVetoed, text, lim.ruleOverrideFarewellNone >= 1 && kept)))
    if (!overridden) {
      const term = hits.find((h) => h.cat === category)!.id
      return {
        hit: true,
        category,
        categories,
        severity: CRISIS_SEVERITY[category],
        lang,
        term,
        source: 'lexicon',
      }
    }
    return { hit: false }
  }
  if (!m) return { hit: false }
  // An idiom or hyperbole named in so many words («режу себе ногти», «покончить с курением») is final.
  if (vetoed.some((v) => v.veto === 'idiom')) return { hit: false }
  let p = score(m, toks)
  const whole = p
  if (lim.sentenceScoring > 0 && (p[0]! < lim.sentenceContextMaxNone || lim.sentenceStrongMaxNone > 0)) {
    const strong = p[0]! >= lim.sentenceContextMaxNone
    const q =
      lim.sentenceStrongResolved > (strong ? 0 : 1) && toldAsResolved(toks)
        ? undefined
        : leastNoneSentence(m, toks, lim.sentenceScoring, strong)
    const limit = strong ? lim.sentenceStrongMaxNone : lim.sentenceMaxNone
    if (q && q[0]! < p[0]! && q[0]! < limit) p = q
  }
  const openMaxNone = anchored(toks)
    ? 1 - m.threshold[lang]
    : Math.min(1 - m.threshold[lang], lim.unanchoredMaxNone)
  // The cheap check first (the relay runs this for every message): the classifier settles almost every
  // message; the message-wide scope vetoes (every scope list over every token) only run for a would-be hit.
  // Same result as vetoes-first: the bound below is the loosest either branch could allow.
  const bound = vetoed.length > 0 ? lim.vetoedMaxNone : Math.max(openMaxNone, lim.vetoedMaxNone)
  if (p[0]! >= bound) return { hit: false }
  const mv = messageVeto(toks)
  if (mv === 'idiom') return { hit: false }
  // A crisis phrase answered by a denial right after it («суицидальные мысли? у меня их нет»), nothing against it
  if (mv === 'negation' && answeredByDenial(toks, vetoed)) return { hit: false }
  // Another scope veto, someone else's death or illness told as grief (not a doubt about a rule hit: grief is
  // also how a crisis is told), or no crisis word at all: the model must be near-certain.
  const maxNone = vetoed.length > 0 || mv || anyIn('bereaved', toks) ? lim.vetoedMaxNone : openMaxNone
  if (p[0]! >= maxNone) return { hit: false }
  // Grief told in one sentence is the context of the next («похоронили бабушку. я не успела с ней попрощаться»):
  // a sentence read alone does not stand for the message then; the whole must be near-certain too. (Asked of every
  // message-wide cue, this lost 11 dev crisis lines: a plan's date and means often sit beside the everyday words.)
  const grief = anyIn('bereaved', toks)
  if (grief && whole[0]! >= maxNone) return { hit: false }
  let best = 1
  for (let c = 2; c < p.length; c++) if (p[c]! > p[best]!) best = c
  const category = m.classes[best] as CrisisCategory
  // An act the writer says they will not do, with no "but" after it ("I'm not going to hurt myself")
  if (ACTS.has(category) && statesSafe(toks)) return { hit: false }
  // A farewell with a word that one will be back soon and no finality cue ("I will write again tomorrow")
  if (category === 'farewell' && backSoon(toks)) return { hit: false }
  // An absence with its bound and no finality cue («меня не будет пару дней»)
  if ((category === 'farewell' || category === 'intent') && boundedAbsence(toks)) return { hit: false }
  // A sign-off for the night, a thing given away for an everyday reason, a job ended after years, a resignation, a
  // debt paid off, a quarrel made up, a transfer, a pet's scratch (model-checks.ts)
  if (everydayEnding(category, toks)) return { hit: false }
  // Grief told as grief: a goodbye not said to the dead, how to comfort the bereaved (vetoes-round22.ts)
  if (griefLookalike22(category, toks)) return { hit: false }
  // A plan told by "we" with no "I/me/my" at all is a shared, ordinary plan ("we picked the date, just waiting")
  if ((category === 'intent' || category === 'imminent') && pluralOnly(toks)) return { hit: false }
  return {
    hit: true,
    category,
    categories: [category],
    severity: CRISIS_SEVERITY[category],
    lang,
    term: 'model',
    source: 'model',
  }
}

/**
 * A crisis word (`hasCrisisAnchor`), or a means, plan or goodbye told with none ("took all my grandad's
 * morphine … feeling heavy", "walked into the ocean … fully dressed", thoughts of "self-deletion"):
 * `obliqueAnchor`, concepts.ts OBLIQUE_ANCHORS.
 */
export function anchored(toks: MToken[]): boolean {
  return hasCrisisAnchor(toks) || obliqueAnchor(toks)
}

/** Categories that name an act; a statement that one will not do it speaks to them, not to a wish. */
const ACTS = new Set<CrisisCategory>(['intent', 'imminent', 'self_harm', 'active_ideation'])

/**
 * Rule families the classifier never cancels, as it never cancels intent: they already ask for the context that
 * makes them a crisis (a harm with how it was done: "poured boiling water on my hand"; methods thought about),
 * which the classifier, never trained on such adult wording, reads as none in a long message. Each hits no none
 * line of train/dev (round 20). Settling up and signing off stays cancellable: a job or a country left reads the
 * same ("last shift after 12 years… gave everything away… goodbye!"). Round 25's English families join them
 * (rules-en-round25.ts ROUND25_UNCANCELLED: each asks for its own context, the calm thanks the classifier misreads);
 * round 26's too (rules-en-round26.ts).
 */
const UNCANCELLED: ReadonlySet<string> = new Set([
  HARM_WITH_HOW,
  METHODS,
  ...ROUND25_UNCANCELLED,
  ...ROUND26_UNCANCELLED,
])

/** Compiles the rules, loads the stemmers and the model now instead of on the first message. */
export function warmUpCrisisDetector(): void {
  detectCrisisV2('хочу умереть')
  detectCrisisV2('warm up: nothing here')
  loadModel()
}
