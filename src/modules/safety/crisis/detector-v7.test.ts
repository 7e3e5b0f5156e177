import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'

// Rules alone (`model: false`) pin the phrase and scope lists whatever the classifier learns.
const rules = (text: string) => detectCrisisV2(text, { model: false })

describe('crisis7: a harm given up, told next to the phrase, is past', () => {
  it.each([
    'quit self harming when i found running. 3 marathons later lol',
    'after rehab i stopped the self harm and the drinking together',
    'резаться перестала, когда съехала от родителей',
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })

  it.each([
    "i can't quit cutting myself, it's every night now",
    'i want to stop cutting myself but i cant',
    'i stopped cutting myself for a year but started again last week',
    'не могу перестать резать себя',
  ])('when someone writes "%s", then it is still a hit', (text) => {
    expect(rules(text).hit).toBe(true)
  })
})

describe('crisis7: a letter as an exercise is no note', () => {
  it.each([
    'wrote a letter to myself to open in 10 years. recommend it, lovely exercise',
    'I wrote a letter to my future self today, my therapist suggested it',
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })

  it('when someone writes a goodbye letter to their mother, then it is still a hit', () => {
    expect(rules('wrote a letter to my mom tonight. she will find it in the morning').hit).toBe(true)
  })
})

describe('crisis7: dismissals and memes', () => {
  it.each([
    "I don't want to wake up tomorrow because it's Monday. that's the tweet",
    "my friend and I joke about 'walking into traffic' when work is bad. it's gallows humour, we're both ok",
  ])('when someone writes "%s", then it is no hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(false)
  })
})

describe('crisis7: the classifier keeps quiet when the writer says they will not harm themselves', () => {
  it.each([
    "I'm not going to hurt myself. I've been there before and I know what it feels like. this isn't that. it's just loneliness",
    "i'm not planning to hurt myself. i just don't know how to tell my parents i want to switch majors",
  ])('when someone writes "%s", then it is no hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(false)
  })

  it.each([
    // a "but" after the statement takes it back
    "i'm not going to hurt myself but i have the pills counted out on my desk and tonight feels like the night",
    // a denial of suicide is no denial of self-harm, nor of a wish
    'i keep hurting myself in places no one will see. upper arms, hips. not suicidal, just hurting.',
    "i'm not planning anything, i'm just tired. would anyone even care if i wasn't here",
  ])('when someone writes "%s", then it is still a hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(true)
  })
})

describe('crisis7: a farewell read by the classifier with a word that one will be back soon', () => {
  it('when someone writes they will write again tomorrow, then it is no hit', () => {
    expect(detectCrisisV2('Thank you, you are very kind. I will write again tomorrow').hit).toBe(false)
  })

  it.each([
    "thank you for everything, really. i'm not going to write again. please dont be sad",
    'wont write again',
  ])('when someone writes "%s", then it is still a hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(true)
  })
})

describe('crisis7: recovered and unsent', () => {
  it.each([
    "I've been clean from self harm for 500 days. I'm getting a tattoo of a sunflower over the scars",
    "I wrote a goodbye letter to my ex that I'll never send. therapist's idea. it helped",
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })

  it('when someone says the thoughts of mortality are not dark, then it is no hit', () => {
    const text =
      'been thinking a lot about my own mortality since turning 60. not in a dark way. more like, what do I actually want to do with the time'
    expect(detectCrisisV2(text).hit).toBe(false)
  })
})

describe('crisis7: a goodbye to an app, a workplace or a stage of life; a word kept "using"', () => {
  it.each([
    "i'm never going back to that gym, goodbye forever planet fitness",
    "goodbye forever tinder, you won't be missed",
    'отнесла заявление об уходе. прощай навсегда, опенспейс',
    'my friend keeps using "kms" in every sentence and it\'s kinda triggering for me',
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })

  it.each([
    'goodbye forever everyone',
    'прощайте навсегда, друзья',
    'my friend keeps saying she wants to kill herself',
  ])('when someone writes "%s", then it is still a hit', (text) => {
    expect(rules(text).hit).toBe(true)
  })
})
