import { describe, expect, it } from 'vitest'
import { analyse, detectCrisisV2 } from './detector.js'
import { ordinaryLeaving } from './rules.js'
import { hyperboleIn, mediaIn } from './vetoes.js'

// round 20 (issue #12): a calm crisis sentence among a long message's everyday ones, scope words in an everyday
// sense, and look-alikes (a letter to grandma, a channel closed)
const hit = (text: string) => detectCrisisV2(text).hit

describe('crisis detector: a crisis sentence among everyday ones (round 20)', () => {
  it.each([
    "Long day: school run, two shifts, then dinner for four. I'm tired of being alive. Anyway, the laundry is done.",
    "Kids asleep, husband on a video call with his boss. Honestly I'm tired of being alive.",
    "Drop the kids off, do the books all day, then my mother-in-law's complaints at night. I'm tired of being alive. Not being dramatic, just stating it.",
  ])('when someone writes "%s", then it is a hit', (text) => {
    expect(hit(text)).toBe(true)
  })

  it.each([
    'я хочу умереть... от зависти. подруга в Таиланде, а я в Сыктывкаре под снегом))',
    'брат режет руки... в смысле режет кабели, он электрик, руки все в порезах. напугала, да? сори)',
    'end of an era, last day of school ever!!! goodbye everyone',
    'I wrote a letter to my grandma for her birthday.',
    'Therapy homework: write a letter to my younger self. Mostly said "relax, it works out".',
    "Goodbye everyone, I'm shutting the channel down, thanks for watching all these years.",
    'Last shift today after 12 years. Cleared my locker, gave everything away to the new guys, made peace with everyone. Thanks for listening to my rants all these years, goodbye!',
    "Grandpa's funeral was today. Texted my sister where the funeral money is, she handles it. Thanks for listening, goodbye for tonight.",
    "Paid my debts, gave everything away, I'm going to a monastery for a year. Goodbye, friends!",
  ])('when someone writes "%s", then it is no hit', (text) => {
    expect(hit(text)).toBe(false)
  })
})

describe('scope words in an everyday sense (round 20)', () => {
  it('when drama is denied ("not being dramatic"), then it is no hyperbole', () => {
    expect(hyperboleIn(analyse('Not being dramatic, just stating it'))).toBe(false)
    expect(hyperboleIn(analyse("i'm not exaggerating"))).toBe(false)
    expect(hyperboleIn(analyse("lol i'm being dramatic"))).toBe(true)
  })

  it('when a media word is a video call or the books, then it is no media context', () => {
    expect(mediaIn(analyse('I smile on video calls with my mom'))).toBe(false)
    expect(mediaIn(analyse('do the books all day'))).toBe(false)
    expect(mediaIn(analyse('homework with the little one'))).toBe(false)
    expect(mediaIn(analyse('after that movie i want to die'))).toBe(true)
    expect(mediaIn(analyse('the boss fight in this game'))).toBe(true)
  })

  it('when a blog or channel is shut down, then it is an ordinary leaving', () => {
    expect(
      ordinaryLeaving(analyse("a farewell post to everyone who reads my blog: I'm shutting it down")),
    ).toBe(true)
    expect(ordinaryLeaving(analyse("I'm shutting it all down. goodbye"))).toBe(false)
  })
})
