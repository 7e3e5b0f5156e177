/**
 * English rule families of round 25 (crisis25en, issue #12), from batch 37's unseen misses (indirect farewells and
 * imminent danger told without a death word): a dependant's care handed on with no end to it, belongings passed on
 * with a cover story, affairs left in order "so nobody is left short", thanks for a whole friendship told as over,
 * a place of danger with the nerve being worked up or no way home, someone else's supply swallowed, a plan named
 * by "finish my life" or "that's it for me". Each family asks for the cue that makes its wording final (no bound,
 * no reason, the past tense of a friendship), so its everyday twin stays out ("can someone look after my cat for
 * two weeks while im in spain", "gave my old guitar to my nephew, hes just starting lessons", "thank you all for
 * everything this year… see you after christmas"). Compiled `known: false` (rules.ts): the classifier reads as
 * trained.
 */
import type { RuleDef } from './rules.js'

/** A pet, or a person one looks after, named by kind. */
const PET =
  '=dog|=cat|=fish|=hamster|=rabbit|=bunny|=bird|=puppy|=kitten|=parrot|=budgie|=tortoise|=guinea_pig|=gerbil|=rat|=ferret|=lizard|=snake|=horse|=pony|=goldfish|=pets|=dogs|=cats|=plants'
/** How to care for a pet handed on: "please be patient with him", "she's scared of thunder", "don't give her back". */
const CARE =
  '=please|=pls|=plz|=be_patient|=be_kind|=be_gentle|=dont_give|=love_him|=love_her|=look_after|=take_care|=hes|=shes|=he_needs|=she_needs|=he_likes|=she_likes|=he_bites|=she_bites|=hes_scared|=shes_scared'
/** Asking someone to do something: "please", "can someone", "could you". */
const ASK =
  '=please|=pls|=plz|=can_someone|=could_someone|=can_somebody|=could_somebody|=can_anyone|=could_anyone|=can_you|=could_you|=will_you|=would_you|=someone_please|=someone|=somebody'
/** Looking in on someone now and then. */
const LOOK_IN =
  '=look_in_on|=check_on|=check_in_on|=keep_an_eye_on|=pop_in_on|=pop_round_to|=drop_in_on|=look_after|=take_care_of|=visit'
/** A place one falls or is hit at. */
const PLACE =
  '=bridge|=cliff|=cliffs|=cliff_edge|=ledge|=edge|=roof|=rooftop|=tracks|=rails|=railway|=railway_line|=train_line|=platform|=quarry|=pier|=jetty|=dam|=overpass|=footbridge|=viaduct|=car_park|=carpark|=multistorey|=multi_storey|=gorge|=the_gap|=lookout|=tower|=crane|=balcony|=river|=lake|=sea|=waterfall|=level_crossing|=crossing|=motorway|=highway'
/**
 * The nerve being worked up, for nothing named or for the act: "working up to it", "getting up the nerve", "building
 * up the courage to jump"; not "the courage to go in to my interview".
 */
const NERVE_UP =
  '=working|=building|=psyching|=getting|=summoning|=plucking|=gathering|=work|=build|=get|=summon ~1 =up|=myself_up'
const NERVE = [
  `${NERVE_UP} ~2 =to_it|=to_doing_it|=to_jumping|=to_going_over !=with|for|before|=at_work|=at_the`,
  `${NERVE_UP} ~2 =the_nerve|=the_courage|=the_guts|=the_bottle =to =do_it|=jump|=step|=go_over|=let_go|=climb_over|=walk_off|=go_through_with_it|=end_it`,
  `${NERVE_UP} ~2 =the_nerve|=the_courage|=the_guts|=the_bottle !to|for|before|with|=to_ask`,
]
/** Giving something away or over. */
const GIVE =
  '=gave|=given|=giving|=gave_away|=passed|=passing|=handed|=handing|=transferred|=transferring|=signed|=dropped|=dropping|=left|=leaving|=sold|=donated|=rehomed'
/** Someone told a reason, the cover story after the giving: "told him i", "told her my knees were going". */
export const TOLD =
  '=told|=telling|=said_to|=explained_to|=lied_to ~2 =him|=her|=them|=everyone|=people|=kids|=son|=daughter|=mum|=mom|=dad|=sister|=brother|=cousin|=neighbours|=neighbour|=neighbor|=flatmate|=roommate|=housemate|=friend|=mate|=lady|=guy|=wife|=husband|=partner|=boss|=nephew|=niece'
/** …and its first-person reason: "i dont need it anymore", "im travelling", "my knees were going", "id be busy". */
export const MY_REASON =
  '=im_going_travelling|=im_going_traveling|=i_was_going_travelling|=im_going_away_for|=i_dont_need|=i_didnt_need|=i_wont_need|=i_dont_use|=i_never_use|=im_travelling|=im_traveling|=im_moving|=im_going_away|=i_was_going_away|=i_was_travelling|=i_was_moving|=id_be_busy|=i_would_be_busy|=im_busy|=i_was_busy|=i_was_over|=im_over|=i_was_done|=im_done_with|=i_was_done_with|=i_was_bored|=im_bored|=i_was_decluttering|=im_decluttering|=i_was_downsizing|=my_knees|=my_back|=my_hands|=my_eyes|=i_had_no_room|=i_have_no_room|=i_was_too_old|=im_too_old|=i_couldnt_keep|=i_cant_keep|=i_needed_the_space|=i_need_the_space|=i_was_getting_rid'
/** A friend or family member addressed or named. */
const REL =
  '=uncle|=auntie|=aunty|=aunt|=grandma|=grandpa|=grandad|=granddad|=nan|=nana|=granny|=gran|=papa|=mama|=daddy|=mummy|=mommy|=dad|=mum|=mom|=big_sis|=big_bro|=your_uncle|=your_aunt|=your_auntie|=their_uncle|=their_aunt|=their_auntie|=your_dad|=your_mum|=your_mom|=their_dad|=their_mum|=their_mom|=your_friend|=their_friend|=your_godfather|=your_godmother'

export const EN_ROUND25_RULES: RuleDef[] = [
  // ── farewells told by a dependant's care handed on for good ──
  // "whoever adopts luna, she's scared of thunder… please don't give her back", "whoever ends up with my dog, he
  // needs his walk at 7"; not "whoever gets the sofa can collect it friday" (no pet, no person)
  {
    id: 'whoever takes my pet',
    cat: 'farewell',
    p: [
      `=whoever|=whoevers|=whomever ~2 =adopts|=adopt|=rehomes|=inherits|=ends_up_with ~~10 ${CARE}`,
      `=whoever|=whoevers|=whomever ~2 =gets|=takes|=will_take|=will_have|=ends_up_with ~1 =him|=her|=them|=my|${PET} ~~10 ${CARE}`,
      `=whoever|=whoevers|=whomever ~2 =adopts|=rehomes|=inherits|=ends_up_with ~1 =him|=her|=them|=my|${PET}`,
      // "my rabbit needs a good home… i cant look after him anymore"; not "…while i move, new landlord says no pets"
      `${PET} ~3 =needs|=need ~2 =a|=new|=good|=loving|=forever ~1 =home|=homes ~~12 =cant|=can_not|=cannot|=wont_be_able_to|=unable_to|=not_able_to ~1 =look_after|=care_for|=take_care_of|=keep ~1 =him|=her|=them|=it ~1 =anymore|=any_more|=any_longer !because|since|with|now|as|cause|cos|due|while|until|till|for`,
    ],
  },
  // someone looked in on with no end named: "please look in on old mrs kowalski for me… someone else will need to
  // now", "can someone check on my dad now and then after this week"; not "can someone look after my plants while
  // i'm in hospital? just a week"
  {
    id: 'look in on them after me',
    cat: 'farewell',
    p: [
      `${ASK} ~2 ${LOOK_IN} ~6 =now_and_then|=from_time_to_time|=every_so_often|=once_in_a_while|=from_now_on ~2 =after_this_week|=after_this_month|=after_today|=after_tonight|=after_this|=after_im_gone|=when_im_gone|=once_im_gone|=for_good`,
      `${ASK} ~2 ${LOOK_IN} ~6 =after_this_week|=after_this_month|=after_today|=after_tonight|=after_im_gone|=when_im_gone|=once_im_gone|=from_now_on|=for_good !for|while|until|till|when|during|because|since|cos|as|lol|haha|bc`,
      `${ASK} ~2 ${LOOK_IN} ~8 =for_me ~~14 =someone_else|=somebody_else|=someone|=somebody ~1 =will|=is_going|=has|=needs ~2 =need_to|=have_to|=to =now|=from_now_on|=after_this|=instead`,
    ],
  },
  // ── belongings passed on with a cover story ──
  // "passed my car keys to my son. told him i dont need it anymore", "gave away my plants… told her im travelling",
  // "transferred the allotment over to Margaret. Told her my knees were going", "gave my PS5 to my cousin, told him
  // i was over gaming"; not "gave my old guitar to my nephew, hes just starting lessons"
  {
    id: 'given away with a cover story',
    cat: 'farewell',
    p: [
      `${GIVE} ~4 =my|=all_my|=away|=over|=the ~~16 ${TOLD} ~3 ${MY_REASON}`,
      // the cover story not questioned: "told him i dont need it anymore. he didnt ask why"
      // said so they'd take it: "told my neighbour i'm going travelling so she'd take the rabbits"
      `${TOLD} ~3 ${MY_REASON} ~6 =so =she|=he|=they|=shed|=hed|=theyd|=she_would|=he_would|=they_would ~2 =take|=have|=keep|=look_after|=mind`,
      `${GIVE} ~4 =my|=all_my|=away|=over|=the ~~16 =said|=saying ?=that ${MY_REASON}`,
      `${TOLD} ~3 ${MY_REASON} ~~8 =didnt_ask_why|=did_not_ask_why|=didnt_ask|=never_asked|=nobody_asked|=no_one_asked|=didnt_question_it|=no_questions_asked|=didnt_even_ask`,
    ],
  },
  // ── affairs left in order ──
  // "paid three months of rent ahead so my flatmates aren't left short", "paid my share up front so nobody's out of
  // pocket"; not "…so my flatmates aren't left short while i'm in spain"
  {
    id: 'paid ahead so nobody is left short',
    cat: 'farewell',
    p: [
      '=paid|=paying|=prepaid|=covered|=settled ~6 =ahead|=in_advance|=upfront|=up_front|=rent|=months|=bills|=share ~~8 =so|=so_that ~4 =arent_left|=isnt_left|=wont_be_left|=wont_be|=arent|=isnt|=are_not|=is_not|=nobody_is|=nobodys|=noone_is|=no_one_is|=not_left ~1 =short|=out_of_pocket|=left_short|=left_with_it|=left_paying|=chasing|=stuck !while|when|during|until|till|for|this|next|over|lol|haha',
    ],
  },
  // loose ends not wanted, a note that explains the rest: "i returned all my library books… i didnt want any loose
  // ends", "the folder on my desktop says 'for mum', it explains the rest"; not "tying up loose ends at work before
  // my leave", "read the manual, it explains everything"
  {
    id: 'no loose ends left',
    cat: 'farewell',
    p: [
      '=didnt_want|=dont_want|=did_not_want|=do_not_want|=no_more|=not_leaving|=wont_leave|=without ~2 =any|=no ?=more =loose_ends !at|before|with|for|on|in|from|to|lol|haha',
      // "returned the books and gave back the spare keys. tying up loose ends"; not "tying up loose ends at work before my leave"
      '=tying_up|=tie_up|=tied_up|=tying|=tie|=tied =loose_ends|=ends|=the_loose_ends|=all_the_loose_ends !at|before|with|for|on|in|from|to|this|next|today|tomorrow|lol|haha|=at_work',
      '=folder|=note|=letter|=envelope|=file|=document|=doc|=notebook|=box ~~10 =it_explains|=that_explains|=which_explains|=will_explain|=itll_explain|=explains|=explain ~1 =the_rest|=everything|=it_all|=all_of_it !to|about|in|on|for|at|of|with|from',
      // "funny the stuff you think about at the end"; not "at the end of the day"
      '=think|=thinks|=thinking|=care|=cares|=caring|=worry|=worrying|=remember|=remembering ~2 =about|=of =at_the_end|=near_the_end|=towards_the_end|=right_at_the_end|=in_the_end !of|=of_it|=of_the|of|day|lol|haha',
      // "like packing for a trip with no return ticket"
      '=like|=as_if|=as_though ~4 =trip|=journey|=holiday|=flight|=ticket ~3 =no_return|=no_return_ticket|=no_coming_back|=not_coming_back|=without_a_return|=without_return|=one_way',
    ],
  },
  // messages set to go out later, thanks or goodbyes: "set up automatic emails to send next week… just thank yous";
  // not "scheduled the newsletter emails for next week"
  {
    id: 'scheduled thank yous',
    cat: 'farewell',
    p: [
      '=scheduled|=automatic|=timed|=delayed|=queued|=set_up|=setup ~4 =emails|=messages|=texts|=email|=message|=letters|=posts ~~10 =thank_yous|=thankyous|=thank_you_notes|=thank_you_messages|=goodbyes|=goodbye|=apologies|=i_love_you|=love_yous|=nothing_scary',
    ],
  },
  // a letter left for someone who will understand when they read it: "left it for him with a letter. he'll
  // understand when he reads it"
  {
    id: 'they will understand when they read it',
    cat: 'farewell',
    p: [
      '=letter|=letters|=note|=notes|=message ~~10 =hell|=shell|=theyll|=youll|=he_will|=she_will|=they_will|=you_will|=mum_will|=mom_will ~1 =understand =when|=once|=after ~1 =he|=she|=they|=you|=mum|=mom|=dad ~1 =reads|=read|=opens|=open|=finds|=find|=sees|=see ~1 =it|=them|=this',
    ],
  },
  // ── a friendship thanked for as over ──
  // "thanks for listening to me all these months", "Thank you for putting up with me for 40 years old friend";
  // not "thanks for putting up with me this week"
  {
    id: 'thanks for all these years',
    cat: 'farewell',
    p: [
      '=thank_you|=thanks|=thank_u|=thankyou|=cheers|=ty ~2 =for ~3 =listening_to_me|=listening|=putting_up_with_me|=being_there|=being_my_friend|=being_a_friend|=the_friendship|=your_friendship|=caring|=looking_out_for_me|=sticking_by_me|=sticking_with_me ~1 =all_these|=all_those|=these_past|=the_past|=for_all_these|=for_so_many|=so_many|=for_all_those ~1 =months|=years|=weeks',
      '=thank_you|=thanks|=thank_u|=thankyou|=cheers ~2 =for ~3 =putting_up_with_me|=listening_to_me|=being_my_friend|=your_friendship ~2 =for ~1 =20|=30|=40|=50|=60|=years|=decades|=so_long|=half_my_life|=all_my_life',
      '=thank_you|=thanks|=thank_u|=thankyou|=cheers ~2 =for ~1 =the|=all_the ~1 =years|=decades ~1 =of =friendship|=love|=laughs',
      // "thanks for putting up with my rants all year", "thank you for every night you stayed up with me"
      '=thank_you|=thanks|=thank_u|=thankyou|=thx|=cheers ~2 =for ~3 =listening_to_me|=listening_to_my|=putting_up_with_me|=putting_up_with_my|=staying_up_with_me|=sitting_up_with_me ~1 =all_year|=all_this_year|=this_whole_year|=all_these_years|=all_these_months|=all_those_nights|=every_night|=all_those_years|=all_those_months',
      '=thank_you|=thanks|=thank_u|=thankyou|=thx|=cheers ~2 =for =every|=all_the|=all_those =night|=nights ~2 =you|=u ~1 =stayed_up|=sat_up|=listened|=talked',
      // "you were the only one who actually listened so thank u", "ur literally the only ones who ever listened. so thx"
      '=you_were|=youre|=ur|=you_are|=you_guys_were|=you_lot_were|=you_all_were ~2 =the_only_one|=the_only_ones|=the_only_person|=the_only_people ~3 =who|=that ~2 =listened|=cared|=believed_in_me|=ever_listened|=actually_listened|=ever_cared|=stayed ~~6 =thanks|=thank_you|=thank_u|=thx|=ty|=grateful',
      // "i won't be back. thanks for the late night chats"; not "i won't be back till monday, thanks for today"
      '=i_wont_be_back|=i_will_not_be_back|=im_not_coming_back|=im_not_going_to_be_back|=i_wont_be_coming_back !till|until|for|before|after|at|in|on|tonight|today|tomorrow|this|next|lol|haha|soon|=any_time ~~6 =thanks|=thank_you|=thank_u|=thx|=cheers ~1 =for',
      // "thank you for the summers at the caravan. they were the best bit"
      '=thank_you|=thanks|=thank_u|=thankyou|=cheers ~2 =for ~6 =they_were|=it_was|=those_were|=you_were ~1 =the =best =bit|=part|=thing|=days|=times !=of_the|=of_my_week|=of_the_day|=of_the_trip|=of_the_night',
    ],
  },
  // a friendship told in the past tense with a goodbye's thanks: "you guys were my family this year", "you were the
  // best thing about this year"; not "you were the best part of the trip", "you were the best roommate ever" (the
  // ordinary leaving's veto)
  {
    id: 'you were my family',
    cat: 'farewell',
    p: [
      '=you|=you_guys|=you_all|=yall|=ya_ll|=you_lot|=this_chat|=this_group|=this_place ~1 =were =my =family|=people|=home|=safe_place|=whole_world|=lifeline|=everything|=only_friends|=best_friends|=reason !for|at|on|in|lol|haha|when|while|during',
      '=you|=you_guys|=you_all|=yall|=ya_ll|=you_lot ~1 =were =the =best =thing|=part|=bit ~1 =about|=of|=in ~1 =this|=my|=these ~1 =year|=life|=years|=months|=whole_life|=time',
    ],
  },
  // a thanks or a love passed on in the past tense: "tell ms harper she was the only teacher who believed in me",
  // "Tell your kids uncle loved them"; not "tell your mum she was an amazing host", "tell her i loved the cake"
  {
    id: 'tell them they were the only one',
    cat: 'farewell',
    p: [
      '=tell ~6 =she|=he|=they|=you ~1 =was|=were =the ~1 =only|=first|=one ~3 =who|=that|=to ~1 =believed_in_me|=believed|=cared|=stood_by_me|=ever_cared|=ever_believed|=saw|=gave_a|=listened|=helped|=was_kind',
      `=tell ~4 ${REL} ~1 =always_loved|=loved|=truly_loved|=really_loved =him|=her|=them|=you|=each_of_you|=all_of_you|=you_all|=yall !cooking|food|cake|gift|present|card|idea|song|book|dress|show|=the_gift|=the_card|=the_cake`,
      '=never ~1 =said|=told|=got_to_say|=got_to_tell|=thanked ~1 =thank_you|=thanks|=her|=him|=them ~~12 =tell ~6 =she|=he|=they|=you ~1 =was|=were',
      '=tell ~6 =she|=he|=they|=you ~1 =was|=were ~6 =i_never_said|=never_said|=i_never_told|=never_told|=i_never_thanked|=never_thanked',
    ],
  },
  // the years ahead with them given up: "I won't be seeing them grow up", "i wont get to see her graduate"; not "i
  // won't see them grow up if i take the job abroad"
  {
    id: 'will not see them grow up',
    cat: 'farewell',
    p: [
      '=i_wont|=i_will_not|=i_wont_be|=ill_never|=i_will_never|=i_wont_get_to|=i_will_not_get_to|=i_wont_be_there_to|=i_wont_be_around_to|=i_wont_be_here_to ~2 =see|=seeing|=watch|=watching ~2 =them|=him|=her|=you|=my_kids|=my_son|=my_daughter|=the_kids|=my_grandkids ~1 =grow_up|=graduate|=get_married|=walk_down|=finish_school|=turn_18 !up|if|unless|because|since|on|from|at|while|lol|haha',
    ],
  },
  // an outing to come refused for all the ones after it too, or a reunion missed with a goodbye's thanks: "not going
  // to be around for the group outing next month, or any after that", "tell them i said cheers for the memories… i
  // won't be at the reunion"
  {
    id: 'not at this or any after',
    cat: 'farewell',
    p: [
      '=not_going_to_be|=not_gonna_be|=wont_be|=will_not_be|=i_wont_be|=cant_be|=cant_make ?=around|=there|=at|=here|=for|=able_to_make|=making ~8 =or_any_after_that|=or_any_after|=or_any_other|=or_any_of_the_others|=or_the_one_after|=or_any_future|=or_ever_again|=or_anything_after',
      '=cheers|=thanks|=thank_you|=thank_them ~1 =for =the =memories ~~10 =i_wont_be|=wont_be|=i_will_not_be|=not_going_to_be|=wont_make ~1 =at|=there|=around|=coming|=it|=making_it',
      '=i_wont_be|=wont_be|=i_will_not_be|=not_going_to_be|=wont_make ~1 =at|=there|=around|=coming|=it|=making_it ~~10 =cheers|=thanks|=thank_you ~1 =for =the =memories',
    ],
  },
  // a note to someone who may read it one day: "mum if you ever read this the laptop password is…", "nan if by some
  // miracle you figure out how to open this app, I love you"; not "future me, if you ever read this, hi"
  {
    id: 'if you ever read this',
    cat: 'farewell',
    p: [
      '=if =you|=anyone|=she|=he|=they ~1 =ever ?=get_to|=manage_to =read|=reads|=see|=sees|=find|=finds|=open|=opens =this|=it ~~10 =i_love_you|=love_you|=sorry|=im_sorry|=thank_you|=thanks|=forgive_me|=password|=passwords|=the_code',
      '=if =by =some =miracle ~8 =this|=app|=it|=message ~~8 =i_love_you|=love_you|=sorry|=thank_you|=thanks|=forgive_me',
    ],
  },
  // things ended "on a good note", with a goodbye: "i'm ending things on a good note at least. bye"; not "we're
  // ending things on a good note, still friends", "ending things with him on a good note"
  {
    id: 'ending things on a good note',
    cat: 'farewell',
    p: [
      '=im|=i_am|=i =ending|=end|=finishing|=finish|=wrapping_up =things|=everything|=it_all|=it !with|=between|off|up ~2 =on_a_good_note|=on_a_high_note|=on_a_high|=on_good_terms|=nicely|=properly !with|because|since|for|at|this|lol|haha',
      // "this is where i get off. take care"; not "this is where i get off the bus"
      '=this_is_where_i_get_off|=thats_where_i_get_off|=this_is_my_stop !the|at|to|lol|haha|and|for',
      '=final|=last =message|=post|=words|=text !of|for|on|in|today|tonight|before|to|from|this|at|=for_now|=for_today|=for_tonight|=until ~~4 =thanks|=thank_you|=cheers|=love_you|=love_you_all|=sorry|=you_were|=bye|=goodbye',
    ],
  },
  // last rites wished for without the word: "when people ask, i'd like things kept simple. no big fuss, no church,
  // just a few of you at the pub"
  {
    id: 'keep it simple when the time comes',
    cat: 'farewell',
    p: [
      '=when_people_ask|=when_the_time_comes|=when_its_time|=afterwards|=after_im_gone|=when_im_gone|=when_it_happens ~~6 =kept|=keep_it|=keep_things|=keep_everything|=id_like_things|=i_want_things ~1 =simple|=small|=quiet|=low_key|=plain',
      '=no_big_fuss|=no_fuss|=nothing_fancy|=no_church|=no_service|=no_flowers|=no_speeches|=no_hymns|=no_priest|=no_eulogy ~~8 =a_few_of_you|=you_lot|=my_mates|=just_a_few ~3 =pub|=a_drink|=a_pint|=a_glass|=rounds|=my_tab',
    ],
  },
  // ── imminent: at the place, the nerve worked up or no way home ──
  // "Im at the gap lookout… Just sitting in the ute working up to it"; not "working up the courage to ask her out"
  // (no place), "at the cliffs working up to the abseil" (leisure)
  {
    id: 'working up to it at the place',
    cat: 'imminent',
    p: [...NERVE.map((n) => `${PLACE} ~~12 ${n}`), ...NERVE.map((n) => `${n} ~~8 ${PLACE}`)],
  },
  // "i'm on the bridge near the football ground and I'm not going home"; not "on the roof bar, not going home till 3"
  {
    id: 'at the place and not going home',
    cat: 'imminent',
    p: [
      `=im|=i_am|=standing|=sitting|=sat|=stood ~2 =on|=at|=by|=onto|=over ~3 ${PLACE} ~~8 =not_going_home|=not_coming_home|=not_going_back|=not_coming_back|=never_going_home|=never_coming_home|=wont_be_going_home|=wont_be_coming_home|=wont_be_coming_back|=no_going_back|=not_coming_down|=not_getting_down|=not_walking_back|=not_turning_back !till|until|before|yet|early|lol|haha|for|after|from|to|with`,
      `=tonights_the_night|=tonight_is_the_night|=todays_the_day|=today_is_the_day|=this_is_the_night ~~6 ${PLACE}`,
      `=im|=i_am|=standing|=sitting|=sat ~2 =on|=at|=by ~3 ${PLACE} ~~6 =tonights_the_night|=tonight_is_the_night|=todays_the_day|=today_is_the_day`,
    ],
  },
  // at the rails with a train coming, and a goodbye: "on the railway bridge and theres a train in the distance… bye
  // guys"; not "watching the steam train come in from the bridge"
  {
    id: 'train coming, goodbye',
    cat: 'imminent',
    p: [
      '=train|=trains|=the_express|=the_freight ~3 =in_the_distance|=coming|=approaching|=getting_closer|=on_its_way|=due|=rails_humming|=horn ~~8 =bye|=bye_guys|=goodbye|=bye_everyone|=goodbye_everyone|=love_you_all|=im_sorry|=sorry_everyone|=this_is_it',
      '=rails|=tracks ~2 =humming|=shaking|=vibrating ~~8 =bye|=bye_guys|=goodbye|=bye_everyone|=goodbye_everyone|=love_you_all|=im_sorry|=sorry_everyone|=this_is_it',
    ],
  },
  // gas let on with every window shut: "ive opened the gas on the cooker and closed all the windows"; not "turned the
  // gas on for the pasta and shut the window because of the rain"
  {
    id: 'gas on, all windows shut',
    cat: 'imminent',
    p: [
      '=gas ~3 =on|=open|=running|=left_on ~~8 =closed|=shut|=locked ~2 =all|=every ?=the|=my|=of_the =windows|=window|=doors|=vents !because|since|cos|as|for|cause|to|bc',
      '=opened|=turned_on|=left_on ~2 =the ?=cooker|=oven|=stove =gas ~~8 =closed|=shut|=sealed|=taped ~2 =the|=all|=every ~1 =windows|=window|=doors|=vents|=door !because|since|cos|as|for|cause|to|bc',
    ],
  },
  // someone else's supply swallowed whole: "took everything my grandmother's got for her blood pressure", "swallowed
  // all of dad's heart tablets"; not "my dad took his blood pressure tablets wrong"
  {
    id: 'took all of their medicine',
    cat: 'imminent',
    p: [
      '=took|=taken|=swallowed|=downed|=necked|=ive_taken|=have_taken ~1 =everything|=all|=all_of|=the_lot|=whatever ~2 =my_grandmothers|=my_grandfathers|=my_grans|=my_nans|=my_grandmas|=my_grandads|=my_mums|=my_moms|=my_dads|=my_mothers|=my_fathers|=my_wifes|=my_husbands|=my_sisters|=my_brothers|=grandmothers|=grans|=nans|=grandmas|=mums|=moms|=dads|=her|=his ~3 =got|=has|=had|=takes|=was_prescribed|=is_prescribed|=pills|=tablets|=meds|=medication|=medicine ~3 =for|=pills|=tablets|=meds|=heart|=blood|=pressure|=sleep|=pain',
    ],
  },
  // ── intent told without a death word ──
  // "I am going to finish my life after my son's board exams", "planning to take my own life"; not "going to take my
  // life back"
  {
    id: 'going to finish my life',
    cat: 'intent',
    p: [
      '=gonna|=going|=ill|=will|=plan|=planning|=planned|=decided|=decide|=about_to ~2 =finish|=take|=end|=stop|=close|=terminate|=finish_off ~1 =my_life|=my_own_life|=myself_off !back|into|in|to|=to_the|seriously|more|around|over|=with_me|drawing|story|stories|savings|plan|plans|insurance|coach|coaching|lesson|lessons|class|classes|admin|goals|goal|list|skills|work',
    ],
  },
  // "after the divorce is finalised, thats it for me", "once the exams are over, i go"; not "after this season
  // that's it for me, retiring"
  {
    id: "after this, that's it for me",
    cat: 'intent',
    p: [
      '=once|=when|=after|=as_soon_as ~6 =finalised|=finalized|=is_final|=through|=comes_through|=goes_through|=sorted|=settled|=paid_off|=signed|=over|=done|=finished ~2 =thats_it_for_me|=thats_me_done|=thats_it_then|=its_over_for_me|=thats_the_end_for_me|=thats_me_gone|=im_gone|=im_out_of_here_for_good !retiring|retired|quitting|no|with|i|im|ill|and|lol|haha|=at_least|for|at|in|on|as|from|moving|off',
    ],
  },
  // a means bought for a place and a time set: "bought a second car hose… now i have everything for the garage";
  // not "bought a hose for the garden"
  {
    id: 'the hose for the garage',
    cat: 'intent',
    p: [
      '=hose|=hosepipe|=hose_pipe|=tubing|=tube ~~8 =everything|=all_i_need|=all_i_needed|=what_i_need ~2 =for =the =garage|=car|=exhaust',
      '=car|=exhaust ~1 =hose|=hoses|=hosepipe|=tubing ~~10 =garage|=exhaust|=engine',
    ],
  },
  // ── someone else ──
  // "my best friend told me he's been looking at the tall buildings in town 'differently'"; not "my friend has been
  // looking at the buildings in town, he wants to be an architect"
  {
    id: 'friend looks at high places differently',
    cat: 'third_party',
    p: [
      `=friend|=best_friend|=bf|=gf|=boyfriend|=girlfriend|=brother|=sister|=son|=daughter|=dad|=mum|=mom|=husband|=wife|=partner|=mate|=he|=she|=they|=hes|=shes|=theyve|=hes_been|=shes_been ~6 =looking|=looks|=look|=staring|=stares|=stared ~2 =at|=over|=down|=up_at|=out_at ~4 =buildings|=bridge|=bridges|=tracks|=train_tracks|=rails|=river|=cliff|=cliffs|=edge|=roof|=roofs|=rooftops|=balcony|=trains|=water|=knives|=pills|=car_parks|=motorway|=window ~4 =differently|=funny|=weirdly|=strangely|=a_certain_way|=too_long|=for_ages|=longingly|=like_that|=in_a_way`,
    ],
  },
]

/**
 * Round 25's families the classifier never cancels on its own word (detector.ts UNCANCELLED): each already asks for
 * the cue that makes its wording final, and the classifier reads these calm, thankful wordings as everyday
 * (P(none) ≈ 1 on batch 37's misses), which is why they were missed.
 */
export const ROUND25_UNCANCELLED: ReadonlySet<string> = new Set(EN_ROUND25_RULES.map((r) => r.id))
