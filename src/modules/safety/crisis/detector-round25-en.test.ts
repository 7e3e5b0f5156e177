import { describe, expect, it } from 'vitest'
import { analyse, detectCrisisV2 } from './detector.js'
import { describeRuleFamilies } from './rule-families.testkit.js'
import { matchRules } from './rules.js'

// round 25 (crisis25en, issue #12): rules-en-round25.ts — indirect farewells (a dependant's care handed on, things
// given away with a cover story, affairs left in order, a friendship thanked for as over), imminent danger told by
// the place and no way home, intent with no death word; each family with new wording (not batch 37's) and the
// everyday twin it leaves alone
describeRuleFamilies('round 25: English families for indirect farewells, imminent danger and calm intent', [
  [
    'whoever takes my pet',
    [
      "whoever ends up with biscuit, he only eats the chicken pouches and he's scared of the hoover",
      'whoever rehomes my cockatiel please keep her away from draughts',
      'whoever takes my cat, pls let her sleep on the bed, she cries otherwise',
    ],
    ['whoever gets the sofa can collect it friday after 5', 'whoever takes the last slice owes me a coffee'],
  ],
  [
    'look in on them after me',
    [
      'could someone keep an eye on my grandad from now on, he forgets to take his tablets',
      'please pop in on my neighbour jean for me. i walk her dog every morning. someone else will have to now',
    ],
    [
      'can someone keep an eye on my cat for a week while im in portugal',
      'could you look after my plants after today, just until sunday when i get back',
    ],
  ],
  [
    'given away with a cover story',
    [
      'handed my camera and all the lenses to my niece. told her i never use it these days',
      'signed my car over to my brother yesterday. told him that im done with driving',
      'told my flatmate i dont need the bike anymore. she didnt even ask',
    ],
    [
      'gave my old laptop to my nephew, he starts college in september',
      'sold my bike to a guy from work, he paid cash',
    ],
  ],
  [
    'paid ahead so nobody is left short',
    ['covered my share of the bills up front so the girls arent out of pocket'],
    ['paid two months rent in advance so my flatmates arent left short while im in spain'],
  ],
  [
    'no loose ends left',
    [
      'cancelled the direct debits and gave the neighbour her ladder back. did not want any loose ends',
      'there is an envelope on the hall table for my brother. it explains everything',
      'weird what you worry about near the end. i spent an hour sorting my sock drawer',
      'sorted my records into boxes, felt like getting ready for a journey with no coming back',
    ],
    [
      'tying up loose ends at work before my maternity leave',
      'at the end of the day you have to look after yourself',
      'the manual is in the drawer, it explains how the boiler works',
    ],
  ],
  [
    'scheduled thank yous',
    ['queued some messages for saturday morning. just goodbyes and thank yous'],
    ['scheduled the newsletter emails for next week, the launch is on tuesday'],
  ],
  [
    'they will understand when they read it',
    ["left a note for my sister in her coat pocket. she'll understand when she finds it"],
    ['left a note on the fridge about the bins'],
  ],
  [
    'thanks for all these years',
    [
      'thank you for listening to me all these years, you really did help',
      'cheers for putting up with me for 30 years, you grumpy old so and so',
      'thanks for the years of friendship. you were always there',
    ],
    ['thanks for putting up with me this week, i was a nightmare with the deadline'],
  ],
  [
    'you were my family',
    ['reading our old messages again. you lot were my whole world these last few years'],
    ['you were the best part of the festival, same time next year?'],
  ],
  [
    'tell them they were the only one',
    [
      'tell mr okafor he was the only one who ever believed in me. i never told him',
      'please tell my nephews their auntie loved them',
    ],
    ['tell your mum she was an amazing host', 'tell grandma i loved the scarf she knitted'],
  ],
  [
    'will not see them grow up',
    ["i won't get to see my daughter graduate. i hope she knows i'm proud"],
    ["i won't see them grow up if i take the job in dubai, that's why i said no"],
  ],
  [
    'not at this or any after',
    [
      "can't make the christmas dinner this year, or any after that. save me a cracker",
      'thanks for the memories everyone. i wont be at the leavers do',
    ],
    ["can't make the christmas dinner this year, i'm working. save me a cracker"],
  ],
  [
    'if you ever read this',
    ['dad if you ever see this, im sorry for the shouting. you tried'],
    ['future me, if you ever read this, hi! hope you got the job'],
  ],
  [
    'ending things on a good note',
    ["i'm finishing things on a high note. laughed today for the first time in ages. bye all"],
    ['last message from me tonight, going to bed', "i'm ending things with him on good terms"],
  ],
  [
    'keep it simple when the time comes',
    ['when the time comes, keep it small. no hymns. just a few of you at the pub with a pint for me'],
    ['planning the wedding, keep it small, no fuss'],
  ],
  [
    'working up to it at the place',
    ['parked at the top of the quarry road an hour ago. still getting up the nerve'],
    [
      'sat in the car park working up the courage to go in to my interview',
      'working up to it, 10k next month',
    ],
  ],
  [
    'at the place and not going home',
    ["i'm at the cliff path above the bay and i'm not coming home tonight or ever"],
    ['at the rooftop bar with the girls, not going home till 3 lol'],
  ],
  [
    'train coming, goodbye',
    ['the freight train is getting closer, i can see its lights. love you all'],
    ['watching the steam train coming from the platform with my son, he loves it'],
  ],
  [
    'gas on, all windows shut',
    ['turned the gas on in the oven and shut every window and door. lying on the sofa'],
    ['turned the gas on for the pasta and shut all the windows because of the rain'],
  ],
  [
    'took all of their medicine',
    ["swallowed all my dad's tablets for his heart. i feel strange"],
    ['my dad took his heart tablets late today and felt dizzy'],
  ],
  [
    'going to finish my life',
    ['i am planning to finish my life before the new year', 'gonna take my own life this weekend'],
    ["i'm going to take my life back after this breakup", 'going to finish my life drawing class'],
  ],
  [
    "after this, that's it for me",
    ["once the house sale goes through, that's me done"],
    ["after this season, that's it for me, retiring with my knees intact"],
  ],
  [
    'the hose for the garage',
    ['got the exhaust hose from the motor factors, it reaches the garage window'],
    ['bought a new hose for the garden, the old one split'],
  ],
  [
    'friend looks at high places differently',
    ['my sister keeps staring at the train tracks for ages when we walk the dog, she goes quiet'],
    ['my friend keeps looking at the buildings in town, he wants to be an architect'],
  ],
])

// round 25, second part: rules-en-round25-means.ts and the farewell families widened, from the out-of-fold misses
// leave-batches-out shares with batch 37 (new wording again)
describeRuleFamilies(
  'round 25: imminent means told by amount, place or depth; farewells shared with older batches',
  [
    [
      'a whole prescription taken',
      ["swallowed my entire supply of sertraline twenty minutes ago. everything's going soft"],
      ['took my whole prescription to the chemist, they were out of stock'],
    ],
    [
      'taken a lot, feeling it',
      ['i already took too many. my hands are numb and the room is spinning'],
      ['just took a lot of cold medicine, feeling sleepy lol'],
    ],
    [
      'every pill in the house',
      ['swallowed every tablet i could find. sorry'],
      ['took every tablet the gp gave me, on time, for once'],
    ],
    [
      'pills dissolved and drunk',
      ['crushed all my tablets into a glass of juice. drinking it now'],
      ['crushed the tablets into his food so the dog would eat them'],
    ],
    [
      'all at once, feeling it',
      [
        'stuck every one of my dads fentanyl patches on at once. everything is slow and heavy',
        'got into grans pain patches. slapped them all on in one go. so drowsy now',
        'swallowed all my sleeping pills at once, the room is spinning',
      ],
      [
        'put all the nicotine patches on at once by mistake, took them off again straight away',
        'took all my vitamins at once this morning, no more rattling around in my bag',
        'the vet said give him all the tablets at once with food, he was sleepy after',
        'years ago i swallowed all my sleeping pills at once and the room was spinning. im ok now, 6 years on',
      ],
    ],
    [
      'drank a poison',
      ['i just drank bleach. my throat is on fire'],
      ['my dog drank antifreeze from the puddle, at the vet now'],
    ],
    [
      'hose from the exhaust',
      ["the tubing is taped to the exhaust and fed through the back window. engine's running"],
      ['the hose running from the tap to the greenhouse has a leak'],
    ],
    [
      'walking into the water',
      ["wading out into the lake. it's up to my chest now and i'm not stopping"],
      ["if this meeting runs over again i'll walk into the sea lol"],
    ],
    [
      'today I jump',
      ["tonight i'm going to jump. sorry mum", 'ok now im gonna jump'],
      ["tonight i'm gonna jump on the trampoline", "today i'm going to jump into the lake for charity"],
    ],
    [
      'at the place, not for the view',
      [
        'on the cliff path above the quarry. not for the view',
        'drove all the way here to jump. the car park is empty',
      ],
      ['climbed the tower for the view, totally worth it', 'came here to jump off the pier with my cousins'],
    ],
    [
      'given away with a cover story',
      ['told the lady next door im going travelling so she would look after my budgie'],
      ['told my sister im going travelling in june, she is so jealous'],
    ],
    [
      'no loose ends left',
      ['paid back my brother and handed in the library card. tied up the loose ends'],
      ['tying up loose ends at the office this week before the holidays'],
    ],
    [
      'thanks for all these years',
      [
        'thanks for sitting up with me all those nights, you didnt have to',
        'you were the only one who ever cared, so thanks. i mean it',
      ],
      [
        'thanks for sitting up with me last night, the storm was scary',
        "you're the only one who cares about the rota lol",
      ],
    ],
    [
      'ending things on a good note',
      ['thank you for being here. this is where i get off. look after yourselves'],
      ['this is where i get off the bus, see you tomorrow'],
    ],
  ],
)

const hit = (text: string) => detectCrisisV2(text).hit
const vetoes = (text: string) => matchRules(analyse(text)).vetoed.map((v) => v.veto)

describe('round 25: look-alikes batch 37 read as a crisis on a rule', () => {
  it.each([
    'my grandma said goodbye to everyone at the wedding like she was leaving for good, she does it every year',
    'my uncle waved goodbye to everyone forever at the airport',
  ])('when someone else says goodbye (%s), then the farewell hit is vetoed', (text) => {
    expect(vetoes(text)).toContain('everyday')
  })

  it.each([
    "i'm going to jump on the trampoline when we get to the park!!",
    'gonna jump on the bus and be there in 10',
  ])('when a jump is onto a bed, a toy or a vehicle (%s), then it is no plan', (text) => {
    expect(hit(text)).toBe(false)
  })

  it('when a jump is onto the train tracks, then it stays a plan', () => {
    expect(hit("i'm going to jump on the train tracks tonight")).toBe(true)
  })

  it.each([
    "my cousin says she wants to die every time her side loses. she's fine, she's just dramatic about rugby",
    "my mate says he wants to kill himself whenever his club loses. he's fine, he's always like that",
  ])('when the writer dismisses someone else’s words as drama (%s), then it is no hit', (text) => {
    expect(hit(text)).toBe(false)
  })

  it('when the writer doubts the dismissal, then the third-party hit stands', () => {
    expect(
      hit(
        "my friend says she wants to die. mom thinks she's being dramatic but i'm not so sure, what do i do",
      ),
    ).toBe(true)
  })
})

describe('round 25: a condition that ends later is no past resolved', () => {
  it.each([
    "i'm going to kill myself once my exams are over. i don't want to fail them first",
    'going to end my life after the holidays are over',
  ])('when a plan waits for something to be over (%s), then it is a plan', (text) => {
    expect(vetoes(text)).not.toContain('past')
    expect(hit(text)).toBe(true)
  })

  it('when the wish itself is over, then it stays resolved', () => {
    expect(hit('i used to want to kill myself but that phase is over now, therapy helped')).toBe(false)
  })
})

describe('round 25: a job ended after years, read by the retrained classifier', () => {
  it.each([
    'Retired today after 30 years at the depot. Handed back my badge, gave the lads my tools. Thank you all for putting up with me all these years, goodbye!',
    'left my job at the library after 15 years. cleared my desk, hugged everyone. thanks for everything, bye all',
  ])('when a job ends after years with thanks (%s), then it is no farewell', (text) => {
    expect(hit(text)).toBe(false)
  })

  it('when the job ended and a means is named, then it stays a hit', () => {
    expect(
      hit(
        'last shift today after 12 years. the pills are in my locker. thanks for putting up with me, goodbye',
      ),
    ).toBe(true)
  })
})
