/**
 * Look-alike families of round 25 (crisis25en, issue #12), from batch 37's false positives: someone else's goodbye
 * told as news ("my granddad said goodbye to everyone at his 90th"), a jump onto a bed or a bus ("going to jump on
 * the bed when i get home"), someone else's words dismissed as drama in so many words ("she's fine, she's just
 * dramatic about football"), a game named in a cover story ("told him i was over gaming"), and a condition that ends before a plan ("after my son's exams are over"), which is no
 * past resolved. Data only, in the pattern language of pattern.ts; scope-lists.ts joins them into SCOPE_SRC,
 * vetoes-round25.ts asks them. Compiled `known: false` (`ROUND25_UNKNOWN`), so the classifier's features stay as
 * trained.
 */

import { MY_REASON, TOLD } from './rules-en-round25.js'

/** Someone else who said or says goodbye (a farewell hit after it is theirs, told as news). */
const OTHERS_GOODBYE = [
  '=granddad|=grandad|=grandpa|=grandma|=gran|=nan|=nana|=granny|=mum|=mom|=dad|=uncle|=aunt|=auntie|=aunty|=brother|=sister|=friend|=boss|=teacher|=coach|=neighbour|=neighbor|=cousin|=he|=she|=they ~2 =said|=says|=saying|=kept_saying|=keeps_saying|=waved|=was_saying ~1 =goodbye|=goodbyes|=bye|=farewell',
]

/** A jump onto a bed, a seat or a vehicle: "jump on the bed", "jumping on the bus", "jump on a call". */
const JUMP_ON_THING = [
  '=jump|=jumping|=jumped|=jumps ~1 =on|=onto|=into|=in ~1 =the|=a|=my|=our|=his|=her ~1 =bed|=beds|=trampoline|=sofa|=couch|=bandwagon|=bus|=plane|=call|=zoom|=bike|=horse|=scale|=scales|=bouncy_castle|=hot_tub|=shower|=queue|=boat|=ferry|=tram|=car|=taxi|=uber|=pile|=leaves|=puddle|=puddles|=ball_pit|=dance_floor|=stage',
  '=jump|=jumping|=jumped|=jumps ~1 =on|=onto ~1 =the ~1 =train !tracks|track|line|lines|=the_tracks|rails',
]

/** Someone else's words dismissed as drama by the writer: "she's fine, she's just dramatic", "he's only joking". */
const DISMISSED_AS_DRAMA = [
  '=shes|=hes|=theyre|=she_is|=he_is|=they_are ~1 =fine|=ok|=okay|=alright ~~4 =just|=only|=always ~2 =dramatic|=being_dramatic|=a_drama_queen|=theatrical|=joking|=exaggerating|=like_that',
  '=every_time|=everytime|=whenever ~4 =team|=side|=club|=they|=she|=he ~2 =loses|=lose|=lost|=draws|=gets_knocked_out',
]

/** A word of condition before "over", "done", "finished": the thing ends later, as a plan's when. */
const CONDITION_BEFORE = [
  '=after|=once|=until|=till|=til|=as_soon_as|=before|=the_minute|=the_moment|=by_the_time',
]

/** A cover story told for a thing given away ("told him i was over gaming"): a game named in it is no game played. */
const COVER_REASON = [`${TOLD} ~3 ${MY_REASON}`]

/**
 * A job ended after years of it, told as such ("Last shift today after 12 years", "retired on friday after 38 years of
 * teaching", "left my job at the hospital after 25 years"): the thanks and goodbyes around it are a leaving do's.
 */
const JOB_ENDED = [
  '=last_shift|=last_day_at_work|=last_day_at_the_office|=last_day_of_work|=last_day_at_the_hospital|=retired|=retiring|=retirement|=left_my_job|=leaving_my_job|=quit_my_job|=finished_my_last_shift ~~8 =after ~1 =2|=3|=4|=5|=6|=7|=8|=9|=10|=11|=12|=13|=14|=15|=16|=17|=18|=19|=20|=25|=30|=35|=38|=40|=two|=three|=four|=five|=six|=seven|=eight|=nine|=ten|=twelve|=twenty|=thirty|=so_many|=all_these|=all_those ~1 =years',
]

/** Scope patterns compiled with `known: false` (scopes.ts). */
export const ROUND25_UNKNOWN: readonly string[] = [
  ...OTHERS_GOODBYE,
  ...JUMP_ON_THING,
  ...DISMISSED_AS_DRAMA,
  ...CONDITION_BEFORE,
  ...COVER_REASON,
  ...JOB_ENDED,
]

/** The round-25 scope lists, by name (joined into SCOPE_SRC after round 24's). */
export const ROUND25_SCOPE_SRC: Record<string, string[]> = {
  othersGoodbye25: OTHERS_GOODBYE,
  jumpOnThing25: JUMP_ON_THING,
  dismissedAsDrama25: DISMISSED_AS_DRAMA,
  conditionBefore25: CONDITION_BEFORE,
  coverReason25: COVER_REASON,
  jobEnded25: JOB_ENDED,
}
