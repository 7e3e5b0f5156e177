/**
 * English rule families of round 22 (crisis22rec, issue #12): farewells told without a goodbye word, self-harm in
 * slang and other forms, someone else at risk told indirectly, intent told by a settled mind. Each family asks for
 * the cue that makes its wording a crisis, so its everyday twin stays out ("don't save anything for me, i ate at
 * work", "tell him I forgive him for being late", "hit himself on the head when he remembered").
 * Compiled `known: false` (rules.ts): the classifier reads as trained.
 */
import type { RuleDef } from './rules.js'
import { THIRD } from './rules-en.js'

const THIRD_SELF = '=herself|=himself|=themselves|=themself'
const NOT_AFTER_ME =
  '!i|im|ive|ill|ate|lol|haha|tonight|today|please|thanks|guys|at|from|in|on|this|tomorrow|=at_work'

export const EN_UNSAID_RULES: RuleDef[] = [
  // nothing kept for the writer any more: "don't keep dinner for me. don't keep anything for me", "don't wait up for
  // me anymore"; not "don't save anything for me, i ate at work", "don't wait for me tonight"
  {
    id: 'dont keep anything for me',
    cat: 'farewell',
    p: [
      `=dont|=do_not =keep|=save =anything =for =me ${NOT_AFTER_ME}`,
      '=dont|=do_not =wait ?=up =for =me =anymore|=ever|=any_more|=any_longer|=again !tonight|today|lol|haha|at|to|in|on',
    ],
  },
  // thanks made final by being done: "I'm just done. Thank you, genuinely, for everything", "appreciate you trying,
  // i do. it's just that i'm not carrying on"; not "thanks for everything, I'm done with this job"
  {
    id: 'thanks im done',
    cat: 'farewell',
    p: [
      '=im|=i_am ?=just =done !venting|ranting|talking|moaning|with|for|here|now|eating|lol|haha|today|tonight|at|in|working|packing|cleaning ~~4 =thank_you|=thanks|=thx|=appreciate ~3 =for ?=everything|=trying|=all !with|at|on|today|tonight|lol|haha|the|this|my|your|dinner|lunch|=the_ride|=the_lift',
      '=thank_you|=thanks|=thx|=appreciate ~4 =trying|=everything ~~6 =im_not_carrying_on|=im_not_going_on|=i_am_not_carrying_on|=not_carrying_on|=im_just_done|=i_am_just_done',
    ],
  },
  // a message passed on after the writer: "say I forgave him a long time ago", "tell Mark to … not feel guilty"; not "tell him I forgive him for being late", "tell her not to feel
  // guilty about cancelling dinner"
  {
    id: 'pass on that I forgave',
    cat: 'farewell',
    p: [
      '=tell|=say|=let ~4 =i =forgave|=forgive =him|=her|=them|=you|=everyone =a_long_time_ago|=long_ago|=years_ago|=ages_ago|=already|=everything',
      '=tell ~12 =not ~1 =feel|=to_feel =guilty !about|for|over|if|that|when|lol|haha|because|at',
    ],
  },
  // asked after, the writer was tired: "if anyone asks about me, tell them I was tired and leave it there"
  {
    id: 'tell them I was tired',
    cat: 'farewell',
    p: [
      '=asks|=ask|=asking ~~4 =tell =them|=everyone|=people =i =was =tired|=tired_of_it !of|from|after|because|lol',
    ],
  },
  // the writer as one problem less for the others: "i'll be one less burden for everyone", "sorry it ends like
  // this"; not "one less headache for everyone, the printer's fixed"
  {
    id: 'one less burden for everybody',
    cat: 'farewell',
    p: [
      '=ill_be|=i_will_be|=id_be|=im|=i_am|=youll_have ?=just ~1 =one =less =problem|=burden|=headache|=mouth_to_feed ?=for|=to ?=everybody|=everyone|=you|=you_all|=yall|=you_guys|=the_family|=worry_about !at|in|on|this|today|tonight|lol|haha|=at_work',
      '=sorry ~2 =it|=things|=this =ends|=ended =like =this|=this_way !between|for|with|lol|haha|=for_you',
    ],
  },
  // a drink for the writer and then life goes on: "have a drink for me and then get on with your life"
  {
    id: 'a drink for me then live',
    cat: 'farewell',
    p: [
      '=have|=raise|=drink =a =drink|=glass|=pint|=toast|=beer|=one =for =me ~~4 =get_on_with_your_life|=get_on_with_your_lives|=move_on|=live_your_life|=live_your_lives',
    ],
  },
  // a goodbye whose ordinary sense is denied: "i'm leaving. not like moving", "leaving for good and i dont mean moving
  // cities", "i'm leaving for good. not just this app"; a goodbye the others did not know was one: "said goodbye to my
  // parents today, they just didnt know it was goodbye"
  {
    id: 'not like moving',
    cat: 'farewell',
    p: [
      '=leaving|=goodbye|=bye|=going|=gone|=im_out|=for_good ~~4 =not|=dont_mean|=i_dont_mean|=and_i_dont_mean ?=like|=just ~1 =moving|=this_app|=the_app|=this_chat|=the_chat|=this_server|=the_server|=moving_house|=moving_cities|=moving_away|=leaving_leaving',
      '=they|=she|=he|=nobody|=no_one|=mum|=mom|=dad|=parents ?=just ~2 =didnt|=dont|=did_not|=doesnt|=do_not|=had_no_idea ~1 =know|=realise|=realize ~1 =it =was|=its =goodbye|=a_goodbye',
      '=you =wont|=will_not|=dont|=do_not ~1 =have =to =deal =with|=put_up_with =me =anymore|=any_more|=ever_again !im|i|ill|lol|haha|at|in|on|when|after|because|since|=im_moving',
      '=no_one|=nobody|=noone ~1 =needs|=has =to =come|=go =looking !=for_the|=for_it|for|lol|im|i|ill|at|in|haha',
      '=im|=ill_be|=i_will_be|=i_am =finally =resting|=at_rest|=at_peace !after|from|on|at|today|tonight|this|in|lol|haha|=for_the|with|about',
      '=remember =me =on =the =good =days',
      '=tell ~4 =not =to =cry|=be_sad|=grieve|=mourn ?=too_much|=for_me|=over_me !about|at|when|if|because|lol|haha|=over_the',
    ],
  },
  // said while one still can: "i just wanted you to hear that from me while i still can"
  {
    id: 'while I still can',
    cat: 'farewell',
    p: [
      '=wanted|=want|=needed =you =to =hear|=know ~~6 =while =i =still =can|=could !before|because|since|as|lol|haha',
    ],
  },
  // ── self-harm in slang and other forms ──
  {
    id: 'sh-ing and burns',
    cat: 'self_harm',
    p: [
      // "been sh'ing since 13"
      '=been|=im|=i_am|=started|=start|=stop|=stopped|=quit|=keep|=still|=was|=been_secretly =shing|=sh_ing',
      // "reopened old scars tonight"
      '=reopened|=reopening|=reopen ~2 =scars|=cuts ~2 =tonight|=again|=last_night|=today|=this_morning',
      // "heated a spoon on the hob and pressed it to my hip"
      '=heated|=heat|=heating|=heated_up ~2 =spoon|=knife|=coin|=metal|=paperclip|=needle ~~6 =pressed|=press|=pressing|=held|=hold ~2 =to|=against|=on =my =skin|=arm|=arms|=hip|=hips|=thigh|=thighs|=wrist|=leg|=legs|=stomach',
      // "came home and cut", "went straight home and cut", not "came home and cut the grass"
      '=home|=bathroom|=room|=toilet|=straight_home =and =cut|=cutting !the|a|my|some|up|out|off|down|open|his|her|their|it|them|dinner|onions|bread|vegetables|veggies|hair|grass|wood|paper|fabric|coupons|into|through|back|costs|ties|class|=the_grass|cake|pizza|veg|lawn|hedge|tree|trees|branches|logs|fruit|meat',
      // "i bite my hands so hard when i'm frustrated", "i jab a needle under my nails"
      '=bite|=biting|=bit =my =hands|=arms|=arm|=hand|=wrist|=wrists|=fingers ~4 =when|=whenever|=so_hard|=until|=till|=every_time',
      '=jab|=jabbing|=stab|=stabbing|=stick|=sticking ~1 =a|=the ~1 =needle|=pin|=compass ~3 =under|=into =my =nails|=skin|=arm|=arms|=leg|=legs|=thigh|=thighs',
      // starving as a punishment: "does anyone else starve as punishment?"
      '=starve|=starving|=starved|=skip_meals|=skipping_meals ?=myself =as =punishment|=a_punishment',
      // "i just need to see blood to feel real"
      '=see|=seeing =blood ~1 =to =feel|=just_to_feel',
      // hiding the marks: "hide the cuts with long sleeves", "cover the burns with bracelets"
      '=hide|=hiding|=hid|=cover|=covering|=covered ~1 =the|=my ~1 =cuts|=burns|=scars ~3 =with|=under =sleeves|=bracelets|=long_sleeves|=hoodies|=bandaids|=plasters|=a_watch|=wristbands',
      // not eating as a punishment: "i don't deserve to eat"
      '=i =dont|=do_not =deserve =to =eat|=food !this|that|lol|haha|=this_cake',
    ],
  },
  // ── third party told indirectly ──
  // someone else hurting themselves by hand or by hunger: "my partner punches himself in the head when he's
  // stressed", "makes herself skip meals for days", "she purges and cuts as punishment"; not "slapped himself on
  // the forehead when he remembered"
  {
    id: 'friend hurts herself',
    cat: 'third_party',
    p: [
      `=punches|=punched|=hits|=slaps|=bangs|=scratches|=bites|=claws|=burns ${THIRD_SELF} ~~8 =blood|=bleed|=bleeding|=bled|=bruises|=bruised|=stressed|=upset|=angry|=anxious|=overwhelmed|=panics|=on_purpose`,
      `=burning|=cutting|=hurting|=punching|=scratching|=starving|=hitting ${THIRD_SELF} !accidentally|by|while|when|playing|laughing|out|up|in|on|lol|haha|=in_the_kitchen`,
      // "my friend keeps cutting and sending me pics", "my friend has been sh'ing again"
      `${THIRD} ~2 =keeps|=is|=has_been|=been|=started|=still|=is_still|=is_back_to ~1 =cutting|=shing|=sh_ing|=self_harming|=selfharming !the|a|her|his|their|class|classes|school|hair|bread|down|back|out|off|corners|ties|it|up|me|us|him|them|people|in|lessons|=her_hair|=his_hair|costs|into|through|onions|wood|paper|fabric|grass|lawn|cake|short`,
      '=wants|=about_wanting|=talks_about_wanting =to =unalive|=unaliving ?=herself|=himself|=themselves',
      '=wants|=want|=wanted|=wanting =to =finish|=end =her|=his|=their =life',
      `=makes|=making|=made|=forces ${THIRD_SELF} =starve|=throw_up|=vomit|=purge !=for_a_diet|before|=for_the|lol`,
      `=makes|=making|=made|=forces ${THIRD_SELF} =skip =meals|=eating|=food ~2 =for_days|=for_a_few_days|=for_two_days|=for_a_week|=as_punishment|=to_punish|=when`,
      '=purges|=cuts|=starves|=burns ~3 =as =punishment|=a_punishment',
      '=reads|=read|=sounds|=looks ~1 =like =a =suicide =note|=letter',
      // cuts found on someone: "found cuts on my 14-year-old's forearms"; not "…on my arms from the roses"
      '=found|=noticed|=saw|=spotted ~1 =cuts|=fresh_cuts|=burns|=scars ~1 =on ~4 =forearms|=forearm|=wrists|=wrist|=thighs|=thigh|=arms !from|after|because|=from_the|playing|gardening',
      // a threat of a crash: "he says he'll drive into a tree if I don't take him back"
      '=hell|=shell|=he_will|=she_will|=hed|=shed ~1 =drive|=crash =into|=off ~2 =a|=the =tree|=wall|=bridge|=cliff|=river|=lake|=truck|=lorry|=pillar',
    ],
  },
  // ── intent told by a settled mind ──
  // "i won't change my mind. the level crossing past the estate", "saved a video on how to tie it. not tonight, but
  // soon", "counted out my nan's old tablets. there's plenty", "finish my contract and then use my service weapon"
  {
    id: 'my mind is made up',
    cat: 'intent',
    p: [
      '=wont|=will_not|=not_going_to =change =my =mind ~~8 =level_crossing|=tracks|=rope|=noose|=ledge|=overpass',
      '=how =to =tie =it|=a_noose|=the_noose|=the_knot ~~6 =not_tonight|=not_tonight_but_soon|=but_soon',
      // "i know how and when", "been calm all week because i know when"
      '=i =know =how =and =when|=where !to|you|it|the|we|this|that',
      '=calm|=peaceful|=at_ease|=at_peace ~6 =because|=since|=now =i =know =when !to|the|it|you|were|we|my|is',
      // a move made up: "told them i'm moving. i'm not moving", "this isn't a move", "there is no abroad"
      '=moving ~~4 =im_not|=i_am_not =moving !my|the|it|that|this|to|in|out|house|again|back|anything|for|until|till|yet|there|abroad|away|though|either|lol|haha',
      '=this|=it =isnt|=is_not =a =move !lol|haha|in|on|for|=it_is|its',
      '=there =is =no =abroad',
      // "it'll look like a hunting accident so the policy pays out"
      '=look|=looks =like ~1 =a|=an ~1 =hunting|=car|=swimming|=climbing ~1 =accident ~3 =so =the|=my ~1 =policy|=insurance|=family|=kids|=mum|=mom',
      // "after graduation i won't be around", "I won't be around for winter"
      '=after =graduation|=christmas|=my_birthday|=the_holidays|=prom|=exams ~2 =i =wont|=will_not =be =around|=here !for|to|much|as|in|at|on|because|lol|haha|=this_summer',
      '=wont|=will_not =be =around =for =winter|=christmas|=summer|=spring|=new_year|=graduation !with|at|in|because|lol|haha|this|next|here|there|im|i|as|since',
      // a date the writer will not see: "i won't be seeing new year. i know how and where"
      '=i =wont|=will_not =be =seeing|=around_for|=making_it_to =new_year|=christmas|=my_birthday|=spring|=summer !with|at|in|because|lol|haha|this|next|im|i|=at_home|here|there',
      '=counted|=counting|=counted_out ~4 =tablets|=pills|=meds ~~6 =plenty|=enough !for|till|until|to|left|of|more',
      '=then|=ill|=i_will|=gonna|=going_to ~2 =use =my =service|=dads|=own ~1 =weapon|=gun|=pistol|=rifle|=shotgun|=revolver !at|for|on|to|in|against|range|training|lol|haha|if|when',
    ],
  },
]
