/**
 * English farewell families of round 26 (crisis26en, issue #12) from batch 37's out-of-fold misses (lobo.ts
 * LOBO_WRONG=1): a password or a PIN left with an apology or a word for after ("if you ever read this"), a break from
 * me that "you'll get soon", love said so they hear it one last time. Each asks for the cue that makes it final, so the
 * everyday twin stays out ("the wifi password is on the router, sorry for the mess lol", "you deserve a break from me,
 * i'm at my mum's all weekend", "had to hear that song one more time"). Compiled `known: false` (rules.ts).
 */
import type { RuleDef } from './rules.js'

export const EN_ROUND26_LOBO_RULES: RuleDef[] = [
  // "the laptop password is under the kettle. sorry for all of it", "the pin is 4471. sorry for everything"
  {
    id: 'password left for after',
    cat: 'farewell',
    p: [
      '=password|=passwords|=pin|=passcode|=login|=logins|=passcodes ~~14 =if_you_ever_read_this|=if_youre_reading_this|=sorry_for_all_of_it|=sorry_for_everything|=you_did_your_best|=you_were_a_good|=you_were_the_best|=for_when_im_gone|=for_after !lol|haha|=lmao',
    ],
  },
  // "you all deserve a break from me and you'll get one soon"; not "you deserve a break from me, i'm at my mum's"
  {
    id: 'a break from me soon',
    cat: 'farewell',
    p: [
      '=a_break_from_me|=a_rest_from_me|=some_peace_from_me|=a_break_from_all_of_me ~~8 =youll_get_one|=you_will_get_one|=youll_have_one|=youll_get_it|=not_long_now|=soon_enough|=for_good|=forever !lol|haha|=lmao',
    ],
  },
  // "i just needed them to hear it one more time"; not "had to hear that song one more time"
  {
    id: 'love said one last time',
    cat: 'farewell',
    p: [
      '=i_love_you|=i_love_them|=love_you|=love_them|=everyone_i_love|=the_people_i_love|=i_loved_them ~~16 =hear_it|=hear_that|=hear_me_say_it|=know_it|=know_that|=to_hear_it =one_more_time|=one_last_time|=a_last_time|=for_the_last_time',
    ],
  },
]
