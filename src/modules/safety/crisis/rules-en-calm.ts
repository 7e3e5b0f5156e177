/**
 * English rule families for calm wishes, plans and goodbyes told by adults among everyday details (round 20,
 * issue #12): a tired wish not to go on worded as lying down or sleeping and not getting up, not wanting
 * tomorrow, not being noticed gone, envying those who died, switching off for good; a plan told by a weekday and
 * "I end it", a decision and a place, pills bought shop by shop, a place picked so the family are not the ones who
 * find them; settling up followed by a sign-off. Each family asks for the word that makes it a wish or final, so
 * sleeping in, switching off for a weekend, a holiday handover or a blog closed stay out.
 */
import type { RuleDef } from './rules.js'

/** After a wish not to wake or get up: the words that make it sleeping in ("never get up early"). */
const NOT_SLEEP_IN =
  '!early|late|for|at|before|until|till|on|=in_time|=on_time|to|when|so|lol|haha|today|tomorrow'

/** Settling up, then a sign-off (the classifier may cancel it: a job or a country left reads the same). */
export const SETTLED_UP_SIGNED_OFF = 'settled up and signed off'
/** A burn, a scald or cutting named with how it was done: a harm the classifier may not cancel. */
export const HARM_WITH_HOW = 'burned my arm with a cigarette'
/** Methods thought about, a jump pictured from a height: ideation the classifier may not cancel. */
export const METHODS = 'thinking about methods'

export const EN_CALM_RULES: RuleDef[] = [
  {
    id: 'lie down and never get up',
    cat: 'passive_ideation',
    p: [
      // "sometimes I just want to lie down and never get up", "fall asleep and not wake up"
      `=lie_down|=lay_down|=fall_asleep|=go_to_sleep|=lie|=sleep ?=just =and =never|=not|=not_ever ~1 =get_up|=wake_up|=get_back_up|=wake ?=again|=anymore ${NOT_SLEEP_IN}`,
      // "I'd be fine just not waking up one day", "I'd be okay with not waking up"
      `=be =fine|=okay|=ok|=happy|=glad|=content ?=just ?=with =not =waking_up|=being_here|=being_alive|=existing ?=again|=anymore|=one_day ${NOT_SLEEP_IN}`,
      // "I wish I could fall asleep and skip the rest of my life"
      '=skip|=sleep_through|=fast_forward|=fast_forward_through ~1 =the =rest =of =my =life|=days',
      // "I don't want to keep waking up in this life"
      `=dont|=do_not|=no_longer|=never ~1 =want|=wanna ?=to =keep =waking_up|=living|=existing|=being_alive ${NOT_SLEEP_IN}`,
      // "what's the point of waking up"
      `=whats|=what_is =the =point ~1 =of|=in ?=even =waking_up|=getting_up|=getting_out_of_bed ${NOT_SLEEP_IN}|if|this|on|in|with`,
      // "I'm standing in the kitchen realizing I don't want tomorrow. Any tomorrow."
      '=i =dont|=do_not =want =tomorrow|=another_day|=any_more_days|=more_days|=any_tomorrow !to|at|off|morning|night|like|because|so|lol|haha|with|without|in|on|for',
    ],
  },
  {
    id: 'not noticed if I were gone',
    cat: 'passive_ideation',
    p: [
      // "the baby wouldn't even notice if I were gone"; not "if I were gone for a week"
      '=wouldnt|=would_not|=wont|=would_never|=will_never|=wouldnt_even|=would_not_even|=wont_even|=would_never_even ?=even =notice|=care|=miss_me|=know ~1 =if|=when =i =was|=were|=am =gone|=dead|=not_here|=not_around !for|a|to|from|on|at|in|all|because|lol|haha|until|till|over|during|this|that|today|tomorrow|tonight|now|by|with|anyway',
      '=wouldnt|=would_not|=wont|=would_never|=will_never|=wouldnt_even|=would_not_even|=wont_even|=would_never_even ?=even =notice|=care|=miss_me|=know ~1 =if|=when =i =died|=disappeared|=vanished|=stopped_existing !from|in|at|on|for|laughing|of|lol|haha|to|until|till|over|during|this|today|tomorrow|tonight|with',
      // "the world would be simpler without me", "everyone's life would be easier without me in it"
      '=world|=life|=lives|=everything|=everyone|=everybody|=family|=kids ~2 =would|=will|=d =be ?=so|=much|=a_lot ~1 =simpler|=easier|=lighter|=calmer =without_me !for|at|=in_the|on|this|today|tonight|tomorrow|around|there|lol|haha',
    ],
  },
  {
    id: 'envy the ones who died',
    cat: 'passive_ideation',
    p: [
      // "I catch myself envying the ones who didn't make it"
      '=envy|=envying|=envied|=jealous_of|=envious_of ~2 =people|=those|=anyone|=everyone|=the_ones|=them|=patients|=the_dead ~2 =who|=that ~1 =didnt_make_it|=dont_make_it|=died|=passed|=passed_away|=are_gone|=get_to_die|=get_to_go|=dont_wake_up|=never_woke_up|=didnt_wake_up|=are_dead',
    ],
  },
  {
    id: 'switch off for good',
    cat: 'passive_ideation',
    p: [
      // "wish I could just power off permanently"; not "switching off for the weekend"
      '=i|=wish|=want|=wanna|=could ~3 =power|=powering|=switch|=switching|=shut|=shutting|=turn|=turning =off|=down|=myself_off =permanently|=forever|=for_good !from|this|=for_a|until|till|on|at|during|tonight|today|tomorrow|over|lol|haha|notifications|alerts|the|my|social',
      // "wish it would all just stop", "wish everything would just end"; not "wish it would stop raining"
      '=wish|=want|=wanna =it|=everything|=it_all|=all_of_it|=all_of_this ?=would|=could|=to =all ?=just =stop|=end|=be_over ?=forever|=permanently !raining|snowing|hurting|ringing|crying|barking|beeping|soon|already|so|for|at|before|on|in|when|lol|haha|with|by|there|here|now|today|tonight',
      '=wish|=want|=wanna =everything|=it_all|=all_of_it|=all_of_this =would|=could|=to ?=just =stop|=end|=be_over ?=forever|=permanently !raining|snowing|hurting|ringing|crying|barking|beeping|soon|already|so|for|at|before|on|in|when|lol|haha|with|by|there|here|now|today|tonight',
    ],
  },
  {
    id: 'weekday I end it',
    cat: 'intent',
    p: [
      // "Sunday night I end it", "friday I'm ending it"; not "friday I end it with him"
      '=monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday|=tonight|=tomorrow|=this_weekend ?=night|=morning|=evening =i|=ill|=im|=im_going_to|=i_will =end|=ending =it|=things|=my_life|=it_all !with|early|here|there|lol|haha|at|off|between|for|and|but|once|after|before',
      // "decision's made. monday is my last day at work then I'm driving out to the bridge"
      '=decisions_made|=decision_is_made|=decision_made|=made_my_decision|=its_decided|=ive_decided|=i_decided|=my_minds_made_up|=mind_is_made_up ~~16 =im|=i_am|=ill|=i_will|=i ~3 =to =the =bridge|=roof|=rooftop|=tracks|=cliff|=overpass !for|with|lol|haha|=to_watch|=to_see|party|bar|restaurant|terrace|garden',
      // "so the kids won't be the ones who find me"
      '=wont|=dont|=will_not|=arent|=never|=wouldnt|=would_not|=not ~1 =be =the =ones|=one =who|=that =find|=finds =me !first|lol|haha|at|in|a|the|something|and|when|out',
    ],
  },
  {
    id: 'letter to be found',
    cat: 'intent',
    p: [
      // a letter to one's family to be found later ("wrote a letter to my mom tonight. she will find it in the
      // morning"), now that a letter to someone is no goodbye by itself (rules-en.ts)
      // …or with a goodbye, arrangements or an absence told after it ("wrote her a letter for her 18th. she'll read
      // it without me", "wrote a note on my phone with who gets what and my passcode")
      '=wrote|=written|=writing|=write ~2 =my|=a|=her|=him|=them ~2 =note|=letter|=letters|=notes ~~20 =goodbye|=without_me|=who_gets_what|=passcode|=passwords|=understand_why|=forgive_me|=after_im_gone|=when_im_gone|=had_to_go|=wont_be_there|=wont_be_around !for|at|to|on|in|lol|haha|this|that|today|tonight|tomorrow|until|till|party',
      '=wrote|=written|=writing|=left|=leaving ~2 =a|=my ~1 =letter|=letters|=note|=notes =to|=for =my|=the ~1 =mom|=mum|=dad|=family|=parents|=kids|=children|=wife|=husband|=sister|=brother|=son|=daughter|=partner ~~8 =shell|=hell|=theyll|=she_will|=he_will|=they_will|=youll|=you_will =find|=read|=get|=open =it|=them|=this ?=first =in_the_morning|=tomorrow|=tomorrow_morning|=when_she_wakes_up|=when_he_wakes_up|=when_they_wake_up|=after|=afterwards|=later !lol|haha|=before|=and_laugh|=and_smile',
    ],
  },
  {
    id: SETTLED_UP_SIGNED_OFF,
    cat: 'farewell',
    p: [
      // settling up, then a sign-off: "gave everything away, called everyone, made peace with everyone … thank you for
      // listening all this year", "texted my sister where the funeral money is. thank you to this chat, goodbye",
      // "cleared my debts … thanks for listening, goodbye"
      '=gave_everything_away|=given_everything_away|=gave_all_my_things_away|=gave_all_my_stuff_away|=gave_my_things_away|=cleared_my_debts|=cleared_all_my_debts|=paid_off_my_debts|=paid_all_my_debts|=paid_my_debts|=paid_off_all_my_debts|=funeral_money|=money_for_the_funeral|=money_for_my_funeral|=made_peace_with_everyone|=made_peace_with_everybody|=said_everything_i_needed_to_say|=said_everything_i_wanted_to_say|=asked_her_forgiveness|=asked_his_forgiveness|=asked_their_forgiveness|=asked_for_her_forgiveness|=one_last_transfer ~~40 =goodbye|=farewell|=this_is_goodbye|=i_wont_write_again|=leave_quietly|=go_quietly|=thank_you_for_listening|=thanks_for_listening|=thank_you_to_this_chat|=thanks_to_this_chat|=thank_you_for_everything|=thanks_for_everything|=love_you_all|=dont_reply',
    ],
  },
  {
    // "poured boiling water on my hand"; spilling is the accident, and a lid that popped off is told after it, so
    // the classifier may cancel this one
    id: 'poured boiling water on myself',
    cat: 'self_harm',
    p: [
      '=poured|=pour|=pouring|=tipped ~2 =boiling|=scalding ~1 =water|=oil|=kettle =on|=over|=onto =my =hand|=hands|=arm|=arms|=leg|=legs|=skin|=wrist|=wrists|=thigh|=thighs|=foot|=feet',
    ],
  },
  {
    id: HARM_WITH_HOW,
    cat: 'self_harm',
    p: [
      // "burned my arm with a cigarette after the collector called"; an iron or a pan is an accident
      // "im 38 and cutting like a teenager"
      '=cutting|=cut|=harming|=self_harming|=burning =like =a|=when_i_was_a ~1 =teenager|=teen|=kid|=child|=schoolgirl|=schoolboy',
      '=burned|=burnt|=burn|=burning|=singed =my =arm|=arms|=hand|=hands|=wrist|=wrists|=skin|=thigh|=thighs|=leg|=legs|=stomach ~1 =with =a|=my|=the ?=lit =cigarette|=cig|=lighter|=match|=matches !lighter|lighting|while|when|by|accidentally|at|on|fluid|from|to|trying',
    ],
  },
  {
    id: METHODS,
    cat: 'active_ideation',
    p: [
      // "on the 8th floor balcony … thinking, what if I jumped?"; not "what if I jumped into the pool"
      '=floor|=balcony|=roof|=rooftop|=bridge|=ledge|=window|=windowsill|=platform ~~12 =what_if =i ?=just =jumped|=jump|=stepped_off|=let_go|=stepped_forward !in|into|on|ship|the|at|ahead|back|up|over|lol|haha|rope|start|to|with|first|higher|further|and|=off_the_diving',
      // "I think about how to go so that she'd get the insurance payout"
      '=think|=thinking|=thought|=wonder|=wondering ~2 =about =how =to =go|=die|=do_it|=make_it_look !about|through|on|forward|ahead|back|for|with|from|over|around|after ~~10 =insurance|=payout|=life_insurance|=pays_out',
      // "I think about methods"; not "methods of teaching"
      '=think|=thinking|=thought|=researching|=researched|=reading|=read ~2 =about|=up_on =methods|=suicide_methods|=ways_to_die|=ways_to_do_it !of|for|to|in|lol|haha|that|which|we|you|they|from',
    ],
  },
]
