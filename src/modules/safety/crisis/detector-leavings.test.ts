import { describe, expect, it } from 'vitest'
import { analyse, detectCrisisV2 } from './detector.js'
import { boundedAbsence } from './model-checks.js'
import { ordinaryLeaving } from './rules.js'

// round 21 (issue #12): ordinary leavings told with settling-up words — a job left after years, a stay away for a
// stated span, someone else's funeral — against real settle-up farewells told the same way (batch 30)
const hit = (text: string) => detectCrisisV2(text).hit

describe('crisis detector: ordinary leavings with settling-up words (round 21)', () => {
  it.each([
    'Раздал долги, всё отдал, уезжаю в монастырь на год. Прощайте, друзья!',
    'Дедушку сегодня похоронили. Написала сестре, где лежат деньги на похороны, она разберётся. Спасибо, что выслушали, всем спокойной ночи.',
  ])('when someone writes "%s", then it is no hit', (text) => {
    expect(hit(text)).toBe(false)
  })

  it.each([
    // the funeral money is the writer's own: no one else's death is told before it
    "Drove a cab for nine years, today I returned the car to the fleet and signed the log one last time. Apartment's tidy. Texted my sister where the funeral money is. Thank you to this chat, goodbye.",
    // a last shift with no tenure told, or with a finality cue after it
    "Worked my last shift. Left a note for the charge nurse about who takes my patients in bay 4. The kids will be with their grandma, I explained as much as I could. Thank you for your patience, you'll have to go on without me.",
    "Worked my last shift after 12 years. Left a note about who takes my patients. The kids will be with their grandma. Thank you for your patience, you'll have to go on without me.",
    // an absence denied is no bounded absence
    "I'm not going to be here for a year. i've already sorted out who gets my cat",
  ])('when someone writes "%s", then it is a hit', (text) => {
    expect(hit(text)).toBe(true)
  })

  it('when a job ends after a stated tenure or in a retirement, then it is an ordinary leaving', () => {
    expect(ordinaryLeaving(analyse('Last shift today after 12 years. Goodbye!'))).toBe(true)
    expect(ordinaryLeaving(analyse("I'm retiring on Friday. Goodbye, crew!"))).toBe(true)
    expect(ordinaryLeaving(analyse('Сегодня последняя смена после 15 лет. Прощайте!'))).toBe(true)
    expect(ordinaryLeaving(analyse('Worked my last shift. Goodbye.'))).toBe(false)
  })

  it('when one goes away for a stated span, not denied, then it is a bounded absence', () => {
    expect(boundedAbsence(analyse("I'm going to a monastery for a year. Goodbye, friends!"))).toBe(true)
    expect(boundedAbsence(analyse('Уезжаю в экспедицию на полгода, пока!'))).toBe(true)
    expect(boundedAbsence(analyse("I'm not going to be here for a year."))).toBe(false)
    expect(boundedAbsence(analyse('Ему сказал, что уезжаю на вахту.'))).toBe(false)
    expect(boundedAbsence(analyse("I'm not going to be here for the new year."))).toBe(false)
  })
})
