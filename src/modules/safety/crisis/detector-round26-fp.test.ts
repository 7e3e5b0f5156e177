import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'

// round 26 (crisis26en, issue #12): scope-lists-round26.ts / vetoes-round26.ts — one's own video or gaming kit is no
// film or game, a real stake after "if i lose" is no trivial one, a shooting sport and a hurt laughed at as "my self
// harm for the day" are no danger, and everyday endings (a resignation, a debt paid off with joy, a quarrel made up,
// a transfer, a pet's scratch) keep a classifier-only hit away. New wordings (not batch 40's), with crisis twins.
const hit = (text: string) => detectCrisisV2(text).hit

describe('round 26: English scope families for own media, real stakes and everyday endings', () => {
  it.each([
    'cut myself last night after seeing the comments under my youtube video',
    'if i lose the case next week im going to hang myself',
    'after the hearing, if i lose the house, im going to end it',
    'loaded the gun. sitting in the car now, this is it',
  ])('when someone writes "%s", then it is still a crisis', (text) => {
    expect(hit(text)).toBe(true)
  })
  it.each([
    'loaded my gun for target practice at the range this morning',
    'loaded the gun and went to the shooting range with my brother, hit the target twice',
    "I've decided. Monday I'm handing in my notice. letter is written",
    "told my dad i'm sorry for what i said and we're fine now. such a relief",
    "i've made up my mind, i'm handing in my notice friday",
    "goodbye everyone from the night shift, i'm being transferred to another store! gonna miss you all",
  ])('when someone writes "%s", then it is no crisis', (text) => {
    expect(hit(text)).toBe(false)
  })
})
