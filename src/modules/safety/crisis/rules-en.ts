/**
 * English crisis rules (pattern language in pattern.ts). Ids are canonical phrases, never user text.
 * Person and tense pick the category: "want to kill myself" is ideation, "going to kill myself" intent,
 * "she wants to kill herself" a third party, "he killed himself" (a loss) no hit.
 */
import type { RuleDef } from './rules.js'

const WANT = 'want*|=wanna|wish*|=ready|long*|=need|=tempted|=urge|=urges|=gonna|=going'
const SELF = '=myself|=meself|=myslf|=my_self|=myslef'
const KILL =
  '=kill|=killing|=off|=offing|=unalive|=unaliving|=hang|=hanging|=drown|=shoot|=poison|=end|=ending|=suicide|=kms'
const SUI = 'suicid*|=sewerslide|=sewer_slide|=unalive|=unaliving|=ctb|=kms|=sui'
export const THIRD =
  '=girl|=guy|=boy|=friend|=friends|=bestie|=bff|=sister|=brother|=sis|=bro|=mom|=mum|=mother|=dad|=father|=son|=daughter|=kid|=child|=boyfriend|=girlfriend|=bf|=gf|=partner|=husband|=wife|=classmate|=roommate|=cousin|=coworker|=colleague|=he|=she|=they|=hes|=shes|=theyre|=student|=niece|=nephew|=someone|=teen'
/** Things taken by the pack that are no overdose ("took the whole pack of lozenges"), after the pack's word. */
const NOT_MED_WORDS =
  'lozenges|vitamins|vitamin|sweets|mints|gum|candy|gummies|biscuits|cookies|crisps|chips|cough_drops|throat_sweets|haribo|oreos'.split(
    '|',
  )
const NOT_MED = [...NOT_MED_WORDS, ...NOT_MED_WORDS.map((w) => `of_${w}`)].map((w) => `=${w}`).join('|')
const THIRD_SELF = '=herself|=himself|=themselves|=themself'

export const EN_RULES: RuleDef[] = [
  // ── active ideation ──
  {
    id: 'want to die',
    cat: 'active_ideation',
    p: [
      '=anything|=nothing|=anymore ?=anymore =just|=only|=except|=but =to =die|=be_dead',
      `want*|=wanna|=ready|=longing|=tempted ?to ~2 =die|=dead|=death !laughing|of|from|for|to|on|in|when|if|my|it|the|her|his|this|your|their|a`,
    ],
  },
  {
    id: 'kill myself',
    cat: 'active_ideation',
    p: [
      `${WANT} ?to ~1 =end =it|=things|=everything !with|at|now|early|soon|here|today`,
      `${WANT}|=thinking_of|=thinking_about ?to ~1 =jump|=jumping|=throw_myself|=throwing_myself|=step ~2 =off|=from|=in_front_of|=under|=into|=out|=out_of ~2 =bridge|=roof|=building|=train|=car|=traffic|=cliff|=balcony|=window|=tracks`,
      `${WANT}|=thinking_of|=thinking_about ?to ~1 =slit|=slitting|=cut|=cutting|=open ~1 =my =wrists|=veins|=throat`,
      `${WANT}|=thinking_of|=thinking_about ?to ~1 =drive|=driving|=crash|=crashing =my =car|=into ~3 =tree|=wall|=off`,
      `${WANT}|=thinking_of|=thinking_about ?to ~1 =walk|=run|=step|=drive|=jump|=throw_myself ~1 =into|=in_front_of|=under ~2 =traffic|=river|=sea|=ocean|=lake|=train|=bus|=truck|=car|=cars`,
      // counterfactual: "I'd have killed myself already (if not for …)"
      '=dream|=dreaming|=dreams|=fantasize|=fantasizing ~1 =about|=of =death|=dying|=being_dead|=killing_myself|=suicide',
      '=pull|=urge|=urges|=tempted ~2 =to =step|=jump|=throw_myself ~1 =off|=from|=out|=in_front_of',
      '=id|=would|=wouldve|=would_have ~2 =killed|=ended|=offed =myself|=my_life|=it_all',
      '=thinking|=think|=googling|=googled|=researching|=looking_up|=looked_up|=searching ~3 =how =to =die|=kill_myself|=end_my_life|=end_it|=overdose|=kms',
      '=feel|=feeling|=felt =like =dying|=killing_myself|=ending_it|=ending_my_life|=jumping_off|=jumping_out|=jumping_in_front|=disappearing_forever',
      '=suicide|=dying|=death|=dead ~2 =is|=seems|=feels ~2 =the =only|=best ~1 =way|=option|=answer|=choice|=solution',

      `${KILL} ${SELF} !laughing|esteem|worth|confidence|image|respect|control|care`,
      '=leave|=leaving =this =life|=world',
      `${SELF} =kill|=off|=unalive`,
      '=kms|=ctb|=sewerslide|=sewerslid*|=unalive|=unaliving|=self_delete|=selfdelete|=self_deleting|=self_deletion|=selfdeletion !the|a|an|your|you|me|him|her|them|us|it',
      '=log|=logging|=logged =off|=out =permanently|=forever|=for_good|=of_life',
      '=gonna|=going_to|=ill|=will|=wanna|=want_to =self_delete|=selfdelete|=kms|=ctb',
      `=end|=ending|=take|=taking ~1 =my ?own =life|=lives`,
      '=end|=ending =it =all',
      `=commit|=committing|=attempt|=attempting|=attempted ?=a =suicide|=sewerslide`,
      'suicidal*|=suicidality|=suicide_ideation',
      `=thinking|=think|=thought|=thoughts|=thinkin ~2 =about|=of ~1 ${SUI}|=dying|=death|=killing_myself|=ending_it|=ending_my_life|=ending_things`,
      `=catch|=catching|=catched =the =bus !to|at|home|back|tomorrow|in|from|this|every|today|after|or|and|because|at|lol`,
      `${WANT} ?to ~1 =rope|=noose`,
      `=i ~2 =kys|=kms`,
    ],
  },
  // ── intent ──
  {
    id: 'going to kill myself',
    cat: 'intent',
    p: [
      `=gonna|=going|=ill|=will|=plan|=planning|=planned|=decided|=decide|=about_to|=preparing ~2 ${KILL}|=die|=jump|=overdose|=od !someone|somebody|him|her|them|you|everyone|everybody|people|=my_boss|=my_brother|=my_sister|=my_mom|=my_dad|this|that|the ~1 ${SELF}|=it|=my_life|=my_own|=tonight|=today|=soon|=off|=from|=on !out|up|=the_road|well|great|fine`,

      // a letter to someone is a goodbye only when it says so ("wrote a letter to my grandma for her birthday")
      '=wrote|=written|=writing|=write ~2 =my|=a ~1 =note|=letter|=goodbyes !to|for|of|about|on|asking|applying|requesting|complaining|thanking|in|at|with|from|=to_my|=to_her|=to_him|=to_the',
      '=wrote|=written|=writing|=write ~2 =my|=a =goodbye|=farewell|=suicide|=last|=final =note|=letter|=letters|=notes',
      '=have|=got|=made|=ive_got|=ive ~1 =a =plan ~3 =to|=how|=for =die|=end|=kill|=it|=do|=suicide|=killing|=dying',
      '=plan =and ~1 =pills|=rope|=means|=gun|=blade|=blades|=noose',
      '=plan =to|=is ~3 =die|=kill|=end|=jump|=overdose|=od|suicid*',
      `=saving|=stockpiling|=hoarding|=collecting|=stashing|=saved|=stockpiled|=hoarded|=stashed|=hiding|=hid ~3 =rope|=noose|=pills|=tablets|=meds|=razor|=blades|=gun|=pill|=bottles|=sleeping_pills`,
      `=bought|=buying|=buy|=got|=found|=ordered|=order ~2 =a|=the ~1 =rope|=noose|=gun !for|=to_hang|=to_tie|swing|ladder|climbing`,
      '=picked|=chose|=set ~1 =a|=the =date|=day|=method|=spot ~3 =die|=end|=it|=do|=kill',
      '=know|=figured ~2 =how|=where|=when =ill|=i_will|=i_am_going_to|=im_going_to ~1 =do_it|=end_it|=kill_myself|=die',
      '=tonight|=today|=tomorrow ~2 =is =the =night|=day ~2 =i|=it =end|=do|=die|=happens',
      '=last =day|=night|=week =alive|=on_earth',
      // the means bought or the place picked, named only as "it"
      '=bought|=ordered|=got|=have ~2 =everything|=what|=all|=the_stuff ~1 =i_need|=i_needed|=needed|=i_need_for|=need =for_it|=to_do_it|=for_this',
      '=picked|=found|=chose|=choose ~3 =roof|=rooftop|=bridge|=cliff|=building_with_an_open_roof ~~4 =going|=go|=friday|=saturday|=sunday|=weekend|=tonight|=tomorrow !bar|restaurant|terrace|cafe|party|wedding|photos|pics',
      '=waiting|=wait ~1 =for|=till|=until ~4 =leave|=leaves|=asleep|=sleep|=gone|=to_leave|=out ~~4 =then|=and_then ~2 =ill|=i_will|=im_gonna|=going_to|=thats|=its ~1 =do_it|=end_it|=it|=over',
      '=leave|=leaves|=away|=gone|=asleep ~6 =and|=then ~3 =finally ~1 =do_it',
      '=bought|=ordered|=got ~2 =everything|=all ~5 =pick|=choose|=set ~1 =the|=a =day|=date',
      '=have|=found|=know|=got =a|=the|=my ~1 =way|=method !to|for|of|around|out|back|home|in ~4 =reliable|=sure|=painless|=wont_hurt|=for_sure|=quick',
      '=made_up_my_mind|=decided|=ive_decided|=i_decided ~1 =sunday|=monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=tonight|=tomorrow|=this_weekend !we|were|at|morning|brunch|is|=i_will_call|=ill_call|lunch|dinner|=night_out',
      '=thought_it_all_through|=planned_it_all|=planned_everything|=thought_everything_through|=planned_it_all_out|=figured_it_all_out ~~3 =nobody|=no_one ~2 =will|=would|=wont ~1 =notice|=know|=stop_me',
      '=gave|=giving ~3 =away ~~5 =deleted|=deleting|=wrote|=paid ~3 =photos|=pics|=accounts|=everything|=letters|=debts|=passwords',
      '=put|=hung|=tied|=made|=set_up|=have ~2 =a|=the|=my ~1 =noose',
      // means gathered or a place picked, told without a death word
      '=saved_up|=stockpiled|=stashed|=collected|=hoarded|=saved =enough !for|to|money|cash|points|vacation|leave|days|time|=for_a',
      '=spot|=place ~6 =nobody|=no_one|=noone =will|=would|=can|=could|=wont|=ever ~1 =find =me !lol|haha|lmao|when|in|at',
      '=this_is|=its ~1 =my =last =day|=night !at|of|in|off',
    ],
  },
  // ── imminent ──
  {
    id: 'on the bridge now',
    cat: 'imminent',
    p: [
      `=standing|=sitting|=stood|=sat|=climbed|=im ~2 =on|=at|=onto|=by|=over ~1 =the|=a|=this|=top_of_the|=edge_of_the ~1 =edge|=ledge|=bridge|=roof|=rooftop|=railing|=tracks|=cliff|=balcony|=windowsill ~4 =now|=tonight|=jump|=ready|=end|=goodbye|=cant|=about|=going|=gonna|=want|=wanna|=its_time|=one_last_time|=last_time|=shaking|=typing_this|=texting_this|=writing_this|=texting_you|=writing_to_you|=no_one_else|=nobody_else`,
      `=pills|=pill|=bottle|=blade|=razor|=knife|=gun|=rope|=noose ~2 =in_my_hand|=in_my_hands|=in_front_of_me|=next_to_me|=beside_me|=right_next_to_me|=ready|=up|=hung|=set_up|=is_up|=around_my_neck|=loaded|=tied|=counted|=lined_up`,
      `=just|=already ~2 =took|=swallowed|=taken|=downed|=ate ~2 =all|=whole|=entire|=bottle|=pack|=handful|=box|=everything|=30|=20|=50|=100 ~2 =pills|=tablets|=of|=bottle|=meds|=my !${NOT_MED}`,

      '=tonight|=today =i|=ill =end_it|=do_it|=die',
      '=doing|=ending|=do|=end =it =tonight|=right_now|=today',
      '=it =ends|=ending =tonight|=today|=now',
      '=loaded =the|=my =gun',
      '=turned_on|=opened|=turned ~2 =the ?=all =gas ~3 =and ~1 =lay|=laid|=lying|=sat|=waiting|=went_to_sleep',
      '=climbing|=climbed|=climb ~1 =over =the =railing|=rail|=fence|=edge|=barrier',
      '=balcony|=roof|=bridge|=ledge|=window ~~3 =climbed|=climbing|=got ~1 =over|=out ~~3 =holding_on|=hanging_on|=holding|=letting_go|=let_go',
      '=stool|=chair ~~4 =tied|=noose|=rope',
      '=scarf|=belt|=cord|=cable ~3 =around_my_neck|=on_my_neck',
      '=speeding_up|=accelerating|=flooring_it ~~4 =wall|=tree|=pole|=barrier|=oncoming',
      '=tub|=bath|=bathtub ~~4 =blood ~2 =everywhere|=already',
      '=took|=swallowed =it_all|=everything|=them_all ~~6 =nauseous|=heart_is_racing|=dizzy|=vomiting|=cant_breathe|=throwing_up|=going_dark',
      '=climbed|=climbing ~2 =the|=a|=onto ~1 =crane|=roof|=tower|=bridge|=building ~~10 =goodbye|=bye|=forgive|=sorry|=its_time',
      '=now_or_never ~~3 =window|=roof|=bridge|=pills|=rope|=ledge|=edge|=blade',
      '=dont|=do_not =call ~1 =an|=the|=any ~1 =ambulance|=911|=anyone|=for_help !its|it|im|just|=i_am|all|over',
      '=walking|=going|=heading|=driving|=on_my_way ~1 =to =the =river|=bridge|=roof|=rooftop|=tracks|=cliff|=lake ~~3 =im_done|=its_over|=enough|=goodbye|=bye|=cant_anymore|=cant_do_this',
      '=car|=garage ~4 =engine_running|=engine_on|=motor_running|=doors_shut|=doors_closed ~~4 =garage|=doors_shut|=doors_closed|=closed|=shut|=engine_running|=waiting',
      '=im|=i_am|=already|=standing|=sitting ~2 =over|=behind|=past|=outside =the =railing|=rail|=barrier',
      `=swallowed|=downed|=took =a|=the|=my =whole|=entire ~3 =strip|=pack|=bottle|=box|=blister|=packet !${NOT_MED}`,
      '=took|=swallowed|=popped|=downed =10|=15|=20|=25|=30|=40|=50|=60|=100 ~1 =xanax|=pills|=tablets|=benadryl|=tylenol|=advil|=ibuprofen|=sleeping|=meds|=of_my',
      '=washed_down|=chugged ~2 =a_handful_of|=a_bunch_of|=all_my|=the_whole ~1 =pills|=meds|=tablets',
    ],
  },
  // ── farewell ──
  {
    id: 'goodbye everyone',
    cat: 'farewell',
    p: [
      '=goodbye|=farewell ~1 =everyone|=everybody|=world|=forever !for|tonight|tomorrow|later|see|till|until|from',
      '=bye =forever|=world',
      '=goodbye|=farewell ~1 =cruel|=forever',
      '=this|=its|=this_is ~1 =my =last|=final ~1 =message|=post|=goodbye|=words|=text !today|for|before|of|on|in|tonight|now|=for_now|=for_tonight|=for_today|=until|till|this|=about_it|=about_this|=about_that',
      '=this =is =goodbye',
      '=remember =me =kindly|=fondly|=when_im_gone',
      '=my =last|=final =post|=words !today|for|before|of|on|in|at|this|=here_for|=about_it|=about_this|=about_that',
      '=wont|=will_never|=never =see =each =other =again',
      '=leaving|=going|=gone =forever|=for_good ~~3 =dont_cry|=goodbye|=bye|=sorry|=love_you|=forgive',
      '=take_care_of|=look_after =my =cat|=dog|=cats|=dogs|=pet|=hamster|=mom|=family ~3 =please|=for_me|=when_im_gone|=i_wont_be_here|=i_wont_be_around',
      '=by_the_time =you|=anyone ~1 =read|=see|=reads|=sees ~2 =this|=it ~3 =ill|=gone|=dead|=wont|=i',
      '=when =you =read|=see =this ~2 =ill_be_gone|=i_will_be_gone|=gone|=dead|=i_wont_be|=ill_be_dead',
      `=i =wont|=will_not|=not ~1 =be_around|=be_here|=be_alive|=see|=make_it|=live|=survive|=wake_up|=be_here_for ~1 =tomorrow|=much_longer|=by_morning|=another_day|=the_night|=next_week|=for_long|=anymore|=after_tonight|=much_longer !to|for|at|in|so|because|but|at|lol|anyway|morning|=to_work`,
      '=tell =mom|=mum|=dad =i =loved|=love =her|=him',
      '=this_is_the_end|=its_the_end|=this_is_it ~~2 =im_sorry|=sorry|=goodbye|=forgive_me|=bye',
      '=tell ~1 =my =mom|=mum|=family|=parents|=sister|=brother|=dad ~2 =i_love|=that_i_love|=im_sorry|=i_loved|=that_im_sorry',
      '=please ?=take_care_of|=look_after =my =cat|=dog|=cats|=dogs|=pet|=family|=mom ~3 =for_me|=when_im_gone|=after|=forever|=please',
      '=thank_you|=thanks ~1 =for =everything ~~4 =goodbye|=farewell|=forever|=its_time|=i_love_you_all|=it_is_time|=im_sorry|=sorry_for_everything',
      '=sorry =for =everything ~~4 =goodbye|=farewell|=forgive_me|=please_forgive|=its_time|=i_love_you_all',
      '=you|=youll ~1 =wont|=never =hear_from_me|=see_me =again|=anymore',
      '=wont =be =a =burden ~1 =much_longer|=anymore|=soon|=for_long',
      '=farewell !party|tour|to|speech|gift|card|dinner|lunch|episode|concert|drinks|show|season|game|match|address|gig|bash|do|celebration|cake|brunch|event|drink|tea|coffee|video|=post_for|=message_for|email',
      '=final|=last =goodbye|=goodbyes|=farewell !to|at|party|tour|episode|show|concert|game|match',
      '=forgive =me ~~4 =cant_anymore|=cant_do_this_anymore|=cant_go_on|=goodbye|=im_leaving|=i_love_you|=i_love_you_all|=its_time',
      '=blame ~3 =for =my =death|=suicide',
      '=my =death|=suicide ~1 =is|=isnt|=is_not|=wasnt ~2 =your|=anyones|=nobodys =fault',
      '=see|=meet =you|=ya|=yall =on =the =other =side|=in_another_life|=in_the_next_life|=in_heaven',
      '=writing|=write|=wrote|=wanted|=want|=needed ~1 =to =say =goodbye|=bye|=goodbyes ?=properly !before|for|until|till|=to_the|at|when|after|on',
      // a farewell without a farewell word: "it was nice knowing you", "you'll all be fine without me", "remember me as
      // the guy who…", "i'm at peace with my decision", "this is the last time. take care"
      '=it_was|=its_been|=was ~1 =nice|=good|=lovely|=great|=an_honor|=an_honour|=a_pleasure =knowing =you|=yall|=you_all|=everyone|=you_guys',
      '=youll|=you_will|=you_all|=yall|=everyone|=everyone_will|=theyll|=they_will|=you_guys|=everybody ~2 =be ~1 =fine|=ok|=okay|=alright|=better =without_me !for|this|today|tonight|tomorrow|while|until|till|at|on|in|during',
      '=remember =me =as =the|=someone|=a|=an|=the_one|=someone_who|=the_guy|=the_girl|=the_kid|=i_was',
      '=at_peace|=made_peace|=made_my_peace|=im_at_peace|=comfortable|=okay|=ok ~1 =with =my|=this|=the =decision|=choice !to|about|on|for',
      '=leaving|=go|=going|=gone|=leave =for_good|=forever !from|to|on|in|at|with|lol|haha|after|because|since|so',
      '=ill|=i_will|=im|=be|=ill_be|=i_will_be ~1 =fine|=ok|=okay|=better|=happier|=at_peace|=safe ~1 =where|=wherever =im_going|=i_am_going|=i_go|=im_headed|=im_off_to',
      '=this_is_where =i|=we =say ~1 =goodbye|=bye|=goodbyes',
      '=said|=finished|=done|=made|=saying ~2 =all =my =goodbyes',
      '=finished|=done|=said ~1 =my =goodbyes',
      '=my =last|=final|=dying =wish|=request !for|before|this|of|on|at|in|=is_a|was',
      '=if =you|=anyone ~1 =dont|=do_not|=never|=doesnt =hear =from =me ~1 =after_this|=again|=anymore|=after_tonight',
      '=dont|=do_not|=please_dont ~1 =worry|=be_sad|=cry|=grieve =about|=for|=over =me ~1 =after_this|=after_im_gone|=when_im_gone|=after_today|=afterwards',
      '=cant|=couldnt|=cannot|=can_not|=dont_want_to ~2 =stay|=be|=live|=remain =in =this =world|=life',
      '=sorry|=apologize|=apologise|=apologies ~3 =everyone|=anyone|=all ~2 =i ~1 =let_down|=hurt|=failed|=disappointed|=burdened',
      '=my|=a =last|=final =conversation|=chat|=talk !=with_my|about|for|before|at|today|tonight|this|of|on|in|=was_with|=with_him|=with_her',
      '=wont|=will_not|=wont_be ~1 =need|=needing =it|=them|=this|=that|=these|=those|=any_of_it|=any_of_this|=my_stuff ~2 =where =im_going|=i_am_going|=im_headed',
      '=this_is|=this_will_be|=its ~1 =the =last =time =i|=ill|=im ~2 =talk|=speak|=write|=message|=text ~1 =to =anyone|=anybody|=you_all|=yall|=you_guys|=everyone !about|=like_this|unless|if|until|till|before|for|lol|haha|after',
      '=ive|=i_have|=i ~1 =had =a ?=pretty|=really =good|=decent|=long|=great|=fair =run !with|at|in|on|as|of|this|today|lol|haha',
      '=said|=told|=say ~2 =everything|=all =i ~1 =needed|=wanted|=had|=meant =to =say|=tell ~~6 =goodbye|=bye|=farewell|=its_quiet|=its_time',
      '=this_is_the_last_time|=its_the_last_time|=this_will_be_the_last_time !i|im|ill|were|we|youre|you|he|she|they|at|in|for|this|that|on|before|lol|haha|ever ~~6 =take_care|=thank_you|=thanks|=love_you|=goodbye|=bye|=sorry|=forgive_me|=i_mean_it',
      '=my =goodbye|=farewell|=suicide =letter|=note|=letters|=notes',
      '=dont|=do_not =look|=search =for =me',
      '=dont|=do_not =think =badly|=bad|=ill =of =me',
      '=reads|=reading|=read =this ~~3 =live =for =me',
      '=tell ~3 =its|=it_is|=it_was|=it_wasnt|=it_isnt ?=not =because_of ~1 =her|=him|=them|=you',
      '=going|=gone|=leaving|=off ~2 =where|=to_where|=to_a_place ~3 =no_one|=nobody|=people|=noone ~1 =comes|=come|=dont|=doesnt|=ever|=never ~2 =back|=come_back|=returns|=return',
      '=remember =me ~1 =like_this|=this_way|=happy|=smiling|=as_i_was|=like_i_was !when|at|lol|haha',
      '=ok|=okay|=alright|=thats_it|=its_time =going|=im_going|=doing_it|=im_doing_it !to|home|out|back|offline|afk|bed|=now_bye ~~2 =sorry|=forgive_me|=im_sorry|=forgive',
      '=mom|=mum|=dad|=mama|=guys ~2 =im_sorry|=sorry|=forgive_me ~~4 =i ~1 =really|=honestly|=truly ~1 =tried !to|but|so|and|=my_best_at|it|that|on',
      '=if_anything|=if_something_happens|=if_anything_happens ~~4 =give|=take_care_of|=look_after ~1 =my',
      // a goodbye without a goodbye word: "it's on without me now", "tell my sister it wasn't her fault"
      '=on|=go_on|=carry_on|=live ~1 =without_me !ill|=i_will|im|for|till|until|today|tonight|this|at|lol',
      '=tell ~3 =it =wasnt|=was_not|=isnt ~1 =her|=his|=their|=your|=anyones|=my_moms|=my_dads =fault',
      '=saying|=say =goodbye|=goodbyes|=my_goodbyes ~1 =to =everyone|=everybody|=you_all|=the_world|=my_family',
    ],
  },
  // ── self-harm / overdose ──
  {
    id: 'cut myself',
    cat: 'self_harm',
    p: [
      // "i cut again", "started cutting again": self-harm slang without an object
      '=i|=im|=started|=been ~1 =cutting|=cut =again',
      `=cut|=cutting|=cuts|=burn|=burning|=burned|=burnt|=hurt|=hurting|=harm|=harming|=hit|=hitting|=punish|=punishing|=scratch|=scratching|=scratched|=slice|=slit|=carve|=carving|=carved|=bash|=starve|=starving|=punched ${SELF} !shaving|cooking|while|when|on|by|accidentally|playing|in|at|with|during|at|chopping|earlier|yesterday|lol`,
      `=cut|=cutting|=slit|=slice|=sliced|=slashed|=slash|=carve|=carving|=burn|=burning|=cut_open ~1 =my =arm|=arms|=wrist|=wrists|=thigh|=thighs|=legs|=skin|=stomach|=veins|=hips !shaving|while|when|on|by|accidentally|cooking|playing`,
      '=self =harm|=harmed|=harming|=injury|=injuring|=harmer|=injure !awareness|prevention|research|module|training|policy',
      'selfharm*',
      `=started =cutting|=burning|=harming ~1 =again|=myself`,
      '=i ~1 =cut|=cutting =again',
      '=lines ~2 =on =my =arm|=arms|=thigh|=thighs|=wrist|=wrists|=legs|=leg|=stomach',
      '=cutting|=cut =with =a|=my ~2 =blade|=razor|=sharpener_blade|=pencil_sharpener|=razor_blade',
      '=sh|=shd|=sh_d ~1 =again|=today|=last_night|=tonight|=yesterday',
      '=wanna|=want_to|=need_to|=urge_to =cut|=sh ~1 =so_bad|=so_badly|=again|=tonight|=now|=right_now',
      '=took|=swallowed|=downed =all =the|=my =pills|=meds|=tablets ?=i_had|=i_had_left|=at_once',
      '=burning|=burn|=burned|=burnt =myself =with =a|=my ~1 =lighter|=cigarette|=match|=matches|=iron|=curling_iron',
      '=hit|=hitting|=beat|=beating|=whip|=whipping =myself =with ~2 =belt|=fists|=hairbrush|=ruler|=a_belt',
      '=relapsed|=relapse =and =cut|=cutting|=hurt_myself|=burned',
      `=cut|=cutting|=hurt|=hurting =myself =with =a|=my|=the ~1 =blade|=razor|=box_cutter|=boxcutter|=scissors|=glass|=sharpener|=pencil_sharpener|=lighter`,
      '=scratch*|scratch*|=pick|=picking|=picked|=bite|=biting|=bit|=punch|=punched|=punching|=hit|=hitting|=claw|=clawed|=clawing ~4 =until|=till|=til ~2 =it =bleeds|=bled|=bleed|=bruises|=bruised|=they_bleed|=they_bled|=i_bleed|=it_bled|=blood',
      '=put|=putting|=burn|=burned|=burning ?=out ~1 =a|=my ?=lit ~1 =cigarette|=cigarettes|=cig|=cigs ~2 =on =my =arm|=arms|=skin|=wrist|=hand|=leg|=legs|=thigh|=thighs',
      '=i =cut|=cutting =at_night|=every_night|=every_day|=in_the_bathroom|=when',
      '=relapsed|=relapse ~2 =self|=sh|=cutting',
      '=cuts|=wounds|=scars ~2 =on ~1 =my =arms|=arm|=wrists|=thighs|=legs|=wrist|=hips|=stomach',
      '=fresh|=new =cuts|=scars|=wounds',
      '=bang|=banging|=punch|=punching|=hit|=hitting ~1 =my =head =against|=on|=into =the =wall|=walls|=wall ~2 =until|=till|=on_purpose|=again|=to',
      `=overdosed|=oded|=odd|=overdosing ~3 =on|=last|=again|=yesterday|=pills|=meds|=tonight|=myself|=sleeping|=twice`,
      '=i ~2 =overdosed|=oded|=odd',
      `=took|=take|=swallowed|=swallow|=taking|=downed|=popped ~2 =a_pack_of|=a_box_of|=a_bottle_of|=a_strip_of|=the_pack_of|=too_many|=a_bunch_of|=a_handful_of|=a_lot_of|=the_whole|=all_of_my|=all_my|=an_entire|=every|=a_whole|=half_a|=half_the|=half_my|=a_full ~2 =pills|=tablets|=meds|=medication|=bottle|=pack|=sleeping|=antidepressants|=painkillers|=paracetamol|=tylenol|=advil|=xanax|=box|=sleeping_pills !${NOT_MED}`,
      `=overdose|=od ${SELF}|=on`,
      `=want|=wanna|=going|=urge|=urges|=need ~1 =to =hurt|=harm|=cut|=punish|=burn ${SELF}`,
      '=hurt|=hurting|=harm|=harming|=cut|=cutting|=burned|=burnt|=burn ~1 =myself|=me =on_purpose|=deliberately|=intentionally',
    ],
  },
  // ── passive ideation ──
  {
    id: 'wish I was dead',
    cat: 'passive_ideation',
    p: [
      '=dont|=do_not|=never =want|=wanna ?=to =get_up|=wake_up ~1 =ever_again|=again_ever|=ever',
      '=i =should|=deserve|=might_as_well ~1 =just =die|=be_dead|=disappear',
      '=i =should|=might_as_well ~1 =just =die|=kill_myself|=end_it',
      '=i =deserve =to =die|=be_dead',
      '=i =dont =deserve =to =live|=be_alive|=exist',
      '=done|=finished =with =life|=living|=being_alive|=existing',
      '=sleep|=sleeping =forever|=and_never_wake_up|=and_not_wake_up',
      '=want|=wanna|=wish ~1 =it =to =be =over',
      '=im|=i_am|=feel|=feel_like ?=just ?=such ?=a =burden ~2 =to|=on =everyone|=my_family|=everybody|=them|=people',

      '=wish|=hope|=pray ~1 =i|=id ~1 =was|=were|=would_be|=could_be|=be ?=just ~1 =dead|=never_born|=gone_forever|=never_been_born',
      '=wish|=hope|=pray ~1 =i =wasnt|=was_not|=werent|=hadnt_been|=had_never_been|=never ~1 =born|=alive|=existed|=exist',
      // not waking up before a time is a wish to sleep in ("hope i won't wake up before my alarm")
      '=wish|=hope|=pray ~1 =i =wasnt|=was_not|=werent|=never|=wouldnt|=dont|=do_not|=wont|=would_not|=didnt ~1 =wake|=woke !before|until|till|=in_time|early|at|for|when|to|=on_time|=up_before|=up_until|=up_till|=up_in_time|=up_early|=up_at|=up_for|=up_when|=up_to|=up_on_time',
      '=i ~1 =dont|=do_not|=never ~1 =want|=wanna|=wish ~1 =to =wake =up ~1 =anymore|=again|=ever|=tomorrow',
      '=go|=fall|=fell =to|=asleep ?=sleep ~2 =and =never|=not|=not_ever =wake',
      '=never =wake =up =again',
      '=the =big|=eternal =sleep !tonight|in|on|after|before',
      '=let =me ?=just =not =wake_up|=exist',
      '=waiting|=wait =to =die|=for_death|=for_it_all_to_end',
      '=should|=shouldve ?=have =died|=been_dead ~1 =as|=when|=at|=back|=years|=long',
      '=wish ~3 =not =be|=exist !a|an|the|so|late|here|there|able|like|sad|alone|tired|afraid|scared|at|in|around|such|that|this|as',
      '=vanish|=disappear ~2 =and =never =come_back|=return|=be_seen',
      '=shouldnt|=should_not|=should_never|=shouldve_never ~1 =have =been =born|=existed',
      '=wish|=hope ~1 =i =hadnt|=didnt|=never|=wouldnt ~1 =woken|=wake|=woke|=waken',
      // the writer's own preference, not someone else's ("people say they'd rather not be here")
      '=id_rather|=i_would_rather|=i_rather|=id_honestly_rather|=id_really_rather|=id_much_rather|=id_just_rather|=i_would_honestly_rather|=i_would_really_rather|=i_would_much_rather|=i_honestly_rather|=id_kinda_rather|=i_kinda_rather|=i_kind_of_rather|=i_almost_rather ~1 =vanish|=disappear|=die|=be_dead|=not_exist|=not_be_here|=not_wake_up|=fade_out|=fade_away|=cease_to_exist|=stop_existing|=not_be_alive|=not_be_around',
      // living told as finished: "i feel like i've lived enough", "done my living", "had enough of living"
      '=lived|=lived_long ~1 =enough|=long_enough|=my_life_already ?=already !to|for|in|that|of|years|days|but',
      '=done|=did|=had ~1 =my =living',
      '=had|=have =enough =of =living|=life|=being_alive|=existing',
      '=dont|=do_not|=couldnt|=could_not|=honestly_dont|=really_dont ~1 =care =if|=whether ~1 =i =live|=die|=wake_up|=make_it|=survive ~2 =or ~1 =die|=not|=live',
      // still alive only for someone or something: "the only reason i'm still around is my dog"
      '=only =reason|=thing ~2 =im|=i_am|=i_m =still =alive|=here|=around|=breathing|=living',
      '=still =alive|=here|=around =only =because|=for',
      // the will to live lost, death envied or pictured as a rest: "no will to live", "i envy people who die in
      // their sleep", "death sounds like a holiday", "taking up space someone better could use"
      '=no|=lost_the|=lost_my|=losing_the|=losing_my|=have_no|=dont_have_the|=zero ~1 =will =to =live|=keep_going|=go_on|=carry_on|=keep_living',
      '=envy|=jealous_of|=envious_of ~2 =people|=those|=anyone|=everyone|=the_ones ~2 =who|=that ~1 =die|=died|=get_to_die|=dont_wake_up',
      '=death|=dying|=being_dead ~3 =sounds|=seems|=feels|=looks ~2 =like ~1 =a|=an ~1 =holiday|=vacation|=relief|=rest|=break|=escape|=mercy|=gift',
      '=taking_up|=take_up|=wasting ~1 =space|=oxygen|=air ~3 =someone|=somebody|=better|=deserves|=could_use',
      '=waste =of =space|=oxygen|=air|=a_life !lol|haha|meeting|=tbh_this',
      '=nothing|=nobody|=no_one|=noone ~1 =holding|=keeping =me =here|=alive|=anymore|=now',
      // hoping not to recover, to fall ill and die, to have been the one who died ("it should have been me")
      '=hope|=hoping|=hoped|=wish|=wished|=praying ~2 =i =dont|=wont|=didnt|=never|=wouldnt ~1 =recover|=get_better|=pull_through|=survive_this|=wake_from !at|in|with|from|by|=at_it',
      '=wish|=hope|=hoping ~2 =i ~1 =get|=got|=would_get|=could_get =sick|=ill|=cancer ~2 =and =die|=died|=not_recover',
      '=should_have_been_me|=shouldve_been_me|=it_should_have_been_me|=it_shouldve_been_me|=why_wasnt_it_me|=why_not_me !who|that|to|on|at|in|getting|lol|haha',
      '=done|=finished|=over =with =being_a_person|=being_human|=being_me|=being_here|=existence',
      '=better_off|=happier|=easier ~3 =with_one_less|=with_one_fewer|=without_one ~1 =kid|=child|=person|=mouth|=burden|=daughter|=son',
      '=happy|=glad|=content|=fine|=okay|=love ~1 =to ?=just =fade_out|=fade_away|=disappear_forever|=not_wake_up|=not_exist|=stop_existing',
      '=why =even|=bother =live|=living|=exist|=existing|=be_alive|=go_on',
      '=why =do =i ?=even =exist|=live|=bother_living|=keep_living',
      '=wish|=hope|=pray ~1 =id|=i_had|=i_would_have|=i_hadnt ~1 =died|=never_existed|=never_been_born|=been_dead|=been_born',
      '=if =i =vanished|=disappeared|=died|=was_gone|=were_gone|=killed_myself|=wasnt_here|=didnt_exist ~3 =no_one|=nobody|=noone ~1 =would|=will|=d ?=even ~1 =notice|=care|=miss',
      '=better|=easier|=best ~3 =if =i =was|=were|=had ?=never ~1 =born|=dead|=gone',
      '=better|=easier|=best ~3 =if =i =wasnt|=werent|=was_not|=were_not ~1 =here|=around|=alive|=born',
      '=nothing|=nothing_left|=no_one|=nobody|=nothin =to =live =for',
      '=cant|=can_not|=cannot =wait =to =die|=be_dead',
      `${WANT} ?=to =not =exist|=be_alive|=be_here|=wake_up|=live`,
      `=dont|=do_not|=no_longer|=not|=never =wanna =live|=be_alive|=exist|=be_here|=be_around|=go_on ?=anymore !in|with|near|at|here|there|on|without|together|like|alone|somewhere|abroad|apart|far|close|by|under|through`,
      '=better =off =dead|=without_me|=gone',
      '=everyone|=everybody|=they|=world|=family|=people|=theyd ~2 =would|=d|=will|=be =be|=better|=happier ~2 =without_me|=if_i_was_gone|=if_i_were_gone|=if_i_died|=if_i_wasnt_here|=if_i_was_dead|=if_i_were_dead',
      `=dont|=do_not|=no_longer|=not|=never ~1 =want|=wanna|=wish ~1 =to =live|=be_alive|=exist|=be_here|=be_around|=go_on|=keep_living ?=anymore !in|with|near|at|here|there|on|without|together|like|alone|somewhere|abroad|apart|far|close|by|under|through`,

      '=no|=any ~1 =reason|=point|=purpose ~1 =to|=in|=for|=of ?=keep =live|=living|=going_on|=being_alive|=existing|=life|=going|=waking_up|=wake_up|=getting_up',
      // the seeing denied in the phrase itself (round 22): "I see a point in life, to be clear" is no hit
      '=dont|=do_not|=doesnt|=does_not|=cant|=cannot|=can_not|=couldnt|=didnt|=wont|=never|=not|=no_longer|=hardly|=barely ~2 =see|=sees ~1 =a|=any|=the =reason|=point ~1 =to|=in|=of ?=keep =live|=living|=being_alive|=going_on|=life',
      '=whats|=what_is =the =point ~1 =of|=in ~1 =living|=life|=being_alive|=existing|=going_on|=even_living|=me_living',
      '=tired|=sick|=exhausted ~1 =of ?=my|=this|=the|=even|=just =living|=being_alive|=existing|=life|=this_life !in|with|here|like|for|at|on|off|under|without|as',
      '=life|=living =isnt|=is_not|=aint|=not =worth =living|=it',
      '=cant|=cannot|=can_not =go_on|=keep_going|=do_life|=live_like_this !with|like|to|today|at|in|eating|doing|working|paying|studying|waiting|sleeping|commuting|cooking|arguing|fighting',
      '=want|=wanna|=wish ~1 =to =disappear|=vanish ~1 =forever|=for_good|=permanently|=completely',
      '=wish|=want|=hope ~3 =a =car|=truck|=bus|=train ~2 =would|=will ?=just =hit|=kill|=run',
      '=nobody|=noone|=no_one ~2 =would ~1 =miss|=notice|=care ~3 =if =i =died|=disappeared|=was_gone|=were_gone|=killed|=died_tomorrow|=was_dead',
      '=death|=dying ~2 =would ?=be ?=a ~1 =relief|=mercy|=better|=peace',
      '=want|=wanna|=wish ~1 =it|=everything|=this|=all ~1 =to =end|=stop ?=forever|=permanently !so|soon|already|today|at',
      '=want|=wanna|=wish ~1 =to =stop =existing|=being_alive|=living',
      '=i =want|=wanna =out !of|from|now|tonight|early|for|to|with',
      '=i =took|=swallowed|=downed =10|=15|=20|=25|=30|=40|=50|=60|=100|=ten|=twenty|=thirty|=forty|=fifty ~1 =pills|=tablets|=of',

      '=praying|=pray|=hoping|=hope ~2 =to_die|=i_die|=for_death',
      '=praying|=pray|=hoping|=hope ~2 =i_dont_wake_up|=i_wont_wake_up !before|until|till|=in_time|early|at|for|when|to|=on_time',
      // "i wish a bus would run me over"
      '=wish|=hope|=hoping|=pray|=praying ~2 =a|=the|=some ~1 =bus|=truck|=car|=train|=driver|=meteor|=plane ~2 =would|=will|=could|=just ~1 =hit|=run|=kill|=take|=crash|=fall ~2 =me|=over|=on_me',
    ],
  },
  // ── third party ──
  {
    id: 'friend wants to kill herself',
    cat: 'third_party',
    p: [
      `${KILL}|=hurt|=hurting|=harm|=harming|=cut|=cutting|=cuts|=hurts|=harms|=kills|=hang|=burn|=burns|=starving|=starve ${THIRD_SELF} !laughing|accidentally|by|while|when|playing|in|last|yesterday`,
      `${THIRD} ~3 =is|=s|=seems|=sounds|=been|=acting|=looks|=got|=feels|=feeling|=might_be|=may_be ~2 =suicidal`,
      `${THIRD} ~3 =wants|=want|=wanting|=talks|=talking|=talked|=says|=said|=keeps|=posts|=posted|=texted|=threatens|=threatened|=thinking|=thinks|=mentioned|=mentions|=writes|=wrote ~4 ${SUI}|=die|=dying|=death|=kill|=killing|=ending|=end_it|=not_being_here|=disappear|=goodbye|=overdose|=overdosing|=hurt_herself|=hurt_himself|=hurt_themselves|=jump_out_the_window|=jump_off|=jump_from|=self_delete !him|her|me|you|us|them|everyone|everybody|someone|people|it`,
      `${THIRD} ~3 =took|=swallowed|=downed|=ate|=has_taken|=had_taken ~1 =too_many|=a_handful_of|=all_her|=all_his|=all_their|=the_whole|=a_lot_of|=lots_of|=so_many|=a_whole|=an_entire ~1 =pills|=tablets|=meds|=bottle|=pack|=sleeping_pills|=painkillers`,
      `${THIRD} ~2 =cuts|=cut|=is_cutting|=burns|=hurts|=scratches ~1 =his|=her|=their =arms|=arm|=wrists|=wrist|=legs|=thighs|=skin`,
      `${THIRD} ~3 =wishes|=wished|=said_he_wishes|=said_she_wishes ~1 =he|=she|=they|=hed|=shed =was|=were|=had ~1 =dead|=never_born|=never_been_born|=died`,
      `${THIRD} ~3 =doesnt|=does_not|=dont ~1 =want =to =live|=be_alive|=exist|=be_here ?=anymore !in|with|at|here|there|near|together|like`,
      `${THIRD} ~3 =overdosed|=ods|=oded|=tried_to_overdose|=tried_to_kill_herself|=tried_to_kill_himself|=tried_to_kill_themselves|=attempted_suicide|=took_a_bunch|=cuts_herself|=cuts_himself|=self_harms|=selfharms|=is_cutting|=has_been_cutting|=is_self_harming|=self_harming|=started_cutting !the|a|an|some|bread|salad|cake|onions|vegetables|veggies|paper|hair|=her_hair|=his_hair|wood|grass|class|school|ties|back|coupons|fabric`,
      `=worried|=scared|=afraid|=terrified|=fear ~3 ${THIRD} ~3 =might|=will|=could|=would|=is_going_to|=gonna ~1 =do_something|=hurt|=harm|=kill|=end_it|=end_her|=end_his|=attempt`,
      `${THIRD} ~2 =wrote|=left|=sent|=posted ~1 =a|=her|=his|=their ~1 =suicide|=goodbye|=farewell =note|=letter|=message|=post|=text`,
      `=my ${THIRD} ~3 =has|=having|=had ~1 =suicidal|=suicide =thoughts|=ideation`,
    ],
  },
  // someone else at a dangerous place ("my sister is sitting on the windowsill and not answering"); company or
  // leisure vetoes it as for `imminent`
  {
    id: 'friend on the edge',
    cat: 'third_party',
    p: [
      `${THIRD} ~2 =is|=s|=standing|=sitting|=stands|=sits ~2 =on|=at|=by ~1 =the|=a|=her|=his|=their ~1 =edge|=ledge|=bridge|=roof|=rooftop|=railing|=tracks|=cliff|=windowsill`,
    ],
  },
]
