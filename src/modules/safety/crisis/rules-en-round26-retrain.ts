/**
 * English rule families of round 26 (crisis26en, issue #12) for dev lines the classifier caught alone until the
 * retrain with batch 40 reshuffled its reading of them: a ligature on with the writer still standing on something, a
 * train due while lying or sitting on the line, leaning over an edge with "don't call anyone", a rail or hook tested
 * for one's weight, a hurt done to oneself for every failure. Each asks for the cue that makes it a crisis, so the
 * everyday twin stays out ("scarf round my neck, it's freezing", "my train is due in 10 minutes", "tested whether the
 * curtain rail holds the curtains", "every time i fail a test i cut out sugar"). Compiled `known: false` (rules.ts).
 */
import type { RuleDef } from './rules.js'

/** Something standing on, to hang from. */
const STAND_ON =
  '=stool|=chair|=bucket|=ladder|=step_ladder|=box|=crate|=bin|=banister|=ledge|=bed|=table|=step|=steps|=edge'

export const EN_ROUND26_RETRAIN_RULES: RuleDef[] = [
  // "the cord is round my neck and im on the stool"; not "tie around my neck, stood on a chair to reach my suit"
  {
    id: 'ligature on, still standing',
    cat: 'imminent',
    p: [
      `=belt|=rope|=cord|=cable|=scarf|=noose|=lead|=strap|=sheet|=tie|=wire ~4 =round|=around ~1 =my_neck ~~12 =on|=standing_on|=stood_on|=still_on|=up_on ~2 ${STAND_ON} !to|=to_reach|=for|=reaching|=so`,
      // "stood on the chair with the belt round my neck"
      `=on|=standing_on|=stood_on|=still_on|=up_on ~2 ${STAND_ON} ~6 =with ~2 =belt|=rope|=cord|=cable|=scarf|=noose|=strap|=sheet|=wire ~4 =round|=around ~1 =my_neck`,
    ],
  },
  // "lying on the railway line by the depot, the train comes at 6"; not "at the station, my train is due in 10 minutes"
  {
    id: 'on the line, train due',
    cat: 'imminent',
    p: [
      '=lying|=laying|=sitting|=standing|=lay|=sat|=im|=i_am ~2 =on|=between|=across ~1 =the_tracks|=the_track|=the_railway_line|=the_railway|=the_rails|=the_train_line|=the_line|=the_level_crossing ~~14 =train|=next_train|=the_train|=train_timing|=trains|=the_next_one|=the_express|=the_freight ~3 =due|=at|=comes|=coming|=timing|=in|=passes|=is_due ~3 =minutes|=mins|=min|=0|=1|=2|=3|=4|=5|=6|=7|=8|=9|=10|=11|=12',
    ],
  },
  // "legs over the edge of the roof. dont call anyone"; not "leaning over the balcony to water the plants, dont tell anyone"
  {
    id: 'over the edge, nobody called',
    cat: 'imminent',
    p: [
      '=leaning_over|=leaning_out|=hanging_over|=legs_over|=sitting_on_the_edge|=climbed_over|=standing_on_the_edge|=on_the_wrong_side_of ~~10 =dont_ring_anyone|=dont_call_anyone|=dont_call_the_police|=dont_call_999|=dont_call_911|=dont_send_anyone|=dont_try_to_stop_me|=no_one_can_stop_me|=nobody_can_stop_me',
    ],
  },
  // "checked whether the beam takes my weight. it does"; not "tested whether the curtain rail holds the curtains"
  {
    id: 'tested it holds my weight',
    cat: 'intent',
    p: [
      '=tested|=checked|=tried|=test|=check ~3 =whether|=if|=that ~4 =rail|=beam|=hook|=banister|=bar|=pipe|=door_frame|=loft_hatch|=rafter|=rafters|=branch|=hatch ~1 =holds|=will_hold|=would_hold|=takes_my_weight|=can_take_my_weight|=holds_my_weight|=would_take_my_weight|=will_take_my_weight !=the|=up|=a|=those|=them|=everything|=all|=it|=onto',
    ],
  },
  // "whenever i get a bad mark i cut", "i punch myself when i get something wrong"; not "every time i fail a test i
  // cut out sugar for a week", "i cut corners when i fail to plan"
  {
    id: 'hurt myself for every failure',
    cat: 'self_harm',
    p: [
      '=every_time|=whenever|=each_time|=when|=if ~2 =i ~1 =fail|=failed|=mess_up|=get_it_wrong|=get_a_bad_mark|=get_a_bad_grade|=get_something_wrong|=get_a_question_wrong|=screw_up ~4 =i =cut|=hit_myself|=punch_myself|=burn_myself|=scratch_myself|=bang_my_head|=slap_myself|=hurt_myself !corners|=out|=back|=down|=off|=up|=class|=school|=my_hair|=the|=it|=ties|=them',
      '=cut_myself|=hit_myself|=punch_myself|=burn_myself|=bang_my_head|=slap_myself|=hurt_myself|=scratch_myself ~4 =when|=whenever|=every_time|=each_time|=if =i ~1 =fail|=get|=mess_up|=screw_up|=do_badly|=make_a_mistake ~3 =wrong|=bad|=test|=tests|=exam|=exams|=quiz|=mark|=grade|=mistake|=up',
    ],
  },
]
