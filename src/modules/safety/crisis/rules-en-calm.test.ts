import { describeRuleFamilies } from './rule-families.testkit.js'

// round 20 (rules-en-calm.ts): each family on the rules alone, new wordings it catches and look-alikes it leaves alone
describeRuleFamilies('English calm wishes, plans and goodbyes (round 20)', [
  [
    'lie down and never get up',
    [
      'Sometimes I just want to lie down and never get up.',
      "I'd be fine just not waking up one day",
      "honestly i'd be okay with not waking up",
      'I wish I could fall asleep and skip the rest of my life.',
      "I don't want to keep waking up in this life.",
      "what's the point of waking up",
      "I'm standing in the kitchen realizing I don't want tomorrow. Any tomorrow.",
    ],
    [
      'I want to lie down and never get up early again lol',
      "I'd be fine not waking up before 9 on a saturday",
      "what's the point of waking up early if the shop opens at ten",
      "I don't want tomorrow to come, the exam is at 8",
      "I don't want to keep waking up at 5 for this commute",
    ],
  ],
  [
    'not noticed if I were gone',
    [
      "the baby wouldn't even notice if I were gone",
      "my family wouldn't notice if I disappeared",
      'I feel the world would be simpler without me in it',
      "everyone's life would be easier without me",
    ],
    [
      "my cat wouldn't even notice if I were gone for a week",
      "the team wouldn't notice if I disappeared for lunch",
      'the party would be better without me there, I hate crowds',
      'The kids would be better without me hovering, said my therapist',
    ],
  ],
  [
    'envy the ones who died',
    [
      "Lately I catch myself envying the ones who didn't make it",
      'I envy the people who get to die in their sleep',
    ],
    ['I envy the ones who made it to the final', 'jealous of the people who got tickets'],
  ],
  [
    'switch off for good',
    [
      'Wish I could just power off permanently.',
      'Wish it would all just stop.',
      'I want everything to just end',
    ],
    [
      "I'm switching off for the weekend, no phone",
      'I wish it would stop raining',
      'I wish it would all stop raining already',
      'shut down the server permanently after the migration',
    ],
  ],
  [
    'weekday I end it',
    [
      'Quit my job, gave my things away, Sunday night I end it.',
      "friday I'm ending it. I've made up my mind",
      "decision's made. monday is my last day at work then I'm driving out to the bridge on the interstate",
      "Booked a motel in another town so the kids won't be the ones who find me.",
    ],
    [
      'Friday I end it with him, I swear',
      'Sunday night I end it early, long week',
      'decision made, monday we drive to the beach',
      'Decision made: Saturday we drive to the bridge for the fireworks.',
      "hid the easter eggs so the kids won't be the ones who find me first lol",
    ],
  ],
  [
    'letter to be found',
    [
      'wrote a letter to my mom tonight. she will find it in the morning',
      "left a note for my husband on the table, he'll find it tomorrow",
    ],
    [
      "left a note for my husband about the dishes, he'll find it and laugh",
      'wrote a letter to my grandma, she will read it at her birthday party',
    ],
  ],
  [
    'settled up and signed off',
    [
      'I gave everything away, called everyone, made peace with everyone. Thank you for listening all this year.',
      'Got paid, cleared my debts. Left the cat a full bowl. Thanks for listening, goodbye.',
      'Texted my sister where the funeral money is. Thank you to this chat, goodbye.',
    ],
    [
      'Got paid, cleared my debts, finally free! Off to Lisbon next week, see you all in May',
      'Thanks for listening, goodbye for now',
    ],
  ],
  [
    'burned my arm with a cigarette',
    [
      'Burned my arm with a cigarette after the collector called.',
      'burnt my wrist with a lighter again',
      'im 38 and cutting like a teenager. embarrassing',
    ],
    [
      'burned my hand with the iron this morning, ouch',
      'burned my arm on the oven tray',
      'Burned my hand with a cigarette lighter lighting the grill, ouch',
      'Poured hot coffee over my hand this morning because the lid popped off, still stings',
      'spilled boiling water on my hand making tea',
      'cutting like a pro chef now',
    ],
  ],
  [
    'poured boiling water on myself',
    ['Poured boiling water on my hand last night. Third time since the divorce.'],
    ['spilled boiling water on my hand making tea', 'poured boiling water on the pasta'],
  ],
  [
    'thinking about methods',
    [
      'I said no, but actually it is every day and I think about methods.',
      "Now I'm on the 8th floor balcony with a cigarette thinking, what if I jumped?",
      "Sometimes I think about how to go so that she'd get the insurance payout.",
    ],
    [
      'I think about methods of teaching fractions a lot',
      'thinking about how to go about the insurance claim for the car',
      'on the bridge of the ship, what if I jumped into the water for a swim',
    ],
  ],
])
