import { describe, expect, it } from 'vitest'
import { analyse } from './analyse.js'
import { detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'

const stemOf = (word: string) => `s:${analyse(word)[0]!.stem}`

// round 21 (issue #12): false positives the round-20 sentence limits added out of fold (lobo.ts)
describe('round 21: a sentence standing against a near-certain-none whole needs more than a hope or an if', () => {
  // «lake» makes the whole near-certain none; the last sentence alone reads near-certain crisis
  const model = stubModel(
    { none: 0 },
    {
      [stemOf('lake')]: { none: 40 },
      [stemOf('right')]: { passive_ideation: 25 },
      [stemOf('wake')]: { passive_ideation: 25 },
    },
  )

  it('when the sentence has only a hope word ("I hope that\'s right"), then it does not stand for the message', () => {
    const text = 'We spent the whole weekend at the lake with the kids. I hope that is right.'
    expect(detectCrisisV2(text, { model }).hit).toBe(false)
  })

  it('when the sentence also has a crisis word, then it still stands for the message', () => {
    const text = 'We spent the whole weekend at the lake with the kids. I hope I just never wake up.'
    expect(detectCrisisV2(text, { model })).toMatchObject({ hit: true, category: 'passive_ideation' })
  })
})

describe('round 21: a rule hit in a sentence of two words is judged by the whole message', () => {
  // «dating» makes the whole near-certain none; any sentence without it reads P(none) 1/8
  const model = stubModel({ none: 0 }, { [stemOf('dating')]: { none: 40 } })

  it('when the goodbye is a two-word sentence ("goodbye forever"), then the classifier may cancel it', () => {
    const text = "i'm done with dating apps. deleted hinge, bumble, all of it. goodbye forever"
    expect(detectCrisisV2(text, { model }).hit).toBe(false)
  })

  it('when the goodbye sentence is longer, then its own reading keeps the hit', () => {
    const text =
      "i'm done with dating apps. deleted hinge, bumble, all of it. goodbye forever everyone, take care"
    expect(detectCrisisV2(text, { model })).toMatchObject({ hit: true, category: 'farewell' })
  })
})
