import { describe, expect, it } from 'vitest'
import { analyse, detectCrisisV2 } from './detector.js'
import { matchRules } from './rules.js'

// crisis18en: rules-en-oblique.ts, each family on the rules alone: variants it catches, look-alikes it leaves alone.
const ids = (text: string) => matchRules(analyse(text)).hits.map((h) => h.id)
const rulesHit = (text: string) => detectCrisisV2(text, { model: false }).hit

const families: [string, string[], string[]][] = [
  [
    'took their medicine',
    [
      "took all my grandad's morphine a little while ago, feeling heavy",
      "swallowed the rest of my mum's sleeping pills",
      "necked the rest of my dad's codeine",
      'chewed through the blister packs. both of them',
    ],
    [
      'took the whole pack of lozenges for my throat',
      'took all my vitamins this morning',
      "picked up my nan's heart meds from the pharmacy",
      'recycled the blister packs',
    ],
  ],
  [
    'at the edge now',
    [
      'on the train bridge near uni. my legs are dangling over',
      'sat on the ledge, feet hanging over the edge',
      'walked into the ocean at night fully dressed, waves are getting higher',
      "my wrists are open and it's everywhere",
    ],
    [
      'sitting on the pier, legs dangling over the water',
      'walked into the sea for a swim, so cold',
      'my wrists are open to the sky in this pose',
    ],
  ],
  [
    'affairs settled for after',
    [
      "paid off my card so nobody's stuck with it after",
      'sorted the bills so no one has to deal with it when im gone',
      'made a playlist for my funeral and a note for the people at work',
      'put my affairs in order today. ready whenever it feels right',
    ],
    [
      "cleaned up so nobody's stuck with it after the party",
      "made a playlist for my funeral as a joke with my mates, it's all ABBA",
      'made a playlist for my funeral lol',
      'got my affairs in order before i go travelling for a year',
    ],
  ],
  [
    'no more replies',
    [
      'i wont be answering anymore. take care',
      "i won't be replying ever again",
      'stop waiting for my reply. take care of yourselves',
    ],
    [
      "won't be answering anymore tonight, bye",
      "don't wait for my reply, just book it",
      'i wont reply anymore to his texts',
    ],
  ],
  [
    'arrangements for after me',
    [
      'pls take care of my cats when the time comes',
      "look after my dog once i'm gone",
      "if i dont reply tomorrow, don't worry. i'm finally resting",
      "sorry for all the trouble i caused. you'll all be lighter soon",
      "my passwords are in the blue notebook. you'll know what to do with them",
    ],
    [
      "feed my cat when i'm away pls",
      "if i dont reply, i'm finally resting after this shift lol",
      "sorry for being late! you'll feel better soon",
      'my passwords are in the blue notebook, use them for the bills',
    ],
  ],
  [
    'kept them from watching',
    [
      "told my therapist i'm fine so she'd stop watching me",
      'said i was better so they would stop checking on me',
    ],
    ["told my mum i'm fine so she'd stop worrying", "told my boss i'm fine so he'd stop asking"],
  ],
  [
    'not planning to be here',
    ["writing my will bc I don't plan on being here next month", 'i dont plan on being alive by christmas'],
    [
      "i don't plan on being here next year, moving to berlin",
      "wrote my will last year, i dont plan on being around forever, i'm 70",
      "don't plan on staying alive for the whole party lol",
    ],
  ],
  [
    'fade out for good',
    [
      'i just want to fade away',
      'wish i could simply fade out',
      "honestly if i don't make it to next year, fine",
    ],
    [
      'i want to fade into the background at parties',
      'wanna fade away from social media for a while',
      'i want the pain to fade away',
      "if i don't make it to the party tomorrow, fine",
      'if i dont make it to next years conference, whatever',
    ],
  ],
  [
    'they settled their affairs',
    [
      'friend said she\'s "sorted her affairs" and deleted all her socials. she\'s 17',
      "my mum said she's made her peace and she's been sorting through her jewellery for us. she's not ill",
    ],
    [
      'my dad made his peace with the divorce and deleted her number',
      'my mum sorted her affairs with the bank',
    ],
  ],
]

describe('crisis18en: English families for danger, plans and goodbyes told obliquely', () => {
  for (const [id, hits, lookalikes] of families) {
    it.each(hits)(`"%s" is caught by ${id}`, (text) => {
      expect(ids(text)).toContain(id)
      expect(rulesHit(text)).toBe(true)
    })
    it.each(lookalikes)(`"%s" is left alone by ${id}`, (text) => {
      expect(ids(text)).not.toContain(id)
    })
  }
})

describe('crisis18en: a pack of sweets taken is no overdose (rules-en.ts NOT_MED)', () => {
  it.each([
    "i took the whole pack of lozenges for my throat today lol, doctor said it's fine",
    'took the whole box of cough drops',
    'just ate the whole pack of biscuits',
  ])('"%s" is no rule hit', (text) => {
    expect(rulesHit(text)).toBe(false)
  })
  it.each([
    'took the whole pack of paracetamol',
    'i just took the whole pack of pills',
    'swallowed the whole strip',
  ])('"%s" stays a rule hit', (text) => {
    expect(rulesHit(text)).toBe(true)
  })
})
