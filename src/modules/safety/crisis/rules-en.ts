/**
 * English crisis rules (pattern language in matcher.ts). Ids are canonical phrases, never user text.
 * Person and tense pick the category: "want to kill myself" is ideation, "going to kill myself" intent,
 * "she wants to kill herself" a third party, "he killed himself" (a loss) no hit.
 */
import type { RuleDef } from './rules.js'

const WANT = 'want*|=wanna|wish*|=ready|long*|=need|=tempted|=urge|=urges|=gonna|=going'
const SELF = '=myself|=meself|=myslf|=my_self'
const KILL =
  '=kill|=killing|=off|=offing|=unalive|=unaliving|=hang|=hanging|=drown|=shoot|=poison|=end|=ending|=suicide|=kms'
const SUI = 'suicid*|=sewerslide|=sewer_slide|=unalive|=unaliving|=ctb|=kms|=sui'
const THIRD =
  '=girl|=guy|=boy|=friend|=friends|=bestie|=bff|=sister|=brother|=sis|=bro|=mom|=mum|=mother|=dad|=father|=son|=daughter|=kid|=child|=boyfriend|=girlfriend|=bf|=gf|=partner|=husband|=wife|=classmate|=roommate|=cousin|=coworker|=colleague|=he|=she|=they|=hes|=shes|=theyre|=student|=niece|=nephew|=someone|=teen'
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
      '=kms|=ctb|=sewerslide|=sewerslid*|=unalive|=unaliving !the|a|an|your|you',
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
      `=gonna|=going|=ill|=will|=plan|=planning|=planned|=decided|=decide|=about_to|=preparing ~2 ${KILL}|=die|=jump|=overdose|=od ~1 ${SELF}|=it|=my|=tonight|=today|=soon|=off|=from|=on !out|up|the_road|well|great|fine`,

      '=wrote|=written|=writing|=write ~2 =my|=a ~1 =note|=letter|=goodbyes',
      '=have|=got|=made|=ive_got|=ive ~1 =a =plan ~3 =to|=how|=for =die|=end|=kill|=it|=do|=suicide|=killing|=dying',
      '=plan =and ~1 =pills|=rope|=means|=gun|=blade|=blades|=noose',
      '=plan =to|=is ~3 =die|=kill|=end|=jump|=overdose|=od|suicid*',
      `=saving|=stockpiling|=hoarding|=collecting|=stashing|=saved|=stockpiled|=hoarded|=stashed|=hiding|=hid ~3 =rope|=noose|=pills|=tablets|=meds|=razor|=blades|=gun|=pill|=bottles|=sleeping_pills`,
      `=bought|=buying|=buy|=got|=found|=ordered|=order ~2 =a|=the ~1 =rope|=noose|=gun !for|to_hang|to_tie|swing|ladder|climbing`,
      '=picked|=chose|=set ~1 =a|=the =date|=day|=method|=spot ~3 =die|=end|=it|=do|=kill',
      '=know|=figured ~2 =how|=where|=when =ill|=i_will|=i_am_going_to|=im_going_to ~1 =do_it|=end_it|=kill_myself|=die',
      '=tonight|=today|=tomorrow ~2 =is =the =night|=day ~2 =i|=it =end|=do|=die|=happens',
      '=last =day|=night|=week =alive|=on_earth',
      '=this_is|=its ~1 =my =last =day|=night !at|of|in|off',
    ],
  },
  // ── imminent ──
  {
    id: 'on the bridge now',
    cat: 'imminent',
    p: [
      `=standing|=sitting|=stood|=sat|=climbed|=im ~2 =on|=at|=onto|=by|=over ~1 =the|=a|=this|=top_of_the|=edge_of_the ~1 =edge|=ledge|=bridge|=roof|=rooftop|=railing|=tracks|=cliff|=balcony|=windowsill ~4 =now|=tonight|=jump|=ready|=end|=goodbye|=cant|=about|=going|=gonna|=want|=wanna|=its_time`,
      `=pills|=pill|=bottle|=blade|=razor|=knife|=gun|=rope|=noose ~2 =in_my_hand|=in_my_hands|=in_front_of_me|=ready|=up|=hung|=set_up|=is_up|=around_my_neck|=loaded|=tied|=counted|=lined_up`,
      `=just|=already ~2 =took|=swallowed|=taken|=downed|=ate ~2 =all|=whole|=entire|=bottle|=pack|=handful|=box|=everything|=30|=20|=50|=100 ~2 =pills|=tablets|=of|=bottle|=meds|=my`,

      '=tonight|=today =i|=ill =end_it|=do_it|=die',
      '=doing|=ending|=do|=end =it =tonight|=right_now|=today',
      '=it =ends|=ending =tonight|=today|=now',
      '=loaded =the|=my =gun',
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
      '=this|=its|=this_is ~1 =my =last|=final ~1 =message|=post|=goodbye|=words|=text !today|for|before|of|on|in',
      '=this =is =goodbye',
      '=my =last|=final =post|=words !today|for|before|of|on|in|at|this|here_for',
      '=wont|=will_never|=never =see =each =other =again',
      '=leaving|=going|=gone =forever|=for_good ~~3 =dont_cry|=goodbye|=bye|=sorry|=love_you|=forgive',
      '=take_care_of|=look_after =my =cat|=dog|=cats|=dogs|=pet|=hamster|=mom|=family ~3 =please|=for_me|=when_im_gone|=i_wont_be_here|=i_wont_be_around',
      '=by_the_time =you|=anyone ~1 =read|=see|=reads|=sees ~2 =this|=it ~3 =ill|=gone|=dead|=wont|=i',
      '=when =you =read|=see =this ~2 =ill_be_gone|=i_will_be_gone|=gone|=dead|=i_wont_be|=ill_be_dead',
      `=i =wont|=will_not|=not ~1 =be_around|=be_here|=be_alive|=see|=make_it|=live|=survive|=wake_up|=be_here_for ~1 =tomorrow|=much_longer|=by_morning|=another_day|=the_night|=next_week|=for_long|=anymore|=after_tonight|=much_longer !to|for|at|in|so|because|but|at|lol|anyway|morning|to_work`,
      '=tell =mom|=mum|=dad =i =loved|=love =her|=him',
      '=this_is_the_end|=its_the_end|=this_is_it ~~2 =im_sorry|=sorry|=goodbye|=forgive_me|=bye',
      '=tell ~1 =my =mom|=mum|=family|=parents|=sister|=brother|=dad ~2 =i_love|=that_i_love|=im_sorry|=i_loved|=that_im_sorry',
      '=please ?=take_care_of|=look_after =my =cat|=dog|=cats|=dogs|=pet|=family|=mom ~3 =for_me|=when_im_gone|=after|=forever|=please',
      '=thank_you|=thanks ~1 =for =everything ~~4 =goodbye|=farewell|=forever|=its_time|=i_love_you_all|=it_is_time|=im_sorry|=sorry_for_everything',
      '=sorry =for =everything ~~4 =goodbye|=farewell|=forgive_me|=please_forgive|=its_time|=i_love_you_all',
      '=you|=youll ~1 =wont|=never =hear_from_me|=see_me =again|=anymore',
      '=wont =be =a =burden ~1 =much_longer|=anymore|=soon|=for_long',
      '=farewell !party|tour|to|speech|gift|card|dinner|lunch|episode|concert|drinks|show|season|game|match|address',
      '=final|=last =goodbye|=goodbyes|=farewell !to|at|party|tour|episode|show|concert|game|match',
      '=forgive =me ~~4 =cant_anymore|=cant_do_this_anymore|=cant_go_on|=goodbye|=im_leaving|=i_love_you|=i_love_you_all|=its_time',
      '=blame ~3 =for =my =death|=suicide',
      '=my =death|=suicide ~1 =is|=isnt|=is_not|=wasnt ~2 =your|=anyones|=nobodys =fault',
      '=see|=meet =you|=ya|=yall =on =the =other =side|=in_another_life|=in_the_next_life|=in_heaven',
      '=writing|=write|=wrote|=wanted|=want|=needed ~1 =to =say =goodbye !before|for|until|till|to_the',
      '=my =goodbye|=farewell|=suicide =letter|=note|=letters|=notes',
      '=dont|=do_not =look|=search =for =me',
      '=saying|=say =goodbye|=goodbyes|=my_goodbyes ~1 =to =everyone|=everybody|=you_all|=the_world|=my_family',
    ],
  },
  // ── self-harm / overdose ──
  {
    id: 'cut myself',
    cat: 'self_harm',
    p: [
      `=cut|=cutting|=cuts|=burn|=burning|=burned|=burnt|=hurt|=hurting|=harm|=harming|=hit|=hitting|=punish|=punishing|=scratch|=scratching|=scratched|=slice|=slit|=carve|=carving|=carved|=bash|=starve|=starving|=punched ${SELF} !shaving|cooking|while|when|on|by|accidentally|playing|in|at|with|during|at|chopping|earlier|yesterday|lol`,
      `=cut|=cutting|=slit|=slice|=slash|=carve|=carving|=burn|=burning|=cut_open ~1 =my =arm|=arms|=wrist|=wrists|=thigh|=thighs|=legs|=skin|=stomach|=veins|=hips !shaving|while|when|on|by|accidentally|cooking|playing`,
      '=self =harm|=harmed|=harming|=injury|=injuring|=harmer|=injure !awareness|prevention|research|module|training|policy',
      'selfharm*',
      `=started =cutting|=burning|=harming ~1 =again|=myself`,
      '=i ~1 =cut|=cutting =again',
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
      '=took|=take|=swallowed|=swallow|=taking|=downed|=popped ~2 =a_pack_of|=a_box_of|=a_bottle_of|=a_strip_of|=the_pack_of|=too_many|=a_bunch_of|=a_handful_of|=a_lot_of|=the_whole|=all_of_my|=all_my|=an_entire|=every|=a_whole|=half_a|=half_the|=half_my|=a_full ~2 =pills|=tablets|=meds|=medication|=bottle|=pack|=sleeping|=antidepressants|=painkillers|=paracetamol|=tylenol|=advil|=xanax|=box|=sleeping_pills',
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
      '=i =should|=deserve|=might_as_well ~1 =just =die|=be_dead|=disappear',
      '=i =should|=might_as_well ~1 =just =die|=kill_myself|=end_it',
      '=i =deserve =to =die|=be_dead',
      '=i =dont =deserve =to =live|=be_alive|=exist',
      '=done|=finished =with =life|=living|=being_alive|=existing',
      '=sleep|=sleeping =forever|=and_never_wake_up|=and_not_wake_up',
      '=want|=wanna|=wish ~1 =it =to =be =over',
      '=im|=i_am|=feel|=feel_like ?=just ?=such ?=a =burden ~2 =to|=on =everyone|=my_family|=everybody|=them|=people',

      '=wish|=hope|=pray ~1 =i|=id ~1 =was|=were|=would_be|=could_be|=be ?=just ~1 =dead|=never_born|=gone_forever|=never_been_born',
      '=wish|=hope|=pray ~1 =i =wasnt|=was_not|=werent|=hadnt_been|=had_never_been|=never ~1 =born|=alive|=existed|=exist|=wake|=woke',
      '=wish|=hope ~1 =i =wouldnt|=dont|=never|=do_not|=wont|=would_not|=didnt ~1 =wake|=woke',
      '=i ~1 =dont|=do_not|=never ~1 =want|=wanna|=wish ~1 =to =wake =up ~1 =anymore|=again|=ever|=tomorrow',
      '=go|=fall|=fell =to|=asleep ?=sleep ~2 =and =never|=not|=not_ever =wake',
      '=never =wake =up =again',
      '=shouldnt|=should_not|=should_never|=shouldve_never ~1 =have =been =born|=existed',
      '=wish|=hope ~1 =i =hadnt|=didnt|=never|=wouldnt ~1 =woken|=wake|=woke|=waken',
      '=id_rather|=i_would_rather|=rather ~1 =vanish|=disappear|=die|=be_dead|=not_exist|=not_be_here|=not_wake_up',
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
      '=see ~1 =a|=any|=the =reason|=point ~1 =to|=in|=of ?=keep =live|=living|=being_alive|=going_on|=life',
      '=whats|=what_is =the =point ~1 =of|=in ~1 =living|=life|=being_alive|=existing|=going_on|=even_living|=me_living',
      '=tired|=sick|=exhausted ~1 =of ~1 =living|=being_alive|=existing|=life|=this_life !in|with|here|like|for|at',
      '=life|=living =isnt|=is_not|=aint|=not =worth =living|=it',
      '=cant|=cannot|=can_not =go_on|=keep_going|=do_life|=live_like_this !with|like|to|today|at|in',
      '=want|=wanna|=wish ~1 =to =disappear|=vanish ~1 =forever|=for_good|=permanently|=completely',
      '=wish|=want|=hope ~3 =a =car|=truck|=bus|=train ~2 =would|=will ?=just =hit|=kill|=run',
      '=nobody|=noone|=no_one ~2 =would ~1 =miss|=notice|=care ~3 =if =i =died|=disappeared|=was_gone|=were_gone|=killed|=died_tomorrow|=was_dead',
      '=death|=dying ~2 =would ?=be ?=a ~1 =relief|=mercy|=better|=peace',
      '=want|=wanna|=wish ~1 =it|=everything|=this|=all ~1 =to =end|=stop ?=forever|=permanently !so|soon|already|today|at',
      '=want|=wanna|=wish ~1 =to =stop =existing|=being_alive|=living',
      '=i =want|=wanna =out !of|from|now|tonight|early|for|to|with',
      '=i =took|=swallowed|=downed =10|=15|=20|=25|=30|=40|=50|=60|=100|=ten|=twenty|=thirty|=forty|=fifty ~1 =pills|=tablets|=of',

      '=praying|=pray|=hoping|=hope ~2 =to_die|=i_die|=for_death|=i_dont_wake_up|=i_wont_wake_up',
    ],
  },
  // ── third party ──
  {
    id: 'friend wants to kill herself',
    cat: 'third_party',
    p: [
      `${KILL}|=hurt|=hurting|=harm|=harming|=cut|=cutting|=cuts|=hurts|=harms|=kills|=hang|=burn|=burns|=starving|=starve ${THIRD_SELF} !laughing|accidentally|by|while|when|playing|in|last|yesterday`,
      `${THIRD} ~3 =is|=s|=seems|=sounds|=been|=acting|=looks|=got|=feels|=feeling|=might_be|=may_be ~2 =suicidal`,
      `${THIRD} ~3 =wants|=want|=wanting|=talks|=talking|=talked|=says|=said|=keeps|=posts|=posted|=texted|=threatens|=threatened|=thinking|=thinks|=mentioned|=mentions|=writes|=wrote ~4 ${SUI}|=die|=dying|=death|=kill|=killing|=ending|=end_it|=not_being_here|=disappear|=goodbye|=overdose|=overdosing|=hurt_herself|=hurt_himself|=hurt_themselves !him|her|me|you|us|them|everyone|everybody|someone|people|it`,
      `${THIRD} ~3 =took|=swallowed|=downed|=ate|=has_taken|=had_taken ~1 =too_many|=a_handful_of|=all_her|=all_his|=all_their|=the_whole|=a_lot_of|=lots_of|=so_many|=a_whole|=an_entire ~1 =pills|=tablets|=meds|=bottle|=pack|=sleeping_pills|=painkillers`,
      `${THIRD} ~2 =cuts|=cut|=is_cutting|=burns|=hurts|=scratches ~1 =his|=her|=their =arms|=arm|=wrists|=wrist|=legs|=thighs|=skin`,
      `${THIRD} ~3 =wishes|=wished|=said_he_wishes|=said_she_wishes ~1 =he|=she|=they|=hed|=shed =was|=were|=had ~1 =dead|=never_born|=never_been_born|=died`,
      `${THIRD} ~3 =doesnt|=does_not|=dont ~1 =want =to =live|=be_alive|=exist|=be_here ?=anymore !in|with|at|here|there|near|together|like`,
      `${THIRD} ~3 =overdosed|=ods|=oded|=tried_to_overdose|=tried_to_kill_herself|=tried_to_kill_himself|=tried_to_kill_themselves|=attempted_suicide|=took_a_bunch|=cuts_herself|=cuts_himself|=self_harms|=selfharms|=is_cutting|=has_been_cutting|=is_self_harming|=self_harming|=started_cutting !the|a|an|some|bread|salad|cake|onions|vegetables|veggies|paper|hair|her_hair|his_hair|wood|grass|class|school|ties|back|coupons|fabric`,
      `=worried|=scared|=afraid|=terrified|=fear ~3 ${THIRD} ~3 =might|=will|=could|=would|=is_going_to|=gonna ~1 =do_something|=hurt|=harm|=kill|=end_it|=end_her|=end_his|=attempt`,
      `${THIRD} ~2 =wrote|=left|=sent|=posted ~1 =a|=her|=his|=their ~1 =suicide|=goodbye|=farewell =note|=letter|=message|=post|=text`,
      `=my ${THIRD} ~3 =has|=having|=had ~1 =suicidal|=suicide =thoughts|=ideation`,
    ],
  },
]
