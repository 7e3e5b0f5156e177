/**
 * Second-stage checks for a hit only the classifier makes (detector.ts): what the writer says around it that
 * the classifier's features do not weigh — a statement that they will not harm themselves, a word that they will
 * be back soon, an absence with its bound, a plan told as "we", a sign-off for the night, a thing given away for
 * an everyday reason, an everyday hurt of the body, a job ended after years of it. Scope lists in scope-lists.ts
 * (`selfSafe`, `returning`, `absence`, `goodnight`, `giveaway`, `deathWords`; `jobEnded25`: scope-lists-round25.ts).
 */
import type { MToken } from './matcher.js'
import { anyIn, clausesWith, conceptsOf, scopeSets } from './rules.js'
import { jobEndedAfterYears } from './vetoes-round25.js'
import { everyday26 } from './vetoes-round26.js'

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
 * An absence told with its bound («меня не будет пару дней», «…до понедельника», "going to a monastery for a
 * year") and no finality cue: an ordinary absence, not a plan or a farewell (classifier stage; not «через пару
 * дней меня не будет»).
 */
export function boundedAbsence(toks: MToken[]): boolean {
  if (conceptsOf(toks).includes('finality')) return false
  if (anyIn('absence', toks)) return true
  // away for a span, not denied just before ("I'm not going to be here for a year")
  if (!anyIn('goneForASpan', toks)) return false
  return scopeSets()
    .goneForASpan!.match(toks)
    .some((m) => !toks.slice(Math.max(0, m.start - 2), m.start).some((t) => NOT_BACK.has(t.text)))
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

/** Words that keep a sign-off or a giveaway a possible farewell: a stronger finality, a hope, waking. */
const STILL_FINAL = new Set([
  'forever',
  'never',
  'wont',
  'goodbye',
  'wake',
  'hope',
  'hoping',
  'wish',
  'навсегда',
  'никогда',
  'прощай',
  'прощайте',
  'проснуться',
  'проснусь',
  'надеюсь',
])

/** "the last time", «последний раз»: a finality cue stronger than a last message of the night. */
function lastTime(toks: MToken[]): boolean {
  return toks.some((t, i) => {
    const next = toks[i + 1]?.text
    return (t.text === 'last' && next === 'time') || (t.text.startsWith('последн') && next === 'раз')
  })
}

/**
 * A sign-off for the night ("this is my last message tonight, going to try sleeping", «иду спать, спокойной
 * ночи») with no death word, no means and no stronger finality ("forever", "won't", "wake", "the last time"):
 * the end of a conversation, not a farewell or a plan (classifier stage).
 */
export function nightSignoff(toks: MToken[]): boolean {
  if (!anyIn('goodnight', toks) || anyIn('deathWords', toks) || anyIn('means', toks)) return false
  return !toks.some((t) => STILL_FINAL.has(t.text)) && !lastTime(toks)
}

/** "everything", «всё», "won't need", «не нужно», "no use for": giving away more than a thing that does not fit. */
function allOrUnneeded(toks: MToken[]): boolean {
  return toks.some((t, i) => {
    const next = toks[i + 1]?.text ?? ''
    if (t.text === 'все' || t.text === 'everything' || t.text === 'понадобится') return true
    if (t.text === 'не' && next.startsWith('нуж')) return true
    return (
      ((t.text === 'wont' || t.text === 'dont') && next === 'need') || (t.text === 'no' && next === 'use')
    )
  })
}

/**
 * A thing given away for an everyday reason, told as a listing ("giving away a winter coat, it doesn't fit
 * anymore. size M, pickup near the station", «взял новый, старый отдам даром»), with no plan, date or finality
 * cue, no death word and not "everything" or "won't need": not arrangements for after (classifier stage).
 */
export function giveawayForReason(toks: MToken[]): boolean {
  if (!anyIn('giveaway', toks) || anyIn('deathWords', toks)) return false
  const cs = conceptsOf(toks)
  if (cs.includes('plan') || cs.includes('finality') || cs.includes('when')) return false
  return !allOrUnneeded(toks) && !toks.some((t) => STILL_FINAL.has(t.text))
}

/** Words that make an accident a cover story or deny it: on purpose, deliberately, "said", «как бы». */
const NOT_ACCIDENT = new Set([
  'специально',
  'нарочно',
  'намеренно',
  'purpose',
  'deliberately',
  'intentionally',
  'сказал',
  'сказала',
  'говорю',
  'говорила',
  'said',
  'say',
  'told',
  'tell',
  'pretend',
  'вру',
  'lie',
  'lied',
  'claim',
  'claimed',
])

/**
 * An accident told (`accident` in scope-lists.ts: «порезалась случайно», "while shaving", "just a scratch") for a
 * self-harm reading of the classifier, with no word that it was on purpose, not by accident («не случайно», "not
 * accidentally", «как бы») or a story told to others ("said it was an accident"): a hurt, not self-harm.
 */
export function accidentTold(toks: MToken[]): boolean {
  if (!anyIn('accident', toks)) return false
  return !toks.some((t, i) => {
    const next = toks[i + 1]?.text
    if (NOT_ACCIDENT.has(t.text)) return true
    return (
      (t.text === 'не' && next === 'случайно') ||
      (t.text === 'not' && next === 'accidentally') ||
      (t.text === 'как' && next === 'бы')
    )
  })
}

/**
 * An everyday hurt of the body told with its cause (`bodyHurt`: a tattoo, a flu shot, a cabinet door, a scab,
 * bitten nails, food poisoning) for a self-harm or imminent reading of the classifier alone, with no means named
 * no death or harm word beside it, and no word that it was on purpose or a story told to others: a hurt, not
 * self-harm or danger.
 */
export function bodyHurtTold(toks: MToken[]): boolean {
  if (!anyIn('bodyHurt', toks) || anyIn('means', toks)) return false
  if (toks.some((t) => NOT_ACCIDENT.has(t.text))) return false
  // a hurt done over and over "until" something («бьюсь … пока не», "banged my head on the desk until i stopped crying")
  if (toks.some((t, i) => UNTIL.has(t.text) || (t.text === 'пока' && toks[i + 1]?.text === 'не')))
    return false
  // a death or harm word outside the hurt told ("got a tattoo today. it hurt less than cutting"; not «отравилась»
  // of «отравилась суши» itself)
  const hurt = scopeSets().bodyHurt!.match(toks)
  return !scopeSets()
    .deathWords!.match(toks)
    .some((d) => !hurt.some((h) => d.start >= h.start && d.start < h.end))
}

/** A goodbye's love, apology or finality: a bounded last message is not ordinary with them. */
const PARTING = new Set([
  'love',
  'sorry',
  'forgive',
  'forever',
  'never',
  'goodbye',
  'люблю',
  'любите',
  'прости',
  'простите',
  'извините',
  'прощайте',
  'навсегда',
  'никогда',
])

/**
 * A last message or post bounded right after it (`lastForNow`: "for now", «на какое-то время», "until next week"), with
 * no death word, no farewell's wishes (`bless`) and no love or apology (round 24): the end of a stretch.
 */
function lastForNow(toks: MToken[]): boolean {
  if (!anyIn('lastForNow', toks) || anyIn('deathWords', toks)) return false
  return !conceptsOf(toks).includes('bless') && !toks.some((t) => PARTING.has(t.text))
}

const UNTIL = new Set(['until', 'till', 'til', 'untill'])

const NOT_WAKE = new Set(['not', 'never', 'dont', 'wont', 'не', 'никогда'])

/** Waking somewhere or at a time one looks forward to (`wakeAt`: "wake up in july on a beach"), not denied. */
export function wakeAt(toks: MToken[]): boolean {
  if (!anyIn('wakeAt', toks)) return false
  return !scopeSets()
    .wakeAt!.match(toks)
    .some((m) => toks.slice(Math.max(0, m.start - 2), m.start).some((t) => NOT_WAKE.has(t.text)))
}

const ALIVE = new Set(['alive', 'жива', 'жив'])

/**
 * «я жива и даже счастлива», "im alive and happy" (`aliveNow`'s alive-and-well phrases, not help found or "like a
 * bad dream", which wishes are told with too) with no contrast after it.
 */
function aliveAndWell(toks: MToken[]): boolean {
  if (!anyIn('aliveNow', toks)) return false
  return scopeSets()
    .aliveNow!.match(toks)
    .some(
      (m) =>
        toks.slice(m.start, m.end).some((t) => ALIVE.has(t.text)) &&
        !toks.slice(m.end).some((t) => CONTRAST.has(t.text)),
    )
}

/**
 * The everyday lines a classifier-only hit of this category is dismissed by (detector.ts asks once): a sign-off
 * for the night for a farewell, plan, imminent or third-party reading; a giveaway for a reason for a farewell or
 * a plan; an accident for self-harm; waking somewhere nice for a passive wish; alive and well now for a wish; a
 * job ended after years of it for a farewell (the leaving do's thanks, vetoes-round25.ts); round 26's everyday
 * endings (vetoes-round26.ts), asked first as the self-harm case returns.
 */
export function everydayEnding(category: string, toks: MToken[]): boolean {
  // round 26's: a resignation, a debt paid off, a quarrel made up, a transfer, a pet's scratch (vetoes-round26.ts)
  if (everyday26(category, toks)) return true
  if ((category === 'farewell' || category === 'intent') && giveawayForReason(toks)) return true
  if (category === 'farewell' && jobEndedAfterYears(toks)) return true
  if ((category === 'farewell' || category === 'intent') && lastForNow(toks)) return true
  if (category === 'self_harm') return accidentTold(toks) || bodyHurtTold(toks)
  if (category === 'imminent' && bodyHurtTold(toks)) return true
  if (category === 'passive_ideation' && wakeAt(toks)) return true
  // alive and well now, with no contrast after ("i never thought id make it to 25. im 27 and alive
  // and even happy sometimes"): a wish told as past, for a classifier-only ideation reading (round 20)
  if ((category === 'passive_ideation' || category === 'active_ideation') && aliveAndWell(toks)) return true
  return SIGNOFF_CATEGORIES.has(category) && nightSignoff(toks)
}

const SIGNOFF_CATEGORIES = new Set(['farewell', 'intent', 'imminent', 'third_party'])
