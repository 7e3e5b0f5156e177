/**
 * Scope lists of round 25 (crisis25ru, issue #12), in the pattern language of pattern.ts; scope-lists.ts joins them into
 * SCOPE_SRC, vetoes.ts and vetoes-round25-ru.ts ask them. Compiled `known: false` (`ROUND25_RU_UNKNOWN`, scopes.ts) and no
 * concept of the classifier (concept-matches.ts): its features are as trained.
 */

/**
 * Advice or a ban said to the addressee, before a crisis phrase in the same clause: the phrase is about the partner
 * in the chat, not the writer («ты не должна хотеть умереть из-за него», «тебе не надо себя резать», «не смей себя
 * винить», "you shouldn't want to die over him", "you don't deserve to hurt like this").
 */
const ADVICE = [
  '=ты|=вы ?=же|=вообще|=совсем|=точно|=правда =не =должна|=должен|=должны|=обязана|=обязан|=обязаны',
  '=тебе|=вам ?=же|=вообще|=совсем|=точно|=правда =не =надо|=нужно|=стоит|=следует|=обязательно',
  '=тебе|=вам =нельзя',
  '=не =надо|=нужно|=стоит =тебе|=вам',
  '=не =смей|=смейте|=вздумай|=вздумайте',
  '=you ?=really|=just|=so|=definitely =shouldnt|=should_not|=mustnt|=must_not|=dont_have_to|=do_not_have_to|=dont_need_to|=do_not_need_to|=dont_deserve|=do_not_deserve|=shouldnt_have_to|=dont_get_to',
  '=dont|=do_not|=never ?=you =dare',
  '=no_need_for_you|=theres_no_need_for_you|=there_is_no_need_for_you',
]

/**
 * A figure of speech named (with `hyperbole`, vetoes.ts hyperboleIn): «про «умереть хочется» это я образно», «в
 * переносном смысле», "figuratively", "not literally"; denied just before it («это не образно») it is no veto.
 */
const FIGURE = [
  '=образно|=фигурально|=метафорически|=иносказательно|=в_переносном_смысле|=в_переносном_значении|=для_красного_словца|=образное_выражение',
  '=figuratively|=metaphorically|=not_literally|=a_figure_of_speech|=figure_of_speech|=in_a_manner_of_speaking',
]

/**
 * A goodbye said to a job, a routine, a place or a thing one leaves behind, not to people: «прощайте, мои ночные
 * дежурства», «прощай, старый ноут», «прощай офис», «бывай, общага». Not «прощайте навсегда, работа меня добила».
 */
const GOODBYE_ROUTINE = [
  '=прощай|=прощайте|=бывай|=бывайте|=goodbye|=bye|=farewell !навсегда|все|всем|вы|ребята|друзья|мир|forever|everyone|all|world ?=мои|=мой|=моя|=мое|=наши|=наш|=my|=our ~1 смен*|дежурств*|работ*|офис*|планерк*|совещан*|школ*|универ*|институт*|колледж*|общаг*|город*|двор*|квартир*|район*|сесси*|экзамен*|диет*|сигарет*|ноут*|телефон*|машин*|каникул*|вахт*|командировк*|казарм*|садик*|=shift|=shifts|=night_shifts|=office|=job|=meetings|=school|=dorm|=flat|=apartment|=laptop|=exams',
]

/** The writer joining in with someone's words: then they are the writer's too («я тоже», "me too"). */
const JOINED = [
  '=я_тоже|=мне_тоже|=у_меня_тоже|=со_мной_тоже|=и_я|=me_too|=same_here|=me_as_well|=so_do_i|=i_do_too|=i_feel_the_same',
]

/** Scope patterns compiled with `known: false` (scopes.ts). */
export const ROUND25_RU_UNKNOWN: readonly string[] = [...ADVICE, ...FIGURE, ...JOINED, ...GOODBYE_ROUTINE]

/** The round-25 scope lists, by name (joined into SCOPE_SRC after round 24's). */
export const ROUND25_RU_SCOPE_SRC: Record<string, string[]> = {
  advice25: ADVICE,
  figure25: FIGURE,
  joined25: JOINED,
  goodbyeRoutine25: GOODBYE_ROUTINE,
}
