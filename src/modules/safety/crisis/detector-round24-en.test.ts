import { describe, expect, it } from 'vitest'
import { analyse, detectCrisisV2 } from './detector.js'
import { describeRuleFamilies } from './rule-families.testkit.js'
import { matchRules } from './rules.js'

// round 24 (crisis24en, issue #12): rules-en-round24.ts — someone else's signs asked about, calm intent told by a
// condition, a date or a dose, farewells with no goodbye word; each family with lines it catches on the rules alone
// (variants, not the batch's own wording where the family allows) and the everyday twin it leaves alone
describeRuleFamilies('round 24: English families for worry about someone else, calm intent and farewells', [
  [
    'friend shows the signs, asked about',
    [
      'my cousin sent the family group a message thanking everyone for everything, "don\'t blame yourselves". she\'s not picking up',
      "my dad made a list of who gets his things and stuck it on the fridge. he's 52 and healthy",
      "Mum says my sister's being dramatic but she keeps saying she'll \"finish it\" soon. I'm not so sure",
      'my roommate gave me her guitar yesterday and said she "won\'t need it". what do i even say to her',
    ],
    [
      'my grandma keeps saying "i won\'t be here next christmas" because she\'s 94. it makes me sad',
      "my friend gave away her old clothes to charity, she's moving to berlin. what do i get her as a goodbye gift?",
    ],
  ],
  [
    'friend asks about a method',
    [
      "my brother keeps asking where the shotgun cartridges are since dad's funeral. he doesn't hunt. what should i do",
      'my girlfriend asked me how many of her sleeping pills would be too many, said she was curious',
      'my mate keeps asking where the tallest buildings are that you can get onto',
    ],
    ['my daughter asked how many sweets would be too many before dinner lol'],
  ],
  [
    'friend keeps a means at hand',
    [
      'my uncle has been sitting in his garage with the engine running for an hour "to warm up". i\'m scared',
      'my brother says the rope in his wardrobe is there "for a reason"',
    ],
    ['my dad keeps sitting in the garage fixing the car, the engine is in pieces'],
  ],
  [
    'when they are gone I go too',
    [
      "after my cat dies i'm going. she is the only reason left",
      "when my daughter moves out i'll go. she won't need me then",
    ],
    ["when the rain stops i'll go to the shops", "after the funeral i'm going home to sleep"],
  ],
  [
    'a date set calmly',
    [
      'i picked a date. the 4th. i feel lighter since deciding',
      "i'm not asking anybody to stop me, i just want it said",
      'no point in seeing a therapist now. booked a hotel room for friday',
    ],
    ["i've set the date. 12th of june. marrying him"],
  ],
  [
    'the plan is the means',
    ['my plan is the sleeping pills from the cabinet'],
    ['my plan is the train to london then a bus'],
  ],
  [
    'the last step is me',
    ['sold the car, cancelled my gym membership, gave the cat to my sister. the last thing left is me'],
    ['the only thing left is me and my sister, everyone else went home'],
  ],
  [
    'so nobody is stuck with it after',
    ['cancelled my phone contract so no one gets stuck with the bills after'],
    ["so nobody's stuck with the dishes after the party, i bought paper plates"],
  ],
  [
    'the dose looked up',
    [
      'i worked out the dose for my weight. i have enough now',
      'asked my aunt what dose would be fatal, said it was for a book',
    ],
    ['looked up how much caffeine is too much, had 4 coffees lol'],
  ],
  [
    "that's when",
    ["the lease runs out on the 14th. that's when"],
    ["the sale ends friday. that's when i'll buy it", "that's when mum called"],
  ],
  [
    'we will not talk again',
    [
      "this is the last time i'll bother you all. thank you for everything",
      "ok. we won't talk again. take care of yourself",
    ],
    ["this is the last time i'll bother you about my exam, promise"],
  ],
  [
    'tell them I loved them',
    [
      'tell my daughter mummy loved her every day',
      "tell Sam I always loved him. I can't tell him myself anymore",
    ],
    ['tell her i loved the cake, it was perfect'],
  ],
])

const hit = (text: string) => detectCrisisV2(text).hit
const vetoes = (text: string) => matchRules(analyse(text)).vetoed.map((v) => v.veto)

describe('round 24: vetoes that fired on everyday text or on the writer’s doubt', () => {
  it.each([
    'cancelled my gym membership, paid back my friend, deleted my socials. next week i am doing it',
    'paid off the card and cancelled the gym so nobody gets stuck with my bills after',
  ])('when a gym is named among arrangements (%s), then it is no effort hyperbole', (text) => {
    expect(vetoes(text)).not.toContain('idiom')
    expect(hit(text)).toBe(true)
  })

  it.each([
    "this workout is killing me, i'm dead",
    "i'll die on this run lol",
    'наглоталась холодного воздуха на пробежке, горло болит',
  ])('when the gym or a run is the hyperbole’s cause (%s), then it stays no hit', (text) => {
    expect(hit(text)).toBe(false)
  })

  it.each([
    "my friend asked me how many of her meds it would take. she laughed but i don't think she was joking",
    'my aunt keeps saying she is going to "finish it". Mom thinks she\'s being dramatic. I feel so helpless',
  ])('when others dismiss it and the writer doubts them (%s), then the third-party hit stands', (text) => {
    expect(vetoes(text)).not.toContain('idiom')
    expect(hit(text)).toBe(true)
  })

  it.each([
    "i'm going to end it with my girlfriend this weekend. 2 years and she still won't meet my parents",
    "i'm gonna 'end it' with my bf tonight. like break up. wish me luck lol",
    "i'm gonna end it. with my gym membership. 80 a month for nothing",
  ])('when "end it" is said of a relationship or a membership (%s), then it is no plan', (text) => {
    expect(vetoes(text)).toContain('everyday')
    expect(hit(text)).toBe(false)
  })

  it.each([
    "i'm going to end it tonight. with the pills i saved",
    "i'm going to end it with these pills tonight",
  ])('when "end it" is followed by a means (%s), then it stays a hit', (text) => {
    expect(hit(text)).toBe(true)
  })

  it('when someone else jokes and no one doubts it, then the joke still cancels', () => {
    expect(hit('my brother said "i\'ll kill myself if they lose again" lol, he was joking obviously')).toBe(
      false,
    )
  })
})

describe('round 24: look-alikes the retrain with batch 34 read as a crisis', () => {
  it.each([
    'я на путях к успеху',
    'мы на пути к победе, осталось чуть-чуть',
    'writing my ex one letter for closure. no reply needed',
    'writing a letter to my dad for closure, my therapist thinks it will help',
  ])('when %s, then it is no hit', (text) => {
    expect(hit(text)).toBe(false)
  })

  it('when a closure letter names an end, then it stays a hit', () => {
    expect(hit("writing my last letter for closure. after this i'll be gone")).toBe(true)
  })
})
