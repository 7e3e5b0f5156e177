import { describeRuleFamilies } from './rule-families.testkit.js'

// round 26 (crisis26en, issue #12): rules-en-round26.ts — self-harm told by its euphemism, a clean streak lost, scars
// hidden, food refused or thrown up as a punishment; farewells told by a will beside thanks, notes for each person,
// messages scheduled for after; intent and imminent danger with no death word. New wordings (not batch 40's), each
// family with the everyday twins it leaves alone
describeRuleFamilies('round 26: English families for self-harm euphemisms, relapses and quiet farewells', [
  [
    'sh as a word',
    [
      'did sh again last night, first time since march',
      'ok so i relapsed with sh. dont be mad',
      'the sh urges are so loud today',
    ],
    [
      'sh, the baby is finally asleep',
      'did sh all today, just lay on the sofa lol',
      'gave away the old blades from my sh days, feels like closure',
      'getting a sleeve tattoo over my sh scars next month',
    ],
  ],
  [
    'clean streak lost',
    [
      'broke my clean streak last night. 40 days gone. back to day one',
      'had to reset my counter back to zero, i feel so ashamed',
      'my streak had been 9 months. i bandaged it and didnt tell anyone',
      'relapsed for the first time in months. i thought i was past this',
    ],
    [
      'lost my duolingo streak after 300 days, gutted',
      'reset the step counter on my watch to zero',
      'my snap streak was 400 days and she let it die',
    ],
  ],
  [
    'scars hidden',
    [
      'covered my scars with concealer before the beach',
      'hiding the fresh cuts under bracelets at work',
      'long sleeves in july so nobody sees my arms',
    ],
    [
      'covered my acne scars with concealer for the photos',
      'hid the scratches on the table with a placemat',
      'long sleeves so nobody sees my sunburn',
    ],
  ],
  [
    'starved or purged as punishment',
    [
      'not eating today as punishment for the exam',
      'made myself sick because i hate myself for having dessert',
      'i dont let myself eat when i mess up at work',
      'starving myself to punish myself for last night',
    ],
    [
      'skipping meals to save money till payday',
      'threw up after lunch, dodgy prawns',
      'fasting for ramadan, iftar at 7',
      'i dont eat when im stressed, i just forget',
    ],
  ],
  [
    'walls hit with a cover story',
    ['punching walls again, knuckles are split. told my mum i fell off my bike'],
    ['hurt my hand at footy, told the doc it was a fall', 'punched the wall at the gig lol'],
  ],
  [
    'will made, thanks for everything',
    [
      'put my sister as the beneficiary on my pension today. anyway thanks for everything guys',
      'wrote my will last night, my cousin gets the guitar. cheers for all the laughs',
    ],
    [
      'made a will after the baby came, cheers for the solicitor tip',
      'i will be late, thanks for everything you did today',
    ],
  ],
  [
    'a note for each, now finished',
    [
      'wrote a letter to everyone i love. now im ready',
      'finished a note for each of them. feels done now, at peace',
    ],
    [
      'wrote a note for each person on the team with their tasks, the handover is finished',
      'wrote a thank you card for everyone who came',
    ],
  ],
  [
    'scheduled for after me',
    [
      'recorded a video for my daughters wedding day. shes 6. scheduled it. now i can rest',
      'set the texts to send on friday. by then i wont be here',
    ],
    [
      'scheduled the emails so now i can let go of work for two weeks',
      'scheduled the posts for friday, by then ill be gone on holiday',
    ],
  ],
  [
    'given, why laughed off',
    [
      'gave my brother my gaming pc and he asked why. i just smiled',
      'handed my sister my favourite ring, she will understand one day',
    ],
    ['gave my sister my old phone, she asked why and i said i got a new one'],
  ],
  [
    'made my last months better',
    ['thank you all, you made my last weeks so much easier'],
    ['thanks all, you made my last few months at uni less lonely'],
  ],
  [
    'day chosen, the last thing to see',
    ['picked my birthday. the last thing ill see is the candles'],
    ['the last thing i want to see is another parking ticket', 'picked friday for the party'],
  ],
  [
    'water tried, going back in',
    ['walked into the sea but panicked and came out. sitting on the sand. i want to walk back in'],
    ['jumped into the lake and froze, going back in tomorrow lol'],
  ],
  [
    'on the road waiting for a truck',
    ['standing on the motorway waiting for a lorry. not moving'],
    [
      'standing by the road waiting for a lift home',
      'sitting on the road waiting for a truck to deliver the sand',
    ],
  ],
])
