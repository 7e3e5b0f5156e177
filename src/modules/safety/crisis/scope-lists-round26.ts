/**
 * Scope families of round 26 (crisis26en, issue #12), from batch 40's misses and false positives: one's own video or
 * gaming kit is no film or game the words come from ("cut myself after reading the comments on my video", "recorded a
 * video for her wedding day"); a real stake after "if i lose" is no trivial one ("if i lose custody"); a shooting
 * sport is no gun loaded for oneself; and the everyday endings the classifier reads as a crisis with no rule hit (a
 * resignation decided, a driving lesson in a car park, a debt paid off with joy, a quarrel made up, a transfer to
 * another branch, a pet's scratch, "that's my self harm for the day haha"). Data only, in the pattern language of
 * pattern.ts; scope-lists.ts joins them into SCOPE_SRC, vetoes-round26.ts asks them. Compiled `known: false`
 * (`ROUND26_UNKNOWN`), so the classifier's features stay as trained.
 */

/** One's own video, post or gaming kit, or a level that is a place: a media word in it is no film or game context. */
const OWN_MEDIA = [
  '=recorded|=filmed|=made|=scheduled|=record|=film ~2 =a|=some|=the|=this ~1 =video|=videos|=voice_message|=video_message',
  '=comments|=comment|=replies ~2 =on|=under =my ?=youtube|=yt|=insta|=instagram|=tiktok|=twitch =video|=videos|=post|=posts|=tiktok|=tiktoks|=reel|=reels|=channel|=stream',
  '=gaming_pc|=gaming_chair|=gaming_laptop|=gaming_setup|=gaming_console|=gaming_headset|=gaming_monitor',
  // a level that is a place, not a game's: "on the tracks near the level crossing"
  '=level_crossing|=level_crossings|=sea_level|=ground_level|=street_level|=spirit_level',
]

/** A real stake after "if i lose": custody, one's children, the home, the case (no trivial stake then). */
const REAL_STAKE = [
  '=if|=when|=once ~2 =lose|=loses|=lost ~2 =custody|=the_kids|=my_kids|=my_children|=the_children|=the_house|=my_house|=the_case|=my_home|=the_flat|=my_job',
]

/** A shooting sport, gone to or done: "went clay shooting", "at the range", "paintball". */
const SHOOTING_SPORT = [
  '=clay_shooting|=clay_pigeon|=clay_pigeons|=skeet|=skeet_shooting|=trap_shooting|=target_practice|=shooting_range|=the_range|=paintball|=paintballing|=airsoft|=went_hunting|=go_hunting|=going_hunting|=duck_hunting|=deer_hunting',
]

/** A notice or a resignation handed in, a driving lesson or test practised: an everyday decision or errand. */
const EVERYDAY_STEP = [
  '=hand_in|=handing_in|=handed_in|=hand_in_my|=handing_in_my|=put_in|=putting_in ~2 =resignation|=notice|=my_resignation|=my_notice|=two_weeks',
  '=resignation_letter|=letter_of_resignation',
  '=practise|=practice|=practising|=practicing ~2 =parking|=parallel_parking|=reversing|=driving|=my_driving|=hill_starts|=three_point_turns',
]

/** A debt paid off and celebrated: "paid off my last debt!! no more owing anyone. I could cry". */
const DEBT_CELEBRATED = [
  '=paid_off|=cleared|=paid_back|=paying_off ~4 =debt|=debts|=loan|=loans|=credit_card|=overdraft|=mortgage|=student_loan ~~20 =could_cry|=so_happy|=so_proud|=debt_free|=celebrating|=celebrate|=buzzing|=yay|=woohoo|=so_relieved|=such_a_relief',
]

/** A quarrel made up: "said sorry for the fight and we're fine now. such a relief". */
const MADE_UP = [
  '=were_fine_now|=we_are_fine_now|=were_good_now|=we_are_good_now|=all_good_now|=we_made_up|=made_it_up|=made_up_with|=and_made_up|=weve_made_up|=sorted_it_out|=were_okay_now|=were_ok_now',
]

/** A move to another branch, site or team: the goodbye is a work one. */
const TRANSFERRED = [
  '=transferred|=got_transferred|=being_transferred|=moving|=moved|=relocated ~3 =to =the_other|=another|=a_new|=a_different ~1 =branch|=store|=site|=office|=team|=department|=ward|=depot|=location|=school|=campus',
]

/** A pet's scratch or bite: "my dog scratched my arm". */
const PET_SCRATCH = [
  '=dog|=cat|=puppy|=kitten|=pup|=rabbit|=hamster|=parrot|=ferret ~1 =scratched|=bit|=nipped|=clawed|=got',
]

/** A hurt named as "my self harm for the day" and laughed at: a joke, not a harm. */
const JOKE_FRAME = [
  '=thats|=that_was ~1 =my ~3 =for_the_day|=for_today|=of_the_day|=for_the_week ~2 =haha|=lol|=lmao|=hahaha|=xd',
]

export const ROUND26_UNKNOWN: readonly string[] = [
  ...OWN_MEDIA,
  ...REAL_STAKE,
  ...SHOOTING_SPORT,
  ...EVERYDAY_STEP,
  ...DEBT_CELEBRATED,
  ...MADE_UP,
  ...TRANSFERRED,
  ...PET_SCRATCH,
  ...JOKE_FRAME,
]

/** Round 26's scope lists, by name (joined into SCOPE_SRC). */
export const ROUND26_SCOPE_SRC: Record<string, string[]> = {
  ownMedia26: OWN_MEDIA,
  realStake26: REAL_STAKE,
  shootingSport26: SHOOTING_SPORT,
  everydayStep26: EVERYDAY_STEP,
  debtCelebrated26: DEBT_CELEBRATED,
  madeUp26: MADE_UP,
  transferred26: TRANSFERRED,
  petScratch26: PET_SCRATCH,
  jokeFrame26: JOKE_FRAME,
}
