/**
 * English rule families for danger, plans and goodbyes told obliquely (crisis18en, issue #12; batch 28's train
 * lines): another person's medicine or a whole pack taken, the blister packs chewed
 * through (self-harm: an overdose), wrists "open", legs dangling over a bridge or ledge, the sea entered fully dressed; affairs settled
 * "so nobody's stuck with it after", songs chosen for one's funeral; replies that will not come "anymore". Each
 * family asks for the word that makes it one (a named medicine, the final cue), so the everyday twins stay out
 * ("took the whole pack of lozenges", "took all my vitamins", "sitting on the pier, legs dangling",
 * "won't be answering anymore tonight").
 */
import type { RuleDef } from './rules.js'
import { THIRD } from './rules-en.js'

/** Pets and plants that someone is asked to look after. */
const PET =
  '=dog|=dogs|=cat|=cats|=fish|=hamster|=pet|=pets|=plants|=rabbit|=bird|=puppy|=kitten|=parrot|=monstera'
/** Medicines by name or kind, and their packs. */
const DRUG =
  '=morphine|=codeine|=oxy|=oxycodone|=oxycontin|=tramadol|=fentanyl|=insulin|=heart_meds|=heart_pills|=blood_pressure_meds|=blood_pressure_pills|=sertraline|=fluoxetine|=citalopram|=amitriptyline|=lithium|=diazepam|=valium|=xanax|=zopiclone|=benzos|=paracetamol|=tylenol|=ibuprofen|=painkillers|=antidepressants|=sleeping_pills|=sleeping_tablets|=pills|=tablets|=meds|=medication|=prescription|=patches'
/** Whose medicine: a relative's or a partner's. */
const WHOSE =
  '=nans|=nanas|=nannas|=grans|=grandmas|=grannys|=grandads|=grandpas|=granddads|=mums|=moms|=mams|=dads|=mothers|=fathers|=sisters|=brothers|=husbands|=wifes|=partners|=boyfriends|=girlfriends|=aunts|=uncles|=flatmates|=roommates'
/** The body fading after an overdose or blood loss. */
const FADING =
  '=sleepy|=drowsy|=heavy|=numb|=dizzy|=fading|=floaty|=blurry|=shaking|=slowing_down|=cant_feel|=dont_feel|=going_dark|=getting_dark|=getting_cold|=kicking_in|=its_working|=everywhere|=cold'

export const EN_OBLIQUE_RULES: RuleDef[] = [
  // an overdose is self-harm in every tense (rules-en.ts); with "now/tonight" it becomes imminent there too
  {
    id: 'took their medicine',
    cat: 'self_harm',
    p: [
      // "took all my grandad's morphine", "swallowed the rest of my mum's sleeping pills"
      `=took|=taken|=swallowed|=downed|=necked|=popped|=chewed =all|=the_rest|=the_whole|=both|=every ?=of ?=my|=the|=his|=her ${WHOSE} ?=heart|=blood|=pain|=sleeping ${DRUG}`,
      // "chewed through the blister packs. both of them"
      '=chewed|=chewing|=bit|=ripped =through =the|=both|=all|=my ~1 =blister|=blister_packs|=packs|=packets|=strips',
    ],
  },
  {
    id: 'at the edge now',
    cat: 'imminent',
    p: [
      // "my wrists are open and it's everywhere"
      `=my =wrists|=wrist|=veins|=arm|=arms|=throat =are|=is|=r =open|=opened|=cut_open !to|for|up|about|with ~~6 ${FADING}|=blood|=bleeding`,
      // "on the train bridge near uni. my legs are dangling over", "on the ledge, feet hanging over"
      '=bridge|=ledge|=edge|=roof|=rooftop|=railing|=parapet|=car_park|=multi_storey|=overpass|=cliff ~~6 =legs|=feet ?=are|=r|=just =dangling|=hanging|=over =over|=off|=the_edge|=the_side',
      // "walked into the ocean at night fully dressed", "in the sea with my clothes on, waves getting higher"
      '=walked|=walking|=waded|=wading|=went|=going|=swam|=swimming ~1 =into|=in|=out_into =the =sea|=ocean|=river|=lake|=water ~~6 =fully_dressed|=in_my_clothes|=with_my_clothes_on|=clothes_on|=stones_in_my_pockets|=rocks_in_my_pockets|=waves_are_getting_higher|=getting_deeper|=not_coming_back|=wont_come_back',
    ],
  },
  {
    id: 'affairs settled for after',
    cat: 'intent',
    p: [
      // "paid off my card … so nobody's stuck with it after", "so no one has to deal with it when i'm gone"
      '=so|=so_that =nobody|=no_one|=noone|=nobodys|=no_ones ~2 =stuck|=left|=has_to|=have_to|=needs_to|=deal|=pay ~4 =after|=afterwards|=when_im_gone|=once_im_gone|=after_im_gone !the|my|this|that|work|school|class|exams|christmas|tomorrow|tonight|lunch|dinner|party|a|an|it|we|they|you',
      // "made a playlist for my funeral", "picked the songs for my funeral", "chose my funeral outfit"
      '=made|=making|=picked|=picking|=chose|=chosen|=choosing|=planned|=planning|=wrote|=writing|=bought|=sorted ~3 =playlist|=songs|=music|=outfit|=flowers|=hymns|=readings|=eulogy ~2 =for|=at =my =funeral !lol|lmao|haha|jk|as|one|someday|when|in|ages|decades|because|cause|bc',
      // "put my affairs in order today. ready whenever it feels right"
      '=my =affairs ?=are ?=in =order|=sorted|=settled ~~8 =ready|=whenever|=this_week|=tonight|=tomorrow|=soon|=after_that|=then_im_done|=time_to_go',
    ],
  },
  {
    id: 'no more replies',
    cat: 'farewell',
    p: [
      // "stop waiting for my reply. i wont be answering anymore", "i wont be replying ever again"
      '=wont_be_answering|=wont_be_replying|=wont_be_responding|=wont_answer|=wont_reply|=wont_be_texting|=wont_be_online ~1 =anymore|=ever_again|=again|=any_more !tonight|today|till|until|to|for|at|on|after|lol|haha|this|in|when|from|because|cause|bc|since|while|til',
      '=stop|=dont|=no_need_to|=no_point =waiting|=wait =for =my =reply|=replies|=answer|=text|=texts|=messages ~~6 =anymore|=ever_again|=for_good|=take_care|=goodbye|=bye_forever|=im_sorry|=forgive_me',
    ],
  },
  {
    id: 'arrangements for after me',
    cat: 'farewell',
    p: [
      // "pls take care of my cats when the time comes", "look after my dog once i'm gone"
      `=take_care_of|=look_after|=feed|=water|=walk|=keep ~1 =my|=the ~2 ${PET} ~~6 =when_the_time_comes|=once_im_gone|=when_im_gone|=after_im_gone|=when_im_not_here|=once_im_not_here|=when_im_not_around !to|for|on|next|this|over|in|at|away|abroad|travelling|traveling|back|lol|haha`,
      // "if i dont reply tomorrow, don't worry. i'm finally resting"
      '=if =i =dont|=do_not|=cant|=never ~1 =reply|=answer|=respond|=text_back|=wake_up ~~8 =finally =resting|=at_peace|=at_rest|=free|=asleep|=sleeping !after|from|lol|haha|for|on|at|in|tonight|today|this|till|until|properly|well|early',
      // "sorry for all the trouble i caused. you'll all be lighter soon"
      '=sorry|=apologies|=forgive_me ~~8 =youll|=you_will|=youre_going_to|=everyonell|=everyone_will|=theyll|=they_will ?=all =be|=feel =lighter|=freer|=relieved|=better_off ~1 =soon|=without_me|=when_im_gone|=once_im_gone|=after',
      // "my passwords are in the blue notebook. you'll know what to do with them"
      '=passwords|=password|=logins|=login|=pin|=pins ~~8 =youll_know_what_to_do|=you_will_know_what_to_do|=youll_need_them|=you_will_need_them|=for_after|=when_im_gone|=once_im_gone|=after_im_gone',
    ],
  },
  {
    id: 'kept them from watching',
    cat: 'intent',
    p: [
      // "told my therapist i'm fine so she'd stop watching me", "said i was better so they'd stop checking on me"
      '=told|=tell|=telling|=said|=saying ~3 =im_fine|=i_was_fine|=im_ok|=i_was_ok|=im_okay|=i_was_okay|=im_better|=i_was_better|=im_doing_better|=i_was_doing_better ~2 =so ?=that =shed|=hed|=theyd|=she_would|=he_would|=they_would|=she|=he|=they|=she_will|=theyll|=shell|=hell ~1 =stop|=quit =watching|=checking|=looking|=keeping_an_eye|=monitoring',
    ],
  },
  {
    id: 'not planning to be here',
    cat: 'intent',
    p: [
      // "writing my will at 19 bc i don't plan on being here next month" (not "…around forever, i'm 70")
      '=will|=testament|=will_and_testament|=funeral|=note|=letters ~~10 =not|=dont|=do_not =plan|=planning|=intend|=intending|=expect|=expecting =on|=to =being|=be =here|=around|=alive =next|=by|=this|=past|=beyond|=after',
      '=not|=dont|=do_not =plan|=planning|=intend|=intending =on|=to =being|=be|=staying|=stay =alive|=breathing !for|in|at|on|with|without|during|through',
    ],
  },
  {
    id: 'fade out for good',
    cat: 'passive_ideation',
    p: [
      // "wish i could just fade out like a character nobody writes for anymore" (not "…fade into the background")
      '=wish|=want|=wanna|=would_love|=id_love ?=i_could|=to|=i_would ?=just|=simply =fade_out|=fade_away|=fade !of|from|for|into|a|the|in|at|when|after|before|until|till|during|out|away|back|to',
      // "honestly if i don't make it to next year, fine"
      '=if =i =dont|=do_not|=never =make =it =to|=through|=past =next_year|=the_end_of_the_year|=my_next_birthday|=18|=20|=21|=25|=30 ~~4 =fine|=oh_well|=so_be_it|=whatever|=idc|=i_dont_care|=who_cares|=good|=thats_fine|=its_fine',
    ],
  },
  {
    id: 'they settled their affairs',
    cat: 'third_party',
    p: [
      // "friend said she's 'sorted her affairs' and deleted all her socials", "mum says she's made her peace and is
      // sorting through her jewellery for us. she's not ill"
      `${THIRD} ~4 =sorted|=sorting|=put|=putting|=got|=getting|=made|=making ~1 =her|=his|=their =affairs|=peace !with ~~10 =deleted|=deleting|=gave_away|=giving_away|=given_away|=sorting_through|=not_ill|=not_sick|=isnt_ill|=isnt_sick|=goodbye|=said_goodbye`,
    ],
  },
]
