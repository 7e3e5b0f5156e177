import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n.js'
import { timezoneKeyboard } from './onboarding.js'

const { translate } = createI18n()
const t = (key: string, vars?: Record<string, string | number>) => translate('ru', key, vars)
const labels = (at: Date) =>
  timezoneKeyboard(t, 'ob', at)
    .inline_keyboard.flat()
    .map((b) => b.text)

describe('time-zone buttons', () => {
  it('when shown in summer and in winter, then Berlin and New York show their real offset (DST) and Moscow stays', () => {
    const summer = labels(new Date('2026-07-01T12:00:00Z'))
    const winter = labels(new Date('2026-01-15T12:00:00Z'))
    expect(summer).toContain('Берлин (UTC+2)')
    expect(winter).toContain('Берлин (UTC+1)')
    expect(summer).toContain('Нью-Йорк (UTC-4)')
    expect(winter).toContain('Нью-Йорк (UTC-5)')
    expect(summer).toContain('Москва (UTC+3)')
    expect(winter).toContain('Москва (UTC+3)')
  })
})
