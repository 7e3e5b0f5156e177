/**
 * English rule families of round 26 (crisis26en, issue #12), from batch 40's unseen misses: self-harm told by its
 * euphemism ("sh"), by a clean streak lost or a counter reset, by scars hidden, by food refused or thrown up as a
 * punishment, by walls hit with a cover story for the doctor; farewells told by a will or a beneficiary beside a
 * goodbye's thanks, a note for each person and the feeling of being finished, messages scheduled for after, a thing
 * given with the question why laughed off, "my last few months"; intent told by a chosen day and "the last thing I
 * want to see"; imminent danger told by a failed try at the water with the wish to go back, or by waiting on a road
 * for a truck. Each family asks for the cue that makes its wording a crisis, so its everyday twin stays out ("lost
 * my duolingo streak", "covered my acne scars with concealer", "skipping meals to save money", "made a will after
 * the baby came, cheers for the solicitor tip"). Compiled `known: false` (rules.ts): the classifier reads as trained.
 */
import type { RuleDef } from './rules.js'

/** Words of shame, numbness or secrecy after a relapse: "so ashamed", "just numb", "can't tell my therapist". */
const AFTER_RELAPSE =
  '=ashamed|=so_ashamed|=numb|=just_numb|=disgusted|=disappointed_in_myself|=cant_tell_my_therapist|=cant_tell_anyone|=cant_tell_my_mum|=cant_tell_my_mom|=cleaned_up|=cleaned_it_up|=bandaged|=bandaged_it|=plasters|=long_sleeves|=hid_it|=hiding_it|=back_to_day_one|=back_to_day_1|=back_to_zero|=back_to_0|=start_again|=starting_again|=starting_over|=relapsed|=relapse'

/** A streak or count of days kept free of it. */
const STREAK =
  '=my_streak|=my_clean_streak|=the_streak|=a_clean_streak|=clean_streak|=my_counter|=the_counter|=my_clean_counter|=my_days_clean|=my_clean_days|=my_clean_time'

/** A streak of an app, a game or a habit of the ordinary kind. */
const ORDINARY_STREAK =
  '=duolingo|=snap|=snapchat|=streaks|=wordle|=step|=steps|=gym|=running|=reading|=workout|=sober|=sobriety|=smoking|=vape|=vaping|=drinking|=quiz'

/** Its own wait is the danger: the leisure "waiting for a" (a bus, a friend) does not veto it (vetoes.ts). */
export const WAIT_FOR_TRUCK = 'on the road waiting for a truck'

export const EN_ROUND26_RULES: RuleDef[] = [
  // ── self-harm told by its euphemism ──
  // "did sh last night", "the sh thing again", "relapsed with sh"; not "sh, the baby's asleep", nor the past
  // or scars of it ("threw out the razors from my sh days", "a tattoo over my old sh scars")
  {
    id: 'sh as a word',
    cat: 'self_harm',
    p: [
      '=did|=done|=doing|=do|=relapsed_with|=relapsed_on|=went_back_to|=back_to|=turned_to|=resorted_to ~1 =sh !=all|=up',
      '=the_sh_thing|=the_sh_stuff|=sh_urges|=sh_urge|=sh_cuts|=sh_again|=sh_last_night|=sh_tonight|=sh_today',
    ],
  },
  // ── a clean streak lost ──
  // "lost my clean streak over one stupid argument", "reset my counter to zero, so ashamed", "my streak was 90 days.
  // just numb"; not "lost my duolingo streak", "reset the step counter"
  {
    id: 'clean streak lost',
    cat: 'self_harm',
    p: [
      `=lost|=broke|=broken|=ruined|=reset|=blew|=ended|=lose|=break ~1 ${STREAK} !${ORDINARY_STREAK} ~~12 ${AFTER_RELAPSE}`,
      `=lost|=broke|=broken|=ruined|=blew|=ended ~1 =my_clean_streak|=a_clean_streak|=my_sh_streak|=my_days_clean`,
      `=reset|=resetting|=set ~1 =my_counter|=the_counter|=my_clean_counter|=my_clean_app|=my_days ~2 =to|=back_to ~1 =0|=zero|=day_one|=day_1 ~~12 ${AFTER_RELAPSE}`,
      `${STREAK} !${ORDINARY_STREAK} ~1 =was|=had_been|=hit ~3 =days|=weeks|=months ~~12 ${AFTER_RELAPSE}`,
      '=first_time|=first_time_in ~3 =a_year|=months|=years|=ages|=weeks ~~8 =i_thought_i_was_past_this|=thought_i_was_past_this|=thought_i_was_over_this|=thought_i_was_better',
    ],
  },
  // ── scars hidden ──
  // "covered my scars with concealer before the party", "hiding the cuts under bracelets"; not "covered my acne
  // scars with concealer", "hid the scratches on the table"
  {
    id: 'scars hidden',
    cat: 'self_harm',
    p: [
      '=hid|=hide|=hiding|=hides|=cover|=covered|=covering|=covers|=conceal|=concealed|=concealing ?=up =the_scars|=my_scars|=the_cuts|=my_cuts|=the_fresh_cuts|=my_fresh_cuts|=the_new_cuts|=my_new_cuts|=the_marks_on_my|=the_scars_on_my|=my_wrists|=the_burns_on_my !=from_my|=from_surgery|=from_the_op|=from_the_operation|=from_chickenpox',
      '=so ~1 =nobody|=no_one|=noone|=no_one_will|=nobody_will|=nobody_would|=no_one_would ~1 =sees|=see|=notices|=notice|=asks_about|=ask_about ~1 =my_arms|=my_wrists|=my_thighs|=the_cuts|=the_scars|=my_scars|=my_cuts',
    ],
  },
  // ── food refused or thrown up as a punishment ──
  // "not eating today as punishment", "made myself sick because i hate myself for having dessert", "i don't let
  // myself eat when i mess up"; not "skipping meals to save money", "threw up after lunch, dodgy prawns"
  {
    id: 'starved or purged as punishment',
    cat: 'self_harm',
    p: [
      '=skipping|=skip|=skipped|=starving|=starve|=starved|=not_eating|=didnt_eat|=wont_eat|=fasting|=refusing_food|=no_food|=skipping_meals|=skip_meals|=skipped_meals ~4 =as|=for ~1 =penance|=punishment|=a_punishment',
      '=skipping|=skip|=skipped|=starving|=starve|=starved|=not_eating|=didnt_eat|=wont_eat|=fasting ~4 =to_punish_myself|=to_punish_me|=because_i_deserve_it|=cause_i_deserve_it|=i_dont_deserve_to_eat|=i_dont_deserve_food',
      '=threw_up|=throw_up|=throwing_up|=made_myself_sick|=make_myself_sick|=made_myself_throw_up|=purged|=purge|=purging|=puked ~~12 =because|=cause|=cos|=bc|=coz ~2 =i ~1 =hated|=hate|=hating|=was_disgusted_with|=despise ~1 =myself ~1 =for ~1 =eating|=having|=eating_it|=having_it',
      '=i_dont_eat|=i_dont_let_myself_eat|=i_wont_let_myself_eat|=im_not_allowed_to_eat|=i_dont_allow_myself_to_eat|=i_stop_eating ~1 =when|=if|=whenever|=after|=until ~1 =i ~1 =fail|=failed|=mess_up|=messed_up|=screw_up|=screwed_up|=gain|=binge|=disappoint|=let_people_down',
    ],
  },
  // ── walls hit with a cover story ──
  // "punching walls again, my knuckles are split, told mum i fell"; not "hurt my hand at footy, told the doc it was a fall"
  {
    id: 'walls hit with a cover story',
    cat: 'self_harm',
    p: [
      '=hitting|=punching|=punched|=hit|=banging|=banged|=smashing ~1 =walls|=the_wall|=the_walls|=my_head|=my_fists|=my_hand ?=against ?=the_wall|=walls ~~12 =told|=telling|=said_to ~3 =it_was|=i_fell|=i_tripped|=i_slipped|=i_walked_into|=i_did_it_at|=it_happened_at',
    ],
  },
  // ── a will or a beneficiary beside a goodbye's thanks ──
  // "put my sister down as the beneficiary on my pension. anyway thanks for everything", "wrote a will last night, my
  // brother gets the car. cheers for all the laughs"; not "made a will after the baby came, cheers for the tip"
  {
    id: 'will made, thanks for everything',
    cat: 'farewell',
    p: [
      '=a_will|=my_will|=the_beneficiary|=my_beneficiary|=a_beneficiary|=beneficiaries|=my_life_insurance|=life_insurance_policy|=on_my_super|=on_my_pension ~~24 =cheers|=thanks|=thank_you|=ta|=thankyou ~1 =for ~1 =everything|=all_of_it|=all_the|=the_yarns|=the_laughs|=the_chats|=all_of_this',
      '=a_will|=my_will|=the_beneficiary|=my_beneficiary|=a_beneficiary|=beneficiaries|=my_life_insurance|=on_my_super ~~24 =you_lot_were|=you_guys_were|=you_were|=yall_were|=you_all_were ~1 =good_to_me|=good_to_me|=the_best|=kind_to_me',
    ],
  },
  // ── notes for each person, and it feels finished ──
  // "wrote a letter to everyone i love. it feels done now"; not "wrote a note for each person on the team, the handover is finished"
  {
    id: 'a note for each, now finished',
    cat: 'farewell',
    p: [
      '=wrote|=written|=writing|=finished|=left ~3 =a_note|=a_letter|=notes|=letters|=a_card ~2 =for|=to ~1 =each|=everyone|=every|=all ~3 =person|=one|=of_them|=i_love|=who_matters|=that_matters|=people ~~16 =feels_finished|=feels_done|=feels_complete|=it_feels_finished|=now_its_done|=now_im_done|=now_im_ready|=im_ready|=at_peace|=can_let_go|=nothing_left_to_do',
    ],
  },
  // ── messages scheduled for after ──
  // "scheduled a video for her 16th, she's 9. now i can rest", "set the emails to send friday. by then i'll be gone";
  // not "scheduled the emails, now i can let go of work for two weeks"
  {
    id: 'scheduled for after me',
    cat: 'farewell',
    p: [
      '=scheduled|=schedule|=recorded|=timed|=queued|=set_up|=set ~~16 =now_i_can_let_go|=i_can_let_go_now|=now_i_can_go|=i_can_go_now|=now_i_can_rest|=i_can_rest_now|=ready_to_let_go|=now_i_can_leave !of|=of_work|=of_it|=for|=on|=till|=until|=at',
      '=scheduled|=schedule|=timed|=queued|=set ~6 =emails|=messages|=texts|=posts|=email|=message|=letters|=video ~~14 =by_then|=by_the_time ~4 =it_wont_matter|=itll_be_over|=i_wont_be_here|=i_wont_be_around|=ill_be_gone|=i_will_be_gone|=wont_matter|=i_wont_be_alive !if|whether|=on|=for|=to|=till|=until|=a|=about',
      '=recorded|=wrote|=written|=scheduled ~3 =a|=some ~2 =message|=messages|=letter|=letters|=video|=voice_message|=voice_note ~3 =for ~3 =18th|=21st|=16th|=wedding|=wedding_day|=graduation ~~10 =hes|=shes|=theyre ~1 =4|=5|=6|=7|=8|=9|=10|=11|=12|=13|=3|=2|=1',
    ],
  },
  // ── a thing given, the why laughed off ──
  // "gave my sister my necklace and she asked why, i just smiled"; not "gave my sister my old phone, she asked why and
  // i said i got a new one"
  {
    id: 'given, why laughed off',
    cat: 'farewell',
    p: [
      '=gave|=given|=giving|=handed ~8 =my ~~12 =like_why|=asked_why|=asked_me_why|=said_why|=was_like_why|=wondered_why|=what_for ~~6 =i ~1 =just ~1 =laughed|=smiled|=shrugged|=changed_the_subject|=didnt_answer|=said_nothing|=hugged_him|=hugged_her',
      '=gave|=given|=giving|=handed ~8 =my ~~12 =hell|=shell|=theyll|=he_will|=she_will ~1 =get_it|=understand ~1 =later|=one_day|=someday|=eventually !=when|when|=once',
    ],
  },
  // ── "my last few months", thanked for ──
  // "thank you, you made my last weeks easier"; not "you made my last few months at uni less lonely"
  {
    id: 'made my last months better',
    cat: 'farewell',
    p: [
      '=made|=make ~1 =my_last|=my_final ~2 =months|=weeks|=days|=year =less|=more|=so_much|=a_bit|=easier|=better|=bearable|=lighter|=brighter|=worth ~1 =lonely|=bearable|=bright|=worth_it|=okay|=ok|=easier|=better !at|in|here|=at_uni|=at_work|=at_school|=there|=in_the_job|=on_the_team|=before|=of',
    ],
  },
  // ── a day chosen, the last thing to see ──
  // "picked my birthday. the last thing i'll see is the candles"; not "the last thing i want to see is another bill"
  {
    id: 'day chosen, the last thing to see',
    cat: 'intent',
    p: [
      '=decided_on|=ive_decided_on|=i_decided_on|=picked|=chose|=chosen|=its_going_to_be|=its_gonna_be|=settled_on ~4 =new_years_eve|=new_years|=nye|=christmas|=christmas_eve|=my_birthday|=the_date|=the_day|=friday|=saturday|=sunday|=monday|=tuesday|=wednesday|=thursday ~~10 =the_last_thing|=last_thing ~3 =see|=hear|=watch|=ill_see|=i_see|=ill_hear',
    ],
  },
  // ── the water tried, going back ──
  // "walked into the sea but panicked and came out. sitting on the sand, i want to walk back in"; not "jumped into the
  // lake, freezing, going back in tomorrow lol"
  {
    id: 'water tried, going back in',
    cat: 'imminent',
    p: [
      '=jumped|=walked|=went|=waded ~2 =into|=in|=off ~2 =the_river|=the_sea|=the_lake|=the_water|=the_canal|=the_ocean|=the_bridge|=the_pier ~~14 =got_scared|=panicked|=chickened_out|=bottled_it|=lost_my_nerve|=froze|=swam_back|=came_back_out|=came_out|=got_out ~~14 =go_back_in|=going_back_in|=walk_back_in|=get_back_in|=jump_again|=try_again|=do_it_again|=back_in !tomorrow|next|later|=after|=when|=with|=for|lol|haha|=again_tomorrow',
    ],
  },
  // ── waiting for a truck ──
  // "standing on the motorway hard shoulder waiting for a lorry"; not "standing by the road waiting for a lift"
  {
    id: WAIT_FOR_TRUCK,
    cat: 'imminent',
    p: [
      '=walking|=standing|=sitting|=lying|=laying|=walked|=stood ~4 =on|=along|=in_the_middle_of|=onto|=in ~2 =the_highway|=the_motorway|=the_road|=the_tracks|=the_railway|=the_freeway|=the_dual_carriageway|=the_hard_shoulder ~8 =waiting_for|=waiting_on ~1 =a_truck|=a_lorry|=a_train|=the_train|=the_next_train|=the_next_truck|=a_car|=the_next_car|=one|=a_bus !=to_deliver|=to_come_and|=to_pick|=home|=to_take',
    ],
  },
]

/** Families of this round the classifier never cancels (detector.ts UNCANCELLED): each asks for its own context. */
export const ROUND26_UNCANCELLED = [
  'sh as a word',
  'clean streak lost',
  'scars hidden',
  'starved or purged as punishment',
  'walls hit with a cover story',
  'will made, thanks for everything',
  'a note for each, now finished',
  'scheduled for after me',
  'given, why laughed off',
  'made my last months better',
]
