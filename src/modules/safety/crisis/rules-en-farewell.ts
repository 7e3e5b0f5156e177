/**
 * English farewell and intent rule families beyond rules-en.ts (issue #12): preparations told without a death word
 * (a pet left "for a while" that is not a while, pills saved up, letters to be read after, the last thing left to
 * do) and goodbyes made final by what follows them. Each family asks for the cue that makes it final, so an
 * ordinary goodbye, a holiday or a move stays out ("I'm out of here, bye guys", "my last post", "left my cat with
 * my friend for a week").
 */
import type { RuleDef } from './rules.js'

const PET = '=dog|=cat|=fish|=hamster|=pet|=pets|=plants|rabbit|=bird|=puppy|=kitten|=guinea_pig|=parrot'
const MEDS =
  '=meds|=pills|=antidepressants|=tablets|=sleeping_pills|=painkillers|=paracetamol|=tylenol|insulin|=medication'

export const EN_FAREWELL_RULES: RuleDef[] = [
  // a pet or plant handed over "for a while" that the writer says is not a while: "asked my neighbour to take my
  // fish 'for a while'. it's not going to be a while", "dropped off my dog at my grandma's. she'll keep him"
  {
    id: 'left my pet for good',
    cat: 'intent',
    p: [
      `${PET} ~~8 =its_not|=it_isnt|=its_not_going_to_be|=it_wont_be|=thats_not|=not_really ~1 =a =while|=week|=month|=summer`,
      `${PET} ~~8 =its_not|=it_isnt|=its_not_going_to_be|=it_wont_be|=thats_not|=not_really ~1 =a_while|=temporary|=for_a_while|=for_long|=for_a_week`,
      `${PET} ~~8 =im =at =peace|=ready ?=now !for|with|in|on|at|lol|haha|about|knowing|to|and|but`,
      `${PET} ~~6 =shell|=hell|=theyll|=she_will|=he_will|=they_will =keep =him|=her|=them|=it !for|until|till|while|during|over|busy|company|in|on|at|fed|safe|warm|overnight|tonight|today|tomorrow|this|next`,
    ],
  },
  // pills saved up instead of taken: "putting my meds in a jar instead of taking them", "i have 90 of my
  // antidepressants saved", "buying paracetamol in every shop ... 14 packs now"; not "saved money on my meds", "collecting my dad's prescriptions", "last winter i had pills saved up"
  {
    id: 'saving up pills',
    cat: 'intent',
    p: [
      `=saving|=saved|=stockpiling|=stockpiled|=hoarding|=hoarded|=stashing|=stashed|=collecting ?=up !=money|on|cash|=for_a|=a_lot|=some_money|time ~2 ${MEDS} !from|at|for|today|tomorrow|on|later|after|when|before`,
      `=i_have|=ive_got|=ive|=i_got|=i_still_have ~4 ${MEDS} ~2 =saved|=stashed|=hoarded|=stockpiled ?=up !on|money|by|=in_my_phone|to|the|a|as`,
      `${MEDS} ~4 =instead =of =taking =them|=it`,
      `=buying|=bought ?=the|=some|=more ${MEDS} ~4 =every|=different|=several|=multiple =shop|=shops|=store|=stores|pharmacy|=chemist|=chemists`,
    ],
  },
  // letters and passwords left to be understood after: "they'll get them after", "he'll understand why soon",
  // "wrote 'if you're reading this' letters"; not "letters to my future self" or "the wifi password"
  {
    id: 'letters for after',
    cat: 'intent',
    p: [
      '=letter|=letters|=note|=notes|=envelope|=envelopes ~~6 =theyll|=theyll_get|=shell|=hell|=they_will|=she_will|=he_will =get|=find|=read|=open =them|=it =after|=afterwards|=when_im_gone|=once_im_gone !graduation|school|work|the|their|his|her|my|our|christmas|class|dinner|lunch|exams|finals|that|this|i|we|they|you|he|she|it|all|a|an',
      '=if_you_are_reading_this =letter|=letters|=note|=notes',
      '=passwords|=password|=seed_phrase|=pin|=pins|=logins ~~8 =hell|=shell|=theyll|=youll|=he_will|=she_will =understand =why|=soon|=one_day|=someday|=eventually !when|if|once|after|because|i|you|we|the|it|this|that|my|from',
      '=letter|=letters|=note|=notes ~~12 =one_day|=someday ~1 =theyll|=they|=hell|=he|=shell|=she|=youll|=you ?=will =understand !how|what|the|that|it|this|my|our|math|maths|calculus|physics|=why_i_was',
    ],
  },
  // the last item on a list of preparations: "called everyone, apologised. only one thing left to do", "gave away
  // my clothes, wrote to my mum. ready for saturday", "ready for saturday"; a plan named
  // with a date and the means
  {
    id: 'one thing left to do',
    cat: 'intent',
    p: [
      '=apologised|=apologized|=said_sorry|=said_goodbye|=gave_away|=given_away|=wrote_letters|=cancelled_my|=canceled_my|=giving_my|=giving_away ~~8 =only_one_thing|=one_thing|=one_last_thing|=nothing_else =left !on|in|at|from|over|=for_dinner|=for_lunch|=in_the',
      '=apologised|=apologized|=said_sorry|=said_goodbye|=gave_away|=given_away|=wrote_letters|=giving_my|=giving_away ~~16 =nearly_ready|=almost_ready|=not_much_left_now|=ready_for_saturday|=ready_for_friday|=ready_for_sunday|=ready_for_monday|=ready_for_tonight',
      '=a =plan ~3 =a =date ~3 =the_means|=means|=a_way|=a_method',
    ],
  },
  // someone found, or not found, by plan: "booked a hotel so the kids don't find me at home", "planned every detail,
  // even who finds me"; not "hid in the attic so the kids don't find me playing"
  {
    id: 'so they do not find me',
    cat: 'intent',
    p: [
      '=so|=so_that ~3 =dont|=doesnt|=wont|=wouldnt|=dont_have_to =find =me !eating|doing|here|hiding|playing|with|online|on|sleeping|again|first|lol|haha|until|till|before|=in_the',
      '=even|=planned|=decided|=chose|=picked ~2 =who =finds =me',
    ],
  },
  // belongings shared out or messages passed on in the past tense: "packed my things into boxes with names on them.
  // everyone gets something", "tell her she was the best friend anyone could ask for", "tell mom I loved her"
  {
    id: 'my things to everyone',
    cat: 'farewell',
    p: [
      '=my =things|=stuff|=belongings ~6 =with =names =on =them',
      '=my =things|=stuff|=belongings ~~12 =everyone|=everybody =gets =something !for|from|at|in|on|lol|haha|nice',
      '=tell =her|=him|=them|=mom|=mum|=dad ~1 =she|=he|=they =was|=were =the =best !at|in|for|part|thing|day|night|teacher|boss|coach|host|player|cook|chef|goalie|neighbour|present|gift|birthday',
      '=tell =her|=him|=them|=mom|=mum|=dad|=my_mom|=my_mum|=my_dad|=my_sister|=my_brother =i =loved =her|=him|=them|=you',
    ],
  },
  // a goodbye made final by what follows it: "i just can't stay. take care", "don't try to call me. phone's off for
  // good", "goodnight everyone. i mean it differently this time", "so this is the end of my story", "I can't take
  // care of me anymore", "Jenny, if you ever find this account — I was proud of you every day. Goodbye"
  {
    id: 'goodbye made final',
    cat: 'farewell',
    p: [
      '=i_just_cant_stay|=i_cant_stay|=i_cannot_stay|=i_cant_stay_here ?=anymore|=any_longer !long|up|late|for|here|in|at|over|awake|away|mad|angry|quiet|home|focused|calm|still|with|the|on|until|till|after|past|sober|positive|motivated|today|tonight|tomorrow|this|there|to|and|so|because|any|much|more ~~4 =take_care|=goodbye|=bye|=im_sorry|=forgive_me|=love_you|=love_you_all',
      '=dont|=do_not =try =to =call|=reach|=find|=contact|=text =me ~~6 =for_good|=forever|=ever_again|=anymore|=permanently',
      '=phone|=phones ?=is|=will_be =off =for_good|=forever|=permanently ~~6 =dont|=goodbye|=bye|=take_care|=sorry',
      '=dont|=goodbye|=bye|=take_care|=sorry ~~6 =phone|=phones ?=is|=will_be =off =for_good|=forever|=permanently',
      '=goodnight|=good_night|=goodbye|=bye ~~6 =i =mean =it =differently|=forever ?=this =time',
      '=this_is|=so_this_is|=thats|=heres =the =end =of =my =road|=journey !at|with|in|as|for|here|and|lol|haha|on',
      '=cant|=cannot|=can_not =take =care =of =me|=myself =anymore|=any_longer|=any_more',
      '=if =you =ever =find|=read|=see =this ~~6 =i_was_proud_of_you|=i_loved_you|=i_always_loved_you|=forgive_me|=goodbye_sweetheart|=my_love|=forever',
      '=dont_be_sad|=dont_cry|=dont_grieve ~~4 =finally =going|=gonna|=able =to =rest|=sleep !this|on|for|up|day|tonight|after|now|a|at|in|my|when|until|till|properly|well|tomorrow',
      '=sorry =for ~3 =all =these =years|=all_this_time !of|at|in|on|with|ago ~~3 =bye|=goodbye|=take_care|=love_you',
    ],
  },
]
