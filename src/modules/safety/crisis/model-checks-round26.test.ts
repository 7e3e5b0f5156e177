import { describe, expect, it } from 'vitest'
import { analyse } from './detector.js'
import { everydayEnding } from './model-checks.js'

// Round 26: the job ended after years (vetoes-round25.ts) is one of everydayEnding's cases, not a check beside it.
describe('round 26: everydayEnding dismisses a farewell that is a job ended after years', () => {
  it.each([
    'Retiring this week after 40 years on the buses. Thanks for all the chats, goodbye everyone!',
    'quit my job after ten years at the shop. said my goodbyes, thank you all',
  ])('when a job ends after years with thanks (%s), then a farewell reading is everyday', (text) => {
    expect(everydayEnding('farewell', analyse(text))).toBe(true)
  })

  it('when the same line is read as another category, then this case does not dismiss it', () => {
    expect(
      everydayEnding('active_ideation', analyse('quit my job after ten years at the shop. thank you all')),
    ).toBe(false)
  })

  it('when a death word or a means is told beside it, then the farewell is not dismissed', () => {
    for (const text of [
      'last shift today after 20 years. the rope is in the garage. goodbye everyone',
      'retired today after 30 years. i want to be dead. goodbye',
    ])
      expect(everydayEnding('farewell', analyse(text))).toBe(false)
  })
})
