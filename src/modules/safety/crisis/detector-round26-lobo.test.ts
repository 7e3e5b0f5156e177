import { describeRuleFamilies } from './rule-families.testkit.js'

// round 26 (crisis26en, issue #12): batch 37's out-of-fold farewell misses (lobo.ts LOBO_WRONG=1), answered by rule
// families (rules-en-round26-lobo.ts): a password left with an apology for after, a break from me "you'll get one
// soon", love said so they hear it one last time. New wordings, with their everyday twins.
describeRuleFamilies('round 26: English farewell families from out-of-fold misses', [
  [
    'password left for after',
    [
      'dad, the pin for my phone is 4471, its in the drawer too. sorry for everything',
      'the passwords are in the blue notebook. if you ever read this, you were a good sister',
    ],
    [
      'mum the wifi password is on the router, sorry for the mess lol',
      'wrote down my passwords for my wife in case something happens, everyone should',
    ],
  ],
  [
    'a break from me soon',
    ['you all need a rest from me and youll get one soon', 'everyone deserves a break from me. not long now'],
    [
      'you deserve a break from me, im at my mums all weekend',
      'you all need a break from me, holiday soon lol',
    ],
  ],
  [
    'love said one last time',
    [
      'rang my brothers and said i love you. i wanted them to hear it one last time',
      'messaged everyone i love tonight. just so they hear it one more time',
    ],
    [
      'love you guys, had to hear that song one more time at the gig',
      'i love this film, watching it one more time',
    ],
  ],
])
