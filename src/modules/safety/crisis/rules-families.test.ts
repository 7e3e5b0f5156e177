import { describe, expect, it } from 'vitest'
import { describeRuleFamilies, type RuleFamilyCase, ruleIds } from './rule-families.testkit.js'

// Rule families of issue #12 (rules-ru-passive.ts, rules-en-farewell.ts): each family read on the rules alone, its
// variants in other orders and forms, and the look-alikes it must leave alone.

const families: RuleFamilyCase[] = [
  [
    'лучше бы меня не было',
    [
      'меня лучше бы вообще не было',
      'всем было бы легче, если бы меня не было',
      'если бы меня не стало, всем было бы проще',
      'лучше б я не рождалась',
      'лучше бы мне вообще не рождаться',
    ],
    ['было бы лучше, если бы меня не было на том совещании', 'лучше бы мне не рождаться в понедельник'],
  ],
  [
    'устала существовать',
    ['просто устала быть', 'я так устал от того, что я есть', 'устала от самого факта существования'],
    ['просто устала быть сильной', 'устала от того, что я живу в общаге', 'очень устал быть ответственным'],
  ],
  [
    'жизнь ничего не стоит',
    ['что есть я, что нет меня', 'моя жизнь ничего не стоит', 'мне не нужна такая жизнь'],
    ['мне не нужна такая жизнь, как у соседей', 'эта вещь ничего не стоит'],
  ],
  [
    'хоть бы что-нибудь случилось',
    [
      'хоть бы шальная пуля',
      'вот бы сейчас кто-нибудь выехал на встречку',
      'хорошо бы этот вагон просто сошёл с рельс',
      'надеюсь, этот грипп меня доконает',
    ],
    [
      'вот бы этот отчёт закончился',
      'хоть бы опухоль оказалась доброкачественной',
      'надеюсь, грипп меня не доконает до отпуска',
    ],
  ],
  [
    'заснуть и не проснуться',
    ['уснуть и больше не просыпаться', 'лечь бы и не проснуться', 'заснуть бы и больше не просыпаться'],
    [
      'хочу уснуть до понедельника',
      'лечь и больше не просыпаться до обеда',
      'уснуть бы и не просыпаться до десяти',
    ],
  ],
  [
    'исчезнуть навсегда',
    ['навсегда исчезнуть', 'исчезнуть бы насовсем', 'хочу просто раствориться'],
    [
      'хочу исчезнуть из этого чата',
      'хочу сквозь землю провалиться',
      'исчезнуть бы на недельку',
      'навсегда исчезнуть из соцсетей',
    ],
  ],
  [
    'зачем я вообще живу',
    ['ради чего мне жить', 'ради кого я вообще живу', 'какой смысл мне жить'],
    ['ради чего я живу в этом городе', 'какой смысл жить в этой стране', 'мне плохо, но есьт ради чего жить'],
  ],
  [
    'умру и им будет лучше',
    ['вот помру, и детям лучше будет', 'умру, и всем станет легче', 'когда меня не станет, маме будет проще'],
    ['умру от этой жары', 'когда я умру, дети приедут'],
  ],
  ['жить устала', ['жить устала', 'существовать надоело'], ['жить в общаге надоело', 'жить одной устала']],
  [
    'left my pet for good',
    [
      'my neighbour has my cat "for a while". it\'s not going to be a while',
      "left the dog at my aunt's. she'll keep him",
      "gave my hamster to a friend. i'm at peace now",
    ],
    [
      'left my cat with my friend for a week, back on sunday',
      "my sister will keep my dog for the summer while i'm in spain",
      "dropped the dog at the kennel, she'll keep him overnight",
    ],
  ],
  [
    'saving up pills',
    [
      "i've been saving up my sleeping pills",
      'i have 60 pills stashed',
      'putting my pills in a box instead of taking them',
      'bought paracetamol in different shops all week',
    ],
    [
      'saved money on my meds with the new coupon',
      "collecting my dad's prescriptions for him",
      'last winter i had pills saved up. im better now',
      'collecting my pills from the pharmacy',
    ],
  ],
  [
    'letters for after',
    [
      "wrote notes to my parents. they'll find them after.",
      "my passwords are in the drawer for my sister. she'll understand soon",
      "left letters for my kids. one day they'll understand",
    ],
    [
      "letters to my future self, they'll get them after graduation",
      "gave my brother the wifi password, he'll understand why when he sees the bill",
    ],
  ],
  [
    'one thing left to do',
    [
      'said goodbye to my brother, apologised to mum. only one thing left to do',
      'gave away my clothes and my guitar. nearly ready',
      'i have a plan, a date and the means',
    ],
    [
      'gave away my old clothes, not much left in the wardrobe now lol',
      'got a plan and a date for the wedding',
    ],
  ],
  [
    'so they do not find me',
    ["booked a room so my wife doesn't find me at home", 'planned it all, even who finds me'],
    ["hid in the attic so the kids don't find me playing", "so the boss doesn't find me online"],
  ],
  [
    'my things to everyone',
    [
      'my things are in bags with names on them',
      'sorted out my stuff. everyone gets something',
      'tell her she was the best sister',
      'tell mom i loved her',
    ],
    ['tell him he was the best host', 'secret santa this year, everyone gets something nice'],
  ],
  [
    'goodbye made final',
    [
      "i just can't stay. take care",
      "don't try to reach me. not anymore",
      'bye all. i mean it differently this time',
      'this is the end of my road',
      "i can't take care of myself anymore",
      'if you ever read this, i was proud of you',
      "don't cry. i'm finally going to rest",
      'sorry for all these years. bye',
    ],
    [
      "I'm out of here, bye guys",
      'my last post before the holidays, bye all',
      "i can't stay long, take care",
      'this is the end of my journey at Acme, thanks all',
      "don't be sad, i'm finally going to rest this weekend",
      'sorry for all these years of bad jokes, bye',
      "don't try to call me today, phone's dead",
    ],
  ],
]

describeRuleFamilies('issue #12 rule families: passive ideation (ru), farewell and intent (en)', families)

describe('issue #12: the older sleep and «зачем я живу» rules leave a lie-in and a place alone', () => {
  it.each([
    'хочу заснуть и не просыпаться до обеда',
    'надеюсь не проснуться от будильника',
    'зачем я живу в этой системе образования',
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(ruleIds(text)).toEqual([])
  })
})
