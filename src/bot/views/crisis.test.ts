import { describe, expect, it } from 'vitest'
import { allCrisisLines, CRISIS_COUNTRIES } from '../../modules/safety/crisis-lines/index.js'
import { planCrisisResponse } from '../../modules/safety/crisis-response.js'
import type { CrisisCategory } from '../../modules/safety/crisis-types.js'
import { createI18n, SUPPORTED_LANGUAGES } from '../i18n.js'
import { bindTranslate, crisisLinesFor, renderWriterReply } from './crisis.js'

const { translate } = createI18n()
const hit = (...categories: CrisisCategory[]) =>
  planCrisisResponse({
    hit: true,
    category: categories[0]!,
    categories,
    severity: 'high',
    lang: 'ru',
    term: 'test',
    source: 'lexicon',
  })

describe('crisis view', () => {
  it('when any line of any country is rendered in either language, then it has a name and no raw message id', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const t = bindTranslate(translate, lang)
      for (const country of CRISIS_COUNTRIES) {
        const block = crisisLinesFor(t, { language: lang, crisisCountry: country })
        expect(block).not.toMatch(/crisis-[a-z]/)
      }
      for (const line of allCrisisLines())
        expect(t(`crisis-line-${line.id}`)).not.toBe(`crisis-line-${line.id}`)
    }
  })

  it('when a Berlin user gets the block, then German lines, 112 and the directories are shown', () => {
    const block = crisisLinesFor(bindTranslate(translate, 'ru'), {
      language: 'ru',
      timezone: 'Europe/Berlin',
    })
    expect(block).toContain('0800 111 0 111')
    expect(block).toContain('112 — если жизнь в опасности')
    expect(block).toContain('findahelpline.com')
    expect(block).not.toContain('8-800-2000-122')
  })

  it('when the writer is in immediate danger, then the emergency number comes before the lines', () => {
    const text = renderWriterReply(
      bindTranslate(translate, 'en'),
      { language: 'en', timezone: 'America/Chicago' },
      hit('imminent', 'active_ideation'),
    )
    expect(text).toContain('please call 911 now')
    expect(text.indexOf('911')).toBeLessThan(text.indexOf('988'))
  })

  it('when only self-harm is found, then lines come with harm-reduction wording', () => {
    const text = renderWriterReply(
      bindTranslate(translate, 'ru'),
      { language: 'ru', timezone: 'Europe/Moscow' },
      hit('self_harm'),
    )
    expect(text).toContain('+7 495 989-50-50')
    expect(text).toContain('промойте рану')
    expect(text).toContain('звоните 112')
  })

  it('when only a third person is at risk, then the writer gets guidance on helping them, not "are you OK"', () => {
    const text = renderWriterReply(
      bindTranslate(translate, 'en'),
      { language: 'en', timezone: 'Europe/London' },
      hit('third_party'),
    )
    expect(text).toContain('worried about someone else')
    expect(text).toContain('116 123')
    expect(text).not.toContain("you're in a lot of pain")
  })
})
