import { describeRuleFamilies } from './rule-families.testkit.js'

// round 26 (crisis26en, issue #12): the retrain with batch 40 reshuffled the classifier's reading of some dev lines
// it had caught alone (a ligature on and still standing there, a train due while on the line, leaning over with
// "don't ring anyone", a rail tested for one's weight, a hurt done to oneself for every failure). Answered by rule
// families (rules-en-round26-retrain.ts), new wordings with their everyday twins.
describeRuleFamilies('round 26: English families for lines the retrain stopped catching', [
  [
    'ligature on, still standing',
    [
      'the cord is round my neck and im on the stool. just wanted someone to know',
      'scarf tied around my neck, standing on the bucket in the garage',
      'up on the stool with the cable around my neck. sorry',
    ],
    [
      'wearing a scarf round my neck, its freezing out',
      'tie around my neck, stood on a chair to reach the top shelf for my suit',
    ],
  ],
  [
    'on the line, train due',
    [
      'sitting on the tracks near the level crossing. next train is due in 10 minutes',
      'lying on the railway line by the old depot, the train comes at 6',
    ],
    [
      'at the station, my train is due in 10 minutes',
      'working on the railway line all night, the engineering train comes at 6',
    ],
  ],
  [
    'over the edge, nobody called',
    [
      'legs over the edge of the multi storey roof. dont call anyone',
      'leaning over the railing on the top deck. please dont try to stop me',
    ],
    ['leaning over the balcony to water the plants, dont tell anyone i killed the basil'],
  ],
  [
    'tested it holds my weight',
    [
      'checked whether the loft hatch beam takes my weight. it does',
      'tested if the hook will hold. it will. saturday',
    ],
    ['tested whether the curtain rail holds the blackout curtains', 'checked the shelf holds the tv'],
  ],
  [
    'hurt myself for every failure',
    [
      'whenever i get a bad mark i cut, nobody knows',
      'i punch myself when i get something wrong at work, its getting worse',
      'each time i fail a quiz i burn myself',
    ],
    ['every time i fail a test i cut out sugar for a week', 'i cut corners when i fail to plan ahead'],
  ],
])
