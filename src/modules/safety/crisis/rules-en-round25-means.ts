/**
 * English imminent families of round 25 (crisis25en, issue #12) from the out-of-fold misses leave-batches-out shares
 * with batch 37: a means already taken told by its amount and not its name (a whole prescription, "a lot", every
 * pill in the house, pills dissolved in a glass, antifreeze drunk), a hose from the exhaust, the sea walked into,
 * a place of danger named with what is not done there ("not as a tourist") or what one came to do. Each asks for
 * the cue that makes it now (the amount with no name, the body's signs, the depth, the reason for being there), so
 * the everyday twin stays out ("took my whole prescription to the chemist", "just took a lot of cold medicine",
 * "came here to jump off the pier with the kids"). Compiled `known: false` (rules.ts).
 */
import type { RuleDef } from './rules.js'

/** A high place, a track or deep water. */
const DANGER_PLACE =
  '=bridge|=cliff|=cliffs|=ledge|=edge|=roof|=rooftop|=tracks|=rails|=railway_line|=train_line|=level_crossing|=quarry|=pier|=jetty|=dam|=overpass|=footbridge|=viaduct|=multistorey|=multi_storey|=car_park|=carpark|=terrace|=golden_gate|=beachy_head|=the_gap|=balcony|=crane|=tower'

/** The body's signs of an overdose taking hold. */
const BODY_SIGNS =
  '=sleepy|=drowsy|=dizzy|=heavy|=woozy|=numb|=floaty|=sick|=throwing_up|=vomiting|=racing|=hard_to_type|=cant_feel|=spinning|=slow|=blurry|=fading|=night_x|=goodnight_forever|=ears_ringing'

/**
 * Families whose match ends in the body's signs felt now: a bare past tense before them ("swallowed", "stuck") tells
 * when the means was taken, not that it is over (vetoes.ts reads no past into them; "years ago" still does).
 */
export const FELT_NOW: ReadonlySet<string> = new Set(['taken a lot, feeling it', 'all at once, feeling it'])

export const EN_ROUND25_MEANS_RULES: RuleDef[] = [
  // a whole prescription or supply swallowed: "downed my entire adderall prescription", "took my whole month supply of
  // quetiapine"; not "took my whole prescription to the chemist"
  {
    id: 'a whole prescription taken',
    cat: 'imminent',
    p: [
      '=took|=swallowed|=downed|=taken|=necked|=ate|=had ~1 =my|=the|=a ~1 =whole|=entire|=full ~3 =prescription|=supply|=months_supply|=month_supply|=script|=stash|=stockpile !to|=to_the|back|with|in|into|for|from|out|=up_to',
    ],
  },
  // an amount with no name, then the body's signs: "I've just taken a lot. like a LOT. feeling sleepy"; not "just took
  // a lot of cold medicine, feeling sleepy"
  {
    id: 'taken a lot, feeling it',
    cat: 'imminent',
    p: [
      `=just|=already|=ive|=i_have|=i ~1 =taken|=took|=swallowed|=downed =a_lot|=loads|=heaps|=too_many|=a_load|=a_ton|=tons|=so_many !of|more|=of_my|less ~~8 ${BODY_SIGNS}`,
    ],
  },
  // every pill in reach: "just took every pill in the house"; not "took every pill the doctor gave me, on time"
  {
    id: 'every pill in the house',
    cat: 'imminent',
    p: [
      '=took|=swallowed|=downed|=taken|=ate =every|=each|=all_the ~1 =pill|=tablet|=pills|=tablets|=capsule|=capsules ~3 =in_the_house|=in_the_cabinet|=in_the_drawer|=in_the_cupboard|=i_could_find|=i_had_left|=we_had|=i_had|=in_my_room',
    ],
  },
  // the pills dissolved or crushed, then drunk: "I dissolved all the pills in a glass, drinking it now"
  {
    id: 'pills dissolved and drunk',
    cat: 'imminent',
    p: [
      '=dissolved|=crushed|=mixed|=ground ~2 =all|=the|=every|=my|=them ~2 =pills|=tablets|=them|=all_of_them ~6 =glass|=drink|=water|=juice|=vodka|=wine ~~6 =drinking|=drank|=downed|=swallowed|=drink_it|=drinking_it',
    ],
  },
  // a supply put on or taken all at once, then the body's signs: "stuck every one of dad's fentanyl patches on at once,
  // everything's slow", "my aunt's pain patches. put them all on at once. so drowsy" (the coordinator's merge: the
  // joint retrain of round 25 let a pinned dev line of this shape go, «…morphine patches. put them all on at once»);
  // not "put all the patches on at once by mistake, took them off again", nor a dose told without the body's signs
  {
    id: 'all at once, feeling it',
    cat: 'imminent',
    p: [
      `=took|=taken|=swallowed|=put|=stuck|=slapped|=applied|=downed|=popped|=necked ~3 =all|=every|=all_of|=every_one_of|=each_of ~4 =patches|=pills|=tablets|=meds|=medication|=painkillers|=capsules|=sleeping_pills ~3 =at_once|=in_one_go|=at_the_same_time ~~8 ${BODY_SIGNS}`,
      `=patches|=pills|=tablets|=meds|=painkillers|=capsules ~~4 =took|=put|=stuck|=slapped|=swallowed|=popped|=downed|=applied ~1 =them_all|=all_of_them|=every_one|=each_one|=the_lot|=em_all ~2 =at_once|=in_one_go|=at_the_same_time ~~8 ${BODY_SIGNS}`,
    ],
  },
  // a poison drunk by the writer: "drank antifreeze. I don't know how long it takes"; not "my dog drank antifreeze"
  {
    id: 'drank a poison',
    cat: 'imminent',
    p: [
      '=i|=ive|=just|=already|=i_just|=i_have ~1 =drank|=drunk|=swallowed|=downed|=had ~2 =antifreeze|=bleach|=weedkiller|=weed_killer|=paraquat|=pesticide|=drain_cleaner|=rat_poison|=oven_cleaner|=caustic_soda',
    ],
  },
  // a hose run from the exhaust: "in the garage with the hose running from the exhaust", "the hose is in the window and
  // the car is on"; not "the hose running from the tap to the garden"
  {
    id: 'hose from the exhaust',
    cat: 'imminent',
    p: [
      '=hose|=hosepipe|=tube|=tubing|=pipe ~3 =running|=from|=attached|=taped|=connected|=fixed|=on ~3 =the_exhaust|=exhaust|=exhaust_pipe|=tailpipe',
      '=hose|=hosepipe|=tube|=tubing ~3 =in|=through|=into =the ~1 =window|=car_window|=back_window ~~6 =car|=engine|=motor ~2 =on|=running|=going',
    ],
  },
  // the sea or a river walked into, with its depth or the dark: "walking into the sea rn its up to my waist", "going to
  // walk into the water once it gets dark"; not "if one more meeting runs over i'll walk into the sea lol"
  {
    id: 'walking into the water',
    cat: 'imminent',
    p: [
      '=walking|=walked|=wading|=waded|=going|=go|=gonna_walk|=walk|=im ~2 =into|=in|=out_into ~1 =the =sea|=water|=ocean|=lake|=river|=waves|=loch ~~6 =up_to_my_waist|=up_to_my_chest|=up_to_my_neck|=waist_deep|=chest_deep|=neck_deep|=once_it_gets_dark|=when_it_gets_dark|=in_the_dark|=fully_clothed|=fully_dressed|=with_stones|=not_coming_out|=keep_walking|=last_msg|=last_message',
      '=last_msg|=last_message|=last_text ~3 =before =i ~1 =go|=walk|=swim ~1 =in|=into|=out ?=to|=into =the =sea|=water|=ocean|=lake|=river',
    ],
  },
  // a jump said for today with nothing to jump on or over: "ugh today im gonna jump", "tonight i'm going to jump. sorry
  // mum"; not "tonight i'm gonna jump on the trampoline", "today i'm going to jump into the lake for charity" (the
  // retrain with batch 37's look-alikes, "going to jump on the bed", put such short lines past the threshold)
  {
    id: 'today I jump',
    cat: 'imminent',
    p: [
      '=today|=tonight|=now|=right_now|=in_a_minute|=soon ~3 =im_gonna|=im_going_to|=i_am_going_to|=i_am_gonna|=im_gunna|=ill|=i_will =jump|=go_over|=step_off|=let_go !on|onto|in|into|over|up|around|rope|at|for|with|higher|out|the|a|off|down|ship|across|to|and|lol|haha|again|back|of|from|when|if|after|before|around|=for_joy',
    ],
  },
  // a place of danger with what is not done there, or what one came to do: "i'm on the golden gate rn. not as a
  // tourist", "I'm at the cliffs where we used to go as kids. I came here to jump", "im on the bridge bro dont tell me
  // it gets better"; not "came here to jump off the pier with the kids" (leisure), "at the cliffs for the view"
  {
    id: 'at the place, not for the view',
    cat: 'imminent',
    p: [
      `${DANGER_PLACE} ~~6 =not_as_a_tourist|=not_for_the_view|=not_for_the_views|=not_to_sightsee|=not_sightseeing|=not_for_photos|=not_for_a_photo|=not_for_the_sunset|=not_for_fun|=dont_tell_me_it_gets_better|=dont_tell_me_itll_get_better|=dont_tell_me_it_will_get_better|=not_going_to_argue|=not_gonna_argue|=dont_talk_me_out_of_it|=dont_try_to_talk_me_out|=for_the_last_bit|=last_song`,
      `=came|=come|=drove|=walked|=climbed|=cycled ~2 =here|=up_here|=out_here|=all_the_way_here|=up =to =jump|=die|=end_it|=do_it|=go_over|=end_things|=step_off !off|in|into|on|onto|with|for|and|over|around|rope|out|up|higher|=off_the_pier`,
    ],
  },
]
