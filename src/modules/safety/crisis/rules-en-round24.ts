/**
 * English rule families of round 24 (crisis24en, issue #12), from batch 34's unseen misses and the out-of-fold
 * errors: worry about someone else told by the signs seen (things given away, a goodbye sent oddly, "won't be here"
 * said calmly, a method asked about, a means kept, a funeral arranged while healthy) and asked about; intent told
 * calmly by a condition, a date or a means. Each family asks for the cue that makes its wording a crisis (the worry,
 * the condition of someone else's end, the means), so its everyday twin stays out ("my grandma keeps saying 'i
 * won't be here next christmas' because she's old", "i've set the date. 12th of june. marrying him", "when the
 * rain stops i'll go"). Compiled `known: false` (rules.ts): the classifier reads as trained.
 */
import type { RuleDef } from './rules.js'
import { THIRD } from './rules-en.js'

/** Someone else named by relation (wider than THIRD: a mate, a teacher's student, an intern, a grandparent). */
const OTHER = `${THIRD}|=mate|=best_mate|=grandad|=granddad|=grandpa|=grandma|=nan|=aunt|=uncle|=intern|=pen_pal|=ex|=fiance|=fiancee|=stepdad|=stepmom|=stepmum|=father_in_law|=mother_in_law|=flatmate|=housemate|=teammate|=pupil|=ward`

/**
 * The writer worried or asking what to do about it: the cue that makes a sign a third party's crisis, not news.
 * Said after the sign, in the same message.
 */
export const WORRY = [
  '=worried|=scared|=afraid|=terrified|=frightened|=freaking_out|=panicking|=paranoid|=overthinking|=helpless|=a_bit_scared|=doesnt_feel_like_one',
  '=is_that_weird|=is_this_weird|=is_that_normal|=is_this_normal|=am_i_overthinking|=am_i_being_paranoid|=am_i_the_only_one|=am_i_overreacting|=should_i_be_worried',
  '=what_do_i_do|=what_should_i_do|=what_do_i_say|=what_do_i_even_say|=what_can_i_do|=do_i_tell|=do_i_go|=should_i_tell|=should_i_call|=need_advice|=please_help|=i_dont_know_what_to_do|=how_do_i_ask|=how_do_i_bring',
  '=not_answering|=isnt_answering|=wont_pick_up|=not_picking_up|=isnt_picking_up|=no_explanation|=nobodys_replied|=cant_reach|=keep_replaying|=cant_stop_thinking|=dark_place',
  '=im_shaking|=beside_myself|=feels_really_off|=feels_off|=trying_not_to_panic|=feel_sick_about_it|=im_not_so_sure|=dont_want_to_wait|=out_of_ideas|=who_do_i_call|=who_do_i_tell|=whats_the_protocol|=should_i_call_someone|=in_panic|=im_scared|=im_so_scared|=really_scared|=is_this_normal_after',
].join('|')

/**
 * What someone else said, sent or did that reads as an end: possessions given with "won't need", a goodbye or a
 * thanks to everyone with "don't blame yourselves", "won't be here", affairs put in order, a countdown.
 */
const SIGN = [
  '=wont_need_them|=wont_need_it|=wont_need_lessons|=wont_need_any|=wont_be_needing|=wont_need_those|=wont_need_this|=wont_need_that',
  '=wont_be_here|=will_not_be_here|=wont_be_there|=will_not_be_there|=not_be_there_to|=not_be_here_to|=wont_be_around|=be_gone_by|=not_going_to_be_a_problem|=wont_be_a_problem|=wont_matter_soon',
  '=affairs_in_order|=his_affairs|=her_affairs|=their_affairs|=a_countdown|=the_countdown|=dont_blame_yourselves|=dont_blame_yourself|=please_dont_blame|=honour_working_with|=honor_working_with|=thanking_everyone|=thanked_everyone|=sorry_everyone|=cheers_for_everything|=thanks_for_everything|=only_person_ill_say_bye_to|=say_bye_to|=for_good',
  '=next_time_will_work|=going_somewhere_peaceful|=finally_gets_to_rest|=finally_feeling_calm|=finish_it|=ending_the_pain|=the_void|=has_decided|=decided_something|=gave_away|=given_away|=giving_away',
].join('|')

/**
 * A sign strong enough without the writer's worry, said or done by someone else: belongings listed for after, a
 * will shown, a method looked up or planned, a night named, a goodbye called final, the writer told they'd be fine
 * without them.
 */
const STRONG_SIGN = [
  '=who_gets_her_things|=who_gets_his_things|=who_gets_their_things|=with_peoples_names|=where_the_will_is|=more_use_out_of_it_than_me|=so_someone_remembers|=someone_should_have_them',
  '=looked_up_how_to_do_it|=how_shed_do_it|=how_hed_do_it|=how_theyd_do_it|=got_it_all_planned|=its_all_planned|=tonight_is_the_night|=fridays_the_day|=one_of_these_nights|=final_goodbye|=wont_be_alive|=not_be_alive|=nearly_finished',
  '=youd_be_fine_without_me|=youll_be_fine_without_me|=youd_be_better_off_without_me|=youll_get_the_insurance|=youd_get_the_insurance|=sort_everything_out|=something_to_end_it|=remember_i_loved_you|=know_that_i_love_you',
].join('|')

/** Gas let on (round 24, coordinator). */
const GAS_ON_EN = '=on|=open|=running|=left_on'
/** A room shut against air: windows, gaps or the door sealed or stuffed. */
const SEALED_EN = '=sealed|=taped|=taped_up|=stuffed|=blocked|=towels|=towel'

export const EN_ROUND24_RULES: RuleDef[] = [
  // gas let into a closed room (round 24, coordinator; a dev imminent the batch-35/36 retrain lost): "turned the gas
  // on in the kitchen, sealed the windows", "gas is on, taped the gaps under the door"; not "turned the gas on to
  // cook", "sealed the windows for winter, the gas bill is crazy"
  {
    id: 'gas on windows sealed',
    cat: 'imminent',
    p: [`=gas ~2 ${GAS_ON_EN} ~~8 ${SEALED_EN}`, `${SEALED_EN} ~~8 =gas ~2 ${GAS_ON_EN}`],
  },
  // someone else's sign, then the writer's worry: "my roommate gave me her guitar and her coat, said she 'won't need
  // them'… what do i even say to her", "coworker sent a weird email… 'please don't blame yourselves'… i'm freaking
  // out"; not "my grandma keeps saying 'i won't be here next christmas' because she's old… it makes me cry"
  {
    id: 'friend shows the signs, asked about',
    cat: 'third_party',
    p: [
      `${OTHER} ~12 ${SIGN} ~~24 ${WORRY}`,
      `${WORRY} ~~12 ${OTHER} ~12 ${SIGN}`,
      // "my sister made a list of who gets her things", "dad told me 'you'd be fine without me kiddo'"
      `${OTHER} ~12 ${STRONG_SIGN}`,
    ],
  },
  // someone else asking about a method or a means: "coworker asked me how many of her antidepressants would be 'too
  // many'", "grandad keeps asking where the cartridges are since nan passed", "asking how to tie knots, he doesn't
  // fish"; not "asked how many eggs would be too many for a cake"
  {
    id: 'friend asks about a method',
    cat: 'third_party',
    p: [
      `${OTHER} ~6 =asked|=asking|=asks|=googled|=searched|=looked_up|=wanted_to_know ~6 =how_many|=how_much ~4 =pills|=tablets|=antidepressants|=paracetamol|=painkillers|=sleeping_pills|=meds|=insulin|=of_her|=of_his|=of_their ~4 =too_many|=too_much|=lethal|=fatal|=enough_to`,
      // "asked me how many pills it would take", "asking how long it takes to drown", "looked up how high the car park is"
      `${OTHER} ~6 =asked|=asking|=asks|=googled|=searched|=looked_up|=wanted_to_know ~3 =how_many|=how_much|=how_long|=how_high ~4 =pills|=tablets|=paracetamol|=meds|=painkillers|=to_drown|=drowning|=car_park|=the_car_park|=the_bridge|=the_roof|=it_would_take_to_die|=lethal`,
      `${OTHER} ~6 =asking|=asked|=asks|=keeps_asking ~2 =where ~2 =the_highest|=the_tallest ~1 =rooftops|=roofs|=buildings|=bridges|=bridge|=building`,
      `${OTHER} ~8 =asking|=asked|=asks|=keeps_asking ~2 =where ~3 =the_cartridges|=cartridges|=the_shells|=the_bullets|=the_ammo|=ammo|=the_gun|=his_gun|=the_shotgun|=his_shotgun|=the_rope|=the_key_to_the_gun`,
    ],
  },
  // someone else sitting in a closed garage with the engine on, or a means kept "for a reason": "dad keeps sitting in
  // the garage with the car running 'to listen to the radio'", "there's a rope in the shed 'for a reason'"
  {
    id: 'friend keeps a means at hand',
    cat: 'third_party',
    p: [
      `${OTHER} ~6 =sitting|=sits|=sat|=sleeping|=sleeps ~4 =garage ~4 =car|=engine ~1 =running|=on`,
      `${OTHER} ~12 =rope|=noose|=gun|=shotgun|=pills|=tablets ~6 =for_a_reason`,
      // "told my husband where all the important documents are and which songs he wants at his funeral. he's healthy"
      `${OTHER} ~4 =told|=showed|=showing|=telling ~4 =where ~4 =documents|=the_documents|=papers|=the_papers|=passwords|=the_will|=his_will|=her_will ~~12 =funeral ~~12 =healthy|=not_ill|=not_sick|=scared|=worried|=confused`,
    ],
  },
  // a calm condition of someone else's end, then the writer's own: "once mum's gone i'm going too", "after my dog
  // dies i'm going", "when the divorce is final i'm ending it", "when my son goes off to uni in september, i'll go.
  // he won't need me then"; not "when the rain stops i'll go", "after the funeral i'm going home"
  {
    id: 'when they are gone I go too',
    cat: 'intent',
    p: [
      '=once|=when|=after|=as_soon_as ~6 =gone|=dies|=die|=passes|=passes_away|=is_final|=goes_off|=moves_out|=leaves_home|=leaves_for_uni|=born ~8 =im_going|=ill_go|=i_will_go|=i_go|=im_ending_it|=ill_end_it|=i_end_it|=ill_be_gone|=im_gone|=im_out_too|=i_leave_too|=im_going_too|=ill_go_too !to|out|home|back|there|on|for|with|and|in|shopping|abroad|see|get|visit|ahead|lol|haha|travelling|traveling|into|up|down|off|first|next|straight|away|over|somewhere|my|the|a',
    ],
  },
  // a date set, said as a relief or with the means at hand: "i set a date. 3rd of march. i feel lighter since
  // deciding", "not asking anyone to stop me. the 9th. i have the means", "no point in therapy now, i've booked the
  // hotel room for the 12th"; not "i've set the date. 12th of june. marrying him"
  {
    id: 'a date set calmly',
    cat: 'intent',
    p: [
      '=set|=picked|=chose|=chosen|=have ~1 =a|=the|=my =date|=day ~~12 =lighter_since|=calmer_since|=at_peace_since|=feel_lighter|=since_deciding|=since_i_decided|=i_have_the_means|=dont_stop_me|=stop_me',
      '=not|=im_not|=dont ~1 =asking|=ask|=want ~1 =anyone|=you|=people|=anybody =to =stop_me|=talk_me_out',
      '=i_have_the_means|=i_have_the_pills|=ive_got_the_means|=got_the_means|=i_have_enough_pills|=i_have_what_i_need',
      '=no_point|=no_use|=too_late ~2 =therapy|=therapist|=a_therapist|=psychologist|=treatment|=help ~~12 =booked|=hotel_room|=organising_the_last|=organizing_the_last|=the_last_few_bits',
    ],
  },
  // the plan named by its means, calmly: "plan is the pills i kept from my grandma's things"; not "my plan is the
  // train to london". (Walking into the sea is left to the classifier: it is a common hyperbole, "if one more
  // meeting… I'll walk into the sea".)
  {
    id: 'the plan is the means',
    cat: 'intent',
    p: [
      '=plan_is|=plan_was|=my_plan ~1 =the|=my|=to_take_the|=to_use_the ~1 =pills|=tablets|=sleeping_pills|=painkillers|=rope|=noose|=gun|=pistol|=razor|=blade|=overdose',
    ],
  },
  // what is left on the list is the writer: "cancelled my gym membership, paid off my card… last step is me", "the
  // only thing left on the list is me"; not "the only thing left is me and my sister"
  {
    id: 'the last step is me',
    cat: 'intent',
    p: [
      '=left|=step|=thing ~3 =is|=on_the_list_is|=to_do_is =me !and|or|to|too|lol|haha|with|for|=and_my|who|alone|again|then|now',
    ],
  },
  // settled up so nobody is left with it after: "paid off my card… so nobody's stuck with it after", "signed the flat
  // over to my mum so there's no probate mess later", "quitting friday so my coworkers don't have to deal with it
  // after"; not "so nobody's stuck with it after the party", "signed the house over… so there's no probate mess later"
  {
    id: 'so nobody is stuck with it after',
    cat: 'intent',
    p: [
      '=so ~3 =nobody|=no_one|=noone|=nobodys|=nothing|=my_mum|=my_mom|=she|=they|=my_coworkers|=my_family ~4 =stuck|=gets_stuck|=get_stuck|=falls_on|=has_to_deal|=have_to_deal|=dont_have_to_deal|=doesnt_have_to_deal ~6 =after|=afterwards|=later !the|my|work|school|lunch|dinner|tonight|today|tomorrow|this|that|christmas|we|i|you|on|in|a|an|lol|haha|class|uni|exams|it|next|his|her|their|our',
    ],
  },
  // the writer's own dose or height looked up: "worked out the dose by my weight", "looked up the dosage that would
  // kill me and its less than what i have", "asked the pharmacist how many of my tablets would be dangerous… now i
  // know the number and i have more than that"; not "looked up how much caffeine is too much lol"
  {
    id: 'the dose looked up',
    cat: 'intent',
    p: [
      '=dose|=dosage|=quantity|=mg|=amount ~6 =would_kill_me|=would_do_it|=that_would_kill_me|=to_come_back_from|=for_someone_my_weight|=by_my_weight|=for_my_weight|=is_lethal_for_me',
      '=lethal|=fatal|=dangerous|=too_much|=too_many ~~8 =than_what_i_have|=what_i_have|=i_have_that_amount|=i_have_more_than_that|=got_my_answer|=now_i_know_the_number|=said_it_was_for_a_book|=said_it_was_for_a_novel|=pretended_it_was_for',
      '=looked_up|=checked|=worked_out ~3 =what_floor|=which_floor|=how_high ~3 =is_high_enough|=high_enough|=would_do_it',
    ],
  },
  // a date named as final, with nothing else to say: "the two year clause… runs out in march. that's when", "My
  // phone contract ends on the 30th. I didn't renew. That's my date too"; not "that's when I realised", "that's when
  // mum called"
  {
    id: "that's when",
    cat: 'intent',
    p: [
      '=thats_when|=that_is_when|=thats_my_date|=thats_my_date_too|=the_days_picked|=days_picked|=saturdays_the_plan|=sundays_the_plan|=fridays_the_plan !i|we|you|he|she|they|it|the|my|our|everything|things|lol|haha|mum|mom|dad|a|an|this|that|all|people|someone|everyone|his|her|their|when|things|stuff|life|shit|school|work|to|for|and|but|so|because|if|im|ill|id|ive|its|hes|shes|theyre',
    ],
  },
  // ── farewells told without a goodbye word ──
  // contact ended for good: "this is the last time i'll annoy you", "well, that's it. we won't talk again", "see ya
  // never", "i won't be troubling him again", "hope you have a long good life. mine was long enough"; not "this is
  // the last time i'll bother you about the exam"
  {
    id: 'we will not talk again',
    cat: 'farewell',
    p: [
      '=we_wont_talk_again|=we_will_not_talk_again|=we_wont_speak_again|=well_never_talk_again|=see_ya_never|=see_you_never|=mine_was_long_enough|=wont_be_troubling ?=him|=her|=you|=them|=anyone ?=again|=anymore !about|with|for|today|tonight|lol|haha|this|until|till|before',
      '=the_last_time|=last_time ~1 =ill|=i_will|=youll_have_to ~1 =annoy|=bother|=burden|=trouble|=hear_from ~1 =you|=anyone|=everyone|=me !about|with|for|today|tonight|lol|haha|this|until|till|before|at|on|in|if|=this_week|=this_month',
    ],
  },
  // a love passed on in the past tense, or that the writer cannot say it any more: "tell my son daddy loved him every
  // single day", "Tell Priya I always loved her. I can't tell her myself anymore"; not "tell her i loved the cake"
  {
    id: 'tell them I loved them',
    cat: 'farewell',
    p: [
      '=tell ~4 =i|=daddy|=mummy|=mommy|=mama|=papa|=dad|=mum|=mom|=his_dad|=her_mum|=her_mom|=his_mum|=his_mom ~1 =always_loved|=loved|=truly_loved =him|=her|=them|=you|=each_of_you|=all_of_you !cooking|food|cake|gift|present|card|idea|song|book|dress|show|=the_gift',
      '=cant|=can_not|=cannot|=wont_be_able_to|=will_not_be_able_to =tell ~1 =her|=him|=them|=you|=everyone =myself ?=anymore|=any_more ~~4 =loved|=love',
    ],
  },
]
